//! The self-assessment in the interface: answers by keys, scores and
//! knock-out marks, DBA and VOG checks, the profile popup and the agenda.

mod tui_support;

use ratatui::crossterm::event::KeyCode;
use tenderdesk::assess::{Answer, BidderKind};
use tenderdesk::posting::{Dba, DbaStance, Money};
use tenderdesk::tui::action::{Action, Pane};
use tenderdesk::tui::app::App;
use tenderdesk::tui::backend::Backend;
use tenderdesk::tui::theme::Theme;
use tui_support::*;

#[test]
fn answers_by_keys_change_the_score_and_mark_a_knockout_fail() {
    let mut a = app();
    assert_eq!(score_of(&a, "30828").max_reachable, 100.0);
    open_criteria(&mut a, "30828");
    keys(&mut a, "+"); // K1 met
    keys(&mut a, "j-"); // K2 not met: knock-out fail
    keys(&mut a, "j+"); // A1 met
    let s = score_of(&a, "30828");
    assert!(s.knockout_fail);
    assert_eq!((s.expected, s.max_reachable), (60.0, 100.0));
    let stored = a.backend.assessments().unwrap();
    assert_eq!(stored["30828"].knockout[&2].answer, Answer::NotMet);
    assert!(a.state.message.as_ref().unwrap().text.contains("A1: met"));
    // partly is refused on a knock-out
    keys(&mut a, "k~");
    assert!(a.state.message.as_ref().unwrap().error);
    keys(&mut a, "0"); // clear K2
    assert!(!score_of(&a, "30828").knockout_fail);
    keys(&mut a, "-");
    key(&mut a, KeyCode::Esc);
    let text = screen_text(&draw(&a, 120, 40, &Theme::color()));
    assert!(text.contains("⊘ KO"), "{text}");
}

#[test]
fn list_with_scores_and_a_knockout_fail() {
    let a = judged_app();
    snap("list_scores", &a);
    let s = score_of(&a, "28590");
    assert_eq!((s.expected, s.max_reachable, s.needs_look), (50.0, 50.0, 1));
    let mut a = a;
    keys(&mut a, "b");
    let text = screen_text(&draw(&a, 120, 40, &Theme::color()));
    assert!(text.contains("⊘ KO"), "board marks the fail: {text}");
}

#[test]
fn criteria_pane_with_answers() {
    let mut a = judged_app();
    open_criteria(&mut a, "28590");
    keys(&mut a, "jj");
    snap("criteria_answers", &a);
    let text = screen_text(&draw(&a, 120, 40, &Theme::color()));
    assert!(text.contains("look again"), "{text}");
    assert!(text.contains("Expected score 50 of 100"), "{text}");
}

#[test]
fn dba_and_vog_panes_show_the_checks() {
    let mut b = empty_store();
    let mut p = posting(&SPECS[0]);
    p.dba = Dba {
        stance: DbaStance::ZzpExcluded,
        evidence: vec!["Zzp'ers zijn uitgesloten van deelname.".into()],
    };
    insert(&mut b, p, "text");
    let mut a = App::new(Box::new(b), now()).unwrap();
    key(&mut a, KeyCode::Enter);
    keys(&mut a, "4");
    snap("dba_check", &a);
    let text = screen_text(&draw(&a, 120, 40, &Theme::color()));
    assert!(text.contains("✗ Not open to you"), "{text}");
    keys(&mut a, "3");
    snap("vog_check", &a);
    let text = screen_text(&draw(&a, 120, 40, &Theme::color()));
    assert!(text.contains("! A VOG-P takes up to 8 weeks"), "{text}");
    // through an agency it is open, and a recent VOG will do
    a.update(Action::Profile);
    keys(&mut a, "jj");
    keys(&mut a, "l");
    keys(&mut a, "j");
    key(&mut a, KeyCode::Enter);
    keys(&mut a, "2026-06-15");
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.state.judged.profile.bidder, BidderKind::Agency);
    key(&mut a, KeyCode::Esc);
    let text = screen_text(&draw(&a, 120, 40, &Theme::color()));
    assert!(text.contains("recent enough"), "{text}");
    keys(&mut a, "4");
    let text = screen_text(&draw(&a, 120, 40, &Theme::color()));
    assert!(text.contains("i Closed to ZZP'ers"), "{text}");
}

#[test]
fn profile_popup() {
    let mut a = judged_app();
    keys(&mut a, "P");
    keys(&mut a, "jjj");
    snap("profile_popup", &a);
    key(&mut a, KeyCode::Enter);
    keys(&mut a, "bogus");
    key(&mut a, KeyCode::Enter);
    assert!(a.state.message.as_ref().unwrap().error);
    assert!(matches!(
        a.state.popup,
        Some(tenderdesk::tui::state::Popup::Profile {
            editing: Some(_),
            ..
        })
    ));
}

