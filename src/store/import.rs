//! Storing a parsed posting: add it, or update the one it matches (see
//! `matching.rs`) while keeping its stage, history, notes, answers and the
//! fields set by hand.

use super::batch::Deferred;
use super::matching::{self, Found};
use super::{Store, StoreError, columns, ts};
use crate::posting::Posting;
use crate::posting::diff;
use crate::posting::normalize::fold;
use chrono::Utc;
use rusqlite::{TransactionBehavior, params};
use sha2::{Digest, Sha256};

/// What importing one posting did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportKind {
    Added,
    Updated,
    Unchanged,
}

/// The id the posting is stored under, and what happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportOutcome {
    pub id: String,
    pub kind: ImportKind,
    /// Added beside this stored posting: the same organisation and title
    /// with a deadline months away (a new round of the job).
    pub new_round_of: Option<String>,
    /// An update that changed a field a bidder acts on (kept as a revision,
    /// see `tenderdesk changes`).
    pub changed: Option<Changed>,
}

/// What a re-import changed, for the import's summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Changed {
    /// How many fields changed.
    pub fields: usize,
    /// When the deadline moved earlier: (before, now) in words.
    pub deadline: Option<(Option<String>, Option<String>)>,
}

impl Store {
    /// Stores one posting with its original text, in one immediate transaction.
    pub fn import(
        &mut self,
        posting: &Posting,
        original_text: &str,
    ) -> Result<ImportOutcome, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (outcome, _) = import_in(&tx, posting, original_text, None)?;
        tx.commit()?;
        Ok(outcome)
    }
}

/// Stores one posting inside an open transaction. With `deferred` (the
/// full-text triggers off, see `batch.rs`), it returns the `seq` of the row
/// added or rewritten, for the indexes at the end of the transaction.
pub(super) fn import_in(
    tx: &rusqlite::Connection,
    posting: &Posting,
    original_text: &str,
    deferred: Option<&Deferred>,
) -> Result<(ImportOutcome, Option<i64>), StoreError> {
    let hash = content_hash(original_text);
    let key = match_key(posting, &hash);
    let legacy_key = format!("text:{hash}");
    let row = Row {
        posting,
        original_text,
        hash: &hash,
        key: &key,
    };
    let stored = match matching::find(tx, posting, &key, &legacy_key)? {
        Found::Same(id) => update(tx, id, &row, deferred)?,
        Found::NewRound(of) => {
            let (mut outcome, seq) = insert(tx, &row)?;
            outcome.new_round_of = Some(of);
            (outcome, deferred.map(|_| seq))
        }
        Found::Nothing => {
            let (outcome, seq) = insert(tx, &row)?;
            (outcome, deferred.map(|_| seq))
        }
    };
    // a batch adds the words of its texts at its end (`batch.rs`)
    if deferred.is_none() && stored.0.kind != ImportKind::Unchanged {
        super::words::add(tx, &super::words::distinct([original_text]))?;
    }
    Ok(stored)
}

/// What an import writes into a row.
struct Row<'a> {
    posting: &'a Posting,
    original_text: &'a str,
    hash: &'a str,
    key: &'a str,
}

