//! Criteria numbered in words without a heading above them, as a
//! spreadsheet export lists them in rows ("Eis 1⇥Afgeronde hbo-opleiding",
//! "Wens 2⇥Ervaring met thuiszitters⇥35"): each run of such rows gets the
//! heading its word names ("Eisen:" above the first "Eis 1", "Wensen:"
//! above the first "Wens 1"), and a row's cells become one item ("Eis 1:
//! Afgeronde hbo-opleiding", "Wens 2: Ervaring met thuiszitters (35
//! punten)"), as the criteria reader knows them. A table's head row that
//! names its rows' kind ("Nr.⇥Eis (knock-out)", "Nr.⇥Wens⇥Punten") is
//! that heading too.

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// A row: the word, its number, the criterion and its points, in cells.
static ROW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(eis|wens|knock-out|gunningscriterium)\s+(\d{1,2})\t+([^\t]+?)(?:\t+(\d{1,3}))?\t*$",
    )
    .expect("static pattern")
});

/// A table's head row naming its rows' kind ("Nr.⇥Eis (knock-out)",
/// "Nr.⇥Wens⇥Punten"): capture 1 is the kind.
static HEAD_ROW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:nr\.?|no\.?|code|#)\t+(eis|eisen|knock-out|wens|wensen|gunningscriteri(?:um|a))(?:\s*\([^)\t]*\))?(?:\t+(?:punten|weging|score))?\t*$")
        .expect("static pattern")
});

/// The heading a row's word opens.
fn heading(word: &str) -> &'static str {
    match word.to_lowercase().as_str() {
        "eis" | "eisen" | "knock-out" => "Eisen:",
        _ => "Wensen:",
    }
}

/// The text with such rows written as headed items (see the module doc).
pub fn repair(text: &str) -> Cow<'_, str> {
    if !text.contains('\t')
        || !text
            .lines()
            .any(|l| ROW.is_match(l.trim_end()) || HEAD_ROW.is_match(l.trim_end()))
    {
        return Cow::Borrowed(text);
    }
    let mut out: Vec<String> = Vec::new();
    let mut open: Option<&'static str> = None;
    for line in text.lines() {
        if let Some(h) = HEAD_ROW.captures(line.trim_end()) {
            let head = heading(&h[1]);
            out.push(head.to_string());
            open = Some(head);
            continue;
        }
        let Some(c) = ROW.captures(line.trim_end()) else {
            open = None;
            out.push(line.to_string());
            continue;
        };
        let head = heading(&c[1]);
        if open != Some(head) {
            out.push(head.to_string());
            open = Some(head);
        }
        let points = c
            .get(4)
            .map(|p| format!(" ({} punten)", p.as_str()))
            .unwrap_or_default();
        out.push(format!("{} {}: {}{points}", &c[1], &c[2], c[3].trim()));
    }
    Cow::Owned(super::normalize::join_like(&out, text))
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn rows_of_demands_and_wishes_get_their_headings() {
        assert_eq!(
            repair(
                "VOG\tJa\nEis 1\tAfgeronde hbo\t\nEis 2\tRijbewijs B\nWens 1\tErvaring met X\t40\nWens 2\tKennis van Y\t60\nTotaal wensen\t\t100\n"
            ),
            "VOG\tJa\nEisen:\nEis 1: Afgeronde hbo\nEis 2: Rijbewijs B\nWensen:\nWens 1: Ervaring met X (40 punten)\nWens 2: Kennis van Y (60 punten)\nTotaal wensen\t\t100\n"
        );
        assert_eq!(
            repair(
                "Nr.\tEis (knock-out)\nK1\tAfgeronde hbo\n\nNr.\tWens\tPunten\nW1\tErvaring\t30 punten\n"
            ),
            "Eisen:\nK1\tAfgeronde hbo\n\nWensen:\nW1\tErvaring\t30 punten\n"
        );
        let t = "Eis 1: Afgeronde hbo\n";
        assert_eq!(repair(t), t);
    }
}
