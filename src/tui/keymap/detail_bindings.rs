//! The keys of a posting's detail and its Criteria pane, as a table (the
//! list, board and agenda keys are in `bindings.rs`, popups in
//! `popup_bindings.rs`).

use super::bindings::{DOWN, ESC, LEFT, RIGHT, UP, b};
use super::{Binding, Context, Key};
use crate::assess::Answer;
use crate::tui::action::{Action, Pane};
use ratatui::crossterm::event::KeyCode;

use Context as C;
use KeyCode as K;

/// The detail's and the Criteria pane's bindings.
pub const DETAIL: &[Binding] = &[
    b(
        C::Detail,
        &[Key::code(K::Tab)],
        Action::NextPane,
        "next pane",
        "pane",
    ),
    b(
        C::Detail,
        &[Key::code(K::BackTab)],
        Action::PrevPane,
        "previous pane",
        "",
    ),
    b(
        C::Detail,
        &[Key::ch('/')],
        Action::Search,
        "find in the original text",
        "",
    ),
    b(
        C::Detail,
        &[Key::ch('1')],
        Action::Pane(Pane::Overview),
        "Overview pane",
        "",
    ),
    b(
        C::Detail,
        &[Key::ch('2')],
        Action::Pane(Pane::Criteria),
        "Criteria pane",
        "",
    ),
    b(
        C::Detail,
        &[Key::ch('3')],
        Action::Pane(Pane::Vog),
        "VOG pane",
        "",
    ),
    b(
        C::Detail,
        &[Key::ch('4')],
        Action::Pane(Pane::Dba),
        "DBA pane",
        "",
    ),
    b(
        C::Detail,
        &[Key::ch('5')],
        Action::Pane(Pane::Planning),
        "Planning pane",
        "",
    ),
    b(
        C::Detail,
        &[Key::ch('6')],
        Action::Pane(Pane::Notes),
        "Notes pane",
        "",
    ),
    b(
        C::Detail,
        &[Key::ch('7')],
        Action::Pane(Pane::Text),
        "original Text pane",
        "",
    ),
    b(
        C::Detail,
        &[Key::ch('e')],
        Action::Edit,
        "edit the fields (set by hand: ✎)",
        "edit",
    ),
    b(
        C::Detail,
        &[Key::ch('D')],
        Action::Archive,
        "move to the archive (asks) / restore from it",
        "",
    ),
    b(C::Detail, LEFT, Action::Left, "previous posting", ""),
    b(C::Detail, RIGHT, Action::Right, "next posting", ""),
    b(C::Detail, ESC, Action::Back, "back to the list", "back"),
    b(C::Criteria, UP, Action::Up, "previous criterion", ""),
    b(
        C::Criteria,
        DOWN,
        Action::Down,
        "next criterion",
        "criterion",
    ),
    b(
        C::Criteria,
        &[Key::ch('+')],
        Action::Judge(Some(Answer::Met)),
        "met",
        "met",
    ),
    b(
        C::Criteria,
        &[Key::ch('~')],
        Action::Judge(Some(Answer::Partly)),
        "partly met (award criteria)",
        "partly",
    ),
    b(
        C::Criteria,
        &[Key::ch('-')],
        Action::Judge(Some(Answer::NotMet)),
        "not met",
        "not met",
    ),
    b(
        C::Criteria,
        &[Key::ch('0'), Key::code(K::Backspace)],
        Action::Judge(None),
        "clear the answer",
        "clear",
    ),
];
