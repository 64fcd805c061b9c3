//! The demo (`tenderdesk --demo`): the bundled samples in a throwaway
//! database, their dates moved so that the pipeline is alive today.
//!
//! Each sample is moved by whole days so that its deadline falls at the
//! offset from today in [`PLAN`]; every other date of that posting (questions,
//! answers, interviews, notification, start, end) moves by the same number
//! of days, so its own spacing is kept (times stay the same local time,
//! Europe/Amsterdam). Then each is put in its stage: two open with days
//! left, one applied, one at interview, one awarded. The original text (the
//! Text pane) keeps the sample's own wording and dates. A profile ([`profile`]:
//! self-employed, € 95 an hour, a VOG of a month ago) makes the verdicts
//! show: one posting's rate knock-out fails, one excludes ZZP'ers.

use crate::pipeline::Stage;
use crate::posting::Posting;
use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone};
use chrono_tz::Europe::Amsterdam;

/// (sample file, deadline in days from today, stage).
pub const PLAN: &[(&str, i64, Stage)] = &[
    (
        "hilversum-30828-coordinator-vluchtelingenopvang.txt",
        10,
        Stage::Open,
    ),
    (
        "hilversum-30662-klantmanager-inburgering.txt",
        2,
        Stage::Open,
    ),
    (
        "hilversum-28590-adviseur-integraal-werken.txt",
        -1,
        Stage::Applied,
    ),
    ("heerde-coordinator-welzijn.txt", -3, Stage::Interview),
    ("nieuwegein-13995-wijkcoordinator.txt", -20, Stage::Awarded),
];

/// The demo's profile.
pub fn profile(today: NaiveDate) -> crate::assess::Profile {
    crate::assess::Profile {
        hourly_rate: Some(crate::posting::Money(9500)),
        hours_per_week: Some(32),
        bidder: crate::assess::BidderKind::SelfEmployed,
        last_vog: Some(today - Duration::days(30)),
        ..crate::assess::Profile::default()
    }
}

/// A local date-time moved by `days`, kept at the same local time.
fn shift_time(t: DateTime<FixedOffset>, days: i64) -> DateTime<FixedOffset> {
    let local = t.naive_local() + Duration::days(days);
    Amsterdam
        .from_local_datetime(&local)
        .earliest()
        .map_or(t + Duration::days(days), |d| d.fixed_offset())
}

fn shift_day(d: NaiveDate, days: i64) -> NaiveDate {
    d + Duration::days(days)
}

/// Moves every date of `p` by `days`.
pub fn shift(p: &mut Posting, days: i64) {
    let day = |d: &mut Option<NaiveDate>| *d = d.map(|x| shift_day(x, days));
    day(&mut p.start_date);
    day(&mut p.end_date);
    day(&mut p.answers_published);
    day(&mut p.interview_week_of);
    day(&mut p.notification_date);
    for d in &mut p.interview_dates {
        *d = shift_day(*d, days);
    }
    p.deadline = p.deadline.map(|t| shift_time(t, days));
    p.questions_deadline = p.questions_deadline.map(|t| shift_time(t, days));
}

/// The days that bring `p`'s deadline to `today + offset` (0 without one).
pub fn days_to(p: &Posting, today: NaiveDate, offset: i64) -> i64 {
    p.deadline.map_or(0, |d| {
        (today + Duration::days(offset) - d.date_naive()).num_days()
    })
}

/// The demo's postings: (parsed and moved posting, original text, stage).
pub fn postings(today: NaiveDate) -> Vec<(Posting, &'static str, Stage)> {
    let mut out = Vec::new();
    for (file, offset, stage) in PLAN {
        let Some((_, text)) = super::samples::SAMPLES.iter().find(|(f, _)| f == file) else {
            continue;
        };
        let Ok(mut p) = crate::posting::parse(text) else {
            continue;
        };
        let days = days_to(&p, today, *offset);
        shift(&mut p, days);
        out.push((p, *text, *stage));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sample_is_in_the_plan_and_parses() {
        let today = NaiveDate::from_ymd_opt(2027, 1, 15).unwrap();
        let ps = postings(today);
        assert_eq!(ps.len(), super::super::samples::SAMPLES.len());
        for ((p, _, _), (_, offset, _)) in ps.iter().zip(PLAN) {
            let d = p.deadline.unwrap();
            assert_eq!((d.date_naive() - today).num_days(), *offset);
            // the same local time of day as in the sample
            assert_eq!(d.format("%H:%M").to_string(), "09:00");
        }
    }

    #[test]
    fn the_spacing_within_a_posting_is_kept() {
        let (_, text) = super::super::samples::SAMPLES
            .iter()
            .find(|(f, _)| f.starts_with("heerde"))
            .unwrap();
        let before = crate::posting::parse(text).unwrap();
        let mut after = before.clone();
        shift(&mut after, 400);
        let gap =
            |p: &Posting| (p.interview_dates[0] - p.deadline.unwrap().date_naive()).num_days();
        assert_eq!(gap(&before), gap(&after));
        assert_eq!(
            after.end_date.unwrap() - before.end_date.unwrap(),
            Duration::days(400)
        );
        // winter time (+01:00) moved into summer becomes +02:00 at 09:00
        let summer = NaiveDate::from_ymd_opt(2026, 7, 1).unwrap();
        let mut p = before.clone();
        shift(&mut p, days_to(&before, summer, 0));
        assert_eq!(
            p.deadline.unwrap().to_rfc3339(),
            "2026-07-01T09:00:00+02:00"
        );
    }
}
