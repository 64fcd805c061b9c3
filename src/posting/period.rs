//! When the work runs, as a header states it: a duration ("6 maanden"), an
//! end ("Tot en met 31 mei 2026", "-" for none) or a period of two dates
//! ("01-04-2026 - 31-03-2027", "zsm - 06-03-2026").

use super::dates::{find_dates, first_date};
use super::header::is_none_value;
use super::normalize::fold;
use chrono::NaiveDate;

/// A period: (start, start as soon as possible, end).
pub type Period = (Option<NaiveDate>, bool, NaiveDate);

/// Duration as written, without the platform's doubled unit ("6 maanden
/// maanden"), and the end date when it says "Tot en met <date>".
pub fn duration(v: &str) -> Option<(Option<String>, Option<NaiveDate>)> {
    let words: Vec<&str> = v.split_whitespace().collect();
    if words.is_empty() || v.len() > 120 {
        return None;
    }
    let folded = fold(v);
    // a run's or a call's length ("Duur: 1,84 seconden" in an automation's
    // log) is no time a posting's work lasts
    if folded.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(
            w,
            "seconde"
                | "seconden"
                | "sec"
                | "seconds"
                | "second"
                | "ms"
                | "minuten"
                | "minutes"
                | "min"
        )
    }) && !["maand", "week", "jaar", "dag", "month", "year", "day"]
        .iter()
        .any(|u| folded.contains(u))
    {
        return None;
    }
    // "Tot en met 31 juli 2026", "1 juni 2026 tot en met 31 mei 2027", "6
    // maanden, t/m 16 juli 2027": the date after "tot en met"
    let end = ["tot en met", "t/m", "until"]
        .iter()
        .filter_map(|w| folded.find(w))
        .min()
        .and_then(|at| {
            find_dates(v)
                .into_iter()
                .find(|d| d.span.start >= at)
                .map(|d| d.date)
        })
        // "9 maanden, tot 30 november 2027": a date right after "tot" (not
        // "optie tot verlenging tot …", whose date is the option's)
        .or_else(|| {
            let at = if folded.starts_with("tot ") {
                "tot ".len()
            } else {
                folded.find(" tot ")? + " tot ".len()
            };
            find_dates(v)
                .into_iter()
                .find(|d| d.span.start == at)
                .map(|d| d.date)
        });
    let mut kept: Vec<&str> = Vec::new();
    for w in &words {
        if kept.last().is_some_and(|l| l.eq_ignore_ascii_case(w)) {
            continue;
        }
        kept.push(w);
    }
    if end.is_some() {
        // "Tot en met 31 juli 2026 maanden": the trailing unit is the platform's
        kept.clear();
    }
    // "Tot en met <date>" is an end date, not a duration
    let text = if end.is_some() {
        None
    } else {
        Some(kept.join(" "))
    };
    Some((text, end))
}

/// The end date: a date ("30 sept 2026", "Tot en met 31 mei 2026"); none
/// for "-" or a duration ("6 maanden").
pub fn end(v: &str) -> Option<NaiveDate> {
    if is_none_value(v) {
        return None;
    }
    first_date(v)
        .map(|d| d.date)
        .or_else(|| super::short_year::date(v))
}

/// A period written as two dates ("01-04-2026 - 31-03-2027", "Van
/// 2026-03-02 tot 2027-03-02", "6 maanden (Mar 28, 2023 - Sep 20, 2023)")
/// or from as soon as possible ("zsm - 06-03-2026"): (start, asap, end).
pub fn period(v: &str) -> Option<Period> {
    let dates = find_dates(v);
    match dates.as_slice() {
        [a, b, ..] if a.date < b.date => Some((Some(a.date), false, b.date)),
        [only] => {
            let before = fold(&v[..only.span.start]).replace([' ', '.'], "");
            let asap = ["zsm", "zosnel", "zospoedig", "perdirect", "asap"]
                .iter()
                .any(|w| before.contains(w));
            asap.then_some((None, true, only.date))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_day_a_duration_runs_to() {
        assert_eq!(
            duration("9 maanden, tot 30 november 2027").and_then(|(_, end)| end),
            NaiveDate::from_ymd_opt(2027, 11, 30)
        );
        assert_eq!(
            duration("tot 1 oktober 2027").and_then(|(_, end)| end),
            NaiveDate::from_ymd_opt(2027, 10, 1)
        );
        assert_eq!(
            duration("6 maanden, optie tot verlenging tot 31-12-2028").and_then(|(_, end)| end),
            None
        );
    }

    #[test]
    fn a_run_s_seconds_are_no_duration() {
        assert!(duration("1,84 seconden").is_none());
        assert!(duration("6 maanden").is_some());
    }

    #[test]
    fn periods_and_ends() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(
            period("01-04-2026 - 31-03-2027"),
            Some((Some(d(2026, 4, 1)), false, d(2027, 3, 31)))
        );
        assert_eq!(
            period("zsm - 06-03-2026"),
            Some((None, true, d(2026, 3, 6)))
        );
        assert_eq!(period("12 maanden"), None);
        assert_eq!(
            duration("6 maanden, t/m 16 juli 2027 (optie tot verlenging 2 x 6 maanden)"),
            Some((None, Some(d(2027, 7, 16))))
        );
        assert_eq!(end("-"), None);
        assert_eq!(end("Tot en met 31 mei 2026"), Some(d(2026, 5, 31)));
        assert_eq!(end("6 maanden"), None);
    }

    #[test]
    fn durations() {
        assert_eq!(
            duration("6 maanden maanden"),
            Some((Some("6 maanden".into()), None))
        );
        let (text, end) = duration("Tot en met 31 juli 2026 maanden").unwrap();
        assert_eq!(text, None);
        assert_eq!(end, NaiveDate::from_ymd_opt(2026, 7, 31));
    }
}
