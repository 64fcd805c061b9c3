//! Tests of the criteria readers (`criteria.rs`).
use super::*;
use crate::posting::lines::split_lines;
use crate::posting::money::Money;

#[test]
fn bare_numbers_are_points_when_no_item_names_them() {
    let lines = split_lines("G1  Ervaring met wonen: 60\nG2  Uurtarief: 40\n");
    let aw = award(&[&lines], 1);
    assert_eq!(
        aw.iter().map(|c| c.points).collect::<Vec<_>>(),
        [Some(60), Some(40)]
    );
    let lines = split_lines("1. Visie: 60 punten\n2. Ervaring in 2\n");
    let aw = award(&[&lines], 1);
    assert_eq!(aw[1].points, None);
    let lines = split_lines("Visie\t60 punten\nPrijs\t40 punten\nContractvorm\nDetachering.\n");
    assert_eq!(award(&[&lines], 1).len(), 2);
}

#[test]
fn weights_and_a_printed_column_are_points() {
    let lines = split_lines("- Ervaring met wonen - weight 60\n- Visie - weight 40\n");
    let aw = award(&[&lines], 1);
    assert_eq!(
        aw.iter().map(|c| c.points).collect::<Vec<_>>(),
        [Some(60), Some(40)]
    );
    let lines =
        split_lines("  K1. Ervaring met wonen        70%\n  K2. Prijs                      30%\n");
    let aw = award(&[&lines], 1);
    assert_eq!(
        aw.iter().map(|c| c.points).collect::<Vec<_>>(),
        [Some(70), Some(30)]
    );
}

#[test]
fn numbered_items_over_wrapped_lines() {
    let lines = split_lines(
        "1. Afgeronde opleiding op minimaal hbo niveau;\n\n3.  Minimaal 3 jaar werkervaring op het gebied van het\n\nfysieke en sociale domein (benoem dit).\n\nGeef in het cv duidelijk aan in hoeverre u aan het\n\nprofiel voldoet.",
    );
    let ko = knockout(&[&lines]);
    assert_eq!(ko.len(), 2);
    assert_eq!(ko[1].number, 3);
    assert_eq!(
        ko[1].text,
        "Minimaal 3 jaar werkervaring op het gebied van het fysieke en sociale domein (benoem dit)."
    );
}

#[test]
fn a_printouts_rule_and_sum_are_no_criteria() {
    let text = "----------\nPLAN VAN AANPAK: 50 PUNTEN\nPRIJS: 50 PUNTEN\nTOTAAL: 100 PUNTEN";
    let aw = award(&[&split_lines(text)], 1);
    let points: Vec<Option<u32>> = aw.iter().map(|c| c.points).collect();
    assert_eq!(points, [Some(50), Some(50)]);
    let ko = knockout(&[&split_lines(
        "KO-1: WO\nKO-2: 8 JAAR ERVARING\n  IN HET FYSIEK DOMEIN",
    )]);
    assert_eq!(ko.len(), 2);
}

#[test]
fn a_points_column_ends_its_row() {
    let text = "1. Ervaring      40\n2. Tarief        60\n\nHet tarief wordt als volgt gescoord:\n";
    let aw = award(&[&split_lines(text)], 1);
    assert_eq!(
        aw.iter().map(|c| c.points).collect::<Vec<_>>(),
        [Some(40), Some(60)]
    );
}

