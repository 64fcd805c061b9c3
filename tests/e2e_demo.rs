//! Issue 14, item 6: `--demo` in tmux. It says DEMO, its pipeline is alive
//! (deadlines with days left, applied, interview, awarded; nothing old
//! reads "expired"), it never touches the database TENDERDESK_DB names, and
//! it refuses to write into an existing file given with --db.
//!
//! Drives `TENDERDESK_E2E_BIN` when set, else the binary cargo built; skips
//! (and passes) without tmux.

mod tmux_support;

use std::process::Command;
use std::time::{Duration, Instant};
use tmux_support::{Tmux, binary};

#[test]
fn the_demo_is_alive_and_leaves_the_users_database_alone() {
    if !tmux_support::available("e2e_demo") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.db");
    let tmux = Tmux(format!("td-demo-{}", std::process::id()));
    let d = dir.path().display().to_string();
    let cmd = format!("{} --demo", binary().display());
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
        &format!("TENDERDESK_DB={}", real.display()),
        "-e",
        &format!("HOME={d}"),
        "-e",
        &format!("XDG_DATA_HOME={d}"),
        "-e",
        &format!("TMPDIR={d}"),
        &cmd,
    ]);
    assert!(
        started.status.success(),
        "{}",
        String::from_utf8_lossy(&started.stderr)
    );
    let screen = tmux.wait_for("the demo", |s| s.contains("postings · sorted by"));
    assert!(screen.contains("DEMO"), "{screen}");
    // the demo profile (ZZP, € 95) makes both verdicts show
    assert!(
        screen.contains("⊘ KO") && screen.contains("⊘ DBA"),
        "{screen}"
    );
    for stage in ["applied", "interview", "awarded", "open"] {
        assert!(
            screen
                .lines()
                .any(|l| l.split([' ', '│']).any(|w| w == stage)),
            "no {stage}:\n{screen}"
        );
    }
    assert!(!screen.contains("expired"), "{screen}");
    // deadlines with days left: "10d", "2d"
    let open_rows: Vec<&str> = screen
        .lines()
        .filter(|l| l.starts_with('│') && l.contains(" open "))
        .collect();
    assert_eq!(open_rows.len(), 2, "{screen}");
    assert!(open_rows.iter().all(|l| l.contains("d ")), "{screen}");
    // the agenda has coming dates
    tmux.run(&["send-keys", "-t", "td", "A"]);
    let agenda = tmux.wait_for("the agenda", |s| s.contains("coming dates"));
    assert!(!agenda.contains("· 0 coming dates"), "{agenda}");
    // y copies the selected posting's id through OSC 52 (tmux takes it as
    // a buffer with set-clipboard on)
    tmux.run(&["set-option", "-g", "set-clipboard", "on"]);
    tmux.run(&["send-keys", "-t", "td", "A"]);
    tmux.wait_for("the list again", |s| s.contains("postings · sorted by"));
    tmux.run(&["send-keys", "-t", "td", "y"]);
    let start = Instant::now();
    loop {
        let buf = tmux.run(&["show-buffer"]);
        if String::from_utf8_lossy(&buf.stdout).trim() == "30662" {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "no 30662 on the clipboard: {:?}\n{}",
            String::from_utf8_lossy(&buf.stdout),
            tmux.capture()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    tmux.run(&["send-keys", "-t", "td", "q"]);
    let start = Instant::now();
    while tmux.run(&["has-session", "-t", "td"]).status.success() {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "the demo did not quit"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(!real.exists(), "the demo created or filled TENDERDESK_DB");
}

#[test]
fn the_demo_refuses_an_existing_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("mine.db");
    std::fs::write(&db, b"").unwrap();
    let out = Command::new(binary())
        .args(["--demo", "--db"])
        .arg(&db)
        .env_remove("TENDERDESK_DB")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("new database only"), "{err}");
    assert_eq!(std::fs::read(&db).unwrap(), b"");
}

#[test]
fn closing_the_terminal_removes_the_demo_database() {
    if Command::new("tmux").arg("-V").output().is_err() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().display().to_string();
    let tmux = Tmux(format!("td-demo-kill-{}", std::process::id()));
    let cmd = format!("{} --demo", binary().display());
    let started = tmux.run(&[
        "new-session",
        "-d",
        "-s",
        "td",
        "-x",
        "80",
        "-y",
        "24",
        "-e",
        &format!("TMPDIR={d}"),
        "-e",
        &format!("HOME={d}"),
        &cmd,
    ]);
    assert!(started.status.success());
    tmux.wait_for("the demo", |s| s.contains("DEMO"));
    let demo_dirs = || {
        std::fs::read_dir(dir.path())
            .unwrap()
            .filter(|e| {
                e.as_ref().is_ok_and(|e| {
                    e.file_name()
                        .to_string_lossy()
                        .starts_with("tenderdesk-demo-")
                })
            })
            .count()
    };
    assert_eq!(demo_dirs(), 1);
    tmux.run(&["kill-session", "-t", "td"]);
    let start = Instant::now();
    while demo_dirs() > 0 {
        assert!(
            start.elapsed() < Duration::from_secs(2),
            "the demo database stayed: {:?}",
            std::fs::read_dir(dir.path())
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect::<Vec<_>>()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}
