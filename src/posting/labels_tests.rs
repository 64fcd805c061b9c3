use super::*;
use crate::posting::lines::split_lines;

fn values(text: &str, field: Field) -> Vec<String> {
    candidates(&split_lines(text))
        .into_iter()
        .filter(|c| c.field == field)
        .map(|c| c.value)
        .collect()
}

#[test]
fn a_two_cell_row_is_a_label_and_its_value() {
    assert_eq!(values("Einde\t2027-06-30", Field::End), ["2027-06-30"]);
    assert!(values("Einde\tStatus\tTarief", Field::End).is_empty());
    assert_eq!(
        values("Ref. `AB-2026-7`", Field::RequestNumber),
        ["`AB-2026-7`"]
    );
    assert_eq!(values("Tarief klant (max)\t€ 90", Field::Rate), ["€ 90"]);
    // "all-in" says what the rate holds, wherever it stands
    assert_eq!(values("Max. all-in tarief: € 99", Field::Rate), ["€ 99"]);
    assert_eq!(
        values(
            "Max. all-in tarief\n€ 112,50 per uur excl. btw",
            Field::Rate
        ),
        ["€ 112,50 per uur excl. btw"]
    );
    assert_eq!(values("Uurtarief all-in: € 95", Field::Rate), ["€ 95"]);
    assert_eq!(
        values("Kenmerk klant\tAB/12", Field::RequestNumber),
        ["AB/12"]
    );
}

#[test]
fn an_abbreviated_label_keeps_its_dot() {
    assert_eq!(
        values("  Aanvraagnr.:    AB-2026-5", Field::RequestNumber),
        ["AB-2026-5"]
    );
    assert_eq!(values("Role: Data Analyst", Field::Title), ["Data Analyst"]);
}

#[test]
fn tab_table_cells() {
    let t = "Aanvraagnummer\t30828\tStart\t1 augustus 2026\nUren per week\t20 tot 28 uur\tEinde inschrijfdatum\tmaandag 6 juli 2026";
    assert_eq!(values(t, Field::RequestNumber), ["30828"]);
    assert_eq!(values(t, Field::Start), ["1 augustus 2026"]);
    assert_eq!(values(t, Field::Hours), ["20 tot 28 uur"]);
    assert_eq!(values(t, Field::DeadlineDate), ["maandag 6 juli 2026"]);
    let t = "Tarief: tot € 120 per uur\nSluit: 9 maart 2026 09:00\n";
    assert_eq!(values(t, Field::DeadlineDate), ["9 maart 2026 09:00"]);
}

#[test]
fn label_value_forms() {
    assert_eq!(values(" Uren per week 24 uur", Field::Hours), ["24 uur"]);
    // a colon-only label before its number, and a value glued on in a
    // character of several bytes (read, not a panic)
    assert_eq!(values("Einde 31-07-2027", Field::End), ["31-07-2027"]);
    assert!(values("Rate€ 85 - € 97,50 p/u", Field::Rate).is_empty());
    assert!(values("Einde van het jaar", Field::End).is_empty());
    assert_eq!(values("Regio: Utrecht", Field::Region), ["Utrecht"]);
    assert_eq!(
        values(
            "Sluitingsdatum aanbiedingen: 15-12-2026, 12:00 uur",
            Field::DeadlineDate
        ),
        ["15-12-2026, 12:00 uur"]
    );
    // aligned in a table, a colon-only label is a label too
    assert_eq!(
        values("Functie         Beleidsadviseur Wonen", Field::Title),
        ["Beleidsadviseur Wonen"]
    );
    assert!(values("Functie binnen het team", Field::Title).is_empty());
    assert_eq!(
        values("Benodigd aantal professionals\n\n1-2", Field::Professionals),
        ["1-2"]
    );
    assert_eq!(
        values("Startdatum: 1 jul 2026", Field::Start),
        ["1 jul 2026"]
    );
}

