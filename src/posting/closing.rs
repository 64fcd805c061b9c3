//! A closing time relative to the day the page was copied ("Sluit over 6
//! dagen", "Sluit morgen om 16:00", "Je hebt nog 17 dagen"). It is kept as
//! a hint, never as a deadline: the day it counts from is unknown.

use regex::Regex;
use std::sync::LazyLock;

static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(sluit\s+over\s+\d+\s+(?:dagen|dag|uur|weken)|sluit\s+(?:vandaag|morgen|overmorgen)(?:\s+om\s+\d{1,2}[:.]\d{2})?|je\s+hebt\s+nog\s+\d+\s+(?:dagen|dag)|nog\s+\d+\s+dagen\s+om\s+te\s+reageren|closes\s+in\s+\d+\s+days?)",
    )
    .expect("static pattern")
});

/// The first relative closing time in the text, as written on one line.
pub fn relative_hint(text: &str) -> Option<String> {
    RELATIVE
        .find(text)
        .map(|m| m.as_str().split_whitespace().collect::<Vec<_>>().join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_closing_times() {
        assert_eq!(
            relative_hint("Titel\nSluit over 6 dagen\n").as_deref(),
            Some("Sluit over 6 dagen")
        );
        assert_eq!(
            relative_hint("Sluit morgen\nom 16:00").as_deref(),
            Some("Sluit morgen om 16:00")
        );
        assert_eq!(
            relative_hint("11 november 2025 09:00 Je hebt nog 17 dagen").as_deref(),
            Some("Je hebt nog 17 dagen")
        );
        assert_eq!(relative_hint("De opdracht sluit aan bij"), None);
    }
}
