//! Tests of the planning read from sentences (`planning.rs`).
use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn a_date_before_an_hours_label_is_not_hours() {
    let flat = "Einddatum: 2027-12-31 Uren per week: 36 voor 32 uur per week";
    let found = hours_sentences(flat);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0], (Some(32), Some(32)));
}

#[test]
fn an_end_after_the_start_in_one_sentence() {
    let flat = "De opdracht start op maandag 11 januari 2027 en loopt tot en met 30 juni 2027.";
    assert_eq!(end_sentence(flat), Some(d(2027, 6, 30)));
    assert_eq!(
        end_sentence("De vragenronde start op 1 mei en loopt tot 3 mei 2027."),
        None
    );
}

#[test]
fn an_end_in_the_sentence_that_seeks_from_a_start() {
    let flat = "De afdeling zoekt per 4-1-2027 een verpleegkundige die het team tot en met 2-7-2027 versterkt.";
    assert_eq!(end_sentence(flat), Some(d(2027, 7, 2)));
}

#[test]
fn steps_of_a_planning_named_by_their_moment() {
    let flat = "Uiterste moment vragen stellen wo 9 december 2026 12:00 uur Publicatie nota van inlichtingen vr 11 december 2026";
    assert_eq!(
        questions_deadline(flat),
        Some((d(2026, 12, 9), NaiveTime::from_hms_opt(12, 0, 0)))
    );
}

#[test]
fn questions_asked_of_the_reader_until_a_day() {
    // "aanvragen voor watervergunningen" asks nothing
    let flat = "Zo'n 1.100 aanvragen voor watervergunningen. Vragen over deze opdracht kunt u tot en met woensdag 9 december a.s. tot 12.00 uur stellen via de vragenmodule van ZeelandFlex.";
    assert_eq!(
        questions_deadline_yearless(flat, d(2026, 12, 3)),
        Some((d(2026, 12, 9), NaiveTime::from_hms_opt(12, 0, 0)))
    );
}

#[test]
fn questions_of_the_suppliers_until_a_day() {
    assert_eq!(
        questions_deadline("Vragen leveranciers tot: 10-12-2026 12:00"),
        Some((d(2026, 12, 10), NaiveTime::from_hms_opt(12, 0, 0)))
    );
}

#[test]
fn answers_on_a_day_without_its_year() {
    let flat = "Vragen t/m wo 09-12 17:00, antwoorden vr 11-12. Gesprekken: wo 23-12.";
    assert_eq!(
        answers_published(flat, Some(d(2026, 12, 4))),
        Some(d(2026, 12, 11))
    );
}

#[test]
fn questions_in_english_sent_until_a_day() {
    let flat = "Questions about this role can be sent until 8 December 2026, 12:00 PM; answers will be shared on 9 December 2026.";
    assert_eq!(
        questions_deadline(flat),
        Some((d(2026, 12, 8), NaiveTime::from_hms_opt(12, 0, 0)))
    );
}

#[test]
fn a_start_without_its_year_and_an_end_at_a_months_end() {
    let flat = "De opdracht gaat in per 1 februari en loopt tot en met eind juni 2027.";
    assert_eq!(
        start_sentence_yearless(flat, d(2026, 12, 3)),
        Some(d(2027, 2, 1))
    );
    assert_eq!(end_sentence(flat), Some(d(2027, 6, 30)));
    assert_eq!(
        end_sentence("De opdracht loopt tot en met eind februari 2028."),
        Some(d(2028, 2, 29))
    );
}

#[test]
fn questions_and_answers() {
    let t = "Vragen kunnen ingediend worden tot maandag 6 november 2023, 09.00 uur. De vragen en bijbehorende antwoorden worden op dinsdag 7 november 2023 gepubliceerd.";
    assert_eq!(
        questions_deadline(t),
        Some((d(2023, 11, 6), NaiveTime::from_hms_opt(9, 0, 0)))
    );
    assert_eq!(answers_published(t, None), Some(d(2023, 11, 7)));
}

