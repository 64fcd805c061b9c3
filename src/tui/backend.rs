//! The interface's only door to the data: a thin [`Backend`] trait, with an
//! in-memory implementation for tests and for running before a store exists.
//!
//! Called from `App::update` only, never while drawing.

use crate::assess::{Answer, Assessment, Judged, Profile};
use crate::pipeline::{Note, PostingDetail, PostingRecord, Stage, StageChange};
use crate::posting::{self, Posting};
use crate::store::{CriterionKind, ImportKind};
use anyhow::{Context as _, Result, anyhow};
use chrono::{DateTime, Utc};
use std::collections::HashMap;
use std::path::Path;

/// What the interface needs from a store. Every write is durable when the
/// call returns.
pub trait Backend {
    fn list(&mut self) -> Result<Vec<PostingRecord>>;
    fn detail(&mut self, id: &str) -> Result<PostingDetail>;
    fn set_stage(&mut self, id: &str, stage: Stage, note: Option<&str>) -> Result<StageChange>;
    /// Undoes the last stage change; the posting id and the change undone.
    fn undo(&mut self) -> Result<Option<(String, StageChange)>>;
    fn add_note(&mut self, id: &str, text: &str) -> Result<Note>;
    /// Parses and stores one posting's text; returns its id.
    fn import_text(&mut self, text: &str) -> Result<String>;
    /// Imports a file or every file in a folder; a one-line report.
    fn import_path(&mut self, path: &Path) -> Result<String>;
    /// Reads, parses and stores one file (any supported format) as one
    /// whole posting; what happened, or why the file was not imported.
    fn import_file(&mut self, path: &Path) -> Result<ImportKind, String>;
    /// The bidder's profile (defaults when none was saved).
    fn profile(&mut self) -> Result<Profile>;
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
        std::sync::Arc::new(move || Ok(records.clone()))
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
pub type ListJob = std::sync::Arc<dyn Fn() -> Result<Vec<PostingRecord>> + Send + Sync>;

pub use crate::search::key::search_key as search_key_of;

/// Postings held in memory: nothing survives the process.
#[derive(Debug, Default)]
pub struct MemoryBackend {
    items: Vec<PostingDetail>,
    undo: Vec<(String, StageChange)>,
    clock: Option<DateTime<Utc>>,
    next_note: i64,
    profile: Profile,
    answers: HashMap<String, Assessment>,
}

impl MemoryBackend {
    pub fn new() -> Self {
        Self::default()
    }

    /// Uses a fixed clock for timestamps (tests).
    pub fn with_clock(now: DateTime<Utc>) -> Self {
        MemoryBackend {
            clock: Some(now),
            ..Self::default()
        }
    }

    fn now(&self) -> DateTime<Utc> {
        self.clock.unwrap_or_else(Utc::now)
    }

    /// Adds an already parsed posting; returns its id.
    pub fn insert(&mut self, posting: Posting, original_text: &str) -> String {
        let id = posting
            .request_number
            .clone()
            .unwrap_or_else(|| format!("m{}", self.items.len() + 1));
        let now = self.now();
        let record = PostingRecord {
            id: id.clone(),
            search_key: search_key_of(&posting),
            posting,
            stage: Stage::Open,
            imported_at: now,
            updated_at: now,
        };
        let detail = PostingDetail {
            record,
            original_text: original_text.to_string(),
            history: vec![],
            notes: vec![],
        };
        match self.items.iter_mut().find(|d| d.record.id == id) {
            Some(existing) => {
                existing.record.posting = detail.record.posting;
                existing.record.search_key = detail.record.search_key;
                existing.original_text = detail.original_text;
            }
            None => self.items.push(detail),
        }
        id
    }

    fn get(&mut self, id: &str) -> Result<&mut PostingDetail> {
        self.items
            .iter_mut()
            .find(|d| d.record.id == id)
            .ok_or_else(|| anyhow!("no posting {id}"))
    }
}

impl Backend for MemoryBackend {
    fn list(&mut self) -> Result<Vec<PostingRecord>> {
        Ok(self.items.iter().map(|d| d.record.clone()).collect())
    }

