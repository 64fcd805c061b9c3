//! Keys to actions. The default bindings are data ([`BINDINGS`], in
//! `bindings.rs`); lookup, the `?` help screen, the footer hints and the
//! README's key table are all generated from them, so keys and help never
//! disagree. Owns no state and draws nothing.

mod bindings;
mod detail_bindings;
mod popup_bindings;

/// Every default binding: the screens', then the search field's and the
/// popups'.
pub static BINDINGS: std::sync::LazyLock<Vec<Binding>> = std::sync::LazyLock::new(|| {
    [
        bindings::SCREENS,
        detail_bindings::DETAIL,
        popup_bindings::POPUPS,
    ]
    .concat()
});

use super::action::Action;
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
    /// A folder import under way.
    Importing,
    /// What an import did.
    ImportSummary,
    Profile,
    /// Typing a value in the profile editor.
    ProfileEdit,
    /// The form of a posting's fields.
    Form,
    /// A yes/no question.
    Confirm,
    /// Typing a term to find in the original text (`/` in the detail).
    TextFind,
    /// The stats of your bids.
    Stats,
    /// How a bid ended, after a move to awarded or rejected.
    OutcomeForm,
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
            Context::Importing => "Importing",
            Context::ImportSummary => "Import summary",
            Context::Profile => "Profile (P)",
            Context::ProfileEdit => "Profile value",
            Context::Form => "Posting form (e, N)",
            Context::Confirm => "Confirm (D)",
            Context::TextFind => "Find in the text (/ in the detail)",
            Context::Stats => "Stats (S)",
            Context::OutcomeForm => "Outcome (after awarded, rejected)",
        }
    }

    /// Contexts where typed characters go to a text field: only their own
    /// bindings apply, not the global ones (except Ctrl-C).
    pub fn is_text_entry(self) -> bool {
        matches!(
            self,
            Context::Search
                | Context::Note
                | Context::Import
                | Context::ProfileEdit
                | Context::Form
                | Context::TextFind
                | Context::OutcomeForm
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
    for b in BINDINGS.iter() {
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
    use crate::assess::Answer;
    use crate::pipeline::Stage;
    use Context as C;
    use KeyCode as K;

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
