//! Tests of how a DBA sentence's surroundings decide its stance
//! (`dba.rs`): who must vouch for work without authority over it, a
//! supplier's guarantee that lets ZZP'ers in, an employed route named in
//! English, a negation in the next clause, and a question that asks the
//! stance.
use super::tests::s;
use super::*;

#[test]
fn work_without_authority_over_it_is_open_unless_the_bidder_must_vouch_for_it() {
    let stance = |t: &str| classify(&s(&[t])).stance;
    assert_eq!(
        stance("This is a result-based assignment without a relationship of authority (Wet DBA)."),
        DbaStance::IndependentScope
    );
    assert_eq!(
        stance(
            "The assignment is result-oriented and can be performed by a self-employed professional without a relationship of authority."
        ),
        DbaStance::IndependentScope
    );
    assert_eq!(
        stance(
            "You must confirm in writing that the assignment can be carried out without a relationship of authority."
        ),
        DbaStance::GuaranteeRequired
    );
}

#[test]
fn a_zzp_er_let_in_when_the_supplier_guarantees_it_asks_a_guarantee() {
    let stance = |t: &str| classify(&s(&[t])).stance;
    for t in [
        "Zzp'ers kunnen worden aangeboden als de leverancier garandeert dat er geen dienstbetrekking ontstaat.",
        "Zzp'ers kunnen alleen worden ingehuurd via een bemiddelaar die garandeert dat er geen sprake is van een dienstbetrekking.",
        "Self-employed persons (ZZP) can only be deployed if the supplier guarantees that the work will be performed outside of employment.",
        "Freelancers (ZZP) may bid only together with an intermediary that guarantees the work is performed outside employment (buiten dienstbetrekking).",
    ] {
        assert_eq!(stance(t), DbaStance::GuaranteeRequired, "{t}");
    }
}

#[test]
fn english_routes_that_leave_out_the_self_employed_exclude_them() {
    let stance = |t: &str| classify(&s(&[t])).stance;
    assert_eq!(
        stance(
            "Engagement type: Secondment (detachering) or payroll only – no self-employed (ZZP) workers."
        ),
        DbaStance::ZzpExcluded
    );
    // a rate row run on into the ban is not a sentence about money
    assert_eq!(
        stance(
            "Maximum uurtarief € 97,50 excl. btw Indicatie inschaling schaal 11 Zzp Zzp'ers zijn niet toegestaan: de projectleider werkt onder leiding en toezicht."
        ),
        DbaStance::ZzpExcluded
    );
}

#[test]
fn a_negation_in_the_next_clause_does_not_close_what_was_opened() {
    let stance = |t: &str| classify(&s(&[t])).stance;
    assert_eq!(
        stance(
            "Deze opdracht staat open voor zelfstandigen; er is geen sprake van een gezagsverhouding."
        ),
        DbaStance::IndependentScope
    );
}

#[test]
fn a_guarantee_that_no_employment_arises_is_no_exclusion() {
    for t in [
        "Bij inzet van een zzp'er toont de leverancier aan dat er geen sprake is van een (fictieve) dienstbetrekking.",
        "Zzp'ers kunnen worden aangeboden als de leverancier aantoonbaar borgt dat geen sprake is van een (fictieve) dienstbetrekking.",
        "Inschrijvers garanderen dat de inzet van een zzp'er niet leidt tot een (fictieve) dienstbetrekking.",
    ] {
        assert_eq!(
            classify(&s(&[t])).stance,
            DbaStance::GuaranteeRequired,
            "{t}"
        );
    }
}

#[test]
fn a_bar_after_a_clause_with_dat_still_excludes() {
    let t = "De opdracht wordt alleen gegund aan een bureau dat de projectleider detacheert; inhuur van een zzp'er is voor deze rol vanwege de Wet DBA niet mogelijk.";
    assert_eq!(classify(&s(&[t])).stance, DbaStance::ZzpExcluded);
}

