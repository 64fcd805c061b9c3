//! The board: the main stages as columns with counts, and the side lane
//! (rejected, waiting room, withdrawn, passed, expired), folded into one
//! line of counts until `z` opens it as a second row of columns.

use super::{clean, urgency_mark};
use crate::tui::query::{self, Urgency};
use crate::tui::state::{Column, State};
use crate::tui::theme::{self, Theme};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

pub fn render(f: &mut Frame, area: Rect, s: &State, theme: &Theme) {
    let main_n = Column::MAIN.len();
    let [main, side] = if s.side_open {
        Layout::vertical([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(area)
    } else {
        Layout::vertical([Constraint::Min(3), Constraint::Length(3)]).areas(area)
    };
    let cols = Layout::horizontal(vec![Constraint::Ratio(1, main_n as u32); main_n]).split(main);
    for (c, rect) in cols.iter().enumerate() {
        render_column(f, *rect, s, c, theme);
    }
    if s.side_open {
        let n = s.columns.len() - main_n;
        let cols = Layout::horizontal(vec![Constraint::Ratio(1, n as u32); n]).split(side);
        for (k, rect) in cols.iter().enumerate() {
            render_column(f, *rect, s, main_n + k, theme);
        }
    } else {
        let counts: Vec<String> = s.columns[main_n..]
            .iter()
            .map(|(c, items)| format!("{} {}", c.label(), items.len()))
            .collect();
        let p = Paragraph::new(Line::from(vec![
            Span::styled(counts.join(" · "), theme.text),
            Span::styled("  (z opens)", theme.dim),
        ]))
        .block(
            Block::bordered()
                .border_style(theme.border)
                .title(Span::styled(" side lane ", theme.header)),
        );
        f.render_widget(p, side);
    }
}

fn render_column(f: &mut Frame, area: Rect, s: &State, c: usize, theme: &Theme) {
    let (col, items) = &s.columns[c];
    let focused = c == s.board_col;
    let title = format!(
        " {}{} ({}) ",
        if focused { theme::SELECTED } else { "" },
        col.label(),
        items.len()
    );
    let block = Block::bordered()
        .border_style(if focused { theme.header } else { theme.border })
        .title(Span::styled(
            title,
            if focused { theme.header } else { theme.title },
        ));
    let inner = block.inner(area);
    f.render_widget(block, area);
    // each card takes three lines: the title wrapped on two (the
    // organisation on the second when the title fits on one), then the id,
    // a blocking verdict and the deadline
    let per_card = 3usize;
    let fits = (inner.height as usize / per_card).max(1);
    let first = if focused {
        super::list::offset(s.board_row, fits)
    } else {
        0
    };
    let mut lines = Vec::new();
    for (row, &i) in items.iter().enumerate().skip(first).take(fits) {
        let r = &s.records[i];
        let selected = focused && row == s.board_row;
        let base = if selected { theme.selected } else { theme.text };
        let urg = query::urgency(r, s.now);
        let due_style = match urg {
            Urgency::Normal => theme.dim,
            Urgency::Soon => theme.urgent,
            Urgency::Expired => theme.expired,
        };
        let title =
            super::list::highlighted(&r.posting.title, s.title_hits(i).as_ref(), base, theme);
        let width = usize::from(inner.width).saturating_sub(2);
        let (first_line, rest) = split_at_width(&title, width);
        let mark = if selected {
            theme::SELECTED
        } else {
            theme::UNSELECTED
        };
        let mut l1 = vec![Span::styled(mark, base)];
        l1.extend(first_line);
        lines.push(Line::from(l1));
        let mut l2 = vec![Span::raw("  ")];
        if rest.is_empty() {
            l2.push(Span::styled(
                clean(r.posting.organisation.as_deref().unwrap_or("-")),
                theme.dim,
            ));
        } else {
            let rest = Line::from(rest);
            match split_at_width(&rest, width) {
                (second, more) if more.is_empty() => l2.extend(second),
                // more than two lines: the second ends in "…"
                _ => {
                    l2.extend(split_at_width(&rest, width.saturating_sub(1)).0);
                    l2.push(Span::styled("…", base));
                }
            }
        }
        lines.push(Line::from(l2));
        // the id (the command line needs it), the verdict when it blocks,
        // the deadline
        let blocks = s.assessed(i).map(|a| a.verdict()).filter(|v| v.blocks());
        lines.push(Line::from(vec![
            Span::raw("  "),
            Span::styled(format!("{} ", clean(&r.id)), theme.dim),
            Span::styled(
                blocks.map_or(String::new(), |v| format!("{} ", v.mark())),
                theme.ko,
            ),
            Span::styled(format!("{} ", urgency_mark(urg)), due_style),
            Span::styled(super::list::deadline_cell(r, s.now), due_style),
        ]));
    }
    if items.is_empty() {
        lines.push(Line::from(Span::styled("  (none)", theme.dim)));
    }
    f.render_widget(Paragraph::new(lines), inner);
}

/// The spans of `line` that fit in `width` columns, broken after a space
/// when there is one, and the rest (its leading spaces dropped).
fn split_at_width(line: &Line<'static>, width: usize) -> (Vec<Span<'static>>, Vec<Span<'static>>) {
    use unicode_width::UnicodeWidthChar;
    let chars: Vec<(char, ratatui::style::Style)> = line
        .spans
        .iter()
        .flat_map(|sp| sp.content.chars().map(move |c| (c, sp.style)))
        .collect();
    let mut used = 0;
    let mut cut = chars.len();
    for (k, (c, _)) in chars.iter().enumerate() {
        let w = c.width().unwrap_or(0);
        if used + w > width {
            cut = k;
            break;
        }
        used += w;
    }
    if cut < chars.len()
        && let Some(space) = chars[..cut].iter().rposition(|(c, _)| *c == ' ')
        && space > 0
    {
        cut = space + 1;
    }
    let to_spans = |part: &[(char, ratatui::style::Style)]| -> Vec<Span<'static>> {
        part.iter()
            .map(|(c, st)| Span::styled(c.to_string(), *st))
            .collect()
    };
    let rest: Vec<_> = chars[cut..]
        .iter()
        .copied()
        .skip_while(|(c, _)| *c == ' ')
        .collect();
    (to_spans(&chars[..cut]), to_spans(&rest))
}
