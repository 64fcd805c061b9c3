//! Colours and text attributes. Owns every `Style` the views use; views never
//! pick colours themselves.
//!
//! Under `NO_COLOR` (set and non-empty, see no-color.org) the `mono` theme is
//! used: every colour is `Color::Reset` and state is shown by attributes and
//! glyphs only. crossterm 0.29 answers `NO_COLOR` with an empty SGR that also
//! wipes bold and reversed, so selection and urgency are always carried by a
//! glyph as well (`▶`, `!`, `✗`), never by style alone.

use ratatui::style::{Color, Modifier, Style};

/// Glyph in front of the selected row or card.
pub const SELECTED: &str = "▶ ";
/// Glyph in front of rows that are not selected.
pub const UNSELECTED: &str = "  ";
/// Deadline within three days.
pub const URGENT: &str = "!";
/// Deadline passed.
pub const EXPIRED: &str = "✗";
/// A knock-out fail: shown with the word "KO" next to it.
pub const KNOCKOUT: &str = "⊘";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    pub name: &'static str,
    pub text: Style,
    pub dim: Style,
    pub title: Style,
    pub header: Style,
    pub border: Style,
    pub selected: Style,
    pub urgent: Style,
    pub expired: Style,
    pub matched: Style,
    pub key: Style,
    pub status: Style,
    pub error: Style,
    pub tab_active: Style,
    /// A knock-out fail, a check that blocks bidding.
    pub ko: Style,
    /// A check that needs attention.
    pub warn: Style,
    /// A criterion judged met.
    pub good: Style,
}

impl Theme {
    pub fn color() -> Self {
        Theme {
            name: "color",
            text: Style::new(),
            dim: Style::new().fg(Color::DarkGray),
            title: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            header: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            border: Style::new().fg(Color::Blue),
            selected: Style::new().fg(Color::Black).bg(Color::Cyan),
            urgent: Style::new()
                .fg(Color::LightRed)
                .add_modifier(Modifier::BOLD),
            expired: Style::new()
                .fg(Color::DarkGray)
                .add_modifier(Modifier::CROSSED_OUT),
            matched: Style::new()
                .fg(Color::Yellow)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            key: Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
            status: Style::new().fg(Color::Magenta),
            error: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
            tab_active: Style::new().fg(Color::Black).bg(Color::Yellow),
            ko: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
            warn: Style::new().fg(Color::Yellow),
            good: Style::new().fg(Color::Green),
        }
    }

    /// Attributes and glyphs only: every colour is `Color::Reset`.
    pub fn mono() -> Self {
        let r = Style::new().fg(Color::Reset).bg(Color::Reset);
        Theme {
            name: "mono",
            text: r,
            dim: r,
            title: r.add_modifier(Modifier::BOLD),
            header: r.add_modifier(Modifier::BOLD),
            border: r,
            selected: r.add_modifier(Modifier::REVERSED),
            urgent: r.add_modifier(Modifier::BOLD),
            expired: r,
            matched: r.add_modifier(Modifier::UNDERLINED),
            key: r.add_modifier(Modifier::BOLD),
            status: r,
            error: r.add_modifier(Modifier::BOLD),
            tab_active: r.add_modifier(Modifier::REVERSED),
            ko: r.add_modifier(Modifier::BOLD),
            warn: r,
            good: r,
        }
    }

    /// `mono` when `NO_COLOR` is set to a non-empty value, else `color`.
    pub fn from_env() -> Self {
        Self::for_no_color(std::env::var_os("NO_COLOR").as_deref())
    }

    pub fn for_no_color(value: Option<&std::ffi::OsStr>) -> Self {
        match value {
            Some(v) if !v.is_empty() => Self::mono(),
            _ => Self::color(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsStr;

    #[test]
    fn no_color_only_when_non_empty() {
        assert_eq!(Theme::for_no_color(None).name, "color");
        assert_eq!(Theme::for_no_color(Some(OsStr::new(""))).name, "color");
        assert_eq!(Theme::for_no_color(Some(OsStr::new("1"))).name, "mono");
    }
}
