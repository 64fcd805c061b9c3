//! The Wet DBA stance: may a self-employed person (ZZP'er) take the job?
//!
//! Read from sentences, by signal phrases in three tables. A sentence that
//! names ZZP'ers with a negation, or says the work does not meet the criteria
//! for self-employment, excludes them. A clause that the bidder must
//! guarantee no (fictitious) employment arises asks for a guarantee. A
//! phrase that opens the work to ZZP'ers ("ZZP of detachering") or pays for
//! results, or two or more phrases framing the work as independent, make an
//! independent scope. The sentences found are the evidence.

use super::dba_phrases::{Hits, NEGATIONS, Table, hits};
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

/// A paper that lets ZZP'ers in, the employed route only where it is
/// missing: "Inzet als zzp'er is alleen mogelijk op basis van een door de
/// Belastingdienst goedgekeurde modelovereenkomst; zonder modelovereenkomst
/// verloopt de inzet via detachering", "toegestaan, mits de intermediair
/// aantoont …". A ban in the same sentence ("uitsluitend via detachering")
/// counts only as the fallback ("anders", "is die er niet").
fn on_paper(f: &str, h: &Hits) -> bool {
    const PAPERS: [&str; 7] = [
        "modelovereenkomst",
        "(model)overeenkomst",
        "belastingdienst",
        "dba-verklaring",
        "aantoont",
        "aantonen",
        "waarborgt",
    ];
    const GATES: [&str; 7] = [
        " mits ",
        "onder voorwaarde",
        "alleen ",
        "uitsluitend ",
        " als ",
        " indien ",
        " met ",
    ];
    const FALLBACK: [&str; 6] = [
        "anders",
        "zo niet",
        " er niet",
        "dat niet",
        "zonder model",
        "otherwise",
    ];
    let names = h.has(Table::NamesZzp) || f.contains("zelfstandig");
    names
        && PAPERS.iter().any(|p| f.contains(p))
        && GATES.iter().any(|g| f.contains(g))
        && (!h.has(Table::Excluded) || FALLBACK.iter().any(|w| f.contains(w)))
}

/// A negation that governs the sentence, not one inside the condition it
/// sets ("toegestaan, mits … geen sprake is van een (fictieve)
/// dienstbetrekking": the "geen" is what the bidder guarantees).
fn negated(f: &str, h: &Hits) -> bool {
    if !h.has(Table::Negation) {
        return false;
    }
    let head = [" mits ", "onder voorwaarde", "provided that"]
        .iter()
        .filter_map(|m| f.find(m))
        .min()
        .map_or(f, |at| &f[..at]);
    // "… garanderen dat de inzet van een zzp'er niet leidt tot een
    // (fictieve) dienstbetrekking": what a guarantee says after its "dat"
    // is what the bidder vouches for, no bar on the ZZP'er
    let object = [
        "dienstbetrekking",
        "dienstverband",
        "arbeidsovereenkomst",
        "arbeidsrelatie",
    ];
    let vouched = h
        .has(Table::Guarantee)
        .then(|| head.find(" dat "))
        .flatten()
        .and_then(|at| {
            object
                .iter()
                .filter_map(|o| head[at..].find(o).map(|i| at + i + o.len()))
                .min()
                .map(|end| (at, end))
        });
    let head = match vouched {
        Some((at, end)) => format!("{} {} ", &head[..at], &head[end..]),
        None => format!("{head} "),
    };
    let negates = |t: &str| super::dba_phrases::NEGATIONS.iter().any(|n| t.contains(n));
    // "Reageren loopt niet via deze groep maar … rechtstreeks als zzp'er":
    // what is denied stands before "maar", the ZZP'er after it
    if let Some(at) = head.find(" maar ") {
        let (before, after) = head.split_at(at);
        let names = |t: &str| super::dba_phrases::NAMES_ZZP.iter().any(|n| t.contains(n));
        if negates(before) && !negates(after) && !names(before) && names(after) {
            return false;
        }
    }
    negates(&head)
}

/// "De inschrijver garandeert dat de kandidaat niet als zzp'er wordt
/// ingezet": what the bidder vouches for is that no ZZP'er does the work, a
/// ban, not a guarantee about employment.
fn vouches_no_zzp(f: &str, h: &Hits) -> bool {
    if !h.has(Table::Guarantee) || !h.has(Table::NamesZzp) {
        return false;
    }
    let Some(at) = f.find(" dat ") else {
        return false;
    };
    let vouched = &f[at..];
    [
        "niet als zzp",
        "geen zzp",
        "niet als zelfstandige",
        "geen zelfstandige",
        "niet als freelancer",
        "not as a self-employed",
        "no self-employed",
    ]
    .iter()
    .any(|w| vouched.contains(w))
        && ![
            "dienstbetrekking",
            "dienstverband",
            "arbeidsovereenkomst",
            "schijnzelfstandig",
            "gezagsverhouding",
        ]
        .iter()
        .any(|w| vouched.contains(w))
}

