//! The list: one row per visible posting, sorted, with countdowns.

use super::{clean, urgency_mark};
use crate::pipeline::{PostingRecord, Status};
use crate::tui::assessed::score_cell;
use crate::tui::query::{self, Urgency};
use crate::tui::state::State;
use crate::tui::theme::{self, Theme};
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Row, Table};

/// First visible row for a selection in a window of `height` rows: the
/// selection stays in view without remembering a scroll position.
pub fn offset(selected: usize, height: usize) -> usize {
    if height == 0 {
        0
    } else {
        selected.saturating_sub(height - 1)
    }
}

/// Rows inside the list's border, below the header.
fn rows_area(body: Rect) -> Rect {
    let inner = Block::bordered().inner(body);
    Rect {
        y: inner.y + 1,
        height: inner.height.saturating_sub(1),
        ..inner
    }
}

/// The list position under a mouse click at (x, y), if any.
pub fn row_at(screen: Rect, s: &State, x: u16, y: u16) -> Option<usize> {
    let rows = rows_area(super::layout(screen)[2]);
    if !rows.contains((x, y).into()) {
        return None;
    }
    let pos = offset(s.selected, rows.height as usize) + (y - rows.y) as usize;
    (pos < s.visible.len()).then_some(pos)
}

/// A title with the fuzzy matches highlighted.
pub fn highlighted<'a>(
    text: &str,
    hits: Option<&Vec<usize>>,
    base: Style,
    theme: &Theme,
) -> Line<'a> {
    let text = clean(text);
    let Some(hits) = hits else {
        return Line::from(Span::styled(text, base));
    };
    let spans: Vec<Span> = text
        .chars()
        .enumerate()
        .map(|(i, c)| {
            Span::styled(
                c.to_string(),
                if hits.contains(&i) {
                    base.patch(theme.matched)
                } else {
                    base
                },
            )
        })
        .collect();
    Line::from(spans)
}

pub fn hours(r: &PostingRecord) -> String {
    match (r.posting.hours_min, r.posting.hours_max) {
        (Some(a), Some(b)) if a != b => format!("{a}-{b}"),
        (Some(a), _) | (None, Some(a)) => a.to_string(),
        _ => "-".into(),
    }
}

pub fn render(f: &mut Frame, area: Rect, s: &State, theme: &Theme) {
    let wide = area.width >= 100;
    let rows_height = rows_area(area).height as usize;
    let first = offset(s.selected, rows_height);
    let rows: Vec<Row> = s
        .visible
        .iter()
        .enumerate()
        .skip(first)
        .take(rows_height)
        .map(|(pos, &i)| {
            let r = &s.records[i];
            let p = &r.posting;
            let selected = pos == s.selected;
            let urg = query::urgency(r, s.now);
            let due_style = match urg {
                Urgency::Normal => theme.text,
                Urgency::Soon => theme.urgent,
                Urgency::Expired => theme.expired,
            };
            let status = Status::of(r.stage, p.deadline, s.now);
            let score = s.assessed(i).map(|a| &a.score);
            let score_cell = match score {
                Some(sc) if sc.knockout_fail => {
                    Cell::from(Span::styled(super::ko_mark(), theme.ko))
                }
                Some(sc) => Cell::from(score_cell(sc)),
                None => Cell::from("-"),
            };
            let mut cells = vec![
                Cell::from(if selected {
                    theme::SELECTED
                } else {
                    theme::UNSELECTED
                }),
                Cell::from(highlighted(
                    &p.title,
                    s.title_hits(i).as_ref(),
                    theme.text,
                    theme,
                )),
                Cell::from(clean(p.organisation.as_deref().unwrap_or("-"))),
            ];
            if wide {
                cells.push(Cell::from(clean(p.region.as_deref().unwrap_or("-"))));
            }
            cells.extend([
                Cell::from(clean(p.scale.as_deref().unwrap_or("-"))),
                Cell::from(hours(r)),
                Cell::from(Line::from(vec![
                    Span::styled(urgency_mark(urg), due_style),
                    Span::styled(
                        format!(" {}", query::countdown(p.deadline, s.now)),
                        due_style,
                    ),
                ])),
                score_cell,
                Cell::from(status.label()),
            ]);
            let row = Row::new(cells);
            if selected {
                row.style(theme.selected)
            } else {
                row
            }
        })
        .collect();
    let mut header = vec!["", "Title", "Organisation"];
    let mut widths = vec![
        Constraint::Length(2),
        Constraint::Min(16),
        Constraint::Length(if wide { 14 } else { 12 }),
    ];
    if wide {
        header.push("Region");
        widths.push(Constraint::Length(14));
    }
    header.extend(["Scale", "Hours", "Deadline", "Score", "Stage"]);
    widths.extend([
        Constraint::Length(5),
        Constraint::Length(5),
        Constraint::Length(10),
        Constraint::Length(7),
        Constraint::Length(12),
    ]);
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(theme.header))
        .column_spacing(1)
        .block(
            Block::bordered()
                .border_style(theme.border)
                .title(Span::styled(" Postings ", theme.title)),
        );
    f.render_widget(table, area);
}