/// A re-import of stored posting `id`: the fields set by hand keep their
/// values (what the import says is kept beside them in `reimported`); stage,
/// history, notes and answers are other tables and stay as they are.
fn update(
    tx: &rusqlite::Connection,
    id: String,
    row: &Row,
    deferred: Option<&Deferred>,
) -> Result<(ImportOutcome, Option<i64>), StoreError> {
    let Row {
        posting,
        original_text,
        hash,
        key,
    } = *row;
    let (seq, old_hash, old_json, hand_set, reimported): (i64, String, String, String, String) = tx
        .prepare_cached(
            "SELECT seq, content_hash, posting_json, hand_set, reimported FROM postings
             WHERE id = ?1",
        )?
        .query_row([&id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?;
    let unchanged = ImportOutcome {
        id: id.clone(),
        kind: ImportKind::Unchanged,
        new_round_of: None,
        changed: None,
    };
    let old: serde_json::Value = serde_json::from_str(&old_json).unwrap_or_default();
    // A summary (platform alert) never replaces the full posting.
    if posting.summary_only && old["summary_only"] != serde_json::Value::Bool(true) {
        return Ok((unchanged, None));
    }
    let hand = super::hand::HandMarks::read(&id, &hand_set, &reimported)?;
    let (merged, reimported) = hand.keep_over(&id, posting, &old)?;
    let json = columns::to_json(&id, &merged)?;
    if old_hash == hash && old_json == json && reimported == hand.reimported_json() {
        return Ok((unchanged, None));
    }
    // what the posting itself changed since its last import (the fields set
    // by hand compared as the imports gave them)
    let changed = match super::read::posting_from_json(&old_json) {
        Ok(before) => {
            let before = hand.as_imported(&before);
            let fields = diff::diff(&before, posting);
            let earlier = diff::deadline_earlier(&before, posting);
            if !fields.is_empty() {
                let old_text: String = tx
                    .prepare_cached("SELECT original_text FROM postings WHERE id = ?1")?
                    .query_row([&id], |r| r.get(0))?;
                super::revisions::record(tx, &id, &old_json, &old_text, &fields, earlier)?;
            }
            (!fields.is_empty()).then(|| Changed {
                fields: fields.len(),
                deadline: earlier.then(|| (before.deadline_text(), posting.deadline_text())),
            })
        }
        Err(_) => None, // a damaged stored posting is replaced; reading it reported the damage
    };
    if let Some(d) = deferred {
        d.unindex(tx, seq)?;
    }
    columns::write_posting(tx, &id, &merged)?;
    // the match key moves to the newest form unless another posting has it
    let key_free: bool = tx
        .prepare_cached(
            "SELECT NOT EXISTS (SELECT 1 FROM postings WHERE match_key = ?1 AND id <> ?2)",
        )?
        .query_row(params![key, id], |r| r.get(0))?;
    tx.prepare_cached(
        "UPDATE postings SET original_text = ?2, content_hash = ?3, reimported = ?4,
            match_key = CASE WHEN ?6 THEN ?5 ELSE match_key END
         WHERE id = ?1",
    )?
    .execute(params![id, original_text, hash, reimported, key, key_free])?;
    super::hand::HandMarks::read(&id, &hand.set_json(), &reimported)?
        .keep_import_keys(tx, &id, &merged)?;
    write_criteria(tx, &id, posting)?;
    let outcome = ImportOutcome {
        id,
        kind: ImportKind::Updated,
        new_round_of: None,
        changed,
    };
    Ok((outcome, deferred.map(|_| seq)))
}

/// A posting seen for the first time, and the `seq` of its row.
fn insert(tx: &rusqlite::Connection, row: &Row) -> Result<(ImportOutcome, i64), StoreError> {
    let id = new_id(tx, row.posting)?;
    insert_row(tx, &id, row.posting, row.original_text, row.hash, row.key)?;
    let seq = tx.last_insert_rowid();
    write_criteria(tx, &id, row.posting)?;
    let outcome = ImportOutcome {
        id,
        kind: ImportKind::Added,
        new_round_of: None,
        changed: None,
    };
    Ok((outcome, seq))
}

/// Inserts the row of a new posting (`key` made unique with the id when
/// another posting has it).
pub(super) fn insert_row(
    tx: &rusqlite::Connection,
    id: &str,
    posting: &Posting,
    original_text: &str,
    hash: &str,
    key: &str,
) -> Result<(), StoreError> {
    let taken: bool = tx
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM postings WHERE match_key = ?1)")?
        .query_row([key], |r| r.get(0))?;
    let key = if taken {
        format!("{key}|id:{id}")
    } else {
        key.to_string()
    };
    let (scale_min, scale_max) = posting.scale_range().unzip();
    let deadline = posting.closing().map(|d| ts(d.with_timezone(&Utc)));
    tx.prepare_cached(
        "INSERT INTO postings (id, match_key, request_number, organisation, title, region,
            scale_min, scale_max, hours_min, hours_max, deadline_utc, stage, search_key,
            posting_json, original_text, content_hash, imported_at, updated_at, url_key, title_key)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'open', ?12, ?13, ?14, ?15, ?16, ?16,
            ?17, ?18)",
    )?
    .execute(params![
        id,
        key,
        posting.request_number,
        posting.organisation,
        posting.title,
        posting.region,
        scale_min,
        scale_max,
        posting.hours_min,
        posting.hours_max,
        deadline,
        crate::search::key::search_key(posting),
        columns::to_json(id, posting)?,
        original_text,
        hash,
        ts(Utc::now()),
        matching::url_key(posting),
        matching::title_key(posting)
    ])?;
    Ok(())
}

