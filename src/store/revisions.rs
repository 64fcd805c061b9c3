//! What re-imports changed: each version of a posting kept (its JSON and
//! original text before the re-import), the fields that changed, and
//! whether the user has opened the posting since (the list's `Δ`).

use super::read::stage;
use super::{Store, StoreError, parse_ts, ts};
use crate::pipeline::{Change, ChangeMark, Revision};
use crate::posting::diff::FieldChange;
use chrono::Utc;
use rusqlite::{Connection, TransactionBehavior, params};

/// Keeps the version before a re-import and what changed, and marks the
/// posting changed (or its deadline earlier) until it is opened.
pub(super) fn record(
    conn: &Connection,
    id: &str,
    before_json: &str,
    before_text: &str,
    fields: &[FieldChange],
    deadline_earlier: bool,
) -> Result<(), StoreError> {
    let fields_json = serde_json::to_string(fields).map_err(|e| StoreError::Corrupt {
        id: id.to_string(),
        reason: e.to_string(),
    })?;
    conn.prepare_cached(
        "INSERT INTO revisions (posting_id, at, before_json, before_text, fields, deadline_earlier)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        id,
        ts(Utc::now()),
        before_json,
        before_text,
        fields_json,
        deadline_earlier
    ])?;
    let mark = if deadline_earlier {
        ChangeMark::DeadlineEarlier
    } else {
        ChangeMark::Changed
    };
    // a deadline moved (back) later is no longer loud; another change
    // leaves an unseen earlier deadline loud
    let moved = fields.iter().any(|f| f.field == "deadline");
    conn.execute(
        "UPDATE postings SET change_mark = CASE WHEN ?3 THEN ?2 ELSE max(change_mark, ?2) END
         WHERE id = ?1",
        params![id, mark.code(), moved],
    )?;
    Ok(())
}

type Row = (i64, String, String, String, String, String, bool, bool);

fn to_revision(id: &str, row: Row) -> Result<Revision, StoreError> {
    let (_, posting_id, title, stage_key, at, fields, deadline_earlier, seen) = row;
    let fields: Vec<FieldChange> =
        serde_json::from_str(&fields).map_err(|e| StoreError::Corrupt {
            id: id.to_string(),
            reason: format!("changes of a re-import: {e}"),
        })?;
    Ok(Revision {
        stage: stage(&posting_id, &stage_key)?,
        id: posting_id,
        title,
        at: parse_ts(&at),
        fields,
        deadline_earlier,
        seen,
    })
}

const SELECT: &str = "SELECT r.id, r.posting_id, p.title, p.stage, r.at, r.fields,
        r.deadline_earlier, r.seen
    FROM revisions r JOIN postings p ON p.id = r.posting_id";

impl Store {
    /// What re-imports changed: of posting `id` (oldest first), or of every
    /// posting outside the archive (newest first).
    pub fn revisions(&self, id: Option<&str>) -> Result<Vec<Revision>, StoreError> {
        let (sql, arg) = match id {
            Some(id) => {
                if !self.exists(id)? {
                    return Err(StoreError::UnknownId(id.to_string()));
                }
                (
                    format!("{SELECT} WHERE r.posting_id = ?1 ORDER BY r.id"),
                    id,
                )
            }
            None => (
                format!("{SELECT} WHERE p.archived_at IS NULL AND ?1 = ?1 ORDER BY r.id DESC"),
                "",
            ),
        };
        let mut stmt = self.conn.prepare(&sql)?;
        let rows: Vec<Row> = stmt
            .query_map([arg], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                ))
            })?
            .collect::<Result<_, _>>()?;
        rows.into_iter()
            .map(|row| {
                let id = row.1.clone();
                to_revision(&id, row)
            })
            .collect()
    }

    /// The user opened posting `id`: its changes are seen and the list's
    /// mark goes. Returns whether anything was unseen.
    pub fn mark_changes_seen(&mut self, id: &str) -> Result<bool, StoreError> {
        // most postings have nothing unseen: one read, no write lock
        let unseen: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM postings WHERE id = ?1 AND change_mark <> 0)
                OR EXISTS (SELECT 1 FROM revisions WHERE posting_id = ?1 AND seen = 0)",
            [id],
            |r| r.get(0),
        )?;
        if !unseen {
            return Ok(false);
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let n = tx.execute(
            "UPDATE revisions SET seen = 1 WHERE posting_id = ?1 AND seen = 0",
            [id],
        )?;
        tx.execute(
            "UPDATE postings SET change_mark = 0 WHERE id = ?1 AND change_mark <> 0",
            [id],
        )?;
        tx.commit()?;
        Ok(n > 0)
    }

    fn exists(&self, id: &str) -> Result<bool, StoreError> {
        Ok(self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM postings WHERE id = ?1)",
            [id],
            |r| r.get(0),
        )?)
    }
}

/// The re-imports of posting `id` as entries of its list of changes.
pub(super) fn as_changes(store: &Store, id: &str) -> Result<Vec<Change>, StoreError> {
    Ok(store
        .revisions(Some(id))?
        .into_iter()
        .map(|r| Change {
            at: r.at,
            kind: "import".into(),
            what: r.summary(),
            undone: false,
            deadline_earlier: r.deadline_earlier,
            seen: Some(r.seen),
            fields: r.fields,
        })
        .collect())
}
