//! The list table's records: only what `tenderdesk list` shows and filters
//! on (title, organisation, region, scale, hours, the deadline, stage and
//! the change mark), read from the stored JSON without building the
//! criteria, the VOG and DBA evidence or the rest (issue 16: `list` at
//! 100,000 postings in a fraction of the memory, and faster). Such a
//! record's posting leaves every other field at its default: it is for
//! printing the list, never for scoring, showing in full or storing.

use super::read::stage;
use super::{Store, StoreError, parse_ts};
use crate::pipeline::{ChangeMark, PostingRecord};
use crate::posting::Posting;
use chrono::{DateTime, FixedOffset, NaiveDate};
use rusqlite::Row;
use serde::Deserialize;

/// The fields of a stored posting the list uses; serde skips the rest of
/// the JSON without allocating it.
#[derive(Deserialize, Default)]
#[serde(default)]
struct ListPosting {
    title: String,
    organisation: Option<String>,
    region: Option<String>,
    scale: Option<String>,
    hours_min: Option<u32>,
    hours_max: Option<u32>,
    deadline: Option<DateTime<FixedOffset>>,
    deadline_date: Option<NaiveDate>,
}

impl From<ListPosting> for Posting {
    fn from(l: ListPosting) -> Posting {
        Posting {
            title: l.title,
            organisation: l.organisation,
            region: l.region,
            scale: l.scale,
            hours_min: l.hours_min,
            hours_max: l.hours_max,
            deadline: l.deadline,
            deadline_date: l.deadline_date,
            ..Posting::default()
        }
    }
}

const COLUMNS: &str = "id, posting_json, stage, imported_at, updated_at, change_mark";

impl Store {
    /// Every posting outside the archive as a list record (see the module
    /// doc), in import order, without search keys.
    pub fn list_lean(&self) -> Result<Vec<PostingRecord>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS}, '' FROM postings WHERE archived_at IS NULL ORDER BY seq"
        ))?;
        let rows = stmt.query_map([], lean_record)?;
        rows.map(|r| r.map_err(StoreError::from).and_then(|r| r))
            .collect()
    }

    /// The list records with these ids (without search keys: the ids are a
    /// search's hits already), in import order; unknown and archived ids
    /// are skipped.
    pub fn records_lean(&self, ids: &[String]) -> Result<Vec<PostingRecord>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS}, '', seq FROM postings WHERE id = ?1 AND archived_at IS NULL"
        ))?;
        let mut found = Vec::with_capacity(ids.len());
        for id in ids {
            let mut rows = stmt.query([id])?;
            if let Some(row) = rows.next()? {
                let seq: i64 = row.get(7)?;
                found.push((seq, lean_record(row)??));
            }
        }
        found.sort_by_key(|(seq, _)| *seq);
        Ok(found.into_iter().map(|(_, r)| r).collect())
    }
}

/// A list record from a row of [`COLUMNS`] and the search key (empty when
/// not read); a key stored before the short/criteria split is made anew
/// from the whole posting (as `read::to_record` does).
fn lean_record(r: &Row<'_>) -> rusqlite::Result<Result<PostingRecord, StoreError>> {
    let id: String = r.get(0)?;
    let json: String = r.get(1)?;
    let stage_key: String = r.get(2)?;
    let imported: String = r.get(3)?;
    let updated: String = r.get(4)?;
    let mark: i64 = r.get(5)?;
    let key: String = r.get(6)?;
    Ok((|| {
        let corrupt = |e: serde_json::Error| StoreError::Corrupt {
            id: id.clone(),
            reason: e.to_string(),
        };
        let search_key = if key.is_empty() || crate::search::key::is_current(&key) {
            key
        } else {
            crate::search::key::search_key(&super::read::posting_from_json(&json).map_err(corrupt)?)
        };
        let posting: ListPosting = serde_json::from_str(&json).map_err(corrupt)?;
        Ok(PostingRecord {
            stage: stage(&id, &stage_key)?,
            posting: posting.into(),
            search_key,
            imported_at: parse_ts(&imported),
            updated_at: parse_ts(&updated),
            changed: ChangeMark::from_code(mark),
            id,
        })
    })())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The list's fields of every sample (and a posting set by hand) are
    /// the same read lean as read whole.
    #[test]
    fn lean_records_carry_the_list_s_fields() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open(&dir.path().join("t.db")).unwrap();
        for (_, text) in crate::tui::samples::SAMPLES {
            let p = crate::posting::parse(text).unwrap();
            s.import(&p, text).unwrap();
        }
        let full = s.list().unwrap();
        let lean = s.list_lean().unwrap();
        assert_eq!(full.len(), lean.len());
        let list_fields = |r: &PostingRecord| {
            let p = &r.posting;
            (
                r.id.clone(),
                r.stage,
                r.changed,
                p.title.clone(),
                p.organisation.clone(),
                p.region.clone(),
                p.scale.clone(),
                p.scale_range(),
                (p.hours_min, p.hours_max),
                p.deadline,
                p.closing(),
            )
        };
        for (f, l) in full.iter().zip(&lean) {
            assert_eq!(list_fields(f), list_fields(l));
            assert!(l.posting.knockout.is_empty(), "criteria are not read");
        }
        let ids: Vec<String> = full.iter().rev().map(|r| r.id.clone()).collect();
        let some = s.records_lean(&ids[..2]).unwrap();
        assert_eq!(some.len(), 2);
        // in import order, whatever order the ids came in
        assert!(
            full.iter().position(|r| r.id == some[0].id)
                < full.iter().position(|r| r.id == some[1].id)
        );
    }
}
