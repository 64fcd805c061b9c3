//! Tests of the Wet DBA stance (`dba.rs`).
use super::*;

pub(super) fn s(list: &[&str]) -> Vec<String> {
    list.iter().map(|x| x.to_string()).collect()
}

#[test]
fn a_bounded_job_without_anyone_above_frames_it_as_independent() {
    for t in [
        "De adviseur werkt zelfstandig en resultaatgericht aan een afgebakende opdracht, zonder hiërarchische aansturing.",
        "Wij zoeken een zelfstandig professional die de opdracht op eigen wijze en resultaatgericht uitvoert.",
        "De opdracht wordt als zelfstandige resultaatopdracht uitgevoerd: je bepaalt zelf hoe en wanneer je de mijlpalen haalt.",
        "Deze opdracht is nadrukkelijk bedoeld voor een zelfstandig professional die resultaatgericht en zonder aansturing een afgebakend advies oplevert.",
    ] {
        assert_eq!(
            classify(&s(&[t])).stance,
            DbaStance::IndependentScope,
            "{t}"
        );
    }
    assert_eq!(
        classify(&s(&["Je werkt zonder hiërarchische aansturing."])).stance,
        DbaStance::NotStated
    );
}

#[test]
fn no_authority_over_the_work_frames_it_as_independent() {
    for t in [
        &["resultaatgericht", "geen gezagsverhouding"][..],
        &[
            "De opdracht wordt resultaatgericht uitgevoerd: opdrachtnemer bepaalt zelf de wijze van uitvoering.",
        ],
    ] {
        assert_eq!(classify(&s(t)).stance, DbaStance::IndependentScope, "{t:?}");
    }
    assert_eq!(
        classify(&s(&["Inschrijving door zzp'ers is toegestaan."])).stance,
        DbaStance::IndependentScope
    );
    assert_eq!(
        classify(&s(&["Inzet van zzp'ers is toegestaan, mits de opdracht wordt uitgevoerd op basis van een goedgekeurde modelovereenkomst."])).stance,
        DbaStance::GuaranteeRequired
    );
    assert_eq!(
        classify(&s(&["Voor deze opdracht is zowel zzp als detachering mogelijk, mits je zelfstandig en resultaatgericht werkt."])).stance,
        DbaStance::IndependentScope
    );
    assert_eq!(
        classify(&s(&["Je werkt resultaatgericht en klantgericht."])).stance,
        DbaStance::NotStated
    );
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
    // opening the work to ZZP'ers explicitly is an independent scope
    // (the definition in the shared answers), never an exclusion
    assert_eq!(
        classify(&s(&["ZZP'ers zijn van harte welkom."])).stance,
        DbaStance::IndependentScope
    );
    assert_eq!(
        classify(&s(&["Volgens de Wet DBA zijn zzp'ers niet toegestaan."])).stance,
        DbaStance::ZzpExcluded
    );
    assert_eq!(
        classify(&s(&[
            "Indien een zzp'er wordt aangeboden, dient de inschrijver aan te tonen dat er geen sprake is van schijnzelfstandigheid."
        ]))
        .stance,
        DbaStance::GuaranteeRequired
    );
    assert_eq!(
        classify(&s(&[
            "Je kunt je alleen als ZZP'er (VOF niet mogelijk) inschrijven."
        ]))
        .stance,
        DbaStance::IndependentScope
    );
    assert_eq!(
        classify(&s(&["Kijkende naar de wet DBA, kan je deze opdracht alleen uitvoeren als je in loondienst bent."])).stance,
        DbaStance::ZzpExcluded
    );
}

#[test]
fn opened_to_the_self_employed_in_other_words() {
    for open in [
        "Interimmers.nl werkt uitsluitend met zzp'ers die als zelfstandig ondernemer werken.",
        "Alleen voor zelfstandigen (zzp): je werkt resultaatgericht.",
        "Both freelancers (ZZP) and candidates employed by a secondment agency are welcome to apply.",
    ] {
        assert_eq!(
            classify(&s(&[open])).stance,
            DbaStance::IndependentScope,
            "{open}"
        );
    }
    // framed as independent, result-driven work in one sentence
    assert_eq!(
        classify(&s(&["Er is geen sprake van een gezagsverhouding: de opdrachtnemer voert de opdracht zelfstandig en resultaatgericht uit en bepaalt zelf de werkwijze."])).stance,
        DbaStance::IndependentScope
    );
}

