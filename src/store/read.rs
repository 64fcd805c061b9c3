//! Reading postings back: the list (cheap records) and one posting in full.

use super::{Store, StoreError, parse_ts};
use crate::pipeline::{Note, PostingDetail, PostingRecord, Stage, StageChange};
use crate::posting::Posting;
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Row};

/// The three parts of the list's default order, each a condition on
/// `deadline_utc` against `?1` (now) and its order: coming, passed, none.
/// (The last names ?1 only to take the same parameter.)
pub(super) const HEAD_PARTS: [&str; 3] = [
    "deadline_utc > ?1 ORDER BY deadline_utc ASC",
    "deadline_utc <= ?1 ORDER BY deadline_utc DESC",
    "deadline_utc IS NULL AND ?1 = ?1 ORDER BY seq",
];

pub(super) const RECORD_COLUMNS: &str =
    "id, posting_json, stage, search_key, imported_at, updated_at, change_mark";

impl Store {
    /// Every posting not in the archive, in import order, with its search key.
    pub fn list(&self) -> Result<Vec<PostingRecord>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {RECORD_COLUMNS} FROM postings WHERE archived_at IS NULL ORDER BY seq"
        ))?;
        let rows = stmt.query_map([], |r| raw_record(r, 0))?;
        rows.map(|r| r.map_err(StoreError::from).and_then(to_record))
            .collect()
    }

    /// How many postings the database holds outside the archive.
    pub fn count(&self) -> Result<usize, StoreError> {
        let n: i64 = self.conn.query_row(
            "SELECT count(*) FROM postings WHERE archived_at IS NULL",
            [],
            |r| r.get(0),
        )?;
        Ok(usize::try_from(n).unwrap_or(0))
    }

    /// The top of the list in its default order, at most `limit` postings,
    /// read through the deadline index: upcoming deadlines soonest first,
    /// then passed ones most recent first, then those without one. The
    /// interface draws its first screen from these while [`Store::list`]
    /// reads the rest on another thread.
    pub fn list_head(
        &self,
        now: DateTime<Utc>,
        limit: usize,
    ) -> Result<Vec<PostingRecord>, StoreError> {
        let now = super::ts(now);
        let mut out = Vec::new();
        for part in HEAD_PARTS {
            let left = limit.saturating_sub(out.len());
            if left == 0 {
                break;
            }
            let mut stmt = self.conn.prepare(&format!(
                "SELECT {RECORD_COLUMNS} FROM postings WHERE archived_at IS NULL AND {part} LIMIT {left}"
            ))?;
            let rows = stmt.query_map([&now], |r| raw_record(r, 0))?;
            for r in rows {
                out.push(to_record(r?)?);
            }
        }
        Ok(out)
    }

    /// How many rows this connection has inserted, changed or deleted since
    /// it was opened: a cheap "did I write anything since?" check.
    pub fn changes_made(&self) -> u64 {
        self.conn.total_changes()
    }

    /// SQLite's `PRAGMA data_version`: changes when another connection (this
    /// process's or another's) commits to the file; this connection's own
    /// writes leave it alone. One cheap pragma, no table is read.
    pub fn data_version(&self) -> Result<u64, StoreError> {
        Ok(self
            .conn
            .query_row("PRAGMA data_version", [], |r| r.get::<_, i64>(0))?
            .unsigned_abs())
    }

    /// One posting (also an archived one) with its original text, history,
    /// notes and the marks of the fields set by hand.
    pub fn detail(&self, id: &str) -> Result<PostingDetail, StoreError> {
        type Extra = (String, Option<String>, String, String);
        let raw = self
            .conn
            .query_row(
                &format!(
                    "SELECT {RECORD_COLUMNS}, original_text, archived_at, hand_set, reimported
                     FROM postings WHERE id = ?1"
                ),
                [id],
                |r| {
                    let extra: Extra = (r.get(7)?, r.get(8)?, r.get(9)?, r.get(10)?);
                    Ok((raw_record(r, 0)?, extra))
                },
            )
            .optional()?
            .ok_or_else(|| StoreError::UnknownId(id.to_string()))?;
        let (raw, (original_text, archived_at, hand_set, reimported)) = raw;
        let record = to_record(raw)?;
        let marks = super::hand::HandMarks::read(&record.id, &hand_set, &reimported)?;
        Ok(PostingDetail {
            history: self.history(&record.id)?,
            notes: self.notes(&record.id)?,
            archived_at: archived_at.as_deref().map(parse_ts),
            hand_set: marks.set.iter().map(|f| f.name().to_string()).collect(),
            reimported: marks.reimported,
            changes: {
                let mut all = super::journal::changes(&self.conn, &record.id)?;
                all.extend(super::revisions::as_changes(self, &record.id)?);
                all.sort_by_key(|c| c.at); // stable: a person's change first at a tie
                all
            },
            outcome: super::outcome::read(&self.conn, &record.id)?,
            record,
            original_text,
        })
    }

    fn history(&self, id: &str) -> Result<Vec<StageChange>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT from_stage, to_stage, at, note FROM stage_history WHERE posting_id = ?1 ORDER BY id")?;
        let rows = stmt.query_map([id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get(3)?,
            ))
        })?;
        rows.map(|r| {
            let (from, to, at, note) = r?;
            Ok(StageChange {
                from: stage(id, &from)?,
                to: stage(id, &to)?,
                at: parse_ts(&at),
                note,
            })
        })
        .collect()
    }

    fn notes(&self, id: &str) -> Result<Vec<Note>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, at, text FROM notes WHERE posting_id = ?1 ORDER BY id")?;
        let rows = stmt.query_map([id], |r| {
            Ok(Note {
                id: r.get(0)?,
                at: parse_ts(&r.get::<_, String>(1)?),
                text: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

pub(super) type RawRecord = (String, String, String, String, String, String, i64);

/// The record columns of a row, from column `first` on.
pub(super) fn raw_record(r: &Row<'_>, first: usize) -> rusqlite::Result<RawRecord> {
    Ok((
        r.get(first)?,
        r.get(first + 1)?,
        r.get(first + 2)?,
        r.get(first + 3)?,
        r.get(first + 4)?,
        r.get(first + 5)?,
        r.get(first + 6)?,
    ))
}

pub(super) fn to_record(raw: RawRecord) -> Result<PostingRecord, StoreError> {
    record_from(raw, posting_from_json)
}

/// A record from its columns, with the posting read from its JSON by
/// `read`: whole, or only the fields one screen needs (`lean.rs`,
/// `interface_records.rs`). A search key stored before the short/criteria
/// split is made anew in memory from the whole posting (the next import of
/// the posting stores the new form); an empty key (not read) stays empty.
pub(super) fn record_from(
    (id, json, stage_key, search_key, imported, updated, mark): RawRecord,
    read: impl FnOnce(&str) -> serde_json::Result<Posting>,
) -> Result<PostingRecord, StoreError> {
    let corrupt = |e: serde_json::Error| StoreError::Corrupt {
        id: id.clone(),
        reason: e.to_string(),
    };
    let posting = read(&json).map_err(corrupt)?;
    let search_key = if search_key.is_empty() || crate::search::key::is_current(&search_key) {
        search_key
    } else {
        crate::search::key::search_key(&posting_from_json(&json).map_err(corrupt)?)
    };
    assemble(
        id, posting, search_key, &stage_key, &imported, &updated, mark,
    )
}

/// A record from its parts as stored: the stage's key, the times as text
/// and the change mark's code.
pub(super) fn assemble(
    id: String,
    posting: Posting,
    search_key: String,
    stage_key: &str,
    imported: &str,
    updated: &str,
    mark: i64,
) -> Result<PostingRecord, StoreError> {
    Ok(PostingRecord {
        stage: stage(&id, stage_key)?,
        id,
        posting,
        search_key,
        imported_at: parse_ts(imported),
        updated_at: parse_ts(updated),
        changed: crate::pipeline::ChangeMark::from_code(mark),
    })
}

pub(crate) fn stage(id: &str, key: &str) -> Result<Stage, StoreError> {
    key.parse().map_err(|_| StoreError::Corrupt {
        id: id.to_string(),
        reason: format!("unknown stage '{key}'"),
    })
}

/// Reads a stored posting. Fields missing from the JSON (written by an older
/// tenderdesk, before the field existed) take their default values, so a
/// new field in [`Posting`] never makes old postings unreadable.
/// (`Posting` is `serde(default)`: read straight from the text, which is
/// several times faster than merging `serde_json::Value`s, measured on
/// `list()` of 10,000 postings.)
pub(crate) fn posting_from_json(json: &str) -> serde_json::Result<Posting> {
    serde_json::from_str(json)
}
