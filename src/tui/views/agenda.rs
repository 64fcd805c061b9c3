//! The agenda: every coming date across the postings still in play, soonest
//! first (questions deadlines, deadlines, interviews, notifications, starts).
//! Today's and tomorrow's dates carry the word, not only a colour.

use super::clean;
use crate::assess::agenda::day_mark;
use crate::tui::assessed::today;
use crate::tui::state::State;
use crate::tui::theme::{self, Theme};
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table};

pub fn render(f: &mut Frame, area: Rect, s: &State, theme: &Theme) {
    let items = &s.judged.agenda;
    let block = Block::bordered()
        .border_style(theme.border)
        .title(Span::styled(" Agenda · coming dates ", theme.title));
    if items.is_empty() {
        let p = Paragraph::new(Line::from(Span::styled(
            "No coming dates in the postings still in play.",
            theme.dim,
        )))
        .block(block);
        f.render_widget(p, area);
        return;
    }
    let wide = area.width >= 100;
    let day = today(s.now);
    let height = block.inner(area).height.saturating_sub(1) as usize;
    let first = super::list::offset(s.agenda_sel, height);
    let rows: Vec<Row> = items
        .iter()
        .enumerate()
        .skip(first)
        .take(height)
        .map(|(pos, it)| {
            let selected = pos == s.agenda_sel;
            let mark = day_mark(it.date, day);
            let when_style = match mark {
                Some("today") => theme.urgent,
                Some(_) => theme.header,
                None => theme.text,
            };
            let mut cells = vec![
                Cell::from(if selected {
                    theme::SELECTED
                } else {
                    theme::UNSELECTED
                }),
                Cell::from(Span::styled(mark.unwrap_or(""), when_style)),
                Cell::from(it.date.format("%a %Y-%m-%d").to_string()),
                Cell::from(
                    it.time
                        .map_or(String::new(), |t| t.format("%H:%M").to_string()),
                ),
                Cell::from(it.kind.label()),
                Cell::from(clean(&it.posting_id)),
                Cell::from(clean(&it.title)),
            ];
            if wide {
                cells.push(Cell::from(clean(it.organisation.as_deref().unwrap_or("-"))));
            }
            let row = Row::new(cells);
            if selected {
                row.style(theme.selected)
            } else {
                row
            }
        })
        .collect();
    let mut header = vec!["", "When", "Date", "Time", "What", "Posting", "Title"];
    let mut widths = vec![
        Constraint::Length(2),
        Constraint::Length(8),
        Constraint::Length(14),
        Constraint::Length(5),
        Constraint::Length(18),
        Constraint::Length(7),
        Constraint::Min(12),
    ];
    if wide {
        header.push("Organisation");
        widths.push(Constraint::Length(14));
    }
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(theme.header))
        .column_spacing(1)
        .block(block);
    f.render_widget(table, area);
}
