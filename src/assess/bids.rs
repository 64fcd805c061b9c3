//! The bids the stats count, gathered from what the store holds: each
//! posting that counts as a bid with its outcome, its stage history, the
//! expected score at the time (kept with the outcome, else as assessed
//! now), the rate bid (the outcome's, else the profile's) and the points
//! expected per award criterion (answers as they are now). Shared by
//! `tenderdesk stats` and the interface's stats view.

use super::score::award_expected;
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
            let rate = outcome.and_then(|o| o.bid_rate).or(profile.hourly_rate);
            let at_rate = Profile {
                hourly_rate: rate,
                ..profile.clone()
            };
            let a = answers.get(&r.id).unwrap_or(&empty);
            let expected_by_criterion = r
                .posting
                .award
                .iter()
                .filter_map(|c| Some((c.number, award_expected(c, a, &at_rate)?)))
                .collect();
            Some(Bid {
                record: r,
                outcome,
                history,
                expected,
                rate,
                expected_by_criterion,
            })
        })
        .collect()
}
