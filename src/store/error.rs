//! The one error type of the store. Every variant displays as one line that a
//! user can act on; nothing here panics on what a file or a user supplied.

use std::path::PathBuf;

/// Why a store operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open database {}: {reason}", path.display())]
    Open { path: PathBuf, reason: String },
    #[error("{} is not a tenderdesk database (or it is damaged); it was left untouched", path.display())]
    NotOurs { path: PathBuf },
    #[error(
        "{} was written by a newer tenderdesk (schema version {found}, this program knows up to {known}); upgrade tenderdesk, the file was left untouched",
        path.display()
    )]
    TooNew {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    #[error("database {} is read-only", path.display())]
    ReadOnly { path: PathBuf },
    #[error("unknown posting id '{0}'")]
    UnknownId(String),
    #[error("backup target {} exists (use --force to overwrite it)", .0.display())]
    TargetExists(PathBuf),
    #[error("posting {id} has no {kind} criterion {number}")]
    UnknownCriterion {
        id: String,
        kind: &'static str,
        number: u32,
    },
    #[error("a note needs some text")]
    EmptyNote,
    #[error("stored posting {id} cannot be read: {reason}")]
    Corrupt { id: String, reason: String },
    #[error("{0}")]
    BadQuery(String),
    #[error("database migration failed: {0}")]
    Migration(String),
    #[error("{context}: {source}")]
    Io {
        context: String,
        source: std::io::Error,
    },
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

impl StoreError {
    pub(crate) fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        StoreError::Io {
            context: context.into(),
            source,
        }
    }
}
