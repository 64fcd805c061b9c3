//! Issue 14, items 8 and 9: keys that do not surprise and narrow windows
//! that keep the facts. `Esc` clears the search first, then the filters,
//! which `F` brings back; no key acts behind "Window too small"; a change
//! to the same stage is refused; stages read in words; footers end at a
//! whole hint; agenda dates keep day and month at 60 columns; the list and
//! the board show ids.

mod tui_support;

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use tenderdesk::pipeline::Stage;
use tenderdesk::tui::app::App;
use tenderdesk::tui::keymap::{self, Context};
use tenderdesk::tui::theme::Theme;
use tui_support::{app, backend, draw, key, keys, now, screen_text};

#[test]
fn esc_clears_the_search_then_the_filters_and_f_brings_them_back() {
    let mut a = app();
    a.state.filter.region = Some("Noord-Holland".into());
    a.state.refresh();
    keys(&mut a, "/coord");
    key(&mut a, KeyCode::Enter);
    a.wait_idle();
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.state.search.value(), "");
    assert_eq!(a.state.filter.region.as_deref(), Some("Noord-Holland"));
    key(&mut a, KeyCode::Esc);
    assert!(a.state.filter.is_empty());
    let screen = screen_text(&draw(&a, 120, 40, &Theme::mono()));
    assert!(screen.contains("F brings them back"), "{screen}");
    keys(&mut a, "F");
    assert_eq!(a.state.filter.region.as_deref(), Some("Noord-Holland"));
}

#[test]
fn no_key_acts_behind_window_too_small() {
    let mut a = app();
    let id = a.state.selected_id().unwrap();
    let before = a.state.records.iter().find(|r| r.id == id).unwrap().stage;
    let small = Rect::new(0, 0, 40, 10);
    for c in ['a', 'x', 'j', '\n'] {
        let code = if c == '\n' {
            KeyCode::Enter
        } else {
            KeyCode::Char(c)
        };
        a.handle_event(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)), small);
    }
    assert_eq!(a.state.selected_id().as_deref(), Some(id.as_str()));
    assert!(a.state.detail.is_none());
    let after = a.state.records.iter().find(|r| r.id == id).unwrap().stage;
    assert_eq!(before, after);
    a.handle_event(
        Event::Key(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE)),
        small,
    );
    assert!(a.state.quit);
}

#[test]
fn a_change_to_the_same_stage_is_refused() {
    let mut a = app();
    let id = a.state.selected_id().unwrap();
    keys(&mut a, "a");
    let history = |a: &mut App| a.backend.detail(&id).unwrap().history.len();
    let n = history(&mut a);
    keys(&mut a, "a");
    assert_eq!(history(&mut a), n, "a second `a` recorded a change");
    let msg = &a.state.message.as_ref().unwrap().text;
    assert!(msg.contains("applied already"), "{msg}");
}

#[test]
fn stages_read_in_words() {
    let mut b = backend();
    b.set_stage("30828", Stage::WaitingRoom, None).unwrap();
    let mut a = App::new(Box::new(b), now()).unwrap();
    let pos = a
        .state
        .visible
        .iter()
        .position(|&i| a.state.records[i].id == "30828")
        .unwrap();
    a.state.selected = pos;
    let list = screen_text(&draw(&a, 120, 40, &Theme::mono()));
    key(&mut a, KeyCode::Enter);
    keys(&mut a, "5"); // the stage history is in the Planning pane
    let notes = screen_text(&draw(&a, 120, 40, &Theme::mono()));
    for screen in [list, notes] {
        assert!(screen.contains("waiting room"), "{screen}");
        assert!(!screen.contains("waiting_room"), "{screen}");
    }
}

#[test]
fn footers_end_at_a_whole_hint() {
    let mut a = app();
    for (w, h) in [(60, 20), (80, 24)] {
        for ctx_keys in ["", "\n", "\n2"] {
            let mut a2 = app();
            for c in ctx_keys.chars() {
                let code = if c == '\n' {
                    KeyCode::Enter
                } else {
                    KeyCode::Char(c)
                };
                key(&mut a2, code);
            }
            let screen = screen_text(&draw(&a2, w, h, &Theme::mono()));
            let footer = screen.lines().last().unwrap().trim();
            let hints: Vec<String> = keymap::footer(a2.context())
                .into_iter()
                .map(|(k, help)| format!("{k} {help}"))
                .collect();
            for part in footer.split(" · ") {
                assert!(
                    hints.contains(&part.to_string()),
                    "{w}: `{part}` cut in `{footer}`"
                );
            }
        }
    }
    keys(&mut a, "A");
    assert_eq!(a.context(), Context::Agenda);
}

