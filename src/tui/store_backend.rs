//! [`Backend`] over the SQLite [`crate::store::Store`]: every call is one
//! store call, so each change is durable when the key press is handled.
//! The list's records are the store's interface records
//! (`Store::list_for_interface`: what the detail alone shows left out).

use super::backend::{Backend, ListJob, Listed, QuickStart};
use crate::assess::{Answer, Assessment, Profile};
use crate::hand::Field;
use crate::pipeline::{Note, PostingDetail, PostingRecord, Stage, StageChange};
use crate::store::{CriterionKind, Store, Undone};
use crate::tui::importing::FileImported;
use anyhow::{Result, anyhow};
use chrono::{DateTime, Utc};
use std::collections::HashMap;
use std::path::Path;

impl Backend for Store {
    fn list(&mut self) -> Result<Vec<PostingRecord>> {
        Ok(self.list_for_interface()?)
    }

    fn detail(&mut self, id: &str) -> Result<PostingDetail> {
        Ok(Store::detail(self, id)?)
    }

    fn mark_changes_seen(&mut self, id: &str) -> Result<bool> {
        Ok(Store::mark_changes_seen(self, id)?)
    }

    fn set_stage(&mut self, id: &str, stage: Stage, note: Option<&str>) -> Result<StageChange> {
        Ok(Store::set_stage(self, id, stage, note)?)
    }

    fn undo(&mut self, id: Option<&str>) -> Result<Option<Undone>> {
        Ok(match id {
            Some(id) => self.undo_posting(id)?,
            None => self.undo_last()?,
        })
    }

    fn add(&mut self, fields: &[(Field, String)]) -> Result<String> {
        Ok(self.add_by_hand(fields)?)
    }

    fn edit(&mut self, id: &str, fields: &[(Field, String)]) -> Result<Vec<Field>> {
        Ok(Store::edit(self, id, fields)?)
    }

    fn archive(&mut self, id: &str) -> Result<()> {
        Ok(Store::archive(self, id)?)
    }

    fn restore(&mut self, id: &str) -> Result<()> {
        Ok(Store::restore(self, id)?)
    }

    fn list_archived(&mut self) -> Result<Vec<PostingRecord>> {
        Ok(Store::list_archived(self)?)
    }

    fn add_note(&mut self, id: &str, text: &str) -> Result<Note> {
        Ok(Store::add_note(self, id, text)?)
    }

    fn import_text(&mut self, text: &str) -> Result<String> {
        let posting = crate::posting::parse_on(text, crate::import::reading_day())
            .map_err(|e| anyhow!("{e}"))?;
        Ok(self.import(&posting, text)?.id)
    }

    fn import_path(&mut self, path: &Path) -> Result<String> {
        Ok(crate::import::import_paths(self, &[path.to_path_buf()]).to_string())
    }

    fn import_file(&mut self, path: &Path) -> Result<FileImported, String> {
        let (posting, text) = crate::import::read_posting(path)?;
        self.import(&posting, &text)
            .map(|o| FileImported {
                kind: o.kind,
                warnings: posting.warnings.len(),
                changed: o.changed.is_some(),
                deadline_earlier: o.changed.is_some_and(|c| c.deadline.is_some()),
            })
            .map_err(|e| e.to_string())
    }

    fn set_outcome(
        &mut self,
        id: &str,
        outcome: &crate::pipeline::Outcome,
    ) -> Result<crate::store::OutcomeRecorded> {
        Ok(Store::set_outcome(self, id, outcome)?)
    }

    fn stats(&mut self) -> Result<crate::assess::stats::Stats> {
        Ok(self.bid_stats()?)
    }

    fn chance_model(&mut self) -> Result<crate::assess::chance::Model> {
        Ok(Store::chance_model(self)?)
    }

    fn profile(&mut self) -> Result<Profile> {
        Ok(Store::profile(self)?)
    }

    fn save_profile(&mut self, profile: &Profile) -> Result<()> {
        Ok(Store::save_profile(self, profile)?)
    }

    fn assessments(&mut self) -> Result<HashMap<String, Assessment>> {
        Ok(Store::assessments(self)?)
    }

    fn set_answer(
        &mut self,
        id: &str,
        kind: CriterionKind,
        number: u32,
        answer: Option<Answer>,
    ) -> Result<Assessment> {
        Store::set_answer(self, id, kind, number, answer)?;
        Ok(Store::assessment(self, id)?)
    }

    fn quick_start(&mut self, now: DateTime<Utc>, limit: usize) -> Result<Option<QuickStart>> {
        let total = self.count()?;
        if total <= limit {
            return Ok(None);
        }
        let head = self.head_for_interface(now, limit)?;
        Ok(Some(QuickStart {
            head,
            total,
            rest: self.list_job(),
        }))
    }

    fn list_job(&mut self) -> ListJob {
        let path = self.path().to_path_buf();
        std::sync::Arc::new(move || {
            let (records, keys) = Store::open(&path)?.list_for_interface_packed()?;
            Ok(Listed { records, keys })
        })
    }

    fn data_version(&mut self) -> Option<u64> {
        Store::data_version(self).ok()
    }

    fn changes_made(&self) -> u64 {
        Store::changes_made(self)
    }
}
