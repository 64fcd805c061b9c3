//! The self-assessment as the interface shows it: per record the expected
//! score, how serious the DBA and VOG checks are, the hours finding, the
//! net per hour at your rate and the learned chance of winning, plus the
//! agenda. Computed from the pure [`crate::assess`] functions when the data
//! changes (load, an answer, the profile, a stage, an outcome), never while
//! drawing. The DBA and VOG findings in words are only for the posting the
//! detail shows: [`Judgements::dba_finding`] and [`Judgements::vog_finding`]
//! make them for it as the checks made them (100,000 records kept no
//! sentences).

use crate::assess::agenda::{Dated, dates};
use crate::assess::chance::{Chance, Model};
use crate::assess::checks::{self, Finding, Level};
use crate::assess::stats::assessed_expected;
use crate::assess::{Assessment, Profile, Score, Verdict, score};
use crate::pipeline::PostingRecord;
use crate::posting::Posting;
use crate::posting::normalize::sanitize_line;
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Europe::Amsterdam;
use std::collections::HashMap;

/// What the checks say about one posting.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessed {
    pub score: Score,
    /// How serious the DBA check is (`checks::dba`).
    pub dba: Level,
    /// How serious the VOG check is, when a VOG is required (`checks::vog`).
    pub vog: Option<Level>,
    /// Too many hours together with other jobs (few records have one).
    pub hours: Option<Box<Finding>>,
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
    /// The widest posting id in the agenda, in terminal columns (its
    /// column's width, measured once and not at every frame).
    pub agenda_id_width: usize,
    /// The day the checks were made (at the last recompute).
    pub today: NaiveDate,
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
        dba: checks::dba(&r.posting, profile).level,
        vog: checks::vog(&r.posting, profile, today).map(|f| f.level),
        hours: hours.get(&r.id).cloned().map(Box::new),
        net_per_hour: crate::assess::net::net(&r.posting, profile, today)
            .ok()
            .map(|n| n.net_per_hour),
    }
}

impl Judgements {
    /// Everything, for every record (load, import, profile change).
    pub fn recompute(&mut self, records: &[PostingRecord], now: DateTime<Utc>) {
        let today = today(now);
        self.today = today;
        let hours: HashMap<String, Finding> = checks::hours(records, &self.profile, today)
            .into_iter()
            .collect();
        self.per_record = records
            .iter()
            .map(|r| assess_one(r, self, &hours, today))
            .collect();
        self.set_agenda(records, today);
    }

    /// The agenda from `today` on, and its widest id.
    fn set_agenda(&mut self, records: &[PostingRecord], today: NaiveDate) {
        self.agenda = dates(records, today);
        let mut dated = vec![false; records.len()];
        for d in &self.agenda {
            if let Some(m) = dated.get_mut(d.record as usize) {
                *m = true;
            }
        }
        self.agenda_id_width = records
            .iter()
            .zip(dated)
            .filter(|(_, d)| *d)
            .map(|(r, _)| unicode_width::UnicodeWidthStr::width(sanitize_line(&r.id).as_str()))
            .max()
            .unwrap_or(0);
    }

    /// The DBA finding of posting `p` in words (the detail's Dba pane), as
    /// the checks made it for its record.
    pub fn dba_finding(&self, p: &Posting) -> Finding {
        checks::dba(p, &self.profile)
    }

    /// The VOG finding of posting `p` in words (the detail's Vog pane), as
    /// the checks made it for its record (on the same day).
    pub fn vog_finding(&self, p: &Posting) -> Option<Finding> {
        checks::vog(p, &self.profile, self.today)
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
            slot.hours = hours.remove(&r.id).map(Box::new);
        }
        self.set_agenda(records, today);
    }
}

impl Assessed {
    /// May you bid (see [`Verdict`]).
    pub fn verdict(&self) -> Verdict {
        Verdict::of_levels(&self.score, self.dba, self.vog)
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
