//! Drawing. Every view is a function of `&State` and the theme; none of them
//! touches the store, the file system or the parser. All posting text goes
//! through [`crate::posting::normalize::sanitize`] (via [`clean`]) on the way
//! to the screen.
//!
//! ```text
//! ┌ header: view · counts · sort ─────────────────────┐
//! │ filter line (or the search field while typing)    │
//! │ body: list | board | detail                       │
//! │ status message                                    │
//! └ footer: the keys of the current context ──────────┘
//! ```

pub mod agenda;
pub mod board;
pub mod changes;
pub mod criteria;
pub mod detail;
pub mod extent;
pub mod field;
pub mod form;
pub mod list;
pub mod outcome_form;
pub mod popups;
pub mod stats;
pub mod summary;
pub mod tabs;
pub mod text;

use super::keymap::{self, Context};
use super::state::{State, View};
use super::theme::Theme;
use crate::assess::checks::{Finding, Level};
use crate::posting::normalize::sanitize_line;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

/// Below this size the interface shows a message instead of the screens.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 15;

/// Whether `screen` is too small to draw (the "Window too small" notice);
/// false while the size is not known yet.
pub fn too_small(screen: Rect) -> bool {
    screen != Rect::ZERO && (screen.width < MIN_WIDTH || screen.height < MIN_HEIGHT)
}

/// One-line, sanitised posting text.
pub fn clean(text: &str) -> String {
    sanitize_line(text)
}

/// The screen's regions: header, filter line, body, status, footer.
pub fn layout(area: Rect) -> [Rect; 5] {
    Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area)
}

/// Draws the whole screen from state.
pub fn render(f: &mut Frame, s: &State, ctx: Context, theme: &Theme) {
    let area = f.area();
    if too_small(area) {
        let msg = format!(
            "Window too small ({}x{}). tenderdesk needs at least {MIN_WIDTH}x{MIN_HEIGHT}. Enlarge it, or press q to quit.",
            area.width, area.height
        );
        f.render_widget(
            Paragraph::new(msg)
                .style(theme.error)
                .wrap(ratatui::widgets::Wrap { trim: true }),
            area,
        );
        return;
    }
    let [header, filter, body, status, footer] = layout(area);
    render_header(f, header, s, theme);
    render_filter_line(f, filter, s, theme);
    if let Some(d) = &s.detail {
        detail::render(f, body, s, d, theme);
    } else if s.records.is_empty() && s.archive {
        let lines = vec![
            Line::from(Span::styled("The archive is empty.", theme.title)),
            Line::from(""),
            Line::from("D moves a posting here; X goes back to the postings."),
        ];
        f.render_widget(
            Paragraph::new(lines)
                .block(ratatui::widgets::Block::bordered().border_style(theme.border)),
            body,
        );
    } else if s.records.is_empty() {
        render_empty(f, body, theme);
    } else {
        match s.view {
            View::List => list::render(f, body, s, theme),
            View::Board => board::render(f, body, s, theme),
            View::Agenda => agenda::render(f, body, s, theme),
        }
    }
    if let Some(m) = &s.message {
        let style = if m.error { theme.error } else { theme.status };
        let text = whole_words(&clean(&m.text), status.width as usize);
        f.render_widget(Paragraph::new(text).style(style), status);
    }
    render_footer(f, footer, ctx, theme);
    popups::render(f, area, s, theme);
}

fn render_header(f: &mut Frame, area: Rect, s: &State, theme: &Theme) {
    let view = match (&s.detail, s.view) {
        (Some(_), _) => "Detail",
        (None, View::List) if s.archive => "Archive",
        (None, View::List) => "List",
        (None, View::Board) => "Board",
        (None, View::Agenda) => "Agenda",
    };
    let line = Line::from(vec![
        Span::styled(" tenderdesk ", theme.title),
        Span::styled(
            if s.demo {
                "DEMO (throwaway database) "
            } else {
                ""
            },
            theme.warn,
        ),
        Span::styled(format!("· {view} "), theme.header),
        Span::styled(
            if let Some(total) = s.loading {
                format!(
                    "· loading {total} postings… the first {} by deadline shown",
                    s.records.len()
                )
            } else if s.view == View::Agenda && s.detail.is_none() {
                format!("· {} coming dates", s.judged.agenda.len())
            } else {
                // a search ranks its hits by how well they match first
                let by_match = s
                    .search_hits
                    .as_ref()
                    .is_some_and(|(q, _)| !q.trim().is_empty());
                format!(
                    "· {}/{} postings · sorted by {}{}",
                    s.visible.len(),
                    s.records.len(),
                    if by_match { "match, then " } else { "" },
                    s.sort.label()
                )
            },
            theme.dim,
        ),
    ]);
    f.render_widget(Paragraph::new(line), area);
}

