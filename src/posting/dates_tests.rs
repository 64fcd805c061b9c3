use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn word_dates() {
    let cases = [
        ("maandag 6 juli 2026", d(2026, 7, 6)),
        ("dinsdag 25 november\n2025", d(2025, 11, 25)),
        ("op 1 jul 2026", d(2026, 7, 1)),
        ("16 sept 2026", d(2026, 9, 16)),
        ("3 mrt. 2025", d(2025, 3, 3)),
        ("Vrijdag 3 JULI 2026", d(2026, 7, 3)),
        ("2 december\n\n2025", d(2025, 12, 2)),
        ("26ste september, 2025", d(2025, 9, 26)),
        // a machine translation's "the 15th of January"
        ("de 15e van januari 2027", d(2027, 1, 15)),
        ("6de oktober, 2025", d(2025, 10, 6)),
        ("25 March 2026 agenda", d(2026, 3, 25)),
        ("februari 25, 2026", d(2026, 2, 25)),
        (
            "Application Deadline: Mar 23, 2023 12:00 PM",
            d(2023, 3, 23),
        ),
        ("30 sept 2026", d(2026, 9, 30)),
    ];
    for (text, want) in cases {
        assert_eq!(first_date(text).map(|f| f.date), Some(want), "{text}");
    }
}

#[test]
fn numeric_dates_are_day_first() {
    assert_eq!(
        first_date("29-07-2024").map(|f| f.date),
        Some(d(2024, 7, 29))
    );
    assert_eq!(first_date("6/7/2026").map(|f| f.date), Some(d(2026, 7, 6)));
    assert_eq!(
        first_date("2026-07-06").map(|f| f.date),
        Some(d(2026, 7, 6))
    );
    assert_eq!(first_date("6-7/2026"), None);
    assert_eq!(
        first_date("9-3-26 12.00u").map(|f| f.date),
        Some(d(2026, 3, 9))
    );
    assert_eq!(first_date("02-03-'26").map(|f| f.date), Some(d(2026, 3, 2)));
}

#[test]
fn impossible_dates_are_skipped() {
    assert_eq!(first_date("31 juni 2026"), None);
    assert_eq!(first_date("30-02-2026"), None);
}

#[test]
fn times() {
    let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
    assert_eq!(first_time("09:00 uur").map(|x| x.0), Some(t(9, 0)));
    assert_eq!(first_time("om 9.00u").map(|x| x.0), Some(t(9, 0)));
    assert_eq!(first_time("15/12/2026 10u00").map(|x| x.0), Some(t(10, 0)));
    assert_eq!(first_time("17h30").map(|x| x.0), Some(t(17, 30)));
    assert_eq!(first_time("tot 12 uur").map(|x| x.0), Some(t(12, 0)));
    assert_eq!(
        first_time("Mar 23, 2023 12:00 PM").map(|x| x.0),
        Some(t(12, 0))
    );
    assert_eq!(first_time("1:30 pm").map(|x| x.0), Some(t(13, 30)));
    assert_eq!(first_time("12:15 AM").map(|x| x.0), Some(t(0, 15)));
    assert_eq!(
        first_time("March 9th, 2026, 5 PM").map(|x| x.0),
        Some(t(17, 0))
    );
    assert_eq!(first_time("20-02-2026 om 12u").map(|x| x.0), Some(t(12, 0)));
    assert_eq!(first_time("di 8-12, 17:00h").map(|x| x.0), Some(t(17, 0)));
    // an hour written short right after a date
    for text in ["di 08-12-2026 · 12u", "7/12/2026 12u, antwoorden"] {
        assert_eq!(
            date_time_at_start(text).and_then(|x| x.1),
            Some(t(12, 0)),
            "{text}"
        );
    }
    assert_eq!(
        date_time_at_start("8-12-2026 12 uitvragen").and_then(|x| x.1),
        None
    );
    assert_eq!(bare_short_hour("do 10 dec. 16u"), Some(t(16, 0)));
    assert_eq!(bare_short_hour("ma 7/12 9u, antwoorden"), Some(t(9, 0)));
    assert_eq!(bare_short_hour("vanaf 4 jan, 16u p/w"), None);
    assert_eq!(
        first_time("12 mei 2026 om twaalf uur 's middags").map(|x| x.0),
        Some(t(12, 0))
    );
    assert_eq!(
        first_time("om vijf uur 's middags").map(|x| x.0),
        Some(t(17, 0))
    );
    assert_eq!(
        first_date("April 9th 2026").map(|f| f.date),
        Some(d(2026, 4, 9))
    );
    assert_eq!(
        first_time("15 April 2026, noon").map(|x| x.0),
        Some(t(12, 0))
    );
    assert_eq!(
        find_times("tussen 13.00 uur en 16.00 uur"),
        vec![t(13, 0), t(16, 0)]
    );
}

#[test]
fn date_with_time_nearby() {
    let (date, time, _) = date_time_at_start(" 12:00 uur op vrijdag 18 december 2026.").unwrap();
    assert_eq!(date, d(2026, 12, 18));
    assert_eq!(time, NaiveTime::from_hms_opt(12, 0, 0));
    let (date, time, _) =
        date_time_at_start("maandag 6 juli 2026, 09:00 uur. Tot die tijd").unwrap();
    assert_eq!(date, d(2026, 7, 6));
    assert_eq!(time, NaiveTime::from_hms_opt(9, 0, 0));
    let (_, time, _) = date_time_at_start("6 juli 2026. Bel 035-7510777 of kom om 10:00").unwrap();
    assert_eq!(time, None);
}

#[test]
fn amsterdam_offsets() {
    let t9 = NaiveTime::from_hms_opt(9, 0, 0).unwrap();
    assert_eq!(
        amsterdam(d(2026, 7, 6), t9).to_rfc3339(),
        "2026-07-06T09:00:00+02:00"
    );
    assert_eq!(
        amsterdam(d(2025, 11, 25), t9).to_rfc3339(),
        "2025-11-25T09:00:00+01:00"
    );
    let gap = amsterdam(d(2026, 3, 29), NaiveTime::from_hms_opt(2, 30, 0).unwrap());
    assert_eq!(gap.to_rfc3339(), "2026-03-29T03:30:00+02:00");
}

#[test]
fn an_english_weekday_before_a_day_without_a_year_dates_it() {
    assert_eq!(
        super::super::yearless::with_weekday("Apply before: Fri 18 Dec, 11:00 AM", d(2026, 12, 5)),
        Some(d(2026, 12, 18))
    );
}
