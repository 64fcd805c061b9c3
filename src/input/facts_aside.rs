//! A page's facts sidebar: an `<aside>` that holds the posting's labelled
//! facts ("Referentie", "Start", "Uren", "Max. tarief", "Sluiting"), as
//! many job pages set them beside the article. Other asides are chrome and
//! are dropped with it; this one becomes a `<section>` at the end of the
//! page's main content (inside its `<main>` or `<article>`), so what only
//! the sidebar states is read.

use std::borrow::Cow;

/// Words that label a posting's facts (lowercase, whole words).
const FACT_WORDS: &[&str] = &[
    "referentie",
    "aanvraagnummer",
    "regio",
    "provincie",
    "start",
    "startdatum",
    "einde",
    "einddatum",
    "looptijd",
    "uren",
    "tarief",
    "uurtarief",
    "schaal",
    "functieschaal",
    "sluiting",
    "sluitingsdatum",
    "deadline",
    "reageren",
    "hours",
    "rate",
    "closing",
];

/// How many different fact words make an aside a facts sidebar.
const MIN_FACTS: usize = 3;

/// The page with each facts sidebar moved into its main content as a
/// `<section>`; a page without one is returned as it is.
pub fn repair(html: &str) -> Cow<'_, str> {
    let lower = html.to_ascii_lowercase();
    let mut moved = String::new();
    let mut out = String::with_capacity(html.len());
    let mut last = 0;
    let mut from = 0;
    while let Some(open) = lower[from..].find("<aside").map(|i| from + i) {
        let Some(close) = lower[open..].find("</aside").map(|i| open + i) else {
            break;
        };
        let end = lower[close..]
            .find('>')
            .map_or(lower.len(), |i| close + i + 1);
        from = end;
        let Some(body_start) = lower[open..close].find('>').map(|i| open + i + 1) else {
            continue;
        };
        if !names_facts(&lower[body_start..close]) {
            continue;
        }
        out.push_str(&html[last..open]);
        moved.push_str("<section>");
        moved.push_str(&html[body_start..close]);
        moved.push_str("</section>");
        last = end;
    }
    if moved.is_empty() {
        return Cow::Borrowed(html);
    }
    out.push_str(&html[last..]);
    // into the content the page reader keeps, else where the body ends
    let out_lower = out.to_ascii_lowercase();
    let at = ["</article", "</main", "</body"]
        .iter()
        .find_map(|t| out_lower.rfind(t))
        .unwrap_or(out.len());
    out.insert_str(at, &moved);
    Cow::Owned(out)
}

/// Whether the text of an aside's markup names several posting facts.
fn names_facts(markup: &str) -> bool {
    let mut text = String::with_capacity(markup.len());
    let mut in_tag = false;
    for c in markup.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let mut seen: Vec<&str> = Vec::new();
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        if let Some(w) = FACT_WORDS.iter().find(|w| **w == word)
            && !seen.contains(w)
        {
            seen.push(w);
        }
    }
    seen.len() >= MIN_FACTS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_facts_sidebar_moves_into_the_article() {
        let page = "<body><article><h1>Rol</h1><p>Tekst</p></article><aside class=\"facts\"><p><span>Start</span> 25-01-2027</p><p><span>Uren</span> 32</p><p><span>Sluiting</span> 17 december</p></aside><footer>x</footer></body>";
        let out = repair(page);
        assert_eq!(
            out,
            "<body><article><h1>Rol</h1><p>Tekst</p><section><p><span>Start</span> 25-01-2027</p><p><span>Uren</span> 32</p><p><span>Sluiting</span> 17 december</p></section></article><footer>x</footer></body>"
        );
    }

    #[test]
    fn other_asides_stay_where_they_are() {
        let page = "<article>a</article><aside>Deel deze pagina</aside>";
        assert!(matches!(repair(page), Cow::Borrowed(_)));
        assert!(matches!(repair("<aside>Start"), Cow::Borrowed(_)));
    }
}
