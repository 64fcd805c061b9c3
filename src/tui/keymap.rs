//! The default key bindings, as data. Lookup, the `?` help screen and the
//! footer hints are all generated from [`BINDINGS`], so keys and help never
//! disagree. Owns no state and draws nothing.

use super::action::{Action, Pane};
use crate::assess::Answer;
use crate::pipeline::Stage;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Where a key is pressed: the screen or popup that has the focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    /// Everywhere, unless a text field has the focus.
    Global,
    List,
    Board,
    Agenda,
    Detail,
    /// The detail's Criteria pane (falls back to the detail's keys).
    Criteria,
    Search,
    Filter,
    StageMenu,
    Help,
    Note,
    Import,
    Profile,
    /// Typing a value in the profile editor.
    ProfileEdit,
}

impl Context {
    pub fn label(self) -> &'static str {
        match self {
            Context::Global => "Everywhere",
            Context::List => "List",
            Context::Board => "Board",
            Context::Agenda => "Agenda (A)",
            Context::Detail => "Detail",
            Context::Criteria => "Criteria pane (2)",
            Context::Search => "Search (/)",
            Context::Filter => "Filters (f)",
            Context::StageMenu => "Stage menu (s)",
            Context::Help => "Help (?)",
            Context::Note => "Note editor (n)",
            Context::Import => "Import prompt (I)",
            Context::Profile => "Profile (P)",
            Context::ProfileEdit => "Profile value",
        }
    }

    /// Contexts where typed characters go to a text field: only their own
    /// bindings apply, not the global ones (except Ctrl-C).
    pub fn is_text_entry(self) -> bool {
        matches!(
            self,
            Context::Search | Context::Note | Context::Import | Context::ProfileEdit
        )
    }

    /// Contexts that fall back to the global bindings.
    fn uses_global(self) -> bool {
        matches!(
            self,
            Context::List | Context::Board | Context::Agenda | Context::Detail | Context::Criteria
        )
    }

    /// The context whose bindings apply next, before the global ones.
    fn parent(self) -> Option<Context> {
        match self {
            Context::Criteria => Some(Context::Detail),
            _ => None,
        }
    }
}

/// One key: a code and its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Key {
    pub const fn ch(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            mods: KeyModifiers::NONE,
        }
    }
    pub const fn code(code: KeyCode) -> Key {
        Key {
            code,
            mods: KeyModifiers::NONE,
        }
    }
    pub const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            mods: KeyModifiers::CONTROL,
        }
    }

    /// The key as the help screen and footer show it.
    pub fn display(self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "S-Tab".into(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Backspace => "Bksp".into(),
            other => format!("{other:?}"),
        };
        if self.mods.contains(KeyModifiers::CONTROL) {
            format!("C-{base}")
        } else {
            base
        }
    }

    /// Normalises a key event: Shift is dropped for characters (the character
    /// already carries it), BackTab stays BackTab.
    pub fn from_event(ev: &KeyEvent) -> Key {
        let mut mods = ev.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
        if !matches!(ev.code, KeyCode::Char(_)) {
            mods |= ev.modifiers & KeyModifiers::SHIFT;
            if ev.code == KeyCode::BackTab {
                mods -= KeyModifiers::SHIFT;
            }
        }
        Key {
            code: ev.code,
            mods,
        }
    }
}

/// One binding: keys in a context, the action, its help text, and its
/// footer label.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub ctx: Context,
    pub keys: &'static [Key],
    pub action: Action,
    pub help: &'static str,
    /// Short label in the footer; empty: not in the footer.
    pub footer: &'static str,
}

const fn b(
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

const UP: &[Key] = &[Key::ch('k'), Key::code(K::Up)];
const DOWN: &[Key] = &[Key::ch('j'), Key::code(K::Down)];
const LEFT: &[Key] = &[Key::ch('h'), Key::code(K::Left)];
const RIGHT: &[Key] = &[Key::ch('l'), Key::code(K::Right)];
const TOP: &[Key] = &[Key::ch('g'), Key::code(K::Home)];
const BOTTOM: &[Key] = &[Key::ch('G'), Key::code(K::End)];
const PGUP: &[Key] = &[Key::code(K::PageUp), Key::ctrl('u')];
const PGDN: &[Key] = &[Key::code(K::PageDown), Key::ctrl('d')];
const ENTER: &[Key] = &[Key::code(K::Enter)];
const ESC: &[Key] = &[Key::code(K::Esc)];

/// The default bindings. Order is the order of the help screen.
pub const BINDINGS: &[Binding] = &[
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
        "undo the last stage change",
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
    b(C::List, ENTER, Action::Open, "open the posting", "open"),
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
        &[Key::ch('c'), Key::code(K::Esc)],
        Action::ClearFilter,
        "clear search and filters",
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
        "load the bundled samples",
        "",
    ),
    b(C::Board, LEFT, Action::Left, "previous column", "col"),
    b(C::Board, RIGHT, Action::Right, "next column", "col"),
    b(C::Board, ENTER, Action::Open, "open the posting", "open"),
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
        &[Key::ch('c'), Key::code(K::Esc)],
        Action::ClearFilter,
        "clear search and filters",
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
    b(C::Import, ENTER, Action::Open, "import", "import"),
    b(C::Import, ESC, Action::Back, "cancel", "cancel"),
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
];