/// SHA-256 of the original text, lowercase hex.
pub(crate) fn content_hash(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// What makes two imports "the same posting": the request number and
/// organisation; without a number, the title, organisation and deadline
/// (the same posting as text, PDF, web page or e-mail has different text but
/// the same fields); with none of those, the text itself.
fn match_key(p: &Posting, hash: &str) -> String {
    match p
        .request_number
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        Some(n) => format!(
            "rn:{}|org:{}",
            fold(n),
            fold(p.organisation.as_deref().unwrap_or("").trim())
        ),
        None => {
            let title = fold(p.title.trim());
            let org = fold(p.organisation.as_deref().unwrap_or("").trim());
            match p.deadline {
                Some(deadline) if !title.is_empty() => {
                    let deadline = ts(deadline.with_timezone(&Utc));
                    format!("title:{title}|org:{org}|deadline:{deadline}")
                }
                _ => format!("text:{hash}"),
            }
        }
    }
}

/// The id a request number gives ("VLI/2026/INH/0177" gives
/// "VLI2026INH0177"): its letters, digits, `-`, `_` and `.`, at most 32. A
/// number typed as the posting writes it names the same posting.
pub fn id_of_number(number: &str) -> String {
    number
        .trim()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .take(32)
        .collect()
}

/// A short id users can type: the request number (with `-2`, `-3`… when
/// another organisation uses the same number), else `p<N>`.
pub(super) fn new_id(tx: &rusqlite::Connection, p: &Posting) -> Result<String, StoreError> {
    let taken = |id: &str| -> rusqlite::Result<bool> {
        tx.prepare_cached("SELECT EXISTS (SELECT 1 FROM postings WHERE id = ?1)")?
            .query_row([id], |r| r.get(0))
    };
    let base = id_of_number(p.request_number.as_deref().unwrap_or(""));
    if !base.is_empty() {
        if !taken(&base)? {
            return Ok(base);
        }
        for n in 2.. {
            let id = format!("{base}-{n}");
            if !taken(&id)? {
                return Ok(id);
            }
        }
    }
    let mut n: i64 = tx.query_row("SELECT COALESCE(MAX(seq), 0) + 1 FROM postings", [], |r| {
        r.get(0)
    })?;
    loop {
        let id = format!("p{n}");
        if !taken(&id)? {
            return Ok(id);
        }
        n += 1;
    }
}

/// Replaces the posting's criteria in place, keeping row ids by position so
/// that later data hung on a criterion survives a re-import.
fn write_criteria(tx: &rusqlite::Connection, id: &str, p: &Posting) -> Result<(), StoreError> {
    let mut upsert = tx.prepare_cached(
        "INSERT INTO criteria (posting_id, kind, position, number, text, points, rate_bands)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (posting_id, kind, position) DO UPDATE SET
            number = excluded.number, text = excluded.text, points = excluded.points,
            rate_bands = excluded.rate_bands",
    )?;
    for (pos, c) in p.knockout.iter().enumerate() {
        upsert.execute(params![
            id,
            "knockout",
            pos as i64,
            c.number,
            c.text,
            None::<u32>,
            "[]"
        ])?;
    }
    for (pos, c) in p.award.iter().enumerate() {
        let bands = serde_json::to_string(&c.rate_bands).unwrap_or_else(|_| "[]".into());
        upsert.execute(params![
            id, "award", pos as i64, c.number, c.text, c.points, bands
        ])?;
    }
    tx.prepare_cached(
        "DELETE FROM criteria WHERE posting_id = ?1 AND
            ((kind = 'knockout' AND position >= ?2) OR (kind = 'award' AND position >= ?3))",
    )?
    .execute(params![id, p.knockout.len() as i64, p.award.len() as i64])?;
    Ok(())
}
