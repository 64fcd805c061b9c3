//! The detail's Criteria pane: the expected score, the maximum still
//! reachable and how many CVs go to the client; every criterion with the
//! user's answer (✓ ½ ✗ ?, € for the rate criterion scored from the
//! profile) and "look again" where its text changed since.
//! The selected criterion is the one `+ ~ - 0` answer.

use super::{clean, ko_mark};
use crate::assess::Assessment;
use crate::assess::score::{is_rate_criterion, rate_points};
use crate::assess::verdict::score_words;
use crate::tui::state::{DetailState, State};
use crate::tui::theme::{self, Theme};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

/// A criterion's row: selection glyph, answer mark, label and text, and a
/// note after it.
fn row(
    selected: bool,
    rate_scored: Option<bool>,
    answer: Option<(crate::assess::Answer, bool)>,
    label: String,
    note: Option<(String, Style)>,
    theme: &Theme,
) -> Line<'static> {
    let (mark, style) = match answer.map(|a| a.0) {
        _ if rate_scored == Some(true) => ("€", theme.good),
        _ if rate_scored == Some(false) => ("✗", theme.ko),
        Some(crate::assess::Answer::Met) => ("✓", theme.good),
        Some(crate::assess::Answer::Partly) => ("½", theme.warn),
        Some(crate::assess::Answer::NotMet) => ("✗", theme.ko),
        None => ("?", theme.dim),
    };
    let base = if selected { theme.selected } else { theme.text };
    let mut spans = vec![
        Span::styled(
            if selected {
                theme::SELECTED
            } else {
                theme::UNSELECTED
            },
            base,
        ),
        Span::styled(mark.to_string(), if selected { base } else { style }),
        Span::styled(format!(" {label}"), base),
    ];
    if answer.is_some_and(|a| a.1) {
        spans.push(Span::styled("  ! look again: the text changed", theme.warn));
    }
    if let Some((n, st)) = note {
        spans.push(Span::styled(n, st));
    }
    Line::from(spans)
}

/// The pane's lines: the score head (kept in view) and the criteria.
struct Built {
    head: Vec<Line<'static>>,
    lines: Vec<Line<'static>>,
    /// The selected criterion's line in `lines`.
    selected_line: usize,
}

/// Where the parts go inside the pane's border and how far the criteria
/// scroll.
struct Placement {
    top: Rect,
    rest: Rect,
    /// The scroll that keeps the selected criterion in view.
    base: u16,
    limit: u16,
}

fn place(b: &Built, inner: Rect, last: bool) -> Placement {
    let head_rows = super::extent::rows(&b.head, inner.width) + 1;
    let head_rows = u16::try_from(head_rows)
        .unwrap_or(u16::MAX)
        .min(inner.height / 2);
    let [top, rest] =
        Layout::vertical([Constraint::Length(head_rows), Constraint::Min(0)]).areas(inner);
    let above = super::extent::rows(&b.lines[..b.selected_line], rest.width);
    let own = b
        .lines
        .get(b.selected_line..=b.selected_line)
        .map_or(1, |l| super::extent::rows(l, rest.width));
    let limit = super::extent::limit(&b.lines, rest);
    let to_u16 = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
    let needed = to_u16((above + own).saturating_sub(usize::from(rest.height))).min(limit);
    // on the last criterion, as far down as its row stays on screen
    let base = if last {
        needed.max(limit.min(to_u16(above)))
    } else {
        needed
    };
    Placement {
        top,
        rest,
        base,
        limit,
    }
}

fn pane_block(theme: &Theme) -> Block<'static> {
    Block::bordered()
        .border_style(theme.border)
        .title(Span::styled(
            " + met · ~ partly · - not met · 0 clear ",
            theme.dim,
        ))
}

fn is_last(d: &DetailState) -> bool {
    d.criterion + 1 >= d.criteria_count()
}

/// How many rows `j` may scroll on past the last criterion, to bring the
/// competences and the interview line into view (`area`: the pane).
pub fn tail_room(s: &State, d: &DetailState, area: Rect) -> u16 {
    let b = build(s, d, &Theme::mono());
    let p = place(&b, pane_block(&Theme::mono()).inner(area), true);
    p.limit.saturating_sub(p.base)
}

pub fn render(f: &mut Frame, area: Rect, s: &State, d: &DetailState, theme: &Theme) {
    let b = build(s, d, theme);
    let block = pane_block(theme);
    let inner = block.inner(area);
    f.render_widget(block, area);
    let last = is_last(d);
    let p = place(&b, inner, last);
    f.render_widget(Paragraph::new(b.head).wrap(Wrap { trim: false }), p.top);
    // past the last criterion, `j` scrolls on (d.scroll) to the end
    let scroll = if last {
        p.base.saturating_add(d.scroll).min(p.limit)
    } else {
        p.base
    };
    f.render_widget(
        Paragraph::new(b.lines)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
        p.rest,
    );
}

