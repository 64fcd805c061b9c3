//! Issue 14: the screen after an action equals the store. The interface
//! runs on a real SQLite store; after each action that writes (a stage by
//! key and by the stage menu, an answer, a note, the profile) what is drawn
//! is compared with what the command line reads from the same file
//! (`show --json`, `list --json`, `assess`, `profile --json`), undo, an
//! edit and the archive included.

mod tui_support;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::Path;
use std::process::Command;
use tenderdesk::store::Store;
use tenderdesk::tui::app::App;
use tenderdesk::tui::backend::Backend;
use tenderdesk::tui::theme::Theme;
use tui_support::{draw, key, keys, now, screen_text};

fn td(db: &Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_tenderdesk"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn show(db: &Path, id: &str) -> serde_json::Value {
    serde_json::from_str(&td(db, &["show", "--json", id])).unwrap()
}

fn screen(a: &App) -> String {
    screen_text(&draw(a, 120, 40, &Theme::mono()))
}

fn row<'a>(screen: &'a str, id: &str) -> &'a str {
    screen
        .lines()
        .find(|l| l.contains(&format!(" {id} ")))
        .unwrap_or_else(|| panic!("no {id}:\n{screen}"))
}

fn setup() -> (tempfile::TempDir, std::path::PathBuf, App) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let mut store = Store::open(&db).unwrap();
    for (_, text) in tenderdesk::tui::samples::SAMPLES {
        Backend::import_text(&mut store, text).unwrap();
    }
    let a = App::new(Box::new(store), now()).unwrap();
    (dir, db, a)
}

fn select(a: &mut App, id: &str) {
    let pos = a
        .state
        .visible
        .iter()
        .position(|&i| a.state.records[i].id == id)
        .unwrap();
    a.state.selected = pos;
}

#[test]
fn stages_by_key_and_menu_are_what_the_store_says() {
    let (_d, db, mut a) = setup();
    select(&mut a, "30828");
    keys(&mut a, "i");
    assert_eq!(show(&db, "30828")["record"]["stage"], "interview");
    assert!(row(&screen(&a), "30828").contains("interview"));
    // the stage menu, down to "waiting room"
    keys(&mut a, "s");
    let at = tenderdesk::pipeline::Stage::ALL
        .iter()
        .position(|s| *s == tenderdesk::pipeline::Stage::WaitingRoom)
        .unwrap();
    let now_at = tenderdesk::pipeline::Stage::ALL
        .iter()
        .position(|s| *s == tenderdesk::pipeline::Stage::Interview)
        .unwrap();
    for _ in now_at..at {
        key(&mut a, KeyCode::Down);
    }
    key(&mut a, KeyCode::Enter);
    assert_eq!(show(&db, "30828")["record"]["stage"], "waiting_room");
    assert!(row(&screen(&a), "30828").contains("waiting room"));
    // the detail's header and history (Planning pane) say the same
    key(&mut a, KeyCode::Enter);
    keys(&mut a, "5");
    let s = screen(&a);
    assert!(s.contains("[waiting room]"), "{s}");
    let history = show(&db, "30828")["history"].as_array().unwrap().len();
    let drawn = s.lines().filter(|l| l.contains(" → ")).count();
    assert_eq!(drawn, history, "{s}");
}

#[test]
fn an_answer_is_what_assess_says() {
    let (_d, db, mut a) = setup();
    select(&mut a, "28590");
    key(&mut a, KeyCode::Enter);
    keys(&mut a, "2+");
    let s = screen(&a);
    assert!(s.contains("✓ K1."), "{s}");
    let cli = td(&db, &["assess", "28590"]);
    let k1 = cli.lines().find(|l| l.contains(" 1. ")).unwrap();
    assert!(k1.trim_start().starts_with('✓'), "{cli}");
    // the expected score drawn is the one the CLI prints
    let words = cli
        .lines()
        .find_map(|l| l.strip_prefix("expected score "))
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    assert!(s.contains(&words), "`{words}` not on screen:\n{s}");
}

#[test]
fn a_note_is_what_show_says() {
    let (_d, db, mut a) = setup();
    select(&mut a, "30662");
    keys(&mut a, "n");
    for c in "Ruth bellen".chars() {
        key(&mut a, KeyCode::Char(c));
    }
    a.handle_key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL));
    let notes = show(&db, "30662")["notes"].clone();
    assert_eq!(notes[0]["text"], "Ruth bellen", "{notes}");
    key(&mut a, KeyCode::Enter);
    keys(&mut a, "6");
    assert!(screen(&a).contains("Ruth bellen"));
}

#[test]
fn the_profile_is_what_profile_json_says() {
    let (_d, db, mut a) = setup();
    keys(&mut a, "P");
    key(&mut a, KeyCode::Enter);
    keys(&mut a, "99");
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Esc);
    let p: serde_json::Value = serde_json::from_str(&td(&db, &["profile", "--json"])).unwrap();
    assert_eq!(p["hourly_rate"], 99.0);
    select(&mut a, "30828");
    key(&mut a, KeyCode::Enter);
    let s = screen(&a);
    assert!(s.contains("Your rate             € 99,- per hour"), "{s}");
}

fn listed(db: &Path, args: &[&str]) -> Vec<serde_json::Value> {
    let mut all = vec!["list", "--json"];
    all.extend_from_slice(args);
    serde_json::from_str(&td(db, &all)).unwrap()
}

#[test]
fn undo_an_edit_and_the_archive_are_what_the_store_says() {
    let (_d, db, mut a) = setup();
    select(&mut a, "30662");
    // a stage, then its undo: the row says what show --json says
    keys(&mut a, "a");
    assert_eq!(show(&db, "30662")["record"]["stage"], "applied");
    keys(&mut a, "u");
    assert_eq!(show(&db, "30662")["record"]["stage"], "open");
    let s = screen(&a);
    assert!(!row(&s, "30662").contains("applied"), "{s}");
    // an edit of the hours in the form: marked by hand in show --json and drawn
    key(&mut a, KeyCode::Enter);
    keys(&mut a, "e");
    for _ in 0..5 {
        key(&mut a, KeyCode::Down);
    }
    for _ in 0..8 {
        key(&mut a, KeyCode::Backspace);
    }
    keys(&mut a, "30");
    key(&mut a, KeyCode::Enter);
    let v = show(&db, "30662");
    assert_eq!(v["hand_set"], serde_json::json!(["hours"]), "{v}");
    assert_eq!(v["record"]["posting"]["hours_min"], 30);
    assert!(screen(&a).contains("30 per week  ✎"), "{}", screen(&a));
    // archived from the list: gone from list --json, in list --archived
    key(&mut a, KeyCode::Esc);
    select(&mut a, "30662");
    keys(&mut a, "Dy");
    assert!(listed(&db, &[]).iter().all(|r| r["id"] != "30662"));
    assert_eq!(listed(&db, &["--archived"])[0]["id"], "30662");
    let s = screen(&a);
    assert!(!s.contains(" 30662 "), "{s}");
    assert_eq!(a.state.records.len(), listed(&db, &[]).len());
}
