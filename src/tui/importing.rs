//! A folder import in steps: the files still to do and what the done ones
//! gave. Plain data; [`super::app::App`] imports the files one at a time
//! between frames, so the interface keeps drawing and `Esc` can stop it
//! between two files (each posting is stored whole, so never half a one).

use crate::store::ImportKind;
use std::path::{Path, PathBuf};

/// What importing one file gave: what the store did, and how many warnings
/// the posting came in with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileImported {
    pub kind: ImportKind,
    pub warnings: usize,
    /// A re-import that changed a field a bidder acts on.
    pub changed: bool,
    /// A re-import that moved the deadline earlier.
    pub deadline_earlier: bool,
}

/// An import under way, or finished (then shown as the summary).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportJob {
    /// What was typed (a file or a folder); failed files are shown relative
    /// to it.
    pub root: PathBuf,
    /// Every file to import, in order.
    pub files: Vec<PathBuf>,
    /// How many of `files` have been tried.
    pub done: usize,
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Of the updated, those that changed a field a bidder acts on.
    pub changed: usize,
    /// Of the changed, those whose deadline moved earlier.
    pub deadline_earlier: usize,
    /// Postings that came in with warnings (the detail's Overview lists them).
    pub with_warnings: usize,
    /// Each failed file (or unreadable path) with its reason.
    pub failed: Vec<(PathBuf, String)>,
    /// Stopped by the user; the files from `done` on were skipped.
    pub cancelled: bool,
}

impl ImportJob {
    /// A job over `files`, with the paths that could not be read already
    /// counted as failed.
    pub fn new(root: PathBuf, files: Vec<PathBuf>, unreadable: Vec<(PathBuf, String)>) -> Self {
        ImportJob {
            root,
            files,
            failed: unreadable,
            ..Self::default()
        }
    }

    /// The next file to import, if any is left and the job was not cancelled.
    pub fn next_file(&self) -> Option<&Path> {
        if self.cancelled {
            return None;
        }
        self.files.get(self.done).map(PathBuf::as_path)
    }

    /// Counts the outcome of the next file.
    pub fn record(&mut self, outcome: Result<FileImported, String>) {
        let Some(file) = self.files.get(self.done).cloned() else {
            return;
        };
        match outcome {
            Ok(f) => {
                match f.kind {
                    ImportKind::Added => self.added += 1,
                    ImportKind::Updated => self.updated += 1,
                    ImportKind::Unchanged => self.unchanged += 1,
                }
                if f.warnings > 0 {
                    self.with_warnings += 1;
                }
                self.changed += usize::from(f.changed);
                self.deadline_earlier += usize::from(f.deadline_earlier);
            }
            Err(reason) => self.failed.push((file, reason)),
        }
        self.done += 1;
    }

    pub fn is_finished(&self) -> bool {
        self.next_file().is_none()
    }

    /// Files not started because the import was cancelled.
    pub fn skipped(&self) -> usize {
        self.files.len() - self.done
    }

    /// Share of the files done, 0.0 to 1.0.
    pub fn ratio(&self) -> f64 {
        if self.files.is_empty() {
            1.0
        } else {
            self.done as f64 / self.files.len() as f64
        }
    }

    /// `added N · updated N · changed N · unchanged N · failed N`, and how
    /// many came in with warnings when any did.
    pub fn counts(&self) -> String {
        let mut out = format!(
            "added {} · updated {} · changed {} · unchanged {} · failed {}",
            self.added,
            self.updated,
            self.changed,
            self.unchanged,
            self.failed.len()
        );
        if self.with_warnings > 0 {
            out.push_str(&format!(" · {} with warnings", self.with_warnings));
        }
        out
    }

    /// The one-line summary for the status line.
    pub fn summary_line(&self) -> String {
        let head = if self.cancelled {
            format!(
                "Import cancelled after {} of {} files ({} skipped)",
                self.done,
                self.files.len(),
                self.skipped()
            )
        } else {
            format!("Import of {} files done", self.files.len())
        };
        let loud = match self.deadline_earlier {
            0 => String::new(),
            1 => "!! A DEADLINE MOVED EARLIER (Δ! in the list) · ".into(),
            n => format!("!! {n} DEADLINES MOVED EARLIER (Δ! in the list) · "),
        };
        format!("{loud}{head}: {}", self.counts())
    }

    /// A path as the summary shows it: relative to the folder imported.
    pub fn shown(&self, path: &Path) -> String {
        match path.strip_prefix(&self.root) {
            Ok(rel) if !rel.as_os_str().is_empty() => rel.display().to_string(),
            _ => path.display().to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_cancel() {
        let files = vec![PathBuf::from("d/a"), PathBuf::from("d/b"), "d/c".into()];
        let mut j = ImportJob::new("d".into(), files, vec![("d/x".into(), "denied".into())]);
        assert_eq!(j.next_file(), Some(Path::new("d/a")));
        j.record(Ok(FileImported {
            kind: ImportKind::Added,
            warnings: 2,
            changed: false,
            deadline_earlier: false,
        }));
        j.record(Err("no posting".into()));
        assert_eq!(j.failed.len(), 2);
        assert_eq!(j.shown(&j.failed[1].0), "b");
        j.cancelled = true;
        assert!(j.is_finished());
        assert_eq!(j.skipped(), 1);
        assert!(j.summary_line().contains("cancelled after 2 of 3"));
        assert!(
            j.counts().ends_with("failed 2 · 1 with warnings"),
            "{}",
            j.counts()
        );
    }
}
