//! The default key bindings of the screens, as data: one row per binding,
//! in the order of the `?` help screen (the popups' follow in
//! `popup_bindings.rs`). Lookup, help, footer and the README's key table are
//! generated from them by the parent module.

use super::{Binding, Context, Key};
use crate::pipeline::Stage;
use crate::tui::action::Action;
use ratatui::crossterm::event::KeyCode;

pub(super) const fn b(
    ctx: Context,
    keys: &'static [Key],
    action: Action,
    help: &'static str,
    footer: &'static str,
) -> Binding {
    Binding {
        ctx,
        keys,
        action,
        help,
        footer,
    }
}

use Context as C;
use KeyCode as K;

pub(super) const UP: &[Key] = &[Key::ch('k'), Key::code(K::Up)];
pub(super) const DOWN: &[Key] = &[Key::ch('j'), Key::code(K::Down)];
pub(super) const LEFT: &[Key] = &[Key::ch('h'), Key::code(K::Left)];
pub(super) const RIGHT: &[Key] = &[Key::ch('l'), Key::code(K::Right)];
pub(super) const TOP: &[Key] = &[Key::ch('g'), Key::code(K::Home)];
pub(super) const BOTTOM: &[Key] = &[Key::ch('G'), Key::code(K::End)];
pub(super) const PGUP: &[Key] = &[Key::code(K::PageUp), Key::ctrl('u')];
pub(super) const PGDN: &[Key] = &[Key::code(K::PageDown), Key::ctrl('d')];
pub(super) const ENTER: &[Key] = &[Key::code(K::Enter)];
pub(super) const ESC: &[Key] = &[Key::code(K::Esc)];

