//! `tenderdesk export --format csv|json|ics [--stage S] [-o FILE [--force]]`
//!
//! `--stage` narrows every format. The CSV carries the assessment too
//! (expected score, what is still reachable, the verdict), the number of
//! notes, the interview dates and the next coming date, and how the bid
//! ended (`tenderdesk outcome`; also `outcome` in the JSON). The calendar holds
//! the coming dates (`--all`: every known date). A file given with `-o` is
//! never written over without `--force`.

use super::output::json;
use crate::assess::agenda::{AgendaItem, agenda};
use crate::assess::{Assessment, Profile, Verdict, checks, score, verdict};
use crate::pipeline::{PostingRecord, Status};
use crate::posting::normalize::sanitize;
use crate::store::Store;
use anyhow::Context;
use chrono::{NaiveDate, Utc};
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Csv,
    Json,
    /// iCalendar (RFC 5545): one event per coming date, reminders a day before deadlines
    Ics,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// csv (`;` separated, UTF-8 BOM: opens right in Dutch Excel), json or
    /// ics (calendar of the coming dates)
    #[arg(long, value_enum, default_value = "csv")]
    pub format: Format,
    /// Write to this file instead of standard output (not over an existing
    /// one without --force)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Write over the file given with -o if it exists
    #[arg(long, requires = "output")]
    pub force: bool,
    /// Only postings in these stages (repeat or comma-separate)
    #[arg(long, value_delimiter = ',')]
    pub stage: Vec<crate::pipeline::Stage>,
    /// ics: every known date, past ones too (default: today and later)
    #[arg(long)]
    pub all: bool,
}

pub fn run(store: &Store, args: Args) -> anyhow::Result<i32> {
    let now = Utc::now();
    let today = now
        .with_timezone(&chrono_tz::Europe::Amsterdam)
        .date_naive();
    let mut records: Vec<PostingRecord> = store
        .list()?
        .into_iter()
        .filter(|r| args.stage.is_empty() || args.stage.contains(&r.stage))
        .collect();
    records.sort_by(|a, b| crate::search::by_deadline(a, b, now));
    let bytes = match args.format {
        Format::Json => {
            let outcomes = store.outcomes()?;
            let rows: Vec<JsonRow<'_>> = records
                .iter()
                .map(|r| JsonRow {
                    record: r,
                    outcome: outcomes.get(&r.id),
                })
                .collect();
            (json(&rows)? + "\n").into_bytes()
        }
        Format::Csv => csv_bytes(store, &records, today)?,
        Format::Ics => {
            let from = if args.all { NaiveDate::MIN } else { today };
            crate::assess::ics::calendar(&agenda(&records, from), now).into_bytes()
        }
    };
    match &args.output {
        Some(path) => write_file(path, &bytes, args.force)?,
        None => std::io::stdout().lock().write_all(&bytes)?,
    }
    Ok(0)
}

/// A posting in the JSON export: the record and its outcome (`null` when
/// none is recorded).
#[derive(serde::Serialize)]
struct JsonRow<'a> {
    #[serde(flatten)]
    record: &'a PostingRecord,
    outcome: Option<&'a crate::pipeline::Outcome>,
}

/// Writes `bytes` to a new file; over an existing one only with `force`.
fn write_file(path: &Path, bytes: &[u8], force: bool) -> anyhow::Result<()> {
    let mut open = std::fs::OpenOptions::new();
    open.write(true);
    if force {
        open.create(true).truncate(true);
    } else {
        open.create_new(true);
    }
    let mut f = match open.open(path) {
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            anyhow::bail!("{} exists; add --force to write over it", path.display())
        }
        other => other.with_context(|| format!("cannot write {}", path.display()))?,
    };
    f.write_all(bytes)
        .with_context(|| format!("cannot write {}", path.display()))
}

