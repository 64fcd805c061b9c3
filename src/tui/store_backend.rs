//! [`Backend`] over the SQLite [`crate::store::Store`]: every call is one
//! store call, so each change is durable when the key press is handled.

use super::backend::Backend;
use crate::pipeline::{Note, PostingDetail, PostingRecord, Stage, StageChange};
use crate::store::Store;
use anyhow::{Result, anyhow};
use std::path::Path;

impl Backend for Store {
    fn list(&mut self) -> Result<Vec<PostingRecord>> {
        Ok(Store::list(self)?)
    }

    fn detail(&mut self, id: &str) -> Result<PostingDetail> {
        Ok(Store::detail(self, id)?)
    }

    fn set_stage(&mut self, id: &str, stage: Stage, note: Option<&str>) -> Result<StageChange> {
        Ok(Store::set_stage(self, id, stage, note)?)
    }

    fn undo(&mut self) -> Result<Option<(String, StageChange)>> {
        Ok(Store::undo(self)?)
    }

    fn add_note(&mut self, id: &str, text: &str) -> Result<Note> {
        Ok(Store::add_note(self, id, text)?)
    }

    fn import_text(&mut self, text: &str) -> Result<String> {
        let posting = crate::posting::parse(text).map_err(|e| anyhow!("{e}"))?;
        Ok(self.import(&posting, text)?.id)
    }

    fn import_path(&mut self, path: &Path) -> Result<String> {
        Ok(crate::import::import_paths(self, &[path.to_path_buf()]).to_string())
    }
}
