//! The import service: files → text → [`Posting`](crate::posting::Posting) →
//! store, one posting per transaction. One bad file never stops the others.

use crate::input;
use crate::posting;
use crate::store::{ImportKind, Store};
use std::fmt;
use std::path::{Path, PathBuf};

/// What an import did, file by file.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ImportReport {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Each failed file with a one-line reason.
    pub failed: Vec<(PathBuf, String)>,
}

impl fmt::Display for ImportReport {
    /// `added N, updated N, unchanged N, failed N`, then `PATH: reason` lines.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "added {}, updated {}, unchanged {}, failed {}",
            self.added,
            self.updated,
            self.unchanged,
            self.failed.len()
        )?;
        for (path, reason) in &self.failed {
            write!(f, "\n{}: {reason}", path.display())?;
        }
        Ok(())
    }
}

/// Imports every file (directories expanded; `-` is standard input).
pub fn import_paths(store: &mut Store, paths: &[PathBuf]) -> ImportReport {
    let (files, unreadable) = input::expand_paths(paths);
    let mut report = ImportReport {
        failed: unreadable
            .into_iter()
            .map(|(p, e)| (p, e.to_string()))
            .collect(),
        ..ImportReport::default()
    };
    for file in files {
        match import_one(store, &file) {
            Ok(ImportKind::Added) => report.added += 1,
            Ok(ImportKind::Updated) => report.updated += 1,
            Ok(ImportKind::Unchanged) => report.unchanged += 1,
            Err(reason) => report.failed.push((file, reason)),
        }
    }
    report
}

fn import_one(store: &mut Store, file: &Path) -> Result<ImportKind, String> {
    let text = if file.as_os_str() == "-" {
        input::read_stdin()
    } else {
        input::read_file(file)
    }
    .map_err(|e| e.to_string())?;
    let parsed = posting::parse(&text).map_err(|e| e.to_string())?;
    store
        .import(&parsed, &text)
        .map(|o| o.kind)
        .map_err(|e| e.to_string())
}
