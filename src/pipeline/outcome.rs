//! How a bid ended (issue 15): the result, when, the points received (in
//! total and per award criterion), the rank among how many candidates, the
//! awarded rate and the reason in words. Pure data and its checks; the
//! store keeps it (one row per posting, each change in the journal).

use crate::posting::Money;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::str::FromStr;

use super::Stage;

/// What became of a bid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Result {
    /// Awarded (gunning).
    Won,
    Lost,
    /// In the waiting room (wachtkamer): not chosen now, maybe later.
    Waiting,
    /// You withdrew the bid.
    Withdrawn,
    /// The buyer never answered.
    NoResponse,
}

impl Result {
    /// Every result, as the CLI lists them.
    pub const ALL: [Result; 5] = [
        Result::Won,
        Result::Lost,
        Result::Waiting,
        Result::Withdrawn,
        Result::NoResponse,
    ];

    /// The stable key of the database and JSON (`no_response`).
    pub fn key(self) -> &'static str {
        match self {
            Result::Won => "won",
            Result::Lost => "lost",
            Result::Waiting => "waiting",
            Result::Withdrawn => "withdrawn",
            Result::NoResponse => "no_response",
        }
    }

    /// In words, with the Dutch word where users know it.
    pub fn label(self) -> &'static str {
        match self {
            Result::Won => "won (gunning)",
            Result::Lost => "lost",
            Result::Waiting => "waiting room (wachtkamer)",
            Result::Withdrawn => "withdrawn",
            Result::NoResponse => "no response",
        }
    }

    /// The stage recording this result moves the posting to, if any.
    pub fn stage(self) -> Option<Stage> {
        match self {
            Result::Won => Some(Stage::Awarded),
            Result::Lost => Some(Stage::Rejected),
            Result::Waiting => Some(Stage::WaitingRoom),
            Result::Withdrawn => Some(Stage::Withdrawn),
            Result::NoResponse => None,
        }
    }

    /// The result a stage stands for when no outcome was recorded.
    pub fn of_stage(stage: Stage) -> Option<Result> {
        Result::ALL.into_iter().find(|r| r.stage() == Some(stage))
    }
}

/// A result name that is not one of the five.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("--result: unknown result '{0}' (use won, lost, waiting, withdrawn or no-response)")]
pub struct UnknownResult(pub String);

impl FromStr for Result {
    type Err = UnknownResult;
    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        let k = s.trim().to_lowercase().replace(['-', ' '], "_");
        Ok(match k.as_str() {
            "won" | "gegund" | "gunning" | "awarded" => Result::Won,
            "lost" | "afgewezen" | "rejected" => Result::Lost,
            "waiting" | "waiting_room" | "wachtkamer" => Result::Waiting,
            "withdrawn" | "teruggetrokken" => Result::Withdrawn,
            "no_response" | "none" | "geen_reactie" => Result::NoResponse,
            _ => return Err(UnknownResult(s.to_string())),
        })
    }
}

/// How one bid ended, as recorded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub result: Result,
    /// The day the result was given (or known).
    pub date: Option<NaiveDate>,
    /// Points received in total.
    pub points: Option<f64>,
    /// Points received per award criterion (number → points).
    #[serde(default)]
    pub criterion_points: BTreeMap<u32, f64>,
    /// Your place in the ranking (1 = first).
    pub rank: Option<u32>,
    /// How many candidates were ranked.
    pub candidates: Option<u32>,
    /// The rate the posting was awarded at, when known.
    pub awarded_rate: Option<Money>,
    pub reason: Option<String>,
    /// Your expected score (see `assess::score`) when the outcome was
    /// recorded, from the answers you gave before bidding.
    pub expected_score: Option<f64>,
    /// Your profile's hourly rate when the outcome was recorded.
    pub bid_rate: Option<Money>,
    /// When it was recorded.
    pub at: DateTime<Utc>,
}

/// A value of an outcome that cannot be right, naming its flag.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OutcomeError {
    #[error("--rank {rank} is behind --of {of}: the rank is at most the number of candidates")]
    RankBehind { rank: u32, of: u32 },
    #[error("{flag}: {value} is not possible ({expected})")]
    Value {
        flag: &'static str,
        value: String,
        expected: &'static str,
    },
}

impl Outcome {
    /// Checks the values together (each flag's form is checked when read).
    pub fn check(&self) -> std::result::Result<(), OutcomeError> {
        if let (Some(rank), Some(of)) = (self.rank, self.candidates)
            && rank > of
        {
            return Err(OutcomeError::RankBehind { rank, of });
        }
        if let Some(p) = self.points
            && !(0.0..=1000.0).contains(&p)
        {
            return Err(OutcomeError::Value {
                flag: "--points",
                value: p.to_string(),
                expected: "points from 0 to 1000, e.g. 85 or 72.5",
            });
        }
        for p in self.criterion_points.values() {
            if !(0.0..=1000.0).contains(p) {
                return Err(OutcomeError::Value {
                    flag: "--criterion-points",
                    value: p.to_string(),
                    expected: "NUMBER=POINTS with points from 0 to 1000, e.g. 2=30",
                });
            }
        }
        if self.awarded_rate.is_some_and(|m| m.0 <= 0) {
            return Err(OutcomeError::Value {
                flag: "--awarded-rate",
                value: self.awarded_rate.map(|m| m.to_string()).unwrap_or_default(),
                expected: "a rate in euros above 0, e.g. 98.50",
            });
        }
        Ok(())
    }

