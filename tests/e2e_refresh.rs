//! Issue 14, item 2, end to end: the release binary open in tmux on a
//! database; `tenderdesk stage` from another process; within a second or
//! two the open list shows the new stage, on the same row, and equals
//! `list --json`.
//!
//! Drives `TENDERDESK_E2E_BIN` when set, else the binary cargo built; skips
//! (and passes) without tmux.

mod tmux_support;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};
use tmux_support::{Tmux, binary};

fn td(db: &Path, args: &[&str]) -> String {
    let out = Command::new(binary())
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

fn row_of<'a>(screen: &'a str, id: &str) -> Option<(usize, &'a str)> {
    screen
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains(&format!(" {id} ")))
}

#[test]
fn a_stage_set_from_the_cli_shows_in_the_open_interface() {
    if !tmux_support::available("e2e_refresh") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/postings");
    td(&db, &["import", samples.to_str().unwrap()]);
    let tmux = Tmux(format!("td-refresh-{}", std::process::id()));
    let cmd = format!("{} --db {}", binary().display(), db.display());
    let d = dir.path().display().to_string();
    let started = tmux.run(&[
        "new-session",
        "-d",
        "-s",
        "td",
        "-x",
        "120",
        "-y",
        "40",
        "-e",
        &format!("HOME={d}"),
        "-e",
        &format!("XDG_DATA_HOME={d}"),
        &cmd,
    ]);
    assert!(started.status.success());
    let start = Instant::now();
    let before = loop {
        let s = tmux.capture();
        if s.contains("postings · sorted by") {
            break s;
        }
        assert!(start.elapsed() < Duration::from_secs(10), "no list:\n{s}");
        std::thread::sleep(Duration::from_millis(50));
    };
    let (row, line) = row_of(&before, "30828").expect("30828 listed");
    assert!(
        line.contains('▶'),
        "30828 is not the selected row:\n{before}"
    );
    td(&db, &["stage", "30828", "interview"]);
    let changed = Instant::now();
    let after = loop {
        let s = tmux.capture();
        if row_of(&s, "30828").is_some_and(|(_, l)| l.contains("interview")) {
            break s;
        }
        assert!(
            changed.elapsed() < Duration::from_secs(2),
            "not shown within 2 s:\n{s}"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    eprintln!("e2e_refresh: shown after {:?}", changed.elapsed());
    let (row_after, line_after) = row_of(&after, "30828").unwrap();
    assert_eq!(row_after, row, "the row moved");
    assert!(line_after.contains('▶'), "the selection moved:\n{after}");
    let json: serde_json::Value = serde_json::from_str(&td(&db, &["list", "--json"])).unwrap();
    let stage = json
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "30828")
        .map(|r| r["stage"].as_str().unwrap().to_string());
    assert_eq!(stage.as_deref(), Some("interview"));
}
