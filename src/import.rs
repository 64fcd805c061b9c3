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

/// Reads a file (or `-`) in any supported format and parses the posting.
pub fn read_posting(file: &Path) -> Result<(posting::Posting, String), String> {
    let doc = if file.as_os_str() == "-" {
        input::read_stdin_document()
    } else {
        input::read_document(file)
    }
    .map_err(|e| e.to_string())?;
    let posting = posting_from(&doc)?;
    Ok((posting, doc.text))
}

/// An alert shorter than this with a link and no criteria is a summary.
const SUMMARY_MAX_CHARS: usize = 3000;

/// Parses a document's text; an e-mail with a link, no criteria and little
/// text is a platform alert: the posting is marked summary-only.
pub fn posting_from(doc: &input::Document) -> Result<posting::Posting, String> {
    let mut parsed = posting::parse(&doc.text).map_err(|e| e.to_string())?;
    if doc.format == input::Format::Email && doc.link.is_some() {
        parsed.link = doc.link.clone();
        parsed.summary_only = parsed.knockout.is_empty()
            && parsed.award.is_empty()
            && doc.text.chars().count() < SUMMARY_MAX_CHARS;
    }
    Ok(parsed)
}

fn import_one(store: &mut Store, file: &Path) -> Result<ImportKind, String> {
    let (parsed, text) = read_posting(file)?;
    store
        .import(&parsed, &text)
        .map(|o| o.kind)
        .map_err(|e| e.to_string())
}
