//! `tenderdesk stats [--json] [--since DATE]`: what your bids teach (see
//! `assess::stats` for what counts as a bid, decided and won).

use super::output::line;
use crate::assess::bids::gather;
use crate::assess::stats::{Group, Stats, stats};
use crate::pipeline::outcome::fmt_points;
use crate::store::Store;
use anyhow::anyhow;
use chrono::NaiveDate;
use std::fmt::Write as _;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print JSON
    #[arg(long)]
    pub json: bool,
    /// Only bids made on or after this day (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
}

pub fn run(store: &Store, args: Args) -> anyhow::Result<i32> {
    let since = args
        .since
        .as_deref()
        .map(|s| {
            NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
                .map_err(|_| anyhow!("--since: '{s}' is not a date as YYYY-MM-DD, e.g. 2026-01-01"))
        })
        .transpose()?;
    let records = store.list()?;
    let outcomes = store.outcomes()?;
    let histories = store.histories()?;
    let answers = store.assessments()?;
    let profile = store.profile()?;
    let bids = gather(&records, &outcomes, &histories, &answers, &profile);
    let s = stats(&bids, since);
    if args.json {
        println!("{}", super::output::json(&s)?);
    } else {
        print!("{}", render(&s)?);
    }
    Ok(0)
}

fn render(s: &Stats) -> anyhow::Result<String> {
    let mut o = String::new();
    let c = &s.results;
    let since = s.since.map_or(String::new(), |d| format!(" since {d}"));
    writeln!(
        o,
        "bids{since}: {} (won {}, lost {}, no response {}, waiting room {}, withdrawn {}, no result yet {})",
        s.bids, c.won, c.lost, c.no_response, c.waiting, c.withdrawn, c.pending
    )?;
    writeln!(o, "win rate: {}", s.overall.text())?;
    writeln!(o, "  (won ÷ decided; decided = won, lost or no response)")?;
    for (title, groups) in [
        ("by expected score", &s.by_expected_score),
        ("by platform", &s.by_platform),
        ("by organisation", &s.by_organisation),
        ("by region", &s.by_region),
        ("by your rate against the maximum", &s.by_rate_vs_max),
    ] {
        writeln!(o, "\n{title}:")?;
        for g in groups {
            writeln!(o, "  {}", group(g))?;
        }
    }
    let p = &s.points;
    writeln!(
        o,
        "\nexpected against received points ({} bid{} with both):",
        p.bids,
        if p.bids == 1 { "" } else { "s" }
    )?;
    match (p.mean_difference, p.mean_expected, p.mean_received) {
        (Some(d), Some(e), Some(r)) => writeln!(
            o,
            "  received {} on average, expected {}: {}{} points",
            fmt_points(round1(r)),
            fmt_points(round1(e)),
            if d >= 0.0 { "+" } else { "" },
            fmt_points(round1(d))
        )?,
        _ => writeln!(o, "  too few ({})", p.bids)?,
    }
    writeln!(
        o,
        "\nexpected against received points per kind of criterion (means per bid):"
    )?;
    if s.points_by_kind.is_empty() {
        writeln!(
            o,
            "  no bid has points per criterion (tenderdesk outcome ID --criterion-points N=POINTS)"
        )?;
    }
    for k in &s.points_by_kind {
        writeln!(o, "  {}", k.text())?;
    }
    if let (Some(first), Some(last)) = (s.bids_by_month.first(), s.bids_by_month.last()) {
        let counts: Vec<String> = s.bids_by_month.iter().map(|m| m.bids.to_string()).collect();
        writeln!(
            o,
            "\nbids a month ({} to {}): {}",
            first.month,
            last.month,
            counts.join(" ")
        )?;
    }
    writeln!(o, "\ndays per stage (from entering it to leaving it):")?;
    if s.stage_days.is_empty() {
        writeln!(o, "  no stage was left yet")?;
    }
    for t in &s.stage_days {
        let days = t.mean_days.map_or(format!("too few ({})", t.times), |d| {
            format!(
                "{} days on average ({} times)",
                fmt_points(round1(d)),
                t.times
            )
        });
        writeln!(o, "  {:<14} {days}", t.stage.key())?;
    }
    Ok(o)
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// `Hilversum        3 bids  win rate 33% (1 of 3)`
fn group(g: &Group) -> String {
    format!(
        "{} {:>3} bid{}  win rate {}",
        super::output::cell(&line(&g.name), 28),
        g.bids,
        if g.bids == 1 { " " } else { "s" },
        g.rate.text()
    )
}
