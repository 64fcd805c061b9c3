//! Tests of how lines are classified (`lines.rs`).
use super::*;

#[test]
fn classifies_markdown_and_pdf_lines() {
    let lines = split_lines(
        "### **Vereisten/ knock-outcriteria**\n1. Eerste;\n- *Hands on*\n• De wijk\n- a) Uurtarief hoger\n\nTekst",
    );
    assert_eq!(lines[0].kind, LineKind::Heading);
    assert_eq!(lines[0].text, "Vereisten/ knock-outcriteria");
    assert_eq!(lines[1].kind, LineKind::Numbered(1));
    assert_eq!(lines[2].text, "Hands on");
    assert_eq!(lines[3].kind, LineKind::Bullet);
    assert_eq!(lines[4].text, "Uurtarief hoger");
    assert_eq!(lines[5].kind, LineKind::Blank);
}

#[test]
fn a_lettered_list_without_bullets() {
    let lines = split_lines("a. Kwaliteit plan: 60 punten\nb) Prijs: 40 punten\na.s. maandag");
    assert_eq!(lines[0].kind, LineKind::Bullet);
    assert_eq!(lines[0].text, "Kwaliteit plan: 60 punten");
    assert_eq!(lines[1].text, "Prijs: 40 punten");
    assert_eq!(lines[2].kind, LineKind::Plain);
}

#[test]
fn a_task_list_item_loses_its_box() {
    let lines = split_lines("- [ ] Rijbewijs B\n- [x] Woont in de regio");
    assert_eq!(lines[0].kind, LineKind::Bullet);
    assert_eq!(lines[0].text, "Rijbewijs B");
    assert_eq!(lines[1].text, "Woont in de regio");
}

#[test]
fn an_icon_before_a_section_word_opens_a_section() {
    let lines = split_lines("🏆 Gunning\n✅ Rijbewijs B\n📌 Knock-outs (uit de aanvraag)");
    assert_eq!(heading_section(&lines[0]), Some(Section::Award));
    assert_eq!(lines[1].kind, LineKind::Bullet);
    assert_eq!(heading_section(&lines[2]), Some(Section::Knockout));
}

#[test]
fn headings_by_words() {
    let h = |s: &str| heading_section(&classify(s));
    assert_eq!(h("Vereisten / knock-outcriteria"), Some(Section::Knockout));
    assert_eq!(
        h("Selectiecriteria te beoordelen door Flextender  (weging, totaal 100 punten)"),
        Some(Section::Award)
    );
    assert_eq!(h("## Opdracht"), Some(Section::Other));
    assert_eq!(h("Opdrachtnemer is verantwoordelijk"), None);
    assert_eq!(h("CV-eisen"), Some(Section::Other));
    assert_eq!(h("## Knock-outs"), Some(Section::Knockout));
    // an outliner's heading in a bullet (Logseq)
    assert_eq!(h("\t- ### Eisen (knock-out)"), Some(Section::Knockout));
    assert_eq!(h("K.O.-criteria"), Some(Section::Knockout));
    assert_eq!(h("Gunning"), Some(Section::Award));
    assert_eq!(
        h("How the client scores (100 points):"),
        Some(Section::Award)
    );
    assert_eq!(h("Award criteria (100 points)"), Some(Section::Award));
    assert_eq!(h("Eisen zijn streng."), None);
    // notes in small letters: the word and its colon alone
    assert_eq!(h("ko's:"), Some(Section::Knockout));
    assert_eq!(h("gunning:"), Some(Section::Award));
    assert_eq!(h("gunning: volgt later per mail"), None);
    // a sentence that opens a list by naming it
    assert_eq!(
        h("Uw aanbieding wordt getoetst aan de eisen:"),
        Some(Section::Knockout)
    );
    assert_eq!(
        h("en beoordeeld op de gunningscriteria:"),
        Some(Section::Award)
    );
    assert_eq!(h("Lees de eisen goed door."), None);
    assert_eq!(
        h("voldoet, wordt uitgesloten van verdere beoordeling:"),
        None
    );
    assert_eq!(
        h("gunningscriteria). Opdrachtgever beoordeelt de kandidaten in"),
        None
    );
    assert_eq!(
        h("opdracht samen. Met het verstrekken van de opdracht mag"),
        None
    );
    assert_eq!(
        h("Selectiecriteria te beoordelen door Flextender \t (weging, totaal 100 punten)"),
        Some(Section::Award)
    );
}

#[test]
fn a_heading_wrapped_inside_its_brackets_is_a_heading() {
    let h = |s: &str| heading_section(&classify(s));
    assert_eq!(
        h("Gunningscriteria te beoordelen door Flextender (weging,"),
        Some(Section::Award)
    );
    assert_eq!(h("Eisen, wensen en meer,"), None);
}

#[test]
fn a_lowercase_lettered_item_with_points() {
    assert!(lettered("b. kennis van GIS").is_none());
    assert_eq!(
        lettered("b. kennis van GIS: 15 punten"),
        Some("kennis van GIS: 15 punten")
    );
}

