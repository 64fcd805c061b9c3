//! Writing what the user did: stage changes (each one in the history and
//! the journal, see `journal.rs` for undo), and notes.

use super::journal::Kind;
use super::read::stage;
use super::{Store, StoreError, ts};
use crate::pipeline::{Note, Stage, StageChange};
use chrono::Utc;
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};

impl Store {
    /// Moves a posting to `to` and records the change (from any stage).
    pub fn set_stage(
        &mut self,
        id: &str,
        to: Stage,
        note: Option<&str>,
    ) -> Result<StageChange, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let from = current_stage(&tx, id)?;
        let note = note
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_string);
        let change = StageChange {
            from,
            to,
            at: Utc::now(),
            note,
        };
        let hid = record(&tx, id, &change, None)?;
        super::journal::record(&tx, id, Kind::Stage, None, None, Some(hid), None)?;
        tx.commit()?;
        Ok(change)
    }

    /// Adds a note to a posting.
    pub fn add_note(&mut self, id: &str, text: &str) -> Result<Note, StoreError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(StoreError::EmptyNote);
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        current_stage(&tx, id)?;
        let at = Utc::now();
        tx.execute(
            "INSERT INTO notes (posting_id, at, text) VALUES (?1, ?2, ?3)",
            params![id, ts(at), text],
        )?;
        let note = Note {
            id: tx.last_insert_rowid(),
            at,
            text: text.to_string(),
        };
        tx.commit()?;
        Ok(note)
    }
}

pub(super) fn current_stage(tx: &Connection, id: &str) -> Result<Stage, StoreError> {
    let key: String = tx
        .query_row("SELECT stage FROM postings WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .optional()?
        .ok_or_else(|| StoreError::UnknownId(id.to_string()))?;
    stage(id, &key)
}

/// Writes a stage change into the history and onto the posting; returns
/// the history row's id.
pub(super) fn record(
    tx: &Connection,
    id: &str,
    c: &StageChange,
    undoes: Option<i64>,
) -> Result<i64, StoreError> {
    tx.execute(
        "INSERT INTO stage_history (posting_id, from_stage, to_stage, at, note, undoes) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![id, c.from.key(), c.to.key(), ts(c.at), c.note, undoes],
    )?;
    let hid = tx.last_insert_rowid();
    tx.execute(
        "UPDATE postings SET stage = ?2 WHERE id = ?1",
        params![id, c.to.key()],
    )?;
    Ok(hid)
}
