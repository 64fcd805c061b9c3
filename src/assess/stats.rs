//! What a year of bids teaches (issue 15): how many bids, how many won, the
//! win rate overall and by expected-score band, platform, organisation,
//! region and rate relative to the posting's maximum; expected against
//! received points; days spent per stage. Pure: the caller hands in the
//! bids. Every figure says how many bids it rests on, and a rate or mean on
//! fewer than [`MIN_BIDS`] is not given ("too few (n)").
//!
//! A bid is a posting that reached `applied` or a later stage, or has an
//! outcome. Its result is the recorded outcome, else what its stage says
//! (awarded = won, rejected = lost, ...). The win rate is won ÷ decided,
//! where decided = won + lost + no response (a bid in the waiting room,
//! withdrawn or without a result yet is not decided).

use crate::pipeline::outcome::Result as BidResult;
use crate::pipeline::{Outcome, PostingRecord, Stage, StageChange};
use crate::posting::Money;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// The fewest bids a rate or a mean is given on.
pub const MIN_BIDS: usize = 3;

/// One bid, as the caller gathered it.
#[derive(Debug, Clone)]
pub struct Bid<'a> {
    pub record: &'a PostingRecord,
    pub outcome: Option<&'a Outcome>,
    /// The stage changes that stand (undone ones left out), oldest first.
    pub history: &'a [StageChange],
    /// Your expected score at the time of bidding, if you assessed it.
    pub expected: Option<f64>,
    /// The hourly rate you bid at (the outcome's, else the profile's).
    pub rate: Option<Money>,
    /// Points you expect per award criterion (number → points) from your
    /// answers as they are, the rate criterion at `rate`; unjudged left out.
    pub expected_by_criterion: BTreeMap<u32, f64>,
}

impl Bid<'_> {
    /// The result: the recorded outcome, else what the stage says.
    pub fn result(&self) -> Option<BidResult> {
        self.outcome
            .map(|o| o.result)
            .or_else(|| BidResult::of_stage(self.record.stage))
    }

    /// The day the bid was made: when it first reached a bid stage, else
    /// the outcome's date.
    pub fn day(&self) -> Option<NaiveDate> {
        self.history
            .iter()
            .find(|c| is_bid_stage(c.to))
            .map(|c| c.at.date_naive())
            .or_else(|| self.outcome.and_then(|o| o.date))
    }
}

/// The expected score as a self-assessment: only when every award
/// criterion is judged (an unjudged one counts nothing, which would make
/// the score a guess), and the posting states points at all.
pub fn assessed_expected(s: &crate::assess::Score) -> Option<f64> {
    (s.total > 0.0 && s.unjudged_award == 0).then_some(s.expected)
}

/// Stages that mean a bid was made.
pub fn is_bid_stage(s: Stage) -> bool {
    !matches!(s, Stage::Open | Stage::Passed)
}

/// Whether a posting counts as a bid.
pub fn is_bid(r: &PostingRecord, history: &[StageChange], has_outcome: bool) -> bool {
    has_outcome || is_bid_stage(r.stage) || history.iter().any(|c| is_bid_stage(c.to))
}

/// A win rate and what it rests on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rate {
    /// Decided bids (won + lost + no response).
    pub decided: usize,
    pub won: usize,
    /// won ÷ decided, as a fraction; `None` on fewer than [`MIN_BIDS`].
    pub win_rate: Option<f64>,
}

impl Rate {
    pub(crate) fn of<'b>(bids: impl Iterator<Item = &'b BidResult>) -> Rate {
        let (mut decided, mut won) = (0, 0);
        for r in bids {
            if matches!(r, BidResult::Won | BidResult::Lost | BidResult::NoResponse) {
                decided += 1;
                won += usize::from(*r == BidResult::Won);
            }
        }
        Rate {
            decided,
            won,
            win_rate: (decided >= MIN_BIDS).then(|| won as f64 / decided as f64),
        }
    }

    /// `40% (2 of 5)` or `too few (2)`.
    pub fn text(&self) -> String {
        match self.win_rate {
            Some(r) => format!("{:.0}% ({} of {})", r * 100.0, self.won, self.decided),
            None => format!("too few ({})", self.decided),
        }
    }
}