#[test]
fn award_points_and_bands() {
    let text = "9. Werkervaring met regelingen\n\nvan het Sociaal Domein; (20 punten)\n\n10. Een maximum uurtarief van €125,- exclusief btw. (15 punten)\n\n- a) Uurtarief hoger dan €125,-; (0 punten)\n- b) Uurtarief tussen €120,- en €125,-; (5 punten)\n- c) Uurtarief tussen €119,99 en €115,-; (8 punten)\n- e) Uurtarief lager dan €110,-. (15 punten)\n\nGeef in het cv aan.";
    let aw = award(&[&split_lines(text)], 1);
    assert_eq!(aw.len(), 2);
    assert_eq!(aw[0].points, Some(20));
    assert_eq!(
        aw[0].text,
        "Werkervaring met regelingen van het Sociaal Domein; (20 punten)"
    );
    assert_eq!(aw[1].points, Some(15));
    let b = &aw[1].rate_bands;
    assert_eq!(b.len(), 4);
    assert_eq!((b[0].above, b[0].points), (Some(Money(12500)), 0));
    assert_eq!(
        (b[2].from, b[2].to, b[2].points),
        (Some(Money(11500)), Some(Money(11999)), 8)
    );
    assert_eq!((b[3].below, b[3].points), (Some(Money(11000)), 15));
}

#[test]
fn heerde_style_points_in_parentheses_mid_line() {
    let t = "4. Aantoonbare opleiding richting Maatschappelijk werk en\ndienstverlening (15 punten);\n5. Minimaal 6 jaar ervaring bij\neen gemeente (25 punten);";
    let aw = award(&[&split_lines(t)], 1);
    assert_eq!(
        aw.iter().map(|a| a.points).collect::<Vec<_>>(),
        [Some(15), Some(25)]
    );
}

#[test]
fn points_wrapped_onto_their_own_line() {
    let t = "5. Minimaal 7 jaar werkervaring binnen een gemeentelijke organisatie;\n(20 punten)\n6. Werkervaring met kleinschalige locaties van ca.\n50 vluchtelingen; (25 punten)";
    let aw = award(&[&split_lines(t)], 1);
    assert_eq!(
        aw.iter().map(|a| a.points).collect::<Vec<_>>(),
        [Some(20), Some(25)]
    );
    assert!(aw[1].text.ends_with("50 vluchtelingen; (25 punten)"));
}

#[test]
fn lettered_numbers_and_percent_weights() {
    let t = "W1 Ervaring met de Omgevingswet (weging 40%)\nW2: Ervaring bij een gemeente (60%)";
    let aw = award(&[&split_lines(t)], 1);
    assert_eq!(
        aw.iter().map(|a| (a.number, a.points)).collect::<Vec<_>>(),
        [(1, Some(40)), (2, Some(60))]
    );
    let ko = knockout(&[&split_lines("E1 Hbo-diploma;\nE2 VOG\n")]);
    assert_eq!(ko.len(), 2);
}

#[test]
fn competences_dedupe_and_join_wrapped_lines() {
    let t = "Je toont lef, je kijkt kritisch naar processen en\nbent proactief.\nOmgevingssensitief;\n\nOndernemend;";
    assert_eq!(
        competences(&[&split_lines(t)]),
        [
            "Je toont lef, je kijkt kritisch naar processen en bent proactief",
            "Omgevingssensitief",
            "Ondernemend"
        ]
    );
    let t = "- *Motiveren*\n- *Samenwerken*\n- *motiveren*";
    assert_eq!(
        competences(&[&split_lines(t)]),
        ["Motiveren", "Samenwerken"]
    );
}

#[test]
fn a_bullet_wrapped_onto_its_next_line_goes_on_there() {
    let lines = crate::posting::lines::split_lines(
        "a. Afgeronde opleiding in een milieugerelateerde\n   richting.\nb. Rijbewijs B.\n",
    );
    let ko = knockout(&[&lines[..]]);
    assert_eq!(ko.len(), 2);
    assert_eq!(
        ko[0].text,
        "Afgeronde opleiding in een milieugerelateerde richting."
    );
}

#[test]
fn a_closed_column_gap_and_the_sum_row_of_a_printed_table() {
    let lines = split_lines(
        "Ervaring met inkoop        30\nKennis van de wet          25\nMotivatie                  15\nTarief 30\nTotaal                     100\n",
    );
    let aw = award(&[&lines], 1);
    assert_eq!(
        aw.iter().map(|c| c.points).collect::<Vec<_>>(),
        [Some(30), Some(25), Some(15), Some(30)]
    );
}

