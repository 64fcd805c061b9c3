//! The detail of one posting: a header, a tab bar and the selected pane
//! (Overview, Criteria, VOG, DBA, Planning, Notes, Text).

use super::{clean, finding_line};
use crate::pipeline::{PostingDetail, Status};
use crate::posting::{DbaStance, Hybrid, Posting};
use crate::tui::action::Pane;
use crate::tui::query;
use crate::tui::state::{DetailState, State};
use crate::tui::theme::Theme;
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Tabs, Wrap};

pub fn render(f: &mut Frame, area: Rect, s: &State, d: &DetailState, theme: &Theme) {
    let r = &d.detail.record;
    let p = &r.posting;
    let [head, tabs, body] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(area);
    let status = Status::of(r.stage, p.closing(), s.now);
    let judged = s
        .records
        .iter()
        .position(|x| x.id == r.id)
        .and_then(|i| s.assessed(i));
    // the verdict before the title, so a narrow window never cuts it off
    let mut head_spans = vec![Span::styled(format!(" {} ", clean(&r.id)), theme.key)];
    if let Some(v) = judged.map(|j| j.verdict())
        && v != crate::assess::Verdict::Open
    {
        let style = if v.blocks() { theme.ko } else { theme.warn };
        let mark = if v == crate::assess::Verdict::VogLate {
            "⚠ VOG"
        } else {
            v.mark()
        };
        head_spans.push(Span::styled(format!("{mark} "), style));
    }
    // while the moved deadline lies ahead, whatever the stage
    let ahead = p.closing().is_some_and(|c| c.with_timezone(&Utc) > s.now);
    if ahead && d.detail.deadline_moved_earlier().is_some() {
        head_spans.push(Span::styled(
            "!! DEADLINE MOVED EARLIER ",
            theme.ko.add_modifier(ratatui::style::Modifier::REVERSED),
        ));
    }
    head_spans.extend([
        Span::styled(
            format!("[{}] ", super::list::stage_words(status)),
            theme.header,
        ),
        Span::styled(clean(&p.title), theme.title),
    ]);
    f.render_widget(Paragraph::new(Line::from(head_spans)), head);
    // under 80 columns the tabs are shortened, so all seven fit whole
    let narrow = area.width < 80;
    let bar = Tabs::new(super::tabs::titles(narrow))
        .select(d.pane.index())
        .highlight_style(theme.tab_active)
        .style(theme.dim)
        .divider("|");
    let bar = if narrow { bar.padding(" ", "") } else { bar };
    f.render_widget(bar, tabs);
    match d.pane {
        Pane::Criteria => super::criteria::render(f, body, s, d, theme),
        Pane::Text => super::text::render(f, body, d, theme),
        _ => {
            let block = Block::bordered().border_style(theme.border);
            let lines = pane_lines(s, d, theme, block.inner(body).width);
            let limit = super::extent::limit(&lines, block.inner(body));
            f.render_widget(
                Paragraph::new(lines)
                    .block(block)
                    .wrap(Wrap { trim: false })
                    .scroll((d.scroll.min(limit), 0)),
                body,
            );
        }
    }
}

/// The body area of the detail (below its header and tabs) on a screen.
pub fn body_area(screen_body: Rect) -> Rect {
    let [_, _, body] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(screen_body);
    body
}

/// The lines of a pane other than Criteria and Text: the checks against
/// the profile first, then the posting's facts.
/// `width`: the inside of the pane (values wrap under themselves).
pub fn pane_lines(s: &State, d: &DetailState, theme: &Theme, width: u16) -> Vec<Line<'static>> {
    let r = &d.detail.record;
    let p = &r.posting;
    let judged = s
        .records
        .iter()
        .position(|x| x.id == r.id)
        .and_then(|i| s.assessed(i));
    let checks: Vec<Line> = match (d.pane, judged) {
        (Pane::Overview, Some(j)) => j.hours.iter().map(|h| finding_line(h, theme)).collect(),
        (Pane::Vog, Some(_)) => s
            .judged
            .vog_finding(p)
            .iter()
            .map(|v| finding_line(v, theme))
            .collect(),
        (Pane::Dba, Some(_)) => vec![finding_line(&s.judged.dba_finding(p), theme)],
        _ => vec![],
    };
    let lines = match d.pane {
        Pane::Vog => vog(p),
        Pane::Dba => dba(p),
        Pane::Planning => planning(&d.detail, s.now),
        Pane::Notes => notes(&d.detail),
        _ => overview(&d.detail),
    };
    let head: Vec<Line> = if d.pane == Pane::Overview {
        let mut h = super::changes::lines(s, &d.detail, theme);
        h.extend(super::summary::lines(s, d, judged, theme, width));
        h.push(Line::from(""));
        h
    } else {
        vec![]
    };
    let gap = (!checks.is_empty()).then(|| Line::from(""));
    head.into_iter()
        .chain(checks)
        .chain(gap)
        .chain(lines.into_iter().flat_map(|(k, v)| match k {
            Some(k) => super::field::lines(
                k,
                &clean(&v),
                theme.header,
                ratatui::style::Style::new(),
                width,
            ),
            None => vec![Line::from(Span::raw(clean(&v)))],
        }))
        .collect()
}

