//! Writing what the user did: stage changes (each one in the history), undo
//! of the last change, and notes.

use super::read::stage;
use super::{Store, StoreError, ts};
use crate::pipeline::{Note, Stage, StageChange};
use chrono::Utc;
use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};

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
        record(&tx, id, &change, None)?;
        tx.commit()?;
        Ok(change)
    }

    /// Reverts the most recent stage change that has not been undone yet,
    /// recording the reversal in the history. `None` when there is nothing
    /// left to undo.
    pub fn undo(&mut self) -> Result<Option<(String, StageChange)>, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let last: Option<(i64, String, String, String)> = tx
            .query_row(
                "SELECT h.id, h.posting_id, h.from_stage, h.to_stage FROM stage_history h
                 WHERE h.undoes IS NULL
                   AND NOT EXISTS (SELECT 1 FROM stage_history u WHERE u.undoes = h.id)
                 ORDER BY h.id DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?;
        let Some((hid, id, old_from, _)) = last else {
            return Ok(None);
        };
        let current = current_stage(&tx, &id)?;
        let change = StageChange {
            from: current,
            to: stage(&id, &old_from)?,
            at: Utc::now(),
            note: Some("undo".into()),
        };
        record(&tx, &id, &change, Some(hid))?;
        tx.commit()?;
        Ok(Some((id, change)))
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

fn current_stage(tx: &Transaction<'_>, id: &str) -> Result<Stage, StoreError> {
    let key: String = tx
        .query_row("SELECT stage FROM postings WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .optional()?
        .ok_or_else(|| StoreError::UnknownId(id.to_string()))?;
    stage(id, &key)
}

fn record(
    tx: &Transaction<'_>,
    id: &str,
    c: &StageChange,
    undoes: Option<i64>,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO stage_history (posting_id, from_stage, to_stage, at, note, undoes) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![id, c.from.key(), c.to.key(), ts(c.at), c.note, undoes],
    )?;
    tx.execute(
        "UPDATE postings SET stage = ?2 WHERE id = ?1",
        params![id, c.to.key()],
    )?;
    Ok(())
}
