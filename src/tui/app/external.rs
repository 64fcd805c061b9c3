//! Writes made by other processes (the CLI, a second interface) show within
//! a second: on the loop's tick, at most every [`CHECK_EVERY`], the store's
//! `data_version` is compared with the one last seen; when it moved, the
//! list, the answers, the profile and the open detail are read again (a list
//! of more than [`super::FIRST_SCREEN`] postings on the loading thread, as at
//! start-up). The selection stays on its posting, the detail on its pane
//! and line.

use super::App;
use std::time::{Duration, Instant};

/// How often the store is asked (one `PRAGMA data_version`).
pub const CHECK_EVERY: Duration = Duration::from_millis(250);

/// The last `data_version` seen and when it was asked.
pub(super) struct Watch {
    version: Option<u64>,
    checked: Instant,
}

impl Watch {
    pub(super) fn new(version: Option<u64>) -> Watch {
        Watch {
            version,
            checked: Instant::now(),
        }
    }
}

impl App {
    /// Reads everything again when another process wrote since the last
    /// check; true when it did.
    pub fn notice_external_writes(&mut self) -> bool {
        if self.watch.checked.elapsed() < CHECK_EVERY || self.is_loading() {
            // the loading thread's read is compared when it ends
            return false;
        }
        self.watch.checked = Instant::now();
        let Some(now) = self.backend.data_version() else {
            return false;
        };
        if self.watch.version == Some(now) {
            return false;
        }
        self.watch.version = Some(now);
        if self.state.records.len() > self.first_screen {
            // a large list is read again on the loading thread, as at
            // start-up (100,000 postings take seconds)
            self.reload_answers();
            self.reload_in_background();
            self.reload_detail();
        } else {
            self.reload_all();
        }
        true
    }

    /// The list, the profile and the answers, and the open detail, from the
    /// store.
    pub fn reload_all(&mut self) {
        self.reload_answers();
        self.reload();
        self.reload_detail();
    }

    /// The profile and the answers, from the store.
    fn reload_answers(&mut self) {
        match (self.backend.profile(), self.backend.assessments()) {
            (Ok(profile), Ok(answers)) => {
                self.state.judged.profile = profile;
                self.state.judged.answers = answers;
                self.complete_answered();
            }
            (Err(e), _) | (_, Err(e)) => {
                self.state
                    .error(format!("Could not read the assessments: {e}"));
            }
        }
    }
}
