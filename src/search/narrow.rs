//! Which postings a fuzzy query can match, from the short keys and a lookup
//! of criteria words alone, so a store can answer a search without loading
//! every posting. The rule is [`Matcher::score_query`]'s: each word matches
//! the short part tightly or occurs in the criteria part, so the result is
//! exactly the set that rule accepts.
//!
//! The keys come in chunks as they are read; another thread matches each
//! chunk while the next is read, so reading and matching take both cores.

use super::fuzzy::{Matcher, Query};
use std::collections::HashSet;
use std::hash::Hash;
use std::sync::mpsc;

/// Short keys as read, in order: their ids and their texts, the texts one
/// after another in one buffer (one allocation per chunk, not one per key:
/// a tenth of reading 10,000 keys went to allocating and freeing them).
pub struct KeyChunk<Id> {
    ids: Vec<Id>,
    text: String,
    ends: Vec<usize>,
}

impl<Id> KeyChunk<Id> {
    pub fn with_capacity(n: usize) -> Self {
        KeyChunk {
            ids: Vec::with_capacity(n),
            text: String::with_capacity(n * 80),
            ends: Vec::with_capacity(n),
        }
    }

    /// Adds one key.
    pub fn push(&mut self, id: Id, key: &str) {
        self.ids.push(id);
        self.text.push_str(key);
        self.ends.push(self.text.len());
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Each id with its key, in the order they were added.
    pub fn iter(&self) -> impl Iterator<Item = (&Id, &str)> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        self.ids
            .iter()
            .zip(starts.zip(&self.ends))
            .map(|(id, (start, &end))| (id, &self.text[start..end]))
    }
}

/// The ids (in the order they were read) whose key matches `query`.
/// `read(send)` hands every chunk of keys to `send`; `criteria_ids(word)`
/// gives the ids whose criteria part contains `word`, asked once per word
/// and only when some key's short part misses that word. A query of more
/// than 64 words keeps its first 64 (nobody types more).
pub fn matching_ids<Id: Clone + Eq + Hash + Send, E>(
    query: &Query,
    read: impl FnOnce(&mut dyn FnMut(KeyChunk<Id>)) -> Result<(), E>,
    mut criteria_ids: impl FnMut(&str) -> Result<HashSet<Id>, E>,
) -> Result<Vec<Id>, E> {
    let words: Vec<&str> = query.words().iter().take(64).map(String::as_str).collect();
    let all: u64 = if words.len() == 64 {
        u64::MAX
    } else {
        (1 << words.len()) - 1
    };
    // per key, which words its short part matches
    let hits: Vec<(Id, u64)> = std::thread::scope(|scope| {
        let (send, chunks) = mpsc::channel::<KeyChunk<Id>>();
        let words = &words;
        let worker = scope.spawn(move || {
            let m = Matcher::default();
            let mut out = Vec::new();
            for chunk in chunks {
                for (id, key) in chunk.iter() {
                    let mask = words
                        .iter()
                        .enumerate()
                        .filter(|(_, w)| m.word_score(key, w).is_some())
                        .fold(0u64, |mask, (i, _)| mask | 1 << i);
                    out.push((id.clone(), mask));
                }
            }
            out
        });
        let read = read(&mut |chunk| {
            // the worker ends only when the channel closes: a send fails
            // only if it panicked, and its join below reports that
            let _ = send.send(chunk);
        });
        drop(send);
        let hits = worker
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        read.map(|()| hits)
    })?;
    let mut in_criteria: Vec<Option<HashSet<Id>>> = vec![None; words.len()];
    for (i, word) in words.iter().enumerate() {
        if hits.iter().any(|(_, mask)| mask & (1 << i) == 0) {
            in_criteria[i] = Some(criteria_ids(word)?);
        }
    }
    Ok(hits
        .into_iter()
        .filter(|(id, mask)| {
            *mask == all
                || in_criteria.iter().enumerate().all(|(i, set)| {
                    mask & (1 << i) != 0 || set.as_ref().is_some_and(|s| s.contains(id))
                })
        })
        .map(|(id, _)| id)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::posting::{KnockoutCriterion, Posting};
    use crate::search::key::{search_key, split};

    fn posting(title: &str, org: &str, criterion: &str) -> Posting {
        Posting {
            title: title.into(),
            organisation: Some(org.into()),
            knockout: vec![KnockoutCriterion {
                number: 1,
                text: criterion.into(),
            }],
            ..Posting::default()
        }
    }

    /// The narrowed set equals what the matcher accepts over whole keys.
    #[test]
    fn same_result_as_the_matcher() {
        let postings = [
            posting("Coördinator Wmo", "Utrecht", "HBO werk- en denkniveau"),
            posting("Beleidsadviseur Jeugd", "Heerde", "Ervaring met Wmo-taken"),
            posting("Projectleider", "Zaanstad", "VOG vereist"),
            posting(
                "Klantmanager Werk en Inkomen",
                "Hilversum",
                "Suite4Sociaal Domein",
            ),
        ];
        let keys: Vec<(String, String)> = postings
            .iter()
            .enumerate()
            .map(|(i, p)| (format!("p{i}"), search_key(p)))
            .collect();
        let short: Vec<(String, String)> = keys
            .iter()
            .map(|(id, k)| (id.clone(), split(k).0.to_string()))
            .collect();
        let m = Matcher::default();
        for q in [
            "wmo",
            "coordwmo",
            "wmo utrecht",
            "suite",
            "vog",
            "hbo heerde",
            "klantmgr",
            "zzz",
            "jeugd wmo",
            "vo",
        ] {
            let query = Query::new(q);
            let want: Vec<String> = keys
                .iter()
                .filter(|(_, k)| m.score_query(k, &query).is_some())
                .map(|(id, _)| id.clone())
                .collect();
            let got = matching_ids(
                &query,
                |send| {
                    // in chunks of three, as a store hands them on
                    for part in short.chunks(3) {
                        let mut chunk = KeyChunk::with_capacity(3);
                        for (id, key) in part {
                            chunk.push(id.clone(), key);
                        }
                        send(chunk);
                    }
                    Ok(())
                },
                |word| {
                    Ok::<_, ()>(
                        keys.iter()
                            .filter(|(_, k)| split(k).1.contains(word))
                            .map(|(id, _)| id.clone())
                            .collect(),
                    )
                },
            )
            .unwrap();
            assert_eq!(got, want, "query {q:?}");
        }
    }
}
