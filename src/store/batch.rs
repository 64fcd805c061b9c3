//! Importing many postings in one transaction (issue 16), with both
//! full-text indexes (`postings_words` over the original text, `criteria_fts`
//! over the criteria part of the search key) and the vocabulary of stored
//! words (`words.rs`) filled in bulk at the end of that same transaction
//! instead of by their triggers, posting by posting.
//!
//! Why: FTS5 writes the terms it holds in memory to disk as a new segment
//! at every savepoint and every statement that opens a statement journal,
//! so the triggers wrote one small segment per posting per index, and
//! merging those segments was most of an import's time. One
//! `INSERT … SELECT` per index per transaction writes one segment.
//!
//! The triggers are switched off for this connection only
//! (`SQLITE_DBCONFIG_ENABLE_TRIGGER`; every other process and every other
//! write of this one keep them) and back on before `import_batch` returns.
//! An update takes the row's old terms out of both indexes before it
//! rewrites the row (what the update triggers do); a row added or updated
//! is indexed at the end. The rows and their index entries commit together,
//! so a crash at any moment leaves the indexes matching the table.

use super::import::{ImportOutcome, import_in};
use super::words;
use super::{Store, StoreError};
use crate::posting::Posting;
use rusqlite::config::DbConfig;
use rusqlite::{Connection, TransactionBehavior};
use std::collections::BTreeSet;
use std::time::{Duration, Instant};

/// The rows of this transaction whose index entries are written at its end
/// (by `seq`). Rows not in it are indexed as stored.
#[derive(Debug, Default)]
pub(super) struct Deferred {
    rows: BTreeSet<i64>,
    /// The new texts' words, for the vocabulary at the end.
    words: BTreeSet<String>,
}

impl Deferred {
    /// Before row `seq`'s text and search key are rewritten: takes its
    /// current terms out of both indexes, unless this transaction added the
    /// row (or its last version) and has not indexed it yet.
    pub(super) fn unindex(&self, conn: &Connection, seq: i64) -> Result<(), StoreError> {
        if self.rows.contains(&seq) {
            return Ok(());
        }
        conn.prepare_cached(
            "INSERT INTO postings_words (postings_words, rowid, original_text)
             SELECT 'delete', seq, original_text FROM postings WHERE seq = ?1",
        )?
        .execute([seq])?;
        conn.prepare_cached(
            "INSERT INTO criteria_fts (criteria_fts, rowid, search_criteria)
             SELECT 'delete', seq, search_criteria FROM postings WHERE seq = ?1",
        )?
        .execute([seq])?;
        Ok(())
    }

    /// Writes the index entries of every row added or updated, one
    /// statement per index, and adds the new words of their texts to the
    /// vocabulary.
    fn index(&self, conn: &Connection) -> Result<(), StoreError> {
        if self.rows.is_empty() {
            return Ok(());
        }
        let seqs = serde_json::to_string(&self.rows).map_err(|e| StoreError::Corrupt {
            id: "-".into(),
            reason: e.to_string(),
        })?;
        conn.execute(
            "INSERT INTO postings_words (rowid, original_text)
             SELECT seq, original_text FROM postings
             WHERE seq IN (SELECT value FROM json_each(?1)) ORDER BY seq",
            [&seqs],
        )?;
        words::add(conn, &self.words)?;
        conn.execute(
            "INSERT INTO criteria_fts (rowid, search_criteria)
             SELECT seq, search_criteria FROM postings
             WHERE seq IN (SELECT value FROM json_each(?1)) ORDER BY seq",
            [&seqs],
        )?;
        Ok(())
    }
}

