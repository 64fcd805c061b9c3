//! The fuzzy search's side of the app: posting queries to the worker and
//! taking its results each frame, so typing never waits for a search.

use super::*;
use crate::search::packed::PackedKeys;
use crate::tui::worker::Hits;

impl App {
    /// Takes the search results that came in since the last frame.
    pub fn tick(&mut self) {
        self.take_loaded();
        self.notice_external_writes();
        self.step_import();
        if let Some(h) = self.search.results() {
            self.apply_hits(h);
        }
        self.state.search_pending = self.search.is_busy();
    }

    /// Whether search results are still to come.
    pub fn is_busy(&self) -> bool {
        self.search.is_busy() || self.is_importing() || self.is_loading()
    }

    /// Blocks until the search has answered the last query (tests).
    pub fn wait_idle(&mut self) {
        if let Some(h) = self.search.wait_idle() {
            self.apply_hits(h);
        }
        self.state.search_pending = false;
    }

    /// A new query starts at its best hit; the same query searched again
    /// (after a reload) keeps the selection on its posting.
    pub(super) fn apply_hits(&mut self, h: Hits) {
        let s = &mut self.state;
        let same = s.search_hits.as_ref().is_some_and(|(q, _)| *q == h.query);
        let keep = if same { s.selected_id() } else { None };
        s.search_hits = Some((h.query, h.hits));
        s.refresh_hits();
        s.selected = 0;
        s.board_row = 0;
        if let Some(id) = keep {
            s.select_id(&id);
        }
    }

    /// Hands the query typed so far to the worker; returns at once.
    pub(super) fn post_search(&mut self) {
        let q = self.state.search.value().to_string();
        if q.trim().is_empty() {
            self.search.cancel();
            self.state.search_hits = None;
            self.state.refresh_hits();
        } else {
            self.search.find(&q);
        }
        self.state.search_pending = self.search.is_busy();
    }

    /// Clears the search query and its results.
    pub(super) fn clear_search(&mut self) {
        self.state.search = Default::default();
        self.post_search();
    }

    pub(super) fn update_search(&mut self, action: Action) {
        match action {
            Action::Open => self.state.searching = false,
            Action::Back => {
                self.state.searching = false;
                self.clear_search();
            }
            Action::Up => self.state.move_selection(-1),
            Action::Down => self.state.move_selection(1),
            _ => {}
        }
    }
}

/// Search hits point into the records by index: before `records` replace
/// them, move the hits, by id, onto the new ones (until the worker has
/// searched those).
pub(super) fn move_hits(s: &mut State, records: &[crate::pipeline::PostingRecord]) {
    if let Some((q, hits)) = s.search_hits.take() {
        let index: std::collections::HashMap<&str, usize> = records
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.as_str(), i))
            .collect();
        let old = &s.records;
        let moved = hits
            .iter()
            .filter_map(|&(i, score)| Some((*index.get(old.get(i)?.id.as_str())?, score)))
            .collect();
        s.search_hits = Some((q, moved));
    }
}

/// Every record's search key, in record order, packed: the worker's
/// haystack. The keys move to the worker (the records keep empty ones):
/// at 100,000 postings a copy was 92 MB, and nothing else in the interface
/// reads them.
pub(super) fn take_search_keys(records: &mut [crate::pipeline::PostingRecord]) -> PackedKeys {
    PackedKeys::take_from(records)
}
