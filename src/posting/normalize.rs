//! Text hygiene: one place that cleans untrusted posting text.
//!
//! [`normalize`] prepares text for the parser (NFC, line endings, spaces);
//! [`sanitize`] is what every string goes through before it reaches a
//! terminal, whether through the interface or the command line. Both remove
//! control and escape characters (ESC, BEL, C1 controls such as U+009B),
//! bidirectional overrides (U+202A..U+202E, U+2066..U+2069) and zero-width
//! format characters, so a posting cannot move the cursor, set the clipboard
//! (OSC 52), fake a hyperlink (OSC 8) or reorder what the user reads.

use unicode_normalization::UnicodeNormalization;

/// Whether a character must never reach the terminal.
fn is_hostile(c: char) -> bool {
    match c {
        '\n' | '\t' => false,
        c if c.is_control() => true, // C0, DEL, C1 (incl. U+009B CSI, U+0090 DCS, U+009F APC)
        '\u{200B}'..='\u{200F}' // zero-width and LRM/RLM
        | '\u{202A}'..='\u{202E}' // bidi embeddings and overrides
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}' // bidi isolates
        | '\u{061C}'
        | '\u{FEFF}'
        | '\u{FFF9}'..='\u{FFFB}' => true,
        _ => false,
    }
}

/// Whether a character is a space the parser should read as a plain space.
fn is_odd_space(c: char) -> bool {
    matches!(
        c,
        '\u{A0}' | '\u{202F}' | '\u{2007}' | '\u{2009}' | '\u{200A}' | '\u{3000}'
    )
}

/// Normalises posting text for parsing: strips a BOM, turns CRLF and CR into
/// LF and form feeds (PDF page breaks) into blank lines, reads back UTF-8
/// that was read as Windows-1252 (`mojibake`), NBSP and other odd
/// spaces into spaces, applies NFC, and removes hostile characters. Curly
/// quotes stay as they are. Escape sequences are removed whole (`ESC ] 52 ; …
/// BEL` leaves nothing behind), not just their ESC byte.
pub fn normalize(text: &str) -> String {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let text = text
        .replace("\r\n", "\n")
        .replace(['\r'], "\n")
        .replace('\u{0C}', "\n\n");
    let without_escapes = strip_escape_sequences(&text);
    // "CoÃ¶rdinator", "32â€“36": UTF-8 that was read as Windows-1252
    let without_escapes =
        if let std::borrow::Cow::Owned(repaired) = super::mojibake::repair(&without_escapes) {
            repaired
        } else {
            without_escapes
        };
    // "&euro;&nbsp;92", "co&ouml;rdinatie": entities a site's API or a
    // mail's text part left in
    let without_escapes = super::entities::in_text(&without_escapes).into_owned();
    let unligated;
    let without_escapes = if without_escapes.contains(is_ligature) {
        unligated = unligate(&without_escapes);
        unligated.as_str()
    } else {
        without_escapes.as_ref()
    };
    without_escapes
        .nfc()
        .filter_map(|c| {
            if is_odd_space(c) {
                Some(' ')
            } else if is_hostile(c) {
                None
            } else {
                Some(c)
            }
        })
        .collect()
}

/// Whether a character is a typographic ligature ("ﬁ" in a PDF's "Proﬁel").
fn is_ligature(c: char) -> bool {
    ('\u{FB00}'..='\u{FB06}').contains(&c)
}

/// Spells out the ligatures a PDF or OCR text carries ("ﬁctieve" → "fictieve").
fn unligate(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{FB00}' => out.push_str("ff"),
            '\u{FB01}' => out.push_str("fi"),
            '\u{FB02}' => out.push_str("fl"),
            '\u{FB03}' => out.push_str("ffi"),
            '\u{FB04}' => out.push_str("ffl"),
            '\u{FB05}' | '\u{FB06}' => out.push_str("st"),
            c => out.push(c),
        }
    }
    out
}

/// Cleans any string for display in a terminal: escape sequences and hostile
/// characters removed, odd spaces made plain, tabs kept. Cheap when the text
/// is already clean (the common case).
pub fn sanitize(text: &str) -> String {
    if !text
        .chars()
        .any(|c| is_hostile(c) || is_odd_space(c) || c == '\r')
    {
        return text.to_string();
    }
    let text = text.replace("\r\n", "\n").replace('\r', "");
    strip_escape_sequences(&text)
        .chars()
        .filter_map(|c| {
            if is_odd_space(c) {
                Some(' ')
            } else if is_hostile(c) {
                None
            } else {
                Some(c)
            }
        })
        .collect()
}

/// Like [`sanitize`], and also folds newlines and tabs to spaces: for one-line
/// table cells.
pub fn sanitize_line(text: &str) -> String {
    sanitize(text).replace(['\n', '\t'], " ")
}

