//! Issue 15, the interface: moving a posting to awarded or rejected opens a
//! short outcome form (every field optional); Enter records the outcome in
//! the real store (one change, `u` undoes it), Esc skips it, a bad value
//! keeps the form open naming the field.

mod tui_support;

use ratatui::crossterm::event::KeyCode;
use tenderdesk::pipeline::Stage;
use tenderdesk::pipeline::outcome::Result as BidResult;
use tenderdesk::store::Store;
use tenderdesk::tui::app::App;
use tenderdesk::tui::keymap::Context;
use tenderdesk::tui::state::Popup;
use tui_support::{backend, key, keys, now, snap};

fn app() -> (App, std::path::PathBuf) {
    let b = backend();
    let path = b.path().to_path_buf();
    let mut a = App::new(Box::new(b), now()).unwrap();
    a.state.select_id("30828");
    (a, path)
}

fn status(a: &App) -> String {
    a.state
        .message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

#[test]
fn rejected_asks_for_the_outcome_and_enter_records_it() {
    let (mut a, path) = app();
    keys(&mut a, "x");
    assert_eq!(a.context(), Context::OutcomeForm);
    keys(&mut a, "71,5");
    key(&mut a, KeyCode::Tab);
    keys(&mut a, "3");
    key(&mut a, KeyCode::Down);
    keys(&mut a, "7");
    key(&mut a, KeyCode::Down);
    keys(&mut a, "92.50");
    key(&mut a, KeyCode::Tab);
    keys(&mut a, "tarief te hoog; j en k typen"); // letters of keys are text here
    key(&mut a, KeyCode::Tab);
    for _ in 0..10 {
        key(&mut a, KeyCode::Backspace);
    }
    keys(&mut a, "2026-07-20");
    snap("outcome_form", &a);
    key(&mut a, KeyCode::Enter);
    assert!(a.state.popup.is_none());
    assert_eq!(
        status(&a),
        "30828: outcome lost, 2026-07-20, 71.5 points, rank 3 of 7, awarded at € 92,50 (u undoes)"
    );
    let store = Store::open(&path).unwrap();
    let d = store.detail("30828").unwrap();
    assert_eq!(d.record.stage, Stage::Rejected);
    let o = d.outcome.unwrap();
    assert_eq!(o.result, BidResult::Lost);
    assert_eq!(o.reason.as_deref(), Some("tarief te hoog; j en k typen"));
    // u takes the outcome back first, then the stage
    keys(&mut a, "u");
    assert!(
        Store::open(&path)
            .unwrap()
            .outcome("30828")
            .unwrap()
            .is_none()
    );
    keys(&mut a, "u");
    assert_eq!(
        Store::open(&path)
            .unwrap()
            .detail("30828")
            .unwrap()
            .record
            .stage,
        Stage::Open
    );
}

#[test]
fn esc_skips_and_a_bad_value_keeps_the_form_open() {
    let (mut a, path) = app();
    keys(&mut a, "w");
    key(&mut a, KeyCode::Tab);
    keys(&mut a, "tweede");
    key(&mut a, KeyCode::Enter);
    match &a.state.popup {
        Some(Popup::Outcome(f)) => {
            let e = f.error.as_deref().unwrap_or_default();
            assert!(e.starts_with("rank: 'tweede' is not a whole number"), "{e}");
        }
        _ => panic!("the form closed on a bad value"),
    }
    assert!(
        Store::open(&path)
            .unwrap()
            .outcome("30828")
            .unwrap()
            .is_none()
    );
    key(&mut a, KeyCode::Esc);
    assert!(a.state.popup.is_none());
    assert!(status(&a).starts_with("30828: no outcome recorded"));
    let d = Store::open(&path).unwrap().detail("30828").unwrap();
    assert_eq!((d.record.stage, d.outcome), (Stage::Awarded, None));
    // other stages ask nothing
    a.state.select_id("28590");
    keys(&mut a, "a");
    assert!(a.state.popup.is_none());
}
