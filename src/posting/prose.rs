//! The posting as flowing prose: one line of text and its sentences.
//!
//! Facts stated in sentences ("Vragen kunnen ingediend worden tot …") are
//! found here, after line breaks (PDF wrapping) and markdown marks are gone.

use super::lines::{heading_section, is_symbol_mark, split_lines};
use regex::Regex;

/// The text with markdown emphasis and heading marks removed and all
/// whitespace (newlines included) collapsed to single spaces.
pub fn flatten(text: &str) -> String {
    let no_marks: String = text
        .lines()
        .map(|l| strip_bullet(l.trim_start().trim_start_matches('#').trim_start()))
        .collect::<Vec<_>>()
        .join("\n")
        .replace("**", "")
        .replace('*', "");
    // = `\s+` replaced by one space, trimmed (both use Unicode White_Space), without a regex
    no_marks.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn strip_bullet(l: &str) -> &str {
    for b in ["- ", "• ", "* ", "– "] {
        if let Some(rest) = l.strip_prefix(b) {
            return rest;
        }
    }
    l
}

/// Splits the text into paragraphs at blank lines and around heading lines
/// (a PDF heading sits directly above its first sentence).
fn paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let raws: Vec<&str> = text.lines().collect();
    for (i, &raw) in raws.iter().enumerate() {
        if raw.trim().is_empty() && continues_after_blank(&current, &raws[i + 1..]) {
            continue;
        }
        let line = split_lines(raw).pop();
        let is_heading = line.as_ref().is_some_and(|l| heading_section(l).is_some());
        // a fact opened by a pictogram ("❗ alleen detachering, geen zzp") stands alone
        if raw.trim_start().starts_with(is_symbol_mark) && !current.trim().is_empty() {
            out.push(std::mem::take(&mut current));
        }
        // a fact's line ("Sluitingsdatum: 14 december, 09:00 uur") is no
        // part of the sentence under it
        if super::labels::is_fact_line(raw) {
            if !current.trim().is_empty() {
                out.push(std::mem::take(&mut current));
            }
            out.push(raw.to_string());
            continue;
        }
        if raw.trim().is_empty() || is_heading {
            if !current.trim().is_empty() {
                out.push(std::mem::take(&mut current));
            }
            current.clear();
            if is_heading {
                out.push(raw.to_string());
            }
            continue;
        }
        current.push_str(raw);
        current.push('\n');
    }
    if !current.trim().is_empty() {
        out.push(current);
    }
    out
}

/// PDF text puts blank lines between wrapped lines: a paragraph whose text
/// has not ended a sentence goes on when the next line starts in lower case.
fn continues_after_blank(current: &str, rest: &[&str]) -> bool {
    let open = current
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| !matches!(c, '.' | '!' | '?' | ';' | ':'));
    open && rest
        .iter()
        .find(|l| !l.trim().is_empty())
        .and_then(|l| l.trim_start().chars().next())
        .is_some_and(char::is_lowercase)
}

/// Splits text into sentences at `.`, `!`, `?` or `;` followed by a space
/// and a capital, a quote or a bullet, at a blank line, or at a heading.
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for paragraph in paragraphs(text) {
        let flat = flatten(&paragraph);
        let mut start = 0;
        // the two characters after each one are looked at, not collected:
        // a paragraph may be megabytes on one line
        for (i, c) in flat.char_indices() {
            if !matches!(c, '.' | '!' | '?' | ';') {
                continue;
            }
            let mut rest = flat[i + c.len_utf8()..].chars();
            let next = rest.next();
            let after = rest.next();
            let breaks = next == Some(' ')
                && !(c == '.' && is_abbreviation(&flat[start..=i]))
                && (after.is_some_and(|a| {
                    a.is_uppercase() || matches!(a, '“' | '"' | '‘' | '\'' | '•' | '-' | '(')
                }) || opens_numbered_section(&flat[i + c.len_utf8() + 1..]));
            if breaks {
                let s = flat[start..=i].trim();
                if !s.is_empty() {
                    out.push(s.to_string());
                }
                start = i + c.len_utf8();
            }
        }
        let s = flat[start..].trim();
        if !s.is_empty() {
            out.push(s.to_string());
        }
    }
    out
}

/// Whether a text starts with a section's number and its capitalised
/// first word ("3.3 Inschrijvingen …", "12. De …"): numbered paragraphs
/// flattened into one run are sentences of their own.
fn opens_numbered_section(rest: &str) -> bool {
    let number_len = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(rest.len());
    let number = &rest[..number_len];
    number.starts_with(|c: char| c.is_ascii_digit())
        && number.len() <= 6
        && number.contains('.')
        && rest[number_len..]
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(char::is_uppercase))
}

/// Whether a text ends in an abbreviation of single lowercase letters with
/// full stops ("i.v.m.", "o.a.", "t.a.v."), which ends no sentence.
fn is_abbreviation(text: &str) -> bool {
    let word = text.rsplit(' ').next().unwrap_or(text);
    // "(i.v.m. Wet DBA)"
    let word = word.trim_start_matches(['(', '[', '"', '“', '‘', '\'']);
    let letters: Vec<&str> = word.split('.').filter(|p| !p.is_empty()).collect();
    letters.len() >= 2
        && word.ends_with('.')
        && letters
            .iter()
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_lowercase))
}

