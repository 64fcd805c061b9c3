//! Should I apply? The bidder's profile, their self-assessment of each
//! criterion, the expected score, checks of the DBA, VOG and hours
//! conditions against the profile, and the agenda of coming dates.
//!
//! Pure: functions of the posting, the profile, the answers and the clock.
//! The store keeps profile and answers; the front ends show the results.

pub mod agenda;
pub mod answers;
pub mod bids;
pub mod chance;
pub mod checks;
pub mod duration;
pub mod ics;
pub mod kinds;
pub mod months;
pub mod net;
pub mod profile;
pub mod score;
pub mod stats;
pub mod verdict;

pub use answers::{Answer, Assessment, Judged};
pub use profile::{BidderKind, Profile};
pub use score::{Score, score};
pub use verdict::Verdict;
