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

/// The key with each word of its criteria part once (sorted, joined by
/// spaces): what a search matches in the criteria part is a query word,
/// which holds no white space, as a substring, and such a substring lies
/// within one word of the part, so the matches are the same. The fuzzy
/// part is kept as it is. The interface holds its 100,000 keys in this form
/// (a third less room); a key without a criteria part is returned whole.
pub fn compact(key: &str) -> String {
    let Some((short, criteria)) = key.split_once(CRITERIA_SEPARATOR) else {
        return key.to_string();
    };
    let mut words: Vec<&str> = criteria.split_whitespace().collect();
    words.sort_unstable();
    words.dedup();
    // sized exactly: an allocator may keep a block that is shrunk later
    let spaces = words.len().saturating_sub(1);
    let len = short.len() + 1 + words.iter().map(|w| w.len()).sum::<usize>() + spaces;
    let mut out = String::with_capacity(len);
    out.push_str(short);
    out.push(CRITERIA_SEPARATOR);
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
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

    /// A compact key matches every query word exactly where the key does,
    /// in either part, and keeps the fuzzy part as it is.
    #[test]
    fn a_compact_key_matches_the_same_words() {
        let key = "coordinator wmo utrecht\nervaring met wmo-taken; ervaring in\u{a0}het sociaal  domein (wmo) en met de wet";
        let small = compact(key);
        assert_eq!(split(&small).0, split(key).0);
        assert!(small.len() < key.len());
        let criteria = split(key).1;
        let words: Vec<String> = (0..criteria.len())
            .flat_map(|i| (i + 1..=criteria.len()).map(move |j| (i, j)))
            .filter_map(|(i, j)| criteria.get(i..j))
            .filter(|w| !w.chars().any(char::is_whitespace))
            .map(str::to_string)
            .chain(["wmo-taken;", "domein (wmo)", "wet.", "xyz"].map(String::from))
            .collect();
        let m = crate::search::Matcher::default();
        for w in words.iter().filter(|w| !w.contains(' ')) {
            assert_eq!(
                split(&small).1.contains(w.as_str()),
                criteria.contains(w.as_str()),
                "{w:?}"
            );
            assert_eq!(m.score_only(&small, w), m.score_only(key, w), "{w:?}");
        }
        assert_eq!(compact("old key"), "old key");
    }
}
