//! Issue 16's typing goal as the interface lives it: from a keystroke to
//! its results drawn. `typing-app DB` builds the interface over the store
//! (every posting loaded), then types each query of the typing bench one
//! key at a time after `/`: per key, the key is handled (the query posted to
//! the search worker), the worker's results are waited for and applied (the
//! visible list filtered and sorted), and a 120x40 frame is drawn in
//! memory. Terminal output and process start are not included. Each key is
//! typed once the previous one's results are drawn, so every figure is one
//! key's whole latency. `Esc` ends each query (not timed).

use chrono::Utc;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use std::path::Path;
use std::time::{Duration, Instant};
use tenderdesk::store::Store;
use tenderdesk::tui::app::App;

const SIZE: (u16, u16) = (120, 40);

fn press(app: &mut App, code: KeyCode) {
    let ev = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    app.handle_event(ev, Rect::new(0, 0, SIZE.0, SIZE.1));
}

fn pct(v: &mut [Duration], p: f64) -> Duration {
    v.sort();
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

pub fn run(db: &Path, queries: &[&str], rounds: usize) {
    let store = Store::open(db).expect("open");
    let mut app = App::new(Box::new(store), Utc::now()).expect("app");
    app.wait_loaded();
    let mut term = ratatui::Terminal::new(ratatui::backend::TestBackend::new(SIZE.0, SIZE.1))
        .expect("terminal");
    let theme = tenderdesk::tui::theme::Theme::from_env();
    let n = app.state.records.len();
    println!("typing in the interface over {n} postings, {rounds} round(s), queries {queries:?}:");
    let mut all = Vec::new();
    let mut first = Vec::new();
    let mut search = Vec::new();
    // the slowest keys, with the query typed so far
    let mut worst: Vec<(Duration, String)> = Vec::new();
    for _ in 0..rounds {
        for q in queries {
            press(&mut app, KeyCode::Char('/'));
            for (k, c) in q.chars().enumerate() {
                let t = Instant::now();
                press(&mut app, KeyCode::Char(c));
                app.wait_idle();
                let searched = t.elapsed();
                term.draw(|f| tenderdesk::tui::draw(f, &app, &theme))
                    .expect("draw");
                let e = t.elapsed();
                all.push(e);
                worst.push((e, q.chars().take(k + 1).collect()));
                search.push(searched);
                if k == 0 {
                    first.push(e);
                }
            }
            print!("{q:?}={} shown; ", app.state.visible.len());
            press(&mut app, KeyCode::Esc);
            term.draw(|f| tenderdesk::tui::draw(f, &app, &theme))
                .expect("draw");
        }
    }
    let mut v = all.clone();
    println!(
        "\n  key to results drawn: p50 {:.2?} p99 {:.2?} max {:.2?} ({} keys); results in (before drawing) p50 {:.2?} p99 {:.2?}; first key of a query median {:.2?}",
        pct(&mut v, 0.5),
        pct(&mut v, 0.99),
        v.last().copied().unwrap_or_default(),
        v.len(),
        pct(&mut search, 0.5),
        pct(&mut search, 0.99),
        pct(&mut first, 0.5),
    );
    worst.sort_by_key(|w| std::cmp::Reverse(w.0));
    let slowest: Vec<String> = worst
        .iter()
        .take(8)
        .map(|(d, q)| format!("{q:?} {d:.2?}"))
        .collect();
    println!("  slowest keys: {}", slowest.join(", "));
}