    /// One line: `lost, 2026-07-20, 71.5 points, rank 3 of 7, awarded at € 92,50`.
    pub fn summary(&self) -> String {
        let mut parts = vec![self.result.label().to_string()];
        if let Some(d) = self.date {
            parts.push(d.format("%Y-%m-%d").to_string());
        }
        if let Some(p) = self.points {
            parts.push(format!("{} points", fmt_points(p)));
        }
        match (self.rank, self.candidates) {
            (Some(r), Some(n)) => parts.push(format!("rank {r} of {n}")),
            (Some(r), None) => parts.push(format!("rank {r}")),
            (None, Some(n)) => parts.push(format!("{n} candidates")),
            (None, None) => {}
        }
        if let Some(m) = self.awarded_rate {
            parts.push(format!("awarded at {m}"));
        }
        parts.join(", ")
    }
}

/// Points without a needless `.0`: `85`, `72.5`.
pub fn fmt_points(p: f64) -> String {
    if p.fract() == 0.0 {
        format!("{p:.0}")
    } else {
        format!("{p}")
    }
}

/// The day a bid without news gets a follow-up: `days` after its deadline.
pub fn follow_up_day(deadline: NaiveDate, days: u32) -> NaiveDate {
    deadline + chrono::Days::new(u64::from(days))
}

/// Whether a bid has had no news for too long: it is still `applied` (no
/// interview, no result), no outcome is recorded, and `days` have passed
/// since its deadline.
pub fn no_response_yet(
    stage: Stage,
    has_outcome: bool,
    deadline: Option<NaiveDate>,
    days: u32,
    today: NaiveDate,
) -> bool {
    stage == Stage::Applied
        && !has_outcome
        && deadline.is_some_and(|d| follow_up_day(d, days) <= today)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(result: Result) -> Outcome {
        Outcome {
            result,
            date: None,
            points: None,
            criterion_points: BTreeMap::new(),
            rank: None,
            candidates: None,
            awarded_rate: None,
            reason: None,
            expected_score: None,
            bid_rate: None,
            at: DateTime::default(),
        }
    }

    #[test]
    fn results_read_with_dutch_words_and_name_the_flag_when_unknown() {
        assert_eq!("no-response".parse::<Result>(), Ok(Result::NoResponse));
        assert_eq!("Gegund".parse::<Result>(), Ok(Result::Won));
        assert_eq!("wachtkamer".parse::<Result>(), Ok(Result::Waiting));
        let e = "maybe".parse::<Result>().unwrap_err().to_string();
        assert!(e.starts_with("--result: unknown result 'maybe'"), "{e}");
    }

    #[test]
    fn results_move_to_their_stage_and_back() {
        assert_eq!(Result::Won.stage(), Some(Stage::Awarded));
        assert_eq!(Result::Lost.stage(), Some(Stage::Rejected));
        assert_eq!(Result::Waiting.stage(), Some(Stage::WaitingRoom));
        assert_eq!(Result::NoResponse.stage(), None);
        assert_eq!(Result::of_stage(Stage::Rejected), Some(Result::Lost));
        assert_eq!(Result::of_stage(Stage::Applied), None);
    }

    #[test]
    fn impossible_values_are_refused_naming_the_flag() {
        let mut o = outcome(Result::Lost);
        o.rank = Some(8);
        o.candidates = Some(7);
        assert!(o.check().unwrap_err().to_string().contains("--rank 8"));
        o.rank = Some(7);
        assert!(o.check().is_ok());
        o.points = Some(-1.0);
        assert!(o.check().unwrap_err().to_string().starts_with("--points"));
        o.points = Some(85.0);
        o.awarded_rate = Some(Money(0));
        assert!(
            o.check()
                .unwrap_err()
                .to_string()
                .starts_with("--awarded-rate")
        );
    }

    #[test]
    fn summary_reads_as_one_line() {
        let mut o = outcome(Result::Lost);
        o.date = NaiveDate::from_ymd_opt(2026, 7, 20);
        o.points = Some(71.5);
        o.rank = Some(3);
        o.candidates = Some(7);
        assert_eq!(o.summary(), "lost, 2026-07-20, 71.5 points, rank 3 of 7");
        assert_eq!(fmt_points(85.0), "85");
    }

    #[test]
    fn no_response_yet_counts_days_after_the_deadline() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        let day = |n| follow_up_day(d, n);
        assert_eq!(day(14), NaiveDate::from_ymd_opt(2026, 3, 15).unwrap());
        assert!(!no_response_yet(
            Stage::Applied,
            false,
            Some(d),
            14,
            day(13)
        ));
        assert!(no_response_yet(Stage::Applied, false, Some(d), 14, day(14)));
        assert!(!no_response_yet(Stage::Applied, true, Some(d), 14, day(20)));
        assert!(!no_response_yet(
            Stage::Interview,
            false,
            Some(d),
            14,
            day(20)
        ));
        assert!(!no_response_yet(Stage::Applied, false, None, 14, day(20)));
    }
}
