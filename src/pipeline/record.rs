//! A posting as stored: the parsed posting plus what the user recorded.

use super::Stage;
use crate::posting::Posting;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// One posting in the user's pipeline, as listed. Cheap enough to hold
/// 100,000 of in memory: the original text, history and notes are loaded
/// only for the detail view ([`PostingDetail`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PostingRecord {
    /// The short id users type: the request number where there is one.
    pub id: String,
    pub posting: Posting,
    pub stage: Stage,
    /// Folded search key (title, organisation, region, criteria): see
    /// [`crate::posting::normalize::fold`].
    #[serde(skip)]
    pub search_key: String,
    pub imported_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// A re-import changed it and the user has not opened it since.
    #[serde(default, skip_serializing_if = "super::ChangeMark::is_none")]
    pub changed: super::ChangeMark,
}

/// A change of stage, as kept in the history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StageChange {
    pub from: Stage,
    pub to: Stage,
    pub at: DateTime<Utc>,
    pub note: Option<String>,
}

/// A note the user wrote on a posting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub text: String,
}

/// Everything about one posting, for the detail view and `tenderdesk show`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PostingDetail {
    pub record: PostingRecord,
    pub original_text: String,
    pub history: Vec<StageChange>,
    pub notes: Vec<Note>,
    /// When it was moved to the archive; `None` when it is not archived.
    #[serde(default)]
    pub archived_at: Option<DateTime<Utc>>,
    /// The names of the fields set by hand (see `hand::Field`): a
    /// re-import never overwrites them.
    #[serde(default)]
    pub hand_set: Vec<String>,
    /// What the imports say for the fields set by hand (name → value as
    /// text, `null` when the import has none).
    #[serde(default)]
    pub reimported: std::collections::BTreeMap<String, Option<String>>,
    /// Every change a person made (stage, answer, add, edit, archive,
    /// restore, undo) and every re-import that changed a field (`import`),
    /// oldest first, in words.
    #[serde(default)]
    pub changes: Vec<Change>,
    /// How the bid ended, if recorded (`tenderdesk outcome`).
    #[serde(default)]
    pub outcome: Option<super::Outcome>,
}

impl PostingDetail {
    /// The last re-import that moved the deadline, when it moved it
    /// earlier (one that moved it back later again is not loud).
    pub fn deadline_moved_earlier(&self) -> Option<&Change> {
        self.changes
            .iter()
            .rev()
            .filter(|c| c.kind == "import")
            .find(|c| c.fields.iter().any(|f| f.field == "deadline"))
            .filter(|c| c.deadline_earlier)
    }
}

/// One change in the posting's journal, or a re-import that changed it
/// (kind `import`, with the fields it changed).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    pub at: DateTime<Utc>,
    /// `stage`, `answer`, `add`, `edit`, `archive`, `restore`, `outcome`, `undo` or `import`.
    pub kind: String,
    /// What changed, in words.
    pub what: String,
    /// Whether a later undo reverted it.
    pub undone: bool,
    /// For a re-import: the fields it changed, old → new.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<crate::posting::diff::FieldChange>,
    /// For a re-import: whether it moved the deadline earlier.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deadline_earlier: bool,
    /// For a re-import: whether the user has opened the posting since.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seen: Option<bool>,
}
