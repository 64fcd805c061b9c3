//! The short outcome form that opens when a posting moves to awarded or
//! rejected: points, rank, of how many, awarded rate, reason and date,
//! every one optional. Enter records the outcome (one change, `u` undoes
//! it), Esc skips it. The values are read as `tenderdesk outcome` reads
//! its flags (`pipeline::outcome_values`); a bad one keeps the form open
//! with one line naming the field.

use super::action::Action;
use super::app::App;
use super::state::Popup;
use crate::assess::score;
use crate::assess::stats::assessed_expected;
use crate::pipeline::Stage;
use crate::pipeline::outcome::{Outcome, Result as BidResult};
use crate::pipeline::outcome_values as v;
use chrono::{NaiveDate, Utc};
use tui_input::Input;

/// The fields, in the order of the form.
pub const FIELDS: [&str; 6] = ["points", "rank", "of", "awarded rate", "reason", "date"];

/// The outcome form of one posting.
pub struct OutcomeForm {
    pub id: String,
    pub result: BidResult,
    pub inputs: Vec<Input>,
    pub index: usize,
    /// Why the last save was refused.
    pub error: Option<String>,
}

impl OutcomeForm {
    /// An empty form (the date: `today`).
    pub fn new(id: &str, result: BidResult, today: NaiveDate) -> Self {
        let mut inputs: Vec<Input> = FIELDS.iter().map(|_| Input::default()).collect();
        inputs[5] = Input::new(today.format("%Y-%m-%d").to_string());
        OutcomeForm {
            id: id.to_string(),
            result,
            inputs,
            index: 0,
            error: None,
        }
    }

    /// The selected field's input.
    pub fn input(&mut self) -> &mut Input {
        &mut self.inputs[self.index]
    }

    /// The outcome the form holds, or one line naming the field that is wrong.
    pub fn outcome(&self) -> Result<Outcome, String> {
        let text = |i: usize| Some(self.inputs[i].value().trim()).filter(|t| !t.is_empty());
        fn field<T>(
            name: &str,
            t: Option<&str>,
            read: fn(&str) -> Result<T, String>,
        ) -> Result<Option<T>, String> {
            t.map(read).transpose().map_err(|e| format!("{name}: {e}"))
        }
        let o = Outcome {
            result: self.result,
            points: field(FIELDS[0], text(0), v::points)?,
            rank: field(FIELDS[1], text(1), v::count)?,
            candidates: field(FIELDS[2], text(2), v::count)?,
            awarded_rate: field(FIELDS[3], text(3), v::rate)?,
            reason: text(4).map(str::to_string),
            date: field(FIELDS[5], text(5), v::date)?,
            criterion_points: Default::default(),
            expected_score: None,
            bid_rate: None,
            at: Utc::now(),
        };
        o.check().map_err(|e| e.to_string())?;
        Ok(o)
    }
}

/// Opens the form after a move to awarded or rejected (other stages: none).
pub fn offer(app: &mut App, id: &str, stage: Stage) {
    let result = match stage {
        Stage::Awarded => BidResult::Won,
        Stage::Rejected => BidResult::Lost,
        _ => return,
    };
    let today = app
        .state
        .now
        .with_timezone(&chrono_tz::Europe::Amsterdam)
        .date_naive();
    app.state.popup = Some(Popup::Outcome(Box::new(OutcomeForm::new(
        id, result, today,
    ))));
}

/// The form's keys: move between fields, record, or skip.
pub fn update(app: &mut App, action: Action, mut form: Box<OutcomeForm>) {
    let n = FIELDS.len();
    match action {
        Action::Back => {
            app.state.info(format!(
                "{}: no outcome recorded (tenderdesk outcome records it later)",
                form.id
            ));
            return;
        }
        Action::Up => form.index = (form.index + n - 1) % n,
        Action::Down => form.index = (form.index + 1) % n,
        Action::Save => match form.outcome().and_then(|o| save(app, &form.id, o)) {
            Ok(words) => return app.state.info(words),
            Err(e) => form.error = Some(e),
        },
        _ => {}
    }
    app.state.popup = Some(Popup::Outcome(form));
}

/// Records the outcome with the expected score and rate of the moment.
fn save(app: &mut App, id: &str, mut o: Outcome) -> Result<String, String> {
    let profile = app.backend.profile().map_err(|e| e.to_string())?;
    if let (Some(r), Ok(answers)) = (
        app.state.records.iter().find(|r| r.id == id),
        app.backend.assessments(),
    ) {
        let a = answers.get(id).cloned().unwrap_or_default();
        o.expected_score = assessed_expected(&score(&r.posting, &a, &profile));
    }
    o.bid_rate = profile.hourly_rate;
    app.backend
        .set_outcome(id, &o)
        .map_err(|e| format!("not recorded: {e}"))?;
    app.relearn();
    app.reload_detail();
    Ok(format!("{id}: outcome {} (u undoes)", o.summary()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_is_optional_and_a_bad_one_is_named() {
        let today = NaiveDate::from_ymd_opt(2026, 7, 20).unwrap();
        let mut f = OutcomeForm::new("1", BidResult::Lost, today);
        let o = f.outcome().unwrap();
        assert_eq!((o.points, o.date), (None, Some(today)));
        f.inputs[1] = Input::new("9".into());
        f.inputs[2] = Input::new("7".into());
        assert!(
            f.outcome()
                .unwrap_err()
                .starts_with("--rank 9 is behind --of 7")
        );
        f.inputs[1] = Input::new("x".into());
        assert!(
            f.outcome()
                .unwrap_err()
                .starts_with("rank: 'x' is not a whole number")
        );
    }
}
