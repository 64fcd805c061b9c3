//! Repairs what copying a web page does to a posting's layout, before the
//! lines are read.
//!
//! - A label glued to the previous value ("Z.S.M.Einddatum:", "1 sept
//!   2026Publicatiedatum:", "Opdracht tarief 100Opdracht uren 24") is moved
//!   to a line of its own.
//! - A date glued to the next sentence ("19 aug 2025De provincie") and a
//!   list item glued to the body ("mogelijk.Ben jij") are split.
//! - Icon names left as text ("date-icon15.07.2025", "salary icon") are
//!   removed.
//!
//! Which words are labels comes from the label table ([`super::labels::LABELS`]),
//! so a new label spelling is repaired as soon as it is read.

use super::labels::LABELS;
use regex::Regex;
use std::sync::LazyLock;

static ICON: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b[a-z]+[- ]icon(\d|\b ?)").expect("static pattern"));
static YEAR_GLUED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\b\d{4})(\p{Lu}\p{Ll})").expect("static pattern"));
static SENTENCE_GLUED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\p{Ll}{3}[.!?])(\p{Lu}\p{Ll})").expect("static pattern"));

/// The text with glued labels, dates and sentences split onto lines of
/// their own and icon names removed.
pub fn repair(text: &str) -> String {
    let text = ICON.replace_all(text, "$1");
    let text = unglue_labels(&text);
    let text = YEAR_GLUED.replace_all(&text, "$1\n$2");
    SENTENCE_GLUED.replace_all(&text, "$1\n$2").into_owned()
}

/// Labels long enough not to occur inside other words by chance.
fn glue_labels() -> impl Iterator<Item = &'static str> {
    LABELS.iter().map(|(l, _)| *l).filter(|l| l.len() >= 5)
}

/// Starts a new line at every capitalised label that follows a value
/// without a space: after a digit, a lowercase letter, a full stop or a
/// bracket, and followed by a colon (or, after a digit, by a space).
fn unglue_labels(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        if c.is_uppercase()
            && let Some(p) = prev
            && (p.is_ascii_digit() || p.is_lowercase() || p == '.' || p == ')')
        {
            let rest = &text[i..];
            let glued = glue_labels().any(|label| {
                let Some(head) = rest.get(..label.len()) else {
                    return false;
                };
                if !head.eq_ignore_ascii_case(label) {
                    return false;
                }
                let after = &rest[label.len()..];
                after.starts_with(':')
                    || (p.is_ascii_digit() && after.starts_with(' '))
                    || (p == '.' && after.starts_with(['\n', ' ']))
            });
            if glued {
                out.push('\n');
            }
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glued_labels_get_their_own_line() {
        assert_eq!(
            repair(
                "Begindatum:\nZ.S.M.Einddatum:\n1 sept 2026Publicatiedatum:\n29 jan 2026Wil jij"
            ),
            "Begindatum:\nZ.S.M.\nEinddatum:\n1 sept 2026\nPublicatiedatum:\n29 jan 2026\nWil jij"
        );
        assert_eq!(
            repair("Opdracht tarief 100Opdracht uren 24"),
            "Opdracht tarief 100\nOpdracht uren 24"
        );
    }

    #[test]
    fn icons_and_glued_sentences() {
        assert_eq!(
            repair("date-icon15.07.2025 clock-icon17:00"),
            "15.07.2025 17:00"
        );
        assert_eq!(
            repair("prima mogelijk.Ben jij gedreven"),
            "prima mogelijk.\nBen jij gedreven"
        );
    }

    #[test]
    fn ordinary_text_is_left_alone() {
        let t = "De Startdatum is bekend. Herstart in Z.S.M. ok; Regio: Utrecht";
        assert_eq!(repair(t), t);
    }
}
