//! The detail's Text pane: the original posting text, search matches
//! marked, scrolled within its rows (wrapped at the pane's width).

use super::clean;
use crate::tui::state::DetailState;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

/// The original text, search matches marked.
pub fn text_lines(d: &DetailState, theme: &Theme) -> Vec<Line<'static>> {
    d.lines
        .iter()
        .zip(&d.hits)
        .map(|(l, hits)| {
            if hits.is_empty() {
                return Line::from(clean(l));
            }
            let chars: Vec<char> = l.chars().collect();
            let mut spans = vec![];
            let mut at = 0;
            for &(a, b) in hits {
                spans.push(Span::raw(clean(&chars[at..a].iter().collect::<String>())));
                spans.push(Span::styled(
                    clean(&chars[a..b].iter().collect::<String>()),
                    theme.matched,
                ));
                at = b;
            }
            spans.push(Span::raw(clean(&chars[at..].iter().collect::<String>())));
            Line::from(spans)
        })
        .collect()
}

pub fn render(f: &mut Frame, area: Rect, d: &DetailState, theme: &Theme) {
    let lines = text_lines(d, theme);
    let inner = Block::bordered().inner(area);
    let rows = super::extent::rows(&lines, inner.width);
    let scroll = d.scroll.min(super::extent::limit(&lines, inner));
    let last = (usize::from(scroll) + usize::from(inner.height)).min(rows);
    let mut title = format!(
        " original text · rows {}-{last} of {rows} ",
        (usize::from(scroll) + 1).min(rows),
    );
    if let Some(term) = d.find_term() {
        let n: usize = d.hits.iter().map(Vec::len).sum();
        let cursor = if d.finding { "█" } else { "" };
        title.push_str(&format!("· /{}{cursor} {n} found ", clean(term)));
    }
    let block = Block::bordered()
        .border_style(theme.border)
        .title(Span::styled(title, theme.dim));
    f.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
        area,
    );
}