impl Store {
    /// Stores postings from the front of `items` in one immediate
    /// transaction (one commit, one fsync), each under its own savepoint: a
    /// posting that fails is rolled back alone and reported, the others are
    /// kept. Every posting is whole or absent after a crash, and the
    /// full-text indexes match the table (see the module comment). It stops
    /// taking postings once `budget` has passed since the lock was taken
    /// (after at least one), counting the time the indexes will take for
    /// the postings taken (at the last batch's rate), so the write lock is
    /// held about `budget` at most however slow the machine is; the
    /// outcomes say how many were taken, and the caller passes the rest again.
    pub fn import_batch(
        &mut self,
        items: &[(&Posting, &str)],
        budget: Duration,
    ) -> Result<Vec<Result<ImportOutcome, StoreError>>, StoreError> {
        self.conn
            .set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER, false)?;
        let result = batch(&mut self.conn, items, budget, self.index_per_row);
        // on again for every other write, whatever happened
        let on = self
            .conn
            .set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER, true);
        let (out, per_row) = result?;
        on?;
        self.index_per_row = per_row.unwrap_or(self.index_per_row);
        Ok(out)
    }
}

/// What the indexes take per posting before a batch has measured it
/// (about what they took on the 2-core project machine, see BENCHMARKS.md).
pub(super) const INDEX_PER_ROW_GUESS: Duration = Duration::from_micros(300);

/// Indexing fewer postings than this says too little about the rate.
const RATE_MIN_ROWS: usize = 8;

type Outcomes = Vec<Result<ImportOutcome, StoreError>>;

