//! What a re-import changed in a posting, as the layers above the store see
//! it: the mark the list shows until the posting is opened, and one
//! re-import's changes field by field (see `posting::diff`).

use super::Stage;
use crate::posting::diff::FieldChange;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// What the list shows for a posting whose re-import changed it, until the
/// user opens it: `Δ`, or the loudest mark when the deadline moved earlier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeMark {
    /// Nothing changed since the user last opened it.
    #[default]
    None,
    /// A re-import changed a field the user has not looked at yet.
    Changed,
    /// A re-import moved the deadline earlier, not looked at yet.
    DeadlineEarlier,
}

impl ChangeMark {
    pub fn is_none(&self) -> bool {
        *self == ChangeMark::None
    }

    /// As stored in `postings.change_mark` (0, 1, 2).
    pub fn from_code(code: i64) -> ChangeMark {
        match code {
            2 => ChangeMark::DeadlineEarlier,
            1 => ChangeMark::Changed,
            _ => ChangeMark::None,
        }
    }

    pub fn code(self) -> i64 {
        match self {
            ChangeMark::None => 0,
            ChangeMark::Changed => 1,
            ChangeMark::DeadlineEarlier => 2,
        }
    }
}

/// One re-import that changed a posting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revision {
    /// The posting's id.
    pub id: String,
    pub title: String,
    pub stage: Stage,
    /// When the re-import came in.
    pub at: DateTime<Utc>,
    /// The fields it changed, deadline first.
    pub fields: Vec<FieldChange>,
    /// Whether it moved the deadline earlier.
    pub deadline_earlier: bool,
    /// Whether the user has opened the posting since.
    pub seen: bool,
}

impl Revision {
    /// "re-import changed deadline, knockout 2": the changed fields in words.
    pub fn summary(&self) -> String {
        let names: Vec<&str> = self.fields.iter().map(|f| f.field.as_str()).collect();
        let loud = if self.deadline_earlier {
            "DEADLINE MOVED EARLIER; "
        } else {
            ""
        };
        format!("re-import: {loud}changed {}", names.join(", "))
    }
}
