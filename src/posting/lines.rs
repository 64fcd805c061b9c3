//! The posting as lines and sections.
//!
//! Both layouts are read the same way: markdown marks (`#`, `**`, `*`) and
//! bullets are stripped into a [`LineKind`], and section headings are
//! recognised by their words from a table ([`SECTION_WORDS`]), whether they
//! are markdown headings (web copy) or lines on their own (PDF text);
//! `headings.rs` says which section a heading opens.

use regex::Regex;
use std::sync::LazyLock;

/// What a line is, after its markdown and bullet marks are removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Blank,
    /// A markdown heading (`#`..`######`).
    Heading,
    /// A bullet item (`-`, `•`, `*`, `–`), possibly lettered ("a)").
    Bullet,
    /// A numbered item ("1." or "1)") with its number.
    Numbered(u32),
    Plain,
}

/// One line of the posting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub kind: LineKind,
    /// The text without markdown marks, bullets or the item number.
    pub text: String,
}

/// The kinds of section the parser cares about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Knockout,
    /// A page's plain words for what it asks ("Wat vragen wij"): the
    /// knock-outs where no section names them so.
    Demands,
    Award,
    Competences,
    Scale,
    Fee,
    Professionals,
    Workdays,
    Planning,
    Other,
}

pub use super::headings::heading_section;
pub use super::section_words::SECTION_WORDS;

/// Splits normalised text into classified lines. A lettered line in lower
/// case ("b. minimaal 3 jaar …") is an item when it follows the item of the
/// letter before it ("a. Afgeronde hbo-opleiding;").
pub fn split_lines(text: &str) -> Vec<Line> {
    let mut last_letter: Option<u8> = None;
    // the level of the markdown heading that opened a criteria section
    // ("## Eisen (KO)"): a deeper heading under it that names no section
    // is one of its items, as a mind map or an outline writes them
    // ("### Hbo/wo data science" / "### Min. 3 jaar ervaring …")
    let mut criteria_level: Option<usize> = None;
    text.lines()
        .map(|raw| {
            let mut line = classify(raw);
            let t = raw.trim();
            if line.kind == LineKind::Heading && t.starts_with('#') {
                let level = t.len() - t.trim_start_matches('#').len();
                let section = heading_section(&line);
                match (criteria_level, section) {
                    (Some(top), Some(Section::Other)) if level > top => {
                        line.kind = LineKind::Bullet;
                    }
                    (_, Some(Section::Knockout | Section::Award | Section::Demands)) => {
                        criteria_level = Some(level);
                    }
                    _ => criteria_level = None,
                }
            }
            let b = t.as_bytes();
            let letter = (b.len() > 3
                && b[0].is_ascii_alphabetic()
                && matches!(b[1], b'.' | b')')
                && b[2] == b' ')
                .then(|| b[0].to_ascii_lowercase());
            if line.kind == LineKind::Plain
                && letter.is_some_and(|l| last_letter.is_some_and(|p| p + 1 == l))
            {
                line = Line {
                    kind: LineKind::Bullet,
                    text: strip_emphasis(t[3..].trim_start()),
                };
            }
            match (&line.kind, letter) {
                (LineKind::Bullet, Some(l)) => last_letter = Some(l),
                (LineKind::Heading | LineKind::Numbered(_), _) => last_letter = None,
                _ => {}
            }
            line
        })
        .collect()
}

