//! The one pass that finds the Wet DBA phrase tables (`dba_lexicon.rs`) in
//! a sentence, for `dba.rs` to weigh. Every table goes into one Aho-Corasick
//! automaton, so a sentence is read once however many phrases there are
//! (a posting with 200,000 criteria has as many sentences).

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::dba_lexicon::{
    BINDING_GUARANTEE, EXCLUDED, GUARANTEE, INDEPENDENT, ONLY_ROUTE, ONLY_WORD, OPEN_TO_ZZP,
    POSSIBLE, POSSIBLE_WHO, PROOF_ASKED, ROUTE_NAMED, WELCOME,
};
pub(super) use super::dba_lexicon::{NAMES_ZZP, NEGATIONS};

/// The tables, one bit each in [`Hits`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Table {
    Excluded,
    OpenToZzp,
    Welcome,
    Negation,
    Guarantee,
    Independent,
    NamesZzp,
    OnlyWord,
    OnlyRoute,
    PossibleWho,
    Possible,
    RouteNamed,
    ProofAsked,
    BindingGuarantee,
}

const TABLES: &[(Table, &[&str])] = &[
    (Table::Excluded, EXCLUDED),
    (Table::OpenToZzp, OPEN_TO_ZZP),
    (Table::Welcome, WELCOME),
    (Table::Negation, NEGATIONS),
    (Table::Guarantee, GUARANTEE),
    (Table::Independent, INDEPENDENT),
    (Table::NamesZzp, NAMES_ZZP),
    (Table::OnlyWord, ONLY_WORD),
    (Table::OnlyRoute, ONLY_ROUTE),
    (Table::PossibleWho, POSSIBLE_WHO),
    (Table::Possible, POSSIBLE),
    (Table::RouteNamed, ROUTE_NAMED),
    (Table::ProofAsked, PROOF_ASKED),
    (Table::BindingGuarantee, BINDING_GUARANTEE),
];

/// What one folded sentence holds: the tables with a phrase in it, where
/// the phrases opening the work to ZZP'ers stand (their surroundings
/// decide), and which framing phrases it uses (distinct ones are counted
/// over the posting).
#[derive(Debug, Default)]
pub(super) struct Hits {
    tables: u32,
    pub(super) open_at: Vec<(usize, usize)>,
    pub(super) framing: Vec<usize>,
}

impl Hits {
    pub(super) fn has(&self, table: Table) -> bool {
        self.tables & (1 << table as u32) != 0
    }
}

struct Matcher {
    automaton: AhoCorasick,
    /// The tables each distinct phrase belongs to, by pattern id.
    tables: Vec<u32>,
}

static MATCHER: LazyLock<Matcher> = LazyLock::new(|| {
    let mut phrases: Vec<&str> = Vec::new();
    let mut tables: Vec<u32> = Vec::new();
    for (table, list) in TABLES {
        for phrase in *list {
            match phrases.iter().position(|p| p == phrase) {
                Some(i) => tables[i] |= 1 << *table as u32,
                None => {
                    phrases.push(phrase);
                    tables.push(1 << *table as u32);
                }
            }
        }
    }
    let automaton = AhoCorasick::new(&phrases).expect("the DBA phrase tables build an automaton");
    Matcher { automaton, tables }
});

/// Finds every phrase of every table in a folded sentence, in one pass.
pub(super) fn hits(folded: &str) -> Hits {
    let m = &*MATCHER;
    let mut hits = Hits::default();
    for found in m.automaton.find_overlapping_iter(folded) {
        let id = found.pattern().as_usize();
        let tables = m.tables[id];
        hits.tables |= tables;
        if tables & (1 << Table::OpenToZzp as u32) != 0 {
            hits.open_at.push((found.start(), found.end()));
        }
        if tables & (1 << Table::Independent as u32) != 0 && !hits.framing.contains(&id) {
            hits.framing.push(id);
        }
    }
    hits.open_at.sort_unstable();
    hits
}
