//! Issue 14, item 5: every pane scrolls within its content. `G` shows the
//! last rows (not an empty pane), `j` stops at the end, `PgDn` moves a page
//! of the window's height, the Criteria pane reaches its last lines with
//! the score kept in view, and the help pages and ends. At 60x20, 80x24 and
//! 120x40, on the bundled samples (long original texts).

mod tui_support;

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use tenderdesk::tui::action::Pane;
use tenderdesk::tui::app::App;
use tenderdesk::tui::backend::Backend;
use tenderdesk::tui::theme::Theme;
use tenderdesk::tui::views::extent;
use tui_support::{draw, now, screen_text};

const SIZES: [(u16, u16); 3] = [(60, 20), (80, 24), (120, 40)];

fn app() -> App {
    let mut b = tui_support::empty_store();
    for (_, text) in tenderdesk::tui::samples::SAMPLES {
        b.import_text(text).unwrap();
    }
    App::new(Box::new(b), now()).unwrap()
}

fn press(a: &mut App, code: KeyCode, (w, h): (u16, u16)) {
    let ev = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    a.handle_event(ev, Rect::new(0, 0, w, h));
}

fn screen(a: &App, (w, h): (u16, u16)) -> String {
    screen_text(&draw(a, w, h, &Theme::mono()))
}

fn scroll(a: &App) -> u16 {
    a.state.detail.as_ref().unwrap().scroll
}

/// The rows of the detail's pane inside its border.
fn pane_rows(screen: &str) -> Vec<String> {
    screen
        .lines()
        .skip(5)
        .take_while(|l| !l.starts_with('└'))
        .map(|l| l.trim_matches('│').trim_end().to_string())
        .collect()
}

#[test]
fn the_text_pane_ends_at_its_last_row() {
    for size in SIZES {
        let mut a = app();
        press(&mut a, KeyCode::Enter, size);
        press(&mut a, KeyCode::Char('7'), size);
        press(&mut a, KeyCode::Char('G'), size);
        let s = screen(&a, size);
        let title = s.lines().nth(4).unwrap();
        let (shown, total) = title
            .split("rows ")
            .nth(1)
            .and_then(|t| t.split_once(" of "))
            .unwrap_or_else(|| panic!("{size:?}: no rows in the title:\n{s}"));
        let total: usize = total.split_whitespace().next().unwrap().parse().unwrap();
        assert!(shown.ends_with(&format!("-{total}")), "{size:?}: {title}");
        let rows = pane_rows(&s);
        assert!(
            !rows.last().unwrap().is_empty(),
            "{size:?}: the pane ends on text, not blank rows:\n{s}"
        );
        let last_text = a
            .state
            .detail
            .as_ref()
            .unwrap()
            .lines
            .iter()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap()
            .clone();
        let tail: String = last_text
            .chars()
            .rev()
            .take(8)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        assert!(
            s.contains(tail.trim()),
            "{size:?}: last line `{last_text}` not shown:\n{s}"
        );
        // one k moves one row up at once (not from 65535)
        let end = scroll(&a);
        press(&mut a, KeyCode::Char('k'), size);
        assert_eq!(scroll(&a), end - 1);
    }
}

#[test]
fn j_stops_at_the_end_in_every_pane() {
    for size in SIZES {
        let mut a = app();
        press(&mut a, KeyCode::Enter, size);
        for pane in Pane::ALL.into_iter().filter(|p| *p != Pane::Criteria) {
            let n = char::from(b'1' + pane.index() as u8);
            press(&mut a, KeyCode::Char(n), size);
            for _ in 0..30 {
                press(&mut a, KeyCode::Char('j'), size);
            }
            press(&mut a, KeyCode::Char('G'), size);
            for _ in 0..30 {
                press(&mut a, KeyCode::Char('j'), size);
            }
            let d = a.state.detail.as_ref().unwrap();
            let (limit, _) = extent::detail(&a.state, d);
            assert_eq!(scroll(&a), limit, "{size:?} {pane:?}");
            let rows = pane_rows(&screen(&a, size));
            if limit > 0 {
                assert!(
                    !rows.last().unwrap().is_empty(),
                    "{size:?} {pane:?}: blank end"
                );
            }
        }
    }
}

