//! `tenderdesk outcome ID --result won|lost|waiting|withdrawn|no-response
//! [--points 85] [--rank 2] [--of 7] [--awarded-rate 98.50] [--reason TEXT]
//! [--date YYYY-MM-DD] [--criterion-points N=POINTS]`: how a bid ended.
//! Every value is read and checked before anything is stored; a bad one is
//! one line naming its flag and the form it takes.

use super::output::line;
use crate::assess::score;
use crate::pipeline::outcome::{Outcome, Result as BidResult, fmt_points};
use crate::pipeline::outcome_values as v;
use crate::store::Store;
use anyhow::{anyhow, bail};
use chrono::{NaiveDate, Utc};
use std::collections::BTreeMap;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The posting id (see `tenderdesk list`)
    #[arg(value_parser = super::posting_id)]
    pub id: String,
    /// won, lost, waiting, withdrawn or no-response
    #[arg(long)]
    pub result: String,
    /// Points received in total, e.g. 85 or 72.5
    #[arg(long)]
    pub points: Option<String>,
    /// Points received for one award criterion: NUMBER=POINTS (repeatable)
    #[arg(long = "criterion-points", value_name = "N=POINTS")]
    pub criterion_points: Vec<String>,
    /// Your place in the ranking (1 = first)
    #[arg(long)]
    pub rank: Option<String>,
    /// How many candidates were ranked
    #[arg(long)]
    pub of: Option<String>,
    /// The hourly rate it was awarded at, in euros, e.g. 98.50
    #[arg(long = "awarded-rate", value_name = "EUR")]
    pub awarded_rate: Option<String>,
    /// The reason given, in words
    #[arg(long)]
    pub reason: Option<String>,
    /// The day of the result, YYYY-MM-DD [default: today]
    #[arg(long)]
    pub date: Option<String>,
}

/// Reads the flags into an outcome (nothing stored yet).
fn read(args: &Args, today: NaiveDate) -> anyhow::Result<Outcome> {
    let result: BidResult = args.result.parse()?;
    let flag = |f: &'static str| move |e: String| anyhow!("{f}: {e}");
    let points = args
        .points
        .as_deref()
        .map(|s| v::points(s).map_err(flag("--points")))
        .transpose()?;
    let mut criterion_points = BTreeMap::new();
    for s in &args.criterion_points {
        let Some((n, p)) = s.split_once('=') else {
            bail!("--criterion-points: '{s}' is not NUMBER=POINTS, e.g. 2=30");
        };
        let n = v::count(n).map_err(flag("--criterion-points"))?;
        let p = v::points(p).map_err(flag("--criterion-points"))?;
        criterion_points.insert(n, p);
    }
    let awarded_rate = args
        .awarded_rate
        .as_deref()
        .map(|s| v::rate(s).map_err(flag("--awarded-rate")))
        .transpose()?;
    let date = match args.date.as_deref() {
        Some(d) => v::date(d).map_err(flag("--date"))?,
        None => today,
    };
    let reason = args
        .reason
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(str::to_string);
    Ok(Outcome {
        result,
        date: Some(date),
        points,
        criterion_points,
        rank: args
            .rank
            .as_deref()
            .map(|s| v::count(s).map_err(flag("--rank")))
            .transpose()?,
        candidates: args
            .of
            .as_deref()
            .map(|s| v::count(s).map_err(flag("--of")))
            .transpose()?,
        awarded_rate,
        reason,
        expected_score: None,
        bid_rate: None,
        at: Utc::now(),
    })
}

pub fn run(store: &mut Store, args: Args) -> anyhow::Result<i32> {
    let today = Utc::now()
        .with_timezone(&chrono_tz::Europe::Amsterdam)
        .date_naive();
    let mut o = read(&args, today)?;
    o.check()?;
    let detail = store.detail(&args.id)?;
    let p = &detail.record.posting;
    for n in o.criterion_points.keys() {
        if !p.award.iter().any(|c| c.number == *n) {
            bail!(
                "--criterion-points: posting {} has no award criterion {n}",
                line(&args.id)
            );
        }
    }
    // what you expected and bid at, kept beside the result for the stats
    let profile = store.profile()?;
    let s = score(p, &store.assessment(&args.id)?, &profile);
    o.expected_score = crate::assess::stats::assessed_expected(&s);
    o.bid_rate = profile.hourly_rate;
    let done = store.set_outcome(&args.id, &o)?;
    println!("{}: {}", line(&args.id), line(&o.summary()));
    if let Some(c) = &done.stage {
        println!("stage: {} -> {}", c.from, c.to);
    }
    if let Some(old) = &done.replaced {
        println!("replaces: {}", line(&old.summary()));
    }
    if let Some(e) = o.expected_score {
        println!("expected score at the time: {}", fmt_points(e));
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(result: &str) -> Args {
        Args {
            id: "1".into(),
            result: result.into(),
            points: None,
            criterion_points: vec![],
            rank: None,
            of: None,
            awarded_rate: None,
            reason: None,
            date: None,
        }
    }

    #[test]
    fn every_bad_value_names_its_flag() {
        let today = NaiveDate::from_ymd_opt(2026, 7, 1).unwrap();
        let err = |a: Args| read(&a, today).unwrap_err().to_string();
        assert!(err(args("maybe")).starts_with("--result"));
        let mut a = args("won");
        a.points = Some("veel".into());
        assert!(err(a).starts_with("--points: 'veel'"));
        let mut a = args("won");
        a.rank = Some("0".into());
        assert!(err(a).starts_with("--rank"));
        let mut a = args("won");
        a.date = Some("20-07-2026".into());
        assert!(err(a).starts_with("--date"));
        let mut a = args("won");
        a.criterion_points = vec!["2:30".into()];
        assert!(err(a).starts_with("--criterion-points"));
        let mut a = args("lost");
        a.awarded_rate = Some("92,50".into());
        a.points = Some("71.5".into());
        let o = read(&a, today).unwrap();
        assert_eq!(o.awarded_rate, Some(crate::posting::Money(9250)));
        assert_eq!(o.date, Some(today));
    }
}
