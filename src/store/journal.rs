//! The journal of changes a person made (stage, answer, add, edit, archive,
//! restore, outcome) and undo: the last change of one posting, or of any posting,
//! reverted in one transaction and recorded as an `undo` row (nothing is
//! erased). Undo says in words what it undid and where the posting stands.

use super::hand::{self, HandMarks, set_archived};
use super::stage::{current_stage, record as record_stage};
use super::{Store, StoreError, assess::CriterionKind, read::stage, ts};
use crate::hand::Field;
use crate::pipeline::{Change, Stage, StageChange};
use chrono::Utc;
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use serde_json::Value;

/// The kinds of journal rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Stage,
    Answer,
    Add,
    Edit,
    Archive,
    Restore,
    Undo,
    Outcome,
}

impl Kind {
    fn key(self) -> &'static str {
        match self {
            Kind::Stage => "stage",
            Kind::Answer => "answer",
            Kind::Add => "add",
            Kind::Edit => "edit",
            Kind::Archive => "archive",
            Kind::Restore => "restore",
            Kind::Undo => "undo",
            Kind::Outcome => "outcome",
        }
    }
}

/// Writes one journal row; returns its id.
pub(super) fn record(
    conn: &Connection,
    id: &str,
    kind: Kind,
    before: Option<&Value>,
    after: Option<&Value>,
    stage_change: Option<i64>,
    undoes: Option<i64>,
) -> Result<i64, StoreError> {
    conn.execute(
        "INSERT INTO journal (posting_id, at, kind, before, after, stage_change, undoes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            id,
            ts(Utc::now()),
            kind.key(),
            before.map(Value::to_string),
            after.map(Value::to_string),
            stage_change,
            undoes
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// What an undo did, in words, and where the posting stands now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Undone {
    pub id: String,
    pub title: String,
    /// What was undone, e.g. "stage change open → applied".
    pub what: String,
    /// The posting's stage after the undo.
    pub stage: Stage,
    /// Whether the posting is in the archive after the undo.
    pub archived: bool,
}

impl Undone {
    /// Where the posting stands: `open`, or `open, in the archive`.
    pub fn now(&self) -> String {
        let archive = if self.archived {
            ", in the archive"
        } else {
            ""
        };
        format!("{}{archive}", self.stage.key())
    }
}

impl std::fmt::Display for Undone {
    /// `30828: undid stage change open → applied; now open`
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: undid {}; now {}", self.id, self.what, self.now())
    }
}

type Entry = (i64, String, String, Option<String>, Option<i64>);

impl Store {
    /// Undoes the last change of posting `id` that is not undone yet.
    /// `None` when it has none.
    pub fn undo_posting(&mut self, id: &str) -> Result<Option<Undone>, StoreError> {
        self.undo_where(Some(id))
    }

    /// Undoes the last change of any posting. `None` when there is none.
    pub fn undo_last(&mut self) -> Result<Option<Undone>, StoreError> {
        self.undo_where(None)
    }