#[test]
fn zzp_on_a_paper_with_employment_as_the_fallback_asks_a_guarantee() {
    for t in [
        "Inzet als zzp'er is alleen mogelijk op basis van een door de Belastingdienst goedgekeurde modelovereenkomst; zonder modelovereenkomst verloopt de inzet via detachering.",
        "ZZP alleen met modelovereenkomst (goedgekeurd door de Belastingdienst), anders via detachering.",
        "Antwoord: Ja, inzet als zzp'er is mogelijk, mits er wordt gewerkt op basis van een door de Belastingdienst beoordeelde en goedgekeurde modelovereenkomst; is die er niet, dan kan de kandidaat uitsluitend via detachering worden ingezet.",
        "Inschrijving door zzp'ers is toegestaan, mits de intermediair aantoont dat er geen sprake is van een (fictieve) dienstbetrekking.",
    ] {
        assert_eq!(
            classify(&s(&[t])).stance,
            DbaStance::GuaranteeRequired,
            "{t}"
        );
    }
    // no paper lets anyone in
    assert_eq!(
        classify(&s(&[
            "Inzet uitsluitend via detachering, ook met een modelovereenkomst is zzp niet mogelijk."
        ]))
        .stance,
        DbaStance::ZzpExcluded
    );
}

#[test]
fn work_fit_for_the_self_employed_is_open_to_them() {
    for t in [
        "Deze opdracht is geschikt voor zelfstandigen zonder personeel: zij is resultaatgericht omschreven, de opdrachtnemer werkt zelfstandig en zonder gezag van de opdrachtgever, en de opdracht kan buiten dienstbetrekking worden uitgevoerd.",
        "De opdracht kan worden uitgevoerd door een zelfstandige zonder personeel; het waterschap stuurt op het op te leveren resultaat en niet op de wijze van uitvoering.",
        "Deze opdracht is geschikt voor een zelfstandig professional: je werkt resultaatgericht.",
        "De opdracht leent zich voor een zelfstandige: je levert het akkoord op.",
        "This assignment suits an independent contractor (zzp): you deliver agreed results.",
    ] {
        assert_eq!(
            classify(&s(&[t])).stance,
            DbaStance::IndependentScope,
            "{t}"
        );
    }
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
        "We zoeken een zelfstandige professional.",
        "De opdracht is tijdelijk en resultaatgericht.",
    ]));
    assert_eq!(d.stance, DbaStance::IndependentScope);
    assert_eq!(d.evidence.len(), 2);
}

#[test]
fn who_does_the_work_said_outright_opens_it() {
    let stance = |t: &str| classify(&s(&[t])).stance;
    for t in [
        "Je werkt als zelfstandige, zonder leiding en toezicht, en levert de afgesproken resultaten op.",
        "Deze opdracht is nadrukkelijk bedoeld voor een zelfstandige professional die resultaatgericht en zonder toezicht werkt.",
        "De gemeente ziet dit als een zelfstandige, resultaatgerichte opdracht voor een zzp'er zonder hiërarchische aansturing.",
        "De opdracht wordt uitgevoerd door een zelfstandige professional op basis van een resultaatsverplichting.",
    ] {
        assert_eq!(stance(t), DbaStance::IndependentScope, "{t}");
    }
    assert_eq!(
        stance("Deze opdracht is niet bedoeld voor een zelfstandige professional."),
        DbaStance::NotStated
    );
    // two framings together
    let d = classify(&s(&[
        "Je levert op basis van een resultaatsafspraak.",
        "Je bepaalt zelf hoe je het werk inricht.",
    ]));
    assert_eq!(d.stance, DbaStance::IndependentScope);
}

#[test]
fn stances_in_seventh_set_wordings() {
    let stance = |t: &str| classify(&s(&[t])).stance;
    assert_eq!(
        stance(
            "Deze opdracht wordt ingevuld via een payroll- of detacheringsconstructie; inschrijving als zelfstandige is niet mogelijk."
        ),
        DbaStance::ZzpExcluded
    );
    assert_eq!(
        stance(
            "Let op: deze opdracht is alleen mogelijk op basis van detachering via het bureau (loondienst)."
        ),
        DbaStance::ZzpExcluded
    );
    for open in [
        "🤝 zzp'ers én detacheerders welkom",
        "The client accepts bids from self-employed professionals (ZZP) as well as from secondment agencies.",
        "Freelancers can bid directly via the agency.",
    ] {
        assert_eq!(stance(open), DbaStance::IndependentScope, "{open}");
    }
    assert_eq!(
        stance(
            "De opdrachtgever staat inschrijving door zzp'ers toe, mits de zzp'er een ondertekende DBA-toets meelevert waaruit blijkt dat geen sprake is van een verkapt dienstverband."
        ),
        DbaStance::GuaranteeRequired
    );
}

