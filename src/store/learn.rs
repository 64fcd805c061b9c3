//! What the chance of winning learns from (issue 15): the bids, read
//! without reading every posting (the outcomes, the stage histories, and
//! only the records that count as bids), handed to the pure
//! [`crate::assess::chance::Model`].

use super::{Store, StoreError};
use crate::assess::bids::gather;
use crate::assess::chance::Model;
use crate::assess::stats::is_bid_stage;

impl Store {
    /// The chance model learnt from every bid in the store.
    pub fn chance_model(&self) -> Result<Model, StoreError> {
        let outcomes = self.outcomes()?;
        let histories = self.histories()?;
        // a bid has an outcome or reached a bid stage (each stage change is
        // in the history, so the history names every posting past open)
        let mut ids: Vec<String> = outcomes
            .keys()
            .cloned()
            .chain(
                histories
                    .iter()
                    .filter(|(_, h)| h.iter().any(|c| is_bid_stage(c.to)))
                    .map(|(id, _)| id.clone()),
            )
            .collect();
        ids.sort();
        ids.dedup();
        let records = self.records(&ids)?;
        let answers = self.assessments()?;
        let profile = self.profile()?;
        let bids = gather(&records, &outcomes, &histories, &answers, &profile);
        Ok(Model::learn(&bids))
    }
}
