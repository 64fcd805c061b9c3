//! The self-assessment as the interface shows it: per record the expected
//! score, the DBA, VOG and hours findings, the net per hour at your rate
//! and the learned chance of winning, plus the agenda. Computed from the
//! pure [`crate::assess`] functions when the data changes (load, an
//! answer, the profile, a stage, an outcome), never while drawing.

use crate::assess::agenda::{Dated, dates};
use crate::assess::chance::{Chance, Model};
use crate::assess::checks::{self, Finding};
use crate::assess::stats::assessed_expected;
use crate::assess::{Assessment, Profile, Score, Verdict, score};
use crate::pipeline::PostingRecord;
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Europe::Amsterdam;
use std::collections::HashMap;

/// What the checks say about one posting.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessed {
    pub score: Score,
    pub dba: Finding,
    pub vog: Option<Finding>,
    pub hours: Option<Finding>,
    /// Net per hour at your rate (`assess::net`); `None` without a rate or
    /// hours.
    pub net_per_hour: Option<f64>,
    /// The learned chance of winning (`assess::chance`).
    pub chance: Option<Chance>,
}

/// The profile, the answers and everything computed from them.
#[derive(Debug, Clone, Default)]
pub struct Judgements {
    pub profile: Profile,
    /// The answers per posting id.
    pub answers: HashMap<String, Assessment>,
    /// The chance model, learnt from the store's bids.
    pub model: Model,
    /// One per record, in the order of `State::records`.
    pub per_record: Vec<Assessed>,
    /// Every coming date, soonest first, by index into the records.
    pub agenda: Vec<Dated>,
}

/// The Dutch calendar day of `now`.
pub fn today(now: DateTime<Utc>) -> NaiveDate {
    now.with_timezone(&Amsterdam).date_naive()
}

fn assess_one(
    r: &PostingRecord,
    judged: &Judgements,
    hours: &HashMap<String, Finding>,
    today: NaiveDate,
) -> Assessed {
    let (profile, empty) = (&judged.profile, Assessment::default());
    let a = judged.answers.get(&r.id).unwrap_or(&empty);
    let score = score(&r.posting, a, profile);
    Assessed {
        chance: judged.model.chance(assessed_expected(&score)),
        score,
        dba: checks::dba(&r.posting, profile),
        vog: checks::vog(&r.posting, profile, today),
        hours: hours.get(&r.id).cloned(),
        net_per_hour: crate::assess::net::net(&r.posting, profile, today)
            .ok()
            .map(|n| n.net_per_hour),
    }
}

impl Judgements {
    /// Everything, for every record (load, import, profile change).
    pub fn recompute(&mut self, records: &[PostingRecord], now: DateTime<Utc>) {
        let today = today(now);
        let hours: HashMap<String, Finding> = checks::hours(records, &self.profile, today)
            .into_iter()
            .collect();
        self.per_record = records
            .iter()
            .map(|r| assess_one(r, self, &hours, today))
            .collect();
        self.agenda = dates(records, today);
    }

    /// One posting's answers changed: only its score.
    pub fn set_answers(
        &mut self,
        records: &[PostingRecord],
        id: &str,
        answers: Assessment,
        now: DateTime<Utc>,
    ) {
        self.answers.insert(id.to_string(), answers);
        let Some(i) = records.iter().position(|r| r.id == id) else {
            return;
        };
        if let Some(slot) = self.per_record.get_mut(i) {
            let a = &self.answers[id];
            slot.score = score(&records[i].posting, a, &self.profile);
            slot.chance = self.model.chance(assessed_expected(&slot.score));
        } else {
            self.recompute(records, now);
        }
    }

    /// A stage changed: the hours check and the agenda depend on stages.
    pub fn stages_changed(&mut self, records: &[PostingRecord], now: DateTime<Utc>) {
        let today = today(now);
        let mut hours: HashMap<String, Finding> = checks::hours(records, &self.profile, today)
            .into_iter()
            .collect();
        if self.per_record.len() != records.len() {
            return self.recompute(records, now);
        }
        for (slot, r) in self.per_record.iter_mut().zip(records) {
            slot.hours = hours.remove(&r.id);
        }
        self.agenda = dates(records, today);
    }
}

impl Assessed {
    /// May you bid (see [`Verdict`]).
    pub fn verdict(&self) -> Verdict {
        Verdict::of(&self.score, &self.dba, self.vog.as_ref())
    }

    /// The list's Score cell: `⊘ KO` or `⊘ DBA` when you cannot bid, else
    /// the score (`35 ≤80`), after `⚠` when the VOG will be late.
    pub fn cell(&self) -> String {
        let v = self.verdict();
        if v.blocks() {
            v.mark().to_string()
        } else if v == Verdict::Open {
            score_cell(&self.score)
        } else {
            format!("{} {}", v.mark(), score_cell(&self.score))
        }
    }
}

pub use crate::assess::verdict::{points, score_cell};