#[test]
fn a_deadline_sentence_without_its_year() {
    let own = d(2026, 12, 2);
    let t = "Planning: de aanvraag sluit uiterlijk 8 januari a.s. om 10.00 uur. Bel me.";
    assert_eq!(deadline_sentence(t), None);
    let (date, time) = deadline_sentence_yearless(t, own).unwrap_or_default();
    assert_eq!(
        (date, time.map(|t| t.to_string())),
        (d(2027, 1, 8), Some("10:00:00".into()))
    );
    let t = "Reacties graag vóór vrijdag 11 december 12:00 uur via de mail.";
    assert_eq!(
        deadline_sentence_yearless(t, own).map(|x| x.0),
        Some(d(2026, 12, 11))
    );
}

#[test]
fn labels_of_forms_and_english_pages() {
    let t = "Vragen: via de portal tot 3 maart 2027 12:00 uur Nota v. inlicht.: 5 maart 2027";
    assert_eq!(questions_deadline(t).map(|q| q.0), Some(d(2027, 3, 3)));
    assert_eq!(answers_published(t, None), Some(d(2027, 3, 5)));
    let t = "Questions: via the portal until Mar 3, 2027, 4:00 PM Answers: published on March 5th, 2027";
    assert_eq!(questions_deadline(t).map(|q| q.0), Some(d(2027, 3, 3)));
    assert_eq!(answers_published(t, None), Some(d(2027, 3, 5)));
    let t = "Antwoorden: woensdag 23 december 2026 op het platform";
    assert_eq!(answers_published(t, None), Some(d(2026, 12, 23)));
    let t = "Publicatie antwoorden: uiterlijk woensdag 9 december 2026 Uiterste";
    assert_eq!(answers_published(t, None), Some(d(2026, 12, 9)));
    let t = "Vragen via de Nota van Inlichtingen tot 4 december 2026 12:00 uur; de antwoorden";
    assert_eq!(questions_deadline(t).map(|q| q.0), Some(d(2026, 12, 4)));
    let t =
        "Vragenronde: t/m 4-12-2026 12:00 uur Antwoorden: worden op 8 december 2026 gepubliceerd";
    assert_eq!(questions_deadline(t).map(|q| q.0), Some(d(2026, 12, 4)));
    assert_eq!(answers_published(t, None), Some(d(2026, 12, 8)));
    assert_eq!(
        answers_published("Publicatie NvI 14-01-2027 Sluiting", None),
        Some(d(2027, 1, 14))
    );
    assert_eq!(
        answers_published("Vragen indienen (NvI): t/m 3 maart 2027", None),
        None
    );
}

#[test]
fn deadline_and_notification() {
    assert_eq!(
        deadline_sentence(
            "Vragen kun je tot en met 6 maart 2026 stellen. Je inschrijving moet uiterlijk maandag 16 maart 2026 om 10.00 uur binnen zijn."
        ),
        Some((d(2026, 3, 16), NaiveTime::from_hms_opt(10, 0, 0)))
    );
    let t = "uitgenodigd zijn, ontvangen uiterlijk op maandag 1 december 2025 bericht. De reactietermijn van deze inhuuropdracht duurt tot dinsdag 25 november 2025, 09:00 uur.";
    assert_eq!(notification(t), Some(d(2025, 12, 1)));
    assert_eq!(
        deadline_sentence(t),
        Some((d(2025, 11, 25), NaiveTime::from_hms_opt(9, 0, 0)))
    );
}

#[test]
fn a_client_s_receipt_and_a_closing_date_sentence() {
    assert_eq!(
        deadline_sentence(
            "Uw inschrijving ontvangen wij uiterlijk dinsdag 9 maart 2027 om 14:00 uur per mail."
        ),
        Some((d(2027, 3, 9), NaiveTime::from_hms_opt(14, 0, 0)))
    );
    assert_eq!(
        deadline_sentence(
            "De sluitingsdatum voor het aanbieden van kandidaten is vrijdag 5 maart 2027, 9:00 uur."
        ),
        Some((d(2027, 3, 5), NaiveTime::from_hms_opt(9, 0, 0)))
    );
    assert_eq!(
        questions_deadline("Vragen kunnen alleen via de mail worden gesteld, uiterlijk op 2 maart 2027 om 12:00 uur.")
            .map(|q| q.0),
        Some(d(2027, 3, 2))
    );
}