/// The bindings of the screens (list, board, agenda, detail). Order is
/// the order of the help screen.
pub const SCREENS: &[Binding] = &[
    b(
        C::Global,
        &[Key::ctrl('c')],
        Action::ForceQuit,
        "quit at once",
        "",
    ),
    b(
        C::Global,
        &[Key::ch('q')],
        Action::Quit,
        "quit (closes a popup first)",
        "quit",
    ),
    b(
        C::Global,
        &[Key::ch('?')],
        Action::Help,
        "show all keys",
        "help",
    ),
    b(C::Global, UP, Action::Up, "move up", ""),
    b(C::Global, DOWN, Action::Down, "move down", ""),
    b(C::Global, TOP, Action::Top, "first", ""),
    b(C::Global, BOTTOM, Action::Bottom, "last", ""),
    b(C::Global, PGUP, Action::PageUp, "page up", ""),
    b(C::Global, PGDN, Action::PageDown, "page down", ""),
    b(
        C::Global,
        &[Key::ch('a')],
        Action::SetStage(Stage::Applied),
        "stage: applied",
        "applied",
    ),
    b(
        C::Global,
        &[Key::ch('i')],
        Action::SetStage(Stage::Interview),
        "stage: interview",
        "",
    ),
    b(
        C::Global,
        &[Key::ch('w')],
        Action::SetStage(Stage::Awarded),
        "stage: awarded (won)",
        "",
    ),
    b(
        C::Global,
        &[Key::ch('x')],
        Action::SetStage(Stage::Rejected),
        "stage: rejected",
        "",
    ),
    b(
        C::Global,
        &[Key::ch('p')],
        Action::SetStage(Stage::Passed),
        "stage: passed",
        "",
    ),
    b(
        C::Global,
        &[Key::ch('s')],
        Action::StageMenu,
        "stage menu (every stage)",
        "stage",
    ),
    b(
        C::Global,
        &[Key::ch('u')],
        Action::Undo,
        "undo this posting's last change",
        "undo",
    ),
    b(C::Global, &[Key::ch('n')], Action::Note, "add a note", ""),
    b(
        C::Global,
        &[Key::ch('I')],
        Action::Import,
        "import a file or folder",
        "",
    ),
    b(
        C::Global,
        &[Key::ch('P')],
        Action::Profile,
        "your profile (rate, hours, VOG...)",
        "",
    ),
    b(
        C::Global,
        &[Key::ch('S')],
        Action::Stats,
        "stats of your bids (win rates, points)",
        "",
    ),
    b(
        C::Global,
        &[Key::ch('R')],
        Action::Reload,
        "read everything again from the database",
        "",
    ),
    b(
        C::Global,
        &[Key::ch('y')],
        Action::Copy,
        "copy the posting's id and web address",
        "",
    ),
    b(
        C::Global,
        &[Key::ch('O')],
        Action::OpenUrl,
        "open the posting's web address",
        "",
    ),
    b(C::List, ENTER, Action::Open, "open the posting", "open"),
    b(
        C::List,
        &[Key::ch('U')],
        Action::UndoAny,
        "undo the last change of any posting",
        "",
    ),
    b(
        C::List,
        &[Key::ch('N')],
        Action::AddPosting,
        "add a posting by hand",
        "",
    ),
    b(
        C::List,
        &[Key::ch('D')],
        Action::Archive,
        "move to the archive (asks) / restore from it",
        "",
    ),
    b(
        C::List,
        &[Key::ch('X')],
        Action::ToggleArchive,
        "show the archive / the postings",
        "",
    ),
    b(
        C::List,
        &[Key::ch('/')],
        Action::Search,
        "fuzzy search",
        "search",
    ),
    b(
        C::List,
        &[Key::ch('f')],
        Action::Filter,
        "filters",
        "filter",
    ),
    b(
        C::List,
        ESC,
        Action::ClearStep,
        "clear the search, then the filters",
        "",
    ),
    b(
        C::List,
        &[Key::ch('c')],
        Action::ClearFilter,
        "clear search and filters",
        "",
    ),
    b(
        C::List,
        &[Key::ch('F')],
        Action::RestoreFilter,
        "bring back the filters last cleared",
        "",
    ),
    b(
        C::List,
        &[Key::ch('o')],
        Action::CycleSort,
        "sort by next key",
        "sort",
    ),
    b(
        C::List,
        &[Key::ch('b')],
        Action::ToggleBoard,
        "board view",
        "board",
    ),
    b(
        C::List,
        &[Key::ch('A')],
        Action::Agenda,
        "agenda view",
        "agenda",
    ),
    b(
        C::List,
        &[Key::ch('L')],
        Action::LoadSamples,
        "add the bundled samples for good (asks first)",
        "",
    ),
    b(C::Board, LEFT, Action::Left, "previous column", "col"),
    b(C::Board, RIGHT, Action::Right, "next column", "col"),
    b(C::Board, ENTER, Action::Open, "open the posting", "open"),
    b(
        C::Board,
        &[Key::ch('U')],
        Action::UndoAny,
        "undo the last change of any posting",
        "",
    ),
    b(
        C::Board,
        &[Key::ch('N')],
        Action::AddPosting,
        "add a posting by hand",
        "",
    ),
    b(
        C::Board,
        &[Key::ch('z')],
        Action::ToggleSideLane,
        "open/fold the side lane",
        "side lane",
    ),
    b(
        C::Board,
        &[Key::ch('/')],
        Action::Search,
        "fuzzy search",
        "",
    ),
    b(C::Board, &[Key::ch('f')], Action::Filter, "filters", ""),
    b(
        C::Board,
        ESC,
        Action::ClearStep,
        "clear the search, then the filters",
        "",
    ),
    b(
        C::Board,
        &[Key::ch('c')],
        Action::ClearFilter,
        "clear search and filters",
        "",
    ),
    b(
        C::Board,
        &[Key::ch('F')],
        Action::RestoreFilter,
        "bring back the filters last cleared",
        "",
    ),
    b(
        C::Board,
        &[Key::ch('b')],
        Action::ToggleBoard,
        "list view",
        "list",
    ),
    b(C::Board, &[Key::ch('A')], Action::Agenda, "agenda view", ""),
    b(C::Agenda, ENTER, Action::Open, "open the posting", "open"),
    b(
        C::Agenda,
        &[Key::ch('A'), Key::code(K::Esc)],
        Action::Agenda,
        "back to the list",
        "list",
    ),
    b(
        C::Agenda,
        &[Key::ch('b')],
        Action::ToggleBoard,
        "board view",
        "",
    ),
];
