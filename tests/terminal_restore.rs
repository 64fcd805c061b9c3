//! Issue 9, item 12: the interface in a private tmux server, ended by a
//! forced panic, SIGTERM, SIGHUP and SIGINT. Afterwards the pane's terminal
//! is sane: `stty` shows icanon and echo, the cursor is visible, the normal
//! screen is back, mouse reporting is off (a click prints nothing) and a
//! paste arrives without bracketed-paste markers.
//!
//! Skips (and passes) when tmux is not installed. The forced panic needs the
//! debug build (`TENDERDESK_TEST_PANIC` is compiled in debug builds only).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

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

    fn show(&self, format: &str) -> String {
        let out = self.run(&["display-message", "-p", "-t", "td", format]);
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    fn capture(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", "td"]).stdout).into_owned()
    }

    /// Polls until `pred` holds; panics with the screen after 15 s.
    fn wait_for(&self, what: &str, pred: impl Fn(&Tmux) -> bool) {
        let start = Instant::now();
        while !pred(self) {
            assert!(
                start.elapsed() < Duration::from_secs(15),
                "timed out waiting for {what}; screen:\n{}",
                self.capture()
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

fn alive(pid: &str) -> bool {
    Command::new("kill")
        .args(["-0", pid])
        .output()
        .is_ok_and(|o| o.status.success())
}

fn file_ready(p: &Path) -> bool {
    std::fs::read_to_string(p).is_ok_and(|s| s.ends_with('\n'))
}

/// Starts the demo in a `sh` pane, ends it by `how`, and checks the terminal.
fn end_and_check(how: &str) {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_tenderdesk"));
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let tmux = Tmux {
        socket: format!("td-restore-{}-{how}", std::process::id()),
    };
    // dash, not bash: readline would re-set the terminal modes itself and
    // hide what the interface left behind
    let started = tmux.run(&[
        "new-session",
        "-d",
        "-s",
        "td",
        "-x",
        "100",
        "-y",
        "30",
        "-e",
        "PS1=$ ",
        "-e",
        &format!("HOME={}", d.display()),
        "-e",
        &format!("XDG_DATA_HOME={}", d.display()),
        "/bin/sh",
    ]);
    assert!(
        started.status.success(),
        "{}",
        String::from_utf8_lossy(&started.stderr)
    );
    let pid_file = d.join("pid");
    let panic = if how == "panic" {
        "TENDERDESK_TEST_PANIC=1 "
    } else {
        ""
    };
    tmux.send(&[
        &format!(
            "sh -c 'echo $$ > {}; {panic}exec {} --demo --db {}' 2> {}",
            pid_file.display(),
            bin.display(),
            d.join("demo.db").display(),
            d.join("stderr").display()
        ),
        "Enter",
    ]);
    tmux.wait_for("the pid", |_| file_ready(&pid_file));
    let pid = std::fs::read_to_string(&pid_file)
        .unwrap()
        .trim()
        .to_string();
    if how != "panic" {
        tmux.wait_for("the interface", |t| {
            t.show("#{alternate_on}") == "1" && t.capture().contains("postings")
        });
        // mouse capture and bracketed paste are on while it runs
        assert_eq!(tmux.show("#{mouse_any_flag}"), "1", "{how}");
        let sig = match how {
            "SIGTERM" => "-TERM",
            "SIGHUP" => "-HUP",
            "SIGINT" => "-INT",
            other => panic!("{other}"),
        };
        assert!(
            Command::new("kill")
                .args([sig, &pid])
                .status()
                .unwrap()
                .success()
        );
    }
    tmux.wait_for("the process to end", |_| !alive(&pid));
    tmux.wait_for("the normal screen", |t| t.show("#{alternate_on}") == "0");

    let flags = tmux.show(
        "#{cursor_flag} #{mouse_any_flag} #{mouse_standard_flag} #{mouse_button_flag} #{mouse_sgr_flag} #{alternate_on}",
    );
    assert_eq!(
        flags, "1 0 0 0 0 0",
        "{how}: cursor, mouse, alternate screen not restored"
    );

    let stty = d.join("stty");
    tmux.send(&[&format!("stty -a > {}", stty.display()), "Enter"]);
    tmux.wait_for("stty", |_| file_ready(&stty));
    let modes = std::fs::read_to_string(&stty).unwrap();
    let words: Vec<&str> = modes.split_whitespace().collect();
    for mode in ["icanon", "echo", "isig", "icrnl", "opost"] {
        assert!(words.contains(&mode), "{how}: stty lacks {mode}:\n{modes}");
    }

    // a paste arrives as plain text (no ESC [200~ markers)
    let pasted = d.join("pasted");
    tmux.send(&[&format!("cat -v > {}", pasted.display()), "Enter"]);
    std::thread::sleep(Duration::from_millis(200));
    assert!(
        tmux.run(&["set-buffer", "-b", "p", "plakken"])
            .status
            .success()
    );
    assert!(
        tmux.run(&["paste-buffer", "-p", "-b", "p", "-t", "td"])
            .status
            .success()
    );
    tmux.send(&["Enter"]);
    tmux.send(&["C-d"]);
    tmux.wait_for("the paste", |_| file_ready(&pasted));
    assert_eq!(
        std::fs::read_to_string(&pasted).unwrap(),
        "plakken\n",
        "{how}"
    );

    let stderr = std::fs::read_to_string(d.join("stderr")).unwrap_or_default();
    if how == "panic" {
        assert!(stderr.contains("forced panic"), "{stderr}");
    }
}

fn have_tmux() -> bool {
    let ok = Command::new("tmux").arg("-V").output().is_ok();
    if !ok {
        eprintln!("terminal_restore: tmux not on PATH, skipped");
    }
    ok
}

#[test]
fn terminal_is_restored_after_a_panic() {
    if have_tmux() {
        end_and_check("panic");
    }
}

#[test]
fn terminal_is_restored_after_sigterm() {
    if have_tmux() {
        end_and_check("SIGTERM");
    }
}

#[test]
fn terminal_is_restored_after_sighup() {
    if have_tmux() {
        end_and_check("SIGHUP");
    }
}

#[test]
fn terminal_is_restored_after_sigint() {
    if have_tmux() {
        end_and_check("SIGINT");
    }
}