/// The batch with the triggers off; also the indexes' time per posting
/// when enough postings were indexed to tell.
fn batch(
    conn: &mut Connection,
    items: &[(&Posting, &str)],
    budget: Duration,
    index_per_row: Duration,
) -> Result<(Outcomes, Option<Duration>), StoreError> {
    let mut tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let locked = Instant::now();
    let mut deferred = Deferred::default();
    let mut out = Vec::with_capacity(items.len());
    for (posting, text) in items {
        let indexing = index_per_row * u32::try_from(deferred.rows.len()).unwrap_or(u32::MAX);
        if !out.is_empty() && locked.elapsed() + indexing >= budget {
            break;
        }
        let sp = tx.savepoint()?;
        match import_in(&sp, posting, text, Some(&deferred)) {
            Ok((o, seq)) => {
                sp.commit()?;
                if seq.is_some() {
                    deferred.words.extend(words::distinct([*text]));
                }
                deferred.rows.extend(seq);
                out.push(Ok(o));
            }
            Err(e) => {
                drop(sp); // rolls back this posting only
                out.push(Err(e));
            }
        }
    }
    let t = Instant::now();
    deferred.index(&tx)?;
    let rows = deferred.rows.len();
    let per_row = (rows >= RATE_MIN_ROWS).then(|| t.elapsed() / rows as u32);
    tx.commit()?;
    Ok((out, per_row))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::posting::{AwardCriterion, KnockoutCriterion};
    use crate::store::ImportKind;

    fn posting(number: &str, award: &str) -> Posting {
        Posting {
            title: "Coördinator Wmo".into(),
            request_number: Some(number.into()),
            organisation: Some("Hilversum".into()),
            knockout: vec![KnockoutCriterion {
                number: 1,
                text: "HBO".into(),
            }],
            award: vec![AwardCriterion {
                number: 1,
                text: award.into(),
                points: Some(60),
                rate_bands: vec![],
            }],
            ..Posting::default()
        }
    }

    /// FTS5's own check of both indexes against the table (rank 1: the
    /// content too), and the triggers on.
    fn assert_indexes_match(s: &Store) {
        for t in ["postings_words", "criteria_fts", "text_words_fts"] {
            s.conn
                .execute(
                    &format!("INSERT INTO {t} ({t}, rank) VALUES ('integrity-check', 1)"),
                    [],
                )
                .unwrap_or_else(|e| panic!("{t}: {e}"));
        }
        let on = s
            .conn
            .db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER)
            .unwrap();
        assert!(on, "triggers back on after a batch");
    }

    fn text_ids(s: &Store, q: &str) -> Vec<String> {
        s.search_text(q)
            .unwrap()
            .into_iter()
            .map(|h| h.id)
            .collect()
    }

    fn criteria_ids(s: &Store, w: &str) -> Vec<String> {
        s.ids_with_criteria_word(w)
    }

    #[test]
    fn a_batch_indexes_what_it_adds_and_updates_in_bulk() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open(&dir.path().join("t.db")).unwrap();
        let budget = Duration::from_secs(60);
        // added, then updated in the same batch (not indexed yet), and another
        let (a1, a2, b) = (
            posting("1", "Ervaring met opvang"),
            posting("1", "Kennis van Suite4Sociaal"),
            posting("2", "Ervaring met inburgering"),
        );
        let items = [
            (&a1, "alfa vluchtelingenopvang"),
            (&a2, "alfa statushouders"),
            (&b, "bravo inburgering"),
        ];
        let out = s.import_batch(&items, budget).unwrap();
        let kinds: Vec<ImportKind> = out.iter().map(|o| o.as_ref().unwrap().kind).collect();
        assert_eq!(
            kinds,
            [ImportKind::Added, ImportKind::Updated, ImportKind::Added]
        );
        assert_indexes_match(&s);
        assert!(text_ids(&s, "opvang").is_empty());
        assert_eq!(text_ids(&s, "statushouders"), ["1"]);
        assert_eq!(text_ids(&s, "inburgering"), ["2"]);
        assert_eq!(criteria_ids(&s, "suite4"), ["1"]);
        assert_eq!(criteria_ids(&s, "ervaring"), ["2"]);

        // an update of a row indexed by an earlier batch, an unchanged one
        let a3 = posting("1", "Ervaring met huisvesting");
        let items = [(&a3, "alfa huisvesting"), (&b, "bravo inburgering")];
        let out = s.import_batch(&items, budget).unwrap();
        assert_eq!(out[0].as_ref().unwrap().kind, ImportKind::Updated);
        assert_eq!(out[1].as_ref().unwrap().kind, ImportKind::Unchanged);
        assert_indexes_match(&s);
        assert!(text_ids(&s, "statushouders").is_empty());
        assert_eq!(text_ids(&s, "huisvesting"), ["1"]);
        assert!(criteria_ids(&s, "suite4").is_empty());
        assert_eq!(criteria_ids(&s, "ervaring"), ["1", "2"]);

        // a single import after a batch goes through the triggers again
        s.import(&posting("3", "Rijbewijs"), "charlie wijkteam")
            .unwrap();
        assert_eq!(text_ids(&s, "wijkteam"), ["3"]);
        assert_eq!(criteria_ids(&s, "rijbewijs"), ["3"]);
        assert_indexes_match(&s);
    }

    #[test]
    fn a_posting_that_fails_after_its_terms_were_taken_out_leaves_them_in() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open(&dir.path().join("t.db")).unwrap();
        let budget = Duration::from_secs(60);
        let a = posting("1", "Ervaring met opvang");
        s.import_batch(&[(&a, "alfa vluchtelingenopvang")], budget)
            .unwrap();
        // the update fails at its criteria, after the row was rewritten and
        // its old terms taken out of the indexes: all of it rolls back
        s.conn
            .execute_batch(
                "CREATE TEMP TRIGGER boom BEFORE INSERT ON criteria WHEN new.text = 'BOOM'
                 BEGIN SELECT RAISE(ABORT, 'boom'); END;",
            )
            .unwrap();
        let (bad, b) = (posting("1", "BOOM"), posting("2", "Rijbewijs"));
        let items = [(&bad, "alfa statushouders"), (&b, "bravo wijkteam")];
        let out = s.import_batch(&items, budget).unwrap();
        assert!(out[0].is_err(), "{out:?}");
        assert_eq!(out[1].as_ref().unwrap().kind, ImportKind::Added);
        assert_indexes_match(&s);
        assert_eq!(text_ids(&s, "opvang"), ["1"]);
        assert!(text_ids(&s, "statushouders").is_empty());
        assert_eq!(text_ids(&s, "wijkteam"), ["2"]);
        assert_eq!(criteria_ids(&s, "ervaring"), ["1"]);
    }
}
