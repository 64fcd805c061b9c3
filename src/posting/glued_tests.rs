#[test]
fn labels_in_capitals_glued_to_their_values() {
    assert_eq!(
        super::unglue_label_lines(
            "OPDRACHTGEVERProvincie Gelderland\nREFERENTIE OPDRACHTGEVERPG-2026-1184\nSTARTmaandag 4 januari 2027\nUREN28 uur per week\nOVER ONS\nOPDRACHTGEVER\nAANVRAAGNUMMER ....... MTR-1\n"
        ),
        "OPDRACHTGEVER: Provincie Gelderland\nREFERENTIE OPDRACHTGEVER: PG-2026-1184\nSTART: maandag 4 januari 2027\nUREN: 28 uur per week\nOVER ONS\nOPDRACHTGEVER\nAANVRAAGNUMMER ....... MTR-1\n"
    );
}

#[test]
fn a_block_of_glued_labels_with_weekdays_and_steps() {
    assert_eq!(
        super::unglue_label_lines(
            "AanvraagnummerTNZ-2026-INH-066\nOpdrachtgeverGemeente Terneuzen\nStartma 1 feb 2027\nEindevr 30 juli 2027\nSchaal10\nVragen tot21-12-2026 12:00\nGesprekken20 januari 2027\nStartende ondernemers\nUren32 per week\nReferentie opdrachtgeverPOV-INH-2026-0219\nVOGVereist\nEindhoven is de plaats\nResultaat 1Herijkt plan\n"
        ),
        "Aanvraagnummer: TNZ-2026-INH-066\nOpdrachtgever: Gemeente Terneuzen\nStart: ma 1 feb 2027\nEinde: vr 30 juli 2027\nSchaal: 10\nVragen tot: 21-12-2026 12:00\nGesprekken: 20 januari 2027\nStartende ondernemers\nUren: 32 per week\nReferentie opdrachtgever: POV-INH-2026-0219\nVOG: Vereist\nEindhoven is de plaats\nResultaat 1Herijkt plan\n"
    );
}

#[test]
fn a_label_word_that_opens_a_value_and_a_second_label_glued_on() {
    assert_eq!(
        super::unglue_label_lines(
            "OpdrachtgeverNoaberkracht Dinkelland TubbergenReferentieNDT-INH-2026-033\nWerklocatieTubbergen\nStart1 februari 2027\n"
        ),
        "Opdrachtgever: Noaberkracht Dinkelland Tubbergen\nReferentie: NDT-INH-2026-033\nWerklocatie: Tubbergen\nStart: 1 februari 2027\n"
    );
    assert_eq!(
        super::unglue_label_runs(
            "OpdrachtgeverGemeente TholenStandplaatsGemeentehuis Tholen (Zeeland)Startmaandag 11 januari 2027Uren per week24"
        ),
        "Opdrachtgever: Gemeente Tholen\nStandplaats: Gemeentehuis Tholen (Zeeland)\nStart: maandag 11 januari 2027\nUren per week: 24"
    );
}

#[test]
fn words_joined_by_a_copy_are_cut() {
    use super::unglue_words;
    assert_eq!(
        unglue_words(
            "Inhuurportaal Zuid-LimburgOpdrachtenOrganisatiesVeelgestelde vragenInloggen",
            true
        ),
        "Inhuurportaal Zuid-Limburg\nOpdrachten\nOrganisaties\nVeelgestelde vragen\nInloggen"
    );
    assert_eq!(
        unglue_words("Circle8OpdrachtenWerken bij Circle8Contact", false),
        "Circle8OpdrachtenWerken bij Circle8Contact"
    );
    assert_eq!(
        unglue_words(
            "Teamleider (interim)Gemeente HeerlenRegio:LimburgStart:Zsm",
            false
        ),
        "Teamleider (interim)\nGemeente Heerlen\nRegio:Limburg\nStart:Zsm"
    );
    // one or two joins are a name ("eHerkenning", "BrabantWonen")
    assert_eq!(
        unglue_words("Inloggen met eHerkenning bij BrabantWonen", false),
        "Inloggen met eHerkenning bij BrabantWonen"
    );
}