/// The win rate of one group of bids.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    pub name: String,
    /// All bids in the group, decided or not.
    pub bids: usize,
    #[serde(flatten)]
    pub rate: Rate,
}

/// How many bids ended how.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Counts {
    pub won: usize,
    pub lost: usize,
    pub waiting: usize,
    pub withdrawn: usize,
    pub no_response: usize,
    /// No result yet.
    pub pending: usize,
}

/// Expected against received points, where both are known.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Points {
    pub bids: usize,
    /// Mean of received − expected; `None` on fewer than [`MIN_BIDS`].
    pub mean_difference: Option<f64>,
    pub mean_expected: Option<f64>,
    pub mean_received: Option<f64>,
}

/// Days spent in one stage, over the bids that left it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StageTime {
    pub stage: Stage,
    /// How many times a bid was in this stage and moved on.
    pub times: usize,
    /// `None` on fewer than [`MIN_BIDS`].
    pub mean_days: Option<f64>,
}

/// Everything `tenderdesk stats` shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    pub since: Option<NaiveDate>,
    pub bids: usize,
    pub results: Counts,
    #[serde(flatten)]
    pub overall: Rate,
    pub by_expected_score: Vec<Group>,
    pub by_platform: Vec<Group>,
    pub by_organisation: Vec<Group>,
    pub by_region: Vec<Group>,
    pub by_rate_vs_max: Vec<Group>,
    pub points: Points,
    /// Expected against received points per kind of criterion
    /// (`assess::kinds`).
    pub points_by_kind: Vec<super::kinds::KindPoints>,
    pub stage_days: Vec<StageTime>,
    /// Bids a month, the last twelve months up to the newest bid.
    pub bids_by_month: Vec<super::months::MonthCount>,
}

/// The expected-score band of a bid (points out of the posting's total).
pub fn score_band(expected: Option<f64>) -> &'static str {
    match expected {
        None => "not assessed",
        Some(e) if e < 60.0 => "under 60",
        Some(e) if e < 75.0 => "60 to 74",
        Some(e) if e < 90.0 => "75 to 89",
        Some(_) => "90 and over",
    }
}

/// Where the rate you bid stands against the posting's maximum.
pub fn rate_band(rate: Option<Money>, max: Option<Money>) -> &'static str {
    match (rate, max) {
        (None, _) => "rate unknown",
        (_, None) => "no maximum stated",
        (Some(r), Some(m)) if r > m => "over the maximum",
        // r ≤ 90% of m, in cents without rounding
        (Some(r), Some(m)) if r.0 * 10 <= m.0 * 9 => "90% of the maximum or less",
        _ => "over 90% up to the maximum",
    }
}

const SCORE_BANDS: [&str; 5] = [
    "under 60",
    "60 to 74",
    "75 to 89",
    "90 and over",
    "not assessed",
];
const RATE_BANDS: [&str; 5] = [
    "90% of the maximum or less",
    "over 90% up to the maximum",
    "over the maximum",
    "no maximum stated",
    "rate unknown",
];

