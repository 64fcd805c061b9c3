//! The Wet DBA stance: may a self-employed person (ZZP'er) take the job?
//!
//! Read from sentences, by signal phrases in three tables. A sentence that
//! names ZZP'ers with a negation, or says the work does not meet the criteria
//! for self-employment, excludes them. A clause that the bidder must
//! guarantee no (fictitious) employment arises asks for a guarantee. Two or
//! more phrases framing the work as independent and result-driven make an
//! independent scope. The sentences found are the evidence.

use super::model::{Dba, DbaStance};
use super::normalize::fold;

/// Phrases (folded) that exclude self-employed bidders on their own.
const EXCLUDED: &[&str] = &[
    "niet wordt voldaan aan de criteria voor zelfstandigheid",
    "niet voldaan aan de criteria voor zelfstandigheid",
    "uitsluitend op basis van detachering",
    "uitsluitend via detachering",
    "uitsluitend via payroll",
    "alleen via detachering",
    "alleen via payroll",
    "geen zzp",
    "zzp'ers zijn uitgesloten",
    "zzp-ers zijn uitgesloten",
    "niet open voor zzp",
    "niet geschikt voor zzp",
];

/// Negations that, in a sentence naming ZZP'ers, exclude them.
const NEGATIONS: &[&str] = &[
    " niet ",
    " geen ",
    "uitgesloten",
    "niet toegestaan",
    "niet mogelijk",
];

/// Phrases (folded) of a guarantee clause.
const GUARANTEE: &[&str] = &[
    "geen arbeidsovereenkomst of (fictieve) dienstbetrekking",
    "geen arbeidsovereenkomst of fictieve dienstbetrekking",
    "(fictieve) dienstbetrekking ontstaat",
    "fictieve dienstbetrekking",
    "aannemelijk te maken en deugdelijk te onderbouwen",
    "geen arbeidsrelatie/dienstbetrekking",
    "geen arbeidsrelatie",
    "geen gezagsverhouding",
    "wet deregulering beoordeling arbeidsrelaties",
    "wet dba",
    "modelovereenkomst",
];

/// Phrases (folded) that frame the work as independent and result-driven.
const INDEPENDENT: &[&str] = &[
    "zelfstandige professional",
    "zelfstandig ondernemer",
    "niet werkzaam in een hierarchische",
    "geen leiding aan medewerkers",
    "tijdelijk en resultaatgericht",
    "eigen deskundigheid",
    "zelfstandig plan van aanpak",
    "zelf hoe de opdracht wordt uitgevoerd",
    "niet bedoeld als structurele invulling",
    "niet op het vervullen van een reguliere functie",
];

/// Classifies the stance from the posting's sentences.
pub fn classify(sentences: &[String]) -> Dba {
    let folded: Vec<String> = sentences.iter().map(|s| fold(s)).collect();
    let pick = |pred: &dyn Fn(&str) -> bool| -> Vec<String> {
        let mut ev: Vec<String> = Vec::new();
        for (s, f) in sentences.iter().zip(&folded) {
            if pred(f) && !ev.contains(s) {
                ev.push(s.clone());
            }
        }
        ev
    };
    let names_zzp = |f: &str| f.contains("zzp") || f.contains("zelfstandige zonder personeel");
    let excluded = pick(&|f: &str| {
        EXCLUDED.iter().any(|p| f.contains(p))
            || (names_zzp(f) && NEGATIONS.iter().any(|n| f.contains(n)))
    });
    if !excluded.is_empty() {
        // the clause around the exclusion is evidence too
        let mut evidence = pick(&|f: &str| GUARANTEE.iter().any(|p| f.contains(p)));
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
    let guarantee = pick(&|f: &str| GUARANTEE.iter().any(|p| f.contains(p)));
    if guarantee.iter().any(|s| {
        let f = fold(s);
        f.contains("dienstbetrekking") || f.contains("arbeidsrelatie") || f.contains("onderbouwen")
    }) {
        return Dba {
            stance: DbaStance::GuaranteeRequired,
            evidence: guarantee,
        };
    }
    let independent = pick(&|f: &str| INDEPENDENT.iter().any(|p| f.contains(p)));
    let distinct = INDEPENDENT
        .iter()
        .filter(|p| folded.iter().any(|f| f.contains(*p)))
        .count();
    if distinct >= 2 {
        return Dba {
            stance: DbaStance::IndependentScope,
            evidence: independent,
        };
    }
    Dba {
        stance: DbaStance::NotStated,
        evidence: Vec::new(),
    }
}

fn order_like(all: &[String], mut picked: Vec<String>) -> Vec<String> {
    picked.sort_by_key(|s| all.iter().position(|a| a == s));
    picked
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(list: &[&str]) -> Vec<String> {
        list.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn zzp_named_with_negation_is_excluded() {
        let d = classify(&s(&[
            "De inschrijver dient dit te waarborgen.",
            "Aan de voorwaarde wordt niet voldaan als de inschrijver een ZZP-er is.",
        ]));
        assert_eq!(d.stance, DbaStance::ZzpExcluded);
        assert_eq!(d.evidence.len(), 1);
        assert_eq!(
            classify(&s(&["Inschrijven als zzp'er is niet mogelijk."])).stance,
            DbaStance::ZzpExcluded
        );
        assert_eq!(
            classify(&s(&["ZZP'ers zijn van harte welkom."])).stance,
            DbaStance::NotStated
        );
    }

    #[test]
    fn guarantee_clause() {
        let d = classify(&s(&[
            "De opdrachtnemer waarborgt dat geen arbeidsovereenkomst of (fictieve) dienstbetrekking ontstaat.",
        ]));
        assert_eq!(d.stance, DbaStance::GuaranteeRequired);
    }

    #[test]
    fn independent_needs_two_signals() {
        assert_eq!(
            classify(&s(&["Je werkt zelfstandig aan je caseload."])).stance,
            DbaStance::NotStated
        );
        let d = classify(&s(&[
            "Deze opdracht is bedoeld voor een zelfstandige professional.",
            "De opdracht is tijdelijk en resultaatgericht.",
        ]));
        assert_eq!(d.stance, DbaStance::IndependentScope);
        assert_eq!(d.evidence.len(), 2);
    }
}
