//! Tests of `layout.rs`.
use super::*;

#[test]
fn an_eu_forms_section_numbers_are_dropped() {
    assert_eq!(
        EU_FORM_SECTION.replace_all(
            "II.2.5) Gunningscriteria\n     IV.2.2) Termijn\nII. Voorwerp",
            ""
        ),
        "Gunningscriteria\nTermijn\nII. Voorwerp"
    );
}

#[test]
fn a_summary_of_key_equals_value_lines_is_labels() {
    let t = "Functie          = Programmamanager Wonen\nKenmerk          = DEV/1\nAantal gesprekken= 3 kandidaten\n";
    assert_eq!(
        equals_labels(t),
        "Functie: Programmamanager Wonen\nKenmerk: DEV/1\nAantal gesprekken: 3 kandidaten\n"
    );
    let formula = "Score = (laagste / aangeboden) x 30\nTekst";
    assert_eq!(equals_labels(formula), formula);
}

#[test]
fn glued_labels_get_their_own_line() {
    assert_eq!(
        repair("Begindatum:\nZ.S.M.Einddatum:\n1 sept 2026Publicatiedatum:\n29 jan 2026Wil jij"),
        "Begindatum:\nZ.S.M.\nEinddatum:\n1 sept 2026\nPublicatiedatum:\n29 jan 2026\nWil jij"
    );
    assert_eq!(
        repair("Opdracht tarief 100Opdracht uren 24"),
        "Opdracht tarief 100\nOpdracht uren 24"
    );
}

#[test]
fn dot_leaders_join_a_label_and_its_value() {
    assert_eq!(
        repair(
            "Vragen indienen (NvI) ............. t/m 17 december 2026\nBeoogde start ..... 1 maart 2027\nZie p. 3."
        ),
        "Vragen indienen (NvI): t/m 17 december 2026\nBeoogde start: 1 maart 2027\nZie p. 3."
    );
    assert_eq!(
        repair("Nota van inlichtingen .. 16-12-2026\nEn verder ... niets"),
        "Nota van inlichtingen: 16-12-2026\nEn verder ... niets"
    );
    assert_eq!(
        repair("Visie ........ 45\nErvaring en referenties ... 25\n"),
        "Visie: 45\nErvaring en referenties: 25\n"
    );
}

#[test]
fn a_label_padded_to_its_colon_joins_its_value() {
    assert_eq!(
        repair("Kenmerk        : AB-12\nUren per week  : 32\nen verder  : niets"),
        "Kenmerk: AB-12\nUren per week: 32\nen verder  : niets"
    );
}

#[test]
fn icons_and_glued_sentences() {
    assert_eq!(
        repair("date-icon15.07.2025 clock-icon17:00"),
        "15.07.2025 17:00"
    );
    assert_eq!(
        repair("prima mogelijk.Ben jij gedreven"),
        "prima mogelijk.\nBen jij gedreven"
    );
}

#[test]
fn strips_of_facts_tables_and_menus() {
    assert_eq!(
        repair("SRQ203317 · Gemeente Zaanstad · Zaandam\n"),
        "Referentie: SRQ203317\nGemeente Zaanstad\nZaandam\n"
    );
    assert_eq!(
        repair("*Gemeente Lelystad · Sociaal Domein · Jeugd en Gezin*\n"),
        "*Gemeente Lelystad\nSociaal Domein\nJeugd en Gezin*\n"
    );
    assert_eq!(
        repair("Aanvang: 4 mei 2026 | Einde: 3 mei 2027 | Inzet: 28-32 uur p/w\n"),
        "Aanvang: 4 mei 2026\nEinde: 3 mei 2027\nInzet: 28-32 uur p/w\n"
    );
    assert_eq!(
        repair("| Aanvraagnummer | 31544 |\n|---|---|\n| Uren per week | 32 |"),
        "Aanvraagnummer\t31544\nUren per week\t32"
    );
    assert_eq!(
        repair("Titel\nInloggen | Registreren | Opdrachten\nX"),
        "Titel\nX"
    );
    assert_eq!(
        repair("Home  >  Vacatures  >  Adviseur projectbeheersing\nAdviseur"),
        "Adviseur projectbeheersing\nAdviseur"
    );
    assert_eq!(
        repair(
            "4. Eisen (knock-out)\n4.1 Een hbo-opleiding.\n4.2 Vijf jaar.\n5. Planning\n5.1 Start"
        ),
        // the next section is a heading, so the criteria end there
        "Eisen (knock-out)\n1. Een hbo-opleiding.\n2. Vijf jaar.\n## Planning\n5.1 Start"
    );
    assert_eq!(
        repair(
            "5. Gunningscriteria\nCriterium | Weging\nErvaring | 40 punten\nMotivatie | 60 punten\n6. Uitvoeringsvoorwaarde\nTekst"
        ),
        "Gunningscriteria\nErvaring (40 punten)\nMotivatie (60 punten)\n## Uitvoeringsvoorwaarde\nTekst"
    );
    // a glued breadcrumb, and its last crumb shortening the title under it
    assert_eq!(
        repair("Home›Werk›Jurist Wonen\nJurist Wonen en Water"),
        "Jurist Wonen en Water"
    );
    // a list's items with bare points after a bar; a strip's page number
    // after one is none
    assert_eq!(
        repair("Wensen\n- Kennis van het omgevingsplan | 40\n- Prijs | 30\nTotaal | 100"),
        "Wensen\n- Kennis van het omgevingsplan (40 punten)\n- Prijs (30 punten)\nTotaal\n100"
    );
    // a criterion and its weight set apart by a column's gap
    assert_eq!(repair("    Tarief        20%"), "Tarief (20%)");
    // a post's byline
    assert_eq!(
        repair("Marieke de Graaf\nBeheerder · 3 d · 🌐\nTekst"),
        "Marieke de Graaf\nTekst"
    );
    // a breadcrumb parted by slashes from its home
    assert_eq!(
        repair("home / vacatures / overheid / consulent wmo\nx"),
        "consulent wmo\nx"
    );
    assert_eq!(
        repair("Breda, North Brabant · Hybride · Interim"),
        "Breda, North Brabant\nHybride\nInterim"
    );
    assert_eq!(
        repair("Tijdelijke opdracht · Almelo · Overijssel"),
        "Tijdelijke opdracht\nAlmelo\nOverijssel"
    );
    assert_eq!(
        repair("Gemeente Amersfoort · SRQ182455 · Published 12/02/2026"),
        "Gemeente Amersfoort\nReferentie: SRQ182455\nPublished 12/02/2026"
    );
}

#[test]
fn ordinary_text_is_left_alone() {
    let t = "De Startdatum is bekend. Herstart in Z.S.M. ok; Regio: Utrecht";
    assert_eq!(repair(t), t);
}

#[test]
fn a_planning_step_in_columns_is_no_menu() {
    let step = "Gesprekken      di 22 december 2026      09:00–13:00 uur\n";
    assert!(split_strips(step).contains("22 december 2026"));
    assert!(!split_strips("Home   Vacatures   Over ons   Contact\n").contains("Vacatures"));
}

#[test]
fn a_grid_row_with_a_figure_is_no_menu() {
    let row = "UITNODIGING      max. 4 kandidaten                 VOG              Ja, vereist\n";
    assert!(split_strips(row).contains("VOG"));
}
