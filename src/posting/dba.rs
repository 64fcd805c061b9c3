//! The Wet DBA stance: may a self-employed person (ZZP'er) take the job?
//!
//! Read from sentences, by signal phrases in three tables. A sentence that
//! names ZZP'ers with a negation, or says the work does not meet the criteria
//! for self-employment, excludes them. A clause that the bidder must
//! guarantee no (fictitious) employment arises asks for a guarantee. A
//! phrase that opens the work to ZZP'ers ("ZZP of detachering") or pays for
//! results, or two or more phrases framing the work as independent, make an
//! independent scope. The sentences found are the evidence.

use super::dba_clauses::{
    about_money, negated, on_paper, only_employed, opens, rejects_zzp, vouches_no_zzp,
};
use super::dba_phrases::{Table, hits};
use super::model::{Dba, DbaStance};
use super::normalize::fold;

/// What a sentence is evidence of, one bit each.
const EXCLUDES: u8 = 1;
const GUARANTEES: u8 = 2;
const OPENS: u8 = 4;
const BINDS: u8 = 8;
const FRAMES: u8 = 16;

/// The text without its questions: each clause that ends in a question
/// mark, from the last stop, exclamation mark or question before it.
fn without_questions(f: &str) -> String {
    let mut out = String::with_capacity(f.len());
    let mut clause = String::new();
    for c in f.chars() {
        clause.push(c);
        match c {
            '?' => clause.clear(),
            '.' | '!' | '\n' => out.push_str(&std::mem::take(&mut clause)),
            _ => {}
        }
    }
    out.push_str(&clause);
    out
}

/// Classifies the stance from the posting's sentences.
pub fn classify(sentences: &[String]) -> Dba {
    // each sentence is folded and searched once, and only what it is
    // evidence of is kept (a posting may have 200,000 sentences)
    let mut marks: Vec<u8> = Vec::with_capacity(sentences.len());
    let mut framings: Vec<usize> = Vec::new();
    for s in sentences {
        // a question asks the stance, it states none ("Kan dit ook als
        // zzp'er of alleen via detachering?"): its clause is left out,
        // the clauses around it and its answer are read
        let f = fold(s);
        let f = if f.contains('?') {
            without_questions(&f)
        } else {
            f
        };
        // a sentence that says the stance is not known states none
        let f = if super::dba_lexicon::UNSAID.iter().any(|w| f.contains(w)) {
            String::new()
        } else {
            f
        };
        let h = hits(&f);
        // "zzp alleen met een goedgekeurde modelovereenkomst, anders via
        // detachering": let in on a paper, the employed route the fallback
        let paper = on_paper(&f, &h);
        let open = paper || opens(&f, &h);
        // "… sluit de inzet van zzp'ers niet uit": the parted verb denied
        let denied = f.trim_end_matches(['.', '!', ' ']).ends_with(" niet uit")
            // "De provincie sluit zzp'ers niet uit, maar …"
            || (f.contains("sluit ") && [" niet uit,", " niet uit;", " niet uit "].iter().any(|w| f.contains(w)));
        let vouched_ban = vouches_no_zzp(&f, &h);
        let excludes = vouched_ban
            || (!paper
                && !denied
                && (h.has(Table::Excluded)
                    || (only_employed(&f, &h) && !open)
                    || (h.has(Table::NamesZzp)
                        && !open
                        && !h.has(Table::ProofAsked)
                        && negated(&f, &h)
                        && !about_money(&f))
                    || rejects_zzp(&f, &h)));
        // "zzp'ers zijn toegestaan, mits …": opened on a condition the
        // bidder must meet with a paper (an agreement, a statement), not on
        // working independently ("mits je zelfstandig werkt")
        let conditional = open
            && [" mits ", "onder voorwaarde"].iter().any(|m| {
                f.split_once(m).is_some_and(|(_, tail)| {
                    [
                        "overeenkomst",
                        "verklaring",
                        "belastingdienst",
                        "dba",
                        "aantoon",
                        "aanton",
                        // "mits de leverancier aannemelijk maakt dat …"
                        "aannemelijk",
                        "onderbouw",
                        "waarborg",
                        // "mits de inschrijver garandeert dat …"
                        "garan",
                    ]
                    .iter()
                    .any(|w| tail.contains(w))
                })
            });
        let conditional = conditional || paper;
        let guarantees = (h.has(Table::Guarantee) || conditional) && !vouched_ban;
        // "geschikt voor zelfstandigen: … kan buiten dienstbetrekking worden
        // uitgevoerd" states a fact; a guarantee asks the bidder for one
        let asks_bidder = conditional || OBLIGES.iter().any(|w| f.contains(w));
        let mut mark = 0;
        for (on, bit) in [
            (excludes, EXCLUDES),
            (guarantees, GUARANTEES),
            (open, OPENS),
            (
                guarantees
                    && (h.has(Table::BindingGuarantee) || conditional)
                    && (!open || asks_bidder),
                BINDS,
            ),
            (h.has(Table::Independent), FRAMES),
        ] {
            if on {
                mark |= bit;
            }
        }
        marks.push(mark);
        // no authority over the work is the test itself: it counts twice
        if h.has(Table::Independent) && f.contains("gezagsverhouding") {
            framings.push(usize::MAX);
        }
        framings.extend(h.framing);
    }
    let pick = |bit: u8| -> Vec<String> {
        let mut ev: Vec<String> = Vec::new();
        for (s, m) in sentences.iter().zip(&marks) {
            if m & bit != 0 && !ev.contains(s) {
                ev.push(s.clone());
            }
        }
        ev
    };
    let excluded = pick(EXCLUDES);
    if !excluded.is_empty() {
        // the clause around the exclusion is evidence too
        let mut evidence = pick(GUARANTEES);
        for s in excluded {
            if !evidence.contains(&s) {
                evidence.push(s);
            }
        }
        return Dba {
            stance: DbaStance::ZzpExcluded,
            evidence: order_like(sentences, evidence),
        };
    }
    let open = pick(OPENS);
    if marks.iter().any(|m| m & BINDS != 0) {
        let mut evidence = open;
        for g in pick(GUARANTEES) {
            if !evidence.contains(&g) {
                evidence.push(g);
            }
        }
        return Dba {
            stance: DbaStance::GuaranteeRequired,
            evidence: order_like(sentences, evidence),
        };
    }
    if !open.is_empty() {
        return Dba {
            stance: DbaStance::IndependentScope,
            evidence: open,
        };
    }
    framings.sort_unstable();
    framings.dedup();
    if framings.len() >= 2 {
        return Dba {
            stance: DbaStance::IndependentScope,
            evidence: pick(FRAMES),
        };
    }
    Dba {
        stance: DbaStance::NotStated,
        evidence: Vec::new(),
    }
}

/// Words that ask the bidder to show or vouch for something.
const OBLIGES: [&str; 19] = [
    "garant",
    "garandeer",
    "guarantee",
    "verklaart",
    "tekent",
    " dient ",
    " moet ",
    "provided",
    "sign ",
    "confirm",
    "must ",
    "waarborg",
    "aan te tonen",
    "aantoon",
    "onderbouw",
    "staat ervoor in",
    "staat er voor in",
    "modelovereenkomst",
    "verklaring",
];

fn order_like(all: &[String], mut picked: Vec<String>) -> Vec<String> {
    picked.sort_by_key(|s| all.iter().position(|a| a == s));
    picked
}

#[cfg(test)]
#[path = "dba_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "dba_clause_tests.rs"]
mod clause_tests;
