//! Changes by hand: adding a posting from fields, editing fields (each
//! marked as set by hand, so a re-import keeps it), the archive and purging.
//! Every change is one transaction with one row in the journal, so it can
//! be undone (see `journal.rs`).

use super::journal::{self, Kind};
use super::read::{self, posting_from_json};
use super::{Store, StoreError, columns, import, ts};
use crate::hand::{self, Field};
use crate::posting::Posting;
use chrono::Utc;
use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};
use serde_json::{Map, Value, json};
use std::collections::{BTreeMap, BTreeSet};

/// Which fields of a posting were set by hand, and what the imports say
/// for them (name → the import's value as text; `null` when it has none).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct HandMarks {
    pub set: BTreeSet<Field>,
    pub reimported: BTreeMap<String, Option<String>>,
}

impl HandMarks {
    pub fn read(id: &str, hand_set: &str, reimported: &str) -> Result<HandMarks, StoreError> {
        let damaged = |e: serde_json::Error| StoreError::Corrupt {
            id: id.to_string(),
            reason: format!("hand-set marks: {e}"),
        };
        let names: Vec<String> = serde_json::from_str(hand_set).map_err(damaged)?;
        Ok(HandMarks {
            set: names.iter().filter_map(|n| Field::from_name(n)).collect(),
            reimported: serde_json::from_str(reimported).map_err(damaged)?,
        })
    }

    pub fn set_json(&self) -> String {
        Value::from(self.set.iter().map(|f| f.name()).collect::<Vec<_>>()).to_string()
    }

    pub fn reimported_json(&self) -> String {
        serde_json::to_string(&self.reimported).unwrap_or_else(|_| "{}".into())
    }

    /// `incoming` (a re-import) with the hand-set fields of `old` kept, and
    /// the new `reimported` JSON holding what the import says for them.
    pub fn keep_over(
        &self,
        id: &str,
        incoming: &Posting,
        old: &Value,
    ) -> Result<(Posting, String), StoreError> {
        if self.set.is_empty() {
            return Ok((incoming.clone(), self.reimported_json()));
        }
        let mut reimported = self.reimported.clone();
        let mut merged = serde_json::to_value(incoming).unwrap_or_default();
        for f in &self.set {
            reimported.insert(f.name().to_string(), f.show(incoming));
            f.put(&mut merged, &f.pick(old));
        }
        let merged: Posting = serde_json::from_value(merged).map_err(|e| StoreError::Corrupt {
            id: id.to_string(),
            reason: e.to_string(),
        })?;
        let marks = HandMarks {
            set: self.set.clone(),
            reimported,
        };
        Ok((merged, marks.reimported_json()))
    }

    /// The stored posting `p` as its last import said it: the fields set by
    /// hand replaced by what the import gave for them (a field the import
    /// left empty empty again), so a re-import is compared with the import
    /// before it, not with the user's corrections.
    pub fn as_imported(&self, p: &Posting) -> Posting {
        if self.set.is_empty() {
            return p.clone();
        }
        let mut out = p.clone();
        let empty = serde_json::to_value(Posting::default()).unwrap_or_default();
        for f in &self.set {
            match self.reimported.get(f.name()) {
                Some(Some(v)) => {
                    let _ = f.set(&mut out, v);
                }
                Some(None) => {
                    let mut json = serde_json::to_value(&out).unwrap_or_default();
                    f.put(&mut json, &f.pick(&empty));
                    if let Ok(cleared) = serde_json::from_value(json) {
                        out = cleared;
                    }
                }
                None => {}
            }
        }
        out
    }

    /// A re-import is found by what the import says: where the title,
    /// organisation or address are set by hand, the match columns keep the
    /// import's values (a corrected title still finds the next import).
    pub fn keep_import_keys(
        &self,
        conn: &rusqlite::Connection,
        id: &str,
        p: &Posting,
    ) -> Result<(), StoreError> {
        let mut as_imported = p.clone();
        let mut any = false;
        for f in [Field::Title, Field::Organisation, Field::Url] {
            if let (true, Some(Some(v))) = (self.set.contains(&f), self.reimported.get(f.name())) {
                any |= f.set(&mut as_imported, v).is_ok();
            }
        }
        if any {
            conn.execute(
                "UPDATE postings SET url_key = ?2, title_key = ?3 WHERE id = ?1",
                params![
                    id,
                    super::matching::url_key(&as_imported),
                    super::matching::title_key(&as_imported)
                ],
            )?;
        }
        Ok(())
    }

    /// As stored in the journal.
    pub fn to_value(&self) -> Value {
        json!({"hand_set": self.set.iter().map(|f| f.name()).collect::<Vec<_>>(),
               "reimported": self.reimported})
    }

    pub fn from_value(v: &Value) -> HandMarks {
        HandMarks {
            set: v["hand_set"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|n| n.as_str().and_then(Field::from_name))
                .collect(),
            reimported: serde_json::from_value(v["reimported"].clone()).unwrap_or_default(),
        }
    }
}

/// A stored posting with its marks, read inside a transaction.
pub(super) struct Current {
    pub posting: Posting,
    pub json: Value,
    pub marks: HandMarks,
    pub archived: bool,
    /// Whether it came from an import (not added by hand).
    pub imported: bool,
}