#[test]
fn welcome_and_english_guarantee() {
    // a platform's English guarantee clause: no ban, though it says "does not"
    assert_eq!(
        classify(&s(&[
            "Wet DBA: The supplier guarantees that deploying a self-employed professional does not amount to (fictitious) employment under the Wet DBA."
        ]))
        .stance,
        DbaStance::GuaranteeRequired
    );
    assert_eq!(
        classify(&s(&["zzp'ers en detachering allebei welkom"])).stance,
        DbaStance::IndependentScope
    );
    assert_eq!(
        classify(&s(&["Zzp'ers zijn niet welkom bij deze opdracht."])).stance,
        DbaStance::ZzpExcluded
    );
    assert_eq!(
        classify(&s(&[
            "Je werkt als zelfstandige op basis van een resultaatopdracht."
        ]))
        .stance,
        DbaStance::IndependentScope
    );
    assert_eq!(
        classify(&s(&["Tarief geen maximum Soort zzp / freelance"])).stance,
        DbaStance::IndependentScope
    );
    assert_eq!(
        classify(&s(&["Zzp'ers en gedetacheerden kunnen beiden reageren."])).stance,
        DbaStance::IndependentScope
    );
    assert_eq!(
        classify(&s(&["Zzp'ers kunnen niet reageren op deze opdracht."])).stance,
        DbaStance::ZzpExcluded
    );
    assert_eq!(
        classify(&s(&[
            "Self-employed (ZZP) candidates are welcome.",
            "You must confirm in writing that the assignment can be carried out without a relationship of authority.",
        ]))
        .stance,
        DbaStance::GuaranteeRequired
    );
    // a result the contractor delivers and is paid on
    assert_eq!(
        classify(&s(&[
            "Het werk is resultaatgericht geformuleerd: je levert een plan op en wordt daarop afgerekend."
        ]))
        .stance,
        DbaStance::IndependentScope
    );
    // the welcome and its condition in one sentence
    assert_eq!(
        classify(&s(&[
            "Freelancers (ZZP) are welcome, provided they sign that no employment relationship exists."
        ]))
        .stance,
        DbaStance::GuaranteeRequired
    );
}

#[test]
fn a_condition_on_zzp_is_no_ban() {
    let stance = |t: &[&str]| classify(&s(t)).stance;
    assert_eq!(
        stance(&[
            "Zelfstandigen mogen inschrijven, mits het bureau waarborgt dat er geen sprake is van een dienstbetrekking."
        ]),
        DbaStance::GuaranteeRequired
    );
    assert_eq!(
        stance(&[
            "Zzp mag, als je zonder toezicht werkt: geen gezagsverhouding en een eigen aanpak.",
            "Het bureau legt dit vast in een modelovereenkomst.",
        ]),
        DbaStance::GuaranteeRequired
    );
    assert_eq!(
        stance(&["Ons bureau werkt uitsluitend met zelfstandige adviseurs."]),
        DbaStance::IndependentScope
    );
    assert_eq!(
        stance(&[
            "The role is open to self-employed professionals (ZZP) who deliver agreed results."
        ]),
        DbaStance::IndependentScope
    );
    assert_eq!(
        stance(&["This role is not open to self-employed professionals."]),
        DbaStance::ZzpExcluded
    );
}

#[test]
fn own_way_of_working_and_paid_for_results() {
    let stance = |t: &[&str]| classify(&s(t)).stance;
    assert_eq!(
        stance(&["Reageren als zelfstandige of via een detacheerder kan allebei."]),
        DbaStance::IndependentScope
    );
    assert_eq!(
        stance(&[
            "De gemeente kijkt niet mee en houdt geen toezicht op de wijze waarop je werkt.",
            "Je wordt op resultaat afgerekend, niet op uren.",
        ]),
        DbaStance::IndependentScope
    );
    assert_eq!(
        stance(&[
            "Jij bepaalt zelf je werkwijze en je eigen ritme.",
            "Je werkt als zelfstandige professional.",
        ]),
        DbaStance::IndependentScope
    );
    // one framing alone is not enough
    assert_eq!(
        stance(&["Je wordt op resultaat afgerekend."]),
        DbaStance::NotStated
    );
}