#[test]
fn bare_rows_and_a_named_sum_row() {
    let lines = split_lines(
        "- Werkervaring: 20\n- Kennis Wgs: 20\n- Gespreksvaardigheid: 20\n- Motivatie: 25\n- Beschikbaarheid: 15\n- Totaal: 100 punten\n",
    );
    let aw = award(&[&lines], 1);
    assert_eq!(
        aw.iter().map(|c| c.points).collect::<Vec<_>>(),
        [Some(20), Some(20), Some(20), Some(25), Some(15)]
    );
}

#[test]
fn an_unnumbered_row_with_its_points_after_numbered_ones() {
    let lines = split_lines(
        "W1 Ervaring met toezicht – 40 punten\nW2 Kennis van de Omgevingswet – 30 punten\nPrijs – 30 punten\n",
    );
    let aw = award(&[&lines], 1);
    assert_eq!(
        aw.iter().map(|c| c.points).collect::<Vec<_>>(),
        [Some(40), Some(30), Some(30)]
    );
    let lines = split_lines(
        "W1  Ervaring met participatie      40%\nW2  Aanpak eerste 100 dagen        40%\n    Tarief                         20%\n",
    );
    assert_eq!(
        award(&[&lines], 1)
            .iter()
            .map(|c| c.points)
            .collect::<Vec<_>>(),
        [Some(40), Some(40), Some(20)]
    );
    // prose after a numbered list is still no criterion
    let lines =
        split_lines("1. Visie – 60 punten\n2. Prijs – 40 punten\nDe commissie weegt mee.\n");
    assert_eq!(award(&[&lines], 1).len(), 2);
}

#[test]
fn a_price_criterion_with_its_bands_on_its_line() {
    let lines = split_lines(
        "- Motivatie (80 punten)\n- Tarief (20 punten): lager dan € 100,00: 20 punten; € 100,00 – € 109,99: 10 punten; € 110,00 – € 120,00: 5 punten\n",
    );
    let aw = award(&[&lines], 1);
    assert_eq!(aw.len(), 2);
    assert_eq!(aw[1].points, Some(20));
    assert_eq!(
        aw[1]
            .rate_bands
            .iter()
            .map(|b| b.points)
            .collect::<Vec<_>>(),
        [20, 10, 5]
    );
    assert_eq!(
        aw[1].rate_bands[0].below.map(|m| m.to_string()),
        Some("€ 100,-".to_string())
    );
}

#[test]
fn an_item_ending_in_its_points_takes_no_prose_after_it() {
    let lines = split_lines(
        "1. Experience – 30%\n2. Approach – 45%\n3. Price – 25%\nA certificate of conduct is required.\n",
    );
    let aw = award(&[&lines], 1);
    assert_eq!(
        aw.iter().map(|c| c.points).collect::<Vec<_>>(),
        [Some(30), Some(45), Some(25)]
    );
}

#[test]
fn named_points_and_a_columns_points_that_make_the_whole() {
    let lines = split_lines(
        "1. Ervaring (30 punten)\n2. Kennis (25 punten)\n3. Certificaat (15 punten)\nPrijs\tLaagste tarief krijgt maximale score\t30\n",
    );
    assert_eq!(
        award(&[&lines], 1)
            .iter()
            .map(|c| c.points)
            .collect::<Vec<_>>(),
        [Some(30), Some(25), Some(15), Some(30)]
    );
}

#[test]
fn a_sentence_after_a_list_of_bare_points_is_no_criterion() {
    let lines = split_lines(
        "Visie op de aanpak: 45\nErvaring en referenties: 25\nPrijs: 30\n\nDe 3 hoogst scorende kandidaten worden uitgenodigd.\n",
    );
    let aw = award(&[&lines], 1);
    assert_eq!(
        aw.iter().map(|c| c.points).collect::<Vec<_>>(),
        [Some(45), Some(25), Some(30)]
    );
}

