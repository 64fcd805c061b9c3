//! What the fuzzy search needs without loading every posting (schema v4):
//! the short part of every search key from its own index, the postings whose
//! criteria contain a word from the criteria's trigram index, and then the
//! records of the hits alone.

use super::read::{RECORD_COLUMNS, raw_record, to_record};
use super::{Store, StoreError};
use crate::pipeline::PostingRecord;
use std::collections::HashSet;

impl Store {
    /// Every posting's id with the short (fuzzy) part of its search key,
    /// read from the `postings_search_short` index alone.
    pub fn short_keys(&self) -> Result<Vec<(String, String)>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT id, search_short FROM postings INDEXED BY postings_search_short ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Ids of the postings whose criteria part of the search key contains
    /// `word` (folded, like the key) as a substring. Words of three
    /// characters or more go through the trigram index; shorter ones are
    /// looked for in every key.
    pub fn ids_with_criteria_word(&self, word: &str) -> Result<HashSet<String>, StoreError> {
        let (sql, arg) = if word.chars().count() >= 3 {
            (
                "SELECT p.id FROM criteria_fts f JOIN postings p ON p.seq = f.rowid
                 WHERE criteria_fts MATCH ?1",
                format!("\"{}\"", word.replace('"', "\"\"")),
            )
        } else {
            (
                "SELECT id FROM postings WHERE instr(search_criteria, ?1) > 0",
                word.to_string(),
            )
        };
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_map([arg], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The records with these ids, in import order; unknown and archived
    /// ids are skipped.
    pub fn records(&self, ids: &[String]) -> Result<Vec<PostingRecord>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT seq, {RECORD_COLUMNS} FROM postings WHERE id = ?1 AND archived_at IS NULL"
        ))?;
        let mut found = Vec::with_capacity(ids.len());
        for id in ids {
            let mut rows = stmt.query([id])?;
            if let Some(row) = rows.next()? {
                let seq: i64 = row.get(0)?;
                found.push((seq, raw_record(row, 1)?));
            }
        }
        found.sort_by_key(|(seq, _)| *seq);
        found.into_iter().map(|(_, raw)| to_record(raw)).collect()
    }
}