#[test]
fn profile_rate_changes_the_rate_band_points() {
    let mut b = empty_store();
    let (_, text) = tenderdesk::tui::samples::SAMPLES
        .iter()
        .find(|(n, _)| n.contains("28590"))
        .unwrap();
    let id = b.import_text(text).unwrap();
    let mut a = App::new(Box::new(b), now()).unwrap();
    let rate_points = |a: &App| score_of(a, &id).rate_points;
    assert_eq!(rate_points(&a), None, "no rate in the profile yet");
    keys(&mut a, "P");
    key(&mut a, KeyCode::Enter);
    keys(&mut a, "105");
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.backend.profile().unwrap().hourly_rate, Some(Money(10500)));
    assert_eq!(rate_points(&a), Some(15));
    keys(&mut a, &"l".repeat(17)); // 122
    assert_eq!(a.state.judged.profile.hourly_rate, Some(Money(12200)));
    assert_eq!(rate_points(&a), Some(5));
    assert!(!score_of(&a, &id).knockout_fail);
    key(&mut a, KeyCode::Enter);
    for _ in 0..6 {
        key(&mut a, KeyCode::Backspace);
    }
    keys(&mut a, "131");
    key(&mut a, KeyCode::Enter);
    assert!(score_of(&a, &id).knockout_fail);
    key(&mut a, KeyCode::Esc);
    let text = screen_text(&draw(&a, 120, 40, &Theme::color()));
    assert!(text.contains("⊘ KO"), "{text}");
}

#[test]
fn agenda_view_marks_today_and_tomorrow() {
    let mut b = backend();
    let mut p = posting(&SPECS[3]);
    p.request_number = Some("T-1".into());
    p.title = "Beleidsmedewerker Wonen".into();
    p.deadline = at("2026-07-01T17:00:00+02:00");
    insert(&mut b, p, "text");
    let mut a = App::new(Box::new(b), now()).unwrap();
    keys(&mut a, "A");
    snap("agenda", &a);
    let text = screen_text(&draw(&a, 120, 40, &Theme::mono()));
    assert!(text.contains("today"), "{text}");
    assert!(text.contains("tomorrow"), "{text}");
    let first = &a.state.judged.agenda[0];
    let r = first.record(&a.state.records).unwrap();
    assert_eq!(
        (r.id.as_str(), first.date.to_string()),
        ("T-1", "2026-07-01".into())
    );
    // Enter opens the posting on its Planning pane
    keys(&mut a, "j");
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.state.detail.as_ref().unwrap().pane, Pane::Planning);
    key(&mut a, KeyCode::Esc);
    keys(&mut a, "A");
    assert_eq!(a.state.view, tenderdesk::tui::state::View::List);
}

#[test]
fn store_backend_keeps_answers_and_profile() {
    use tenderdesk::store::Store;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    let mut store = Store::open(&path).unwrap();
    for (_, text) in tenderdesk::tui::samples::SAMPLES {
        Backend::import_text(&mut store, text).unwrap();
    }
    let mut a = App::new(Box::new(store), now()).unwrap();
    let id = a.state.selected_id().unwrap();
    key(&mut a, KeyCode::Enter);
    keys(&mut a, "2-");
    key(&mut a, KeyCode::Esc);
    keys(&mut a, "P");
    key(&mut a, KeyCode::Enter);
    keys(&mut a, "99");
    key(&mut a, KeyCode::Enter);
    let other = Store::open(&path).unwrap();
    assert_eq!(other.profile().unwrap().hourly_rate, Some(Money(9900)));
    let answers = other.assessment(&id).unwrap();
    assert_eq!(
        answers.knockout.values().next().unwrap().answer,
        Answer::NotMet
    );
}

#[test]
fn readme_key_table_is_the_keymap() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let table = tenderdesk::tui::keymap::markdown_table();
    assert!(
        readme.contains(&table),
        "README.md's key table differs from the keymap; paste this:\n{table}"
    );
}

#[test]
fn overlapping_jobs_warn_in_the_overview() {
    let mut a = app();
    keys(&mut a, "P");
    keys(&mut a, "j");
    key(&mut a, KeyCode::Enter);
    keys(&mut a, "40");
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Esc);
    // 28590 (24 h) and 30828 (20 h) to interview, same period: 44 > 40
    keys(&mut a, "i");
    keys(&mut a, "j");
    keys(&mut a, "i");
    key(&mut a, KeyCode::Enter);
    let text = screen_text(&draw(&a, 120, 40, &Theme::color()));
    assert!(text.contains("! 44 hours a week together with"), "{text}");
    keys(&mut a, "u");
    let text = screen_text(&draw(&a, 120, 40, &Theme::color()));
    assert!(!text.contains("hours a week together"), "{text}");
}
