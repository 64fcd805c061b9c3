//! The list's order of every record worked out once, as one rank per
//! record, so that a search's hits sort on integers (issue 16: at 100,000
//! postings a one-letter query hits nearly every posting, and sorting those
//! hits by deadline and id, a time-zone conversion and a string comparison
//! per comparison, took a third of a keystroke).
//!
//! [`Order::ranks`] sorts every record once by the sort key, then the
//! deadline, then the id (the order of [`super::query::visible`] without the
//! search score and the figure); a record's rank is its place in that order.
//! Ranks are made again when the records, the sort key or the clock change
//! what they depend on: the clock only through whether a deadline has
//! passed, so they stay valid until a deadline falls between the instant
//! they were made for and now.

use super::assessed::Assessed;
use super::query::{FilterState, Row, SortKey, compare, figure};
use crate::pipeline::PostingRecord;
use chrono::{DateTime, FixedOffset, Utc};
use std::cmp::Reverse;

/// Every record's rank in the list's order, and its closing instant.
#[derive(Debug, Default)]
pub struct Order {
    /// What the ranks were made for: the sort key, the records (address
    /// and length) and the clock.
    made_for: Option<(SortKey, usize, usize, DateTime<Utc>)>,
    /// `rank[i]`: record `i`'s place in the order.
    rank: Vec<u32>,
    /// The records in that order (`by_rank[rank[i]] == i`).
    by_rank: Vec<u32>,
    /// Each record's closing instant ([`crate::posting::Posting::closing`]).
    closing: Vec<Option<DateTime<FixedOffset>>>,
    /// The closing instants in UTC, sorted: whether one fell between two
    /// clock readings.
    instants: Vec<DateTime<Utc>>,
}

impl Order {
    /// Whether the ranks hold for these records, this sort key and now.
    pub fn fits(&self, records: &[PostingRecord], sort: SortKey, now: DateTime<Utc>) -> bool {
        let Some((s, addr, len, then)) = self.made_for else {
            return false;
        };
        let (lo, hi) = if then <= now {
            (then, now)
        } else {
            (now, then)
        };
        // a deadline d has passed at t when d <= t: it changed sides when
        // lo < d <= hi
        s == sort
            && addr == records.as_ptr() as usize
            && len == records.len()
            && self.instants.partition_point(|d| *d <= lo)
                == self.instants.partition_point(|d| *d <= hi)
    }

    /// Makes the ranks for these records, this sort key and now (when they
    /// do not already hold).
    pub fn ensure(&mut self, records: &[PostingRecord], sort: SortKey, now: DateTime<Utc>) {
        if !self.fits(records, sort, now) {
            *self = Order::make(records, sort, now);
        }
    }

    /// Forgets the ranks: the next [`Order::ensure`] makes them again.
    pub fn forget(&mut self) {
        self.made_for = None;
    }

    fn make(records: &[PostingRecord], sort: SortKey, now: DateTime<Utc>) -> Order {
        let closing: Vec<Option<DateTime<FixedOffset>>> =
            records.iter().map(|r| r.posting.closing()).collect();
        let mut rows: Vec<Row> = records
            .iter()
            .enumerate()
            .map(|(i, r)| Row::with_closing(r, i, 0, None, sort, closing[i], now))
            .collect();
        // stable: records the order finds equal keep their index order, as
        // hits in index order do in a stable sort
        rows.sort_by(|a, b| compare(a, b, sort));
        let mut rank = vec![0u32; records.len()];
        let by_rank: Vec<u32> = rows.iter().map(|r| to_u32(r.i)).collect();
        for (place, r) in rows.iter().enumerate() {
            rank[r.i] = to_u32(place);
        }
        let mut instants: Vec<DateTime<Utc>> = closing
            .iter()
            .flatten()
            .map(|d| d.with_timezone(&Utc))
            .collect();
        instants.sort_unstable();
        Order {
            made_for: Some((sort, records.as_ptr() as usize, records.len(), now)),
            rank,
            by_rank,
            closing,
            instants,
        }
    }