#[test]
fn the_only_route_named_is_an_exclusion() {
    let d = classify(&s(&[
        "Deze rol wordt alleen ingevuld via loondienst bij het bureau.",
        "Zelfstandigen komen niet in aanmerking.",
    ]));
    assert_eq!(d.stance, DbaStance::ZzpExcluded);
    assert_eq!(d.evidence.len(), 2);
    assert_eq!(
        classify(&s(&["De functie wordt ingevuld op basis van detachering."])).stance,
        DbaStance::ZzpExcluded
    );
    assert_eq!(
        classify(&s(&[
            "De functie wordt ingevuld op basis van detachering of zzp."
        ]))
        .stance,
        DbaStance::IndependentScope
    );
}

#[test]
fn a_negation_in_a_condition_a_fee_or_a_row_away_is_no_ban() {
    let stance = |t: &str| classify(&s(&[t])).stance;
    assert_eq!(
        stance(
            "Inschrijving met een zelfstandige zonder personeel is toegestaan, mits de inschrijver garandeert en onderbouwt dat er geen sprake is van een (fictieve) dienstbetrekking."
        ),
        DbaStance::GuaranteeRequired
    );
    assert_eq!(
        stance(
            "Inzet van een zzp'er is mogelijk, mits de leverancier aannemelijk maakt dat de opdracht buiten dienstbetrekking wordt uitgevoerd."
        ),
        DbaStance::GuaranteeRequired
    );
    assert_eq!(
        stance("De GGD sluit inzet van zzp'ers bij deze opdracht uit in verband met de Wet DBA."),
        DbaStance::ZzpExcluded
    );
    assert_eq!(
        stance(
            "This assignment is open to independent professionals (ZZP): you work on agreed deliverables."
        ),
        DbaStance::IndependentScope
    );
    assert_eq!(
        stance(
            "Reageren loopt NIET via deze groep maar via het bureau van je keuze of rechtstreeks als zzp'er via het Inkoopportaal."
        ),
        DbaStance::NotStated
    );
    assert_eq!(
        stance("Wij rekenen geen fee aan zelfstandigen; de gemeente betaalt een vaste bijdrage."),
        DbaStance::NotStated
    );
    assert_eq!(
        stance(
            "Tarief Maximaal € 86,00 per uur, excl. btw, incl. reis- en parkeerkosten Vragen stellen tot en met maandag 7 december 2026 Arbeidsrelatie Uitsluitend detachering; inzet van zzp'ers is niet toegestaan"
        ),
        DbaStance::ZzpExcluded
    );
    assert_eq!(
        stance("Deze opdracht staat open voor zelfstandig professionals (zzp)."),
        DbaStance::IndependentScope
    );
}

#[test]
fn a_bid_offering_a_zzp_er_set_aside_is_a_ban() {
    let stance = |t: &str| classify(&s(&[t])).stance;
    assert_eq!(
        stance(
            "Inschrijvingen waarbij de aangeboden kandidaat als zzp'er wordt ingezet (eenmanszaak, vof of bv), worden terzijde gelegd."
        ),
        DbaStance::ZzpExcluded
    );
    assert_ne!(
        stance(
            "Inschrijvingen waarbij niet wordt aangetoond dat de zzp'er zelfstandig werkt, worden terzijde gelegd."
        ),
        DbaStance::ZzpExcluded
    );
}

#[test]
fn the_verb_parted_round_its_subject_excludes() {
    let t = "Gelet op de aard van de werkzaamheden sluit de provincie de inzet van zelfstandigen zonder personeel (zzp) voor deze opdracht uit.";
    assert_eq!(classify(&s(&[t])).stance, DbaStance::ZzpExcluded);
    // … and not when it says it does not
    let t = "De gemeente sluit de inzet van zzp'ers bij deze opdracht niet uit.";
    assert_ne!(classify(&s(&[t])).stance, DbaStance::ZzpExcluded);
}
