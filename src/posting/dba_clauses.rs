//! What one folded sentence's clauses say about ZZP'ers, for
//! [`super::dba::classify`]: which negation governs it, a ban vouched for
//! in a guarantee, a bid set aside, a sentence about money, the employed
//! route named as the only one (or only for a paper), and an opening.

use super::dba_phrases::{Hits, NEGATIONS, Table};

/// A paper that lets ZZP'ers in, the employed route only where it is
/// missing: "Inzet als zzp'er is alleen mogelijk op basis van een door de
/// Belastingdienst goedgekeurde modelovereenkomst; zonder modelovereenkomst
/// verloopt de inzet via detachering", "toegestaan, mits de intermediair
/// aantoont …". A ban in the same sentence ("uitsluitend via detachering")
/// counts only as the fallback ("anders", "is die er niet").
pub(super) fn on_paper(f: &str, h: &Hits) -> bool {
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
pub(super) fn negated(f: &str, h: &Hits) -> bool {
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
pub(super) fn vouches_no_zzp(f: &str, h: &Hits) -> bool {
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
pub(super) fn rejects_zzp(f: &str, h: &Hits) -> bool {
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
pub(super) fn about_money(f: &str) -> bool {
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
pub(super) fn only_employed(f: &str, h: &Hits) -> bool {
    (h.has(Table::OnlyWord) && h.has(Table::OnlyRoute) && !route_of_a_paper(f))
        || h.has(Table::RouteNamed)
}

/// "Waadi-registratie alleen bij inschrijving via detachering": a paper
/// asked only on the employed route, which leaves the other routes open.
pub(super) fn route_of_a_paper(f: &str) -> bool {
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
pub(super) fn opens(f: &str, h: &Hits) -> bool {
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
