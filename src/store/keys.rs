//! What the fuzzy search needs without loading every posting (schema v4):
//! the short part of every search key from its own index, the postings whose
//! criteria contain a word from the criteria's trigram index, and then the
//! records of the hits alone. Postings are named here by their row number
//! (`seq`, import order), which every index carries: no id is copied out
//! for the many keys that do not match.

use super::read::{RECORD_COLUMNS, raw_record, to_record};
use super::{Store, StoreError};
use crate::pipeline::PostingRecord;
use rusqlite::OptionalExtension;
use std::collections::HashSet;

impl Store {
    /// Every posting's row number with the short (fuzzy) part of its search
    /// key, read from the `postings_search_short` index alone.
    pub fn short_keys(&self) -> Result<Vec<(i64, String)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT seq, search_short FROM postings INDEXED BY postings_search_short")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
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
