//! Outcomes of bids (schema v6): one row per posting, written in one
//! transaction with its journal row (kind `outcome`, the outcome before it
//! kept so undo puts it back) and, for a result that has a stage, the stage
//! change (in the history, unless the posting is already there).

use super::journal::{self, Kind};
use super::read::stage;
use super::stage::{current_stage, record as record_stage};
use super::{Store, StoreError, parse_ts, ts};
use crate::pipeline::StageChange;
use crate::pipeline::outcome::{Outcome, Result as BidResult};
use crate::posting::Money;
use chrono::{NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use serde_json::Value;
use std::collections::HashMap;

/// What recording an outcome did.
#[derive(Debug, Clone, PartialEq)]
pub struct OutcomeRecorded {
    /// The stage change it made, if the posting was not in that stage yet.
    pub stage: Option<StageChange>,
    /// The outcome it replaced, if one was recorded before.
    pub replaced: Option<Outcome>,
}

const COLUMNS: &str = "result, decided_on, points, criterion_points, rank, candidates, \
                       awarded_rate, reason, expected_score, bid_rate, at";

impl Store {
    /// Records how the bid on posting `id` ended, replacing an earlier
    /// outcome. Won, lost, waiting and withdrawn move the stage (awarded,
    /// rejected, waiting_room, withdrawn) unless it is there already. One
    /// transaction: the outcome, the stage change and the journal row are
    /// stored together or not at all.
    pub fn set_outcome(
        &mut self,
        id: &str,
        outcome: &Outcome,
    ) -> Result<OutcomeRecorded, StoreError> {
        outcome
            .check()
            .map_err(|e| StoreError::BadQuery(e.to_string()))?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let from = current_stage(&tx, id)?;
        let replaced = read(&tx, id)?;
        write(&tx, id, Some(outcome))?;
        let stage = match outcome.result.stage() {
            Some(to) if to != from => Some(StageChange {
                from,
                to,
                at: Utc::now(),
                note: Some(format!("outcome: {}", outcome.result.key())),
            }),
            _ => None,
        };
        let hid = match &stage {
            Some(c) => Some(record_stage(&tx, id, c, None)?),
            None => None,
        };
        let before = replaced.as_ref().map(to_json).transpose()?;
        let after = to_json(outcome)?;
        journal::record(
            &tx,
            id,
            Kind::Outcome,
            Some(&before.unwrap_or(Value::Null)),
            Some(&after),
            hid,
            None,
        )?;
        tx.commit()?;
        Ok(OutcomeRecorded { stage, replaced })
    }

    /// The outcome recorded for posting `id`, if any.
    pub fn outcome(&self, id: &str) -> Result<Option<Outcome>, StoreError> {
        current_stage(&self.conn, id)?;
        read(&self.conn, id)
    }

    /// Every recorded outcome, by posting id (archived postings left out).
    pub fn outcomes(&self) -> Result<HashMap<String, Outcome>, StoreError> {
        // CROSS JOIN keeps the outcomes as the outer loop: left to choose,
        // SQLite walked every posting to look each one up among the outcomes
        // (1 ms of `list --search` at 10,000 postings with none recorded)
        let mut stmt = self.conn.prepare(&format!(
            "SELECT o.posting_id, {COLUMNS} FROM outcomes o
             CROSS JOIN postings p ON p.id = o.posting_id WHERE p.archived_at IS NULL"
        ))?;
        let rows: Vec<(String, Raw)> = stmt
            .query_map([], |r| Ok((r.get(0)?, raw(r, 1)?)))?
            .collect::<Result<_, _>>()?;
        rows.into_iter()
            .map(|(id, r)| Ok((id.clone(), from_raw(&id, r)?)))
            .collect()
    }

    /// The stage history of every posting that is not archived, oldest
    /// first, without the changes that were undone and their reversals
    /// (what happened, as the stats count it).
    pub fn histories(&self) -> Result<HashMap<String, Vec<StageChange>>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT h.posting_id, h.from_stage, h.to_stage, h.at, h.note FROM stage_history h
             JOIN postings p ON p.id = h.posting_id
             WHERE p.archived_at IS NULL AND h.undoes IS NULL
               AND NOT EXISTS (SELECT 1 FROM stage_history u WHERE u.undoes = h.id)
             ORDER BY h.id",
        )?;
        type Row = (String, String, String, String, Option<String>);
        let rows: Vec<Row> = stmt
            .query_map([], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })?
            .collect::<Result<_, _>>()?;
        let mut out: HashMap<String, Vec<StageChange>> = HashMap::new();
        for (id, from, to, at, note) in rows {
            let change = StageChange {
                from: stage(&id, &from)?,
                to: stage(&id, &to)?,
                at: parse_ts(&at),
                note,
            };
            out.entry(id).or_default().push(change);
        }
        Ok(out)
    }
}

