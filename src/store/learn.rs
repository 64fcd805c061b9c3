//! What the chance of winning and the interface's stats learn from (issue
//! 15): the bids, read without reading every posting (the outcomes, the
//! stage histories, and only the records that count as bids), handed to
//! the pure [`crate::assess::chance::Model`] and [`crate::assess::stats`].

use super::{Store, StoreError};
use crate::assess::bids::gather;
use crate::assess::chance::Model;
use crate::assess::stats::{Stats, is_bid_stage, stats};
use crate::pipeline::{Outcome, PostingRecord, Stage, StageChange};
use std::collections::HashMap;

/// The records that can count as bids, with every outcome and history.
struct Bids {
    records: Vec<PostingRecord>,
    outcomes: HashMap<String, Outcome>,
    histories: HashMap<String, Vec<StageChange>>,
}

impl Store {
    /// The chance model learnt from every bid in the store.
    pub fn chance_model(&self) -> Result<Model, StoreError> {
        let b = self.bid_records()?;
        let answers = self.assessments()?;
        let profile = self.profile()?;
        let bids = gather(&b.records, &b.outcomes, &b.histories, &answers, &profile);
        Ok(Model::learn(&bids))
    }

    /// The stats of every bid (`tenderdesk stats` without `--since`),
    /// reading only the bids' records: the interface's `S` on 100,000
    /// postings reads a handful instead of every posting whole.
    pub fn bid_stats(&self) -> Result<Stats, StoreError> {
        let b = self.bid_records()?;
        let answers = self.assessments()?;
        let profile = self.profile()?;
        let bids = gather(&b.records, &b.outcomes, &b.histories, &answers, &profile);
        Ok(stats(&bids, None))
    }

    /// Every posting that can count as a bid ([`crate::assess::stats::is_bid`]):
    /// it has an outcome, stands at a bid stage, or reached one (each stage
    /// change is in the history).
    fn bid_records(&self) -> Result<Bids, StoreError> {
        let outcomes = self.outcomes()?;
        let histories = self.histories()?;
        // by the stage index: the bid stages named (NOT IN would read every row)
        let bid_stages: Vec<String> = Stage::ALL
            .iter()
            .filter(|s| is_bid_stage(**s))
            .map(|s| format!("'{}'", s.key()))
            .collect();
        let mut stmt = self.conn.prepare(&format!(
            "SELECT id FROM postings WHERE stage IN ({}) AND archived_at IS NULL",
            bid_stages.join(", ")
        ))?;
        let at_bid_stage = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<Result<Vec<_>, _>>()?;
        let mut ids: Vec<String> = outcomes
            .keys()
            .cloned()
            .chain(at_bid_stage)
            .chain(
                histories
                    .iter()
                    .filter(|(_, h)| h.iter().any(|c| is_bid_stage(c.to)))
                    .map(|(id, _)| id.clone()),
            )
            .collect();
        ids.sort();
        ids.dedup();
        Ok(Bids {
            records: self.records_with_ids(&ids)?,
            outcomes,
            histories,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The stats of the bids read alone equal those over every posting
    /// (what `tenderdesk stats` reads), also for a posting whose bid stage
    /// has no history row.
    #[test]
    fn the_bids_alone_give_the_stats_of_every_posting() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open(&dir.path().join("t.db")).unwrap();
        for (_, text) in crate::tui::samples::SAMPLES {
            s.import(&crate::posting::parse(text).unwrap(), text)
                .unwrap();
        }
        let ids: Vec<String> = s.list().unwrap().into_iter().map(|r| r.id).collect();
        s.set_stage(&ids[0], Stage::Applied, None).unwrap();
        s.set_stage(&ids[1], Stage::Awarded, None).unwrap();
        s.conn
            .execute(
                "UPDATE postings SET stage = 'rejected' WHERE id = ?1",
                [&ids[2]],
            )
            .unwrap();
        let all = s.list().unwrap();
        let (outcomes, histories) = (s.outcomes().unwrap(), s.histories().unwrap());
        let bids = gather(
            &all,
            &outcomes,
            &histories,
            &s.assessments().unwrap(),
            &s.profile().unwrap(),
        );
        assert_eq!(bids.len(), 3);
        assert_eq!(s.bid_stats().unwrap(), stats(&bids, None));
        assert_eq!(s.bid_records().unwrap().records.len(), 3);
    }
}