#[test]
fn labels_and_values_glued_without_spaces() {
    assert_eq!(
        super::super::layout::repair(
            "Uren per week32Startdatum01-03-2026Maximaal uurtarief€ 92,50ReferentieCE8-26"
        ),
        "Uren per week: 32\nStartdatum: 01-03-2026\nMaximaal uurtarief: € 92,50\nReferentie: CE8-26"
    );
    assert_eq!(
        super::super::layout::repair("Gemeente HeerlenHeerlen, Limburg"),
        "Gemeente Heerlen\nHeerlen, Limburg"
    );
    assert_eq!(
        super::super::layout::repair("InterimPartners, Den Haag"),
        "InterimPartners, Den Haag"
    );
    assert_eq!(
        super::super::layout::repair("SLUITINGSDATUM: 2026-02-23T10:00"),
        "SLUITINGSDATUM: 2026-02-23 10:00"
    );
    // the labels lost the space before them, not the one after
    assert_eq!(
        super::super::layout::repair(
            "Locatie Den HaagUren per week 36Startdatum per directEinddatum 31-12-2026Tarief € 95 - € 110 per uur"
        ),
        "Locatie: Den Haag\nUren per week: 36\nStartdatum: per direct\nEinddatum: 31-12-2026\nTarief: € 95 - € 110 per uur"
    );
}

#[test]
fn lines_of_several_glued_labels_are_split_at_each() {
    let t = "Uren28 per weekStartmaandag 4 januari 2027Eindewoensdag 30 juni 2027Verlengingmogelijk, 2 x 3 maanden\nTariefmax. 86 euro per uur excl. btwSchaal10 (indicatie)VOGniet vereist\nSluitingsdatumdi 15 december 2026 vóór 12:00Vragentot en met 9 december via het loketGesprekkenma 21 december 2026, gemeentehuis Coevorden\n";
    assert_eq!(
        super::repair(t),
        "Uren: 28 per week\nStart: maandag 4 januari 2027\nEinde: woensdag 30 juni 2027\nVerlenging: mogelijk, 2 x 3 maanden\nTarief: max. 86 euro per uur excl. btw\nSchaal: 10 (indicatie)\nVOG: niet vereist\nSluitingsdatum: di 15 december 2026 vóór 12:00\nVragen: tot en met 9 december via het loket\nGesprekken: ma 21 december 2026, gemeentehuis Coevorden\n"
    );
}

#[test]
fn a_planning_step_in_a_run_of_glued_labels() {
    assert_eq!(
        super::repair(
            "KenmerkVRIJ-INH-2026-087Startdatum2027-01-11Reageren tot2026-12-15 09:00Gesprekken21 en 22 december 2026\n"
        ),
        "Kenmerk: VRIJ-INH-2026-087\nStartdatum: 2027-01-11\nReageren tot: 2026-12-15 09:00\nGesprekken: 21 en 22 december 2026\n"
    );
}

#[test]
fn a_short_label_glued_between_a_code_and_its_figure() {
    assert_eq!(
        super::unglue_label_lines(
            "OrganisatieGemeente Maastricht\nKenmerkMTR-CC-2026-07Uren16 - 20 per week\nStart1 februari 2027\n"
        ),
        "Organisatie: Gemeente Maastricht\nKenmerk: MTR-CC-2026-07\nUren: 16 - 20 per week\nStart: 1 februari 2027\n"
    );
}

#[test]
fn a_label_s_qualifier_glued_to_its_value_stays_with_the_label() {
    let out = super::super::layout::repair(
        "Kenmerk gemeenteDBT-INH-2026-119StandplaatsBilthovenStartdatum11-01-2027Uren per week28 - 32",
    );
    assert!(
        out.contains("Kenmerk gemeente: DBT-INH-2026-119\n"),
        "{out}"
    );
    assert!(out.contains("Startdatum: 11-01-2027"), "{out}");
}

#[test]
fn award_criteria_glued_with_their_points_get_a_line_each() {
    assert_eq!(
        super::repair(
            "Ervaring met recreatie en toerisme40 puntenKennis van netwerken20 puntenPrijs40 punten"
        ),
        "Ervaring met recreatie en toerisme 40 punten\nKennis van netwerken 20 punten\nPrijs 40 punten"
    );
    // one criterion with its points is left as it came
    let one = "Ervaring met recreatie40 punten";
    assert_eq!(super::repair(one), one);
}