#[test]
fn steps_of_a_planning_list_and_a_start_in_a_sentence() {
    let i = crate::posting::interviews::interviews(
        "Procedure Gesprekken: donderdag 17 december 2026 tussen 13:00 en 16:00 uur; De 3 best scorende",
    );
    assert_eq!(i.dates, vec![d(2026, 12, 17)]);
    assert_eq!(i.time.as_deref(), Some("13:00-16:00"));
    assert_eq!(
        crate::posting::interviews::interviews(
            "Publicatie 1 december 2026 Gesprekken 21 en 22 december 2026"
        )
        .dates,
        vec![d(2026, 12, 21), d(2026, 12, 22)]
    );
    assert_eq!(
        answers_published(
            "Vragen t/m 9 december 2026 Nota van inlichtingen 11-12-2026",
            None
        ),
        Some(d(2026, 12, 11))
    );
    assert_eq!(
        start_sentence("De afdeling Ruimte zoekt daarom per 1 februari 2027 een adviseur"),
        Some(d(2027, 2, 1))
    );
    assert_eq!(
        start_sentence("We willen graag starten op maandag 11 januari 2027. De opdracht"),
        NaiveDate::from_ymd_opt(2027, 1, 11)
    );
    assert_eq!(
        end_sentence("De opdracht loopt in eerste instantie tot en met 30 juni 2027."),
        Some(d(2027, 6, 30))
    );
    // "beoogde aanvang" is no prefix of "beoogde aanvangsdatum … is"
    assert_eq!(
        start_sentence("De beoogde aanvangsdatum van de opdracht is 11 januari 2027."),
        Some(d(2027, 1, 11))
    );
    assert_eq!(
        questions_deadline(
            "Vragen over de opdracht kunnen tot en met 8 december 2026, 12:00 uur worden gesteld."
        )
        .map(|(d, _)| d),
        Some(d(2026, 12, 8))
    );
    assert_eq!(
        questions_deadline("Questions can be asked via Striive until 07.12.2026 10:00.")
            .map(|(d, _)| d),
        Some(d(2026, 12, 7))
    );
    assert!(asap_sentence(
        "Hoi! Zaanstad zoekt per direct een klantmanager"
    ));
    assert!(!asap_sentence(
        "Zaanstad zoekt een klantmanager per 1 maart"
    ));
}

#[test]
fn sentences_of_messages_and_procedures() {
    let own = d(2026, 12, 2);
    let t = "Vragen kunnen tot di 8 dec. 2026 15:00 uur worden gesteld; de antwoorden worden op maandag 14 december gepubliceerd.";
    assert_eq!(
        questions_deadline(t),
        Some((d(2026, 12, 8), NaiveTime::from_hms_opt(15, 0, 0)))
    );
    assert_eq!(answers_published(t, Some(own)), Some(d(2026, 12, 14)));
    let t = "Vragen aan de gemeente kunnen t/m vr 4 dec. 2026 09:00u.";
    assert_eq!(questions_deadline(t).map(|q| q.0), Some(d(2026, 12, 4)));
    assert_eq!(
        answers_published("Beantwoording vragen: uiterlijk 20-01-2027", None),
        Some(d(2027, 1, 20))
    );
    assert_eq!(
        answers_published("Nota van inlichtingen 2027-02-03 Gesprekken", None),
        Some(d(2027, 2, 3))
    );
    let t = "Hoi! Start 4-1-2027 t/m 30-6-2027, 24-28u p/w, tarief in overleg.";
    assert_eq!(end_sentence(t), Some(d(2027, 6, 30)));
    let card = "Utrecht | 24 uur Start 1 feb 2027 · t/m 31 jul 2027 · reageren tot 11 jan 2027";
    assert_eq!(end_sentence(card), Some(d(2027, 7, 31)));
    assert_eq!(hours_sentences(t), vec![(Some(24), Some(28))]);
}

