//! The search keys of every record, packed for the interface's search
//! worker (issue 16: memory at 100,000 postings). A key's short part is
//! kept as text, for the fuzzy match; its criteria part as the numbers of
//! its distinct words in one vocabulary shared by all keys. What a search
//! asks of the criteria part is whether a query word occurs in it as a
//! substring; a query word holds no white space, so it occurs in the part
//! exactly when it occurs in one of its words, that is when the key holds a
//! vocabulary word that contains it. [`PackedKeys::score`] scores as
//! [`Matcher::score_query`] does over the key as text.

use super::fuzzy::{Matcher, Query};
use super::key::split;
use crate::pipeline::PostingRecord;
use std::collections::HashMap;

/// The keys, in record order.
#[derive(Debug, Default)]
pub struct PackedKeys {
    /// Every short part, one after the other; key `i`'s ends at
    /// `short_ends[i]`.
    short: String,
    short_ends: Vec<usize>,
    /// Per key, the numbers of its distinct criteria words, each in a block
    /// of its own size (so adding keys never copies the ones before).
    words: Vec<Box<[u32]>>,
    /// The distinct criteria words of all keys, by number.
    vocabulary: Vec<Box<str>>,
    /// While keys are added: the number of each vocabulary word, and room
    /// for one key's numbers. (foldhash: some 13 million look-ups at
    /// 100,000 keys, which SipHash made the most of packing's time.)
    numbers: HashMap<Box<str>, u32, foldhash::fast::RandomState>,
    scratch: Vec<u32>,
}

/// Per query word, per vocabulary word: whether the latter contains the
/// former (made once per search pass, see [`PackedKeys::contains`]).
pub struct Contains(Vec<Vec<bool>>);

impl PackedKeys {
    /// Room for `n` keys.
    pub fn with_capacity(n: usize) -> PackedKeys {
        PackedKeys {
            short_ends: Vec::with_capacity(n),
            words: Vec::with_capacity(n),
            ..PackedKeys::default()
        }
    }

    /// Takes the search keys out of `records` (which keep empty ones),
    /// packed in record order.
    pub fn take_from(records: &mut [PostingRecord]) -> PackedKeys {
        let mut keys = PackedKeys::with_capacity(records.len());
        for r in records {
            keys.push(&std::mem::take(&mut r.search_key));
        }
        keys.finish()
    }

    /// Adds the next key (a search key, `search::key`'s form or an older
    /// one without a criteria part).
    pub fn push(&mut self, key: &str) {
        let (short, criteria) = split(key);
        self.short.push_str(short);
        self.short_ends.push(self.short.len());
        self.scratch.clear();
        for word in criteria.split_whitespace() {
            let number = match self.numbers.get(word) {
                Some(&n) => n,
                None => {
                    // a vocabulary of 2^32 words would take keys of more
                    // than 8 GB; past that, words would share the last
                    // number (never reached in memory)
                    let n = u32::try_from(self.vocabulary.len()).unwrap_or(u32::MAX);
                    self.vocabulary.push(word.into());
                    self.numbers.insert(word.into(), n);
                    n
                }
            };
            self.scratch.push(number);
        }
        self.scratch.sort_unstable();
        self.scratch.dedup();
        self.words.push(self.scratch.as_slice().into());
    }

    /// Done adding: the lookup table of the vocabulary goes.
    pub fn finish(mut self) -> PackedKeys {
        self.numbers = HashMap::default();
        self.scratch = Vec::new();
        self
    }

    /// How many keys there are.
    pub fn len(&self) -> usize {
        self.short_ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.short_ends.is_empty()
    }

    /// Key `i`'s short (fuzzy) part.
    pub fn short(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.short_ends[i - 1] };
        &self.short[start..self.short_ends[i]]
    }

    /// Which vocabulary words contain each word of `query`.
    pub fn contains(&self, query: &Query) -> Contains {
        Contains(
            query
                .words()
                .iter()
                .map(|w| {
                    self.vocabulary
                        .iter()
                        .map(|v| v.contains(w.as_str()))
                        .collect()
                })
                .collect(),
        )
    }

    /// Key `i`'s score for `query` ([`Matcher::score_query`] over the key
    /// as text); `contains` is [`PackedKeys::contains`] of the same query.
    pub fn score(&self, m: &Matcher, i: usize, query: &Query, contains: &Contains) -> Option<i64> {
        m.score_parts(self.short(i), query, |w| self.in_criteria(i, w, contains))
    }

    /// Key `i`'s score for the `w`-th word of `query` alone (its part of
    /// [`PackedKeys::score`]).
    pub fn word_score(
        &self,
        m: &Matcher,
        i: usize,
        query: &Query,
        w: usize,
        contains: &Contains,
    ) -> Option<i64> {
        self.word_or_longer(m, i, query, w, contains).flatten()
    }

    /// Key `i` against the `w`-th word of `query` alone, for narrowing
    /// ([`Matcher::word_or_longer`]).
    pub fn word_or_longer(
        &self,
        m: &Matcher,
        i: usize,
        query: &Query,
        w: usize,
        contains: &Contains,
    ) -> Option<Option<i64>> {
        let word = query.words().get(w)?;
        m.word_or_longer(self.short(i), word, || self.in_criteria(i, w, contains))
    }

    /// Whether key `i`'s criteria part holds the `w`-th query word.
    fn in_criteria(&self, i: usize, w: usize, contains: &Contains) -> bool {
        let words = self.words.get(i).map_or(&[][..], |w| &w[..]);
        contains.0.get(w).is_some_and(|hits| {
            words
                .iter()
                .any(|&n| hits.get(n as usize).copied().unwrap_or(false))
        })
    }
}

impl From<Vec<String>> for PackedKeys {
    fn from(keys: Vec<String>) -> PackedKeys {
        let mut p = PackedKeys::with_capacity(keys.len());
        for k in keys {
            p.push(&k);
        }
        p.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::key::CRITERIA_SEPARATOR;

    /// Every key scores as the matcher scores its text, for query words
    /// that are whole words, parts of words, words of the short part, and
    /// none; keys of the older form (no criteria part) too.
    #[test]
    fn packed_keys_score_as_the_keys_do() {
        let keys: Vec<String> = [
            "coordinator wmo utrecht\nervaring met wmo-taken; ervaring in het sociaal domein (wmo)",
            "klantmanager inburgering hilversum\nsuite4sociaal domein minimaal 3 jaar ervaring",
            "adviseur integraal werken hilversum\n",
            "an older key without criteria",
            "projectleider zaanstad\nvog vereist; hbo werk- en denkniveau",
        ]
        .iter()
        .map(|k| k.replace('\n', &CRITERIA_SEPARATOR.to_string()))
        .collect();
        let packed = PackedKeys::from(keys.clone());
        assert_eq!(packed.len(), keys.len());
        let m = Matcher::default();
        for q in [
            "wmo",
            "ervaring",
            "rvar",
            "taken;",
            "(wmo)",
            "suite",
            "4soc",
            "3",
            "hbo werk-",
            "coord wmo",
            "klantmgr domein",
            "hilversum",
            "older",
            "vereist zaanstad",
            "zzz",
            "e",
            "",
        ] {
            let query = Query::new(q);
            let contains = packed.contains(&query);
            for (i, k) in keys.iter().enumerate() {
                assert_eq!(
                    packed.score(&m, i, &query, &contains),
                    m.score_query(k, &query),
                    "{q:?} on {k:?}"
                );
            }
        }
        assert_eq!(packed.short(3), "an older key without criteria");
    }
}
