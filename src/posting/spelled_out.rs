//! An organisation a text names by its letters ("DUO", "CJIB") is named in
//! full where the text spells them out beside them: "DUO (Dienst Uitvoering
//! Onderwijs)" or "Dienst Uitvoering Onderwijs (DUO)". The letters must be
//! the initials of the capitalised words (a trailing letter may stand for a
//! word written as one: "Centraal Justitieel Incassobureau (CJIB)"), its
//! small letters aside ("BsGW (Belastingsamenwerking Gemeenten en
//! Waterschappen)").

use regex::Regex;
use std::sync::LazyLock;

/// Capitalised words, with small lowercase words between them.
const NAME: &str = r"\p{Lu}[\p{L}-]+(?:\s+(?:van|de|der|het|en|voor|\p{Lu}[\p{L}-]+)){1,6}";

static AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(\p{{Lu}}[\p{{Lu}}\p{{Ll}}]{{1,5}})\s*\(({NAME})\)"
    ))
    .expect("static pattern")
});

static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"({NAME})\s*\((\p{{Lu}}[\p{{Lu}}\p{{Ll}}]{{1,5}})\)"
    ))
    .expect("static pattern")
});

/// The name `letters` stands for, as the text spells it out beside them.
pub fn name_of(letters: &str, text: &str) -> Option<String> {
    // "DUO", "CJIB", and letters with a small one between ("BsGW")
    let capitals: String = letters.chars().filter(|c| c.is_uppercase()).collect();
    if capitals.chars().count() < 2
        || letters.chars().count() > 6
        || !letters.chars().next().is_some_and(char::is_uppercase)
        || !letters.chars().all(char::is_alphabetic)
    {
        return None;
    }
    let after = AFTER
        .captures_iter(text)
        .filter(|c| &c[1] == letters)
        .map(|c| c[2].to_string());
    let before = BEFORE
        .captures_iter(text)
        .filter(|c| &c[2] == letters)
        .map(|c| c[1].to_string());
    after
        .chain(before)
        .find(|name| stands_for(&capitals, name))
        .map(|name| name.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Whether `letters` are the initials of the capitalised words of `name`.
fn stands_for(letters: &str, name: &str) -> bool {
    let initials: String = name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    initials.chars().count() >= 2
        && (initials == letters
            || (letters.starts_with(&initials)
                && letters.chars().count() == initials.chars().count() + 1))
}

#[cfg(test)]
mod tests {
    use super::name_of;

    #[test]
    fn letters_spelled_out_beside_them() {
        let t = "Voor onze relatie DUO (Dienst Uitvoering Onderwijs) zoeken wij";
        assert_eq!(
            name_of("DUO", t).as_deref(),
            Some("Dienst Uitvoering Onderwijs")
        );
        let t = "BsGW (Belastingsamenwerking Gemeenten en Waterschappen) heft en int";
        assert_eq!(
            name_of("BsGW", t).as_deref(),
            Some("Belastingsamenwerking Gemeenten en Waterschappen")
        );
        assert_eq!(name_of("Werk", "Werk (Gemeente Utrecht)"), None);
        let t = "bij het Centraal Justitieel Incassobureau (CJIB) in Leeuwarden";
        assert_eq!(
            name_of("CJIB", t).as_deref(),
            Some("Centraal Justitieel Incassobureau")
        );
        let t = "UWV (Uitvoeringsinstituut Werknemersverzekeringen)";
        assert_eq!(
            name_of("UWV", t).as_deref(),
            Some("Uitvoeringsinstituut Werknemersverzekeringen")
        );
    }

    #[test]
    fn other_brackets_are_no_name() {
        assert_eq!(name_of("DUO", "DUO (Groningen) zoekt"), None);
        assert_eq!(name_of("DUO", "DUO (Dienst Toeslagen) zoekt"), None);
        assert_eq!(name_of("Gemeente", "Gemeente (Den Haag)"), None);
    }
}
