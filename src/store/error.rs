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
    #[error(transparent)]
    Field(#[from] crate::hand::FieldError),
    #[error("nothing to change: give at least one field")]
    NothingToEdit,
    #[error("posting {0} is already in the archive")]
    AlreadyArchived(String),
    #[error("posting {0} is not in the archive")]
    NotArchived(String),
    #[error(
        "stored posting {id} is damaged ({reason}); nothing was changed or deleted: restore a backup (see RELIABILITY.md)"
    )]
    Corrupt { id: String, reason: String },
    #[error("{0}")]
    BadQuery(String),
    #[error(
        "database {} is damaged ({reason}); nothing was changed or deleted: restore a backup (see RELIABILITY.md)",
        path.display()
    )]
    Damaged { path: PathBuf, reason: String },
    #[error(
        "the database is damaged ({0}); nothing was changed or deleted: restore a backup (see RELIABILITY.md)"
    )]
    DamagedData(String),
    #[error("database migration failed: {0}")]
    Migration(String),
    #[error("{context}: {source}")]
    Io {
        context: String,
        source: std::io::Error,
    },
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
}

impl From<rusqlite::Error> for StoreError {
    /// Damage (a corrupt page, text that is not UTF-8, a value of the wrong
    /// type in a STRICT table) gets its own message; everything else is a
    /// plain database error.
    fn from(e: rusqlite::Error) -> Self {
        if is_damage(&e) {
            StoreError::DamagedData(first_line(&e))
        } else {
            StoreError::Sqlite(e)
        }
    }
}

/// Whether a SQLite error means the file is damaged.
pub(crate) fn is_damage(e: &rusqlite::Error) -> bool {
    use rusqlite::{Error, ErrorCode};
    match e {
        Error::FromSqlConversionFailure(..)
        | Error::Utf8Error(..)
        | Error::InvalidColumnType(..) => true,
        _ => matches!(
            e.sqlite_error_code(),
            Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase)
        ),
    }
}

/// The error's own message, once (its sources repeat it).
pub(crate) fn first_line(e: &rusqlite::Error) -> String {
    e.to_string().lines().next().unwrap_or_default().to_string()
}

impl StoreError {
    pub(crate) fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        StoreError::Io {
            context: context.into(),
            source,
        }
    }
}
