use super::*;

#[test]
fn a_header_row_labels_the_row_under_it() {
    let t = "Openstaande aanvragen\nNr.\tTitel\tOrganisatie\tUren p/w\tStart\tSluit\t\nIMH-26-0931\tJurist omgevingsrecht\tGemeente Waddinxveen\t16-20\t1.2.2027\t7.12.2026\tnog 5 dagen\nAanvraagdetails";
    assert_eq!(
        repair(t),
        "Openstaande aanvragen\nAanvraagnummer: IMH-26-0931\nTitel: Jurist omgevingsrecht\nOrganisatie: Gemeente Waddinxveen\nUren p/w: 16-20\nStart: 1.2.2027\nSluit: 7.12.2026\nnog 5 dagen\nAanvraagdetails"
    );
}

#[test]
fn label_and_value_rows_are_left_alone() {
    // no table; a dated row is written as its label and value
    let t = "Functietitel\tAdviseur Waterkwaliteit\nStartdatum\t04-01-2027\nSchaal\t10";
    assert_eq!(repair(t), t.replace("Startdatum\t", "Startdatum  "));
}

#[test]
fn a_spreadsheet_row_under_its_header() {
    let t = "Aanvraagnr;Opdrachtgever;Functie;Regio;Start;Uren p/w;Max tarief (excl. btw);Vragen tot\nGZ-2026-031;GGD Gelderland-Zuid;Epidemioloog;Gelderland;18-1-2027;28-32;\"87,50\";\"4-12-2026 12:00\"";
    assert_eq!(
        repair(t),
        "Aanvraagnr: GZ-2026-031\nOpdrachtgever: GGD Gelderland-Zuid\nFunctie: Epidemioloog\nRegio: Gelderland\nStart: 18-1-2027\nUren p/w: 28-32\nMax tarief: 87,50\nVragen tot: 4-12-2026 12:00"
    );
}

#[test]
fn an_export_that_declares_its_separator() {
    let t = "sep=;\n\"Nr\";\"Status\";\"Functie\";\"Opdrachtgever\";\"Startdatum\";\"Uren min\";\"Uren max\";\"Kleur\";\"Prioriteit\";\"Notitie\";\"Toelichting\"\n\"AB-1\";\"Open\";\"Jurist\";\"Gemeente Oss\";\"1-3-2027\";\"16\";\"24\";\"blauw\";\"hoog\";\"\";\"Wij zoeken een jurist.\n\nEisen:\n1. Hbo.\"\nNa de tabel";
    assert_eq!(
        repair(t),
        "Aanvraagnummer: AB-1\nStatus: Open\nFunctie: Jurist\nOpdrachtgever: Gemeente Oss\nStartdatum: 1-3-2027\nUren: 16 - 24\nKleur: blauw\nPrioriteit: hoog\n\nToelichting\nWij zoeken een jurist.\n\nEisen:\n1. Hbo.\n\nNa de tabel"
    );
}

#[test]
fn a_sheet_copied_with_a_cell_of_several_lines() {
    let t = "Aanvraagnr\tFunctie\tOpdrachtgever\tStart\tUren p/w\tBehandelaar\tStatus\tKleur\tOmschrijving\tOpmerkingen\nALM-1\tAdviseur\tGemeente Almere\t04-01-2027\t16-20\tSandra\tOpen\tgroen\t\"Je werkt met de \"\"CISO\"\".\nThuiswerken mag.\"\tbellen\nNa de tabel";
    assert_eq!(
        repair(t),
        "Aanvraagnr: ALM-1\nFunctie: Adviseur\nOpdrachtgever: Gemeente Almere\nStart: 04-01-2027\nUren p/w: 16-20\nBehandelaar: Sandra\nStatus: Open\nKleur: groen\nOpmerkingen: bellen\n\nOmschrijving\nJe werkt met de \"CISO\".\nThuiswerken mag.\n\nNa de tabel"
    );
}

#[test]
fn a_csv_export_cut_in_its_last_cell() {
    let t = "\u{feff}Naam,Opdrachtgever,Kenmerk,Provincie,Start,Uren p/w,Tarief,Status,Eisen\nJurist,Gemeente Oss,OSS-7,Noord-Brabant,2027-01-18,16-20,€82.50,Open,\"1. Hbo;\n2. twee jaar";
    assert_eq!(
        repair(t),
        "Functie: Jurist\nOpdrachtgever: Gemeente Oss\nKenmerk: OSS-7\nProvincie: Noord-Brabant\nStart: 2027-01-18\nUren p/w: 16-20\nTarief: €82.50\nStatus: Open\n\nEisen\n1. Hbo;\n2. twee jaar\n"
    );
    // a sentence with commas is no header
    let prose = "Wij zoeken, voor de gemeente, een jurist, die snel, zelfstandig. En meer.";
    assert_eq!(repair(prose), prose);
}

#[test]
fn a_markdown_table_as_cells() {
    let t = "Eisen\n| Nr | Eis | Ja/Nee |\n|----|-----|--------|\n| 1 | Hbo | Ja/Nee |\n\nTekst";
    assert_eq!(repair(t), "Eisen\nNr\tEis\n1\tHbo\n\nTekst");
}

#[test]
fn a_timeline_row_is_a_step_and_its_date() {
    assert_eq!(
        repair("Stap\tDatum\tTijd\nSluiting indienen\t06-01-2027\t12:00\nGunning\t19-01-2027\t-"),
        "Stap\tDatum\tTijd\nSluiting indienen  06-01-2027  12:00\nGunning  19-01-2027"
    );
}

#[test]
fn a_markdown_table_without_outer_pipes() {
    let t = "Eisen\nNr | Eis | Toelichting\n---|---|---\n1  | Hbo | Diploma\n2  | Wo | Cv\n\nTekst | niet";
    assert_eq!(
        repair(t),
        "Eisen\nNr\tEis\tToelichting\n1\tHbo\tDiploma\n2\tWo\tCv\n\nTekst | niet"
    );
}

#[test]
fn a_form_response_cut_inside_a_long_cell() {
    let text = "Tijdstempel,Functietitel,Kenmerk,Standplaats,Gewenste startdatum,Einddatum,Uren per week,Schaal,Sluitingsdatum,Omschrijving,Eisen,Gunningscriteria,Contactpersoon\n3-12-2026 14:41:17,Toezichthouder Bouw,WBD-64,Stadhuis Wijk bij Duurstede,18-1-2027,16-7-2027,32,9,15-12-2026,\"Wijk bij Duurstede bouwt.\nHet team zoekt een toez";
    let out = super::repair(text);
    assert!(out.contains("Functietitel: Toezichthouder Bouw\n"), "{out}");
    assert!(out.contains("Sluitingsdatum: 15-12-2026\n"), "{out}");
}

#[test]
fn an_english_csv_export_with_an_abbreviation_in_its_head() {
    let t = "Name,Reference,Client,Province,Max rate (excl. VAT),Deadline\n\
             Accountmanager,LLS-2026-0655,Gemeente Lelystad,Flevoland,\"€ 99,00\",2027-01-18 13:00\n";
    let out = repair(t);
    assert!(out.contains("Reference: LLS-2026-0655"), "{out}");
    assert!(out.contains("Max rate: € 99,00"), "{out}");
}