/// The stats of `bids` made on or after `since`.
pub fn stats(bids: &[Bid<'_>], since: Option<NaiveDate>) -> Stats {
    let bids: Vec<&Bid<'_>> = bids
        .iter()
        .filter(|b| since.is_none_or(|s| b.day().is_some_and(|d| d >= s)))
        .collect();
    let results: Vec<Option<BidResult>> = bids.iter().map(|b| b.result()).collect();
    let mut counts = Counts::default();
    for r in &results {
        *match r {
            Some(BidResult::Won) => &mut counts.won,
            Some(BidResult::Lost) => &mut counts.lost,
            Some(BidResult::Waiting) => &mut counts.waiting,
            Some(BidResult::Withdrawn) => &mut counts.withdrawn,
            Some(BidResult::NoResponse) => &mut counts.no_response,
            None => &mut counts.pending,
        } += 1;
    }
    let group = |key: &dyn Fn(&Bid<'_>) -> String, order: Option<&[&str]>| {
        let mut m: BTreeMap<String, Vec<&BidResult>> = BTreeMap::new();
        let mut n: BTreeMap<String, usize> = BTreeMap::new();
        for (b, r) in bids.iter().zip(&results) {
            let k = key(b);
            *n.entry(k.clone()).or_default() += 1;
            m.entry(k).or_default().extend(r.as_ref());
        }
        let mut groups: Vec<Group> = n
            .into_iter()
            .map(|(name, bids)| Group {
                rate: Rate::of(m.get(&name).into_iter().flatten().copied()),
                name,
                bids,
            })
            .collect();
        match order {
            Some(o) => groups.sort_by_key(|g| o.iter().position(|x| *x == g.name)),
            // most bids first, then by name
            None => groups.sort_by(|a, b| b.bids.cmp(&a.bids).then(a.name.cmp(&b.name))),
        }
        groups
    };
    let or_unknown = |s: &Option<String>| s.clone().unwrap_or_else(|| "unknown".into());
    Stats {
        since,
        bids: bids.len(),
        overall: Rate::of(results.iter().flatten()),
        results: counts,
        by_expected_score: group(&|b| score_band(b.expected).into(), Some(&SCORE_BANDS)),
        by_platform: group(&|b| or_unknown(&b.record.posting.platform), None),
        by_organisation: group(&|b| or_unknown(&b.record.posting.organisation), None),
        by_region: group(&|b| or_unknown(&b.record.posting.region), None),
        by_rate_vs_max: group(
            &|b| rate_band(b.rate, b.record.posting.max_rate_eur).into(),
            Some(&RATE_BANDS),
        ),
        points: points(&bids),
        points_by_kind: super::kinds::by_kind(&bids),
        stage_days: stage_days(&bids),
        bids_by_month: super::months::bids_by_month(&bids),
    }
}

fn mean(xs: &[f64]) -> Option<f64> {
    (xs.len() >= MIN_BIDS).then(|| xs.iter().sum::<f64>() / xs.len() as f64)
}

fn points(bids: &[&Bid<'_>]) -> Points {
    let pairs: Vec<(f64, f64)> = bids
        .iter()
        .filter_map(|b| Some((b.expected?, b.outcome?.points?)))
        .collect();
    let diffs: Vec<f64> = pairs.iter().map(|(e, r)| r - e).collect();
    let exp: Vec<f64> = pairs.iter().map(|p| p.0).collect();
    let rec: Vec<f64> = pairs.iter().map(|p| p.1).collect();
    Points {
        bids: pairs.len(),
        mean_difference: mean(&diffs),
        mean_expected: mean(&exp),
        mean_received: mean(&rec),
    }
}

/// Days in each stage: from the change into it to the change out of it.
fn stage_days(bids: &[&Bid<'_>]) -> Vec<StageTime> {
    let mut days: BTreeMap<Stage, Vec<f64>> = BTreeMap::new();
    for b in bids {
        for w in b.history.windows(2) {
            let secs = (w[1].at - w[0].at).num_seconds().max(0);
            days.entry(w[0].to)
                .or_default()
                .push(secs as f64 / 86_400.0);
        }
    }
    Stage::ALL
        .iter()
        .filter_map(|s| {
            let d = days.get(s)?;
            Some(StageTime {
                stage: *s,
                times: d.len(),
                mean_days: mean(d),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_have_sharp_edges() {
        assert_eq!(score_band(Some(59.9)), "under 60");
        assert_eq!(score_band(Some(60.0)), "60 to 74");
        assert_eq!(score_band(Some(90.0)), "90 and over");
        let m = Some(Money(10_000));
        assert_eq!(
            rate_band(Some(Money(9_000)), m),
            "90% of the maximum or less"
        );
        assert_eq!(
            rate_band(Some(Money(9_001)), m),
            "over 90% up to the maximum"
        );
        assert_eq!(
            rate_band(Some(Money(10_000)), m),
            "over 90% up to the maximum"
        );
        assert_eq!(rate_band(Some(Money(10_001)), m), "over the maximum");
        assert_eq!(rate_band(Some(Money(1)), None), "no maximum stated");
        assert_eq!(rate_band(None, m), "rate unknown");
    }

    #[test]
    fn a_rate_needs_three_decided_bids() {
        let r = Rate::of([BidResult::Won, BidResult::Waiting, BidResult::Lost].iter());
        assert_eq!((r.decided, r.won, r.win_rate), (2, 1, None));
        assert_eq!(r.text(), "too few (2)");
        let r = Rate::of([BidResult::Won, BidResult::NoResponse, BidResult::Lost].iter());
        assert_eq!(r.text(), "33% (1 of 3)");
    }
}
