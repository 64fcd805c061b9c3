//! Issue 14, item 6: `L` adds the bundled samples to a real database only
//! when pressed twice; any other key in between cancels. In the demo it
//! adds nothing.

mod tui_support;

use ratatui::crossterm::event::KeyCode;
use tenderdesk::tui::app::App;
use tenderdesk::tui::theme::Theme;
use tui_support::{draw, key, keys, now, screen_text};

fn empty() -> App {
    App::new(Box::new(tui_support::empty_store()), now()).unwrap()
}

#[test]
fn l_asks_before_adding_the_samples_for_good() {
    let mut a = empty();
    keys(&mut a, "L");
    assert!(a.state.records.is_empty());
    let screen = screen_text(&draw(&a, 120, 40, &Theme::mono()));
    assert!(
        screen.contains("L again adds the 5 sample postings"),
        "{screen}"
    );
    assert!(screen.contains("for good"), "{screen}");
    // another key cancels
    key(&mut a, KeyCode::Down);
    keys(&mut a, "L");
    assert!(a.state.records.is_empty());
    keys(&mut a, "L");
    assert_eq!(a.state.records.len(), 5);
}

#[test]
fn l_adds_nothing_in_the_demo() {
    let mut a = empty();
    a.state.demo = true;
    keys(&mut a, "LL");
    assert!(a.state.records.is_empty());
    let screen = screen_text(&draw(&a, 120, 40, &Theme::mono()));
    assert!(screen.contains("DEMO"), "{screen}");
}
