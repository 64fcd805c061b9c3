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
    // under 80 columns the day's word ("today") takes the date's place and
    // the date drops the year, so day and month are never cut
    let narrow = area.width < 80;
    let day = today(s.now);
    let height = block.inner(area).height.saturating_sub(1) as usize;
    let first = super::list::offset(s.agenda_sel, height);
    let rows: Vec<Row> = items
        .iter()
        .enumerate()
        .skip(first)
        .take(height)
        .filter_map(|(pos, it)| Some((pos, it, it.record(&s.records)?)))
        .map(|(pos, it, r)| {
            let selected = pos == s.agenda_sel;
            let mark = day_mark(it.date, day);
            let when_style = match mark {
                Some("today") => theme.urgent,
                Some(_) => theme.header,
                None => theme.text,
            };
            let mut cells = vec![Cell::from(if selected {
                theme::SELECTED
            } else {
                theme::UNSELECTED
            })];
            if narrow {
                cells.push(Cell::from(Span::styled(
                    mark.map_or_else(|| it.date.format("%a %d %b").to_string(), str::to_string),
                    when_style,
                )));
            } else {
                cells.push(Cell::from(Span::styled(mark.unwrap_or(""), when_style)));
                cells.push(Cell::from(it.date.format("%a %Y-%m-%d").to_string()));
            }
            cells.extend([
                Cell::from(
                    it.time
                        .map_or(String::new(), |t| t.format("%H:%M").to_string()),
                ),
                Cell::from(it.kind.label()),
                Cell::from(clean(&r.id)),
                Cell::from(clean(&r.posting.title)),
            ]);
            if wide {
                cells.push(Cell::from(clean(
                    r.posting.organisation.as_deref().unwrap_or("-"),
                )));
            }
            let row = Row::new(cells);
            if selected {
                row.style(theme.selected)
            } else {
                row
            }
        })
        .collect();
    let id_width = s.judged.agenda_id_width.clamp(7, 12) as u16;
    let (mut header, mut widths) = if narrow {
        (
            vec!["", "Date"],
            vec![Constraint::Length(2), Constraint::Length(10)],
        )
    } else {
        (
            vec!["", "When", "Date"],
            vec![
                Constraint::Length(2),
                Constraint::Length(8),
                Constraint::Length(14),
            ],
        )
    };
    let what_width = items
        .iter()
        .map(|it| it.kind.label().len())
        .max()
        .unwrap_or(4)
        .max(4) as u16;
    header.extend(["Time", "What", "Posting", "Title"]);
    widths.extend([
        Constraint::Length(5),
        Constraint::Length(what_width),
        Constraint::Length(id_width),
        Constraint::Min(8),
    ]);
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