#[test]
fn a_spoken_start_and_end() {
    let t = "We willen graag dat je begint op maandag 1 februari 2027, en het loopt in principe tot en met 31 december 2027.";
    assert_eq!(start_sentence(t), Some(d(2027, 2, 1)));
    assert_eq!(end_sentence(t), Some(d(2027, 12, 31)));
}

#[test]
fn answers_on_a_timelines_step() {
    let t = "Vragen stellen: uiterlijk do 10 december, 12:00 Antwoorden op deze pagina: ma 14 december Cv en motivatie insturen: vóór vrijdag 18 december 2026 om 10.00 uur";
    assert_eq!(
        answers_published(t, Some(d(2026, 12, 2))),
        Some(d(2026, 12, 14))
    );
    assert_eq!(
        deadline_sentence(t),
        Some((d(2026, 12, 18), NaiveTime::from_hms_opt(10, 0, 0)))
    );
}

#[test]
fn steps_that_close() {
    let t = "Vragen indienen sluit: do 10 dec 2026 12:00 Nota van inlichtingen: di 15 dec 2026 Biedingen sluiten: vr 18 dec 2026 10:00";
    assert_eq!(
        questions_deadline(t),
        Some((d(2026, 12, 10), NaiveTime::from_hms_opt(12, 0, 0)))
    );
    assert_eq!(
        deadline_sentence(t),
        Some((d(2026, 12, 18), NaiveTime::from_hms_opt(10, 0, 0)))
    );
}

#[test]
fn a_period_with_weekdays_in_a_sentence() {
    let flat = "Voor de periode van maandag 18 januari 2027 tot en met vrijdag 16 juli 2027 zoeken wij een projectleider.";
    assert_eq!(
        period_sentence(flat),
        Some((d(2027, 1, 18), d(2027, 7, 16)))
    );
}

#[test]
fn english_sentences_of_the_period_and_the_close() {
    let flat = "We'd like someone to start on Monday the 11th of January 2027. It runs until 30 June 2027, with an option to extend. The closing date is Tuesday 15 December 2026 at 12:00.";
    assert_eq!(start_sentence(flat), Some(d(2027, 1, 11)));
    assert_eq!(end_sentence(flat), Some(d(2027, 6, 30)));
    assert_eq!(
        deadline_sentence(flat).map(|(d, _)| d),
        Some(d(2026, 12, 15))
    );
}

#[test]
fn answers_as_a_step_with_its_day_on() {
    let own = Some(d(2026, 12, 3));
    let t = "Vragen indienen uiterlijk woensdag 9 december, 16:00 Antwoorden gepubliceerd vrijdag 11 december Reageren vóór 12:00";
    assert_eq!(answers_published(t, own), Some(d(2026, 12, 11)));
    let t = "Vragen stellen t/m maandag 7 december 2026 Antwoorden uiterlijk woensdag 9 december 2026 Gesprekken";
    assert_eq!(answers_published(t, own), Some(d(2026, 12, 9)));
    let t =
        "Vragen — vr 11 dec, 12:00 Nota van inlichtingen — di 15 dec Sluiting — do 17 dec, 10:00";
    assert_eq!(answers_published(t, own), Some(d(2026, 12, 15)));
}

#[test]
fn a_form_that_closes_closes_the_posting() {
    assert_eq!(
        deadline_sentence("Deze vragenlijst sluit op vrijdag 18 december 2026 om 09.00 uur."),
        Some((d(2026, 12, 18), NaiveTime::from_hms_opt(9, 0, 0)))
    );
}

#[test]
fn the_client_who_closes_and_the_close_an_agency_names() {
    let at = |h| NaiveTime::from_hms_opt(h, 0, 0);
    for (t, want) in [
        (
            "De gemeente sluit op vrijdag 11 december 2026 om 16.00 uur.",
            (d(2026, 12, 11), at(16)),
        ),
        (
            "De gemeente sluit de inschrijving op dinsdag 15 december 2026 om 10:00 uur.",
            (d(2026, 12, 15), at(10)),
        ),
        (
            "Wij bieden je aan bij de gemeente vóór de sluiting op dinsdag 8 december 2026 om 16.00 uur.",
            (d(2026, 12, 8), at(16)),
        ),
        (
            "Uw aanbieding ontvangen wij uiterlijk woensdag 16 december 2026 vóór 12:00 uur.",
            (d(2026, 12, 16), at(12)),
        ),
    ] {
        assert_eq!(deadline_sentence(t), Some(want), "{t}");
    }
}