type Raw = (
    String,
    Option<String>,
    Option<f64>,
    String,
    Option<u32>,
    Option<u32>,
    Option<i64>,
    Option<String>,
    Option<f64>,
    Option<i64>,
    String,
);

fn raw(r: &rusqlite::Row<'_>, f: usize) -> rusqlite::Result<Raw> {
    Ok((
        r.get(f)?,
        r.get(f + 1)?,
        r.get(f + 2)?,
        r.get(f + 3)?,
        r.get(f + 4)?,
        r.get(f + 5)?,
        r.get(f + 6)?,
        r.get(f + 7)?,
        r.get(f + 8)?,
        r.get(f + 9)?,
        r.get(f + 10)?,
    ))
}

fn from_raw(id: &str, r: Raw) -> Result<Outcome, StoreError> {
    let bad = |reason: String| StoreError::Corrupt {
        id: id.to_string(),
        reason: format!("outcome: {reason}"),
    };
    let (result, date, points, crit, rank, candidates, awarded, reason, expected, bid, at) = r;
    let result: BidResult = result
        .parse()
        .map_err(|_| bad(format!("result '{result}'")))?;
    let date = date
        .map(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").map_err(|_| bad(format!("date '{d}'"))))
        .transpose()?;
    let criterion_points = serde_json::from_str(&crit).map_err(|e| bad(e.to_string()))?;
    Ok(Outcome {
        result,
        date,
        points,
        criterion_points,
        rank,
        candidates,
        awarded_rate: awarded.map(Money),
        reason,
        expected_score: expected,
        bid_rate: bid.map(Money),
        at: parse_ts(&at),
    })
}

/// The outcome of one posting as stored.
pub(super) fn read(conn: &Connection, id: &str) -> Result<Option<Outcome>, StoreError> {
    let raw = conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM outcomes WHERE posting_id = ?1"),
            [id],
            |r| raw(r, 0),
        )
        .optional()?;
    raw.map(|r| from_raw(id, r)).transpose()
}

/// Writes (or with `None` removes) the outcome of one posting.
pub(super) fn write(conn: &Connection, id: &str, o: Option<&Outcome>) -> Result<(), StoreError> {
    conn.execute("DELETE FROM outcomes WHERE posting_id = ?1", [id])?;
    let Some(o) = o else {
        return Ok(());
    };
    let crit = serde_json::to_string(&o.criterion_points).map_err(|e| StoreError::Corrupt {
        id: id.to_string(),
        reason: e.to_string(),
    })?;
    conn.execute(
        &format!(
            "INSERT INTO outcomes (posting_id, {COLUMNS})
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
        ),
        params![
            id,
            o.result.key(),
            o.date.map(|d| d.format("%Y-%m-%d").to_string()),
            o.points,
            crit,
            o.rank,
            o.candidates,
            o.awarded_rate.map(|m| m.0),
            o.reason,
            o.expected_score,
            o.bid_rate.map(|m| m.0),
            ts(o.at)
        ],
    )?;
    Ok(())
}

fn to_json(o: &Outcome) -> Result<Value, StoreError> {
    serde_json::to_value(o).map_err(|e| StoreError::DamagedData(e.to_string()))
}

/// Undo of an outcome: the outcome before it back (or none).
pub(super) fn undo(conn: &Connection, id: &str, before: &Value) -> Result<String, StoreError> {
    let old: Option<Outcome> = if before.is_null() {
        None
    } else {
        Some(
            serde_json::from_value(before.clone()).map_err(|e| StoreError::Corrupt {
                id: id.to_string(),
                reason: format!("journal: outcome {e}"),
            })?,
        )
    };
    write(conn, id, old.as_ref())?;
    Ok(match old {
        Some(o) => format!("the outcome (back to {})", o.result.label()),
        None => "recording the outcome".to_string(),
    })
}

/// The journal's words for an outcome row.
pub(super) fn words(after: &Value) -> String {
    serde_json::from_value::<Outcome>(after.clone())
        .map(|o| format!("outcome: {}", o.summary()))
        .unwrap_or_else(|_| "outcome recorded".to_string())
}
