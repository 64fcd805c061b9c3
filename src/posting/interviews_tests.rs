use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
}

#[test]
fn a_label_line_ends_at_the_next_label() {
    let i = interviews(
        "GESPREKKEN: DINSDAG 12 JANUARI 2027, 09.00 - 12.00 UUR GUNNINGSBERICHT: UITERLIJK 22 JANUARI 2027",
    );
    assert_eq!(i.dates, vec![d(2027, 1, 12)]);
    let i = interviews("Gesprekken: 12 januari 2027 Tijd: 09:00 - 12:00");
    assert_eq!(i.time.as_deref(), Some("09:00-12:00"));
}

#[test]
fn a_table_step_ends_at_the_next_step() {
    let i = interviews("Gesprekken ma 8 en di 9 maart 2027 Beoogde start 1 april 2027");
    assert_eq!(i.dates, vec![d(2027, 3, 8), d(2027, 3, 9)]);
    let i = interviews(
        "Kennismaking: do. 07-01-2027, tussen 13:00 en 15:00 uur (online) Wat ga je doen?",
    );
    assert_eq!(i.dates, vec![d(2027, 1, 7)]);
    assert_eq!(i.time.as_deref(), Some("13:00-15:00"));
}

#[test]
fn an_english_sentence_of_interviews() {
    let i = interviews("Interviews will take place on 3 March 2027 at the town hall.");
    assert_eq!(i.dates, [d(2027, 3, 3)]);
}

#[test]
fn interview_forms() {
    let i = interviews(
        "De gesprekken bij de gemeente zijn gepland op woensdag 15 november 2023 tussen 13.00 uur en 16.00 uur. De kandidaten",
    );
    assert_eq!(i.dates, [d(2023, 11, 15)]);
    assert_eq!(i.time.as_deref(), Some("13:00-16:00"));
    let i = interviews(
        "De gesprekken bij de opdrachtgever zijn gepland in de week van 30 maart 2026. De kandidaten",
    );
    assert_eq!((i.week_of, i.dates.len()), (Some(d(2026, 3, 30)), 0));
    let i = interviews("Selectiegesprekken vinden plaats op 8 en 9 juli 2026.");
    assert_eq!(i.dates, [d(2026, 7, 8), d(2026, 7, 9)]);
    let i = interviews("Gesprekken: ma 21.12.26 en di 22.12.26 (Leiden)");
    assert_eq!(i.dates, [d(2026, 12, 21), d(2026, 12, 22)]);
    let i = interviews("Gesprekken: 7-1-2027; 8-1-2027");
    assert_eq!(i.dates, [d(2027, 1, 7), d(2027, 1, 8)]);
    let i = interviews("Interviews: Jan 12 or Jan 13, 2027 (Lelystad)");
    assert_eq!(i.dates, [d(2027, 1, 12), d(2027, 1, 13)]);
    let i = interviews("Regio Utrecht Gesprekken week van 8 maart 2027 Contact");
    assert_eq!(i.week_of, Some(d(2027, 3, 8)));
    let i = interviews("Interviews: Tuesday, March 9th, 2027, between 9:00 AM and 11:00 AM.");
    assert_eq!(i.dates, [d(2027, 3, 9)]);
    assert_eq!(i.time.as_deref(), Some("09:00-11:00"));
}

#[test]
fn days_without_a_year_follow_the_posting() {
    let own = d(2026, 12, 2);
    let i = interviews_after(
        "Gesprekken zijn woensdag 16 december, Jan 2-12-2026 09:31",
        Some(own),
    );
    assert_eq!(i.dates, [d(2026, 12, 16)]);
    let i = interviews_after("Gesprekken: maandag 21 of dinsdag 22 december", Some(own));
    assert_eq!(i.dates, [d(2026, 12, 21), d(2026, 12, 22)]);
}

#[test]
fn a_mention_without_a_day_gives_way_to_one_with_it() {
    let i = interviews(
        "De sluitingsdatum en de gespreksdatum zijn gewijzigd. Gesprekken: donderdag 17 december 2026",
    );
    assert_eq!(i.dates, vec![d(2026, 12, 17)]);
}

