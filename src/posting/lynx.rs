//! A page saved by a text browser (`lynx -dump`): each link's text opens
//! with its number in brackets ("[1]Provincie Flevoland logo", "[7]route",
//! "[9]0320 - 265 265") and a "References" list of the links' addresses
//! ends the page. The numbers are removed and the list dropped, so the
//! page reads as it was written (its site's name, a phone number that is
//! no date or rate).

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// A link number glued to its link's text: "[12]Reageer".
static LINK_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[\d{1,3}\](\S)").expect("static pattern"));

/// A line of a link list as other text browsers end a page with it
/// ("[6] https://schorwerk.nl/…", "[10] mailto:…").
static LINK_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^\s*\[\d{1,3}\]\s+(?:https?://|mailto:|gemini://|ftp://)\S*\s*$")
        .expect("static pattern")
});

/// A link number standing apart: "Gemeente Veere [5] –", "[1] Home".
static LOOSE_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r" ?\[\d{1,3}\] ?").expect("static pattern"));

/// A page from a text browser that writes its link numbers apart from the
/// link's text and lists the links under "Links:" (offpunk, w3m's
/// extensions): the list goes, and each number with one space beside it.
fn repair_loose(text: &str) -> Option<String> {
    if LINK_LINE.find_iter(text).take(3).count() < 3 {
        return None;
    }
    let body: Vec<&str> = text
        .lines()
        .filter(|l| {
            !LINK_LINE.is_match(l) && !matches!(l.trim(), "Links:" | "Links" | "References:")
        })
        .collect();
    let body = body.join("\n");
    let mut out = body
        .lines()
        .map(|l| {
            let indent = &l[..l.len() - l.trim_start().len()];
            let rest = LOOSE_NUMBER.replace_all(l.trim_start(), " ");
            format!("{indent}{}", rest.trim_start())
        })
        .collect::<Vec<_>>()
        .join("\n");
    if text.ends_with('\n') {
        out.push('\n');
    }
    Some(out)
}

/// The text without link numbers and the references list, when it has
/// three or more link numbers; any other text as it came.
pub fn repair(text: &str) -> Cow<'_, str> {
    if !text.contains('[') {
        return Cow::Borrowed(text);
    }
    if let Some(loose) = repair_loose(text) {
        return Cow::Owned(loose);
    }
    if LINK_NUMBER.find_iter(text).take(3).count() < 3 {
        return Cow::Borrowed(text);
    }
    let lines: Vec<&str> = text.lines().collect();
    // "References" and under it "   1. https://…"
    let end = lines
        .iter()
        .enumerate()
        .position(|(i, l)| {
            l.trim() == "References"
                && lines[i + 1..]
                    .iter()
                    .find(|n| !n.trim().is_empty())
                    .is_some_and(|n| n.trim_start().starts_with("1. "))
        })
        .unwrap_or(lines.len());
    let mut body = lines[..end].join("\n");
    if end == lines.len() && text.ends_with('\n') {
        body.push('\n');
    }
    Cow::Owned(LINK_NUMBER.replace_all(&body, "$1").into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_numbers_and_references_go() {
        let t = "   [1]Gemeente Ede logo [2]Home [3]Contact\n\nBel [4]0318 - 680 000.\n\nReferences\n\n   1. https://www.ede.nl/\n   2. https://www.ede.nl/home\n";
        assert_eq!(
            repair(t),
            "   Gemeente Ede logo Home Contact\n\nBel 0318 - 680 000.\n"
        );
    }

    #[test]
    fn loose_link_numbers_and_their_list_go() {
        let t = "[1] Home  [2] Opdrachten\nGemeente Veere [5] – Domburg\n- Vragen via het formulier [6] tot 11 december\n\n Links:\n [1] https://a.nl/\n [2] https://a.nl/o\n [5] https://a.nl/v\n [6] https://a.nl/f\n";
        assert_eq!(
            repair(t),
            "Home  Opdrachten\nGemeente Veere – Domburg\n- Vragen via het formulier tot 11 december\n"
        );
    }

    #[test]
    fn brackets_of_an_ordinary_text_stay() {
        let t = "Zie bijlage [1] en [2]. Reageer via [3] de site.";
        assert_eq!(repair(t), t);
    }
}
