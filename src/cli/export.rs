//! `tenderdesk export --format csv|json [-o FILE]`

use super::output::json;
use crate::pipeline::Status;
use crate::posting::normalize::sanitize;
use crate::store::Store;
use anyhow::Context;
use chrono::Utc;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Csv,
    Json,
    /// iCalendar (RFC 5545): one event per coming date, reminders a day before deadlines
    Ics,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// csv (`;` separated, UTF-8 BOM: opens right in Dutch Excel) or json
    #[arg(long, value_enum, default_value = "csv")]
    pub format: Format,
    /// Write to this file instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Only postings in these stages (repeat or comma-separate; ics only)
    #[arg(long, value_delimiter = ',')]
    pub stage: Vec<crate::pipeline::Stage>,
}

pub fn run(store: &Store, args: Args) -> anyhow::Result<i32> {
    let records = store.list()?;
    let bytes = match args.format {
        Format::Json => (json(&records)? + "\n").into_bytes(),
        Format::Csv => csv_bytes(&records)?,
        Format::Ics => {
            let chosen: Vec<_> = records
                .into_iter()
                .filter(|r| args.stage.is_empty() || args.stage.contains(&r.stage))
                .collect();
            // every known date, past ones too: a calendar keeps the record
            let items = crate::assess::agenda::agenda(&chosen, chrono::NaiveDate::MIN);
            crate::assess::ics::calendar(&items, Utc::now()).into_bytes()
        }
    };
    match &args.output {
        Some(path) => std::fs::write(path, &bytes)
            .with_context(|| format!("cannot write {}", path.display()))?,
        None => std::io::stdout().lock().write_all(&bytes)?,
    }
    Ok(0)
}

const HEADER: [&str; 16] = [
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
    "imported_at",
    "updated_at",
];

fn csv_bytes(records: &[crate::pipeline::PostingRecord]) -> anyhow::Result<Vec<u8>> {
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    w.write_record(HEADER)?;
    let now = Utc::now();
    let opt = |v: Option<String>| v.unwrap_or_default();
    for r in records {
        let p = &r.posting;
        let row = [
            r.id.clone(),
            r.stage.key().to_string(),
            Status::of(r.stage, p.deadline, now).label().to_string(),
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
            r.imported_at.to_rfc3339(),
            r.updated_at.to_rfc3339(),
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