#[test]
fn page_down_moves_a_page_of_the_window() {
    for size in SIZES {
        let mut a = app();
        press(&mut a, KeyCode::Enter, size);
        press(&mut a, KeyCode::Char('7'), size);
        press(&mut a, KeyCode::PageDown, size);
        // the pane's rows inside its border, less one kept for context
        let page = size.1 - 4 - 2 - 2 - 1;
        assert_eq!(scroll(&a), page, "{size:?}");
        press(&mut a, KeyCode::PageUp, size);
        assert_eq!(scroll(&a), 0);
    }
    // the list: a page of rows, clamped to the last posting
    let mut a = app();
    press(&mut a, KeyCode::PageDown, (80, 24));
    assert_eq!(a.state.selected, a.state.visible.len() - 1);
}

#[test]
fn the_last_criteria_are_reachable_with_the_score_in_view() {
    for size in SIZES {
        let mut a = app();
        press(&mut a, KeyCode::Enter, size);
        press(&mut a, KeyCode::Char('2'), size);
        press(&mut a, KeyCode::Char('+'), size);
        let n = a.state.detail.as_ref().unwrap().criteria_count();
        for _ in 1..n {
            press(&mut a, KeyCode::Char('j'), size);
        }
        assert_eq!(a.state.detail.as_ref().unwrap().criterion, n - 1);
        let s = screen(&a, size);
        assert!(s.contains("Expected score"), "{size:?}:\n{s}");
        assert!(
            s.contains("▶"),
            "{size:?}: the selection is off screen:\n{s}"
        );
        // answering the last criterion keeps the score line
        press(&mut a, KeyCode::Char('+'), size);
        assert!(screen(&a, size).contains("Expected score"));
        // j scrolls on past the last criterion to the end, and no further;
        // G goes there at once
        for _ in 0..60 {
            press(&mut a, KeyCode::Char('j'), size);
        }
        let after_j = a.state.detail.as_ref().unwrap().scroll;
        press(&mut a, KeyCode::Char('G'), size);
        assert_eq!(a.state.detail.as_ref().unwrap().scroll, after_j);
        let s = screen(&a, size);
        assert!(s.contains("Invited to an interview"), "{size:?}:\n{s}");
        assert!(s.contains("Expected score"), "{size:?}:\n{s}");
        let d = a.state.detail.as_ref().unwrap();
        assert_eq!(d.scroll, extent::criteria_tail(&a.state, d), "{size:?}");
        // and k comes back to the selection
        for _ in 0..(60 + n) {
            press(&mut a, KeyCode::Char('k'), size);
        }
        assert_eq!(a.state.detail.as_ref().unwrap().criterion, 0);
        assert!(screen(&a, size).contains("▶"));
    }
}

#[test]
fn the_help_pages_and_ends() {
    for size in SIZES {
        let mut a = app();
        press(&mut a, KeyCode::Char('?'), size);
        let (limit, page) = extent::help(&a.state);
        assert!(limit > 0, "{size:?}: the help fits, nothing to page");
        press(&mut a, KeyCode::PageDown, size);
        let at = |a: &App| match &a.state.popup {
            Some(tenderdesk::tui::state::Popup::Help { scroll }) => *scroll,
            _ => panic!("the help closed"),
        };
        assert_eq!(at(&a), page.min(limit));
        for _ in 0..300 {
            press(&mut a, KeyCode::Char('j'), size);
        }
        assert_eq!(at(&a), limit, "{size:?}");
        let s = screen(&a, size);
        assert!(
            s.contains("close"),
            "{size:?}: the last binding is not shown:\n{s}"
        );
        press(&mut a, KeyCode::Char('g'), size);
        assert_eq!(at(&a), 0);
    }
}
