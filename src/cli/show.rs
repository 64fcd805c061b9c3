//! `tenderdesk show ID [--json]`

use super::output::{countdown, json, line, text};
use crate::assess::agenda::deadline_day;
use crate::assess::score;
use crate::assess::stats::assessed_expected;
use crate::hand::Field;
use crate::pipeline::outcome::{fmt_points, follow_up_day, no_response_yet};
use crate::pipeline::{PostingDetail, Status};
use crate::posting::RateBand;
use crate::store::Store;
use chrono::Utc;
use serde_json::Value;
use std::fmt::Write as _;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The posting id (see `tenderdesk list`)
    #[arg(value_parser = super::posting_id)]
    pub id: String,
    /// Print JSON (with history, notes, the original text, `hand_set`: the
    /// fields set by hand, `reimported`: what the import says for them,
    /// `outcome`: how the bid ended, `no_response_yet`: a bid without news,
    /// `status`: the stage as the screen shows it (`expired` for an open
    /// posting past its deadline), `net`: what you net,
    /// `chance`: the learned chance of winning)
    #[arg(long)]
    pub json: bool,
}

/// Fields printed in their own sections rather than as `key: value`.
const SECTIONS: &[&str] = &["title", "knockout", "award", "vog", "dba", "warnings"];

/// `show --json`: the detail and whether the bid is without news.
#[derive(serde::Serialize)]
struct Shown<'a> {
    #[serde(flatten)]
    detail: &'a PostingDetail,
    no_response_yet: bool,
    /// The stage as the list and the detail view show it: the stored stage,
    /// or `expired` for an open posting whose deadline has passed.
    status: &'static str,
    /// What you net at your rate; `null` when the profile lacks the rate or
    /// hours (see `tenderdesk assess`).
    net: Option<crate::assess::net::Net>,
    /// The learned chance of winning (`assess::chance`): `{percent, band,
    /// won, decided}`, `null` when there is none.
    chance: Option<crate::assess::chance::Chance>,
}

pub fn run(store: &mut Store, args: Args) -> anyhow::Result<i32> {
    let d = store.detail(&args.id)?;
    let profile = store.profile()?;
    let days = profile.no_response_days();
    let today = Utc::now()
        .with_timezone(&chrono_tz::Europe::Amsterdam)
        .date_naive();
    let model = store.chance_model()?;
    let answers = store.assessment(&d.record.id)?;
    let expected = assessed_expected(&score(&d.record.posting, &answers, &profile));
    let deadline = deadline_day(&d.record.posting);
    let quiet = no_response_yet(d.record.stage, d.outcome.is_some(), deadline, days, today)
        .then(|| deadline.map(|dl| follow_up_day(dl, days)))
        .flatten();
    if args.json {
        let shown = Shown {
            detail: &d,
            no_response_yet: quiet.is_some(),
            status: Status::of(d.record.stage, d.record.posting.closing(), Utc::now()).label(),
            net: crate::assess::net::net(&d.record.posting, &profile, today).ok(),
            chance: model.chance(expected),
        };
        println!("{}", json(&shown)?);
    } else {
        print!("{}", render(&d, quiet, &model.explain(expected))?);
        // the user has seen what changed: the list's Δ goes
        store.mark_changes_seen(&d.record.id)?;
    }
    Ok(0)
}

