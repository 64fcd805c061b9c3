//! Draws the outcome form (`tui/outcome_form.rs`): one line per field, the
//! selected one with a cursor, then why a save was refused.

use super::clean;
use crate::tui::outcome_form::{FIELDS, OutcomeForm};
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

pub fn render(f: &mut Frame, area: Rect, form: &OutcomeForm, theme: &Theme) {
    let rect = area.centered(
        Constraint::Length(64.min(area.width)),
        Constraint::Length((FIELDS.len() as u16 + 6).min(area.height)),
    );
    f.render_widget(Clear, rect);
    let title = format!(
        " {} {} · Enter records · Esc skips ",
        clean(&form.id),
        form.result.label()
    );
    let block = Block::bordered()
        .border_style(theme.header)
        .title(Span::styled(title, theme.title));
    let mut lines: Vec<Line> = FIELDS
        .iter()
        .zip(&form.inputs)
        .enumerate()
        .map(|(i, (name, input))| {
            let selected = i == form.index;
            let mut spans = vec![
                Span::styled(if selected { "▶ " } else { "  " }, theme.key),
                Span::styled(format!("{name:<14}"), theme.header),
                Span::raw(clean(input.value())),
            ];
            if selected {
                spans.push(Span::styled("█", theme.key));
            }
            Line::from(spans)
        })
        .collect();
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        "every field is optional · ↑/↓ Tab field",
        theme.dim,
    )));
    if let Some(e) = &form.error {
        lines.push(Line::from(Span::styled(clean(e), theme.error)));
    }
    f.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        rect,
    );
}
