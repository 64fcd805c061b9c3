//! The interface's only door to the data: a thin [`Backend`] trait,
//! implemented by the SQLite store (`store_backend.rs`); the interface tests
//! run against the real store too, so the screen cannot drift from it.
//!
//! Called from `App::update` only, never while drawing.

use crate::assess::{Answer, Assessment, Profile};
use crate::hand::Field;
use crate::pipeline::{Note, PostingDetail, PostingRecord, Stage, StageChange};
use crate::search::packed::PackedKeys;
use crate::store::{CriterionKind, Undone};
use crate::tui::importing::FileImported;
use anyhow::Result;
use chrono::{DateTime, Utc};
use std::collections::HashMap;
use std::path::Path;

/// What the interface needs from a store. Every write is durable when the
/// call returns.
pub trait Backend {
    /// The postings outside the archive. A record may leave out what only
    /// the detail shows (the store's `list_for_interface`: evidence,
    /// competences, warnings, criteria texts the score does not read), so
    /// anything beyond the list, board, agenda and the figures per record
    /// reads the posting from [`Backend::detail`].
    fn list(&mut self) -> Result<Vec<PostingRecord>>;
    /// One posting whole, with its text, history and notes.
    fn detail(&mut self, id: &str) -> Result<PostingDetail>;
    /// The user opened posting `id`: what re-imports changed is seen (the
    /// list's `Δ` goes). Whether anything was unseen.
    fn mark_changes_seen(&mut self, id: &str) -> Result<bool>;
    fn set_stage(&mut self, id: &str, stage: Stage, note: Option<&str>) -> Result<StageChange>;
    /// Undoes the last change (stage, answer, add, edit, archive, restore)
    /// of posting `id`, or with `None` of any posting; what was undone.
    fn undo(&mut self, id: Option<&str>) -> Result<Option<Undone>>;
    /// Adds a posting from fields set by hand; returns its id.
    fn add(&mut self, fields: &[(Field, String)]) -> Result<String>;
    /// Sets fields by hand, all or none; the fields whose value changed.
    fn edit(&mut self, id: &str, fields: &[(Field, String)]) -> Result<Vec<Field>>;
    /// Moves a posting to the archive.
    fn archive(&mut self, id: &str) -> Result<()>;
    /// Brings a posting back from the archive.
    fn restore(&mut self, id: &str) -> Result<()>;
    /// The postings in the archive.
    fn list_archived(&mut self) -> Result<Vec<PostingRecord>>;
    fn add_note(&mut self, id: &str, text: &str) -> Result<Note>;
    /// Parses and stores one posting's text; returns its id.
    fn import_text(&mut self, text: &str) -> Result<String>;
    /// Imports a file or every file in a folder; a one-line report.
    fn import_path(&mut self, path: &Path) -> Result<String>;
    /// Reads, parses and stores one file (any supported format) as one
    /// whole posting; what happened, or why the file was not imported.
    fn import_file(&mut self, path: &Path) -> Result<FileImported, String>;
    /// The bidder's profile (defaults when none was saved).
    fn profile(&mut self) -> Result<Profile>;
    /// Records how a bid ended (one change, undoable).
    fn set_outcome(
        &mut self,
        id: &str,
        outcome: &crate::pipeline::Outcome,
    ) -> Result<crate::store::OutcomeRecorded>;
    /// The stats of the bids (`assess::stats`), for the `S` view.
    fn stats(&mut self) -> Result<crate::assess::stats::Stats>;
    /// The chance of winning learnt from the bids (`assess::chance`).
    fn chance_model(&mut self) -> Result<crate::assess::chance::Model>;
    fn save_profile(&mut self, profile: &Profile) -> Result<()>;
    /// The answers of every posting that has any, by id.
    fn assessments(&mut self) -> Result<HashMap<String, Assessment>>;
    /// Records (or with `None` clears) one answer against the criterion's
    /// current text; returns the posting's answers as they are now.
    fn set_answer(
        &mut self,
        id: &str,
        kind: CriterionKind,
        number: u32,
        answer: Option<Answer>,
    ) -> Result<Assessment>;

    /// For a large database: the first `limit` records of the list's
    /// default order now, and a job that reads every record on another
    /// thread. `None` when there are at most `limit` records (then `list()`
    /// is quick) or the backend has nothing to gain from it.
    fn quick_start(&mut self, _now: DateTime<Utc>, _limit: usize) -> Result<Option<QuickStart>> {
        Ok(None)
    }

    /// A job that reads the whole list on another thread (its own
    /// connection); by default a copy of what `list` returns now.
    fn list_job(&mut self) -> ListJob {
        let now = self.list();
        let records = now.unwrap_or_default();
        std::sync::Arc::new(move || Ok(Listed::new(records.clone())))
    }

    /// A number that changes when another connection has written to the
    /// store (SQLite's `data_version`); `None` when nothing else can write.
    fn data_version(&mut self) -> Option<u64> {
        None
    }

    /// A number that grows with every row this backend writes: the
    /// interface compares it before and after a background read to know
    /// whether that read may miss one of its own changes.
    fn changes_made(&self) -> u64 {
        0
    }
}

/// The first screen of a large database and the job that reads the rest;
/// see [`Backend::quick_start`].
pub struct QuickStart {
    pub head: Vec<PostingRecord>,
    /// How many records there are in all.
    pub total: usize,
    /// Reads every record (on its own connection); run on another thread,
    /// possibly more than once.
    pub rest: ListJob,
}

/// A function that reads every record, callable from another thread.
pub type ListJob = std::sync::Arc<dyn Fn() -> Result<Listed> + Send + Sync>;

/// Every record as a [`ListJob`] reads it: the records, their search keys
/// taken out and packed for the search worker. A job of the store packs
/// each key as it reads its row, so the keys are never all held as text
/// (at 100,000 postings that was a peak of 62 MB more).
pub struct Listed {
    pub records: Vec<PostingRecord>,
    pub keys: PackedKeys,
}

impl Listed {
    /// From records that still hold their search keys.
    pub fn new(mut records: Vec<PostingRecord>) -> Listed {
        let keys = PackedKeys::take_from(&mut records);
        Listed { records, keys }
    }
}

pub use crate::search::key::search_key as search_key_of;