#[test]
fn leaders_and_list_items() {
    assert_eq!(
        values("Uren per week ............. 36", Field::Hours),
        ["36"]
    );
    // a list item opened by a pictogram may start in lowercase
    assert_eq!(
        values("📅 start 2 maart t/m 31 dec 2026", Field::Start),
        ["2 maart t/m 31 dec 2026"]
    );
    assert!(values("start 2 maart", Field::Start).is_empty());
    // a Word form's cell
    assert_eq!(
        values(
            "Sluitingsdatum offertes\tma 02-03-2026 09:00",
            Field::DeadlineDate
        ),
        ["ma 02-03-2026 09:00"]
    );
}

#[test]
fn value_over_two_lines() {
    let c = candidates(&split_lines(
        "Einde inschrijfdatum dinsdag 25 november\n2025\n",
    ));
    assert_eq!(c[0].value_with_next, "dinsdag 25 november 2025");
}

#[test]
fn words_inside_other_words_are_not_labels() {
    assert!(values("Starters zijn welkom", Field::Start).is_empty());
    assert!(values("Duurzaamheid is belangrijk", Field::Duration).is_empty());
    assert!(values("functie binnen de gemeentelijke organisatie.", Field::Title).is_empty());
    assert!(values("opdrachtgever leidend.", Field::Organisation).is_empty());
}

#[test]
fn a_page_in_small_letters_has_labels_with_their_colon() {
    assert_eq!(
        values("startdatum: maandag 1 februari 2027", Field::Start),
        ["maandag 1 februari 2027"]
    );
    assert_eq!(
        values(
            "referentienummer opdrachtgever: SDD-26-311",
            Field::RequestNumber
        ),
        ["SDD-26-311"]
    );
    // prose wrapped onto a line that starts with a label's word
    assert!(values("start in het voorjaar van 2027", Field::Start).is_empty());
}

#[test]
fn a_request_numbers_label_with_the_clients_initials() {
    assert_eq!(
        values(
            "Aanvraagnummer ODBN\nODBN-INH-2026-073\n",
            Field::RequestNumber
        ),
        ["ODBN-INH-2026-073"]
    );
    // only a request number's label takes initials
    assert!(!values("Uren WTV\n32\n", Field::Hours).contains(&"32".to_string()));
}

#[test]
fn a_dash_may_stand_between_a_label_and_its_value() {
    assert_eq!(
        values("Einde — 31 december 2027", Field::End),
        ["31 december 2027"]
    );
    assert_eq!(
        values(
            "Reageren — uiterlijk 18 december, 12.00 uur",
            Field::DeadlineDate
        ),
        ["uiterlijk 18 december, 12.00 uur"]
    );
    assert_eq!(
        values(
            "Indienen: uiterlijk 17 december 2026 om 15:00",
            Field::DeadlineDate
        ),
        ["uiterlijk 17 december 2026 om 15:00"]
    );
    // a subtitle after a label that is also a word is no value
    assert!(
        values(
            "Inhuuropdracht – gepubliceerd 1 december 2026",
            Field::Title
        )
        .is_empty()
    );
    assert!(values("Indienen kan via het portaal", Field::DeadlineDate).is_empty());
}

#[test]
fn an_english_period_and_an_end_before_a_months_name() {
    assert_eq!(
        values(
            "Contract period: Feb 1, 2027 – Jan 31, 2028",
            Field::Duration
        ),
        ["Feb 1, 2027 – Jan 31, 2028"]
    );
    assert_eq!(values("End Jun 30th, 2027", Field::End), ["Jun 30th, 2027"]);
    assert!(values("End of the line", Field::End).is_empty());
}

#[test]
fn an_ats_exports_field_names() {
    assert_eq!(
        values("Posting Title: Jurist Bestuursrecht", Field::Title),
        ["Jurist Bestuursrecht"]
    );
    assert_eq!(
        values("Client Deadline: 2026-12-14 09:00", Field::DeadlineDate),
        ["2026-12-14 09:00"]
    );
}

#[test]
fn a_word_label_on_its_own_line_over_a_date_is_a_label() {
    assert_eq!(
        values(
            "Budget\n€ 54.900\nIndienen\ndo 17-12-2026, vóór 10:00 uur\n",
            Field::DeadlineDate
        ),
        ["do 17-12-2026, vóór 10:00 uur"]
    );
    // over anything else it is a word
    assert!(
        values(
            "Budget\n€ 54.900\nIndienen\nkan via het portaal\n",
            Field::DeadlineDate
        )
        .is_empty()
    );
}

