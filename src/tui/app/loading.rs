//! Start-up on a large database: the first screen comes from the deadline
//! index at once, and the whole list is read on another thread, so the first
//! frame never waits for 100,000 postings. Keys work meanwhile; filters and
//! the search apply to what is loaded and are applied again when the rest
//! comes in.

use super::*;
use crate::tui::backend::{ListJob, Listed};
use std::sync::mpsc::{self, Receiver, TryRecvError};

/// How many records the first screen reads before the rest: more than any
/// terminal shows, so the top of the list is right from the first frame.
pub const FIRST_SCREEN: usize = 500;

/// A read of the whole list running on another thread.
pub struct Loading {
    rx: Receiver<anyhow::Result<Listed>>,
    job: ListJob,
    /// The backend's change count when the read started: a change of ours
    /// after that may be missing from what it reads.
    changes_at_start: u64,
}

impl Loading {
    fn spawn(job: ListJob, changes_at_start: u64) -> Self {
        let (tx, rx) = mpsc::channel();
        let run = std::sync::Arc::clone(&job);
        let spawned = std::thread::Builder::new()
            .name("tenderdesk-load".into())
            .spawn(move || {
                let _ = tx.send(run());
            });
        let rx = match spawned {
            Ok(_) => rx,
            Err(_) => {
                // no thread: read here instead (slower start, same result)
                let (tx, rx) = mpsc::channel();
                let _ = tx.send(job());
                rx
            }
        };
        Loading {
            rx,
            job,
            changes_at_start,
        }
    }
}

impl App {
    /// Loads the records, the profile and the answers and opens on the list.
    /// `now` is the clock the countdowns use (fixed in tests). On a database
    /// of more than [`FIRST_SCREEN`] postings the rest of the list loads on
    /// another thread ([`App::tick`] takes it in).
    pub fn new(backend: Box<dyn Backend>, now: DateTime<Utc>) -> anyhow::Result<Self> {
        Self::with_first_screen(backend, now, FIRST_SCREEN)
    }

    /// [`App::new`] with the first screen's size chosen (tests).
    pub fn with_first_screen(
        mut backend: Box<dyn Backend>,
        now: DateTime<Utc>,
        first_screen: usize,
    ) -> anyhow::Result<Self> {
        let (records, loading) = match backend.quick_start(now, first_screen)? {
            Some(q) => {
                let loading = Loading::spawn(q.rest, backend.changes_made());
                (q.head, Some((loading, q.total)))
            }
            None => (backend.list()?, None),
        };
        let mut state = State::new(vec![], now);
        state.judged.profile = backend.profile()?;
        state.judged.answers = backend.assessments()?;
        state.judged.model = backend.chance_model()?;
        state.set_records(records);
        state.loading = loading.as_ref().map(|(_, total)| *total);
        let search = SearchWorker::spawn(take_search_keys(&mut state.records));
        let watch = super::external::Watch::new(backend.data_version());
        Ok(App {
            state,
            backend,
            search,
            import_budget: import::IMPORT_BUDGET,
            loading: loading.map(|(l, _)| l),
            watch,
            first_screen,
        })
    }

    /// Whether the rest of the list is still being read.
    pub fn is_loading(&self) -> bool {
        self.loading.is_some()
    }

    /// Takes in the whole list once its read has finished (each frame).
    pub(super) fn take_loaded(&mut self) {
        let Some(l) = &self.loading else {
            return;
        };
        let got = match l.rx.try_recv() {
            Ok(got) => got,
            Err(TryRecvError::Empty) => return,
            Err(TryRecvError::Disconnected) => Err(anyhow::anyhow!("the reading thread stopped")),
        };
        self.loaded(got);
    }

    /// Blocks until the whole list is in (tests and benchmarks).
    pub fn wait_loaded(&mut self) {
        while let Some(l) = &self.loading {
            let got =
                l.rx.recv()
                    .unwrap_or_else(|_| Err(anyhow::anyhow!("the reading thread stopped")));
            self.loaded(got);
        }
    }

    fn loaded(&mut self, got: anyhow::Result<Listed>) {
        let Some(l) = self.loading.take() else {
            return;
        };
        let Listed { records, keys } = match got {
            Ok(listed) => listed,
            Err(e) => {
                self.state.loading = None;
                self.state.error(format!(
                    "Could not read every posting ({e}); showing the first {}",
                    self.state.records.len()
                ));
                return;
            }
        };
        let changes = self.backend.changes_made();
        if changes != l.changes_at_start {
            // something was written while it read: read again, so the list
            // never shows a stage from before the user's own change
            self.loading = Some(Loading::spawn(l.job, changes));
            return;
        }
        self.state.loading = None;
        // the hits of a search typed meanwhile point into the first screen's
        // records: move them, by id, onto the whole list (one refresh, in
        // set_records) until the worker has searched it all
        super::search::move_hits(&mut self.state, &records);
        self.state.set_records(records);
        self.search.set_keys(keys);
        if !self.state.search.value().trim().is_empty() {
            self.post_search();
        }
    }

    /// Reads the whole list again on the loading thread (a large database
    /// changed elsewhere): the screen keeps answering meanwhile.
    pub(super) fn reload_in_background(&mut self) {
        let job = self.backend.list_job();
        self.loading = Some(Loading::spawn(job, self.backend.changes_made()));
    }

    /// A full reload (after an import) makes a background read moot.
    pub(super) fn stop_loading(&mut self) {
        self.loading = None;
        self.state.loading = None;
    }
}