/// The action a key stands for in a context (its own bindings first, then
/// the global ones where the context uses them). Ctrl-C always quits.
pub fn lookup(ctx: Context, key: Key) -> Option<Action> {
    if key == Key::ctrl('c') {
        return Some(Action::ForceQuit);
    }
    let find = |c: Context| {
        BINDINGS
            .iter()
            .find(|b| b.ctx == c && b.keys.contains(&key))
            .map(|b| b.action)
    };
    find(ctx)
        .or_else(|| ctx.parent().and_then(find))
        .or_else(|| {
            if ctx.uses_global() {
                find(Context::Global)
            } else {
                None
            }
        })
}

/// The keys of one binding, joined for display ("j/↓").
pub fn keys_label(b: &Binding) -> String {
    b.keys
        .iter()
        .map(|k| k.display())
        .collect::<Vec<_>>()
        .join("/")
}

/// Footer hints for a context: its own footer bindings, then the global
/// ones; the first key of each.
pub fn footer(ctx: Context) -> Vec<(String, &'static str)> {
    let shown = |b: &&Binding| !b.footer.is_empty();
    let own = BINDINGS
        .iter()
        .filter(|b| b.ctx == ctx || Some(b.ctx) == ctx.parent())
        .filter(shown);
    let global: Vec<&Binding> = BINDINGS
        .iter()
        .filter(|b| ctx.uses_global() && b.ctx == Context::Global)
        .filter(shown)
        .collect();
    // help and quit first: a narrow window cuts the end of the line
    let (first, rest): (Vec<&Binding>, Vec<&Binding>) = global
        .into_iter()
        .partition(|b| matches!(b.action, Action::Quit | Action::Help));
    first
        .into_iter()
        .rev()
        .chain(own)
        .chain(rest)
        .map(|b| (b.keys[0].display(), b.footer))
        .collect()
}

/// The help screen: every context with its bindings, in order.
pub fn help_sections() -> Vec<(Context, Vec<(String, &'static str)>)> {
    let mut out: Vec<(Context, Vec<(String, &'static str)>)> = Vec::new();
    for b in BINDINGS {
        let entry = (keys_label(b), b.help);
        match out.iter_mut().find(|(c, _)| *c == b.ctx) {
            Some((_, v)) => v.push(entry),
            None => out.push((b.ctx, vec![entry])),
        }
    }
    out
}

/// Every binding as a Markdown table, context by context (the README's key
/// table is this text; a test keeps the two equal).
pub fn markdown_table() -> String {
    let mut out = String::from("| Where | Keys | What |\n|---|---|---|\n");
    for (ctx, _) in help_sections() {
        for b in BINDINGS.iter().filter(|b| b.ctx == ctx) {
            let keys: Vec<String> = b
                .keys
                .iter()
                .map(|k| format!("`{}`", k.display()))
                .collect();
            out.push_str(&format!(
                "| {} | {} | {} |\n",
                ctx.label(),
                keys.join(" "),
                b.help
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_bound_twice_in_a_context() {
        for (i, a) in BINDINGS.iter().enumerate() {
            for bnd in &BINDINGS[i + 1..] {
                let overlaps = a.ctx == bnd.ctx || (a.ctx == C::Global && bnd.ctx.uses_global());
                if overlaps && a.ctx == bnd.ctx {
                    for k in a.keys {
                        assert!(!bnd.keys.contains(k), "{k:?} bound twice in {:?}", a.ctx);
                    }
                }
            }
        }
    }

    #[test]
    fn lookups() {
        assert_eq!(lookup(C::List, Key::ch('j')), Some(Action::Down));
        assert_eq!(lookup(C::List, Key::code(K::Enter)), Some(Action::Open));
        assert_eq!(
            lookup(C::Search, Key::ch('j')),
            None,
            "typed into the search field"
        );
        assert_eq!(lookup(C::Note, Key::ctrl('c')), Some(Action::ForceQuit));
        assert_eq!(lookup(C::Detail, Key::code(K::Tab)), Some(Action::NextPane));
        assert_eq!(
            lookup(C::Board, Key::ch('a')),
            Some(Action::SetStage(Stage::Applied))
        );
        assert_eq!(
            lookup(C::Criteria, Key::ch('-')),
            Some(Action::Judge(Some(Answer::NotMet)))
        );
        assert_eq!(
            lookup(C::Criteria, Key::code(K::Esc)),
            Some(Action::Back),
            "the detail's keys apply in its Criteria pane"
        );
        assert_eq!(lookup(C::Detail, Key::ch('+')), None);
        assert_eq!(lookup(C::ProfileEdit, Key::ch('q')), None);
    }

    #[test]
    fn help_covers_every_binding() {
        let n: usize = help_sections().iter().map(|(_, v)| v.len()).sum();
        assert_eq!(n, BINDINGS.len());
    }
}