fn build(s: &State, d: &DetailState, theme: &Theme) -> Built {
    let r = &d.detail.record;
    let p = &r.posting;
    let idx = s.records.iter().position(|x| x.id == r.id);
    let judged = idx.and_then(|i| s.assessed(i));
    let empty = Assessment::default();
    let answers = s.judged.answers.get(&r.id).unwrap_or(&empty);
    let profile = &s.judged.profile;
    let mut lines: Vec<Line> = Vec::new();
    if let Some(j) = judged {
        let sc = &j.score;
        lines.push(Line::from(vec![
            Span::styled("Expected score ", theme.header),
            Span::styled(score_words(sc), theme.title),
            Span::styled(" · CVs to the client: ", theme.header),
            Span::raw(clean(p.cvs_forwarded.as_deref().unwrap_or("-"))),
        ]));
        if sc.knockout_fail {
            lines.push(Line::from(vec![
                Span::styled(format!("{} fail: ", ko_mark()), theme.ko),
                Span::styled(clean(&sc.fail_reasons.join("; ")), theme.ko),
            ]));
        }
        let mut notes = vec![];
        if sc.needs_look > 0 {
            notes.push(format!("{} to look at again", sc.needs_look));
        }
        notes.push(format!(
            "partly met counts {}",
            if profile.partly_counts_half {
                "half"
            } else {
                "nothing"
            }
        ));
        lines.push(Line::from(Span::styled(notes.join(" · "), theme.dim)));
    }
    // the score stays in view while answering: only what follows scrolls
    let head = std::mem::take(&mut lines);
    lines.push(Line::from(Span::styled(
        format!(
            "Knock-out criteria ({}), all must be met:",
            p.knockout.len()
        ),
        theme.header,
    )));
    let mut selected_line = 0;
    for (k, c) in p.knockout.iter().enumerate() {
        let sel = k == d.criterion;
        if sel {
            selected_line = lines.len();
        }
        let a = answers.knockout_answer(c.number, &c.text);
        // the maximum-rate knock-out is judged from the profile's rate
        let by_rate = judged
            .and_then(|j| j.score.rate_knockout)
            .filter(|(n, _)| *n == c.number)
            .map(|(_, within)| within);
        let note = by_rate.map(|within| {
            if within {
                ("  your rate is within it".to_string(), theme.good)
            } else {
                ("  your rate is over it".to_string(), theme.ko)
            }
        });
        lines.push(row(
            sel,
            by_rate,
            a,
            clean(&format!("K{}. {}", c.number, c.text)),
            note,
            theme,
        ));
    }
    if let (Some(max), true) = (p.max_rate_eur, p.max_rate_is_knockout) {
        let note = match profile.hourly_rate {
            Some(rate) if rate > max => (format!("  your rate {rate} is over it"), theme.ko),
            Some(rate) => (format!("  your rate {rate} is within it"), theme.good),
            None => ("  set your rate with P".to_string(), theme.dim),
        };
        lines.push(Line::from(vec![
            Span::raw(format!("    maximum rate {max} (knock-out)")),
            Span::styled(note.0, note.1),
        ]));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        format!(
            "Award criteria ({} points in total):",
            p.award_points_total()
        ),
        theme.header,
    )));
    for (k, c) in p.award.iter().enumerate() {
        let sel = k + p.knockout.len() == d.criterion;
        if sel {
            selected_line = lines.len();
        }
        let pts = c.points.map_or("-".into(), |v| format!("{v} pt"));
        let note = match (is_rate_criterion(c), profile.hourly_rate) {
            (true, Some(rate)) => Some((
                format!("  → {} pt at your rate {rate}", rate_points(c, rate)),
                theme.good,
            )),
            (true, None) => Some(("  scored from your rate: set it with P".into(), theme.dim)),
            _ => None,
        };
        let a = answers.award_answer(c.number, &c.text);
        let rate_scored = (is_rate_criterion(c) && profile.hourly_rate.is_some()).then_some(true);
        lines.push(row(
            sel,
            rate_scored,
            a,
            clean(&format!("A{}. [{pts}] {}", c.number, c.name())),
            note,
            theme,
        ));
        for b in &c.rate_bands {
            let range = match (b.above, b.below, b.from, b.to) {
                (Some(x), ..) => format!("above {x}"),
                (_, Some(x), ..) => format!("below {x}"),
                (_, _, f, t) => format!(
                    "{} to {}",
                    f.map_or("-".into(), |v| v.to_string()),
                    t.map_or("-".into(), |v| v.to_string())
                ),
            };
            lines.push(Line::from(format!("       rate {range}: {} pt", b.points)));
        }
    }
    lines.push(Line::from(""));
    lines.push(Line::from(clean(&format!(
        "Competences: {}",
        if p.competences.is_empty() {
            "-".into()
        } else {
            p.competences.join(", ")
        }
    ))));
    let invited = match (p.interviews_invited, p.interviews_invited_min) {
        (Some(n), _) => n.to_string(),
        (None, Some(n)) => format!("the best, at least {n}"),
        _ => "-".into(),
    };
    lines.push(Line::from(format!("Invited to an interview: {invited}")));
    Built {
        head,
        lines,
        selected_line,
    }
}
