//! `/` in the detail finds in the posting's original text: typing marks the
//! matches, `Enter` scrolls to the next one (wrapping), `/` `Enter` again to
//! the one after, `Esc` drops the term. On the bundled samples.

mod tui_support;

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use tenderdesk::tui::action::Pane;
use tenderdesk::tui::app::App;
use tenderdesk::tui::backend::{Backend, MemoryBackend};
use tenderdesk::tui::keymap::Context;
use tenderdesk::tui::theme::Theme;
use tui_support::{draw, now, screen_text};

const SIZE: (u16, u16) = (80, 24);

fn press(a: &mut App, code: KeyCode) {
    let ev = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    a.handle_event(ev, Rect::new(0, 0, SIZE.0, SIZE.1));
}

fn typed(a: &mut App, s: &str) {
    for c in s.chars() {
        press(a, KeyCode::Char(c));
    }
}

#[test]
fn slash_finds_in_the_text_and_enter_steps_through_the_matches() {
    let mut b = MemoryBackend::with_clock(now());
    for (_, text) in tenderdesk::tui::samples::SAMPLES {
        b.import_text(text).unwrap();
    }
    let mut a = App::new(Box::new(b), now()).unwrap();
    press(&mut a, KeyCode::Enter);
    press(&mut a, KeyCode::Char('/'));
    assert_eq!(a.context(), Context::TextFind);
    typed(&mut a, "opdracht");
    let d = a.state.detail.as_ref().unwrap();
    assert_eq!(d.pane, Pane::Text);
    let found: usize = d.hits.iter().map(Vec::len).sum();
    assert!(found >= 2, "{found}");
    let screen = screen_text(&draw(&a, SIZE.0, SIZE.1, &Theme::mono()));
    assert!(
        screen.contains(&format!("/opdracht█ {found} found")),
        "{screen}"
    );
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.context(), Context::Detail);
    let first = a.state.detail.as_ref().unwrap().scroll;
    assert!(first > 0, "the first match is below the top");
    let screen = screen_text(&draw(&a, SIZE.0, SIZE.1, &Theme::mono()));
    let body: String = screen.lines().skip(5).take(3).collect();
    assert!(body.to_lowercase().contains("opdracht"), "{screen}");
    // again: the next one (the pane may already be at its end, so the
    // message counts on)
    press(&mut a, KeyCode::Char('/'));
    press(&mut a, KeyCode::Enter);
    let msg = a.state.message.as_ref().unwrap().text.clone();
    assert!(msg.starts_with("Match 2 of "), "{msg}");
    assert!(a.state.detail.as_ref().unwrap().scroll >= first);
    // Esc drops the term and its marks
    press(&mut a, KeyCode::Char('/'));
    press(&mut a, KeyCode::Esc);
    let d = a.state.detail.as_ref().unwrap();
    assert!(d.find.is_none() && d.hits.iter().all(Vec::is_empty));
}

#[test]
fn a_term_not_in_the_text_says_so() {
    let mut b = MemoryBackend::with_clock(now());
    b.import_text(tenderdesk::tui::samples::SAMPLES[0].1)
        .unwrap();
    let mut a = App::new(Box::new(b), now()).unwrap();
    press(&mut a, KeyCode::Enter);
    press(&mut a, KeyCode::Char('/'));
    typed(&mut a, "zzqx");
    press(&mut a, KeyCode::Enter);
    let msg = &a.state.message.as_ref().unwrap().text;
    assert!(msg.contains("not in the text"), "{msg}");
    assert_eq!(a.state.detail.as_ref().unwrap().scroll, 0);
}
