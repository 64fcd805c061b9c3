//! Issue 14, item 2: the open interface shows what another process wrote.
//! The interface runs on a temporary SQLite store (the real one); the CLI
//! binary changes a stage and adds a note meanwhile; within a second of ticks
//! the screen shows them, the selection and the open pane unchanged.

mod tui_support;

use std::process::Command;
use std::time::{Duration, Instant};
use tenderdesk::store::Store;
use tenderdesk::tui::action::Pane;
use tenderdesk::tui::app::App;
use tenderdesk::tui::backend::Backend;
use tenderdesk::tui::theme::Theme;
use tui_support::{draw, keys, now, screen_text};

fn cli(db: &std::path::Path, args: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_tenderdesk"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Ticks the loop as the terminal would, until `pred` holds; panics after
/// a second and a half.
fn tick_until(a: &mut App, what: &str, pred: impl Fn(&App) -> bool) -> Duration {
    let start = Instant::now();
    while !pred(a) {
        assert!(
            start.elapsed() < Duration::from_millis(1500),
            "not shown within 1.5 s: {what}\n{}",
            screen_text(&draw(a, 120, 40, &Theme::mono()))
        );
        a.tick();
        std::thread::sleep(Duration::from_millis(20));
    }
    start.elapsed()
}

fn stage_json(db: &std::path::Path, id: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_tenderdesk"))
        .arg("--db")
        .arg(db)
        .args(["show", "--json", id])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["record"]["stage"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn a_stage_set_from_the_cli_shows_in_the_open_interface() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let mut store = Store::open(&db).unwrap();
    for g in tenderdesk::corpus::corpus(3, 8, now().date_naive()) {
        Backend::import_text(&mut store, &g.text).unwrap();
    }
    let mut a = App::new(Box::new(store), now()).unwrap();
    keys(&mut a, "jj");
    let id = a.state.selected_id().unwrap();
    let row = a.state.selected;
    assert_eq!(stage_json(&db, &id), "open");

    // in the list
    cli(&db, &["stage", &id, "interview"]);
    let took = tick_until(&mut a, "interview in the list", |a| {
        let screen = screen_text(&draw(a, 120, 40, &Theme::mono()));
        screen
            .lines()
            .any(|l| l.contains("interview") && l.contains('▶'))
    });
    eprintln!("shown after {took:?}");
    assert_eq!(a.state.selected_id().as_deref(), Some(id.as_str()));
    assert_eq!(a.state.selected, row, "the selection stays on its row");
    assert_eq!(stage_json(&db, &id), "interview");

    // in the open detail, on its pane
    a.update(tenderdesk::tui::action::Action::Open);
    a.update(tenderdesk::tui::action::Action::Pane(Pane::Notes));
    cli(&db, &["note", &id, "gebeld door de gemeente"]);
    cli(&db, &["stage", &id, "awarded"]);
    tick_until(&mut a, "the note and the award in the detail", |a| {
        let screen = screen_text(&draw(a, 120, 40, &Theme::mono()));
        screen.contains("gebeld door de gemeente") && screen.contains("awarded")
    });
    let d = a.state.detail.as_ref().unwrap();
    assert_eq!(d.detail.record.id, id);
    assert_eq!(d.pane, Pane::Notes);
    assert_eq!(stage_json(&db, &id), "awarded");
}

#[test]
fn own_writes_do_not_trigger_a_reload() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let mut store = Store::open(&db).unwrap();
    for g in tenderdesk::corpus::corpus(3, 3, now().date_naive()) {
        Backend::import_text(&mut store, &g.text).unwrap();
    }
    let mut a = App::new(Box::new(store), now()).unwrap();
    a.update(tenderdesk::tui::action::Action::SetStage(
        tenderdesk::pipeline::Stage::Applied,
    ));
    std::thread::sleep(tenderdesk::tui::app::CHECK_EVERY);
    assert!(!a.notice_external_writes(), "its own write is not news");
    std::thread::sleep(tenderdesk::tui::app::CHECK_EVERY);
    let id = a.state.selected_id().unwrap();
    cli(&db, &["stage", &id, "rejected"]);
    assert!(a.notice_external_writes(), "another process's write is");
}

#[test]
fn r_reads_everything_again_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let mut store = Store::open(&db).unwrap();
    for g in tenderdesk::corpus::corpus(3, 3, now().date_naive()) {
        Backend::import_text(&mut store, &g.text).unwrap();
    }
    let mut a = App::new(Box::new(store), now()).unwrap();
    let id = a.state.selected_id().unwrap();
    cli(&db, &["stage", &id, "applied"]);
    keys(&mut a, "R");
    let r = a.state.records.iter().find(|r| r.id == id).unwrap();
    assert_eq!(r.stage, tenderdesk::pipeline::Stage::Applied);
    assert_eq!(a.state.selected_id(), Some(id));
}

#[test]
fn a_large_list_is_read_again_on_the_loading_thread() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let mut store = Store::open(&db).unwrap();
    for g in tenderdesk::corpus::corpus(5, 30, now().date_naive()) {
        Backend::import_text(&mut store, &g.text).unwrap();
    }
    // "large" above 10 postings here (500 in the product)
    let mut a = App::with_first_screen(Box::new(store), now(), 10).unwrap();
    a.wait_loaded();
    keys(&mut a, "jjj");
    let id = a.state.selected_id().unwrap();
    cli(&db, &["stage", &id, "interview"]);
    std::thread::sleep(tenderdesk::tui::app::CHECK_EVERY);
    assert!(a.notice_external_writes());
    assert!(a.is_loading(), "the list is read on the loading thread");
    a.wait_loaded();
    let r = a.state.records.iter().find(|r| r.id == id).unwrap();
    assert_eq!(r.stage, tenderdesk::pipeline::Stage::Interview);
    assert_eq!(a.state.selected_id(), Some(id));
}
