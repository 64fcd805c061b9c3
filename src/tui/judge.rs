//! The self-assessment keys: answering the selected criterion in the
//! Criteria pane, changing the profile from its editor, and learning the
//! chances of winning again after a write. Each change goes
//! to the store at once; the scores are recomputed in state right after.

use super::action::Pane;
use super::app::App;
use crate::assess::verdict::score_words;
use crate::assess::{Answer, Assessment, Profile};
use crate::pipeline::PostingRecord;
use crate::posting::Posting;
use crate::store::CriterionKind;

/// Puts the criteria of posting `full` (read whole) into the record `id`.
fn put_criteria(records: &mut [PostingRecord], id: &str, full: &Posting) {
    if let Some(r) = records.iter_mut().find(|r| r.id == id) {
        r.posting.knockout.clone_from(&full.knockout);
        r.posting.award.clone_from(&full.award);
    }
}

/// Whether a criterion that has an answer was read without its text.
fn lacks_texts(p: &Posting, a: &Assessment) -> bool {
    p.knockout
        .iter()
        .any(|c| c.text.is_empty() && a.knockout.contains_key(&c.number))
        || p.award
            .iter()
            .any(|c| c.text.is_empty() && a.award.contains_key(&c.number))
}

impl App {
    /// Answers (or clears) the criterion selected in the Criteria pane.
    pub fn judge(&mut self, answer: Option<Answer>) {
        let Some(d) = &self.state.detail else { return };
        if d.pane != Pane::Criteria {
            return;
        }
        let p = &d.detail.record.posting;
        let id = d.detail.record.id.clone();
        let k = d.criterion;
        let (kind, number, label) = match p.knockout.get(k) {
            Some(c) => (CriterionKind::Knockout, c.number, format!("K{}", c.number)),
            None => match p.award.get(k - p.knockout.len()) {
                Some(c) => (CriterionKind::Award, c.number, format!("A{}", c.number)),
                None => return,
            },
        };
        if kind == CriterionKind::Knockout && answer == Some(Answer::Partly) {
            self.state
                .error("A knock-out criterion is met or not met, not partly");
            return;
        }
        match self.backend.set_answer(&id, kind, number, answer) {
            Ok(a) => {
                let s = &mut self.state;
                // the record may have been read without its criteria texts
                // (no answers then): the score compares answers with them
                if let Some(d) = &s.detail {
                    put_criteria(&mut s.records, &id, &d.detail.record.posting);
                }
                s.judged.set_answers(&s.records, &id, a, s.now);
                // a bid's expected score may rest on these answers
                self.relearn();
                let s = &mut self.state;
                let what = answer.map_or("cleared", Answer::key);
                let score = s
                    .records
                    .iter()
                    .position(|r| r.id == id)
                    .and_then(|i| s.assessed(i))
                    .map_or(String::new(), |x| {
                        if x.score.knockout_fail {
                            " · knock-out fail".to_string()
                        } else {
                            format!(" · expected score now {}", score_words(&x.score))
                        }
                    });
                // say so when "partly" is worth nothing under the profile
                let partly =
                    if answer == Some(Answer::Partly) && !s.judged.profile.partly_counts_half {
                        " · partly counts nothing (P: Partly met to count half)"
                    } else {
                        ""
                    };
                s.info(format!("{id} {label}: {what}{partly}{score}"));
            }
            Err(e) => self.state.error(format!("Answer not saved: {e}")),
        }
    }

    /// Answers read anew (another process wrote) may be for a posting
    /// whose record was read without its criteria texts, when it had no
    /// answers: those records take the criteria of the posting whole, so
    /// an answer is compared with the text it was given against.
    pub(crate) fn complete_answered(&mut self) {
        let s = &self.state;
        if s.judged.answers.is_empty() {
            return;
        }
        let lacking: Vec<String> = s
            .records
            .iter()
            .filter(|r| {
                s.judged
                    .answers
                    .get(&r.id)
                    .is_some_and(|a| lacks_texts(&r.posting, a))
            })
            .map(|r| r.id.clone())
            .collect();
        for id in lacking {
            match self.backend.detail(&id) {
                Ok(d) => put_criteria(&mut self.state.records, &id, &d.record.posting),
                Err(e) => self.state.error(format!("Could not read {id}: {e}")),
            }
        }
    }

    /// Saves a changed profile and recomputes every score and check.
    pub fn save_profile(&mut self, profile: Profile) {
        match self.backend.save_profile(&profile) {
            Ok(()) => {
                self.state.judged.profile = profile;
                if let Ok(m) = self.backend.chance_model() {
                    self.state.judged.model = m;
                }
                let s = &mut self.state;
                s.judged.recompute(&s.records, s.now);
                s.refresh();
            }
            Err(e) => self.state.error(format!("Profile not saved: {e}")),
        }
    }

    /// Learns the chances again after a write that can change them (a
    /// stage, an outcome, an answer); when they changed, every record's
    /// figures are recomputed and the list re-sorted.
    pub fn relearn(&mut self) {
        match self.backend.chance_model() {
            Ok(m) if m == self.state.judged.model => {}
            Ok(m) => {
                let s = &mut self.state;
                s.judged.model = m;
                let keep = s.selected_id();
                s.judged.recompute(&s.records, s.now);
                s.refresh();
                if let Some(id) = keep {
                    s.select_id(&id);
                }
            }
            Err(e) => self
                .state
                .error(format!("Could not learn the chances: {e}")),
        }
    }
}
