//! The bidder's profile: what tenderdesk checks postings against.

use crate::posting::Money;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::str::FromStr;

/// How the user bids.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum BidderKind {
    /// As a self-employed person (ZZP'er).
    #[default]
    SelfEmployed,
    /// Through an agency or employer (detachering, payroll).
    Agency,
}

impl FromStr for BidderKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_lowercase().as_str() {
            "zzp" | "self_employed" | "self-employed" | "selfemployed" | "freelance" => {
                Ok(BidderKind::SelfEmployed)
            }
            "agency" | "employer" | "detachering" | "bureau" => Ok(BidderKind::Agency),
            other => Err(format!("unknown bidder kind '{other}' (use zzp or agency)")),
        }
    }
}

/// The user's profile. Every field is optional: a check that needs a missing
/// value says so instead of guessing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Profile {
    /// Hourly rate, excluding VAT.
    pub hourly_rate: Option<Money>,
    /// Hours per week the user can take on.
    pub hours_per_week: Option<u32>,
    pub bidder: BidderKind,
    /// Issue date of the most recent VOG, if any.
    pub last_vog: Option<NaiveDate>,
    pub preferred_regions: Vec<String>,
    /// Whether a "partly" answer counts half the points (else nothing).
    pub partly_counts_half: bool,
    /// Days after a deadline without news before a bid is flagged "no
    /// response yet" and gets a follow-up in the agenda (default 14).
    pub no_response_days: Option<u32>,
    /// Travel cost a working day (all-in rates include travel).
    pub travel_per_day: Option<Money>,
    /// Travel cost per km, with `distance_km` (one way) when no cost a day is set.
    pub travel_per_km: Option<Money>,
    pub distance_km: Option<u32>,
    /// What a VOG costs you (default [`VOG_COST`]).
    pub vog_cost: Option<Money>,
    /// The part of an invoice paid onto a G-rekening (default [`G_ACCOUNT_PERCENT`]).
    pub g_account_percent: Option<f64>,
}

/// A VOG's cost when none is set in the profile (€ 41,35; set yours).
pub const VOG_COST: Money = Money(4135);

/// The part of an invoice withheld on a G-rekening when none is set (a
/// common agreement; the posting or the client's contract says the real one).
pub const G_ACCOUNT_PERCENT: f64 = 25.0;

/// Days without news after a deadline when none is set in the profile.
pub const NO_RESPONSE_DAYS: u32 = 14;

impl Profile {
    /// The days without news after a deadline before a follow-up.
    pub fn no_response_days(&self) -> u32 {
        self.no_response_days.unwrap_or(NO_RESPONSE_DAYS)
    }

    /// What a VOG costs you.
    pub fn vog_cost(&self) -> Money {
        self.vog_cost.unwrap_or(VOG_COST)
    }

    /// The percentage of an invoice withheld on a G-rekening.
    pub fn g_account_percent(&self) -> f64 {
        self.g_account_percent.unwrap_or(G_ACCOUNT_PERCENT)
    }
}
