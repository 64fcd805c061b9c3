//! What the fuzzy search needs without loading every posting (schema v4):
//! the short part of every search key from its own index, the postings whose
//! criteria contain a word from the criteria's trigram index, and then the
//! records of the hits alone. Postings are named here by their row number
//! (`seq`, import order), which every index carries: no id is copied out
//! for the many keys that do not match.

use super::read::{RECORD_COLUMNS, raw_record, to_record};
use super::{Store, StoreError};
use crate::pipeline::PostingRecord;
use crate::search::narrow::KeyChunk;
use rusqlite::OptionalExtension;
use std::collections::HashSet;

/// How many short keys a chunk holds: enough that handing a chunk on costs
/// nothing next to matching it, few enough that matching starts early.
pub const KEY_CHUNK: usize = 4096;

impl Store {
    /// Every posting's row number with the short (fuzzy) part of its search
    /// key, read from the `postings_search_short` index alone and handed to
    /// `each` in chunks of [`KEY_CHUNK`], so a search can match one chunk
    /// while the next is read.
    pub fn short_keys(&self, each: &mut dyn FnMut(KeyChunk<i64>)) -> Result<(), StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT seq, search_short FROM postings INDEXED BY postings_search_short")?;
        let mut rows = stmt.query([])?;
        let mut chunk = KeyChunk::with_capacity(KEY_CHUNK);
        while let Some(row) = rows.next()? {
            let key = row.get_ref(1)?;
            chunk.push(row.get(0)?, key.as_str().map_err(rusqlite::Error::from)?);
            if chunk.len() == KEY_CHUNK {
                each(std::mem::replace(
                    &mut chunk,
                    KeyChunk::with_capacity(KEY_CHUNK),
                ));
            }
        }
        if !chunk.is_empty() {
            each(chunk);
        }
        Ok(())
    }

    /// Row numbers of the postings whose criteria part of the search key
    /// contains `word` (folded, like the key) as a substring. Words of three
    /// characters or more go through the trigram index; shorter ones are
    /// looked for in every key.
    pub fn seqs_with_criteria_word(&self, word: &str) -> Result<HashSet<i64>, StoreError> {
        let (sql, arg) = if word.chars().count() >= 3 {
            (
                "SELECT rowid FROM criteria_fts WHERE criteria_fts MATCH ?1",
                format!("\"{}\"", word.replace('"', "\"\"")),
            )
        } else {
            (
                "SELECT seq FROM postings WHERE instr(search_criteria, ?1) > 0",
                word.to_string(),
            )
        };
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_map([arg], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The records with these row numbers, in import order; unknown and
    /// archived ones are skipped.
    pub fn records(&self, seqs: &[i64]) -> Result<Vec<PostingRecord>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {RECORD_COLUMNS} FROM postings WHERE seq = ?1 AND archived_at IS NULL"
        ))?;
        let mut found = Vec::with_capacity(seqs.len());
        for seq in in_import_order(seqs) {
            let mut rows = stmt.query([seq])?;
            if let Some(row) = rows.next()? {
                found.push(to_record(raw_record(row, 0)?)?);
            }
        }
        Ok(found)
    }

    /// The records with these ids, in import order (see [`Store::records`]).
    pub fn records_with_ids(&self, ids: &[String]) -> Result<Vec<PostingRecord>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT seq FROM postings WHERE id = ?1")?;
        let mut seqs = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(seq) = stmt.query_row([id], |r| r.get(0)).optional()? {
                seqs.push(seq);
            }
        }
        self.records(&seqs)
    }
}

/// Row numbers sorted, each once: the order of import.
pub(super) fn in_import_order(seqs: &[i64]) -> Vec<i64> {
    let mut sorted = seqs.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    sorted
}

#[cfg(test)]
impl Store {
    /// Every short key at once, for tests.
    pub(crate) fn short_keys_all(&self) -> Vec<(i64, String)> {
        let mut all = Vec::new();
        self.short_keys(&mut |chunk| all.extend(chunk.iter().map(|(id, k)| (*id, k.to_string()))))
            .unwrap();
        all
    }

    /// The ids (sorted) of the postings whose criteria contain `word`, for tests.
    pub(crate) fn ids_with_criteria_word(&self, word: &str) -> Vec<String> {
        let seqs: Vec<i64> = self
            .seqs_with_criteria_word(word)
            .unwrap()
            .into_iter()
            .collect();
        let mut ids: Vec<String> = self
            .records(&seqs)
            .unwrap()
            .into_iter()
            .map(|r| r.id)
            .collect();
        ids.sort();
        ids
    }
}
