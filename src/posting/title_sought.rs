//! A title written as a sentence about who is sought, as a post, a blog or
//! a thread heads it ("de Provincie Zeeland zoekt een interim Adviseur
//! Natuurvergunningen Wnb!", "Purmerend zoekt een beleidsmedewerker Woo (en
//! dat tarief valt mee)"): the title is the role sought, without the words
//! that only describe the hire ("interim", "tijdelijke", "ervaren").

use super::normalize::fold;
use super::title::names_a_role;
use regex::Regex;
use std::sync::LazyLock;

/// "de tijdelijke vervulling van de functie van Adviseur Ruimtelijke
/// Ordening ten behoeve van …": the role a letter names in a sentence, its
/// capitalised words (and the small words between them).
static FUNCTION_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:[Dd]e functie van|[Dd]e rol van|[Dd]e functie)\s+(?:een\s+|interim\s+)?(\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|en|van|de|voor))*)")
        .expect("static pattern")
});

/// The role a letter names in a sentence ("… de functie van Adviseur
/// Ruimtelijke Ordening ten behoeve van …"), for a text whose title line
/// names none.
pub fn function_named(text: &str) -> Option<String> {
    FUNCTION_OF.captures_iter(text).find_map(|c| {
        let mut role = c.get(1)?.as_str().trim();
        // small words end no name ("Adviseur Wonen en" before a lowercase word)
        while let Some((head, last)) = role.rsplit_once(' ') {
            if ["en", "van", "de", "voor"].contains(&last) {
                role = head.trim_end();
            } else {
                break;
            }
        }
        (role.split_whitespace().count() <= 6 && names_a_role(role)).then(|| role.to_string())
    })
}

/// The verbs of seeking, folded, with a space on each side.
const SEEKS: [&str; 5] = [
    " zoekt een ",
    " zoeken een ",
    " zoekt ",
    " zoeken ",
    " is op zoek naar een ",
];

/// Words before the role that describe the hire, not the work.
const DESCRIBING: [&str; 8] = [
    "een ",
    "interim ",
    "tijdelijke ",
    "tijdelijk ",
    "ervaren ",
    "enthousiaste ",
    "nieuwe ",
    "gedreven ",
];

/// The role a seeking sentence names, first letter in capitals; `None`
/// where the title is no such sentence.
pub fn sought(title: &str) -> Option<String> {
    // folding keeps the byte offsets only for ASCII text around the verb
    let folded = fold(title);
    if folded.len() != title.len() {
        return None;
    }
    let (verb, at) = SEEKS
        .iter()
        .find_map(|v| folded.find(v).map(|i| (i, i + v.len())))?;
    // "Wij zoeken een interim UX-researcher": a heading in the first
    // person is the title as written; an organisation seeking is not
    let subject = folded[..verb].trim();
    if ["wij", "we", "ik", "jij", "je", "u"].contains(&subject) {
        return None;
    }
    let mut rest = &title[at..];
    while let Some(word) = DESCRIBING.iter().find(|w| {
        rest.get(..w.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(w))
    }) {
        rest = &rest[word.len()..];
    }
    let end = rest
        .find(['!', '?', ':', '(', ',', ';'])
        .into_iter()
        .chain(
            [" – ", " — ", " - ", ". "]
                .iter()
                .filter_map(|s| rest.find(s)),
        )
        .min()
        .unwrap_or(rest.len());
    let role = rest[..end].trim().trim_end_matches('.');
    if role.split_whitespace().count() > 6 || !names_a_role(role) {
        return None;
    }
    let mut chars = role.chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_role_a_seeking_sentence_names() {
        assert_eq!(
            sought("de Provincie Zeeland zoekt een interim Adviseur Natuurvergunningen Wnb!")
                .as_deref(),
            Some("Adviseur Natuurvergunningen Wnb")
        );
        assert_eq!(
            sought("Purmerend zoekt een beleidsmedewerker Woo (en dat tarief valt mee)").as_deref(),
            Some("Beleidsmedewerker Woo")
        );
        assert_eq!(sought("Adviseur Wonen"), None);
        assert_eq!(
            function_named("verzoeken een offerte uit te brengen voor de tijdelijke vervulling van de functie van Adviseur Ruimtelijke Ordening ten behoeve van de afdeling").as_deref(),
            Some("Adviseur Ruimtelijke Ordening")
        );
        assert_eq!(sought("Wij zoeken een interim UX-researcher"), None);
        assert_eq!(
            sought("Wij zoeken een collega die van aanpakken houdt"),
            None
        );
    }
}