/// Removes ANSI/VT escape sequences whole: CSI (`ESC [ … final`), OSC
/// (`ESC ] … BEL|ST`), DCS/APC/PM/SOS (`ESC P|_|^|X … ST`) and two-byte
/// escapes, plus their 8-bit C1 forms (U+009B CSI, U+009D OSC, U+0090 DCS,
/// U+009F APC, U+009E PM, U+0098 SOS). Lone hostile characters are left for
/// the caller's filter.
fn strip_escape_sequences(text: &str) -> String {
    if !text.contains([
        '\u{1b}', '\u{9b}', '\u{9d}', '\u{90}', '\u{9f}', '\u{9e}', '\u{98}',
    ]) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let kind = match c {
            '\u{1b}' => match chars.peek() {
                Some('[') => {
                    chars.next();
                    'C'
                }
                Some(']') => {
                    chars.next();
                    'S'
                }
                Some('P' | '_' | '^' | 'X') => {
                    chars.next();
                    'S'
                }
                Some(_) => {
                    chars.next(); // two-byte escape such as ESC c or ESC 7
                    continue;
                }
                None => continue,
            },
            '\u{9b}' => 'C',
            '\u{9d}' | '\u{90}' | '\u{9f}' | '\u{9e}' | '\u{98}' => 'S',
            other => {
                out.push(other);
                continue;
            }
        };
        if kind == 'C' {
            // parameters and intermediates, then one final byte in @..~
            for d in chars.by_ref() {
                if ('@'..='~').contains(&d) {
                    break;
                }
                if d == '\n' {
                    out.push('\n');
                    break;
                }
            }
        } else {
            // string: ends at BEL, ST (ESC \) or U+009C; a newline ends it too,
            // so an unterminated string cannot swallow the rest of a posting
            while let Some(d) = chars.next() {
                match d {
                    '\u{7}' | '\u{9c}' => break,
                    '\u{1b}' => {
                        if chars.peek() == Some(&'\\') {
                            chars.next();
                        }
                        break;
                    }
                    '\n' => {
                        out.push('\n');
                        break;
                    }
                    _ => {}
                }
            }
        }
    }
    out
}

/// Lines a repair wrote, joined as the text they came from was: with its
/// final newline if it had one.
/// The text with each line that `split` rewrites replaced by the lines it
/// gives, the rest as they came; the text itself where no line is rewritten.
pub fn rewrite_lines(
    text: &str,
    split: impl Fn(&str) -> Option<Vec<String>>,
) -> std::borrow::Cow<'_, str> {
    let mut out: Vec<String> = Vec::new();
    let mut changed = false;
    for line in text.lines() {
        match split(line) {
            Some(parts) => {
                changed = true;
                out.extend(parts);
            }
            None => out.push(line.to_string()),
        }
    }
    if changed {
        std::borrow::Cow::Owned(join_like(&out, text))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

pub fn join_like<S: AsRef<str>>(lines: &[S], original: &str) -> String {
    let mut s = lines
        .iter()
        .map(AsRef::as_ref)
        .collect::<Vec<&str>>()
        .join("\n");
    if original.ends_with('\n') {
        s.push('\n');
    }
    s
}

/// The text with its first letter a capital ("sluit 14-12" gives "Sluit
/// 14-12"), as a label starts.
pub fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Folds text to a lowercase ASCII-ish search key: NFD, combining marks
/// dropped, lowercase ("Coördinator" becomes "coordinator").
///
/// Decomposes character by character: the same result as `nfd()` with the
/// marks dropped (canonical reordering only moves marks, which go anyway),
/// and ASCII text takes a fast path. The parser folds every sentence, so
/// this is on its hot path (it was a fifth of the parse time).
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        unicode_normalization::char::decompose_canonical(c, |d| {
            if !unicode_normalization::char::is_combining_mark(d) {
                out.extend(d.to_lowercase());
            }
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_matches_nfd_without_marks() {
        for t in [
            "Coördinator",
            "Fryslân É ĳ ǅ",
            "ASCII Only",
            "e\u{301}e\u{308}",
            "Ⅻ İ ß",
        ] {
            let slow: String = t
                .nfd()
                .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
                .flat_map(char::to_lowercase)
                .collect();
            assert_eq!(fold(t), slow, "{t}");
        }
    }

    #[test]
    fn removes_escape_sequences_whole() {
        let hostile = "a\u{1b}]52;c;ZXZpbA==\u{7}b\u{1b}[2Jc\u{9b}31md\u{1b}]8;;http://x\u{1b}\\e";
        assert_eq!(sanitize(hostile), "abcde");
        assert_eq!(
            sanitize("x\u{1b}P1;2|data\u{1b}\\y\u{1b}_apc\u{1b}\\z"),
            "xyz"
        );
    }

    #[test]
    fn removes_bidi_and_controls_but_keeps_text() {
        let s = "Coo\u{0308}rdinator\u{202E}evil\u{2066}x\u{8}\u{7}\r\n";
        assert_eq!(normalize(s), "Coördinatorevilx\n");
        assert_eq!(sanitize("tab\there\nline"), "tab\there\nline");
    }

    #[test]
    fn normalizes_spaces_and_breaks() {
        assert_eq!(
            normalize("\u{FEFF}€\u{a0}110,-\r\nx\u{c}y"),
            "€ 110,-\nx\n\ny"
        );
        assert_eq!(normalize("‘hybride’"), "‘hybride’");
    }

    #[test]
    fn unterminated_osc_stops_at_newline() {
        assert_eq!(sanitize("a\u{1b}]0;title\nrest"), "a\nrest");
    }

    #[test]
    fn folds_diacritics() {
        assert_eq!(fold("Coördinator Wmo"), "coordinator wmo");
        assert_eq!(fold("Fryslân"), "fryslan");
    }
}
