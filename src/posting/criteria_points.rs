//! The points a criterion scores, however a list writes them: "(20
//! punten)", "weging 20%", a bare number after a colon, tab or dash ("…:
//! 30", "… - 50%") or a printed column's gap, and a table's header row
//! over the points ("Criterium⇥Weging") that is no criterion.

use super::normalize::fold;
use regex::Regex;
use std::sync::LazyLock;

static POINTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(\d{1,3})\s*(?:punten|punt|pnt\.?|ptn\.?|points|point|pts\.?|pt\.?)(?:\W|$)")
        .expect("static pattern")
});
/// A weight: "weging 20%", "(20%)", "20 procent", "(weging 40)".
static WEIGHT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:weging|gewicht|weight):?\s*(\d{1,3})(?:\s*(?:%|procent))?(?:[^\w%]|$)|\((\d{1,3})\s*(?:%|procent)",
    )
    .expect("static pattern")
});

/// The points an item scores: the last "(N punten)" in its text, else its
/// weight as a percentage of 100 ("weging 20%").
pub(super) fn points_of(text: &str) -> Option<u32> {
    POINTS
        .captures_iter(text)
        .last()
        .and_then(|c| c.get(1)?.as_str().parse().ok())
        .or_else(|| {
            let c = WEIGHT.captures_iter(text).last()?;
            c.get(1).or_else(|| c.get(2))?.as_str().parse().ok()
        })
}

/// A criterion's text without the points it ends with, where they are the
/// points it scores ("Tarief: 30 punten", "Motivatie …… 30 punten",
/// "Prijs (30 punten)" → "Tarief", "Motivatie", "Prijs"): what a view shows
/// beside its own "[30 pt]".
pub fn without_points(text: &str, points: Option<u32>) -> &str {
    static TRAILING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)[\s:.…–\-(·|]*(\d{1,3})\s*(?:punten|punt|pnt\.?|pts\.?|pt\.?|points|%)\)?[\s.;]*$")
            .expect("static pattern")
    });
    let Some(c) = TRAILING.captures(text) else {
        return text;
    };
    let same = c.get(1).and_then(|n| n.as_str().parse().ok()) == points;
    let head = text[..c.get(0).map_or(text.len(), |m| m.start())].trim_end();
    if same && !head.is_empty() { head } else { text }
}

/// A table's header row over the criteria ("Criterium\tWeging", "Criterium
/// Punten"): a few words without a digit, one of them naming the points.
pub(super) fn is_column_header(text: &str) -> bool {
    const POINT_WORDS: &[&str] = &[
        "punten",
        "weging",
        "gewicht",
        "score",
        "points",
        "weight",
        "max. punten",
        "percentage",
    ];
    let lower = fold(text);
    let cells: Vec<&str> = lower
        .split(['\t', '|'])
        .flat_map(|c| c.split("  "))
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    let words = lower.split_whitespace().count();
    !lower.contains(|c: char| c.is_ascii_digit())
        && words <= 4
        && (cells.iter().any(|c| POINT_WORDS.contains(c))
            || lower
                .split_whitespace()
                .last()
                .is_some_and(|w| POINT_WORDS.contains(&w)))
}

/// A number of points at the end of an item after a colon, tab, bar or
/// dash ("…: 30", "… | 40", "… - 50%"), a weight ("… - weight 45", "… weging 20"), a printed column's gap
/// ("… omgeving     35%") or a percentage after the words ("CV en ervaring 40%").
pub(super) fn bare_points(text: &str) -> Option<u32> {
    static BARE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:[:\t]|[\p{L})] ?\||(?i:weight|weging|gewicht):?|\S {3,}|\S [-–—] )\s*(\d{1,3})\s*%?$|\p{L}\)? (\d{1,3})\s*%$")
            .expect("static pattern")
    });
    let c = BARE.captures(text.trim_end())?;
    let n: u32 = c.get(1).or_else(|| c.get(2))?.as_str().parse().ok()?;
    (1..=100).contains(&n).then_some(n)
}

/// A number in brackets that ends a row ("ervaring inspectie (40)"): its
/// points only where the list's such numbers make 100 (`criteria.rs`).
pub(super) fn bracketed_points(text: &str) -> Option<u32> {
    let inner = text.trim_end().strip_suffix(')')?;
    let (_, n) = inner.rsplit_once('(')?;
    let n: u32 = n.trim().parse().ok()?;
    (1..=100).contains(&n).then_some(n)
}

/// A number that ends a few words ("Tarief 30"), as points.
pub(super) fn trailing_number(text: &str) -> Option<u32> {
    let (head, n) = text.trim_end().rsplit_once(' ')?;
    let n: u32 = n.parse().ok()?;
    (head.chars().last()?.is_alphabetic() && (1..=100).contains(&n)).then_some(n)
}

/// An item that ends in the whole of the list ("prijs: 40 (totaal 100
/// punten)"): the item before it and that whole.
pub(super) fn with_total(text: &str) -> Option<(&str, u32)> {
    static TOTAL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)[\s;,]*[(\[]?\s*(?:totaal|total|samen)\s*:?\s*(\d{1,3})\s*(?:punten|points|pt|%)?\s*[)\]]?\.?\s*$")
            .expect("static pattern")
    });
    let c = TOTAL.captures(text)?;
    let head = text[..c.get(0)?.start()].trim_end();
    (!head.is_empty()).then_some((head, c[1].parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_with_and_without_a_percent_sign() {
        assert_eq!(points_of("Prijs (weging 25)"), Some(25));
        assert_eq!(points_of("Ervaring, weging 20%"), Some(20));
        assert_eq!(points_of("Cv (40%)"), Some(40));
        assert_eq!(points_of("Weging van de criteria"), None);
    }

    #[test]
    fn bare_points_after_a_colon_tab_bar_or_gap() {
        assert_eq!(bare_points("Prijs: 30"), Some(30));
        assert_eq!(
            bare_points("Ervaring met bezwaarschriftencommissies | 30"),
            Some(30)
        );
        assert_eq!(bare_points("Prijs |40%"), Some(40));
        assert_eq!(bare_points("Omgevingswet en Wabo"), None);
        // a page's footer: its page number after a bar
        assert_eq!(
            bare_points("ODT | Inhuuropdracht ODT-2026-INH-119   2 | 2"),
            None
        );
    }

    #[test]
    fn a_criterions_name_without_its_points() {
        for (t, want) in [
            ("Tarief: 30 punten", "Tarief"),
            (
                "Motivatie en aanpak (max. 1 A4) ....................... 30 punten",
                "Motivatie en aanpak (max. 1 A4)",
            ),
            ("Prijs (30 punten)", "Prijs"),
            ("Ervaring – 30 punten", "Ervaring"),
            ("Ervaring met 20 projecten", "Ervaring met 20 projecten"),
        ] {
            assert_eq!(without_points(t, Some(30)), want, "{t}");
        }
        assert_eq!(
            without_points("Prijs (30 punten)", Some(20)),
            "Prijs (30 punten)"
        );
    }
}