type Lines = Vec<(Option<&'static str>, String)>;

fn opt(v: Option<impl ToString>) -> String {
    v.map_or_else(|| "-".into(), |v| v.to_string())
}

fn yes_no(b: bool) -> String {
    (if b { "yes" } else { "no" }).into()
}

fn dt(d: Option<DateTime<FixedOffset>>) -> String {
    d.map_or_else(|| "-".into(), |d| d.format("%a %Y-%m-%d %H:%M").to_string())
}

fn day(d: Option<NaiveDate>) -> String {
    d.map_or_else(|| "-".into(), |d| d.format("%a %Y-%m-%d").to_string())
}

/// The Overview: the fields, ✎ beside those set by hand, the warnings,
/// then what was set by hand with the import's value.
fn overview(d: &PostingDetail) -> Lines {
    let mut lines = fields(&d.record.posting);
    for (label, value) in &mut lines {
        if label.is_some_and(|l| super::form::is_hand_set(d, l)) {
            value.push_str(&format!("  {}", super::form::HAND));
        }
    }
    lines.extend(super::form::hand_lines(d));
    lines
}

fn fields(p: &Posting) -> Lines {
    let hours = match (p.hours_min, p.hours_max) {
        (Some(a), Some(b)) if a != b => format!("{a} to {b} per week"),
        (Some(a), _) | (None, Some(a)) => format!("{a} per week"),
        _ => "-".into(),
    };
    let start = if p.start_asap {
        "as soon as possible".into()
    } else {
        day(p.start_date)
    };
    let scale = match (&p.scale, p.scale_valid) {
        (Some(s), true) => s.clone(),
        (Some(s), false) => format!("{s} (not a CAO Gemeenten scale)"),
        (None, _) => "-".into(),
    };
    let none = if p.no_max_rate {
        "none: the posting sets no maximum (geen maximum)"
    } else {
        "-"
    };
    let rate = p.max_rate_eur.map_or(none.into(), |m| {
        format!(
            "{m} per hour{}",
            if p.max_rate_is_knockout {
                " (knock-out: above it you are out)"
            } else {
                ""
            }
        )
    });
    vec![
        (Some("Organisation"), opt(p.organisation.as_ref())),
        (Some("Region"), opt(p.region.as_ref())),
        (Some("Request number"), opt(p.request_number.as_ref())),
        (Some("Platform"), opt(p.platform.as_ref())),
        (Some("Start"), start),
        (Some("End"), day(p.end_date)),
        (Some("Duration"), opt(p.duration.as_ref())),
        (Some("Extensions"), opt(p.extension_options.as_ref())),
        (Some("Hours"), hours),
        (Some("Scale"), scale),
        (Some("Education"), opt(p.education_level.as_ref())),
        (Some("Maximum rate"), rate),
        (Some("Fee"), opt(p.fee.as_ref())),
        (Some("Professionals"), opt(p.professionals_needed.as_ref())),
        (Some("Workdays"), opt(p.workdays.as_ref())),
        (
            Some("Hybrid"),
            match p.hybrid {
                Hybrid::Yes => "yes".into(),
                Hybrid::No => "no".into(),
                Hybrid::Unknown => "not stated".into(),
            },
        ),
        (Some("DAS"), p.das.map_or("-".into(), yes_no)),
        (Some("Also asked"), also_asked(p)),
    ]
    .into_iter()
    .chain(p.warnings.iter().map(|w| (Some("Warning"), w.clone())))
    .collect()
}

fn also_asked(p: &Posting) -> String {
    let mut v = vec![];
    for (b, l) in [
        (p.integrity_statement, "integrity statement"),
        (p.sroi, "SROI"),
        (p.waadi, "WAADI"),
        (p.g_account, "G-account"),
    ] {
        if b {
            v.push(l);
        }
    }
    if v.is_empty() {
        "-".into()
    } else {
        v.join(", ")
    }
}

fn vog(p: &Posting) -> Lines {
    let v = &p.vog;
    let mut out: Lines = vec![
        (Some("VOG asked"), yes_no(v.required)),
        (Some("VOG-P mentioned"), yes_no(v.vog_p_mentioned)),
        (
            Some("VOG lead time"),
            v.lead_time_weeks
                .map_or("-".into(), |w| format!("{w} weeks")),
        ),
        (
            Some("VOG-P lead time"),
            v.vog_p_lead_time_weeks
                .map_or("-".into(), |w| format!("{w} weeks")),
        ),
        (None, String::new()),
    ];
    if v.required {
        out.push((None, "Apply for the VOG early (Justis, via the client's request form): it is usually needed before the start date.".into()));
    }
    out.push((None, "The posting says:".into()));
    out.extend(v.evidence.iter().map(|e| (None, format!("  “{e}”"))));
    out
}

fn dba_meaning(s: DbaStance) -> &'static str {
    match s {
        DbaStance::ZzpExcluded => {
            "You cannot bid as a self-employed person; only through payroll or secondment (detachering)."
        }
        DbaStance::GuaranteeRequired => {
            "You can bid as a ZZP'er, but must show (e.g. with a model agreement or a statement) that you work without the client's authority (gezag)."
        }
        DbaStance::IndependentScope => {
            "A good fit for a ZZP'er: you deliver results on your own terms; keep it that way in practice (own planning, own means)."
        }
        DbaStance::NotStated => {
            "No clause on the Wet DBA: ask in the question round how the client looks at (false) self-employment."
        }
    }
}