    fn undo_where(&mut self, id: Option<&str>) -> Result<Option<Undone>, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        if let Some(id) = id {
            current_stage(&tx, id)?; // an unknown id is an error, not "nothing"
        }
        let last: Option<Entry> = tx
            .query_row(
                "SELECT j.id, j.posting_id, j.kind, j.before, j.stage_change FROM journal j
                 WHERE j.kind <> 'undo' AND (?1 IS NULL OR j.posting_id = ?1)
                   AND NOT EXISTS (SELECT 1 FROM journal u WHERE u.undoes = j.id)
                 ORDER BY j.id DESC LIMIT 1",
                params![id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .optional()?;
        let Some((jid, pid, kind, before, stage_change)) = last else {
            return Ok(None);
        };
        let before: Value = before
            .as_deref()
            .and_then(|b| serde_json::from_str(b).ok())
            .unwrap_or_default();
        let mut undo_stage = None;
        let what = match kind.as_str() {
            "stage" => {
                let hid = stage_change.ok_or_else(|| damaged(&pid, "stage row missing"))?;
                let (from, to) = undo_stage_row(&tx, &pid, hid, &mut undo_stage)?;
                format!("stage change {from} → {to}")
            }
            "answer" => undo_answer(&tx, &pid, &before)?,
            "add" => {
                set_archived(&tx, &pid, true)?;
                "adding it by hand".to_string()
            }
            "edit" => undo_edit(&tx, &pid, &before)?,
            "archive" => {
                set_archived(&tx, &pid, false)?;
                "moving it to the archive".to_string()
            }
            "restore" => {
                set_archived(&tx, &pid, true)?;
                "restoring it from the archive".to_string()
            }
            "outcome" => {
                let mut what = super::outcome::undo(&tx, &pid, &before)?;
                if let Some(hid) = stage_change {
                    let (from, to) = undo_stage_row(&tx, &pid, hid, &mut undo_stage)?;
                    what.push_str(&format!(" and the stage change {from} → {to}"));
                }
                what
            }
            other => return Err(damaged(&pid, &format!("unknown journal kind '{other}'"))),
        };
        record(&tx, &pid, Kind::Undo, None, None, undo_stage, Some(jid))?;
        let (title, stage_key, archived): (String, String, Option<String>) = tx.query_row(
            "SELECT title, stage, archived_at FROM postings WHERE id = ?1",
            [&pid],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        let stage = stage(&pid, &stage_key)?;
        tx.commit()?;
        Ok(Some(Undone {
            id: pid,
            title,
            what,
            stage,
            archived: archived.is_some(),
        }))
    }
}

/// Moves the posting back to where stage change `hid` took it from (a
/// reversal row in the history); returns that change's from and to.
fn undo_stage_row(
    tx: &Connection,
    pid: &str,
    hid: i64,
    undo_stage: &mut Option<i64>,
) -> Result<(String, String), StoreError> {
    let (from, to): (String, String) = tx.query_row(
        "SELECT from_stage, to_stage FROM stage_history WHERE id = ?1",
        [hid],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let change = StageChange {
        from: current_stage(tx, pid)?,
        to: stage(pid, &from)?,
        at: Utc::now(),
        note: Some("undo".into()),
    };
    *undo_stage = Some(record_stage(tx, pid, &change, Some(hid))?);
    Ok((from, to))
}

fn damaged(id: &str, reason: &str) -> StoreError {
    StoreError::Corrupt {
        id: id.to_string(),
        reason: format!("journal: {reason}"),
    }
}

/// Puts back the fields and marks an edit changed. A field that was not
/// set by hand before takes what the latest import says for it.
fn undo_edit(conn: &Connection, id: &str, before: &Value) -> Result<String, StoreError> {
    let cur = hand::current(conn, id)?;
    let mut old_marks = HandMarks::from_value(&before["marks"]);
    for f in &old_marks.set {
        if let Some(v) = cur.marks.reimported.get(f.name()) {
            old_marks.reimported.insert(f.name().to_string(), v.clone());
        }
    }
    let mut json = cur.json.clone();
    let mut names = Vec::new();
    let mut posting = cur.posting.clone();
    if let Some(fields) = before["fields"].as_object() {
        for (name, part) in fields {
            let Some(f) = Field::from_name(name) else {
                continue;
            };
            names.push(name.clone());
            f.put(&mut json, part);
        }
        posting = serde_json::from_value(json).map_err(|e| damaged(id, &e.to_string()))?;
        for f in fields.keys().filter_map(|n| Field::from_name(n)) {
            let latest = cur.marks.reimported.get(f.name()).cloned().flatten();
            // a re-import came in meanwhile: its value, as far as it reads
            if let (false, Some(v)) = (old_marks.set.contains(&f), latest) {
                let _ = f.set(&mut posting, &v);
            }
        }
    }
    hand::write(conn, id, &posting, &old_marks)?;
    Ok(format!("the edit of {}", names.join(", ")))
}

/// Puts back the answer a criterion had before.
fn undo_answer(conn: &Connection, id: &str, before: &Value) -> Result<String, StoreError> {
    let kind = match before["kind"].as_str() {
        Some("knockout") => CriterionKind::Knockout,
        Some("award") => CriterionKind::Award,
        _ => return Err(damaged(id, "answer without a kind")),
    };
    let number = before["number"]
        .as_u64()
        .and_then(|n| u32::try_from(n).ok())
        .ok_or_else(|| damaged(id, "answer without a number"))?;
    let old = before["answer"].as_str();
    super::assess::write_answer(conn, id, kind, number, old, before["text"].as_str())?;
    Ok(format!(
        "the answer to {} criterion {number} (back to {})",
        if kind == CriterionKind::Knockout {
            "knock-out"
        } else {
            "award"
        },
        old.unwrap_or("no answer")
    ))
}

/// A posting's journal in words, oldest first.
pub(super) fn changes(conn: &Connection, id: &str) -> Result<Vec<Change>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT j.id, j.at, j.kind, j.before, j.after, h.from_stage, h.to_stage, j.undoes,
                EXISTS (SELECT 1 FROM journal u WHERE u.undoes = j.id)
         FROM journal j LEFT JOIN stage_history h ON h.id = j.stage_change
         WHERE j.posting_id = ?1 ORDER BY j.id",
    )?;
    type Row = (
        i64,
        String,
        String,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<i64>,
        bool,
    );
    let rows: Vec<Row> = stmt
        .query_map([id], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
                r.get(8)?,
            ))
        })?
        .collect::<Result<_, _>>()?;
    let mut words: std::collections::HashMap<i64, String> = Default::default();
    let mut out = Vec::new();
    for (jid, at, kind, before, after, from, to, undoes, undone) in rows {
        let json = |s: &Option<String>| -> Value {
            s.as_deref()
                .and_then(|s| serde_json::from_str(s).ok())
                .unwrap_or_default()
        };
        let what = match kind.as_str() {
            "stage" => format!(
                "stage {} → {}",
                from.as_deref().unwrap_or("?"),
                to.as_deref().unwrap_or("?")
            ),
            "answer" => {
                let a = json(&after);
                format!(
                    "answer to {} criterion {}: {}",
                    if a["kind"] == "knockout" {
                        "knock-out"
                    } else {
                        "award"
                    },
                    a["number"],
                    a["answer"].as_str().unwrap_or("cleared")
                )
            }
            "add" => "added by hand".to_string(),
            "edit" => {
                let b = json(&before);
                let names: Vec<&str> = b["fields"]
                    .as_object()
                    .map(|m| m.keys().map(String::as_str).collect())
                    .unwrap_or_default();
                format!("set by hand: {}", names.join(", "))
            }
            "archive" => "moved to the archive".to_string(),
            "restore" => "restored from the archive".to_string(),
            "outcome" => super::outcome::words(&json(&after)),
            "undo" => format!(
                "undo of: {}",
                undoes
                    .and_then(|u| words.get(&u).cloned())
                    .unwrap_or_else(|| "an earlier change".into())
            ),
            other => other.to_string(),
        };
        words.insert(jid, what.clone());
        out.push(Change {
            at: super::parse_ts(&at),
            kind,
            what,
            undone,
            ..Change::default()
        });
    }
    Ok(out)
}