#[test]
fn a_step_number_or_an_item_letter_before_a_label() {
    assert_eq!(
        values(
            "Stap 3 – Inschrijving: dinsdag 5 januari 2027",
            Field::DeadlineDate
        ),
        ["dinsdag 5 januari 2027"]
    );
    assert_eq!(
        values(
            "  Stap 4  Sluiting inschrijving ..... 15-12-2026",
            Field::DeadlineDate
        ),
        ["15-12-2026"]
    );
    assert_eq!(
        values(
            "(c) uiterste inschrijving: 2026-12-16, 10:00",
            Field::DeadlineDate
        ),
        ["2026-12-16, 10:00"]
    );
    // a step without a number is text
    assert!(values("Stap voor stap: 15-12-2026", Field::DeadlineDate).is_empty());
}

#[test]
fn a_planning_row_of_three_cells_names_its_step_in_more_words() {
    assert_eq!(
        values(
            "Uiterste datum offerte\tvrijdag 18 december 2026\tvóór 10:00 uur",
            Field::DeadlineDate
        ),
        ["vrijdag 18 december 2026  vóór 10:00 uur"]
    );
}

#[test]
fn a_second_label_after_a_separator_is_a_fact_of_its_own() {
    let text = "Start: 18 Jan – End: 23 Jul '27";
    assert_eq!(values(text, Field::Start), ["18 Jan"]);
    assert_eq!(values(text, Field::End), ["23 Jul '27"]);
    // a dash in a value with no label after it stays
    assert_eq!(
        values("Locatie: Assen – Provinciehuis", Field::Location),
        ["Assen – Provinciehuis"]
    );
}

#[test]
fn whose_step_it_is_and_offers_by_a_day() {
    assert_eq!(
        values(
            "Sluiting bij VNOG\tvr 11-12-2026 10:00",
            Field::DeadlineDate
        ),
        ["vr 11-12-2026 10:00"]
    );
    assert_eq!(
        values(
            "Offertes uiterlijk: woensdag 16 december 2026 om 16.00 uur",
            Field::DeadlineDate
        ),
        ["woensdag 16 december 2026 om 16.00 uur"]
    );
}

#[test]
fn the_client_s_label_beside_an_agency_s_own() {
    for l in [
        "Client closing date",
        "Client's closing date",
        "Sluiting gemeente",
        "Klant deadline",
    ] {
        assert_eq!(exact_label(l), Some(Field::DeadlineDate), "{l}");
    }
    // with its value on the same line
    assert_eq!(
        values(
            "Client's closing date: Tuesday, December 15, 2026 at 12:00 PM\n",
            Field::DeadlineDate
        ),
        ["Tuesday, December 15, 2026 at 12:00 PM"]
    );
}

#[test]
fn a_label_in_two_languages_is_the_one_the_table_knows() {
    assert_eq!(exact_label("Begjindatum / Startdatum"), Some(Field::Start));
    assert_eq!(
        exact_label("Oeren yn 'e wike / Uren per week"),
        Some(Field::Hours)
    );
    assert_eq!(exact_label("Ienris / Nergens"), None);
}

#[test]
fn a_value_in_two_languages_is_no_label() {
    assert_eq!(exact_label("20-24 oere yn 'e wike / uur per week"), None);
}

#[test]
fn a_platform_s_english_schedule_row_with_a_12_hour_clock() {
    assert_eq!(
        values(
            "Submission deadline\t14/12/2026\t12:00 PM",
            Field::DeadlineDate
        ),
        ["14/12/2026 12:00 PM"]
    );
    assert_eq!(
        values(
            "Bidding closes    Dec 10th, 2026, 2:00 PM",
            Field::DeadlineDate
        ),
        ["Dec 10th, 2026, 2:00 PM"]
    );
}

#[test]
fn a_planning_row_s_time_after_a_word() {
    assert_eq!(
        values(
            "Indienen offerte\t4 januari 2027\tom 10.00 uur",
            Field::DeadlineDate
        ),
        ["4 januari 2027 om 10.00 uur"]
    );
}
