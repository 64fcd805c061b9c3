//! End to end on a terminal (a private tmux server): `tenderdesk edit ID`
//! and `add` without flags fill in the form in `$EDITOR` (here a script that
//! edits the file the way a person would), a bad value in the form is one
//! line and stores nothing, and `delete --purge` asks before it removes.
//!
//! Skips (and passes) when tmux is not installed.

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

const SAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/postings");

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

    /// Runs a shell command line in a new window on a terminal; the pane
    /// stays open after it ends and shows `EXIT=<code>`.
    fn start(&self, name: &str, line: &str) {
        let cmd = format!("{line}; echo EXIT=$?; sleep 60");
        let out = self.run(&[
            "new-session",
            "-d",
            "-s",
            name,
            "-x",
            "120",
            "-y",
            "30",
            "sh",
            "-c",
            &cmd,
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    fn capture(&self, name: &str) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", name]).stdout).into_owned()
    }

    /// Polls the pane until it shows `what`; panics with the screen after 10 s.
    fn wait_for(&self, name: &str, what: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.capture(name);
            if screen.contains(what) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "timed out waiting for {what:?}; screen:\n{screen}"
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

/// A shell script standing in for an editor: runs `sed` on the file.
fn editor(dir: &Path, name: &str, sed: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, format!("#!/bin/sh\nsed -i '{sed}' \"$1\"\n")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    path.display().to_string()
}

fn show(db: &Path, id: &str) -> serde_json::Value {
    let out = Command::new(env!("CARGO_BIN_EXE_tenderdesk"))
        .arg("--db")
        .arg(db)
        .args(["show", id, "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn editor_forms_and_the_purge_question_on_a_terminal() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("e2e_hand_tmux: tmux not on PATH, skipped");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("hand.db");
    let bin = env!("CARGO_BIN_EXE_tenderdesk");
    let imported = Command::new(bin)
        .arg("--db")
        .arg(&db)
        .args(["import", SAMPLES])
        .output()
        .unwrap();
    assert!(imported.status.success());
    let tmux = Tmux {
        socket: format!("td-hand-{}", std::process::id()),
    };
    let td = |editor: &str, args: &str| {
        format!(
            "VISUAL= EDITOR={editor} TENDERDESK_DB={} {bin} {args}",
            db.display()
        )
    };

    // edit ID alone: the form of every field; the changed line is set by hand
    let hours = editor(dir.path(), "hours.sh", "s/^hours:.*/hours: 32/");
    tmux.start("edit", &td(&hours, "edit 30828"));
    let screen = tmux.wait_for("edit", "EXIT=");
    assert!(
        screen.contains("30828: hours changed, set by hand"),
        "{screen}"
    );
    assert!(screen.contains("EXIT=0"), "{screen}");
    let d = show(&db, "30828");
    assert_eq!(d["hand_set"], serde_json::json!(["hours"]));
    assert_eq!(d["record"]["posting"]["hours_min"], 32);

    // a bad value in the form: one line, nothing stored
    let bad = editor(
        dir.path(),
        "bad.sh",
        "s/^deadline:.*/deadline: 31-02-2027 12:00/",
    );
    tmux.start("bad", &td(&bad, "edit 30828"));
    let screen = tmux.wait_for("bad", "EXIT=");
    assert!(
        screen.contains("tenderdesk: deadline: no 31 February; expected YYYY-MM-DD HH:MM"),
        "{screen}"
    );
    assert!(screen.contains("EXIT=1"), "{screen}");
    assert_eq!(show(&db, "30828")["hand_set"], serde_json::json!(["hours"]));

    // add alone: an empty form; the new id is printed
    let fill = editor(
        dir.path(),
        "fill.sh",
        "s/^title:.*/title: Adviseur Wonen/; s/^organisation:.*/organisation: Zeist/",
    );
    tmux.start("add", &td(&fill, "add"));
    let screen = tmux.wait_for("add", "EXIT=");
    assert!(screen.contains("p6\n"), "{screen}");
    let d = show(&db, "p6");
    assert_eq!(d["hand_set"], serde_json::json!(["title", "organisation"]));

    // purge asks; "yes" removes it
    tmux.start("purge", &td("true", "delete p6 --purge"));
    tmux.wait_for("purge", "Type yes to confirm");
    assert!(
        tmux.run(&["send-keys", "-t", "purge", "yes", "Enter"])
            .status
            .success()
    );
    let screen = tmux.wait_for("purge", "EXIT=");
    assert!(screen.contains("p6 removed for good"), "{screen}");
}