/// "Inschrijvingen waarbij de kandidaat als zzp'er wordt ingezet, worden
/// terzijde gelegd": a bid that offers a ZZP'er is set aside (and not on a
/// condition: "waarbij niet wordt aangetoond …" asks for a paper).
fn rejects_zzp(f: &str, h: &Hits) -> bool {
    // the verb parted round its subject: "Gelet op … sluit de provincie de
    // inzet van zelfstandigen zonder personeel (zzp) voor deze opdracht uit."
    let parted = (f.starts_with("sluit ") || f.contains(" sluit ") || f.contains(" sluiten "))
        && f.trim_end_matches(['.', '!', ' ']).ends_with(" uit");
    h.has(Table::NamesZzp)
        && !h.has(Table::ProofAsked)
        && !negated(f, h)
        && (parted
            || [
                "terzijde gelegd",
                "ter zijde gelegd",
                "niet in behandeling genomen",
                "worden afgewezen",
                "wordt afgewezen",
                "worden uitgesloten",
                "wordt uitgesloten",
            ]
            .iter()
            .any(|w| f.contains(w)))
}

/// A sentence about money ("Wij rekenen geen fee aan zelfstandigen"): a
/// negation there says nothing of who may do the work.
/// Only a money word near the ZZP'ers counts: a table's rows may run on
/// into one sentence ("Tarief … excl. btw … Arbeidsrelatie Uitsluitend
/// detachering; inzet van zzp'ers is niet toegestaan", "Maximum uurtarief
/// € 97,50 excl. btw Indicatie inschaling schaal 11 Zzp Zzp'ers zijn niet
/// toegestaan"): 25 bytes before them, 40 after.
fn about_money(f: &str) -> bool {
    const MONEY: [&str; 6] = [
        " fee",
        "kosten",
        "vergoed",
        "bemiddelingsbijdrage",
        "btw",
        "factu",
    ];
    ["zzp", "zelfstandig", "freelance"].iter().any(|who| {
        f.match_indices(who).any(|(at, _)| {
            let lo = f.floor_char_boundary(at.saturating_sub(25));
            let hi = f.ceil_char_boundary((at + 40).min(f.len()));
            MONEY.iter().any(|w| f[lo..hi].contains(w))
        })
    })
}

/// "uitsluitend inhuur via detachering", "alleen ingevuld via payroll",
/// "deze opdracht wordt ingevuld op basis van detachering": the only route
/// named is an employed one.
fn only_employed(f: &str, h: &Hits) -> bool {
    (h.has(Table::OnlyWord) && h.has(Table::OnlyRoute) && !route_of_a_paper(f))
        || h.has(Table::RouteNamed)
}

/// "Waadi-registratie alleen bij inschrijving via detachering": a paper
/// asked only on the employed route, which leaves the other routes open.
fn route_of_a_paper(f: &str) -> bool {
    let Some(at) = ["alleen", "uitsluitend"]
        .iter()
        .filter_map(|w| f.find(w))
        .min()
    else {
        return false;
    };
    [
        "waadi",
        "registratie",
        "g-rekening",
        "verklaring",
        "vog",
        "kvk",
        "inschrijving in",
    ]
    .iter()
    .any(|p| f[..at].contains(p))
}

/// Does the sentence open the work to ZZP'ers? "inhuur via zzp of
/// detachering is niet mogelijk" opens nothing.
fn opens(f: &str, h: &Hits) -> bool {
    let negated = negated(f, h);
    // "inschrijving als zelfstandig ondernemer (zzp) is nadrukkelijk mogelijk"
    let possible = h.has(Table::PossibleWho) && h.has(Table::Possible) && !negated;
    // "zzp'ers en detachering allebei welkom", "Self-employed (ZZP)
    // candidates are welcome", "Zzp of detachering, beide mogelijk"
    let welcome = h.has(Table::NamesZzp) && h.has(Table::Welcome) && !negated;
    possible
        || welcome
        || h.open_at.iter().any(|&(start, end)| {
            // "is not open to self-employed …" opens nothing
            let before = f[..start].trim_end();
            if [" not", " niet", " geen"]
                .iter()
                .any(|n| before.ends_with(n))
            {
                return false;
            }
            let after = &f[end..];
            // a negation in brackets is about something else ("(VOF niet mogelijk)")
            let cut = after.char_indices().nth(25).map_or(after.len(), |(j, _)| j);
            // nor one in the next clause ("open voor zelfstandigen; er is
            // geen sprake van een gezagsverhouding")
            let cut = after[..cut].find(['(', ';']).unwrap_or(cut);
            !NEGATIONS.iter().any(|n| after[..cut].contains(n.trim()))
        })
}

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