#[test]
fn a_sentence_that_says_the_stance_is_unknown_states_none() {
    let stance = |t: &str| classify(&s(&[t])).stance;
    assert_eq!(
        stance("Het document zegt niets over de Wet DBA of over de inzet van zzp'ers."),
        DbaStance::NotStated
    );
    assert_eq!(
        stance(
            "Of het een zzp'er mag zijn of gedetacheerd moet worden, dat moet je even nakijken, dat weet ik niet uit mijn hoofd."
        ),
        DbaStance::NotStated
    );
    // a stance said as plainly stays
    assert_eq!(
        stance("De gemeente sluit zzp'ers bij deze opdracht uit."),
        DbaStance::ZzpExcluded
    );
    assert_eq!(
        stance("De opdracht is uitdrukkelijk geschikt voor een zzp'er."),
        DbaStance::IndependentScope
    );
}

#[test]
fn a_question_states_no_stance_and_a_denied_ban_with_a_but_is_no_ban() {
    let stance = |t: &str| classify(&s(&[t])).stance;
    assert_eq!(
        stance("Bas: Kan dit ook als zzp'er of alleen via detachering? 4 december om 13:05"),
        DbaStance::NotStated
    );
    // … but its answer, and what was said before it, is read
    assert_eq!(
        stance("Kunnen zzp'ers inschrijven? Nee. Deze opdracht wordt niet door zzp'ers ingevuld."),
        DbaStance::ZzpExcluded
    );
    assert_eq!(
        stance("Zzp'ers zijn uitgesloten van deze opdracht. Heeft dat zin?"),
        DbaStance::ZzpExcluded
    );
    assert_ne!(
        stance(
            "De provincie sluit zzp'ers niet uit, maar de inschrijver moet aantonen dat er geen gezagsverhouding ontstaat (Wet DBA)."
        ),
        DbaStance::ZzpExcluded
    );
    assert_eq!(
        stance(
            "De opdracht wordt zelfstandig en resultaatgericht uitgevoerd door een zzp'er; er is geen sprake van aansturing door de gemeente."
        ),
        DbaStance::IndependentScope
    );
    assert_eq!(
        stance(
            "Je mag als zzp'er inschrijven en werkt dan zelfstandig: wij spreken af wát je oplevert, niet hoe je je werk doet."
        ),
        DbaStance::IndependentScope
    );
}

#[test]
fn hurried_and_site_wordings_of_the_stance() {
    let stance = |t: &str| classify(&s(&[t])).stance;
    assert_eq!(
        stance(
            "Bij inzet van een zzp'er staat de inschrijver ervoor in dat er geen sprake is van schijnzelfstandigheid."
        ),
        DbaStance::GuaranteeRequired
    );
    assert_eq!(
        stance("Via PubliekPad kun je zowel als zzp'er als via detachering worden ingezet."),
        DbaStance::IndependentScope
    );
    assert_eq!(
        stance("zzp ok, de opdracht wordt zelfstandig en zonder gezag uitgevoerd"),
        DbaStance::IndependentScope
    );
}

#[test]
fn the_law_enforced_is_no_guarantee_asked() {
    let stance = |t: &str| classify(&s(&[t])).stance;
    assert_eq!(
        stance(
            "Sinds 1 januari 2025 handhaaft de Belastingdienst weer volledig op schijnzelfstandigheid."
        ),
        DbaStance::NotStated
    );
}

#[test]
fn a_guarantee_that_no_zzp_er_does_the_work_excludes_them() {
    let stance = |t: &str| classify(&s(&[t])).stance;
    assert_eq!(
        stance("De inschrijver garandeert dat de kandidaat niet als zzp'er wordt ingezet."),
        DbaStance::ZzpExcluded
    );
    // what is vouched for is employment: a guarantee still
    assert_eq!(
        stance(
            "De inschrijver garandeert dat bij inzet van een zzp'er geen sprake is van een dienstbetrekking."
        ),
        DbaStance::GuaranteeRequired
    );
}

#[test]
fn a_paper_asked_only_on_the_employed_route_bans_nothing() {
    let stance = |t: &str| classify(&s(&[t])).stance;
    assert_eq!(
        stance("Waadi-registratie alleen bij inschrijving via detachering."),
        DbaStance::NotStated
    );
    assert_eq!(
        stance("Inhuur uitsluitend via detachering."),
        DbaStance::ZzpExcluded
    );
}

#[test]
fn what_the_law_is_says_no_stance() {
    let stance = |t: &str| classify(&s(&[t])).stance;
    assert_eq!(
        stance(
            "De Wet deregulering beoordeling arbeidsrelaties (Wet DBA) bepaalt wanneer sprake is van een dienstbetrekking."
        ),
        DbaStance::NotStated
    );
}