#[test]
fn a_lowercase_letter_after_the_letter_before_it_is_an_item() {
    let lines = split_lines(
        "a. Afgeronde hbo-opleiding;\nb. minimaal 3 jaar ervaring\nbij een gemeente;\nc. kennis van de Wet BRP.\n\nf. los",
    );
    let kinds: Vec<bool> = lines.iter().map(|l| l.kind == LineKind::Bullet).collect();
    assert_eq!(kinds, vec![true, true, false, true, false, false]);
    assert_eq!(lines[1].text, "minimaal 3 jaar ervaring");
}

#[test]
fn a_capital_letter_is_an_item_with_points_or_a_bracket() {
    assert_eq!(
        lettered("A. Ervaring met bezwaar: 40 punten"),
        Some("Ervaring met bezwaar: 40 punten")
    );
    assert_eq!(lettered("B) Prijs"), Some("Prijs"));
    assert_eq!(
        lettered("C. Bekendheid met de regio – 20 pnt"),
        Some("Bekendheid met de regio – 20 pnt")
    );
    assert!(lettered("S. de Vries, teamleider").is_none());
    assert!(lettered("J. Jansen").is_none());
}

#[test]
fn abbreviations_do_not_end_items() {
    assert!(!ends_item("kleinschalige locaties van ca."));
    assert!(ends_item("in het cv."));
    assert!(ends_item("organisatie;"));
}

#[test]
fn numbers_are_not_decimals() {
    assert_eq!(classify("2.1 Ontwikkelpunten").kind, LineKind::Plain);
    assert_eq!(classify("10) Tekst").kind, LineKind::Numbered(10));
    assert_eq!(classify("2025").kind, LineKind::Plain);
    assert_eq!(
        classify("E1 Afgeronde hbo-opleiding").kind,
        LineKind::Numbered(1)
    );
    assert_eq!(
        classify("W12: Ervaring met Suite").kind,
        LineKind::Numbered(12)
    );
    assert_eq!(classify("KO3. Uurtarief").kind, LineKind::Numbered(3));
    assert_eq!(classify("G-rekening verplicht").kind, LineKind::Plain);
    assert_eq!(classify("A2 formaat").kind, LineKind::Numbered(2));
}

#[test]
fn a_criterion_numbered_in_words_is_an_item() {
    let lines = split_lines(
        "Gunningscriterium 1 – Plan van aanpak (45 punten)\nEis 3: Rijbewijs B\nCriterium 1 en 2 samen\n",
    );
    assert_eq!(lines[0].kind, LineKind::Numbered(1));
    assert_eq!(lines[0].text, "Plan van aanpak (45 punten)");
    assert_eq!(lines[1].kind, LineKind::Numbered(3));
    assert_eq!(lines[2].kind, LineKind::Plain);
}

#[test]
fn a_sub_section_s_number_and_a_disowning_heading() {
    let lines = split_lines(
        "3.2 Geschiktheidseisen (knock-out)\n3.2 Eisen aan de inschrijving (geen knock-outcriteria)\n",
    );
    assert_eq!(heading_section(&lines[0]), Some(Section::Knockout));
    assert_eq!(heading_section(&lines[1]), Some(Section::Other));
}

#[test]
fn a_chat_s_italic_label_is_a_label() {
    assert_eq!(
        strip_emphasis("_Start:_ per 1 februari"),
        "Start: per 1 februari"
    );
    assert_eq!(strip_emphasis("_Uren_: 24 per week"), "Uren: 24 per week");
    // an underscore in a name, or italics that are no label, stay as they are
    assert_eq!(strip_emphasis("Uren_per_week: 32"), "Uren_per_week: 32");
    assert_eq!(
        strip_emphasis("_let op_ de sluiting is eerder"),
        "_let op_ de sluiting is eerder"
    );
}

#[test]
fn a_form_s_part_before_a_heading_is_no_part_of_it() {
    let h = |s: &str| heading_section(&classify(s));
    assert_eq!(
        h("Deel A - Uitsluitingscriteria"),
        h("Uitsluitingscriteria")
    );
    assert!(h("Uitsluitingscriteria").is_some());
    assert_eq!(h("Part 2: Award criteria"), h("Award criteria"));
    assert_eq!(h("Deel 2. Eisen"), h("Eisen"));
    // an annex a mail quotes from
    assert_eq!(h("Uit Bijlage B - Gunningscriteria"), h("Gunningscriteria"));
    assert_eq!(h("Bijlage 3.1 – Knock-outcriteria"), h("Knock-outcriteria"));
    // a part that is no heading stays none
    assert_eq!(h("Deel A - Gegevens van de aanbieder"), None);
}

#[test]
fn an_outline_s_criteria_are_its_sub_headings() {
    let lines = split_lines(
        "## Eisen (KO)\n### Hbo/wo data science\n### Min. 3 jaar ervaring met Power BI\n## Gunning\n### Ervaring dashboards\n- 50 punten\n### Prijs\n- 50 punten\n## Opdracht\n### Dashboards voor college en raad\n",
    );
    let kinds: Vec<LineKind> = lines.iter().map(|l| l.kind).collect();
    assert_eq!(
        kinds,
        [
            LineKind::Heading,
            LineKind::Bullet,
            LineKind::Bullet,
            LineKind::Heading,
            LineKind::Bullet,
            LineKind::Bullet,
            LineKind::Bullet,
            LineKind::Bullet,
            LineKind::Heading,
            LineKind::Heading,
        ]
    );
}
