//! The SQLite store: postings, criteria, stage history and notes in one file.
//!
//! Owns the schema and every query; knows nothing of terminals or argument
//! parsing. Every write runs in one `BEGIN IMMEDIATE` transaction, so a second
//! process waits (busy timeout) instead of failing with "database is locked",
//! and a kill at any moment leaves each posting whole or absent.

mod assess;
mod batch;
mod columns;
mod error;
mod fts;
mod hand;
mod import;
mod interface_records;
mod journal;
mod keys;
mod lean;
mod learn;
mod matching;
mod open;
mod outcome;
mod read;
mod revisions;
pub mod schema;
mod schema_check;
mod schema_print;
mod stage;
mod words;

pub use assess::CriterionKind;
pub use error::StoreError;
pub use fts::{TextHit, query_parts};
pub use import::{Changed, ImportKind, ImportOutcome, id_of_number};
pub use journal::Undone;
pub use matching::NEW_ROUND_DAYS;
pub use outcome::OutcomeRecorded;

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::Connection;
use std::path::{Path, PathBuf};

/// An open tenderdesk database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// What filling the full-text indexes took per posting in the last
    /// import batch (see `batch.rs`), to keep the next one within its budget.
    index_per_row: std::time::Duration,
}

impl Store {
    /// Opens the database at `path`, creating it (0600, parent directories
    /// too) and migrating it to the current schema. Refuses, without
    /// modifying it, a file that is not a tenderdesk database, a damaged one
    /// and one from a newer tenderdesk.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let conn = open::open_connection(path)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            index_per_row: batch::INDEX_PER_ROW_GUESS,
        })
    }

    /// Runs `read` in one read transaction: every read in it sees the same
    /// state of the database and SQLite takes its shared lock once, not once
    /// per statement (a list reading a search's hits one by one otherwise
    /// locks and checks the files for each hit). Meant for reads; a write
    /// in `read` would be committed with them.
    pub fn reading<T, E: From<StoreError>>(
        &self,
        read: impl FnOnce(&Store) -> Result<T, E>,
    ) -> Result<T, E> {
        let snapshot = self
            .conn
            .unchecked_transaction()
            .map_err(|e| E::from(e.into()))?;
        let out = read(self)?;
        snapshot.commit().map_err(|e| E::from(e.into()))?;
        Ok(out)
    }

    /// The file this store was opened from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes a consistent copy of the database to `target` (0600), while
    /// other processes may be writing. An existing `target` is replaced only
    /// with `force`.
    pub fn backup(&self, target: &Path, force: bool) -> Result<(), StoreError> {
        if !force && target.exists() {
            return Err(StoreError::TargetExists(target.to_path_buf()));
        }
        let dir = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
        let _ = std::fs::remove_file(&tmp);
        open::private_options()
            .write(true)
            .create_new(true)
            .open(&tmp)
            .map_err(|e| StoreError::io(format!("cannot create {}", tmp.display()), e))?;
        let copied = self
            .conn
            .execute("VACUUM INTO ?1", [tmp.to_string_lossy().as_ref()])
            .map_err(StoreError::from)
            .and_then(|_| {
                if force {
                    std::fs::rename(&tmp, target)
                } else {
                    // hard_link fails if the target appeared meanwhile: never clobber
                    std::fs::hard_link(&tmp, target).and_then(|()| std::fs::remove_file(&tmp))
                }
                .map_err(|e| match e.kind() {
                    std::io::ErrorKind::AlreadyExists => {
                        StoreError::TargetExists(target.to_path_buf())
                    }
                    _ => StoreError::io(format!("cannot write {}", target.display()), e),
                })
            });
        if copied.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        copied
    }

    /// Runs `PRAGMA integrity_check`; `Ok(())` when the file is sound.
    pub fn integrity_check(&self) -> Result<Vec<String>, StoreError> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        let rows = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }
}

/// `path` with `suffix` appended to its file name (`db` → `db-wal`).
pub(crate) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_os_string();
    s.push(suffix);
    PathBuf::from(s)
}

/// A timestamp as stored: RFC 3339, UTC, microseconds.
pub(crate) fn ts(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Micros, true)
}

/// Reads a stored timestamp; a damaged one becomes the epoch rather than a panic.
pub(crate) fn parse_ts(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_hand;