    fn detail(&mut self, id: &str) -> Result<PostingDetail> {
        Ok(self.get(id)?.clone())
    }

    fn set_stage(&mut self, id: &str, stage: Stage, note: Option<&str>) -> Result<StageChange> {
        let at = self.now();
        let d = self.get(id)?;
        let change = StageChange {
            from: d.record.stage,
            to: stage,
            at,
            note: note.map(str::to_string),
        };
        d.record.stage = stage;
        d.record.updated_at = at;
        d.history.push(change.clone());
        self.undo.push((id.to_string(), change.clone()));
        Ok(change)
    }

    fn undo(&mut self) -> Result<Option<(String, StageChange)>> {
        let Some((id, change)) = self.undo.pop() else {
            return Ok(None);
        };
        let at = self.now();
        let d = self.get(&id)?;
        d.record.stage = change.from;
        d.history.push(StageChange {
            from: change.to,
            to: change.from,
            at,
            note: Some("undo".into()),
        });
        Ok(Some((id, change)))
    }

    fn add_note(&mut self, id: &str, text: &str) -> Result<Note> {
        self.next_note += 1;
        let note = Note {
            id: self.next_note,
            at: self.now(),
            text: text.to_string(),
        };
        self.get(id)?.notes.push(note.clone());
        Ok(note)
    }

    fn import_text(&mut self, text: &str) -> Result<String> {
        let p = posting::parse(text).map_err(|e| anyhow!("{e}"))?;
        Ok(self.insert(p, text))
    }

    fn import_path(&mut self, path: &Path) -> Result<String> {
        let files: Vec<_> = if path.is_dir() {
            let mut v: Vec<_> = std::fs::read_dir(path)
                .with_context(|| format!("reading {}", path.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file())
                .collect();
            v.sort();
            v
        } else {
            vec![path.to_path_buf()]
        };
        let (mut ok, mut failed) = (0, 0);
        for f in &files {
            let text =
                std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?;
            match self.import_text(&text) {
                Ok(_) => ok += 1,
                Err(_) => failed += 1,
            }
        }
        Ok(format!(
            "imported {ok}, failed {failed} from {}",
            path.display()
        ))
    }

    fn import_file(&mut self, path: &Path) -> Result<ImportKind, String> {
        let (posting, text) = crate::import::read_posting(path)?;
        let existing = posting
            .request_number
            .as_deref()
            .and_then(|id| self.items.iter().find(|d| d.record.id == id));
        let kind = match existing {
            None => ImportKind::Added,
            Some(d) if d.record.posting == posting && d.original_text == text => {
                ImportKind::Unchanged
            }
            Some(_) => ImportKind::Updated,
        };
        self.insert(posting, &text);
        Ok(kind)
    }

    fn profile(&mut self) -> Result<Profile> {
        Ok(self.profile.clone())
    }

    fn save_profile(&mut self, profile: &Profile) -> Result<()> {
        self.profile = profile.clone();
        Ok(())
    }

    fn assessments(&mut self) -> Result<HashMap<String, Assessment>> {
        Ok(self.answers.clone())
    }

    fn set_answer(
        &mut self,
        id: &str,
        kind: CriterionKind,
        number: u32,
        answer: Option<Answer>,
    ) -> Result<Assessment> {
        let p = &self.get(id)?.record.posting;
        let text = match kind {
            CriterionKind::Knockout => p
                .knockout
                .iter()
                .find(|c| c.number == number)
                .map(|c| c.text.clone()),
            CriterionKind::Award => p
                .award
                .iter()
                .find(|c| c.number == number)
                .map(|c| c.text.clone()),
        }
        .ok_or_else(|| anyhow!("{id} has no such criterion {number}"))?;
        let a = self.answers.entry(id.to_string()).or_default();
        let map = match kind {
            CriterionKind::Knockout => &mut a.knockout,
            CriterionKind::Award => &mut a.award,
        };
        match answer {
            Some(answer) => {
                map.insert(number, Judged { answer, text });
            }
            None => {
                map.remove(&number);
            }
        }
        Ok(a.clone())
    }
}
