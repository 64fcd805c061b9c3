//! The detail's tab bar: the pane names (shortened under 80 columns, so all
//! seven fit whole) and which tab a mouse click hits.

use crate::tui::action::Pane;
use ratatui::layout::{Constraint, Layout, Rect};

/// "1 Overview", or "1 Over" in a narrow window.
pub fn titles(narrow: bool) -> Vec<String> {
    Pane::ALL
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let label: String = if narrow {
                p.label().chars().take(4).collect()
            } else {
                p.label().to_string()
            };
            format!("{} {label}", i + 1)
        })
        .collect()
}

/// The pane whose tab is at (x, y) on a screen whose body is `screen_body`
/// (a mouse click), laid out as `Tabs` draws them: left padding, title,
/// right padding, divider.
pub fn at(screen_body: Rect, x: u16, y: u16) -> Option<Pane> {
    let [_, tabs, _] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(screen_body);
    if y != tabs.y {
        return None;
    }
    let narrow = screen_body.width < 80;
    let (left, right) = if narrow { (1, 0) } else { (1, 1) };
    let mut at = tabs.x;
    for (pane, title) in Pane::ALL.iter().zip(titles(narrow)) {
        let w = unicode_width::UnicodeWidthStr::width(title.as_str()) as u16;
        let start = at + left;
        if (start..start + w).contains(&x) {
            return Some(*pane);
        }
        at = start + w + right + 1;
    }
    None
}