#[test]
fn agenda_dates_keep_day_and_month_at_60_columns() {
    let mut a = app();
    keys(&mut a, "A");
    let screen = screen_text(&draw(&a, 60, 20, &Theme::mono()));
    let item = a
        .state
        .judged
        .agenda
        .iter()
        .find(|i| i.date > now().date_naive() + chrono::Duration::days(1))
        .unwrap();
    let want = item.date.format("%a %d %b").to_string();
    assert!(screen.contains(&want), "no `{want}`:\n{screen}");
}

#[test]
fn list_and_board_show_ids() {
    let mut a = app();
    for (w, h) in [(60, 20), (80, 24)] {
        let screen = screen_text(&draw(&a, w, h, &Theme::mono()));
        for id in ["30828", "13995", "H-01"] {
            assert!(screen.contains(id), "{w}: no {id}:\n{screen}");
        }
    }
    keys(&mut a, "b");
    let screen = screen_text(&draw(&a, 120, 40, &Theme::mono()));
    assert!(screen.contains("30828"), "{screen}");
    // a card's title wraps onto a second line instead of being cut
    let screen = screen_text(&draw(&a, 80, 24, &Theme::mono()));
    assert!(screen.contains("│▶ Adviseur "), "{screen}");
    assert!(screen.contains("│  Integraal Werken│"), "{screen}");
}

#[test]
fn a_click_on_a_pane_tab_opens_it() {
    use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    use tenderdesk::tui::action::Pane;
    for (w, h) in [(120, 40), (80, 24), (60, 20)] {
        let mut a = app();
        key(&mut a, KeyCode::Enter);
        let screen = screen_text(&draw(&a, w, h, &Theme::mono()));
        let tabs = screen.lines().nth(3).unwrap().to_string();
        for (i, pane) in Pane::ALL.into_iter().enumerate().rev() {
            let label = format!("{} {}", i + 1, &pane.label()[..3]);
            let col = tabs
                .find(&label)
                .unwrap_or_else(|| panic!("{w}: no `{label}` in `{tabs}`"));
            let click = MouseEvent {
                kind: MouseEventKind::Down(MouseButton::Left),
                column: col as u16 + 2,
                row: 3,
                modifiers: KeyModifiers::NONE,
            };
            a.handle_event(Event::Mouse(click), Rect::new(0, 0, w, h));
            assert_eq!(
                a.state.detail.as_ref().unwrap().pane,
                pane,
                "{w}: `{label}`"
            );
        }
    }
}

#[test]
fn a_scale_range_never_runs_backwards() {
    let mut a = app();
    keys(&mut a, "f");
    key(&mut a, KeyCode::Down); // scale from
    for _ in 0..9 {
        key(&mut a, KeyCode::Right);
    }
    key(&mut a, KeyCode::Down); // scale to
    key(&mut a, KeyCode::Right); // the lowest
    let f = &a.state.filter;
    let (lo, hi) = (f.scale_min.unwrap(), f.scale_max.unwrap());
    assert!(lo <= hi, "{lo}-{hi}");
}

#[test]
fn y_copies_the_id_and_o_needs_a_web_address() {
    let mut a = app();
    let id = a.state.selected_id().unwrap();
    keys(&mut a, "y");
    assert_eq!(a.state.clipboard.as_deref(), Some(id.as_str()));
    keys(&mut a, "O");
    let msg = &a.state.message.as_ref().unwrap().text;
    assert!(msg.contains("has no web address"), "{msg}");
}

#[test]
fn partly_says_when_it_counts_nothing() {
    let mut a = app();
    let pos = a
        .state
        .visible
        .iter()
        .position(|&i| a.state.records[i].id == "30828")
        .unwrap();
    a.state.selected = pos;
    key(&mut a, KeyCode::Enter);
    keys(&mut a, "2");
    // the first award criterion: past the knock-outs
    let n = a
        .state
        .records
        .iter()
        .find(|r| r.id == "30828")
        .unwrap()
        .posting
        .knockout
        .len();
    for _ in 0..n {
        key(&mut a, KeyCode::Down);
    }
    keys(&mut a, "~");
    let msg = &a.state.message.as_ref().unwrap().text;
    assert!(msg.contains("partly counts nothing"), "{msg}");
    assert!(msg.contains("expected score now 0 of 100"), "{msg}");
}
