//! Round trip: every generated posting parses back to the values it was
//! generated from. 1,000 postings in CI; `CORPUS_COUNT=100000` for a long run.

use chrono::NaiveDate;
use tenderdesk::corpus::{Spec, generate};
use tenderdesk::posting::{Posting, parse};

fn differences(s: &Spec, p: &Posting) -> Vec<String> {
    let mut d = Vec::new();
    let mut check = |field: &str, want: String, got: String| {
        if want != got {
            d.push(format!("{field}: want {want:?}, got {got:?}"));
        }
    };
    check("title", s.title.clone(), p.title.clone());
    check(
        "request_number",
        format!("{:?}", Some(&s.request_number)),
        format!("{:?}", p.request_number.as_ref()),
    );
    check(
        "organisation",
        format!("{:?}", Some(&s.organisation)),
        format!("{:?}", p.organisation.as_ref()),
    );
    // the parser names Friesland so however the text spells it; the
    // generator writes "Fryslân" or "Friesland" for the one province
    let region = p
        .region
        .as_deref()
        .map(|r| if r == "Fryslân" { "Friesland" } else { r });
    check(
        "region",
        format!("{:?}", Some(s.region)),
        format!("{:?}", region),
    );
    check(
        "start",
        format!("{:?} {}", s.start, s.start_asap),
        format!("{:?} {}", p.start_date, p.start_asap),
    );
    check(
        "hours",
        format!("{:?}", (s.hours_min, s.hours_max)),
        format!("{:?}", (p.hours_min, p.hours_max)),
    );
    check(
        "deadline",
        format!("{:?}", Some(s.deadline)),
        format!("{:?}", p.deadline.map(|t| t.naive_local())),
    );
    check(
        "questions_deadline",
        format!("{:?}", Some(s.questions_deadline)),
        format!("{:?}", p.questions_deadline.map(|t| t.naive_local())),
    );
    check(
        "answers_published",
        format!("{:?}", Some(s.answers_published)),
        format!("{:?}", p.answers_published),
    );
    check(
        "interview_dates",
        format!("{:?}", s.interview_dates),
        format!("{:?}", p.interview_dates),
    );
    check(
        "interview_time",
        format!("{:?}", s.interview_time),
        format!("{:?}", p.interview_time),
    );
    check(
        "notification_date",
        format!("{:?}", Some(s.notification_date)),
        format!("{:?}", p.notification_date),
    );
    check(
        "knockout_count",
        s.knockout.len().to_string(),
        p.knockout.len().to_string(),
    );
    check(
        "award_points",
        format!(
            "{:?}",
            s.award.iter().map(|a| Some(a.1)).collect::<Vec<_>>()
        ),
        format!("{:?}", p.award.iter().map(|a| a.points).collect::<Vec<_>>()),
    );
    check(
        "award_total",
        "100".into(),
        p.award_points_total().to_string(),
    );
    let bands: Vec<_> = p
        .award
        .iter()
        .flat_map(|a| a.rate_bands.iter().copied())
        .collect();
    check(
        "rate_bands",
        format!("{:?}", s.rate_bands),
        format!("{bands:?}"),
    );
    check(
        "max_rate",
        format!("{:?} {}", s.max_rate, s.max_rate_is_knockout),
        format!(
            "{:?} {}",
            p.max_rate_eur,
            p.max_rate_is_knockout && p.max_rate_eur.is_some()
        ),
    );
    check("scale", format!("{:?}", s.scale), format!("{:?}", p.scale));
    check(
        "scale_empty_warning",
        s.scale_empty.to_string(),
        p.warnings
            .iter()
            .any(|w| w.contains("left empty"))
            .to_string(),
    );
    check("dba", s.dba.key().into(), p.dba.stance.key().into());
    check(
        "vog",
        format!(
            "{} {} {:?} {:?}",
            s.vog_required, s.vog_p, s.vog_weeks, s.vog_p_weeks
        ),
        format!(
            "{} {} {:?} {:?}",
            p.vog.required,
            p.vog.vog_p_mentioned,
            p.vog.lead_time_weeks,
            p.vog.vog_p_lead_time_weeks
        ),
    );
    check(
        "sroi/waadi/g",
        format!("{} {} {}", s.sroi, s.waadi, s.g_account),
        format!("{} {} {}", p.sroi, p.waadi, p.g_account),
    );
    d
}

#[test]
fn generated_postings_parse_back_to_their_values() {
    let count: u64 = std::env::var("CORPUS_COUNT")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    let now = NaiveDate::from_ymd_opt(2026, 6, 1).expect("date");
    let mut failures = Vec::new();
    let mut by_field = std::collections::BTreeMap::<String, usize>::new();
    for i in 0..count {
        let g = generate(20_260_601, i, now);
        let diffs = match parse(&g.text) {
            Ok(p) => differences(&g.spec, &p),
            Err(e) => vec![format!("parse: {e}")],
        };
        for d in &diffs {
            *by_field
                .entry(d.split(':').next().unwrap_or("").to_string())
                .or_default() += 1;
        }
        if !diffs.is_empty() {
            failures.push((i, g.spec.layout, diffs));
        }
    }
    if !failures.is_empty() {
        for (i, layout, diffs) in failures.iter().take(12) {
            eprintln!("posting {i} ({layout:?}):");
            for d in diffs {
                eprintln!("  {d}");
            }
        }
        panic!(
            "{} of {count} postings differ; by field: {by_field:?}",
            failures.len()
        );
    }
}
