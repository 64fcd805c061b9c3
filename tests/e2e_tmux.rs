//! End to end: the release binary in a private tmux server. Starts the demo,
//! filters region Noord-Holland and scale 9-11, opens a posting, moves it to
//! applied, quits, and checks the stage with `tenderdesk show`.
//!
//! Skips (and passes) when tmux is not installed or the release binary has
//! not been built (`.ci/run` builds it first).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// The binary to drive: `TENDERDESK_E2E_BIN` when set (`.ci/run` sets it to
/// the release build), else the one cargo built for the tests, so the test
/// never skips for want of a build.
fn binary() -> PathBuf {
    match std::env::var_os("TENDERDESK_E2E_BIN") {
        Some(p) => Path::new(env!("CARGO_MANIFEST_DIR")).join(p),
        None => PathBuf::from(env!("CARGO_BIN_EXE_tenderdesk")),
    }
}

struct Tmux {
    socket: String,
}

impl Tmux {
    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs")
    }

    fn send(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "td"];
        args.extend_from_slice(keys);
        assert!(self.run(&args).status.success());
    }

    fn capture(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", "td"]).stdout).into_owned()
    }

    /// Polls the pane until `pred` holds; panics with the screen after 10 s.
    fn wait_for(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.capture();
            if pred(&screen) {
                return screen;
            }
            if start.elapsed() > Duration::from_secs(10) {
                panic!("timed out waiting for {what}; screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

#[test]
fn demo_filter_open_apply_quit_show() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("e2e_tmux: tmux not on PATH, skipped");
        return;
    }
    let bin = binary();
    assert!(bin.exists(), "{} is not built", bin.display());
    eprintln!("e2e_tmux: driving {}", bin.display());
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("e2e.db");
    let tmux = Tmux {
        socket: format!("td-e2e-{}", std::process::id()),
    };
    let cmd = format!("{} --demo --db {}", bin.display(), db.display());
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
        &format!("HOME={}", dir.path().display()),
        "-e",
        &format!("XDG_DATA_HOME={}", dir.path().display()),
        "-e",
        &format!("XDG_CONFIG_HOME={}", dir.path().display()),
        &cmd,
    ]);
    assert!(
        started.status.success(),
        "{}",
        String::from_utf8_lossy(&started.stderr)
    );
    tmux.wait_for("the list", |s| s.contains("postings · sorted by deadline"));

    // filters: region is the first field; cycle until Noord-Holland
    tmux.send(&["f"]);
    tmux.wait_for("the filter popup", |s| s.contains("Filters"));
    let mut tries = 0;
    while !tmux.capture().contains("◀ Noord-Holland ▶") {
        tmux.send(&["l"]);
        std::thread::sleep(Duration::from_millis(30));
        tries += 1;
        assert!(
            tries < 20,
            "no Noord-Holland in the region filter:\n{}",
            tmux.capture()
        );
    }
    tmux.send(&["j"]);
    for _ in 0..9 {
        tmux.send(&["l"]);
    }
    tmux.send(&["j"]);
    // "to" steps from "from" upwards (a range never runs backwards): 9, 10, 11
    for _ in 0..3 {
        tmux.send(&["l"]);
    }
    tmux.send(&["Enter"]);
    // (the filter line follows the popup's fields while it is open: wait
    // for the popup to close too, or a slow machine sees it still open)
    tmux.wait_for("the filter line, popup closed", |s| {
        s.contains("region:Noord-Holland · scale:9-11") && !s.contains("Filters")
    });

    // open the first posting, mark it applied, read its id from the header
    tmux.send(&["Enter"]);
    let screen = tmux.wait_for("the detail", |s| s.contains("1 Overview"));
    let id = screen
        .lines()
        .find(|l| l.contains("[open]") || l.contains("[open · expired]"))
        .and_then(|l| l.split_whitespace().next())
        .unwrap_or_else(|| panic!("no id in the detail header:\n{screen}"))
        .to_string();
    tmux.send(&["a"]);
    tmux.wait_for("the stage change", |s| s.contains("[applied]"));
    tmux.send(&["q"]);
    let start = Instant::now();
    while tmux.run(&["has-session", "-t", "td"]).status.success() {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "did not quit:\n{}",
            tmux.capture()
        );
        std::thread::sleep(Duration::from_millis(50));
    }

    let show = Command::new(&bin)
        .args(["--db"])
        .arg(&db)
        .args(["show", &id])
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&show.stdout);
    assert!(
        show.status.success(),
        "show failed: {}",
        String::from_utf8_lossy(&show.stderr)
    );
    assert!(out.contains("applied"), "stage not applied:\n{out}");
}
