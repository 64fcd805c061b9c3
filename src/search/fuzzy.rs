//! Fuzzy matching on folded keys ("coordinator" finds "Coördinator").

use crate::posting::normalize::fold;
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// Scores folded search keys against a query (folded here too).
pub struct Matcher {
    inner: SkimMatcherV2,
}

impl Default for Matcher {
    fn default() -> Self {
        Matcher {
            inner: SkimMatcherV2::default().ignore_case(),
        }
    }
}

impl Matcher {
    /// The score and the matched character positions in `folded_key`, or
    /// `None` when the query does not match. An empty query matches all.
    pub fn score(&self, folded_key: &str, query: &str) -> Option<(i64, Vec<usize>)> {
        let q = fold(query.trim());
        if q.is_empty() {
            return Some((0, Vec::new()));
        }
        self.inner.fuzzy_indices(folded_key, &q)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_diacritics_both_ways() {
        let m = Matcher::default();
        let key = fold("Coördinator Vluchtelingenopvangbeleid Wijdmeren");
        assert!(m.score(&key, "coordinator").is_some());
        assert!(m.score(&key, "Coördinator").is_some());
        assert!(
            m.score(&fold("Klantmanager Inburgering"), "klantmgr")
                .is_some()
        );
        assert!(m.score(&key, "zzzz").is_none());
    }
}
