//! `tenderdesk list [filters] [--json]`

use super::output::{cell, countdown, json};
use crate::assess::agenda::deadline_day;
use crate::pipeline::outcome::no_response_yet;
use crate::pipeline::{ChangeMark, Status};
use crate::search::{self, Filter, StageFilter};
use crate::store::Store;
use anyhow::anyhow;
use chrono::Utc;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Region (province), e.g. Utrecht
    #[arg(long)]
    pub region: Option<String>,
    /// Salary scale range, e.g. 9-11 or 10
    #[arg(long)]
    pub scale: Option<String>,
    /// A stage (open, applied, …) or expired
    #[arg(long)]
    pub stage: Option<String>,
    /// Deadline within a period: 48h, 14d, 2w
    #[arg(long)]
    pub due: Option<String>,
    /// At least this many hours a week
    #[arg(long, value_name = "HOURS")]
    pub hours_min: Option<u32>,
    /// Fuzzy search in title, organisation, region and criteria
    #[arg(long)]
    pub search: Option<String>,
    /// Print JSON instead of a table
    #[arg(long)]
    pub json: bool,
    /// List the archive (postings moved there with `tenderdesk delete`)
    #[arg(long)]
    pub archived: bool,
}

impl Args {
    fn filter(&self) -> anyhow::Result<Filter> {
        Ok(Filter {
            region: self.region.clone(),
            scale: self
                .scale
                .as_deref()
                .map(search::parse_scale)
                .transpose()
                .map_err(|e| anyhow!(e))?,
            stage: self
                .stage
                .as_deref()
                .map(str::parse::<StageFilter>)
                .transpose()
                .map_err(|e| anyhow!(e))?,
            due_within: self
                .due
                .as_deref()
                .map(search::parse_due)
                .transpose()
                .map_err(|e| anyhow!(e))?,
            hours_min: self.hours_min,
            text: self.search.clone(),
            ..Filter::default()
        })
    }
}

#[derive(serde::Serialize)]
struct Row<'a> {
    status: &'static str,
    /// A bid without news `no_response_days` after its deadline.
    no_response_yet: bool,
    #[serde(flatten)]
    record: &'a crate::pipeline::PostingRecord,
}

pub fn run(store: &Store, args: Args) -> anyhow::Result<i32> {
    let mut filter = args.filter()?;
    // the table needs only a few fields of each posting (`Store::list_lean`);
    // `--json` prints whole records
    let lean = !args.json;
    let records = match filter.text.clone().as_deref().map(search::Query::new) {
        // a search loads only the postings that can match it
        Some(query) if !query.is_empty() && !args.archived => {
            let keys = store.short_keys()?;
            let ids = search::narrow::matching_ids(&keys, &query, |word| {
                store.ids_with_criteria_word(word)
            })?;
            // the hits are exactly the postings the text matches
            // (`search::narrow`): no need to match them again
            filter.text = None;
            if lean {
                store.records_lean(&ids)?
            } else {
                store.records(&ids)?
            }
        }
        _ if args.archived => store.list_archived()?,
        _ if lean => store.list_lean()?,
        _ => store.list()?,
    };
    let now = Utc::now();
    let hits = search::apply(&records, &filter, now);
    let outcomes = store.outcomes()?;
    let days = store.profile()?.no_response_days();
    let today = now
        .with_timezone(&chrono_tz::Europe::Amsterdam)
        .date_naive();
    let quiet = |r: &crate::pipeline::PostingRecord| {
        no_response_yet(
            r.stage,
            outcomes.contains_key(&r.id),
            deadline_day(&r.posting),
            days,
            today,
        )
    };
    if args.json {
        let rows: Vec<Row<'_>> = hits
            .iter()
            .map(|&i| {
                let r = &records[i];
                Row {
                    status: Status::of(r.stage, r.posting.closing(), now).label(),
                    no_response_yet: quiet(r),
                    record: r,
                }
            })
            .collect();
        println!("{}", json(&rows)?);
        return Ok(0);
    }
    println!(
        "{} {} {} {} {} {} {} STAGE",
        cell("ID", 9),
        cell("TITLE", 40),
        cell("ORGANISATION", 16),
        cell("REGION", 14),
        cell("SCALE", 6),
        cell("HOURS", 6),
        cell("DEADLINE", 8)
    );
    for &i in &hits {
        let r = &records[i];
        let p = &r.posting;
        let hours = match (p.hours_min, p.hours_max) {
            (Some(a), Some(b)) if a != b => format!("{a}-{b}"),
            (Some(a), _) | (None, Some(a)) => a.to_string(),
            (None, None) => "-".into(),
        };
        println!(
            "{} {} {} {} {} {} {} {}{}{}",
            cell(&r.id, 9),
            cell(&p.title, 40),
            cell(p.organisation.as_deref().unwrap_or("-"), 16),
            cell(p.region.as_deref().unwrap_or("-"), 14),
            cell(p.scale.as_deref().unwrap_or("-"), 6),
            cell(&hours, 6),
            // as in the interface: "passed" once the posting moved on
            cell(
                &match countdown(p.closing(), now) {
                    c if c == "expired" && r.stage != crate::pipeline::Stage::Open => {
                        "passed".to_string()
                    }
                    c => c,
                },
                8
            ),
            Status::of(r.stage, p.closing(), now).label(),
            match r.changed {
                ChangeMark::DeadlineEarlier => " · Δ! DEADLINE MOVED EARLIER",
                ChangeMark::Changed => " · Δ changed",
                ChangeMark::None => "",
            },
            if quiet(r) { " · no response yet" } else { "" }
        );
    }
    Ok(0)
}