/// The byte offset just past the first match of any pattern in `text`.
pub fn after_first(text: &str, patterns: &[&Regex]) -> Option<usize> {
    patterns
        .iter()
        .filter_map(|p| p.find(text))
        // of triggers at one place, the longest ("start on the", not "start")
        .min_by_key(|m| (m.start(), std::cmp::Reverse(m.end())))
        .map(|m| m.end())
}

/// At most `n` characters of `text` starting at byte `from`.
pub fn window(text: &str, from: usize, n: usize) -> &str {
    let rest = text.get(from..).unwrap_or("");
    let end = rest.char_indices().nth(n).map_or(rest.len(), |(i, _)| i);
    &rest[..end]
}

/// The day a sentence names before its step ("Op dinsdag 26 januari 2027
/// voeren wij gesprekken", "Op 22-12-2026 publiceren wij de nota van
/// inlichtingen"): the words between "op" and the first match of `step`,
/// six to forty characters within the sentence. The step is found first
/// and "op" looked for before it, so a text with "op" in every line
/// ("opvang") is read once.
pub fn day_before<'a>(flat: &'a str, step: &Regex) -> Option<&'a str> {
    step.find_iter(flat).find_map(|m| {
        let start = flat[..m.start()]
            .char_indices()
            .rev()
            .nth(48)
            .map_or(0, |(i, _)| i);
        let before = &flat[start..m.start()];
        let lower = before.to_lowercase();
        // the last "op " that starts a word; lowercase keeps the offsets of
        // the Latin text a date is written in
        let at = lower
            .match_indices("op ")
            .map(|(i, _)| i)
            .filter(|&i| i == 0 || !lower[..i].ends_with(char::is_alphanumeric))
            .last()?;
        if lower.len() != before.len() {
            return None;
        }
        let day = before[at + 3..].trim();
        ((6..=40).contains(&day.chars().count()) && !day.contains(['.', ';', ':', '\n']))
            .then_some(day)
    })
}

/// Compiles a table of static case-insensitive patterns, a word
/// character (`\w`) read as a Latin letter, a digit or `_` (see
/// [`latin_words`]).
pub fn patterns(list: &[&str]) -> Vec<Regex> {
    list.iter()
        .map(|p| Regex::new(&format!("(?i){}", latin_words(p))).expect("static pattern"))
        .collect()
}

/// A pattern with `\w` as `[\p{Latin}0-9_]`. Unicode's word class holds
/// every script's letters; repeated ("[\w ]{1,40}") and folded for case it
/// compiles to megabytes (the parser's patterns took 60 MB before a word
/// was read: issue 16), while a posting's words are Latin letters (é, ë, ï
/// included) and digits.
pub fn latin_words(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 32);
    let mut in_class = false;
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('w') if in_class => out.push_str(r"\p{Latin}0-9_"),
                Some('w') => out.push_str(r"[\p{Latin}0-9_]"),
                Some(n) => {
                    out.push('\\');
                    out.push(n);
                }
                None => out.push('\\'),
            },
            '[' if !in_class => {
                in_class = true;
                out.push(c);
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_characters_are_latin_letters_digits_and_underscores() {
        assert_eq!(
            latin_words(r"a [\w ]{1,40}? \w+\b"),
            r"a [\p{Latin}0-9_ ]{1,40}? [\p{Latin}0-9_]+\b"
        );
        let re =
            Regex::new(&latin_words(r"(?i)gesprekken met [\w ]{1,40}? gepland")).expect("pattern");
        assert!(re.is_match("Gesprekken met de coördinator zijn gepland"));
    }

    #[test]
    fn flatten_joins_wrapped_lines() {
        assert_eq!(
            flatten("**De reactietermijn** duurt tot\n\nmaandag 6 juli 2026"),
            "De reactietermijn duurt tot maandag 6 juli 2026"
        );
    }

    #[test]
    fn blank_lines_inside_a_sentence_do_not_split_it() {
        let s = sentences(
            "Met de opdracht mag géén\n\narbeidsrelatie/dienstbetrekking ontstaan.\n\nNieuwe alinea\n\nDerde.",
        );
        assert_eq!(
            s,
            [
                "Met de opdracht mag géén arbeidsrelatie/dienstbetrekking ontstaan.",
                "Nieuwe alinea",
                "Derde."
            ]
        );
    }

    #[test]
    fn abbreviations_and_pictogram_lines() {
        assert_eq!(
            sentences(
                "💶 max € 87,50/uur\n❗ alleen detachering, geen zzp i.v.m. DBA\n⏰ reageren"
            ),
            [
                "💶 max € 87,50/uur",
                "❗ alleen detachering, geen zzp i.v.m. DBA",
                "⏰ reageren"
            ]
        );
        assert_eq!(
            sentences("geen zzp – uitsluitend via detachering (i.v.m. Wet DBA)"),
            ["geen zzp – uitsluitend via detachering (i.v.m. Wet DBA)"]
        );
    }

    #[test]
    fn sentences_split_on_capitals() {
        let s =
            sentences("Eerste zin. Tweede zin, 9.00 uur. derde deel\nloopt door.\n\nNieuwe alinea");
        assert_eq!(
            s,
            [
                "Eerste zin.",
                "Tweede zin, 9.00 uur. derde deel loopt door.",
                "Nieuwe alinea"
            ]
        );
    }
}