    /// Record `i`'s rank.
    pub fn rank(&self, i: usize) -> u32 {
        self.rank.get(i).copied().unwrap_or(u32::MAX)
    }

    /// The record at this rank.
    pub fn at(&self, rank: u32) -> usize {
        self.by_rank
            .get(rank as usize)
            .map_or(usize::MAX, |&i| i as usize)
    }

    /// Every record index, in rank order.
    pub fn in_order(&self) -> impl Iterator<Item = usize> + '_ {
        self.by_rank.iter().map(|&i| i as usize)
    }

    /// Record `i`'s closing instant, worked out when the ranks were made.
    pub fn closing(&self, i: usize) -> Option<DateTime<FixedOffset>> {
        self.closing.get(i).copied().flatten()
    }
}

/// [`super::query::visible`] on the ranks of `order`, which must fit
/// (`order.fits(records, sort, now)`): the same records in the same order.
/// The hits sort on the score, the figure (net per hour, chance) and the
/// rank; without a search and a figure, the records are taken in rank order
/// with no sort at all.
pub fn visible(
    records: &[PostingRecord],
    filter: &FilterState,
    hits: Option<&[(usize, i64)]>,
    sort: SortKey,
    now: DateTime<Utc>,
    judged: &[Assessed],
    order: &Order,
) -> Vec<usize> {
    let f = filter.to_filter();
    let by_figure = matches!(sort, SortKey::Net | SortKey::Chance);
    if hits.is_none() && !by_figure {
        let all: Vec<usize> = order.in_order().collect();
        return crate::search::filter::retain(records, &f, now, all, |&i| i);
    }
    let scored: Vec<(usize, i64)> = match hits {
        None => (0..records.len()).map(|i| (i, 0)).collect(),
        Some(hits) => hits.to_vec(),
    };
    let scored = crate::search::filter::retain(records, &f, now, scored, |h| h.0);
    let mut keys = Vec::with_capacity(scored.len());
    for (i, score) in scored {
        let Some(fig) = figure_key(figure(judged.get(i), sort)) else {
            // a figure that is not a number compares equal to every other:
            // no total order to rank on, so the plain sort decides
            let hits = hits.map(|h| h.to_vec());
            return super::query::visible(records, filter, hits.as_deref(), sort, now, judged);
        };
        keys.push((Reverse(score), Reverse(fig), order.rank(i)));
    }
    keys.sort_unstable();
    keys.into_iter()
        .map(|(_, _, rank)| order.at(rank))
        .collect()
}

/// A figure as an integer in the same order, highest first once reversed
/// and `None` last, as `Option<f64>`'s `partial_cmp` orders them (`-0.0`
/// equal to `0.0`); `None` for a figure that is not a number.
fn figure_key(figure: Option<f64>) -> Option<u64> {
    let Some(x) = figure else { return Some(0) };
    if x.is_nan() {
        return None;
    }
    let bits = (x + 0.0).to_bits(); // -0.0 + 0.0 is 0.0
    let ordered = if bits >> 63 == 1 {
        !bits
    } else {
        bits | 1 << 63
    };
    Some(ordered.saturating_add(1))
}