/// A message cut to `width` columns at a word, with "…" where it was cut
/// (never "… X returns to the posti").
fn whole_words(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    for word in text.split(' ') {
        let next = if out.is_empty() {
            word.to_string()
        } else {
            format!("{out} {word}")
        };
        if next.width() + 1 > width {
            break;
        }
        out = next;
    }
    format!("{}…", out.trim_end_matches([',', ';', ':']))
}

/// A check's finding: its level mark, then the message, styled by level.
pub fn finding_line(f: &Finding, theme: &Theme) -> Line<'static> {
    let style = match f.level {
        Level::Block => theme.ko,
        Level::Warn => theme.warn,
        Level::Info => theme.text,
    };
    Line::from(vec![
        Span::styled(format!("{} ", f.level.mark()), style),
        Span::styled(clean(&f.message), style),
    ])
}

/// The knock-out mark: glyph and word, for list, board and detail.
pub fn ko_mark() -> String {
    format!("{} KO", super::theme::KNOCKOUT)
}

fn render_filter_line(f: &mut Frame, area: Rect, s: &State, theme: &Theme) {
    if s.searching {
        let value = s.search.value();
        let mut spans = vec![
            Span::styled(" / ", theme.key),
            Span::styled(clean(value), theme.text),
            Span::styled("█", theme.key),
        ];
        if s.search_pending {
            spans.push(Span::styled("  searching…", theme.dim));
        }
        let line = Line::from(spans);
        f.render_widget(Paragraph::new(line), area);
        f.set_cursor_position((area.x + 3 + s.search.visual_cursor() as u16, area.y));
        return;
    }
    let mut parts = s.filter.describe();
    if !s.search.value().trim().is_empty() {
        parts.insert(0, format!("search:\"{}\"", clean(s.search.value())));
    }
    let line = if parts.is_empty() {
        Line::from(Span::styled(" no filter · / search · f filters", theme.dim))
    } else {
        Line::from(vec![
            Span::styled(" filter: ", theme.header),
            Span::styled(clean(&parts.join(" · ")), theme.text),
            Span::styled("  (c clears)", theme.dim),
        ])
    };
    f.render_widget(Paragraph::new(line), area);
}

fn render_empty(f: &mut Frame, area: Rect, theme: &Theme) {
    let lines = vec![
        Line::from(Span::styled("No postings yet.", theme.title)),
        Line::from(""),
        Line::from("Add postings in one of these ways:"),
        Line::from("  • paste the text of a posting into this window (it is imported at once);"),
        Line::from("  • press I and type the path of a file or folder;"),
        Line::from("  • run `tenderdesk import FILE...` in a shell;"),
        Line::from("  • press N to fill in a posting by hand;"),
        Line::from("  • press L twice to add the bundled sample postings here for good;"),
        Line::from("  • or try them first with `tenderdesk --demo` (a throwaway database)."),
    ];
    f.render_widget(
        Paragraph::new(lines).block(ratatui::widgets::Block::bordered().border_style(theme.border)),
        area,
    );
}

/// The hints that fit whole: a hint that would be cut is left out with
/// the rest, so the line ends at a key, never mid-word (`?` lists them all).
fn render_footer(f: &mut Frame, area: Rect, ctx: Context, theme: &Theme) {
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1;
    for (i, (keys, help)) in keymap::footer(ctx).into_iter().enumerate() {
        let sep = if i > 0 { " · " } else { "" };
        let hint = format!(" {help}");
        let width = UnicodeWidthStr::width(sep)
            + UnicodeWidthStr::width(keys.as_str())
            + UnicodeWidthStr::width(hint.as_str());
        if used + width > usize::from(area.width) {
            break;
        }
        used += width;
        if i > 0 {
            spans.push(Span::styled(sep, theme.dim));
        }
        spans.push(Span::styled(keys, theme.key));
        spans.push(Span::styled(hint, theme.dim));
    }
    f.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// Short labels for the footer: the help texts are long, so trim them.
pub fn urgency_mark(u: super::query::Urgency) -> &'static str {
    match u {
        super::query::Urgency::Normal => " ",
        super::query::Urgency::Soon => super::theme::URGENT,
        super::query::Urgency::Expired => super::theme::EXPIRED,
    }
}

#[cfg(test)]
mod tests {
    use super::whole_words;

    #[test]
    fn messages_are_cut_at_a_word() {
        let m = "The archive: D brings a posting back, X returns to the postings";
        assert_eq!(whole_words(m, 80), m);
        assert_eq!(
            whole_words(m, 60),
            "The archive: D brings a posting back, X returns to the…"
        );
    }
}
