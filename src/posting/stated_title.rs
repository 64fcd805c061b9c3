//! A title a text states in a sentence, as a call or a message gives it
//! ("De officiële titel is Projectleider Leefbaarheid Kernen.", "de
//! functietitel luidt: Adviseur Water", "The official job title is Senior
//! Advisor."): stated outright, it is the posting's title before any line
//! that looks like one (a voicemail's "Voicemail").

use regex::Regex;
use std::sync::LazyLock;

static STATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:de\s+)?(?:officiële\s+|officiele\s+|formele\s+|exacte\s+)?(?:functie)?titel\s+(?:is|luidt)\s*:?\s+(\p{Lu}[^.,;:!?\n]{3,70}?)\s*(?:[.,;!?]|\n|$)|(?-u:\b)the\s+(?:official\s+)?(?:job\s+)?title\s+is\s*:?\s+(\p{Lu}[^.,;:!?\n]{3,70}?)\s*(?:[.,;!?]|\n|$)")
        .expect("static pattern")
});

/// The title a sentence states, if one does.
pub fn title(flat: &str) -> Option<String> {
    let c = STATED.captures(flat)?;
    let t = c.get(1).or(c.get(2))?.as_str().trim();
    (t.split_whitespace().count() <= 8).then(|| t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_stated_in_a_sentence() {
        assert_eq!(
            title("Ik vertel het kort. De officiële titel is Projectleider Leefbaarheid Kernen. Het kenmerk is WK-1.").as_deref(),
            Some("Projectleider Leefbaarheid Kernen")
        );
        assert_eq!(
            title("The official job title is Senior Advisor External Safety, based in Haarlem.")
                .as_deref(),
            Some("Senior Advisor External Safety")
        );
        assert_eq!(title("De titel van het boek is mooi."), None);
    }
}
