//! Bids a month: how many bids were made in each of the last twelve
//! months up to the newest bid, for the stats' sparkline (the interface's
//! `S`) and its line in `tenderdesk stats`.

use super::stats::Bid;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// How many months the figure covers.
pub const MONTHS: usize = 12;

/// Bids made in one month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MonthCount {
    /// `YYYY-MM`.
    pub month: String,
    pub bids: usize,
}

/// The [`MONTHS`] months ending with the newest bid's month, oldest first;
/// empty when no bid has a day.
pub fn bids_by_month(bids: &[&Bid<'_>]) -> Vec<MonthCount> {
    let days: Vec<NaiveDate> = bids.iter().filter_map(|b| b.day()).collect();
    let Some(last) = days.iter().max() else {
        return vec![];
    };
    let index = |d: &NaiveDate| d.year() * 12 + d.month0() as i32;
    let end = index(last);
    (0..MONTHS as i32)
        .rev()
        .map(|back| {
            let m = end - back;
            MonthCount {
                month: format!("{:04}-{:02}", m.div_euclid(12), m.rem_euclid(12) + 1),
                bids: days.iter().filter(|d| index(d) == m).count(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::{PostingRecord, Stage, StageChange};
    use chrono::TimeZone;

    fn change(y: i32, m: u32, d: u32) -> StageChange {
        StageChange {
            from: Stage::Open,
            to: Stage::Applied,
            at: chrono::Utc.with_ymd_and_hms(y, m, d, 10, 0, 0).unwrap(),
            note: None,
        }
    }

    #[test]
    fn twelve_months_up_to_the_newest_bid_across_a_new_year() {
        let record = PostingRecord {
            id: "x".into(),
            posting: Default::default(),
            stage: Stage::Applied,
            search_key: String::new(),
            imported_at: Default::default(),
            updated_at: Default::default(),
            changed: Default::default(),
        };
        let histories = [
            vec![change(2025, 3, 1)],
            vec![change(2025, 12, 5)],
            vec![change(2025, 12, 20)],
            vec![change(2026, 2, 1)],
            vec![change(2024, 1, 1)], // more than a year before: not counted
        ];
        let bids: Vec<Bid<'_>> = histories
            .iter()
            .map(|h| Bid {
                record: &record,
                outcome: None,
                history: h,
                expected: None,
                rate: None,
                expected_by_criterion: Default::default(),
            })
            .collect();
        let refs: Vec<&Bid<'_>> = bids.iter().collect();
        let m = bids_by_month(&refs);
        assert_eq!(m.len(), 12);
        assert_eq!(m[0].month, "2025-03");
        assert_eq!(m[11].month, "2026-02");
        let counts: Vec<usize> = m.iter().map(|c| c.bids).collect();
        assert_eq!(counts, [1, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 1]);
        assert!(bids_by_month(&[]).is_empty());
    }
}