#[test]
fn a_line_of_the_whole_after_the_rows_is_no_criterion() {
    let lines = split_lines(
        "- aanpak lokale preventieakkoorden: 35\n- ervaring met netwerken: 25\n- prijs: 40\n(totaal 100 punten)\n",
    );
    let aw = award(&[&lines], 1);
    assert_eq!(
        aw.iter().map(|c| c.points).collect::<Vec<_>>(),
        [Some(35), Some(25), Some(40)]
    );
}

#[test]
fn rows_in_small_letters_each_with_their_points() {
    let p = crate::posting::parse(
        "Adviseur Sociale Veiligheid\nDeadline: 15 december 2026 12:00\n\nBEOORDELING\ncv – 60 punten\nmotivatie – 15 punten\ntarief – 25 punten\n",
    )
    .expect("a posting");
    let points: Vec<Option<u32>> = p.award.iter().map(|a| a.points).collect();
    assert_eq!(points, [Some(60), Some(15), Some(25)]);
}

#[test]
fn points_in_brackets_that_make_the_whole() {
    let lines = split_lines(
        "- ervaring inspectie bij gemeenten (40)\n- aanpak KPI-verslagen (25)\n- prijs (35)\n",
    );
    let aw = award(&[&lines], 1);
    assert_eq!(
        aw.iter().map(|c| c.points).collect::<Vec<_>>(),
        [Some(40), Some(25), Some(35)]
    );
    // … above the row of their sum, which is no criterion
    let lines = split_lines(
        "Ervaring externe veiligheid (20)\nAdvisering evenementen (30)\nCommunicatieve vaardigheden (10)\nPrijs (40)\nTotaal 100\n",
    );
    let aw = award(&[&lines], 1);
    assert_eq!(
        aw.iter().map(|c| c.points).collect::<Vec<_>>(),
        [Some(20), Some(30), Some(10), Some(40)]
    );
    // numbers in brackets that make no whole are no points
    let lines = split_lines("- referenties (3)\n- cv (2)\n");
    assert!(award(&[&lines], 1).iter().all(|c| c.points.is_none()));
}

#[test]
fn a_weighted_total_row_is_no_criterion() {
    let text = "Adviseur Data\nSluiting 18-12-2026 12:00\n\nAward criteria\nErvaring met bronsystemen — 30%\nErvaring met AVG — 20%\nPrijs — 40%\nReferentie — 10%\nWeighted total — 100%\n";
    let p = crate::posting::parse(text).expect("a posting");
    let points: Vec<Option<u32>> = p.award.iter().map(|c| c.points).collect();
    assert_eq!(points, vec![Some(30), Some(20), Some(40), Some(10)]);
}

#[test]
fn a_demand_that_says_it_is_none_is_no_knock_out() {
    let lines = split_lines(
        "a. een voltooide opleiding op hbo-niveau;\nb. kennis van de Omgevingswet;\nc. bekendheid met de Waddeneilanden strekt tot aanbeveling, doch is geen vereiste.\n",
    );
    let ko = knockout(&[&lines]);
    assert_eq!(ko.len(), 2, "{ko:?}");
    assert!(ko.iter().all(|k| !k.text.contains("Waddeneilanden")));
}

#[test]
fn a_demand_with_a_wish_in_it_stays() {
    let lines = split_lines(
        "1. Beheersing van de Nederlandse taal op C1-niveau; begrip van het Fries is een pré maar geen eis.\n2. Woonachtig in Zeeland is geen eis, wel aanwezigheid op locatie op 2 dagen per week.\n3. Beheersing van het Fries is een pré, geen eis.\n",
    );
    assert_eq!(knockout(&[&lines]).len(), 2);
}
