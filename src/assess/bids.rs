//! The bids the stats count, gathered from what the store holds: each
//! posting that counts as a bid with its outcome, its stage history, the
//! expected score at the time (kept with the outcome, else as assessed
//! now) and the rate bid (the outcome's, else the profile's). Shared by
//! `tenderdesk stats` and the interface's stats view.

use super::stats::{Bid, assessed_expected, is_bid};
use super::{Assessment, Profile, score};
use crate::pipeline::{Outcome, PostingRecord, StageChange};
use std::collections::HashMap;

/// The bids among `records`.
pub fn gather<'a>(
    records: &'a [PostingRecord],
    outcomes: &'a HashMap<String, Outcome>,
    histories: &'a HashMap<String, Vec<StageChange>>,
    answers: &HashMap<String, Assessment>,
    profile: &Profile,
) -> Vec<Bid<'a>> {
    let empty = Assessment::default();
    records
        .iter()
        .filter_map(|r| {
            let outcome = outcomes.get(&r.id);
            let history = histories.get(&r.id).map_or(&[][..], Vec::as_slice);
            if !is_bid(r, history, outcome.is_some()) {
                return None;
            }
            let expected = outcome.and_then(|o| o.expected_score).or_else(|| {
                let a = answers.get(&r.id).unwrap_or(&empty);
                assessed_expected(&score(&r.posting, a, profile))
            });
            Some(Bid {
                record: r,
                outcome,
                history,
                expected,
                rate: outcome.and_then(|o| o.bid_rate).or(profile.hourly_rate),
            })
        })
        .collect()
}
