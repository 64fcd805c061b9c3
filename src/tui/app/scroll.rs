//! Moving through what is shown: the selection in the list, board and
//! agenda, the criterion in the Criteria pane (and on past the last one to
//! the pane's end), the scroll of every other pane, all clamped to the
//! content and the window ([`views::extent`]); a page is the window's rows.

use super::App;
use crate::tui::action::Pane;
use crate::tui::views;

impl App {
    /// Rows a `PgDn` moves: what the open pane or the list shows, less one.
    pub(super) fn page(&self) -> isize {
        let s = &self.state;
        let rows = match &s.detail {
            Some(d) if d.pane == Pane::Criteria => views::extent::detail(s, d).1 / 2,
            Some(d) => views::extent::detail(s, d).1,
            None => views::extent::list_page(s),
        };
        rows.max(1) as isize
    }

    /// Moves the selection, or scrolls the open pane within its content.
    /// In the Criteria pane `j` moves the selected criterion, then, past
    /// the last one, scrolls on to the pane's end; `k` comes back the same way.
    pub(super) fn scroll_or_move(&mut self, delta: isize) {
        let limit = match &self.state.detail {
            Some(d) if d.pane == Pane::Criteria => views::extent::criteria_tail(&self.state, d),
            Some(d) => views::extent::detail(&self.state, d).0,
            None => 0,
        };
        let limit = limit as isize;
        match &mut self.state.detail {
            Some(d) if d.pane == Pane::Criteria => {
                let last = d.criteria_count().max(1) as isize - 1;
                let mut at = d.criterion as isize;
                let mut tail = if at == last { d.scroll as isize } else { 0 };
                if delta < 0 {
                    let back = tail.min(-delta);
                    tail -= back;
                    at = (at + delta + back).max(0);
                } else {
                    let to = at + delta;
                    if to > last {
                        tail = (tail + to - last.max(at)).min(limit);
                    }
                    at = to.min(last);
                }
                d.criterion = at as usize;
                d.scroll = tail.clamp(0, limit) as u16;
            }
            Some(d) => {
                d.scroll = (d.scroll as isize + delta).clamp(0, limit) as u16;
            }
            None => self.state.move_selection(delta),
        }
    }
}
