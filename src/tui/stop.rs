//! Ending the interface from outside: SIGTERM, SIGHUP, SIGINT, SIGQUIT and
//! a hung-up terminal.
//!
//! The loop checks [`Stop::exit_code`] on every turn and ends like `q` does,
//! restoring the terminal. That is not always enough: crossterm 0.29's unix
//! event source re-reads a terminal that returns EOF or EIO without ever
//! returning (crossterm issue #793), so after a hangup the loop never gets
//! its turn and spins on a core. Two threads guard against that:
//!
//! - a signal thread (signal-hook's iterator) records the first signal;
//! - a tty thread `poll`s the terminal for `POLLHUP`/`POLLERR` without
//!   reading it (no input is taken from crossterm), and records a hangup.
//!
//! Either then starts a watchdog: when the loop has not answered
//! ([`Stop::answered`]) within [`GRACE`] (or [`HANGUP_GRACE`] after a hangup,
//! when there is no terminal left to restore and the loop cannot be
//! reached), it restores what it can, for at most [`RESTORE_LIMIT`], and
//! exits the process itself. A second signal exits at once. Every change was written when it was made, so
//! nothing is lost by exiting.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::time::Duration;

/// How long the loop has to answer a signal before the process exits.
pub const GRACE: Duration = Duration::from_millis(500);
/// How long after a terminal hangup: the loop is stuck reading it.
pub const HANGUP_GRACE: Duration = Duration::from_millis(100);
/// The exit code after a hangup (as for SIGHUP: 128 + 1).
pub const HANGUP_CODE: i32 = 129;

#[derive(Default)]
struct Shared {
    /// 0 while running, else the exit code asked for.
    code: AtomicI32,
    /// The loop has seen the request and is ending on its own.
    answered: AtomicBool,
}

/// The stop request shared by the loop and the watcher threads.
#[derive(Clone, Default)]
pub struct Stop {
    shared: Arc<Shared>,
}

impl Stop {
    /// Starts the signal and tty watchers. `restore` is what the watchdog
    /// runs before exiting when the loop does not answer (it also removes
    /// what [`remove_at_exit`] named).
    pub fn watch(restore: fn()) -> std::io::Result<Stop> {
        let stop = Stop::default();
        #[cfg(unix)]
        {
            unix::spawn_signals(stop.clone(), restore)?;
            // macOS's poll does not take terminals; SIGHUP still comes
            #[cfg(not(target_os = "macos"))]
            unix::spawn_tty_watch(stop.clone(), restore);
        }
        #[cfg(not(unix))]
        let _ = restore;
        Ok(stop)
    }

    /// `128 + signal` once a signal has arrived, [`HANGUP_CODE`] after a
    /// hangup.
    pub fn exit_code(&self) -> Option<i32> {
        match self.shared.code.load(Ordering::SeqCst) {
            0 => None,
            c => Some(c),
        }
    }

    /// The loop calls this once the terminal is restored after a request:
    /// the watchdog then leaves the exit to it.
    pub fn answered(&self) {
        self.shared.answered.store(true, Ordering::SeqCst);
    }

    /// Records a request; true when it is the first one.
    fn request(&self, code: i32) -> bool {
        self.shared
            .code
            .compare_exchange(0, code, Ordering::SeqCst, Ordering::SeqCst)
            .is_ok()
    }

    /// Waits `grace` for the loop, then restores and exits if it has not
    /// answered.
    fn watchdog(&self, grace: Duration, restore: fn()) {
        let stop = self.clone();
        let _ = std::thread::Builder::new()
            .name("stop-watchdog".into())
            .spawn(move || {
                std::thread::sleep(grace);
                if !stop.shared.answered.load(Ordering::SeqCst) {
                    restore_and_exit(restore, stop.exit_code().unwrap_or(HANGUP_CODE));
                }
            });
    }
}

static REMOVE_AT_EXIT: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();

