//! The import key's work: a path expanded to files, imported one file at a
//! time between frames (time-boxed), so the progress popup keeps drawing and
//! `Esc` is read between two files. Each file is one whole posting in the
//! store, so a cancelled import never leaves half a posting.

use super::*;
use crate::input;
use crate::tui::importing::ImportJob;
use std::path::Path;
use std::time::{Duration, Instant};

/// How long one tick may spend importing before the screen is drawn again.
pub(super) const IMPORT_BUDGET: Duration = Duration::from_millis(30);

impl App {
    /// Starts importing a file or a folder; the popup to show (the progress,
    /// or the summary when there is nothing to import).
    pub fn start_import(&mut self, path: &Path) -> Popup {
        let (files, unreadable) = input::expand_paths(&[path.to_path_buf()]);
        let unreadable = unreadable
            .into_iter()
            .map(|(p, e)| (p, e.to_string()))
            .collect();
        let root = if path.is_dir() {
            path.to_path_buf()
        } else {
            path.parent().unwrap_or(path).to_path_buf()
        };
        let job = ImportJob::new(root, files, unreadable);
        if job.is_finished() {
            self.finish_import(job)
        } else {
            Popup::Importing(job)
        }
    }

    /// Whether an import is under way.
    pub fn is_importing(&self) -> bool {
        matches!(self.state.popup, Some(Popup::Importing(_)))
    }

    /// Imports the next files, for at most [`App::import_budget`] (at least
    /// one file); shows the summary when the last is done.
    pub(super) fn step_import(&mut self) {
        let start = Instant::now();
        let Some(Popup::Importing(job)) = &mut self.state.popup else {
            return;
        };
        while let Some(file) = job.next_file().map(Path::to_path_buf) {
            job.record(self.backend.import_file(&file));
            if start.elapsed() >= self.import_budget {
                break;
            }
        }
        if job.is_finished()
            && let Some(Popup::Importing(job)) = self.state.popup.take()
        {
            self.state.popup = Some(self.finish_import(job));
        }
    }

    /// Reloads the records and turns the job into its summary.
    pub fn finish_import(&mut self, job: ImportJob) -> Popup {
        self.reload();
        let line = job.summary_line();
        if job.failed.is_empty() && job.deadline_earlier == 0 {
            self.state.info(line);
        } else {
            self.state.error(line);
        }
        Popup::ImportSummary { job, scroll: 0 }
    }
}
