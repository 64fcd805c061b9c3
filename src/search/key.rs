//! The search key of a posting, made once when it is stored: a short part
//! (title, organisation, region, request number) for fuzzy matching, a
//! newline, and the criteria's text, where query words match as substrings.
//! Both parts are folded (lowercase, accents dropped), so a query needs
//! folding only once per keystroke. Fuzzy matching over the criteria too
//! was slow (keys of ~900 characters) and matched almost anything.

use crate::posting::Posting;
use crate::posting::normalize::fold;

/// Separates the fuzzy part of a key from the criteria part.
pub const CRITERIA_SEPARATOR: char = '\n';

/// The folded search key of a posting.
pub fn search_key(p: &Posting) -> String {
    let short: Vec<&str> = [
        Some(p.title.as_str()),
        p.organisation.as_deref(),
        p.region.as_deref(),
        p.request_number.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect();
    let criteria: Vec<&str> = p
        .knockout
        .iter()
        .map(|c| c.text.as_str())
        .chain(p.award.iter().map(|c| c.text.as_str()))
        .collect();
    let clean = |s: String| fold(&s).replace(['\n', '\t', '\r'], " ");
    format!(
        "{}{CRITERIA_SEPARATOR}{}",
        clean(short.join(" ")),
        clean(criteria.join(" "))
    )
}

/// The fuzzy part and the criteria part of a key. A key written before the
/// split (no separator) is all fuzzy part.
pub fn split(key: &str) -> (&str, &str) {
    key.split_once(CRITERIA_SEPARATOR).unwrap_or((key, ""))
}

/// Whether a stored key is in the current form.
pub fn is_current(key: &str) -> bool {
    key.contains(CRITERIA_SEPARATOR)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::posting::KnockoutCriterion;

    #[test]
    fn short_part_then_criteria() {
        let p = Posting {
            title: "Coördinator Wmo".into(),
            organisation: Some("Utrecht".into()),
            knockout: vec![KnockoutCriterion {
                number: 1,
                text: "Ervaring\nmet Suite".into(),
            }],
            ..Posting::default()
        };
        let k = search_key(&p);
        assert_eq!(split(&k), ("coordinator wmo utrecht", "ervaring met suite"));
        assert!(is_current(&k));
        assert_eq!(split("old key"), ("old key", ""));
    }
}
