//! Issue 15, "What changed", in the interface over the real store: a
//! posting a re-import changed is marked `Δ!` in the list while its
//! deadline moved earlier; opening it shows the per-field diff and the
//! loudest line on the screen, and marks it seen in the store, so the
//! mark goes from the list and from `list --json` alike.

mod tui_support;

use ratatui::crossterm::event::KeyCode;
use std::path::Path;
use std::process::Command;
use tenderdesk::store::Store;
use tenderdesk::tui::app::App;
use tenderdesk::tui::backend::Backend;
use tenderdesk::tui::theme::Theme;
use tui_support::{draw, key, now, screen_text};

fn list_json(db: &Path) -> serde_json::Value {
    let out = Command::new(env!("CARGO_BIN_EXE_tenderdesk"))
        .arg("--db")
        .arg(db)
        .args(["list", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).unwrap()
}

fn changed_of(db: &Path, id: &str) -> serde_json::Value {
    list_json(db)
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .map(|r| r["changed"].clone())
        .unwrap()
}

fn row(screen: &str, id: &str) -> String {
    screen
        .lines()
        .find(|l| l.contains(&format!(" {id} ")))
        .unwrap_or_else(|| panic!("no {id}:\n{screen}"))
        .to_string()
}

#[test]
fn opening_a_changed_posting_shows_the_diff_and_clears_the_mark_in_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let (_, text) = tenderdesk::tui::samples::SAMPLES
        .iter()
        .find(|(name, _)| name.contains("30828"))
        .unwrap();
    let edited = text
        .replace("maandag 6 juli 2026", "vrijdag 3 juli 2026")
        .replace("20 tot 28 uur", "24 tot 32 uur");
    assert_ne!(*text, edited);
    {
        let mut store = Store::open(&db).unwrap();
        for (_, t) in tenderdesk::tui::samples::SAMPLES {
            Backend::import_text(&mut store, t).unwrap();
        }
        Backend::import_text(&mut store, &edited).unwrap();
    }
    assert_eq!(changed_of(&db, "30828"), "deadline_earlier");
    let mut a = App::new(Box::new(Store::open(&db).unwrap()), now()).unwrap();
    let screen = |a: &App, w, h| screen_text(&draw(a, w, h, &Theme::mono()));
    let list = screen(&a, 120, 40);
    assert!(row(&list, "30828").contains("Δ! Coördinator"), "{list}");
    assert!(!row(&list, "28590").contains('Δ'), "{list}");

    let pos = a
        .state
        .visible
        .iter()
        .position(|&i| a.state.records[i].id == "30828")
        .unwrap();
    a.state.selected = pos;
    key(&mut a, KeyCode::Enter);
    for (w, h) in [(120, 40), (80, 24), (60, 20)] {
        let s = screen(&a, w, h);
        assert!(s.contains("!! DEADLINE MOVED EARLIER"), "{w}x{h}:\n{s}");
    }
    let s = screen(&a, 120, 40);
    assert!(
        s.contains("deadline: 2026-07-06 09:00 → 2026-07-03 09:00"),
        "{s}"
    );
    assert!(s.contains("hours: 20-28 a week → 24-32 a week"), "{s}");
    // the store knows it was seen: the command line no longer marks it
    assert_eq!(changed_of(&db, "30828"), serde_json::Value::Null);
    key(&mut a, KeyCode::Esc);
    let list = screen(&a, 120, 40);
    assert!(!row(&list, "30828").contains('Δ'), "{list}");
}