fn render(
    d: &PostingDetail,
    quiet: Option<chrono::NaiveDate>,
    chance: &str,
) -> anyhow::Result<String> {
    let p = &d.record.posting;
    let now = Utc::now();
    let mut o = String::new();
    writeln!(o, "{}  {}", line(&d.record.id), line(&p.title))?;
    let expired = Status::of(d.record.stage, p.closing(), now) == Status::Expired;
    writeln!(
        o,
        "stage: {}{}",
        d.record.stage.key(),
        if expired {
            " (expired: the deadline has passed)"
        } else {
            ""
        }
    )?;
    let ahead = p.closing().is_some_and(|c| c.with_timezone(&Utc) > now);
    if let Some(c) = d.deadline_moved_earlier().filter(|_| ahead) {
        let field = c.fields.iter().find(|f| f.field == "deadline");
        writeln!(
            o,
            "!! DEADLINE MOVED EARLIER (re-import of {}): now {}, was {}",
            c.at.format("%Y-%m-%d %H:%M"),
            line(field.and_then(|f| f.new.as_deref()).unwrap_or("?")),
            line(field.and_then(|f| f.old.as_deref()).unwrap_or("?"))
        )?;
    }
    let unseen = d.changes.iter().filter(|c| c.seen == Some(false)).count();
    if unseen > 0 {
        writeln!(
            o,
            "Δ changed on re-import since you last looked ({unseen}): see changes below"
        )?;
    }
    if let Some(at) = d.archived_at {
        writeln!(
            o,
            "in the archive since {} (tenderdesk restore {} brings it back)",
            at.format("%Y-%m-%d %H:%M"),
            line(&d.record.id)
        )?;
    }
    if let Some(day) = quiet {
        writeln!(
            o,
            "no response yet: no news since the deadline (follow up from {day}; tenderdesk outcome {} records it)",
            line(&d.record.id)
        )?;
    }
    if let Some(out) = &d.outcome {
        writeln!(o, "outcome: {}", line(&out.summary()))?;
        for (n, pts) in &out.criterion_points {
            writeln!(o, "  criterion {n}: {} points", fmt_points(*pts))?;
        }
        if let Some(r) = &out.reason {
            writeln!(o, "  reason: {}", line(r))?;
        }
        if let Some(e) = out.expected_score {
            writeln!(
                o,
                "  you expected {} points when it was recorded",
                fmt_points(e)
            )?;
        }
    }
    writeln!(o, "chance of winning: {chance}")?;
    if let Some(text) = p.deadline_text() {
        writeln!(o, "deadline: {text}")?;
    }
    writeln!(o, "deadline in: {}", countdown(p.closing(), now))?;
    let hand: Vec<Field> = d
        .hand_set
        .iter()
        .filter_map(|n| Field::from_name(n))
        .collect();
    if let Value::Object(fields) = serde_json::to_value(p)? {
        for (k, v) in fields
            .iter()
            .filter(|(k, _)| !SECTIONS.contains(&k.as_str()))
        {
            if let Some(v) = scalar(v) {
                let mark = if hand.iter().any(|f| f.keys().contains(&k.as_str())) {
                    "  ✎"
                } else {
                    ""
                };
                writeln!(o, "{k}: {}{mark}", line(&v))?;
            }
        }
    }
    if !hand.is_empty() {
        writeln!(o, "\nset by hand (✎, kept over re-imports):")?;
        for f in &hand {
            let value = f.show(p).unwrap_or_else(|| "(empty)".into());
            let import = match d.reimported.get(f.name()) {
                Some(Some(v)) if *v != value => format!("  (import says: {})", line(v)),
                Some(None) => "  (import says: nothing)".to_string(),
                _ => String::new(),
            };
            writeln!(o, "  ✎ {}: {}{import}", f.name(), line(&value))?;
        }
    }
    writeln!(o, "\nknock-out criteria:")?;
    for c in &p.knockout {
        writeln!(o, "  {}. {}", c.number, line(&c.text))?;
    }
    writeln!(o, "\naward criteria ({} points):", p.award_points_total())?;
    for c in &p.award {
        let pts = c.points.map_or("-".into(), |x| x.to_string());
        writeln!(o, "  {}. {} [{pts} points]", c.number, line(c.name()))?;
        for b in &c.rate_bands {
            writeln!(o, "      {} → {} points", band(b), b.points)?;
        }
    }
    writeln!(o, "\nconditions:")?;
    writeln!(
        o,
        "  VOG: {}{}",
        if p.vog.required {
            "required"
        } else {
            "not required"
        },
        p.vog
            .lead_time_weeks
            .map_or(String::new(), |w| format!(" (lead time {w} weeks)"))
    )?;
    for e in &p.vog.evidence {
        writeln!(o, "    \"{}\"", line(e))?;
    }
    writeln!(
        o,
        "  DBA: {} ({})",
        p.dba.stance.key(),
        p.dba.stance.plain()
    )?;
    for e in &p.dba.evidence {
        writeln!(o, "    \"{}\"", line(e))?;
    }
    if !p.warnings.is_empty() {
        writeln!(o, "\nwarnings:")?;
        for w in &p.warnings {
            writeln!(o, "  {}", line(w))?;
        }
    }
    writeln!(o, "\nhistory:")?;
    for h in &d.history {
        let note = h
            .note
            .as_deref()
            .map_or(String::new(), |n| format!("  ({})", line(n)));
        writeln!(
            o,
            "  {}  {} -> {}{note}",
            h.at.format("%Y-%m-%d %H:%M"),
            h.from,
            h.to
        )?;
    }
    if !d.changes.is_empty() {
        writeln!(
            o,
            "\nchanges (tenderdesk undo {} reverts the last):",
            line(&d.record.id)
        )?;
        for c in &d.changes {
            let undone = if c.undone { "  (undone)" } else { "" };
            writeln!(
                o,
                "  {}  {}{undone}",
                c.at.format("%Y-%m-%d %H:%M"),
                line(&c.what)
            )?;
            for f in &c.fields {
                writeln!(o, "      {}", line(&f.plain()))?;
            }
        }
    }
    writeln!(o, "\nnotes:")?;
    for n in &d.notes {
        writeln!(
            o,
            "  {}  {}",
            n.at.format("%Y-%m-%d %H:%M"),
            text(&n.text).replace('\n', "\n    ")
        )?;
    }
    Ok(o)
}

fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(if *b { "yes".into() } else { "no".into() }),
        Value::Number(n) => Some(n.to_string()),
        Value::Array(a) if a.is_empty() => None,
        Value::Array(a) => Some(a.iter().filter_map(scalar).collect::<Vec<_>>().join(", ")),
        Value::Object(_) => Some(v.to_string()),
    }
}

fn band(b: &RateBand) -> String {
    match (b.above, b.below, b.from, b.to) {
        (Some(a), ..) => format!("above {a}"),
        (_, Some(x), ..) => format!("below {x}"),
        (_, _, Some(f), Some(t)) => format!("{f} to {t}"),
        (_, _, Some(f), None) => format!("from {f}"),
        (_, _, None, Some(t)) => format!("up to {t}"),
        _ => "any rate".into(),
    }
}
