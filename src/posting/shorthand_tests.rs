use super::repair;

#[test]
fn a_hurried_notes_facts_get_their_labels() {
    let note = "Toezichthouder bouw\n\
                aanvraagnr HBG-INH-2026-077\n\
                gem. Hardenberg, prov. Overijssel\n\
                start 4 jan, eerder mag ook\n\
                tm 30-6-2027 (optie verlenging 6 mnd)\n\
                32-36u/w\n\
                max 88/u ex btw\n\
                schaal 9\n\
                dl ma 21/12 10u !!\n\
                vragen tot do 10/12 12u\n\
                nvi 22/12/26\n\
                gespr 19+20 jan, max 3 kandidaten\n\
                vog ja\n";
    let out = repair(note);
    for line in [
        "Aanvraagnummer: HBG-INH-2026-077",
        "Organisatie: Hardenberg\nProvincie: Overijssel",
        "Startdatum: 4 jan, eerder mag ook",
        "Einddatum: 30-6-2027 (optie verlenging 6 mnd)",
        "Uren per week: 32-36",
        "Maximum uurtarief: 88 per uur ex btw",
        "Schaal: 9",
        "Deadline: ma 21 december 10:00 !!",
        "Vragen tot: do 10 december 12:00",
        "Nota van inlichtingen: 22 december 2026",
        "Gesprekken: 19 en 20 jan, max 3 kandidaten",
        "VOG: ja",
    ] {
        assert!(out.contains(line), "{line:?} not in\n{out}");
    }
    assert!(out.starts_with("Toezichthouder bouw\n"));
}

#[test]
fn dates_hours_and_provinces_in_shorthand_are_written_out() {
    let out = repair(
        "dl 14/1/27 9u\ndeadline 13 jan 2027 4pm\ngespr 21/1 + 22/1\nnvi 23-12\nprov. Z-Holland\n\
         dl: 11e januari 14.00u\n",
    );
    for line in [
        "Deadline: 14 januari 2027 09:00",
        "Deadline: 13 jan 2027 16:00",
        "Gesprekken: 21 januari en 22 januari",
        "Nota van inlichtingen: 23 december",
        "Provincie: Zuid-Holland",
        "Deadline: 11 januari 14:00",
    ] {
        assert!(out.contains(line), "{line:?} not in\n{out}");
    }
}

#[test]
fn a_client_written_short_is_written_out() {
    let out = repair("Gemeente: gem. Heerenveen\norg gem. Alphen a/d Rijn\nvog ja\nschaal 10\n");
    assert!(out.contains("Gemeente: Heerenveen"), "{out}");
    assert!(out.contains("Organisatie: Alphen aan den Rijn"), "{out}");
}

#[test]
fn prose_and_counts_are_left_as_they_came() {
    // fewer than three fact lines: nothing changes
    let text = "start 4 jan\nWe zoeken een adviseur.\n";
    assert_eq!(repair(text), text);
    // a count after "max" is no rate; "start" before a word is no date
    let out = repair("max 3 kandidaten\nstart gesprekken\nvog ja\nschaal 9\ndl 12/1 12u\n");
    assert!(
        out.contains("max 3 kandidaten\nstart gesprekken\n"),
        "{out}"
    );
    // a fraction in a count is no date
    let out = repair("gespr 2-3 kandidaten op 19 jan\nvog ja\nschaal 9\n");
    assert!(
        out.contains("Gesprekken: 2-3 kandidaten op 19 jan"),
        "{out}"
    );
}

#[test]
fn a_labelled_line_in_capitals_gets_only_its_shorthand_value_written_out() {
    // alone, without a block of notes around it
    assert_eq!(repair("NvI: 23-12\n"), "NvI: 23 december\n");
    assert_eq!(repair("Gemeente: gem. Heerenveen"), "Gemeente: Heerenveen");
    // values the readers read are left
    let text = "Sluitingsdatum: 08-01-2027 09:00\nUren: 20-24 uur per week\n";
    assert_eq!(repair(text), text);
}

#[test]
fn two_steps_on_one_line_get_a_line_each() {
    let out = repair(
        "start 11/1, tm 30/6 '27, verlenging optioneel\nstart 1/2/27 -> eind 31/1/28\nvragen tot do 10/12 12u, nvi uiterlijk 15/12\n",
    );
    for line in [
        "Startdatum: 11 januari\nEinddatum: 30 juni '27, verlenging optioneel",
        "Startdatum: 1 februari 2027\nEinddatum: 31 januari 2028",
        "Vragen tot: do 10 december 12:00\nNota van inlichtingen: uiterlijk 15 december",
    ] {
        assert!(out.contains(line), "{line:?} not in\n{out}");
    }
}

#[test]
fn a_full_date_and_a_posts_age_are_left() {
    // the page's own order (a US page writes 02/01/2027 for 1 February)
    assert_eq!(repair("Start: 02/01/2027\n"), "Start: 02/01/2027\n");
    let text = "Lotte Kramer\n3 u • 🌐\nvog ja\nschaal 9\n";
    assert!(repair(text).contains("\n3 u • 🌐\n"));
}

#[test]
fn a_word_diff_and_a_pages_columns_are_left() {
    let text = "Nota van inlichtingen: [-15-] {+22+} december 2026\n";
    assert_eq!(repair(text), text);
    let text = "Nota van inlichtingen: maandag 21 de-        a. afgeronde opleiding\n";
    assert_eq!(repair(text), text);
}

#[test]
fn ordinal_days_and_hours_per_week_in_shorthand() {
    let out = repair(
        "Gesprekken: wo 20e en do 21e januari in Middelburg\n32 u/pw (32 is leidend)\nvog ja\nschaal 9\n",
    );
    assert!(
        out.contains("Gesprekken: wo 20 en do 21 januari in Middelburg"),
        "{out}"
    );
    assert!(out.contains("Uren per week: 32\n"), "{out}");
}