const HEADER: [&str; 29] = [
    "id",
    "stage",
    "status",
    "title",
    "organisation",
    "region",
    "request_number",
    "platform",
    "scale",
    "hours_min",
    "hours_max",
    "deadline",
    "start_date",
    "max_rate_eur",
    "expected_score",
    "reachable",
    "verdict",
    "notes",
    "interview_dates",
    "next_date",
    "imported_at",
    "updated_at",
    "outcome",
    "outcome_date",
    "points_received",
    "rank",
    "candidates",
    "awarded_rate_eur",
    "outcome_reason",
];

/// The first coming date of each posting: "2026-07-06 09:00 deadline".
fn next_dates(records: &[PostingRecord], today: NaiveDate) -> HashMap<String, String> {
    let mut next = HashMap::new();
    for AgendaItem {
        date,
        time,
        kind,
        posting_id,
        ..
    } in agenda(records, today)
    {
        next.entry(posting_id).or_insert_with(|| match time {
            Some(t) => format!("{date} {} {}", t.format("%H:%M"), kind.label()),
            None => format!("{date} {}", kind.label()),
        });
    }
    next
}

fn csv_bytes(
    store: &Store,
    records: &[PostingRecord],
    today: NaiveDate,
) -> anyhow::Result<Vec<u8>> {
    let profile: Profile = store.profile()?;
    let answers: HashMap<String, Assessment> = store.assessments()?;
    let outcomes = store.outcomes()?;
    let next = next_dates(records, today);
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    w.write_record(HEADER)?;
    let now = Utc::now();
    let opt = |v: Option<String>| v.unwrap_or_default();
    let comma = |v: f64| verdict::points(v).replace('.', ",");
    let empty = Assessment::default();
    for r in records {
        let p = &r.posting;
        let s = score(p, answers.get(&r.id).unwrap_or(&empty), &profile);
        let v = Verdict::of(
            &s,
            &checks::dba(p, &profile),
            checks::vog(p, &profile, today).as_ref(),
        );
        let notes = store.detail(&r.id)?.notes.len();
        let (expected, reachable) = if s.total > 0.0 {
            (comma(s.expected), comma(verdict::reachable(&s)))
        } else {
            (String::new(), String::new())
        };
        let o = outcomes.get(&r.id);
        let money = |m: crate::posting::Money| format!("{:.2}", m.as_eur()).replace('.', ",");
        let row = [
            r.id.clone(),
            r.stage.key().to_string(),
            Status::of(r.stage, p.closing(), now).label().to_string(),
            p.title.clone(),
            opt(p.organisation.clone()),
            opt(p.region.clone()),
            opt(p.request_number.clone()),
            opt(p.platform.clone()),
            opt(p.scale.clone()),
            opt(p.hours_min.map(|h| h.to_string())),
            opt(p.hours_max.map(|h| h.to_string())),
            opt(p.deadline.map(|d| d.to_rfc3339())),
            opt(p.start_date.map(|d| d.to_string())),
            opt(p
                .max_rate_eur
                .map(|m| format!("{:.2}", m.as_eur()).replace('.', ","))),
            expected,
            reachable,
            v.key().to_string(),
            notes.to_string(),
            p.interview_dates
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join(" "),
            opt(next.get(&r.id).cloned()),
            r.imported_at.to_rfc3339(),
            r.updated_at.to_rfc3339(),
            opt(o.map(|o| o.result.key().to_string())),
            opt(o.and_then(|o| o.date).map(|d| d.to_string())),
            opt(o.and_then(|o| o.points).map(comma)),
            opt(o.and_then(|o| o.rank).map(|n| n.to_string())),
            opt(o.and_then(|o| o.candidates).map(|n| n.to_string())),
            opt(o.and_then(|o| o.awarded_rate).map(money)),
            opt(o.and_then(|o| o.reason.clone())),
        ];
        w.write_record(row.iter().map(|f| cell(f)))?;
    }
    w.into_inner().map_err(|e| anyhow::anyhow!("{}", e.error()))
}

/// Sanitised, and defused against spreadsheet formulas (`=`, `+`, `@`).
fn cell(s: &str) -> String {
    let clean = sanitize(s);
    if clean.starts_with(['=', '+', '@']) {
        format!("'{clean}")
    } else {
        clean
    }
}
