//! `tenderdesk assess ID [--ko 1=met] [--award 4=partly] [--clear ko:2]`:
//! record the self-assessment of a posting and show the expected score,
//! knock-out status and the DBA, VOG and hours checks.

use super::output::{line, text};
use crate::assess::{Answer, checks, score};
use crate::store::{CriterionKind, Store};
use chrono::Utc;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The posting id (its aanvraagnummer where it has one)
    #[arg(value_parser = super::posting_id)]
    pub id: String,
    /// Answer a knock-out criterion: NUMBER=met|not_met (repeatable)
    #[arg(long = "ko", value_name = "N=ANSWER")]
    pub knockout: Vec<String>,
    /// Answer an award criterion: NUMBER=met|partly|not_met (repeatable)
    #[arg(long = "award", value_name = "N=ANSWER")]
    pub award: Vec<String>,
    /// Forget an answer: ko:N or award:N (repeatable)
    #[arg(long, value_name = "KIND:N")]
    pub clear: Vec<String>,
}

fn parse_pair(s: &str) -> anyhow::Result<(u32, Answer)> {
    let (n, a) = s
        .split_once('=')
        .ok_or_else(|| anyhow::anyhow!("'{s}': write NUMBER=ANSWER, e.g. 4=met"))?;
    let n: u32 = n
        .trim()
        .parse()
        .map_err(|_| anyhow::anyhow!("'{s}': '{n}' is not a criterion number"))?;
    Ok((n, a.parse().map_err(|e: String| anyhow::anyhow!(e))?))
}

pub fn run(store: &mut Store, args: Args) -> anyhow::Result<i32> {
    for s in &args.knockout {
        let (n, a) = parse_pair(s)?;
        anyhow::ensure!(
            a != Answer::Partly,
            "a knock-out is met or not_met, not partly"
        );
        store.set_answer(&args.id, CriterionKind::Knockout, n, Some(a))?;
    }
    for s in &args.award {
        let (n, a) = parse_pair(s)?;
        store.set_answer(&args.id, CriterionKind::Award, n, Some(a))?;
    }
    for s in &args.clear {
        let (kind, n) = s
            .split_once(':')
            .ok_or_else(|| anyhow::anyhow!("'{s}': write ko:N or award:N"))?;
        let n: u32 = n
            .parse()
            .map_err(|_| anyhow::anyhow!("'{s}': '{n}' is not a criterion number"))?;
        let kind = match kind {
            "ko" | "knockout" => CriterionKind::Knockout,
            "award" => CriterionKind::Award,
            other => anyhow::bail!("'{other}': use ko or award"),
        };
        store.set_answer(&args.id, kind, n, None)?;
    }
    let detail = store.detail(&args.id)?;
    let p = &detail.record.posting;
    let profile = store.profile()?;
    let answers = store.assessment(&args.id)?;
    let s = score(p, &answers, &profile);
    println!("{} ({})", line(&p.title), line(&args.id));
    println!("knock-out criteria:");
    for c in &p.knockout {
        // the maximum-rate knock-out is judged from the profile's rate
        let by_rate = s
            .rate_knockout
            .filter(|(n, _)| *n == c.number)
            .map(|(_, within)| if within { "€" } else { "✗" });
        let (mark, look) = match by_rate {
            Some(m) => (m, false),
            None => answers
                .knockout_answer(c.number, &c.text)
                .map_or(("?", false), |(a, l)| (a.mark(), l)),
        };
        println!(
            "  {mark} {}. {}{}",
            c.number,
            line(&c.text),
            if look {
                "  (text changed: look again)"
            } else {
                ""
            }
        );
    }
    println!("award criteria:");
    for c in &p.award {
        let (mark, look) = answers
            .award_answer(c.number, &c.text)
            .map_or(("?", false), |(a, l)| (a.mark(), l));
        let pts = c.points.map_or("?".to_string(), |p| p.to_string());
        println!(
            "  {mark} {}. [{pts}] {}{}",
            c.number,
            line(c.name()),
            if look {
                "  (text changed: look again)"
            } else {
                ""
            }
        );
    }
    println!(
        "expected score {}{}; {} CVs go to the client",
        crate::assess::verdict::score_words(&s),
        s.rate_points
            .map_or(String::new(), |r| format!(", rate criterion {r} points")),
        p.cvs_forwarded.as_deref().map_or("?".to_string(), line)
    );
    if s.knockout_fail {
        println!("✗ KNOCK-OUT FAIL: {}", s.fail_reasons.join("; "));
    } else if s.unjudged_knockouts > 0 {
        println!(
            "? {} knock-out criteria not judged yet",
            s.unjudged_knockouts
        );
    } else {
        println!("✓ all knock-out criteria met");
    }
    let today = Utc::now()
        .with_timezone(&chrono_tz::Europe::Amsterdam)
        .date_naive();
    let dba = checks::dba(p, &profile);
    println!("{} DBA: {}", dba.level.mark(), text(&dba.message));
    if let Some(v) = checks::vog(p, &profile, today) {
        println!("{} VOG: {}", v.level.mark(), text(&v.message));
    }
    let all = store.list()?;
    for (id, f) in checks::hours(&all, &profile, today) {
        if id == args.id {
            println!("{} hours: {}", f.level.mark(), text(&f.message));
        }
    }
    print!("{}", super::net::render(p, &profile, today));
    Ok(0)
}