fn classify(raw: &str) -> Line {
    let t = raw.trim();
    // a line opened by an emoji or symbol ("📅 Start: …", "✅ 5+ jaar") is a bullet
    let unmarked = t.trim_start_matches(is_symbol_mark).trim_start();
    if unmarked.len() < t.len() && !unmarked.is_empty() {
        let text = strip_emphasis(unmarked);
        // a note app's heading opened by an icon ("✅ Knock-outs", "🏆 Gunning")
        let kind = if names_a_section(&text) {
            LineKind::Heading
        } else {
            LineKind::Bullet
        };
        return Line { kind, text };
    }
    if t.is_empty() {
        return Line {
            kind: LineKind::Blank,
            text: String::new(),
        };
    }
    // a line of hashtags ("#interim #GGD #teamleider") says nothing
    if t.split_whitespace().all(|w| {
        w.strip_prefix('#')
            .is_some_and(|h| h.starts_with(char::is_alphabetic))
    }) {
        return Line {
            kind: LineKind::Blank,
            text: String::new(),
        };
    }
    // a markdown heading has a space after its marks: "#4471" is a number
    // and "#Drenthe" a hashtag
    if t.starts_with('#') && t.trim_start_matches('#').starts_with(' ') {
        let text = strip_emphasis(t.trim_start_matches('#'));
        return Line {
            kind: LineKind::Heading,
            text,
        };
    }
    for bullet in ["- ", "• ", "* ", "– ", "· ", "▪ ", "o ", "» ", "› "] {
        if let Some(rest) = t.strip_prefix(bullet) {
            // an outliner's heading in a bullet ("- ### Eisen (knock-out)")
            let r = rest.trim_start();
            if bullet == "- " && r.starts_with('#') && r.trim_start_matches('#').starts_with(' ') {
                return Line {
                    kind: LineKind::Heading,
                    text: strip_emphasis(r.trim_start_matches('#')),
                };
            }
            let rest = strip_letter(strip_task_box(rest.trim_start()));
            return Line {
                kind: LineKind::Bullet,
                text: strip_emphasis(rest),
            };
        }
    }
    if t == "-" || t == "•" {
        return Line {
            kind: LineKind::Blank,
            text: String::new(),
        };
    }
    // "a. Ervaring …: 50 punten": a list lettered without a bullet
    if let Some(rest) = lettered(t) {
        return Line {
            kind: LineKind::Bullet,
            text: strip_emphasis(rest),
        };
    }
    if let Some((n, rest)) = numbered(t) {
        return Line {
            kind: LineKind::Numbered(n),
            text: strip_emphasis(rest),
        };
    }
    Line {
        kind: LineKind::Plain,
        text: strip_emphasis(t),
    }
}

/// A short line without a sentence's end that starts with a section word.
fn names_a_section(text: &str) -> bool {
    let lower = text.to_lowercase();
    text.split_whitespace().count() <= 6
        && !text.contains(':')
        && !text.ends_with(['.', ';', ','])
        && SECTION_WORDS.iter().any(|(word, _)| {
            lower.starts_with(word)
                && lower[word.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphabetic())
        })
}

/// Emoji, dingbats, arrows and their joiners, as social posts open lines with.
pub(super) fn is_symbol_mark(c: char) -> bool {
    matches!(c as u32, 0x2190..=0x21FF | 0x2300..=0x23FF | 0x2460..=0x27BF | 0x2B00..=0x2BFF | 0x1F000..=0x1FAFF | 0xFE0F | 0x200D)
}

/// Letter prefixes of criterion numbers: E1 (eis), W1 (wens), K1/KO1
/// (knock-out), G1 (gunning), A1 (award).
const NUMBER_PREFIXES: &[&str] = &["KO", "K", "E", "W", "G", "A"];

/// A criterion numbered in words and set off by a dash or colon:
/// "Gunningscriterium 1 – Plan van aanpak", "Eis 3: Rijbewijs B".
static WORDED_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:gunningscriterium|selectiecriterium|knock-outcriterium|knock-out-eis|criterium|eis|wens|award criterion|criterion|requirement)\s+(\d{1,2})\s*[–—:.)-]\s+(\S.*)$")
        .expect("static pattern")
});

/// "12. text", "12) text", or with a criterion prefix "E1 text", "W2: text",
/// "KO3. text", "KO-1: text" (not "2.1 text", not "2026, text").
fn numbered(t: &str) -> Option<(u32, &str)> {
    // "Gunningscriterium 1 – Plan van aanpak (45 punten)", "Eis 2: …"
    if let Some(c) = WORDED_NUMBER.captures(t) {
        let n = c.get(1)?.as_str().parse().ok()?;
        return Some((n, c.get(2)?.as_str()));
    }
    let (prefixed, body) = NUMBER_PREFIXES
        .iter()
        .find_map(|p| {
            t.strip_prefix(p)
                // "KO-1", "K-2"
                .map(|r| r.strip_prefix('-').unwrap_or(r))
                .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
                .map(|r| (true, r))
        })
        .unwrap_or((false, t));
    let digits = body.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let rest = &body[digits..];
    let rest = match rest.strip_prefix(['.', ')', ':']) {
        Some(r) => r,
        None if prefixed => rest,
        None => return None,
    };
    if !rest.starts_with([' ', '\t']) {
        return None;
    }
    Some((body[..digits].parse().ok()?, rest.trim_start()))
}

