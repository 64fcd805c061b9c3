//! Shared by the end-to-end tests that drive the binary in tmux: which
//! binary (`TENDERDESK_E2E_BIN` when set, else the one cargo built) and a
//! tmux server of the test's own (`-L NAME`), killed when dropped.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// The binary under test.
pub fn binary() -> PathBuf {
    match std::env::var_os("TENDERDESK_E2E_BIN") {
        Some(p) => Path::new(env!("CARGO_MANIFEST_DIR")).join(p),
        None => PathBuf::from(env!("CARGO_BIN_EXE_tenderdesk")),
    }
}

/// Whether tmux can be run here; the tests skip (and pass) without it.
pub fn available(test: &str) -> bool {
    let ok = Command::new("tmux").arg("-V").output().is_ok();
    if !ok {
        eprintln!("{test}: tmux not on PATH, skipped");
    }
    ok
}

/// A tmux server of its own, with one session named `td`.
pub struct Tmux(pub String);

impl Tmux {
    pub fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.0)
            .args(args)
            .output()
            .expect("tmux runs")
    }

    /// The `td` session's screen.
    pub fn capture(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", "td"]).stdout).into_owned()
    }

    /// The screen once `pred` holds; fails after 10 s naming `what`.
    pub fn wait_for(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.capture();
            if pred(&screen) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "timed out waiting for {what}; screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}
