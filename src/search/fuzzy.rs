//! Fuzzy matching on folded keys ("coordinator" finds "Coördinator").
//!
//! Each word of the query must match on its own (so "wmo utrecht" finds
//! postings with both): fuzzily in the key's short part (title,
//! organisation, region, number) or as a substring of its criteria part (see
//! [`super::key`]). A fuzzy match must be tight: at least
//! [`MIN_SCORE_PER_CHAR`] points per query character. SkimMatcherV2 gives a
//! matched character 16 points and subtracts for gaps, so a floor at 16 keeps
//! matches that are mostly contiguous or on word starts and drops letters
//! scattered over a 1,000-character key, which otherwise match anything.

use super::skim::Skim;
use crate::posting::normalize::fold;
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// The least score per query character that counts as a match.
pub const MIN_SCORE_PER_CHAR: i64 = 16;

/// The least score a word must reach in the fuzzy part of a key.
fn floor(word: &str) -> i64 {
    MIN_SCORE_PER_CHAR * word.chars().count() as i64
}

/// Whether `word` can match `key` at all: its bytes occur in `key` in
/// order, ASCII letters in either case. SkimMatcherV2 compares characters
/// the same way (`eq_ignore_ascii_case`) and first checks exactly this, but
/// on characters it copies out of the key; most keys fail here, so checking
/// the bytes in place first (memchr) makes a search over every key cheap
/// without changing what matches.
fn may_match(key: &str, word: &str) -> bool {
    let mut rest = key.as_bytes();
    for &b in word.as_bytes() {
        let at = if b.is_ascii_alphabetic() {
            memchr::memchr2(b.to_ascii_lowercase(), b.to_ascii_uppercase(), rest)
        } else {
            memchr::memchr(b, rest)
        };
        match at {
            Some(i) => rest = &rest[i + 1..],
            None => return false,
        }
    }
    true
}

/// Scores folded search keys against a query (folded here too).
pub struct Matcher {
    /// For matched positions (highlighting, [`Matcher::score`]).
    inner: SkimMatcherV2,
    /// The same scores without positions, cheaper (see [`super::skim`]).
    skim: Skim,
}

impl Default for Matcher {
    fn default() -> Self {
        Matcher {
            inner: SkimMatcherV2::default().ignore_case(),
            skim: Skim::default(),
        }
    }
}

/// A query folded and split into words once, to match against many keys.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    words: Vec<String>,
}

