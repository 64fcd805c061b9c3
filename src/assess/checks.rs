//! Conditions checked against the profile: may you bid at all (Wet DBA), can
//! your VOG be ready before the start, and do the jobs you are in the running
//! for fit in your week.

use super::profile::{BidderKind, Profile};
use crate::pipeline::{PostingRecord, Stage};
use crate::posting::{DbaStance, Posting};
use chrono::{Duration, Months, NaiveDate};
use serde::Serialize;
use std::borrow::Cow;

/// How serious a check's finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Info,
    Warn,
    /// You cannot bid (as things stand).
    Block,
}

impl Level {
    /// A mark that reads without colour.
    pub fn mark(self) -> &'static str {
        match self {
            Level::Info => "i",
            Level::Warn => "!",
            Level::Block => "✗",
        }
    }
}

/// One finding. A fixed message is borrowed, not copied: the interface
/// keeps a DBA finding for each of 100,000 postings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub level: Level,
    pub message: Cow<'static, str>,
}

fn finding(level: Level, message: impl Into<Cow<'static, str>>) -> Finding {
    Finding {
        level,
        message: message.into(),
    }
}

/// The DBA stance against how the user bids.
pub fn dba(p: &Posting, profile: &Profile) -> Finding {
    match (p.dba.stance, profile.bidder) {
        (DbaStance::ZzpExcluded, BidderKind::SelfEmployed) => finding(
            Level::Block,
            "Not open to you: the posting excludes self-employed (ZZP) bidders; bid through an agency or employer",
        ),
        (DbaStance::ZzpExcluded, BidderKind::Agency) => finding(
            Level::Info,
            "Closed to ZZP'ers; open to you through your agency or employer",
        ),
        (DbaStance::GuaranteeRequired, _) => finding(
            Level::Warn,
            "You must guarantee, and substantiate in your bid, that no (fictitious) employment arises: describe how you work independently (own method, own tools, no hierarchy)",
        ),
        (DbaStance::IndependentScope, _) => finding(
            Level::Info,
            "Framed as independent, result-driven work: suits a self-employed professional",
        ),
        (DbaStance::NotStated, _) => finding(
            Level::Info,
            "The posting says nothing about the Wet DBA; ask in the questions round if in doubt",
        ),
    }
}

/// How recent a VOG must be at the start, unless the posting says otherwise.
pub const VOG_MAX_AGE_MONTHS: u32 = 3;

/// Whether your VOG will do, and if not, whether a new one can be ready in time.
pub fn vog(p: &Posting, profile: &Profile, today: NaiveDate) -> Option<Finding> {
    if !p.vog.required {
        return None;
    }
    let start = p.start_date.unwrap_or(today).max(today);
    if let Some(issued) = profile.last_vog
        && issued
            .checked_add_months(Months::new(VOG_MAX_AGE_MONTHS))
            .is_some_and(|valid| valid >= start)
    {
        return Some(finding(
            Level::Info,
            format!("Your VOG of {issued} is recent enough at the start ({start})"),
        ));
    }
    let (weeks, kind) = if p.vog.vog_p_mentioned {
        (p.vog.vog_p_lead_time_weeks.unwrap_or(8), "VOG-P")
    } else {
        (p.vog.lead_time_weeks.unwrap_or(4), "VOG")
    };
    let why = if profile.last_vog.is_some() {
        "your VOG will be over 3 months old at the start"
    } else {
        "you have no VOG on file"
    };
    let apply_by = start - Duration::weeks(i64::from(weeks));
    if apply_by < today {
        Some(finding(
            Level::Warn,
            format!(
                "A {kind} takes up to {weeks} weeks and {why}; the start ({start}) is sooner: apply now and tell the client"
            ),
        ))
    } else {
        Some(finding(
            Level::Info,
            format!("A {kind} takes up to {weeks} weeks and {why}: apply by {apply_by}"),
        ))
    }
}

/// The period a job runs: start (or today) to its end date, or start plus
/// its duration in months or weeks; open-ended when unknown.
pub fn period(p: &Posting, today: NaiveDate) -> Period {
    let start = p.start_date.unwrap_or(today);
    let end = p.end_date.or_else(|| {
        let d = p.duration.as_deref()?.to_lowercase();
        let n: u32 = d.split_whitespace().next()?.parse().ok()?;
        if d.contains("maand") {
            start.checked_add_months(Months::new(n))
        } else if d.contains("week") {
            Some(start + Duration::weeks(i64::from(n)))
        } else {
            None
        }
    });
    (start, end)
}

/// A job's period: start and (when known) end.
type Period = (NaiveDate, Option<NaiveDate>);

/// A posting someone is busy with: the record, its period and its hours.
struct Busy<'a> {
    record: &'a PostingRecord,
    period: Period,
    hours: u32,
}

fn overlaps(a: Period, b: Period) -> bool {
    a.1.is_none_or(|end| b.0 <= end) && b.1.is_none_or(|end| a.0 <= end)
}

