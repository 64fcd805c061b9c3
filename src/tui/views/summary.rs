//! The head of the Overview pane: what decides whether to bid, before the
//! posting's fields. Verdict, deadline with its countdown, stage, expected
//! score, your rate against the maximum, what you net (`assess::net`: fee,
//! travel, VOG) and the learned chance of winning, explained in words.

use super::clean;
use super::list::stage_words;
use crate::assess::Verdict;
use crate::assess::net::{eur, net};
use crate::assess::stats::assessed_expected;
use crate::assess::verdict::score_words;
use crate::pipeline::Status;
use crate::tui::assessed::Assessed;
use crate::tui::query;
use crate::tui::state::{DetailState, State};
use crate::tui::theme::Theme;
use ratatui::style::Style;
use ratatui::text::Line;

fn line(
    key: &str,
    value: String,
    key_style: Style,
    value_style: Style,
    width: u16,
) -> Vec<Line<'static>> {
    super::field::lines(key, &clean(&value), key_style, value_style, width)
}

/// Your rate and the posting's maximum.
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
    format!("{rate} per hour{max}")
}

/// What you net an hour and a week (the same figures as `assess` and
/// `show --json`), or why not; `None` without a rate (said above).
fn net_text(s: &State, d: &DetailState) -> Option<String> {
    s.judged.profile.hourly_rate?;
    let today = crate::tui::assessed::today(s.now);
    Some(
        match net(&d.detail.record.posting, &s.judged.profile, today) {
            Ok(n) => format!(
                "{} an hour, {} a week at {} hours, after fee, travel and VOG",
                eur(n.net_per_hour),
                eur(n.net_per_week),
                n.hours_per_week,
            ),
            Err(e) => e.to_string(),
        },
    )
}

/// `width`: the inside of the pane, for wrapping values under themselves.
pub fn lines(
    s: &State,
    d: &DetailState,
    judged: Option<&Assessed>,
    theme: &Theme,
    width: u16,
) -> Vec<Line<'static>> {
    let r = &d.detail.record;
    let p = &r.posting;
    let mut out = Vec::new();
    if let Some(j) = judged {
        let v = j.verdict();
        let passed = Status::of(r.stage, p.closing(), s.now) == Status::Expired;
        let style = match v {
            Verdict::Knockout | Verdict::Excluded => theme.ko,
            _ if passed => theme.ko,
            Verdict::VogLate => theme.warn,
            Verdict::Open => theme.good,
        };
        let mut words = v.words().to_string();
        if passed && v != Verdict::Knockout && v != Verdict::Excluded {
            // "you may bid" is not so once the deadline has passed
            words = "✗ too late: the deadline has passed".to_string();
        }
        if v == Verdict::Knockout && !j.score.fail_reasons.is_empty() {
            words = format!("{words} ({})", j.score.fail_reasons.join("; "));
        }
        out.extend(line("Verdict", words, theme.header, style, width));
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
    out.extend(line("Deadline", deadline, theme.header, theme.text, width));
    let status = Status::of(r.stage, p.closing(), s.now);
    out.extend(line(
        "Stage",
        stage_words(status),
        theme.header,
        theme.text,
        width,
    ));
    if let Some(j) = judged {
        out.extend(line(
            "Expected score",
            score_words(&j.score),
            theme.header,
            theme.text,
            width,
        ));
    }
    out.extend(line(
        "Your rate",
        rate_text(s, d),
        theme.header,
        theme.text,
        width,
    ));
    if let Some(net) = net_text(s, d) {
        out.extend(line("Net", net, theme.header, theme.text, width));
    }
    if let Some(j) = judged {
        let chance = s.judged.model.explain(assessed_expected(&j.score));
        out.extend(line("Chance", chance, theme.header, theme.text, width));
    }
    out
}
