//! The stats popup (`S`): a bar chart of the win rate by expected-score
//! band, a sparkline of bids a month, then every figure in words with the number of bids it rests on
//! ("too few (n)" under 3), as `tenderdesk stats` prints them.

use super::clean;
use crate::assess::stats::{Group, MIN_BIDS, Stats};
use crate::pipeline::outcome::fmt_points;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, Clear, Paragraph, Sparkline, Wrap};

/// The figures in words, one line each.
pub fn lines(s: &Stats, theme: &Theme) -> Vec<Line<'static>> {
    let c = &s.results;
    let mut out = vec![
        Line::from(format!(
            "bids {}: won {}, lost {}, no response {}, waiting {}, withdrawn {}, open {}",
            s.bids, c.won, c.lost, c.no_response, c.waiting, c.withdrawn, c.pending
        )),
        Line::from(format!(
            "win rate {} (won ÷ won, lost, no response)",
            s.overall.text()
        )),
    ];
    let group = |g: &Group| {
        Line::from(format!(
            "  {:<28} {:>3}  {}",
            clean(&g.name),
            g.bids,
            g.rate.text()
        ))
    };
    for (title, groups) in [
        ("by expected score", &s.by_expected_score),
        ("by platform", &s.by_platform),
        ("by organisation", &s.by_organisation),
        ("by region", &s.by_region),
        ("by your rate against the maximum", &s.by_rate_vs_max),
    ] {
        out.push(Line::from(Span::styled(title, theme.header)));
        out.extend(groups.iter().map(group));
    }
    out.push(Line::from(Span::styled(
        "expected against received points",
        theme.header,
    )));
    let p = &s.points;
    out.push(Line::from(match p.mean_difference {
        Some(d) => format!(
            "  {}{} points on average over {} bids",
            if d >= 0.0 { "+" } else { "" },
            fmt_points((d * 10.0).round() / 10.0),
            p.bids
        ),
        None => format!("  too few ({})", p.bids),
    }));
    if !s.points_by_kind.is_empty() {
        out.push(Line::from(Span::styled(
            "per kind of criterion (means per bid)",
            theme.header,
        )));
        out.extend(
            s.points_by_kind
                .iter()
                .map(|k| Line::from(format!("  {}", k.text()))),
        );
    }
    out.push(Line::from(Span::styled("days per stage", theme.header)));
    for t in &s.stage_days {
        out.push(Line::from(format!(
            "  {:<14} {}",
            t.stage.key(),
            t.mean_days.map_or(format!("too few ({})", t.times), |d| {
                format!(
                    "{} days ({} times)",
                    fmt_points((d * 10.0).round() / 10.0),
                    t.times
                )
            })
        )));
    }
    out
}

/// Draws the popup over `area`.
pub fn render(f: &mut Frame, area: Rect, s: &Stats, scroll: u16, theme: &Theme) {
    let rect = area.centered(
        Constraint::Length(76.min(area.width)),
        Constraint::Length(area.height.saturating_sub(2)),
    );
    f.render_widget(Clear, rect);
    let block = Block::bordered()
        .border_style(theme.header)
        .title(Span::styled(
            " Stats of your bids · j/k scroll · Esc closes ",
            theme.title,
        ));
    let inner = block.inner(rect);
    f.render_widget(block, rect);
    let bands: Vec<&Group> = s.by_expected_score.iter().collect();
    let chart_h = if inner.height >= 16 {
        bands.len() as u16 + 1
    } else {
        0
    };
    // bids a month as a sparkline, where there is room and a bid has a day
    let spark_h = if chart_h > 0 && !s.bids_by_month.is_empty() {
        2
    } else {
        0
    };
    let [chart, spark, text] = Layout::default()
        .direction(Direction::Vertical)
        .constraints([
            Constraint::Length(chart_h),
            Constraint::Length(spark_h),
            Constraint::Min(0),
        ])
        .areas(inner);
    if spark_h > 0 {
        let counts: Vec<u64> = s.bids_by_month.iter().map(|m| m.bids as u64).collect();
        let (first, last) = (
            &s.bids_by_month[0].month,
            &s.bids_by_month[counts.len() - 1].month,
        );
        f.render_widget(
            Sparkline::default()
                .data(&counts)
                .style(theme.good)
                .block(Block::default().title(Span::styled(
                    format!(
                        "bids a month, {first} to {last}: {}",
                        counts.iter().map(u64::to_string).collect::<Vec<_>>().join(" ")
                    ),
                    theme.header,
                ))),
            spark,
        );
    }
    if chart_h > 0 {
        let bars: Vec<Bar> = bands
            .iter()
            .map(|g| {
                let pct = g.rate.win_rate.map_or(0, |r| (r * 100.0).round() as u64);
                Bar::default()
                    .label(Line::from(format!("{:<13}", clean(&g.name))))
                    .value(pct)
                    .text_value(match g.rate.win_rate {
                        Some(_) => format!("{pct}% of {}", g.rate.decided),
                        None if g.rate.decided < MIN_BIDS => {
                            format!("too few ({})", g.rate.decided)
                        }
                        None => String::new(),
                    })
                    .style(theme.good)
            })
            .collect();
        f.render_widget(
            BarChart::default()
                .direction(Direction::Horizontal)
                .data(BarGroup::default().bars(&bars))
                .max(100)
                .bar_width(1)
                .bar_gap(0)
                .block(
                    Block::default()
                        .title(Span::styled("win rate by expected score", theme.header)),
                ),
            chart,
        );
    }
    f.render_widget(
        Paragraph::new(lines(s, theme))
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
        text,
    );
}