fn dba(p: &Posting) -> Lines {
    let mut out: Lines = vec![
        (Some("Stance"), p.dba.stance.plain().into()),
        (Some("For you as ZZP'er"), dba_meaning(p.dba.stance).into()),
        (None, String::new()),
        (None, "It rests on these sentences:".into()),
    ];
    out.extend(p.dba.evidence.iter().map(|e| (None, format!("  “{e}”"))));
    if p.dba.evidence.is_empty() {
        out.push((None, "  (none)".into()));
    }
    out
}

fn planning(d: &PostingDetail, now: DateTime<Utc>) -> Lines {
    let p = &d.record.posting;
    let interview = if !p.interview_dates.is_empty() {
        p.interview_dates
            .iter()
            .map(|x| day(Some(*x)))
            .collect::<Vec<_>>()
            .join(", ")
    } else if let Some(w) = p.interview_week_of {
        format!("week of {}", day(Some(w)))
    } else {
        "-".into()
    };
    let mut out: Lines = vec![
        (Some("Questions until"), dt(p.questions_deadline)),
        (Some("Answers published"), day(p.answers_published)),
        (
            Some("Deadline"),
            match (p.deadline, p.deadline_date) {
                (None, Some(day)) => format!(
                    "{}, time not stated ({})",
                    day.format("%a %Y-%m-%d"),
                    query::countdown(p.closing(), now)
                ),
                _ => format!("{} ({})", dt(p.deadline), query::countdown(p.deadline, now)),
            },
        ),
        (
            Some("Interview"),
            format!(
                "{interview}{}",
                p.interview_time
                    .as_ref()
                    .map_or(String::new(), |t| format!(" {t}"))
            ),
        ),
        (Some("Notification"), day(p.notification_date)),
        (
            Some("Start"),
            if p.start_asap {
                "as soon as possible".into()
            } else {
                day(p.start_date)
            },
        ),
        (None, String::new()),
        (
            None,
            format!(
                "Stage history (now: {}):",
                d.record.stage.key().replace('_', " ")
            ),
        ),
    ];
    out.extend(d.history.iter().map(|h| {
        let note = h.note.as_ref().map_or(String::new(), |n| format!(" ({n})"));
        (
            None,
            format!(
                "  {}  {} → {}{note}",
                h.at.format("%Y-%m-%d %H:%M"),
                h.from.key().replace('_', " "),
                h.to.key().replace('_', " ")
            ),
        )
    }));
    if d.history.is_empty() {
        out.push((None, "  (no changes yet)".into()));
    }
    out.extend(super::form::change_lines(d));
    out
}

fn notes(d: &PostingDetail) -> Lines {
    if d.notes.is_empty() {
        return vec![(None, "No notes yet. Press n to write one.".into())];
    }
    let mut out: Lines = vec![];
    for n in &d.notes {
        out.push((None, format!("── {} ──", n.at.format("%Y-%m-%d %H:%M"))));
        out.extend(n.text.lines().map(|l| (None, l.to_string())));
        out.push((None, String::new()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_posting_without_a_maximum_rate_says_so() {
        let rate = |p: &Posting| {
            fields(p)
                .into_iter()
                .find(|(k, _)| *k == Some("Maximum rate"))
                .map(|(_, v)| v)
        };
        let mut p = Posting::default();
        assert_eq!(rate(&p).as_deref(), Some("-"));
        p.no_max_rate = true;
        assert!(rate(&p).is_some_and(|v| v.starts_with("none")));
    }
}
