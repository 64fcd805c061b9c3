use super::*;

fn sentences(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("date")
}

#[test]
fn an_answer_moves_the_deadline_and_a_question_does_not() {
    let found = read(
        &sentences(&[
            "Vraag 3: Kan de sluitingsdatum worden verlengd naar 15 januari 2027?",
            "Antwoord: Ja. De sluitingstermijn wordt verschoven naar vrijdag 8 januari 2027 om 12:00 uur.",
        ]),
        None,
    );
    let (deadline, _) = last(&found, |c| match c {
        Change::Deadline(d, t) => Some((*d, *t)),
        _ => None,
    })
    .expect("a change");
    assert_eq!(deadline, (d(2027, 1, 8), NaiveTime::from_hms_opt(12, 0, 0)));
    assert_eq!(found.len(), 1);
}

#[test]
fn the_latest_update_wins_over_the_last_in_the_text() {
    let found = read(
        &sentences(&[
            "Update 4 december: deadline verschoven naar 18 december 12:00.",
            "Update 1 december: deadline verschoven naar 11 december 10:00.",
        ]),
        Some(d(2026, 12, 1)),
    );
    let (deadline, _) = last(&found, |c| match c {
        Change::Deadline(d, _) => Some(*d),
        _ => None,
    })
    .expect("a change");
    assert_eq!(deadline, d(2026, 12, 18));
}

#[test]
fn a_rate_raised_and_a_knockout_dropped() {
    let found = read(
        &sentences(&[
            "Het maximumtarief van € 85,00 ligt onder het marktniveau.",
            "Antwoord: Het maximumtarief wordt verhoogd naar € 92,50 excl. btw.",
            "Antwoord: K3 vervalt als knock-outcriterium.",
            "a. Het maximaal uurtarief wordt verhoogd van € 95,00 naar € 99,50 exclusief btw.",
            "b. Knock-outeis 4 (rijbewijs B) komt te vervallen.",
        ]),
        None,
    );
    assert_eq!(
        found.iter().map(|a| a.change.clone()).collect::<Vec<_>>(),
        vec![
            Change::MaxRate(Money::from_eur(92.5).expect("money")),
            Change::DroppedKnockout(3),
            Change::MaxRate(Money::from_eur(99.5).expect("money")),
            Change::DroppedKnockout(4),
        ]
    );
}

#[test]
fn the_changes_start_under_their_heading() {
    let text = "Publicatie nota van inlichtingen: 9 december\nNOTA VAN INLICHTINGEN\nVraag 1: …\n";
    assert_eq!(zone(text), Some("Vraag 1: …\n"));
    assert_eq!(zone("Planning\nGesprekken: week 51\n"), None);
}

#[test]
fn hours_widened() {
    let found = read(
        &sentences(&["- Uren per week verruimd naar 32-36 (was: 36)."]),
        None,
    );
    assert_eq!(
        found.iter().map(|a| a.change.clone()).collect::<Vec<_>>(),
        vec![Change::Hours(Some(32), Some(36))]
    );
}

#[test]
fn an_extension_of_the_work_is_no_new_deadline() {
    let found = read(
        &sentences(&[
            "De opdracht kan worden verlengd tot 31 december 2028.",
            "Het tarief is inclusief reiskosten.",
        ]),
        None,
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_client_that_moves_the_deadline_in_its_own_words() {
    let found = read(
        &sentences(&[
            "We melden dat aan alle leveranciers en verschuiven de sluiting naar maandag 14 december 2026 om 10.00 uur.",
        ]),
        None,
    );
    let (deadline, _) = last(&found, |c| match c {
        Change::Deadline(d, t) => Some((*d, *t)),
        _ => None,
    })
    .expect("a change");
    assert_eq!(
        deadline,
        (d(2026, 12, 14), NaiveTime::from_hms_opt(10, 0, 0))
    );
}

#[test]
fn a_correction_not_this_but_that_and_a_deadline_that_stays() {
    let found = read(
        &sentences(&[
            "In de aanvraag van gisteren staat een fout. Het aantal uren is niet 36 maar 32 uur per week.",
            "Nee. De sluitingsdatum blijft maandag 14 december 2026 om 10:00 uur.",
            "De sluitingsdatum blijft ongewijzigd.",
        ]),
        Some(d(2026, 12, 3)),
    );
    let (hours, _) = last(&found, |c| match c {
        Change::Hours(lo, hi) => Some((*lo, *hi)),
        _ => None,
    })
    .expect("the hours");
    assert_eq!(hours, (Some(32), Some(32)));
    let (deadline, _) = last(&found, |c| match c {
        Change::Deadline(d, t) => Some((*d, *t)),
        _ => None,
    })
    .expect("the deadline");
    assert_eq!(
        deadline,
        (d(2026, 12, 14), NaiveTime::from_hms_opt(10, 0, 0))
    );
}

#[test]
fn a_bidders_own_rate_that_stays_changes_nothing() {
    let found = read(
        &sentences(&[
            "Ik ben beschikbaar vanaf 11 januari en mijn tarief blijft € 76, net als bij Drenthe.",
        ]),
        Some(d(2026, 12, 3)),
    );
    assert!(found.is_empty(), "{found:?}");
}
