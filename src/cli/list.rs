//! `tenderdesk list [filters] [--sort deadline|net|chance] [--json]`. By
//! net or chance, the figure is shown (a column, a JSON key) and sorted on,
//! highest first, postings without one last; the default order and output
//! are the deadline's.

use super::output::{cell, countdown, json};
use crate::assess::agenda::deadline_day;
use crate::assess::chance::Chance;
use crate::assess::net::net_cell;
use crate::assess::stats::assessed_expected;
use crate::pipeline::PostingRecord;
use crate::pipeline::outcome::no_response_yet;
use crate::pipeline::{ChangeMark, Status};
use crate::search::{self, Filter, StageFilter};
use crate::store::Store;
use anyhow::anyhow;
use chrono::Utc;
use std::io::Write;

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
    /// Order: deadline (soonest first), net (net per hour at your rate,
    /// highest first) or chance (learned chance of winning, highest first);
    /// net and chance add their figure as a column (a key in JSON)
    #[arg(long, value_enum, default_value_t = Sort::Deadline)]
    pub sort: Sort,
}

/// The orders of `list --sort`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Sort {
    Deadline,
    Net,
    Chance,
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
    /// With `--sort net`: euros an hour at your rate (`null`: none).
    #[serde(skip_serializing_if = "Option::is_none")]
    net_per_hour: Option<Option<f64>>,
    /// With `--sort chance`: `{percent, band, won, decided}` or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    chance: Option<Option<Chance>>,
    #[serde(flatten)]
    record: &'a crate::pipeline::PostingRecord,
}

/// The figure a row is sorted on (net per hour, or the chance's percent)
/// and the chance itself.
type Figure = (Option<f64>, Option<Chance>);

/// Per hit, the figure of the sort (net per hour, or the chance).
fn figures(
    store: &Store,
    records: &[PostingRecord],
    hits: &[usize],
    sort: Sort,
) -> anyhow::Result<Vec<Figure>> {
    if sort == Sort::Deadline {
        return Ok(vec![(None, None); hits.len()]);
    }
    let profile = store.profile()?;
    let today = chrono::Utc::now()
        .with_timezone(&chrono_tz::Europe::Amsterdam)
        .date_naive();
    if sort == Sort::Net {
        return Ok(hits
            .iter()
            .map(|&i| {
                let n = crate::assess::net::net(&records[i].posting, &profile, today);
                (n.ok().map(|n| n.net_per_hour), None)
            })
            .collect());
    }
    let model = store.chance_model()?;
    let answers = store.assessments()?;
    let empty = crate::assess::Assessment::default();
    Ok(hits
        .iter()
        .map(|&i| {
            let r = &records[i];
            let a = answers.get(&r.id).unwrap_or(&empty);
            let expected = assessed_expected(&crate::assess::score(&r.posting, a, &profile));
            let c = model.chance(expected);
            (c.as_ref().map(|c| f64::from(c.percent)), c)
        })
        .collect())
}

pub fn run(store: &Store, args: Args) -> anyhow::Result<i32> {
    // one read transaction for every read below, and one write of the
    // output at the end rather than one per line
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let code = store.reading(|store| print(store, args, &mut out))?;
    out.flush()?;
    Ok(code)
}

fn print(store: &Store, args: Args, out: &mut impl Write) -> anyhow::Result<i32> {
    let mut filter = args.filter()?;
    // the table in deadline order needs only a few fields of each posting
    // (`Store::list_lean`); `--json` prints whole records, and the net and
    // the chance are worked out from whole postings
    let lean = !args.json && args.sort == Sort::Deadline;
    let records = match filter.text.clone().as_deref().map(search::Query::new) {
        // a search loads only the postings that can match it
        Some(query) if !query.is_empty() && !args.archived => {
            let seqs = search::narrow::matching_ids(
                &query,
                |send| store.short_keys(send),
                |word| store.seqs_with_criteria_word(word),
            )?;
            // the hits are exactly the postings the text matches
            // (`search::narrow`): no need to match them again
            filter.text = None;
            if lean {
                store.records_lean(&seqs)?
            } else {
                store.records(&seqs)?
            }
        }
        _ if args.archived => store.list_archived()?,
        _ if lean => store.list_lean()?,
        _ => store.list()?,
    };
    let now = Utc::now();
    let mut hits = search::apply(&records, &filter, now);
    let mut figs = figures(store, &records, &hits, args.sort)?;
    if args.sort != Sort::Deadline {
        // highest first, none last; equal ones keep the deadline's order
        let mut both: Vec<(usize, Figure)> = hits.into_iter().zip(figs).collect();
        both.sort_by(|(_, (a, _)), (_, (b, _))| {
            b.partial_cmp(a).unwrap_or(std::cmp::Ordering::Equal)
        });
        (hits, figs) = both.into_iter().unzip();
    }
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
            .zip(&figs)
            .map(|(&i, (net, chance))| {
                let r = &records[i];
                Row {
                    status: Status::of(r.stage, r.posting.closing(), now).label(),
                    no_response_yet: quiet(r),
                    net_per_hour: (args.sort == Sort::Net).then_some(*net),
                    chance: (args.sort == Sort::Chance).then(|| chance.clone()),
                    record: r,
                }
            })
            .collect();
        writeln!(out, "{}", json(&rows)?)?;
        return Ok(0);
    }
    let figure_head = match args.sort {
        Sort::Deadline => String::new(),
        Sort::Net => format!("{} ", cell("NET/H", 7)),
        Sort::Chance => format!("{} ", cell("CHANCE", 6)),
    };
    writeln!(
        out,
        "{} {} {} {} {} {} {} {figure_head}STAGE",
        cell("ID", 9),
        cell("TITLE", 40),
        cell("ORGANISATION", 16),
        cell("REGION", 14),
        cell("SCALE", 6),
        cell("HOURS", 6),
        cell("DEADLINE", 8)
    )?;
    for (&i, (net, chance)) in hits.iter().zip(&figs) {
        let r = &records[i];
        let p = &r.posting;
        let hours = match (p.hours_min, p.hours_max) {
            (Some(a), Some(b)) if a != b => format!("{a}-{b}"),
            (Some(a), _) | (None, Some(a)) => a.to_string(),
            (None, None) => "-".into(),
        };
        let figure = match args.sort {
            Sort::Deadline => String::new(),
            Sort::Net => format!("{} ", cell(&net_cell(*net), 7)),
            Sort::Chance => format!(
                "{} ",
                cell(
                    &chance
                        .as_ref()
                        .map_or("-".into(), |c| format!("{}%", c.percent)),
                    6
                )
            ),
        };
        writeln!(
            out,
            "{} {} {} {} {} {} {} {figure}{}{}{}",
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
            // the stored stage, as `show --json` has it; the DEADLINE
            // cell says "expired"
            match Status::of(r.stage, p.closing(), now) {
                Status::Expired => "open",
                s => s.label(),
            },
            match r.changed {
                ChangeMark::DeadlineEarlier => " · Δ! DEADLINE MOVED EARLIER",
                ChangeMark::Changed => " · Δ changed",
                ChangeMark::None => "",
            },
            if quiet(r) { " · no response yet" } else { "" }
        )?;
    }
    Ok(0)
}