/// An index as a rank (a list of more than 4 billion records cannot be
/// held in memory; past that, ranks would share the last value).
fn to_u32(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::Stage;
    use crate::posting::Posting;
    use crate::search::StageFilter;
    use chrono::{Duration, NaiveDate};
    use proptest::prelude::*;

    const SORTS: [SortKey; 7] = [
        SortKey::Deadline,
        SortKey::Title,
        SortKey::Organisation,
        SortKey::Stage,
        SortKey::Scale,
        SortKey::Net,
        SortKey::Chance,
    ];

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-07-01T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    /// A record from small choices, so that ids, deadlines, titles and
    /// scales repeat (ties the order must break as the plain sort does).
    fn record(n: [u8; 6]) -> PostingRecord {
        let minutes = i64::from(n[1] % 6) * 25 - 50;
        let at = (now() + Duration::minutes(minutes)).fixed_offset();
        let posting = Posting {
            title: ["Coördinator", "adviseur", "Adviseur", "beleid"][usize::from(n[2] % 4)].into(),
            organisation: [None, Some("Ede"), Some("Utrecht")][usize::from(n[3] % 3)]
                .map(Into::into),
            scale: [None, Some("10"), Some("9-11")][usize::from(n[4] % 3)].map(Into::into),
            deadline: (!n[1].is_multiple_of(3)).then_some(at),
            deadline_date: (n[1].is_multiple_of(3) && n[5].is_multiple_of(2))
                .then(|| NaiveDate::from_ymd_opt(2026, 7, 1 + u32::from(n[5] % 3)))
                .flatten(),
            ..Posting::default()
        };
        PostingRecord {
            id: format!("r{}", n[0] % 12),
            posting,
            stage: Stage::ALL[usize::from(n[5]) % Stage::ALL.len()],
            search_key: String::new(),
            imported_at: DateTime::default(),
            updated_at: DateTime::default(),
            changed: Default::default(),
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        /// The ranked order gives the plain sort's list, for every sort key,
        /// with and without search hits and filters, with figures that tie
        /// (and -0.0 against 0.0), and when ranks made for an earlier clock
        /// reading are kept or made again.
        #[test]
        fn ranked_order_equals_the_plain_sort(
            raw in prop::collection::vec(any::<[u8; 6]>(), 0..40),
            hit_of in prop::collection::vec(any::<u8>(), 40),
            figures in prop::collection::vec(any::<u8>(), 40),
            later in 0i64..40,
            by_stage in any::<bool>(),
        ) {
            let records: Vec<PostingRecord> = raw.iter().copied().map(record).collect();
            let mut judged = super::super::assessed::Judgements::default();
            judged.recompute(&records, now());
            for (a, f) in judged.per_record.iter_mut().zip(&figures) {
                a.net_per_hour = [None, Some(-0.0), Some(0.0), Some(12.5), Some(-3.0)]
                    .get(usize::from(*f % 5))
                    .copied()
                    .flatten();
            }
            let hits: Vec<(usize, i64)> = (0..records.len())
                .filter(|&i| !hit_of[i].is_multiple_of(3))
                .map(|i| (i, i64::from(hit_of[i] % 4) * 16))
                .collect();
            let filter = FilterState {
                stage: by_stage.then_some(StageFilter::Stage(Stage::Open)),
                ..FilterState::default()
            };
            for sort in SORTS {
                let mut order = Order::default();
                order.ensure(&records, sort, now());
                // two hours later at most: the ranks kept when no deadline
                // passed meanwhile, made again when one did
                let then = now() + Duration::minutes(later * 3);
                order.ensure(&records, sort, then);
                for h in [None, Some(&hits[..])] {
                    let plain = super::super::query::visible(
                        &records, &filter, h, sort, then, &judged.per_record,
                    );
                    let ranked = visible(
                        &records, &filter, h, sort, then, &judged.per_record, &order,
                    );
                    prop_assert_eq!(ranked, plain, "{:?}", sort);
                }
            }
        }
    }

    #[test]
    fn ranks_hold_until_a_deadline_passes() {
        let records = vec![record([1, 4, 0, 0, 0, 0])]; // closes in 50 minutes
        let mut order = Order::default();
        order.ensure(&records, SortKey::Deadline, now());
        assert!(order.fits(&records, SortKey::Deadline, now() + Duration::minutes(49)));
        assert!(!order.fits(&records, SortKey::Deadline, now() + Duration::minutes(50)));
        assert!(!order.fits(&records, SortKey::Title, now()));
        order.forget();
        assert!(!order.fits(&records, SortKey::Deadline, now()));
    }
}
