//! Issue 14, item 0: the interface ends when its terminal goes away, and
//! SIGTERM/SIGHUP end it within a second whatever state its loop is in.
//!
//! - `tmux kill-session` hangs up the pane's terminal: the process must be
//!   gone within two seconds and must not spin meanwhile (its CPU time, read
//!   from `/proc/PID/stat`, stays under a third of a second).
//! - SIGTERM and SIGHUP with the loop running: gone within a second, exit
//!   code 128 + signal, the normal screen back.
//! - SIGTERM and SIGHUP with the loop stalled (`TENDERDESK_TEST_STALL`,
//!   debug builds only): the watchdog restores the terminal and exits.
//!
//! The first two drive `TENDERDESK_E2E_BIN` when set (the release build),
//! else the binary cargo built. Skips (and passes) without tmux or /proc.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

fn binary() -> PathBuf {
    match std::env::var_os("TENDERDESK_E2E_BIN") {
        Some(p) => Path::new(env!("CARGO_MANIFEST_DIR")).join(p),
        None => PathBuf::from(env!("CARGO_BIN_EXE_tenderdesk")),
    }
}

fn usable() -> bool {
    let ok =
        Command::new("tmux").arg("-V").output().is_ok() && Path::new("/proc/self/stat").exists();
    if !ok {
        eprintln!("hangup: tmux or /proc missing, skipped");
    }
    ok
}

struct Tmux {
    socket: String,
    dir: tempfile::TempDir,
}

impl Tmux {
    /// A private tmux server with an interactive `sh` pane (so the pane
    /// outlives the interface and the exit code can be read).
    fn start(name: &str) -> Tmux {
        let tmux = Tmux {
            socket: format!("td-hangup-{}-{name}", std::process::id()),
            dir: tempfile::tempdir().unwrap(),
        };
        let d = tmux.dir.path().display().to_string();
        let out = tmux.run(&[
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
            &format!("HOME={d}"),
            "-e",
            &format!("XDG_DATA_HOME={d}"),
            "/bin/sh",
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        tmux
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs")
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn capture(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", "td"]).stdout).into_owned()
    }

    /// Starts `bin` in the pane with `env`; returns its pid once it draws.
    fn launch(&self, bin: &Path, env: &str) -> u32 {
        let pid = self.path("pid");
        let line = format!(
            "sh -c 'echo $$ > {pid}; exec env {env} {bin} --db {db}'; echo $? > {code}",
            pid = pid.display(),
            bin = bin.display(),
            db = self.path("t.db").display(),
            code = self.path("code").display(),
        );
        assert!(
            self.run(&["send-keys", "-t", "td", &line, "Enter"])
                .status
                .success()
        );
        wait_for("the interface", Duration::from_secs(15), || {
            self.capture().contains("postings")
        });
        let text = std::fs::read_to_string(&pid).unwrap();
        text.trim().parse().unwrap()
    }

    fn exit_code(&self) -> String {
        let code = self.path("code");
        wait_for("the exit code", Duration::from_secs(5), || {
            std::fs::read_to_string(&code).is_ok_and(|s| s.ends_with('\n'))
        });
        std::fs::read_to_string(&code).unwrap().trim().to_string()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

fn wait_for(what: &str, limit: Duration, mut pred: impl FnMut() -> bool) {
    let start = Instant::now();
    while !pred() {
        assert!(start.elapsed() < limit, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// utime + stime in clock ticks, or None once the process is gone (a
/// zombie counts as gone: it runs no more).
fn cpu_ticks(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // the fields after the command name, which is in parentheses
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    if fields.first() == Some(&"Z") {
        return None;
    }
    // state is field 3 of the whole line; utime and stime are 14 and 15
    Some(fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?)
}

/// Waits until the process is gone; returns how long it took and the CPU
/// ticks it used from `before` until its last reading.
fn watch_end(pid: u32, limit: Duration) -> (Duration, u64) {
    let start = Instant::now();
    let before = cpu_ticks(pid).unwrap_or(0);
    let mut last = before;
    loop {
        match cpu_ticks(pid) {
            Some(t) => last = t,
            None => return (start.elapsed(), last.saturating_sub(before)),
        }
        assert!(
            start.elapsed() < limit,
            "pid {pid} still running after {limit:?}, {} CPU ticks used",
            last - before
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn closing_the_terminal_ends_the_process_without_spinning() {
    if !usable() {
        return;
    }
    let tmux = Tmux::start("kill");
    let pid = tmux.launch(&binary(), "");
    let ticks_before = cpu_ticks(pid).expect("running");
    let _ = tmux.run(&["kill-session", "-t", "td"]);
    let (took, used) = watch_end(pid, Duration::from_secs(2));
    eprintln!("hangup: gone after {took:?}, {used} CPU ticks (had {ticks_before} before)");
    // 100 ticks a second on Linux: a spinning loop would use ~1 per 10 ms
    assert!(used < 33, "used {used} CPU ticks while ending");
}

fn signal(pid: u32, sig: &str) {
    let ok = Command::new("kill")
        .args([sig, &pid.to_string()])
        .status()
        .unwrap();
    assert!(ok.success());
}

fn signal_ends_it(sig: &str, code: &str, bin: &Path, env: &str) {
    let tmux = Tmux::start(&format!("{}{}", &sig[1..], env.len()));
    let pid = tmux.launch(bin, env);
    signal(pid, sig);
    let (took, _) = watch_end(pid, Duration::from_secs(1));
    eprintln!("hangup: {sig} {env}: gone after {took:?}");
    assert_eq!(tmux.exit_code(), code, "{sig} {env}");
    let alt = tmux.run(&[
        "display-message",
        "-p",
        "-t",
        "td",
        "#{alternate_on} #{mouse_any_flag}",
    ]);
    assert_eq!(
        String::from_utf8_lossy(&alt.stdout).trim(),
        "0 0",
        "{sig} {env}: not restored"
    );
}

#[test]
fn sigterm_and_sighup_end_a_running_loop_within_a_second() {
    if !usable() {
        return;
    }
    signal_ends_it("-TERM", "143", &binary(), "");
    signal_ends_it("-HUP", "129", &binary(), "");
}

#[test]
fn sigterm_and_sighup_end_a_stalled_loop_within_a_second() {
    if !usable() || !cfg!(debug_assertions) {
        return;
    }
    let debug = PathBuf::from(env!("CARGO_BIN_EXE_tenderdesk"));
    signal_ends_it("-TERM", "143", &debug, "TENDERDESK_TEST_STALL=1");
    signal_ends_it("-HUP", "129", &debug, "TENDERDESK_TEST_STALL=1");
}
