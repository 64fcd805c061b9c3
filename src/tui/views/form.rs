//! Drawing changes by hand: the form of a posting's fields, the archive
//! question, and the ✎ lines of the detail's Overview (each field set by
//! hand, with what the import says beside it).

use super::clean;
use crate::hand::Field;
use crate::pipeline::PostingDetail;
use crate::tui::form::Form;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

/// The mark of a field set by hand.
pub const HAND: &str = "✎";

fn popup(f: &mut Frame, area: Rect, w: u16, h: u16, title: String, theme: &Theme) -> Rect {
    let rect = area.centered(
        Constraint::Length(w.min(area.width)),
        Constraint::Length(h.min(area.height)),
    );
    f.render_widget(Clear, rect);
    let block = Block::bordered()
        .border_style(theme.header)
        .title(Span::styled(title, theme.title));
    let inner = block.inner(rect);
    f.render_widget(block, rect);
    inner
}

/// The form: one line per field, the selected one marked and typed into.
pub fn render(f: &mut Frame, area: Rect, form: &Form, theme: &Theme) {
    let title = match &form.id {
        Some(id) => format!(" Edit {} · Enter saves · Esc cancels ", clean(id)),
        None => " New posting · Enter saves · Esc cancels ".to_string(),
    };
    let h = form.fields.len() as u16 + 5;
    let inner = popup(f, area, 76, h, title, theme);
    let mut lines: Vec<Line> = form
        .fields
        .iter()
        .enumerate()
        .map(|(i, (field, input, _))| {
            let selected = i == form.index;
            let mut spans = vec![
                Span::styled(if selected { "▶ " } else { "  " }, theme.key),
                Span::styled(format!("{:<13}", field.name()), theme.header),
                Span::raw(clean(input.value())),
            ];
            if selected {
                spans.push(Span::styled("█", theme.key));
            }
            Line::from(spans)
        })
        .collect();
    lines.push(Line::from(""));
    let hint = form
        .fields
        .get(form.index)
        .map_or("", |(field, _, _)| field.expected());
    lines.push(Line::from(Span::styled(
        format!("expected: {hint} · ↑/↓ field · empty clears"),
        theme.dim,
    )));
    if let Some(e) = &form.error {
        lines.push(Line::from(Span::styled(clean(e), theme.error)));
    }
    f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

/// "Move … to the archive?"
pub fn confirm(f: &mut Frame, area: Rect, id: &str, title: &str, theme: &Theme) {
    let inner = popup(f, area, 64, 6, " Move to the archive? ".to_string(), theme);
    let lines = vec![
        Line::from(vec![
            Span::styled(format!("{} ", clean(id)), theme.key),
            Span::raw(clean(title)),
        ]),
        Line::from(Span::styled(
            "Hidden from the list, board, agenda and search; X shows the archive.",
            theme.dim,
        )),
        Line::from(Span::styled("y moves it · n keeps it", theme.header)),
    ];
    f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner);
}

/// Whether the Overview row `label` holds a field set by hand.
pub fn is_hand_set(d: &PostingDetail, label: &str) -> bool {
    let field = match label {
        "Organisation" => Field::Organisation,
        "Region" => Field::Region,
        "Start" => Field::Start,
        "Hours" => Field::Hours,
        "Scale" => Field::Scale,
        "Maximum rate" => Field::MaxRate,
        _ => return false,
    };
    d.hand_set.iter().any(|n| n == field.name())
}

/// The Overview's closing lines: the archive, then each field set by hand
/// with what the import says for it.
pub fn hand_lines(d: &PostingDetail) -> Vec<(Option<&'static str>, String)> {
    let mut out = Vec::new();
    if let Some(at) = d.archived_at {
        out.push((
            Some("Archived"),
            format!("since {} (D brings it back)", at.format("%Y-%m-%d %H:%M")),
        ));
    }
    let p = &d.record.posting;
    for f in d.hand_set.iter().filter_map(|n| Field::from_name(n)) {
        let value = f.show(p).unwrap_or_else(|| "(empty)".into());
        let import = match d.reimported.get(f.name()) {
            Some(Some(v)) if *v != value => format!("  (import says: {v})"),
            Some(None) => "  (import says: nothing)".into(),
            _ => String::new(),
        };
        out.push((
            Some("✎ Set by hand"),
            format!("{}: {value}{import}", f.name()),
        ));
    }
    out
}

/// The Planning pane's journal of changes by hand (answers, edits, the
/// archive, undo), when there is more than stage changes.
pub fn change_lines(d: &PostingDetail) -> Vec<(Option<&'static str>, String)> {
    if d.changes.iter().all(|c| c.kind == "stage") {
        return vec![];
    }
    let mut out = vec![
        (None, String::new()),
        (None, "Changes (u undoes the last):".to_string()),
    ];
    for c in &d.changes {
        let undone = if c.undone { "  (undone)" } else { "" };
        out.push((
            None,
            format!("  {}  {}{undone}", c.at.format("%Y-%m-%d %H:%M"), c.what),
        ));
        out.extend(
            c.fields
                .iter()
                .map(|f| (None, format!("      {}", f.plain()))),
        );
    }
    out
}