pub(super) fn current(tx: &rusqlite::Connection, id: &str) -> Result<Current, StoreError> {
    type Row = (String, String, String, Option<String>, bool);
    let (json, hand_set, reimported, archived, imported): Row = tx
        .query_row(
            "SELECT posting_json, hand_set, reimported, archived_at, content_hash <> ''
             FROM postings WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .optional()?
        .ok_or_else(|| StoreError::UnknownId(id.to_string()))?;
    let posting = posting_from_json(&json).map_err(|e| StoreError::Corrupt {
        id: id.to_string(),
        reason: e.to_string(),
    })?;
    Ok(Current {
        json: serde_json::to_value(&posting).unwrap_or_default(),
        posting,
        marks: HandMarks::read(id, &hand_set, &reimported)?,
        archived: archived.is_some(),
        imported,
    })
}

/// Writes a posting's fields and marks.
pub(super) fn write(
    tx: &rusqlite::Connection,
    id: &str,
    p: &Posting,
    marks: &HandMarks,
) -> Result<(), StoreError> {
    columns::write_posting(tx, id, p)?;
    tx.execute(
        "UPDATE postings SET hand_set = ?2, reimported = ?3 WHERE id = ?1",
        params![id, marks.set_json(), marks.reimported_json()],
    )?;
    marks.keep_import_keys(tx, id, p)
}

/// Moves a posting in or out of the archive.
pub(super) fn set_archived(tx: &Transaction<'_>, id: &str, on: bool) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE postings SET archived_at = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, on.then(|| ts(Utc::now())), ts(Utc::now())],
    )?;
    Ok(())
}

impl Store {
    fn immediate(&mut self) -> Result<Transaction<'_>, StoreError> {
        Ok(self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?)
    }

    /// Adds a posting from fields typed by hand (a title at least); every
    /// field given is marked as set by hand. Returns the new id.
    pub fn add_by_hand(&mut self, fields: &[(Field, String)]) -> Result<String, StoreError> {
        let p = hand::apply(&Posting::default(), fields)?;
        if p.title.is_empty() {
            return Err(hand::FieldError {
                field: Field::Title,
                reason: "a posting needs a title".into(),
            }
            .into());
        }
        let tx = self.immediate()?;
        let id = import::new_id(&tx, &p)?;
        import::insert_row(&tx, &id, &p, "", "", &format!("hand:{id}"))?;
        let marks = HandMarks {
            set: fields.iter().map(|(f, _)| *f).collect(),
            reimported: BTreeMap::new(),
        };
        write(&tx, &id, &p, &marks)?;
        journal::record(&tx, &id, Kind::Add, None, None, None, None)?;
        tx.commit()?;
        Ok(id)
    }

    /// Sets fields of a posting by hand, all or none; returns the fields
    /// whose value changed (every given field is marked as set by hand).
    pub fn edit(&mut self, id: &str, fields: &[(Field, String)]) -> Result<Vec<Field>, StoreError> {
        if fields.is_empty() {
            return Err(StoreError::NothingToEdit);
        }
        let tx = self.immediate()?;
        let cur = current(&tx, id)?;
        let new = hand::apply(&cur.posting, fields)?;
        let new_json = serde_json::to_value(&new).unwrap_or_default();
        let mut marks = cur.marks.clone();
        let (mut before, mut after) = (Map::new(), Map::new());
        let mut changed = Vec::new();
        for (f, _) in fields {
            if cur.imported && !marks.set.contains(f) {
                // the value the import gave, kept to show beside the hand's
                marks
                    .reimported
                    .insert(f.name().to_string(), f.show(&cur.posting));
            }
            marks.set.insert(*f);
            before.insert(f.name().into(), f.pick(&cur.json));
            after.insert(f.name().into(), f.pick(&new_json));
            if f.pick(&cur.json) != f.pick(&new_json) {
                changed.push(*f);
            }
        }
        write(&tx, id, &new, &marks)?;
        let before = json!({"fields": before, "marks": cur.marks.to_value()});
        let after = json!({"fields": after, "marks": marks.to_value()});
        journal::record(&tx, id, Kind::Edit, Some(&before), Some(&after), None, None)?;
        tx.commit()?;
        Ok(changed)
    }

    /// Moves a posting to the archive (hidden from the list, board, agenda
    /// and search; `list --archived` shows it).
    pub fn archive(&mut self, id: &str) -> Result<(), StoreError> {
        self.archive_or_restore(id, true)
    }

    /// Brings a posting back from the archive.
    pub fn restore(&mut self, id: &str) -> Result<(), StoreError> {
        self.archive_or_restore(id, false)
    }

    fn archive_or_restore(&mut self, id: &str, archive: bool) -> Result<(), StoreError> {
        let tx = self.immediate()?;
        let cur = current(&tx, id)?;
        match (cur.archived, archive) {
            (true, true) => return Err(StoreError::AlreadyArchived(id.to_string())),
            (false, false) => return Err(StoreError::NotArchived(id.to_string())),
            _ => {}
        }
        set_archived(&tx, id, archive)?;
        let kind = if archive {
            Kind::Archive
        } else {
            Kind::Restore
        };
        journal::record(&tx, id, kind, None, None, None, None)?;
        tx.commit()?;
        Ok(())
    }

    /// Removes a posting for good, with its history, notes and answers.
    pub fn purge(&mut self, id: &str) -> Result<(), StoreError> {
        let tx = self.immediate()?;
        current(&tx, id)?;
        tx.execute("DELETE FROM postings WHERE id = ?1", [id])?;
        tx.commit()?;
        Ok(())
    }

    /// The postings in the archive, most recently archived first.
    pub fn list_archived(&self) -> Result<Vec<crate::pipeline::PostingRecord>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {} FROM postings WHERE archived_at IS NOT NULL ORDER BY archived_at DESC",
            read::RECORD_COLUMNS
        ))?;
        let rows = stmt.query_map([], |r| read::raw_record(r, 0))?;
        rows.map(|r| r.map_err(StoreError::from).and_then(read::to_record))
            .collect()
    }
}
