//! The terminal interface: keyboard first, drawn with ratatui.
//!
//! Data flows one way: terminal event → [`keymap`] → [`action::Action`] →
//! [`app::App::update`] (state change, store write) → [`views::render`] from
//! state. The fuzzy search runs on [`worker`]; the loop takes its results
//! before each frame. This module owns the terminal: setup, restore (also on error and
//! panic, mouse capture and bracketed paste included) and the loop.

pub mod action;
pub mod app;
pub mod assessed;
pub mod backend;
pub mod demo;
pub mod detail_state;
pub mod form;
pub mod importing;
mod judge;
pub mod keymap;
mod narrowing;
pub mod order;
pub mod outcome_form;
pub mod popup;
pub mod query;
pub mod samples;
pub mod state;
pub mod stats;
pub mod stop;
mod store_backend;
pub mod theme;
pub mod views;
pub mod worker;

use anyhow::Result;
use app::App;
use backend::Backend;
use chrono::Utc;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::{cursor, execute};
use ratatui::{DefaultTerminal, Frame};
use std::path::Path;
use std::time::Duration;
use theme::Theme;

/// Draws the app into a frame (also used by the snapshot tests).
pub fn draw(f: &mut Frame, app: &App, theme: &Theme) {
    views::render(f, &app.state, app.context(), theme);
}

/// Opens the interface on the user's database.
pub fn run(store_path: &Path) -> Result<()> {
    let backend = open_backend(store_path)?;
    run_with(backend)
}

/// Opens the interface on a throwaway database filled with the bundled
/// samples, their dates moved to around today ([`demo`]). `keep` is a new
/// file to keep it in (it must not exist: the demo never writes into a
/// database that is there already); else a temporary directory, removed
/// afterwards.
pub fn run_demo(keep: Option<&Path>) -> Result<()> {
    let dir;
    let path = match keep {
        Some(p) => {
            anyhow::ensure!(
                !p.exists(),
                "--demo writes the samples into a new database only, and {} exists; \
                 give a new file, or leave --db out for a throwaway one",
                p.display()
            );
            p.to_path_buf()
        }
        None => {
            dir = tempfile_dir()?;
            stop::remove_at_exit(dir.clone());
            dir.join("demo.db")
        }
    };
    let mut store = crate::store::Store::open(&path)?;
    let now = Utc::now();
    store.save_profile(&demo::profile(assessed::today(now)))?;
    for (posting, text, stage) in demo::postings(assessed::today(now)) {
        let id = store.import(&posting, text)?.id;
        if stage != crate::pipeline::Stage::Open {
            store.set_stage(&id, stage, Some("demo"))?;
        }
    }
    let result = run_app(Box::new(store), true);
    if keep.is_none() {
        let _ = std::fs::remove_dir_all(path.parent().unwrap_or(Path::new(".")));
    }
    if let Ok(Some(code)) = result {
        std::process::exit(code);
    }
    result.map(|_| ())
}

/// A fresh directory of this process under the system's temporary one.
fn tempfile_dir() -> Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("tenderdesk-demo-{}", std::process::id()));
    if dir.exists() {
        std::fs::remove_dir_all(&dir)?;
    }
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

fn open_backend(path: &Path) -> Result<Box<dyn Backend>> {
    Ok(Box::new(crate::store::Store::open(path)?))
}

/// Runs the loop over a backend until the user quits.
pub fn run_with(backend: Box<dyn Backend>) -> Result<()> {
    if let Some(code) = run_app(backend, false)? {
        std::process::exit(code);
    }
    Ok(())
}

/// Runs the loop; `Some(code)` when a signal or a hangup ended it (the
/// caller cleans up, then exits with the code).
fn run_app(backend: Box<dyn Backend>, demo: bool) -> Result<Option<i32>> {
    let mut app = App::new(backend, Utc::now())?;
    app.state.demo = demo;
    let theme = Theme::from_env();
    let signals = stop::Stop::watch(restore_all)?;
    let mut terminal = init_terminal()?;
    let guard = RestoreGuard;
    let result = event_loop(&mut terminal, &mut app, &theme, &signals);
    // restore first: if that blocks (a terminal that takes no output), the
    // watchdog still ends the process
    drop(guard);
    if let Some(code) = signals.exit_code() {
        signals.answered();
        // every change was written when it was made: nothing to save
        return Ok(Some(code));
    }
    result.map(|()| None)
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    theme: &Theme,
    signals: &stop::Stop,
) -> Result<()> {
    while !app.state.quit && signals.exit_code().is_none() {
        app.tick(); // search results that came in meanwhile
        terminal.draw(|f| draw(f, app, theme))?;
        // fault injection for the terminal-restore test (debug builds only)
        #[cfg(debug_assertions)]
        if std::env::var_os("TENDERDESK_TEST_PANIC").is_some() {
            panic!("forced panic (TENDERDESK_TEST_PANIC)");
        }
        // fault injection for the stop watchdog: a loop that never answers
        #[cfg(debug_assertions)]
        if std::env::var_os("TENDERDESK_TEST_STALL").is_some() {
            loop {
                std::thread::sleep(Duration::from_secs(1));
            }
        }
        // while a search runs, look for its results often; else idle, but
        // short enough that SIGTERM or SIGHUP ends the loop (and restores
        // the terminal) within a quarter of a second
        let wait = if app.is_busy() {
            Duration::from_millis(5)
        } else {
            Duration::from_millis(250)
        };
        if event::poll(wait)? {
            let ev = event::read()?;
            let size = terminal.size()?;
            app.handle_event(
                ev,
                ratatui::layout::Rect::new(0, 0, size.width, size.height),
            );
            if let Some(text) = app.state.clipboard.take() {
                // OSC 52: the terminal puts it on the clipboard
                use std::io::Write;
                let mut out = std::io::stdout().lock();
                let _ = out.write_all(app::osc52(&text).as_bytes());
                let _ = out.flush();
            }
        } else {
            app.state.now = Utc::now();
        }
    }
    Ok(())
}

/// Raw mode, alternate screen, mouse capture, bracketed paste; a panic hook
/// that undoes all of it before the message is printed.
fn init_terminal() -> Result<DefaultTerminal> {
    let terminal = ratatui::try_init()?; // installs ratatui's own restoring hook
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_extras();
        previous(info); // ratatui's hook: leaves raw mode and the alternate screen, then reports
    }));
    execute!(std::io::stdout(), EnableMouseCapture, EnableBracketedPaste)?;
    Ok(terminal)
}

/// What `ratatui::restore()` does not undo.
fn restore_extras() {
    let _ = execute!(
        std::io::stdout(),
        DisableMouseCapture,
        DisableBracketedPaste,
        cursor::Show
    );
}

/// Everything: what the watchdog in [`stop`] runs before exiting.
fn restore_all() {
    restore_extras();
    // not ratatui::restore(): it reports a failure with eprintln!, which
    // panics when stderr is the hung-up terminal (and the exit path with
    // its clean-up never runs)
    let _ = ratatui::try_restore();
}

/// Restores the terminal when the loop ends, by return or by error.
struct RestoreGuard;

impl Drop for RestoreGuard {
    fn drop(&mut self) {
        restore_all();
    }
}