/// For each posting in the interview or awarded stage: the hours of all such
/// postings running at the same time, when they exceed the profile's week.
pub fn hours(
    records: &[PostingRecord],
    profile: &Profile,
    today: NaiveDate,
) -> Vec<(String, Finding)> {
    let Some(week) = profile.hours_per_week else {
        return Vec::new();
    };
    let busy: Vec<Busy> = records
        .iter()
        .filter(|r| matches!(r.stage, Stage::Interview | Stage::Awarded))
        .filter_map(|r| {
            let hours = r.posting.hours_min.or(r.posting.hours_max)?;
            Some(Busy {
                record: r,
                period: period(&r.posting, today),
                hours,
            })
        })
        .collect();
    let mut out = Vec::new();
    for b in &busy {
        let others: Vec<&Busy> = busy
            .iter()
            .filter(|o| o.record.id != b.record.id && overlaps(b.period, o.period))
            .collect();
        let total = b.hours + others.iter().map(|o| o.hours).sum::<u32>();
        if total > week && !others.is_empty() {
            let ids: Vec<&str> = others.iter().map(|o| o.record.id.as_str()).collect();
            out.push((
                b.record.id.clone(),
                finding(
                    Level::Warn,
                    format!(
                        "{total} hours a week together with {} (you have {week})",
                        ids.join(", ")
                    ),
                ),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::posting::Vog;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn posting(start: Option<NaiveDate>, vog_p: bool) -> Posting {
        Posting {
            start_date: start,
            vog: Vog {
                required: true,
                vog_p_mentioned: vog_p,
                lead_time_weeks: Some(4),
                vog_p_lead_time_weeks: Some(8),
                evidence: vec![],
            },
            ..Posting::default()
        }
    }

    #[test]
    fn dba_against_bidder_kind() {
        let mut p = Posting::default();
        p.dba.stance = DbaStance::ZzpExcluded;
        assert_eq!(dba(&p, &Profile::default()).level, Level::Block);
        let agency = Profile {
            bidder: BidderKind::Agency,
            ..Profile::default()
        };
        assert_eq!(dba(&p, &agency).level, Level::Info);
    }

    #[test]
    fn vog_lead_times() {
        let today = d(2026, 7, 1);
        let none = Profile::default();
        assert_eq!(
            vog(&posting(Some(d(2026, 7, 20)), false), &none, today)
                .unwrap()
                .level,
            Level::Warn
        );
        let soon_ok = vog(&posting(Some(d(2026, 8, 1)), false), &none, today).unwrap();
        assert_eq!(soon_ok.level, Level::Info);
        assert!(
            soon_ok.message.contains("apply by 2026-07-04"),
            "{}",
            soon_ok.message
        );
        assert_eq!(
            vog(&posting(Some(d(2026, 8, 1)), true), &none, today)
                .unwrap()
                .level,
            Level::Warn
        );
        let recent = Profile {
            last_vog: Some(d(2026, 6, 1)),
            ..Profile::default()
        };
        assert!(
            vog(&posting(Some(d(2026, 8, 1)), true), &recent, today)
                .unwrap()
                .message
                .contains("recent enough")
        );
        let old = Profile {
            last_vog: Some(d(2026, 1, 1)),
            ..Profile::default()
        };
        assert_eq!(
            vog(&posting(Some(d(2026, 7, 10)), false), &old, today)
                .unwrap()
                .level,
            Level::Warn
        );
        assert!(vog(&Posting::default(), &none, today).is_none());
    }

    #[test]
    fn periods_from_duration_or_end() {
        let today = d(2026, 7, 1);
        let mut p = Posting {
            start_date: Some(d(2026, 8, 1)),
            duration: Some("6 maanden".into()),
            ..Posting::default()
        };
        assert_eq!(period(&p, today), (d(2026, 8, 1), Some(d(2027, 2, 1))));
        p.duration = None;
        p.end_date = Some(d(2026, 12, 31));
        assert_eq!(period(&p, today).1, Some(d(2026, 12, 31)));
    }

    #[test]
    fn overlapping_jobs_add_up() {
        let rec = |id: &str, stage: Stage, start: NaiveDate, hours: u32| PostingRecord {
            id: id.into(),
            posting: Posting {
                start_date: Some(start),
                duration: Some("3 maanden".into()),
                hours_min: Some(hours),
                ..Posting::default()
            },
            stage,
            search_key: String::new(),
            imported_at: chrono::Utc::now(),
            updated_at: chrono::Utc::now(),
            changed: Default::default(),
        };
        let today = d(2026, 7, 1);
        let rs = vec![
            rec("a", Stage::Interview, d(2026, 8, 1), 24),
            rec("b", Stage::Awarded, d(2026, 9, 1), 16),
            rec("c", Stage::Awarded, d(2027, 3, 1), 32),
            rec("d", Stage::Open, d(2026, 8, 1), 40),
        ];
        let p = Profile {
            hours_per_week: Some(32),
            ..Profile::default()
        };
        let found = hours(&rs, &p, today);
        let ids: Vec<&str> = found.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, ["a", "b"]);
        assert!(
            found[0]
                .1
                .message
                .starts_with("40 hours a week together with b")
        );
        assert!(hours(&rs, &Profile::default(), today).is_empty());
    }
}
