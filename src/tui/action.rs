//! What a user can ask for: the [`Action`] enum, bound to keys in
//! [`super::keymap`]. Actions are plain data; they say nothing about how the
//! state changes (that is [`super::app`]) or how it looks (`views`).

use crate::assess::Answer;
use crate::pipeline::Stage;

/// A detail pane, in the order Tab walks through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    Overview,
    Criteria,
    Vog,
    Dba,
    Planning,
    Notes,
    Text,
}

impl Pane {
    pub const ALL: [Pane; 7] = [
        Pane::Overview,
        Pane::Criteria,
        Pane::Vog,
        Pane::Dba,
        Pane::Planning,
        Pane::Notes,
        Pane::Text,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Pane::Overview => "Overview",
            Pane::Criteria => "Criteria",
            Pane::Vog => "VOG",
            Pane::Dba => "DBA",
            Pane::Planning => "Planning",
            Pane::Notes => "Notes",
            Pane::Text => "Text",
        }
    }

    pub fn index(self) -> usize {
        Pane::ALL.iter().position(|p| *p == self).unwrap_or(0)
    }

    /// The pane `delta` steps away, wrapping around.
    pub fn step(self, delta: isize) -> Pane {
        let n = Pane::ALL.len() as isize;
        Pane::ALL[((self.index() as isize + delta).rem_euclid(n)) as usize]
    }
}

/// Every action a key can be bound to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Quit from the main view; close the popup elsewhere.
    Quit,
    /// Quit from anywhere (Ctrl-C).
    ForceQuit,
    Up,
    Down,
    Left,
    Right,
    Top,
    Bottom,
    PageUp,
    PageDown,
    /// Open the selected posting, or confirm in a popup.
    Open,
    /// Close, cancel, go back.
    Back,
    NextPane,
    PrevPane,
    Pane(Pane),
    ToggleBoard,
    ToggleSideLane,
    CycleSort,
    Search,
    Filter,
    ClearFilter,
    /// `Esc` in the list: the search first, then the filters (kept for
    /// [`Action::RestoreFilter`]).
    ClearStep,
    /// Bring back the filters last cleared.
    RestoreFilter,
    SetStage(Stage),
    StageMenu,
    /// Undo the selected (or open) posting's last change.
    Undo,
    /// Undo the last change of any posting.
    UndoAny,
    Note,
    /// Save the note being edited.
    Save,
    Import,
    LoadSamples,
    Help,
    /// Switch to the agenda view (and back to the list).
    Agenda,
    /// Open the profile editor.
    Profile,
    /// Open the stats of your bids (`tui/stats.rs`).
    Stats,
    /// Edit the open posting's fields in a form.
    Edit,
    /// Add a posting from an empty form.
    AddPosting,
    /// Move the posting to the archive (asks first), or out of it when the
    /// archive is shown.
    Archive,
    /// Show the archive instead of the postings, and back.
    ToggleArchive,
    /// Read the list, answers, profile and open detail again.
    Reload,
    /// Copy the posting's id and web address to the clipboard.
    Copy,
    /// Open the posting's web address in the browser.
    OpenUrl,
    /// Answer the selected criterion (`None` clears the answer).
    Judge(Option<Answer>),
}
