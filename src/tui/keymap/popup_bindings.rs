//! The key bindings of the search field and the popups (filters, stage
//! menu, help, note, import, profile, the posting form, the archive
//! question), as data, after the screens' in `bindings.rs`.

use super::bindings::{BOTTOM, DOWN, ENTER, ESC, LEFT, PGDN, PGUP, RIGHT, TOP, UP, b};
use super::{Binding, Context, Key};
use crate::tui::action::Action;
use ratatui::crossterm::event::KeyCode;

use Context as C;
use KeyCode as K;

/// The bindings of the search field and the popups.
pub const POPUPS: &[Binding] = &[
    b(C::Search, ENTER, Action::Open, "keep the search", "keep"),
    b(C::Search, ESC, Action::Back, "cancel the search", "cancel"),
    b(C::Search, &[Key::code(K::Up)], Action::Up, "move up", ""),
    b(
        C::Search,
        &[Key::code(K::Down)],
        Action::Down,
        "move down",
        "",
    ),
    b(C::Filter, UP, Action::Up, "previous filter", "field"),
    b(C::Filter, DOWN, Action::Down, "next filter", "field"),
    b(C::Filter, LEFT, Action::Left, "previous value", "value"),
    b(C::Filter, RIGHT, Action::Right, "next value", "value"),
    b(
        C::Filter,
        &[Key::ch('c')],
        Action::ClearFilter,
        "clear all filters",
        "clear",
    ),
    b(
        C::Filter,
        &[
            Key::code(K::Enter),
            Key::code(K::Esc),
            Key::ch('f'),
            Key::ch('q'),
        ],
        Action::Back,
        "close",
        "close",
    ),
    b(C::StageMenu, UP, Action::Up, "previous stage", "up"),
    b(C::StageMenu, DOWN, Action::Down, "next stage", "down"),
    b(C::StageMenu, ENTER, Action::Open, "set the stage", "set"),
    b(
        C::StageMenu,
        &[Key::code(K::Esc), Key::ch('q')],
        Action::Back,
        "cancel",
        "cancel",
    ),
    b(C::Help, UP, Action::Up, "scroll up", ""),
    b(C::Help, DOWN, Action::Down, "scroll down", "scroll"),
    b(C::Help, PGUP, Action::PageUp, "page up", ""),
    b(C::Help, PGDN, Action::PageDown, "page down", "page"),
    b(C::Help, TOP, Action::Top, "first line", ""),
    b(C::Help, BOTTOM, Action::Bottom, "last line", ""),
    b(
        C::Help,
        &[Key::code(K::Esc), Key::ch('?'), Key::ch('q')],
        Action::Back,
        "close",
        "close",
    ),
    b(
        C::Note,
        &[Key::ctrl('s')],
        Action::Save,
        "save the note",
        "save",
    ),
    b(C::Note, ESC, Action::Back, "discard", "discard"),
    b(
        C::TextFind,
        ENTER,
        Action::Open,
        "go to the next match",
        "next match",
    ),
    b(C::TextFind, ESC, Action::Back, "stop finding", "stop"),
    b(C::Import, ENTER, Action::Open, "import", "import"),
    b(C::Import, ESC, Action::Back, "cancel", "cancel"),
    b(
        C::Importing,
        ESC,
        Action::Back,
        "stop: files not started are skipped",
        "cancel",
    ),
    b(C::ImportSummary, UP, Action::Up, "scroll up", ""),
    b(
        C::ImportSummary,
        DOWN,
        Action::Down,
        "scroll down",
        "scroll",
    ),
    b(
        C::ImportSummary,
        &[Key::code(K::Enter), Key::code(K::Esc), Key::ch('q')],
        Action::Back,
        "close",
        "close",
    ),
    b(C::Profile, UP, Action::Up, "previous field", ""),
    b(C::Profile, DOWN, Action::Down, "next field", "field"),
    b(C::Profile, LEFT, Action::Left, "less / previous value", ""),
    b(
        C::Profile,
        RIGHT,
        Action::Right,
        "more / next value",
        "value",
    ),
    b(C::Profile, ENTER, Action::Open, "type a value", "edit"),
    b(
        C::Profile,
        &[Key::code(K::Esc), Key::ch('q'), Key::ch('P')],
        Action::Back,
        "close",
        "close",
    ),
    b(
        C::ProfileEdit,
        ENTER,
        Action::Open,
        "save the value",
        "save",
    ),
    b(C::ProfileEdit, ESC, Action::Back, "cancel", "cancel"),
    b(
        C::Form,
        &[Key::code(K::Up), Key::code(K::BackTab)],
        Action::Up,
        "previous field",
        "",
    ),
    b(
        C::Form,
        &[Key::code(K::Down), Key::code(K::Tab)],
        Action::Down,
        "next field",
        "field",
    ),
    b(
        C::Form,
        &[Key::code(K::Enter), Key::ctrl('s')],
        Action::Save,
        "save (one change, u undoes it)",
        "save",
    ),
    b(C::Form, ESC, Action::Back, "cancel", "cancel"),
    b(
        C::Confirm,
        &[Key::ch('y'), Key::code(K::Enter)],
        Action::Open,
        "yes",
        "yes",
    ),
    b(
        C::Confirm,
        &[Key::ch('n'), Key::code(K::Esc), Key::ch('q')],
        Action::Back,
        "no",
        "no",
    ),
];