#[test]
fn interviews_in_other_sentences() {
    let own = d(2026, 12, 2);
    let i = interviews_after(
        "De twee beste kandidaten worden uitgenodigd voor een gesprek op dinsdag 15 december 2026 tussen 10:00 en 12:00 uur. Daarna",
        Some(own),
    );
    assert_eq!(i.dates, [d(2026, 12, 15)]);
    assert_eq!(i.time.as_deref(), Some("10:00-12:00"));
    let i = interviews_after(
        "Gesprekken met de wethouder staan gepland op 12 januari 2027 om 9.30 uur.",
        Some(own),
    );
    assert_eq!(
        (i.dates, i.time.as_deref()),
        (vec![d(2027, 1, 12)], Some("09:30"))
    );
    let i = interviews("Interviews will take place in the week commencing 18 January 2027.");
    assert_eq!(i.week_of, Some(d(2027, 1, 18)));
    let i = interviews_after("Gesprekken: wk 51 Start: 04-01-2027", Some(own));
    assert_eq!((i.week_of, i.dates.len()), (Some(d(2026, 12, 14)), 0));
    let i = interviews_after(
        "De beste twee worden uitgenodigd voor een kennismakingsgesprek in de week van 11 januari; de gesprekken vinden plaats in Middelburg.",
        Some(own),
    );
    assert_eq!((i.week_of, i.dates.len()), (Some(d(2027, 1, 11)), 0));
    let i = interviews_after("Gesprekken week 3; start 1 februari 2027", Some(own));
    assert_eq!(i.week_of, Some(d(2027, 1, 18)));
    let i = interviews_after("Gesprekken week 2 (11 t/m 15 januari 2027)", Some(own));
    assert_eq!(i.week_of, Some(d(2027, 1, 11)));
    let i = interviews_after("Gesprek is di 19-1 in de ochtend in Oss.", Some(own));
    assert_eq!(i.dates, [d(2027, 1, 19)]);
    let i = interviews_after(
        "Interviews are planned for the week of 8 February 2027.",
        Some(own),
    );
    assert_eq!(i.week_of, Some(d(2027, 2, 8)));
    let i = interviews_after("Gesprekken: 7 of 8 januari 2027 (in Oss)", Some(own));
    assert_eq!(i.dates, [d(2027, 1, 7), d(2027, 1, 8)]);
}

#[test]
fn a_pair_with_a_month_after_each_day_and_the_next_lines_fact() {
    let own = Some(d(2026, 12, 15));
    let i = interviews_after("Interviews: 14 Jan or 15 Jan 2027 (Lelystad)", own);
    assert_eq!(i.dates, vec![d(2027, 1, 14), d(2027, 1, 15)]);
    let i = interviews(
        "Gesprekken: ma 21 december 2026, gemeentehuis Coevorden Gepubliceerd op 2 december 2026",
    );
    assert_eq!(i.dates, vec![d(2026, 12, 21)]);
}

#[test]
fn the_client_who_holds_the_interviews() {
    let i = interviews("De gesprekken voeren we op dinsdag 22 december 2026 in Alkmaar.");
    assert_eq!(i.dates, vec![d(2026, 12, 22)]);
    let i = interviews_after(
        "De gesprekken houden wij op dinsdag 22 december in Alkmaar.",
        Some(d(2026, 12, 5)),
    );
    assert_eq!(i.dates, vec![d(2026, 12, 22)]);
}

#[test]
fn an_english_planning_s_interviews_row() {
    let i = interviews("Interviews            Friday, 18 December 2026 (Gouda), top 4 candidates");
    assert_eq!(i.dates, vec![d(2026, 12, 18)]);
}

#[test]
fn two_days_without_their_year_joined_by_or_or_plus() {
    let own = Some(d(2026, 12, 5));
    let i = interviews_after(
        "Gesprekken maandag 21 december (Middelburg) of dinsdag 22 december (online). Start 4 januari.",
        own,
    );
    assert_eq!(i.dates, vec![d(2026, 12, 21), d(2026, 12, 22)]);
    let i = interviews_after(
        "gesprekken: di 5 januari + wo 6 januari (top 3 uitgenodigd)",
        own,
    );
    assert_eq!(i.dates, vec![d(2027, 1, 5), d(2027, 1, 6)]);
    // a start after the talks is no second day
    let i = interviews_after("Gesprekken: 21 december, start op 11 januari", own);
    assert_eq!(i.dates, vec![d(2026, 12, 21)]);
}

#[test]
fn a_day_named_before_the_interviews() {
    let t = "Reacties moeten uiterlijk 12.00 uur binnen zijn. Op dinsdag 26 januari 2027 voeren wij gesprekken met de beste drie.";
    assert_eq!(interviews(t).dates, vec![d(2027, 1, 26)]);
}

#[test]
fn times_after_the_next_label_are_no_interviews() {
    let i = interviews(
        "Gesprekken: wk 1 of 2 -> max 3 kandidaten VOG: ja zzp ok za 5 dec. 19:53 Verzonden za 5 dec. 19:55 Oja",
    );
    assert_eq!(i.time, None);
}
