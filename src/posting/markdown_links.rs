//! Markdown links as their text: a page copied as Markdown (a note app, a
//! site's own `.md` source, a chat) writes "[Werken voor Lelystad](/werken)"
//! where a browser's copy writes "Werken voor Lelystad". The readers see
//! the words; the address of a link is not a fact of the posting (its own
//! address comes from a "# source:" line or a saved page's canonical link).
//! A footnote's mark (`32[^2]`, `€ 102,50 per uur[^rate]`) goes too: it is
//! no part of the value it stands after; the note itself stays where it is.

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// "[text](address)" and "![alt](address)", the address without spaces
/// and at most one level of parentheses, the text on one line.
static LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"!?\[([^\[\]\n]{1,300})\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)"#)
        .expect("static pattern")
});

/// A footnote's mark in the text (`[^2]`), not its note (`[^2]: …` at
/// the start of a line).
static FOOTNOTE_MARK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?m)([^\s])\[\^[\w-]{1,20}\]").expect("static pattern"));

/// The text with each Markdown link replaced by its words and each
/// footnote's mark taken out.
pub fn repair(text: &str) -> Cow<'_, str> {
    let text = if text.contains("[^") {
        FOOTNOTE_MARK.replace_all(text, "$1")
    } else {
        Cow::Borrowed(text)
    };
    if !text.contains("](") || !LINK.is_match(&text) {
        return text;
    }
    Cow::Owned(LINK.replace_all(&text, "$1").into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_leaves_its_words() {
        assert_eq!(
            repair("[Home](/) › [Werken voor Lelystad](/werken) › Jeugdconsulent"),
            "Home › Werken voor Lelystad › Jeugdconsulent"
        );
        assert_eq!(
            repair(
                "Zie [de regeling](https://x.nl/a_(b) \"titel\") en ![logo Gemeente Ede](logo.png)."
            ),
            "Zie de regeling en logo Gemeente Ede."
        );
    }

    #[test]
    fn brackets_that_are_no_link_stay() {
        for text in [
            "[1] Noot (zie bijlage)",
            "Eis [K1] (knock-out)",
            "array[i](x y)",
        ] {
            assert_eq!(repair(text), text);
        }
    }

    #[test]
    fn a_footnote_mark_goes_and_its_note_stays() {
        assert_eq!(
            repair(
                "- **Uren per week:** 32[^2]\n- Tarief: € 102,50 per uur[^rate]\n\n[^2]: Verlenging mogelijk.\n"
            ),
            "- **Uren per week:** 32\n- Tarief: € 102,50 per uur\n\n[^2]: Verlenging mogelijk.\n"
        );
    }
}