/// A directory the watchdog removes when it ends the process (the demo's
/// throwaway database); the loop's own exit path removes it itself.
pub fn remove_at_exit(dir: std::path::PathBuf) {
    let _ = REMOVE_AT_EXIT.set(dir);
}

/// How long restoring may take before the process exits without it (a
/// terminal that does not take output, e.g. stopped by Ctrl-S, would block
/// the writes for ever).
pub const RESTORE_LIMIT: Duration = Duration::from_millis(200);

/// Restores on a thread of its own and exits when it is done or after
/// [`RESTORE_LIMIT`], whichever comes first.
fn restore_and_exit(restore: fn(), code: i32) -> ! {
    let (done, wait) = std::sync::mpsc::channel();
    let _ = std::thread::Builder::new()
        .name("stop-restore".into())
        .spawn(move || {
            restore();
            let _ = done.send(());
        });
    let _ = wait.recv_timeout(RESTORE_LIMIT);
    if let Some(dir) = REMOVE_AT_EXIT.get() {
        let _ = std::fs::remove_dir_all(dir);
    }
    std::process::exit(code)
}

#[cfg(unix)]
mod unix {
    use super::{GRACE, HANGUP_CODE, HANGUP_GRACE, Stop};
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    use signal_hook::iterator::Signals;
    use std::os::fd::{AsRawFd, RawFd};

    pub fn spawn_signals(stop: Stop, restore: fn()) -> std::io::Result<()> {
        let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
        std::thread::Builder::new()
            .name("stop-signals".into())
            .spawn(move || {
                for sig in signals.forever() {
                    if stop.request(128 + sig) {
                        stop.watchdog(GRACE, restore);
                    } else {
                        // a second signal: no more waiting
                        super::restore_and_exit(restore, 128 + sig);
                    }
                }
            })?;
        Ok(())
    }

    /// Watches the terminal crossterm reads (stdin when it is a terminal,
    /// else `/dev/tty`) for a hangup. Does nothing without a terminal.
    #[cfg_attr(target_os = "macos", allow(dead_code))]
    pub fn spawn_tty_watch(stop: Stop, restore: fn()) {
        let _ = std::thread::Builder::new()
            .name("stop-tty".into())
            .spawn(move || {
                // SAFETY: isatty only inspects the descriptor.
                let stdin_is_tty = unsafe { libc::isatty(libc::STDIN_FILENO) } == 1;
                let tty_file;
                let fd: RawFd = if stdin_is_tty {
                    libc::STDIN_FILENO
                } else {
                    match std::fs::File::open("/dev/tty") {
                        Ok(f) => {
                            tty_file = f;
                            tty_file.as_raw_fd()
                        }
                        Err(_) => return,
                    }
                };
                if wait_for_hangup(fd) {
                    // also when the SIGHUP of the same hangup came first:
                    // the loop is spinning on the dead terminal, so the
                    // short grace applies, not the signal's
                    stop.request(HANGUP_CODE);
                    stop.watchdog(HANGUP_GRACE, restore);
                }
            });
    }

    /// Blocks until `fd` reports a hangup or an error (true), without
    /// reading from it; false if it cannot be watched.
    #[cfg_attr(target_os = "macos", allow(dead_code))]
    fn wait_for_hangup(fd: RawFd) -> bool {
        loop {
            // events 0: only POLLHUP, POLLERR and POLLNVAL, which are always
            // reported, so pending input does not wake this thread
            let mut pfd = libc::pollfd {
                fd,
                events: 0,
                revents: 0,
            };
            // SAFETY: one valid pollfd, count 1; fd stays open meanwhile.
            let n = unsafe { libc::poll(&mut pfd, 1, -1) };
            if n < 0 {
                if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                    continue;
                }
                return false;
            }
            if pfd.revents & libc::POLLNVAL != 0 {
                // not a descriptor poll can watch (macOS says this of
                // terminals): leave it to the signal thread
                return false;
            }
            if pfd.revents & (libc::POLLHUP | libc::POLLERR) != 0 {
                return true;
            }
            // nothing asked for, nothing to report: do not spin
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    }
}