#[test]
fn a_period_whose_end_is_in_figures() {
    assert_eq!(
        period_sentence(
            "voor 32 uur per week, vanaf maandag 18 januari tot en met 30-06-2027, op het gemeentehuis"
        ),
        Some((d(2027, 1, 18), d(2027, 6, 30)))
    );
}

#[test]
fn a_step_named_and_its_date() {
    let q = |flat: &str| {
        questions_deadline(flat).map(|(d, t)| (d, t.map(|t| chrono::Timelike::hour(&t))))
    };
    assert_eq!(
        q(
            "Vragen: vrijdag 18 december 2026 om 12:00 uur Nota van inlichtingen: dinsdag 22 december 2026"
        ),
        Some((d(2026, 12, 18), Some(12)))
    );
    assert_eq!(
        q("Vragen / Questions: donderdag 17 december 2026, 16:00 uur / Thursday"),
        Some((d(2026, 12, 17), Some(16)))
    );
    assert_eq!(
        q("Vragen stel je uiterlijk vrijdag 18 december 2026 om 12:00 uur via het portaal."),
        Some((d(2026, 12, 18), Some(12)))
    );
    // a step with no date after it is none
    assert_eq!(q("Vragen: bel Jan de Vries, 06-12345678."), None);
    assert_eq!(
        answers_published("Q&A published: woensdag 23 december 2026", None),
        Some(d(2026, 12, 23))
    );
    assert_eq!(
        answers_published(
            "Nota van inlichtingen / Answers: maandag 21 december 2026 / Monday",
            None
        ),
        Some(d(2026, 12, 21))
    );
    assert_eq!(
        answers_published(
            "The answers (nota van inlichtingen) are published on December 29th, 2026.",
            None
        ),
        Some(d(2026, 12, 29))
    );
}

#[test]
fn answers_on_a_day_named_before_the_step() {
    let t =
        "Vragen stel je via het portaal. Op 22-12-2026 publiceren wij de nota van inlichtingen.";
    assert_eq!(answers_published(t, None), Some(d(2026, 12, 22)));
    let t = "Op vrijdag 18 december 2026 versturen we de antwoorden aan alle inschrijvers.";
    assert_eq!(answers_published(t, None), Some(d(2026, 12, 18)));
}

/// The start and end in a letter's or a news item's sentences: a
/// relative clause or a few words between the subject and its verb, the
/// role as the subject, "blijft … tot en met", an English "starts … and
/// runs until".
#[test]
fn a_period_told_in_prose() {
    let flat = "De opdracht, die bij ons geregistreerd staat onder aanvraagnummer WF-INH-2026-087, begint wat ons betreft op maandag 1 februari 2027 en loopt tot en met vrijdag 30 juli 2027.";
    assert_eq!(start_sentence(flat), Some(d(2027, 2, 1)));
    assert_eq!(end_sentence(flat), Some(d(2027, 7, 30)));
    let flat = "De specialist begint op maandag 1 februari 2027 en blijft tot en met vrijdag 31 december 2027.";
    assert_eq!(start_sentence(flat), Some(d(2027, 2, 1)));
    assert_eq!(end_sentence(flat), Some(d(2027, 12, 31)));
    let flat = "The assignment starts on 1 February 2027 and runs until 31 January 2028, and the municipality";
    assert_eq!(end_sentence(flat), Some(d(2028, 1, 31)));
    assert_eq!(
        start_sentence("Volgens de vacaturetekst begint de projectleider op 1 maart 2027 en duurt"),
        Some(d(2027, 3, 1))
    );
    // the procedure's own steps are no period of the work
    assert_eq!(
        start_sentence("De gesprekken vinden plaats op 19 januari 2027."),
        None
    );
}