/// Strips the box of a task list item ("- [ ] Rijbewijs B", "- [x] …"), as
/// Markdown and note apps write a checklist.
fn strip_task_box(t: &str) -> &str {
    ["[ ] ", "[x] ", "[X] "]
        .iter()
        .find_map(|b| t.strip_prefix(b))
        .map_or(t, str::trim_start)
}

/// A line lettered as a list item ("a. Ervaring", "b) Prijs", "A. Ervaring
/// …: 40 punten"): its text
/// after the letter, which opens a capitalised word or ends with its
/// points ("c. visie op de rol: 20 punten").
fn lettered(t: &str) -> Option<&str> {
    let b = t.as_bytes();
    let names_points = || {
        let f = t.trim_end().trim_end_matches(['.', ')']).to_lowercase();
        ["punten", "punt", "pnt", "ptn", "pts", "points", "%"]
            .iter()
            .any(|e| f.ends_with(e))
    };
    // a capital with a dot may be a name's initial ("S. de Vries"): an
    // item only with its points ("A. Ervaring …: 40 punten") or a bracket
    let capital = || {
        b[0].is_ascii_uppercase()
            && (b[1] == b')' && t[3..].starts_with(char::is_uppercase) || names_points())
    };
    (b.len() > 4
        && matches!(b[1], b'.' | b')')
        && b[2] == b' '
        && (b[0].is_ascii_lowercase()
            && (t[3..].starts_with(char::is_uppercase) || names_points())
            || capital()))
    .then(|| &t[3..])
}

/// Strips a list letter such as "a)" or "b." from a bullet's text.
fn strip_letter(t: &str) -> &str {
    let mut chars = t.chars();
    match (chars.next(), chars.next(), chars.next()) {
        (Some(c), Some(')' | '.'), Some(' ')) if c.is_ascii_lowercase() => t[3..].trim_start(),
        _ => t,
    }
}

/// Removes markdown emphasis (`**`, `__`, `*`, and a chat's italic label
/// "_Start:_ per 1 februari") and trims.
pub fn strip_emphasis(t: &str) -> String {
    let t = italic_label(t.trim_start());
    t.replace("**", "")
        .replace("__", "")
        .replace('*', "")
        .trim()
        .to_string()
}

/// "_Start:_ per 1 februari" as "Start: per 1 februari": a label in a
/// chat's italics (WhatsApp, Slack) at the start of a line.
fn italic_label(t: &str) -> std::borrow::Cow<'_, str> {
    let Some(rest) = t.strip_prefix('_') else {
        return t.into();
    };
    match rest.find('_') {
        Some(end)
            if (1..=40).contains(&end)
                && (rest[..end].ends_with(':') || rest[end + 1..].starts_with(':')) =>
        {
            format!("{}{}", &rest[..end], &rest[end + 1..]).into()
        }
        _ => t.into(),
    }
}

pub use super::section_bodies::sections;

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "ca.", "bijv.", "bv.", "o.a.", "m.b.t.", "incl.", "excl.", "max.", "min.", "nr.", "e.d.",
    "etc.", "t.b.v.", "i.v.m.", "m.u.v.", "resp.", "evt.", "d.w.z.", "o.b.v.", "z.s.m.",
];

/// Whether a text ends a sentence or list item ("ca." and other
/// abbreviations do not).
pub fn ends_item(text: &str) -> bool {
    let t = text.trim_end();
    if let Some(last) = t.rsplit(char::is_whitespace).next()
        && ABBREVIATIONS.contains(&last.to_lowercase().as_str())
    {
        return false;
    }
    t.ends_with(['.', ';', '!', '?', ')', ':'])
}

#[cfg(test)]
#[path = "lines_tests.rs"]
mod tests;
