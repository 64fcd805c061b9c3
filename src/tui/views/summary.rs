//! The head of the Overview pane: what decides whether to bid, before the
//! posting's fields. Verdict, deadline with its countdown, stage, expected
//! score, your rate against the maximum and what is left after the fee.

use super::clean;
use super::list::status_words;
use crate::assess::Verdict;
use crate::assess::verdict::score_words;
use crate::pipeline::Status;
use crate::posting::Money;
use crate::tui::assessed::Assessed;
use crate::tui::query;
use crate::tui::state::{DetailState, State};
use crate::tui::theme::Theme;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

fn line(key: &str, value: String, key_style: Style, value_style: Style) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("{key:<22}"), key_style),
        Span::styled(clean(&value), value_style),
    ])
}

/// Your rate, the posting's maximum and the rate net of the fee.
fn rate_text(s: &State, d: &DetailState) -> String {
    let p = &d.detail.record.posting;
    let Some(rate) = s.judged.profile.hourly_rate else {
        return "your rate is not set (P: profile)".into();
    };
    let max = match p.max_rate_eur {
        Some(m) if rate > m => format!(", over the maximum {m}"),
        Some(m) => format!(", maximum {m}"),
        None => String::new(),
    };
    let net = match (p.fee_per_hour_eur, p.fee.as_deref()) {
        (Some(fee), _) => format!("; net of the {fee} fee: {}", Money(rate.0 - fee.0)),
        (None, Some("none")) => format!("; no fee: net {rate}"),
        _ => "; fee not stated".into(),
    };
    format!("{rate} per hour{max}{net}")
}

pub fn lines(
    s: &State,
    d: &DetailState,
    judged: Option<&Assessed>,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let r = &d.detail.record;
    let p = &r.posting;
    let mut out = Vec::new();
    if let Some(j) = judged {
        let v = j.verdict();
        let style = match v {
            Verdict::Knockout | Verdict::Excluded => theme.ko,
            Verdict::VogLate => theme.warn,
            Verdict::Open => theme.good,
        };
        let mut words = v.words().to_string();
        if v == Verdict::Knockout && !j.score.fail_reasons.is_empty() {
            words = format!("{words} ({})", j.score.fail_reasons.join("; "));
        }
        out.push(line("Verdict", words, theme.header, style));
    }
    let left = match query::countdown(p.closing(), s.now).as_str() {
        "expired" => "passed".to_string(),
        left => format!("{left} left"),
    };
    let deadline = match (p.deadline, p.deadline_date) {
        (Some(dl), _) => format!("{} ({left})", dl.format("%a %Y-%m-%d %H:%M")),
        (None, Some(day)) => format!("{}, time not stated ({left})", day.format("%a %Y-%m-%d")),
        (None, None) => match &p.closing_hint {
            Some(hint) => format!("not stated (the page said \"{}\")", super::clean(hint)),
            None => "not stated".into(),
        },
    };
    out.push(line("Deadline", deadline, theme.header, theme.text));
    let status = Status::of(r.stage, p.closing(), s.now);
    out.push(line(
        "Stage",
        status_words(status),
        theme.header,
        theme.text,
    ));
    if let Some(j) = judged {
        out.push(line(
            "Expected score",
            score_words(&j.score),
            theme.header,
            theme.text,
        ));
    }
    out.push(line("Your rate", rate_text(s, d), theme.header, theme.text));
    out
}
