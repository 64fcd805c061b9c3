//! Pipeline stages of an application and the status a user sees.
//!
//! The stored stage is what the user recorded. "Expired" is never stored: it
//! is derived from the deadline and the clock for postings still `open`.

use chrono::{DateTime, FixedOffset, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Where an application stands. `Open` → `Applied` → `Interview` → `Awarded`
/// is the main line; the rest are side stages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Open,
    Applied,
    Interview,
    Awarded,
    Rejected,
    WaitingRoom,
    Withdrawn,
    Passed,
}

impl Stage {
    /// Every stage, main line first.
    pub const ALL: [Stage; 8] = [
        Stage::Open,
        Stage::Applied,
        Stage::Interview,
        Stage::Awarded,
        Stage::Rejected,
        Stage::WaitingRoom,
        Stage::Withdrawn,
        Stage::Passed,
    ];

    /// The stable key used in the database, the CLI and JSON.
    pub fn key(self) -> &'static str {
        match self {
            Stage::Open => "open",
            Stage::Applied => "applied",
            Stage::Interview => "interview",
            Stage::Awarded => "awarded",
            Stage::Rejected => "rejected",
            Stage::WaitingRoom => "waiting_room",
            Stage::Withdrawn => "withdrawn",
            Stage::Passed => "passed",
        }
    }

    /// A short label for people, with the Dutch word where users know it.
    pub fn label(self) -> &'static str {
        match self {
            Stage::Open => "open",
            Stage::Applied => "applied",
            Stage::Interview => "interview",
            Stage::Awarded => "awarded (gunning)",
            Stage::Rejected => "rejected",
            Stage::WaitingRoom => "waiting room (wachtkamer)",
            Stage::Withdrawn => "withdrawn",
            Stage::Passed => "passed",
        }
    }

    /// Whether the stage is on the main line of the board.
    pub fn is_main(self) -> bool {
        matches!(
            self,
            Stage::Open | Stage::Applied | Stage::Interview | Stage::Awarded
        )
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// An unknown stage name, with the names that are accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown stage '{0}' (use one of: open, applied, interview, awarded, rejected, waiting_room, withdrawn, passed)"
)]
pub struct UnknownStage(pub String);

impl FromStr for Stage {
    type Err = UnknownStage;

    /// Accepts the keys, a few English synonyms and the Dutch words.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let k = s.trim().to_lowercase().replace(['-', ' '], "_");
        Ok(match k.as_str() {
            "open" => Stage::Open,
            "applied" | "submitted" | "ingeschreven" => Stage::Applied,
            "interview" | "invited" | "gesprek" => Stage::Interview,
            "awarded" | "won" | "gunning" | "gegund" => Stage::Awarded,
            "rejected" | "afgewezen" => Stage::Rejected,
            "waiting_room" | "waiting" | "wachtkamer" => Stage::WaitingRoom,
            "withdrawn" | "teruggetrokken" => Stage::Withdrawn,
            "passed" | "skip" | "skipped" => Stage::Passed,
            _ => return Err(UnknownStage(s.to_string())),
        })
    }
}

/// What the user sees: the stored stage, or `Expired` for an open posting
/// whose deadline has passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Stage(Stage),
    Expired,
}

impl Status {
    /// Derives the status from the stored stage, the deadline and now.
    pub fn of(stage: Stage, deadline: Option<DateTime<FixedOffset>>, now: DateTime<Utc>) -> Self {
        match (stage, deadline) {
            (Stage::Open, Some(d)) if d.with_timezone(&Utc) <= now => Status::Expired,
            (s, _) => Status::Stage(s),
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Status::Stage(s) => s.key(),
            Status::Expired => "expired",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip() {
        for s in Stage::ALL {
            assert_eq!(s.key().parse::<Stage>(), Ok(s));
        }
        assert_eq!("wachtkamer".parse::<Stage>(), Ok(Stage::WaitingRoom));
        assert!("bogus".parse::<Stage>().is_err());
    }

    #[test]
    fn expired_is_derived() {
        let deadline = DateTime::parse_from_rfc3339("2026-07-06T09:00:00+02:00").ok();
        let before = DateTime::parse_from_rfc3339("2026-07-06T06:59:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let after = DateTime::parse_from_rfc3339("2026-07-06T07:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(
            Status::of(Stage::Open, deadline, before),
            Status::Stage(Stage::Open)
        );
        assert_eq!(Status::of(Stage::Open, deadline, after), Status::Expired);
        assert_eq!(
            Status::of(Stage::Applied, deadline, after),
            Status::Stage(Stage::Applied)
        );
    }
}
