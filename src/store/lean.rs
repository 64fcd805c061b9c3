//! The list table's records: only what `tenderdesk list` shows and filters
//! on (title, organisation, region, scale, hours, the deadline, stage and
//! the change mark), read from the columns the store keeps of each posting
//! beside its JSON (`columns.rs`) through their own index, so neither the
//! JSON nor the posting's row is read (issue 16: `list` and `list --search` at 100,000
//! postings in a fraction of the time and memory). Such a record's posting
//! leaves every other field at its default, and its deadline is the moment
//! it closes: it is for printing the list, never for scoring, showing in
//! full or storing.

use super::read::assemble;
use super::{Store, StoreError, parse_ts};
use crate::pipeline::PostingRecord;
use crate::posting::Posting;
use rusqlite::Row;

/// The list's columns, all in the `postings_list` index (schema v8), which
/// the queries below name so that SQLite reads them from it and never from
/// a posting's own row (a page or more each: the row holds the JSON and the
/// original text, and the columns added later sit behind them).
/// `deadline_utc` is the moment the posting closes.
const COLUMNS: &str = "id, stage, imported_at, updated_at, change_mark, title, organisation,
    region, scale_min, scale_max, hours_min, hours_max, deadline_utc";

impl Store {
    /// Every posting outside the archive as a list record (see the module
    /// doc), in import order, without search keys.
    pub fn list_lean(&self) -> Result<Vec<PostingRecord>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM postings INDEXED BY postings_list
             WHERE archived_at IS NULL ORDER BY seq"
        ))?;
        let rows = stmt.query_map([], lean_record)?;
        rows.map(|r| r.map_err(StoreError::from).and_then(|r| r))
            .collect()
    }

    /// The list records with these row numbers (without search keys: they
    /// are a search's hits already), in import order; unknown and archived
    /// ones are skipped.
    pub fn records_lean(&self, seqs: &[i64]) -> Result<Vec<PostingRecord>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM postings INDEXED BY postings_list
             WHERE seq = ?1 AND archived_at IS NULL"
        ))?;
        let mut found = Vec::with_capacity(seqs.len());
        for seq in super::keys::in_import_order(seqs) {
            let mut rows = stmt.query([seq])?;
            if let Some(row) = rows.next()? {
                found.push(lean_record(row)??);
            }
        }
        Ok(found)
    }
}

/// A list record from a row of [`COLUMNS`].
fn lean_record(r: &Row<'_>) -> rusqlite::Result<Result<PostingRecord, StoreError>> {
    let scale = match (r.get::<_, Option<u32>>(8)?, r.get::<_, Option<u32>>(9)?) {
        (Some(lo), Some(hi)) if lo == hi => Some(lo.to_string()),
        (Some(lo), Some(hi)) => Some(format!("{lo}-{hi}")),
        _ => None,
    };
    let posting = Posting {
        title: r.get(5)?,
        organisation: r.get(6)?,
        region: r.get(7)?,
        scale,
        hours_min: r.get(10)?,
        hours_max: r.get(11)?,
        deadline: r
            .get::<_, Option<String>>(12)?
            .map(|t| parse_ts(&t).fixed_offset()),
        ..Posting::default()
    };
    Ok(assemble(
        r.get(0)?,
        posting,
        String::new(),
        &r.get::<_, String>(1)?,
        &r.get::<_, String>(2)?,
        &r.get::<_, String>(3)?,
        r.get(4)?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The list's fields of every sample and every posting of the site
    /// test sets are the same read lean as read whole, a day-only deadline
    /// among them.
    #[test]
    fn lean_records_carry_the_list_s_fields() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open(&dir.path().join("t.db")).unwrap();
        let mut texts: Vec<String> = crate::tui::samples::SAMPLES
            .iter()
            .map(|(_, t)| t.to_string())
            .collect();
        let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        for set in ["platforms", "unseen", "unseen5", "unseen9"] {
            for f in std::fs::read_dir(fixtures.join(set)).unwrap() {
                let path = f.unwrap().path();
                if path.extension().is_some_and(|e| e == "txt") {
                    texts.push(std::fs::read_to_string(path).unwrap());
                }
            }
        }
        for text in &texts {
            if let Ok(p) = crate::posting::parse(text) {
                s.import(&p, text).unwrap();
            }
        }
        let full = s.list().unwrap();
        let lean = s.list_lean().unwrap();
        assert!(full.len() > 40, "{}", full.len());
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
                (p.closing(), crate::assess::agenda::deadline_day(p)),
                (r.imported_at, r.updated_at),
            )
        };
        for (f, l) in full.iter().zip(&lean) {
            assert_eq!(list_fields(f), list_fields(l));
            assert!(l.posting.knockout.is_empty(), "criteria are not read");
        }
        let day_only = full
            .iter()
            .filter(|r| r.posting.deadline.is_none() && r.posting.deadline_date.is_some());
        assert!(day_only.count() > 0, "a day-only deadline is among them");
        let seqs: Vec<i64> = s
            .short_keys_all()
            .into_iter()
            .map(|(q, _)| q)
            .rev()
            .collect();
        let some = s.records_lean(&seqs[..2]).unwrap();
        assert_eq!(some.len(), 2);
        // in import order, whatever order the ids came in
        assert!(
            full.iter().position(|r| r.id == some[0].id)
                < full.iter().position(|r| r.id == some[1].id)
        );
    }
}
