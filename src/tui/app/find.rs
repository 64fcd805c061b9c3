//! `/` in the detail: find in the posting's original text. Typing marks
//! every match at once (folded, so "coordinator" finds "Coördinator");
//! `Enter` jumps to the next match below the top of the pane, wrapping
//! around, and `/` `Enter` again to the one after; `Esc` drops the term.

use super::App;
use crate::tui::action::{Action, Pane};
use crate::tui::query;
use crate::tui::state::DetailState;
use crate::tui::views::extent;
use ratatui::crossterm::event::{Event, KeyEvent};

impl DetailState {
    /// Marks the matches of `term` on every line.
    pub fn set_term(&mut self, term: &str) {
        self.hits = self
            .lines
            .iter()
            .map(|l| query::substring_ranges(l, term))
            .collect();
    }

    /// The term being typed or last found, if any.
    pub fn find_term(&self) -> Option<&str> {
        self.find.as_ref().map(|i| i.value())
    }
}

impl App {
    /// Opens the Text pane with the find field, keeping the last term.
    pub(super) fn start_find(&mut self) {
        let term = self.state.search.value().to_string();
        if let Some(d) = &mut self.state.detail {
            d.pane = Pane::Text;
            if d.find.is_none() {
                d.find = Some(tui_input::Input::new(term));
            }
            d.finding = true;
        }
    }

    pub(super) fn update_find(&mut self, action: Action) {
        match action {
            Action::Open => {
                if let Some(d) = &mut self.state.detail {
                    d.finding = false;
                }
                self.next_match();
            }
            Action::Back => {
                let term = self.state.search.value().to_string();
                if let Some(d) = &mut self.state.detail {
                    d.finding = false;
                    d.find = None;
                    d.set_term(&term);
                }
            }
            _ => {}
        }
    }

    /// A key typed into the find field: the marks follow at once.
    pub(super) fn type_find(&mut self, key: KeyEvent) {
        let Some(d) = &mut self.state.detail else {
            return;
        };
        let Some(input) = &mut d.find else { return };
        if let Some(r) = tui_input::backend::crossterm::to_input_request(&Event::Key(key)) {
            input.handle(r);
        }
        let term = input.value().to_string();
        d.set_term(&term);
        d.found_at = None;
    }

    /// Scrolls to the next match: after the one gone to last, else the
    /// first whose line starts below the pane's top; around at the end.
    fn next_match(&mut self) {
        let Some(d) = &self.state.detail else { return };
        let with_hits: Vec<usize> = (0..d.lines.len())
            .filter(|&i| !d.hits[i].is_empty())
            .collect();
        if with_hits.is_empty() {
            let term = d.find_term().unwrap_or_default().to_string();
            return self.state.info(format!("\"{term}\" is not in the text"));
        }
        let n = with_hits.len();
        let row_of = |k: usize| extent::text_row_of_line(&self.state, d, with_hits[k]);
        let at = match d.found_at {
            Some(k) => (k + 1) % n,
            None => (0..n).find(|&k| row_of(k) > d.scroll).unwrap_or(0),
        };
        let row = row_of(at);
        let (limit, _) = extent::detail(&self.state, d);
        if let Some(d) = &mut self.state.detail {
            d.scroll = row.min(limit);
            d.found_at = Some(at);
        }
        self.state
            .info(format!("Match {} of {n} · / Enter for the next", at + 1));
    }
}
