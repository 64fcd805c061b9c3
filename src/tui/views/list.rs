//! The list: one row per visible posting, sorted, with countdowns, the net
//! per hour at your rate and (where wide enough) the chance of winning.

use super::{clean, urgency_mark};
use crate::assess::net::net_cell;
use crate::pipeline::{ChangeMark, PostingRecord, Status};
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
pub fn rows_area(body: Rect) -> Rect {
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

/// Which columns fit: the title, id, deadline, score and stage always;
/// organisation and net per hour from 80 columns, scale and hours from
/// 100, region from 110, the chance of winning from 120.
struct Columns {
    organisation: bool,
    net: bool,
    scale_hours: bool,
    region: bool,
    chance: bool,
}

impl Columns {
    fn for_width(w: u16) -> Columns {
        Columns {
            organisation: w >= 80,
            net: w >= 80,
            scale_hours: w >= 100,
            region: w >= 110,
            chance: w >= 120,
        }
    }
}

/// The time left to the deadline; once it is past, "expired" for a posting
/// still open, "passed" for one that moved on (applied, awarded...).
pub fn deadline_cell(r: &PostingRecord, now: chrono::DateTime<chrono::Utc>) -> String {
    let left = query::countdown(r.posting.closing(), now);
    if left == "expired" && r.stage != crate::pipeline::Stage::Open {
        "passed".into()
    } else {
        left
    }
}

/// The stage or "expired", in words ("waiting room", not the key).
pub fn status_words(status: Status) -> String {
    status.label().replace('_', " ")
}

/// Where a line says a posting's stage: the stored stage, and "expired"
/// beside it once the deadline of a posting still open has passed ("open ·
/// expired"), as `show` says "stage: open (expired: …)" and `show --json`
/// keeps stage "open".
pub fn stage_words(status: Status) -> String {
    match status {
        Status::Expired => "open · expired".into(),
        s => status_words(s),
    }
}

/// The list's Stage column: the stored stage only. A posting still open
/// past its deadline says "open" here; its Deadline cell says "expired".
fn stage_cell(status: Status) -> String {
    match status {
        Status::Expired => "open".into(),
        s => status_words(s),
    }
}

/// The widest of the header and the cells, in terminal columns.
fn fit(header: &str, cells: &[String]) -> u16 {
    let w = cells
        .iter()
        .map(|c| unicode_width::UnicodeWidthStr::width(c.as_str()))
        .chain([unicode_width::UnicodeWidthStr::width(header)])
        .max()
        .unwrap_or(0);
    u16::try_from(w).unwrap_or(u16::MAX)
}

pub fn render(f: &mut Frame, area: Rect, s: &State, theme: &Theme) {
    let cols = Columns::for_width(area.width);
    let rows_height = rows_area(area).height as usize;
    let first = offset(s.selected, rows_height);
    let shown: Vec<(usize, usize)> = s
        .visible
        .iter()
        .copied()
        .enumerate()
        .skip(first)
        .take(rows_height)
        .collect();
    // the short columns are as wide as what they show, so a number or an
    // id is never cut; the title takes the rest
    let ids: Vec<String> = shown
        .iter()
        .map(|&(_, i)| clean(&s.records[i].id))
        .collect();
    let scores: Vec<String> = shown
        .iter()
        .map(|&(_, i)| s.assessed(i).map_or("-".into(), |a| a.cell()))
        .collect();
    let dues: Vec<String> = shown
        .iter()
        .map(|&(_, i)| format!("  {}", deadline_cell(&s.records[i], s.now)))
        .collect();
    let nets: Vec<String> = shown
        .iter()
        .map(|&(_, i)| net_cell(s.assessed(i).and_then(|a| a.net_per_hour)))
        .collect();
    let chances: Vec<String> = shown
        .iter()
        .map(|&(_, i)| {
            s.assessed(i)
                .and_then(|a| a.chance.as_ref())
                .map_or("-".into(), |c| format!("{}%", c.percent))
        })
        .collect();
    let stages: Vec<String> = shown
        .iter()
        .map(|&(_, i)| {
            let r = &s.records[i];
            stage_cell(Status::of(r.stage, r.posting.closing(), s.now))
        })
        .collect();
    let rows: Vec<Row> = shown
        .iter()
        .enumerate()
        .map(|(k, &(pos, i))| {
            let r = &s.records[i];
            let p = &r.posting;
            let selected = pos == s.selected;
            let urg = query::urgency(r, s.now);
            let due_style = match urg {
                Urgency::Normal => theme.text,
                Urgency::Soon => theme.urgent,
                Urgency::Expired => theme.expired,
            };
            let verdict = s.assessed(i).map(|a| a.verdict());
            let score_style = if verdict.is_some_and(|v| v.blocks()) {
                theme.ko
            } else if verdict == Some(crate::assess::Verdict::VogLate) {
                theme.warn
            } else {
                theme.text
            };
            let mut title = highlighted(&p.title, s.title_hits(i).as_ref(), theme.text, theme);
            // changed by a re-import and not opened since
            match r.changed {
                ChangeMark::None => {}
                ChangeMark::Changed => title.spans.insert(0, Span::styled("Δ ", theme.warn)),
                ChangeMark::DeadlineEarlier => title.spans.insert(
                    0,
                    Span::styled("Δ! ", theme.ko.add_modifier(ratatui::style::Modifier::BOLD)),
                ),
            }
            let mut cells = vec![
                Cell::from(if selected {
                    theme::SELECTED
                } else {
                    theme::UNSELECTED
                }),
                Cell::from(Span::styled(ids[k].clone(), theme.dim)),
                Cell::from(title),
            ];
            if cols.organisation {
                cells.push(Cell::from(clean(p.organisation.as_deref().unwrap_or("-"))));
            }
            if cols.region {
                cells.push(Cell::from(clean(p.region.as_deref().unwrap_or("-"))));
            }
            if cols.scale_hours {
                cells.push(Cell::from(clean(p.scale.as_deref().unwrap_or("-"))));
                cells.push(Cell::from(hours(r)));
            }
            cells.extend([
                Cell::from(Line::from(vec![
                    Span::styled(urgency_mark(urg), due_style),
                    Span::styled(dues[k][1..].to_string(), due_style),
                ])),
                Cell::from(Span::styled(scores[k].clone(), score_style)),
            ]);
            if cols.net {
                cells.push(Cell::from(Line::from(nets[k].clone()).right_aligned()));
            }
            if cols.chance {
                cells.push(Cell::from(Line::from(chances[k].clone()).right_aligned()));
            }
            cells.push(Cell::from(stages[k].clone()));
            let row = Row::new(cells);
            if selected {
                row.style(theme.selected)
            } else {
                row
            }
        })
        .collect();
    let mut header = vec!["", "Id", "Title"];
    let mut widths = vec![
        Constraint::Length(2),
        Constraint::Length(fit("Id", &ids).min(12)),
        Constraint::Min(12),
    ];
    if cols.organisation {
        header.push("Organisation");
        widths.push(Constraint::Length(if cols.region { 14 } else { 12 }));
    }
    if cols.region {
        header.push("Region");
        widths.push(Constraint::Length(14));
    }
    if cols.scale_hours {
        header.extend(["Scale", "Hours"]);
        widths.extend([Constraint::Length(5), Constraint::Length(5)]);
    }
    header.extend(["Deadline", "Score"]);
    widths.extend([
        Constraint::Length(fit("Deadline", &dues)),
        Constraint::Length(fit("Score", &scores)),
    ]);
    if cols.net {
        header.push("Net/h");
        widths.push(Constraint::Length(fit("Net/h", &nets)));
    }
    if cols.chance {
        header.push("Win");
        widths.push(Constraint::Length(fit("Win", &chances)));
    }
    header.push("Stage");
    widths.push(Constraint::Length(fit("Stage", &stages)));
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
