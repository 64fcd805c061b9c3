//! How far a scrolled pane can go: its content's rows (wrapped at the
//! width it is drawn at) against the rows it has on screen. Used by the
//! views to clamp what they draw and by the app to clamp scrolling and to
//! size a page, so `j`, `G` and `PgDn` stop at the last line.

use super::{detail, layout, popups};
use crate::tui::action::Pane;
use crate::tui::state::{DetailState, State};
use crate::tui::theme::Theme;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

/// Rows `lines` take when wrapped at `width` (one per line when the width
/// is unknown).
pub fn rows(lines: &[Line], width: u16) -> usize {
    if width == 0 {
        return lines.len();
    }
    Paragraph::new(lines.to_vec())
        .wrap(Wrap { trim: false })
        .line_count(width)
}

/// The largest scroll that still fills `area` (0 when it all fits).
pub fn limit(lines: &[Line], area: Rect) -> u16 {
    let rows = rows(lines, area.width);
    let height = if area.width == 0 {
        1
    } else {
        usize::from(area.height)
    };
    u16::try_from(rows.saturating_sub(height)).unwrap_or(u16::MAX)
}

/// The inside of the detail's pane on the last known screen.
fn detail_inner(s: &State) -> Rect {
    Block::bordered().inner(detail::body_area(layout(s.screen)[2]))
}

/// How far the open pane (not Criteria, which follows its selection) may
/// scroll, and how many rows a page is.
pub fn detail(s: &State, d: &DetailState) -> (u16, u16) {
    let theme = Theme::mono();
    let inner = detail_inner(s);
    let lines = match d.pane {
        Pane::Text => super::text::text_lines(d, &theme),
        _ => detail::pane_lines(s, d, &theme, inner.width),
    };
    (limit(&lines, inner), page(inner.height))
}

/// How far `j` scrolls on past the last criterion (see
/// [`super::criteria::tail_room`]).
pub fn criteria_tail(s: &State, d: &DetailState) -> u16 {
    super::criteria::tail_room(s, d, detail::body_area(layout(s.screen)[2]))
}

/// The Text pane's row where source line `line` starts (lines wrap).
pub fn text_row_of_line(s: &State, d: &DetailState, line: usize) -> u16 {
    let lines = super::text::text_lines(d, &Theme::mono());
    let above = &lines[..line.min(lines.len())];
    u16::try_from(rows(above, detail_inner(s).width)).unwrap_or(u16::MAX)
}

/// The help popup's scroll limit and page.
pub fn help(s: &State) -> (u16, u16) {
    let inner = popups::help_inner(s.screen);
    let lines = popups::help_lines(&Theme::mono());
    (limit(&lines, inner), page(inner.height))
}

/// Rows of the list on screen: a page for `PgDn`.
pub fn list_page(s: &State) -> u16 {
    page(super::list::rows_area(layout(s.screen)[2]).height)
}

/// A page: the rows shown, less one kept for context; at least one.
fn page(height: u16) -> u16 {
    height.saturating_sub(1).max(1)
}
