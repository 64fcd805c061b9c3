//! Issue 15, the interface: `S` opens the stats of the bids the real store
//! holds (the same figures as `tenderdesk stats`), j/k scroll, Esc closes.

mod tui_support;

use ratatui::crossterm::event::KeyCode;
use tenderdesk::pipeline::Stage;
use tenderdesk::pipeline::outcome::{Outcome, Result as BidResult};
use tenderdesk::tui::app::App;
use tenderdesk::tui::keymap::Context;
use tenderdesk::tui::state::Popup;
use tenderdesk::tui::theme::Theme;
use tui_support::{backend, draw, key, keys, now, pin_times, screen_text, snap};

fn outcome(result: BidResult, points: Option<f64>, expected: Option<f64>) -> Outcome {
    Outcome {
        result,
        date: None,
        points,
        criterion_points: Default::default(),
        rank: None,
        candidates: None,
        awarded_rate: None,
        reason: None,
        expected_score: expected,
        bid_rate: None,
        at: now(),
    }
}

/// 30828 won (expected 85, got 80), 30662 lost (55, 60), 28590 lost (80,
/// 70), 13995 no response (78), H-01 rejected without an outcome (lost).
fn app() -> App {
    let mut b = backend();
    for id in ["30828", "30662", "28590"] {
        b.set_stage(id, Stage::Applied, None).unwrap();
    }
    let set = [
        ("30828", outcome(BidResult::Won, Some(80.0), Some(85.0))),
        ("30662", outcome(BidResult::Lost, Some(60.0), Some(55.0))),
        ("28590", outcome(BidResult::Lost, Some(70.0), Some(80.0))),
        ("13995", outcome(BidResult::NoResponse, None, Some(78.0))),
    ];
    for (id, o) in &set {
        b.set_outcome(id, o).unwrap();
    }
    pin_times(&b);
    App::new(Box::new(b), now()).unwrap()
}

#[test]
fn s_shows_the_stats_of_the_bids_in_the_store() {
    let mut a = app();
    keys(&mut a, "S");
    assert_eq!(a.context(), Context::Stats);
    let screen = screen_text(&draw(&a, 120, 40, &Theme::mono()));
    for want in [
        "bids 5: won 1, lost 3, no response 1, waiting 0, withdrawn 0, open 0",
        "win rate 20% (1 of 5)",
        // 75 to 89: 30828 won, 28590 lost, 13995 no response
        "33% of 3",
        "75 to 89                       3  33% (1 of 3)",
        "under 60                       1  too few (1)",
        "Hilversum                      3  33% (1 of 3)",
        // (80-85) + (60-55) + (70-80) = -10 over 3
        "-3.3 points on average over 3 bids",
    ] {
        assert!(screen.contains(want), "{want:?} not in\n{screen}");
    }
    snap("stats", &a);
    key(&mut a, KeyCode::Char('j'));
    assert!(matches!(
        a.state.popup,
        Some(Popup::Stats { scroll: 1, .. })
    ));
    key(&mut a, KeyCode::Esc);
    assert!(a.state.popup.is_none());
    assert_eq!(a.context(), Context::List);
}