impl Query {
    pub fn new(query: &str) -> Self {
        Query {
            words: fold(query.trim())
                .split_whitespace()
                .map(str::to_string)
                .collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The folded words, each matched on its own.
    pub fn words(&self) -> &[String] {
        &self.words
    }
}

impl Matcher {
    /// The score and the matched character positions in the key's fuzzy
    /// part (see [`super::key`]), or `None` when the query does not match.
    /// Each word must match the fuzzy part tightly (at least
    /// [`MIN_SCORE_PER_CHAR`] per character) or occur in the criteria part.
    /// An empty query matches all.
    pub fn score(&self, folded_key: &str, query: &str) -> Option<(i64, Vec<usize>)> {
        let (short, criteria) = super::key::split(folded_key);
        let mut total = 0;
        let mut indices = Vec::new();
        for word in &Query::new(query).words {
            // the score as every search scores (a fresh matrix per call);
            // the crate's, whose matrix carries over, for the positions only
            match self.word_score(short, word) {
                Some(score) => {
                    total += score;
                    if let Some((_, idx)) = self.inner.fuzzy_indices(short, word) {
                        indices.extend(idx);
                    }
                }
                None if criteria.contains(word.as_str()) => total += floor(word),
                None => return None,
            }
        }
        indices.sort_unstable();
        indices.dedup();
        Some((total, indices))
    }

    /// The score alone (no positions: cheaper), under the same rules as
    /// [`Matcher::score`], for a query folded once.
    pub fn score_query(&self, folded_key: &str, query: &Query) -> Option<i64> {
        let (short, criteria) = super::key::split(folded_key);
        self.score_parts(short, query, |i| criteria.contains(query.words[i].as_str()))
    }

    /// [`Matcher::score_query`] with the key's short part and, for the
    /// criteria part, `in_criteria(i)`: whether the query's `i`-th word
    /// occurs in it (asked only of a word the short part misses).
    pub fn score_parts(
        &self,
        short: &str,
        query: &Query,
        mut in_criteria: impl FnMut(usize) -> bool,
    ) -> Option<i64> {
        let mut total = 0;
        for (i, word) in query.words.iter().enumerate() {
            total += self.word_or_criteria(short, word, || in_criteria(i))?;
        }
        Some(total)
    }

    /// One query word's part of [`Matcher::score_parts`]: its fuzzy score
    /// in the short part, or the floor when `in_criteria()` says the
    /// criteria part holds it.
    pub fn word_or_criteria(
        &self,
        short: &str,
        word: &str,
        in_criteria: impl FnOnce() -> bool,
    ) -> Option<i64> {
        self.word_or_longer(short, word, in_criteria).flatten()
    }

    /// One query word against a key, for narrowing a search as it is
    /// typed: `Some(Some(score))` when it matches ([`Matcher::word_or_criteria`]),
    /// `Some(None)` when it does not but a word that starts with it still
    /// could (its letters occur in the short part in order: a longer word
    /// can reach the floor where its start does not, "co" in
    /// "wijkcoordinator" where "c" alone does not), `None` when no such word
    /// can match.
    pub fn word_or_longer(
        &self,
        short: &str,
        word: &str,
        in_criteria: impl FnOnce() -> bool,
    ) -> Option<Option<i64>> {
        if !may_match(short, word) {
            return in_criteria().then_some(Some(floor(word)));
        }
        match self
            .skim
            .fuzzy_match(short, word)
            .filter(|s| *s >= floor(word))
        {
            Some(score) => Some(Some(score)),
            None if in_criteria() => Some(Some(floor(word))),
            None => Some(None),
        }
    }

    /// The score of one folded query word in the short (fuzzy) part of a
    /// key, when it matches tightly enough.
    pub fn word_score(&self, short: &str, word: &str) -> Option<i64> {
        if !may_match(short, word) {
            return None;
        }
        self.skim
            .fuzzy_match(short, word)
            .filter(|s| *s >= floor(word))
    }

    /// [`Matcher::score_query`] for a query given as text.
    pub fn score_only(&self, folded_key: &str, query: &str) -> Option<i64> {
        self.score_query(folded_key, &Query::new(query))
    }

    /// Character positions in `text` (unfolded, for display) that the words
    /// of `query` match, each word on its own and held to the same floor as
    /// [`Matcher::score`]; words that do not match `text` add nothing.
    pub fn highlight(&self, text: &str, query: &str) -> Vec<usize> {
        let (folded, map) = fold_with_map(text);
        let mut out = Vec::new();
        for word in fold(query.trim()).split_whitespace() {
            if self
                .skim
                .fuzzy_match(&folded, word)
                .is_some_and(|score| score >= floor(word))
                && let Some((_, idx)) = self.inner.fuzzy_indices(&folded, word)
            {
                out.extend(idx.into_iter().filter_map(|i| map.get(i).copied()));
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// Folds `text` and maps every folded char back to its source char index.
pub fn fold_with_map(text: &str) -> (String, Vec<usize>) {
    let mut folded = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len());
    let mut buf = [0u8; 4];
    for (i, c) in text.chars().enumerate() {
        for fc in fold(c.encode_utf8(&mut buf)).chars() {
            folded.push(fc);
            map.push(i);
        }
    }
    (folded, map)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte check never drops a key SkimMatcherV2 would match: every
    /// word against every key of a mixed set (accents, case, digits, signs).
    #[test]
    fn the_byte_check_keeps_every_match() {
        let keys = [
            "coordinator wmo utrecht 10003",
            "Klantmanager Werk en Inkomen Hilversum",
            "beleidsmedewerker ruimte € 95 p/u",
            "cooördinator jeugd-zorg 's-hertogenbosch",
            "projectleider ict/i-domein inh-2026-0037",
            "",
        ];
        let words = [
            "wmo",
            "klantmgr",
            "KLANT",
            "€",
            "95",
            "p/u",
            "oord",
            "coo",
            "s-h",
            "i-d",
            "2026",
            "0037",
            "zzz",
            "ö",
            "jeugdzorg",
            "x",
            "",
        ];
        let skim = SkimMatcherV2::default().ignore_case();
        for key in keys {
            for word in words {
                if skim.fuzzy_match(key, word).is_some() {
                    assert!(may_match(key, word), "{word:?} in {key:?}");
                }
            }
        }
        assert!(!may_match("coordinator", "zzz"));
        assert!(may_match("Coordinator", "cdr"));
    }

    #[test]
    fn highlight_positions_follow_diacritics() {
        let m = Matcher::default();
        assert_eq!(
            m.highlight("Coördinator", "coordinator"),
            (0..11).collect::<Vec<_>>()
        );
        assert_eq!(m.highlight("Wmo Utrecht", "wmo hilversum"), vec![0, 1, 2]);
    }

    #[test]
    fn score_only_agrees_with_score() {
        let m = Matcher::default();
        let key = fold("Beleidsadviseur Wmo gemeente Utrecht");
        for q in ["wmo utrecht", "wmo hilversum", "bldsadv", "", "zzz"] {
            assert_eq!(m.score_only(&key, q), m.score(&key, q).map(|s| s.0), "{q}");
        }
    }

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
        assert!(
            m.score(&fold("Coördinator Wmo Utrecht"), "coordwmo")
                .is_some()
        );
        assert!(m.score(&key, "zzzz").is_none());
    }

    #[test]
    fn every_word_must_match() {
        let m = Matcher::default();
        let key = fold("Beleidsadviseur Wmo gemeente Utrecht");
        assert!(m.score(&key, "wmo utrecht").is_some());
        assert!(m.score(&key, "wmo hilversum").is_none());
        assert_eq!(m.score(&key, "  ").map(|s| s.0), Some(0));
    }

    #[test]
    fn criteria_match_as_substrings() {
        let m = Matcher::default();
        let key = format!(
            "klantmanager inburgering hilversum{}ervaring met het systeem suite van centric",
            super::super::key::CRITERIA_SEPARATOR
        );
        assert!(m.score(&key, "centric").is_some(), "a criteria word");
        assert!(
            m.score(&key, "klantmgr suite").is_some(),
            "fuzzy title word and criteria word"
        );
        assert!(m.score(&key, "cntrc").is_none(), "criteria are not fuzzy");
        assert_eq!(
            m.score(&key, "centric").map(|s| s.1),
            Some(vec![]),
            "no positions in the title"
        );
        let q = Query::new("Klantmgr");
        assert_eq!(
            m.score_query(&key, &q),
            m.score(&key, "klantmgr").map(|s| s.0)
        );
    }

    #[test]
    fn letters_scattered_over_a_long_key_do_not_match() {
        let m = Matcher::default();
        let key = fold(
            "Klantmanager Inburgering en Participatie Hilversum Noord-Holland Aantoonbare afgeronde opleiding op minimaal hbo bachelor niveau Minimaal 3 jaar aantoonbare werkervaring met de doelgroep statushouders op het gebied van de Wet inburgering",
        );
        assert!(m.score(&key, "coordinator").is_none());
        assert!(m.score(&key, "klantmanager").is_some());
    }
}
