//! Dates written without their year: the start of a range whose end has
//! one ("2 maart t/m 31 dec 2026"), and a day with its weekday ("vr 13
//! feb", "maandag 9 maart a.s."), whose year is the one that puts the day on
//! that weekday within a year of the posting's own date.

use super::dates::{FoundDate, MONTHS, WEEKDAYS, month_number};
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use regex::Regex;
use std::sync::LazyLock;

/// The month names of [`MONTHS`] as a pattern's alternation.
pub(super) fn months() -> String {
    MONTHS.iter().map(|(n, _)| *n).collect::<Vec<_>>().join("|")
}

/// "2 maart t/m 31 dec 2026", "11 januari a.s. tot en met 9 juli 2027";
/// "2 – 27 maart 2026" is not one (no month).
static RANGE: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"(?i)(?-u:\b)(\d{{1,2}})\s+({m})(?-u:\b)\.?(?:\s+a\.\s?s\.)?\s*(?:t/m|tot en met|tot|-|–)\s*(?:(?:{wd})\.?\s+)?(\d{{1,2}})\s+({m})(?-u:\b)\.?,?\s+(\d{{4}})(?-u:\b)",
        m = months(),
        wd = WEEKDAYS.join("|")
    );
    Regex::new(&pattern).expect("static date pattern")
});

/// "vr 13 feb", "maandag 9 maart a.s.", with a year after it or not.
static WEEKDAY_DATE: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"(?i)(?-u:\b)({wd})\.?,?\s+(\d{{1,2}})\s+({m})(?-u:\b)\.?(?:,?\s+(\d{{4}})(?-u:\b))?",
        m = months(),
        wd = WEEKDAYS.join("|")
    );
    Regex::new(&pattern).expect("static date pattern")
});

/// "do 21-1", "wo 27-1 in de middag": a weekday and a day-month in digits,
/// as a text message writes them (with a year after it, a full date).
static WEEKDAY_NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"(?i)(?-u:\b)({wd})\.?,?\s+(\d{{1,2}})[-/](\d{{1,2}})(?-u:\b)([-/.]\d{{2,4}})?",
        wd = WEEKDAYS.join("|")
    );
    Regex::new(&pattern).expect("static date pattern")
});

/// Adds to `found` the starts of ranges whose year is written only at
/// their end (a start in a later month than the end is in the year before).
pub fn add_range_starts(found: &mut Vec<FoundDate>, text: &str) {
    for f in range_starts(text) {
        if !found
            .iter()
            .any(|o| o.span.start < f.span.end && f.span.start < o.span.end)
        {
            found.push(f);
        }
    }
}

fn range_starts(text: &str) -> Vec<FoundDate> {
    RANGE
        .captures_iter(text)
        .filter_map(|c| {
            let (d, m1) = (c.get(1)?, c.get(2)?);
            let m2 = month_number(c.get(4)?.as_str())?;
            let month = month_number(m1.as_str())?;
            let year: i32 = c.get(5)?.as_str().parse().ok()?;
            let year = if month > m2 { year - 1 } else { year };
            let date = NaiveDate::from_ymd_opt(year, month, d.as_str().parse().ok()?)?;
            Some(FoundDate {
                date,
                span: d.start()..m1.end(),
            })
        })
        .collect()
}

fn weekday(name: &str) -> Option<Weekday> {
    let i = WEEKDAYS.iter().position(|w| w.eq_ignore_ascii_case(name))?;
    // the table has the full names, then their abbreviations, Monday first
    const ORDER: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];
    ORDER.get(i % 7).copied()
}

/// The first day in `text` written with its weekday and without a year
/// ("vr 13 feb", "do 21-1"),
/// dated in the year that puts it on that weekday, not more than a month
/// before `reference` (the posting's own date) and within a year after it.
pub fn with_weekday(text: &str, reference: NaiveDate) -> Option<NaiveDate> {
    let on_weekday = |wd: Weekday, month: u32, day: u32| {
        // a December day before a reference in January is in the year before
        let years = [reference.year() - 1, reference.year(), reference.year() + 1];
        let on_it = years
            .into_iter()
            .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
            .filter(|d| d.weekday() == wd);
        // a reference that is no posting date (the end of the work, the
        // text's first date): a day on that weekday up to nine months before
        on_it
            .clone()
            .find(|d| *d >= reference - Duration::days(31))
            .or_else(|| {
                on_it
                    .filter(|d| *d >= reference - Duration::days(275))
                    .max()
            })
    };
    let words = WEEKDAY_DATE.captures_iter(text).find_map(|c| {
        if c.get(4).is_some() {
            return None; // a full date
        }
        let wd = weekday(c.get(1)?.as_str())?;
        let day: u32 = c.get(2)?.as_str().parse().ok()?;
        let month = month_number(c.get(3)?.as_str())?;
        Some((c.get(0)?.start(), on_weekday(wd, month, day)?))
    });
    let digits = WEEKDAY_NUMERIC.captures_iter(text).find_map(|c| {
        if c.get(4).is_some() {
            return None;
        }
        let wd = weekday(c.get(1)?.as_str())?;
        let day: u32 = c.get(2)?.as_str().parse().ok()?;
        let month: u32 = c.get(3)?.as_str().parse().ok()?;
        Some((c.get(0)?.start(), on_weekday(wd, month, day)?))
    });
    match (words, digits) {
        (Some(a), Some(b)) => Some(if a.0 <= b.0 { a.1 } else { b.1 }),
        (a, b) => a.or(b).map(|x| x.1),
    }
}

/// "1 april": a day and month alone.
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    // "per 4 januari", "vanaf 1 februari", "m.i.v. 1 maart", "vr 30 jul": the same day;
    // "30 juni (optie verlenging 2x 3 mnd)", "4 jan, eerder mag ook", "t/m
    // 30 juni": the note or the word before an end (a year after a comma is
    // no note)
    let pattern = format!(
        r"(?i)^\s*(?:(?:per|vanaf|v\.a\.|m\.i\.v\.|from|as of|t/m|tot en met|tot)\s+)?(?:(?:{wd})\.?,?\s+)?(\d{{1,2}})\s+({m})(?-u:\b)\.?\s*(?:\([^)]*\)\s*|[,;]\s*[^\d\s].*)?$",
        m = months(),
        wd = WEEKDAYS.join("|")
    );
    Regex::new(&pattern).expect("static date pattern")
});

/// A value that is only a day and a month ("Start | 1 april", "Start: per
/// 4 januari"), dated in
/// the year of `reference` (the posting's own date), or the next when that
/// is more than a month before it.
pub fn day_and_month(text: &str, reference: NaiveDate) -> Option<NaiveDate> {
    let (day, month) = day_month(&DAY_MONTH, text)?;
    first_on_or_after(reference.year(), reference - Duration::days(31), month, day)
}

/// "11 dec, 10:00", "11 december om 12:00 uur", "14 december (12:00)": a
/// day and month alone or with a time after them.
static DAY_MONTH_TIME: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"(?i)^\s*(\d{{1,2}})\s+({m})(?-u:\b)\.?(?:,?\s+(?:om\s+|voor\s+|vóór\s+)?\(?\d{{1,2}}[:.]\d{{2}}(?:\s*uur|\s*[ap]\.?m\.?)?\)?)?\s*$",
        m = months()
    );
    Regex::new(&pattern).expect("static date pattern")
});

/// A closing day written without its year ("Reageren vóór: 11 dec,
/// 10:00", "Deadline: 17 Dec 9:00 AM"): the first such day on or after `reference` (the posting's own
/// date).
pub fn closing_day(text: &str, reference: NaiveDate) -> Option<NaiveDate> {
    let (day, month) = day_month(&DAY_MONTH_TIME, text)?;
    first_on_or_after(reference.year(), reference, month, day)
}

/// The day and month a pattern's first two groups name.
fn day_month(pattern: &Regex, text: &str) -> Option<(u32, u32)> {
    let c = pattern.captures(text)?;
    let day: u32 = c.get(1)?.as_str().parse().ok()?;
    Some((day, month_number(c.get(2)?.as_str())?))
}

/// The first `day` of `month` on or after `floor`, in `year` or the next.
fn first_on_or_after(year: i32, floor: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    [year, year + 1]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .find(|d| *d >= floor)
}

/// "12 januari a.s." (*aanstaande*): the day and month next coming.
static COMING: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"(?i)(?-u:\b)(\d{{1,2}})\s+({m})(?-u:\b)\.?\s+a\.\s?s\.",
        m = months()
    );
    Regex::new(&pattern).expect("static date pattern")
});

/// A day and month marked as coming ("uiterlijk 12 januari a.s. 10:00"):
/// the first such day on or after `reference` (the posting's own date).
pub fn coming(text: &str, reference: NaiveDate) -> Option<NaiveDate> {
    let (day, month) = day_month(&COMING, text)?;
    first_on_or_after(reference.year(), reference, month, day)
}

/// "18 en 19 januari", "15 of 16 december", "16 december": days without
/// a year (a year after them makes them no match).
static DAYS: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"(?i)(?-u:\b)(\d{{1,2}})(?:\s+(?:en|of|en/of)\s+(\d{{1,2}}))?\s+({m})(?-u:\b)\.?(,?\s+\d{{4}}(?-u:\b))?",
        m = months()
    );
    Regex::new(&pattern).expect("static date pattern")
});

/// The days of the first yearless "18 en 19 januari" in `text`, each the
/// first such day on or after `reference` (the posting's own date).
pub fn days(text: &str, reference: NaiveDate) -> Vec<NaiveDate> {
    let Some(c) = DAYS.captures(text).filter(|c| c.get(4).is_none()) else {
        return Vec::new();
    };
    let Some(month) = c.get(3).and_then(|m| month_number(m.as_str())) else {
        return Vec::new();
    };
    [c.get(1), c.get(2)]
        .into_iter()
        .flatten()
        .filter_map(|d| d.as_str().parse().ok())
        .filter_map(|day| first_on_or_after(reference.year(), reference, month, day))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::posting::dates::find_dates;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    #[test]
    fn a_range_start_takes_the_end_year() {
        let dates: Vec<NaiveDate> = find_dates("start 2 maart t/m 31 dec 2026, verlenging")
            .into_iter()
            .map(|f| f.date)
            .collect();
        assert_eq!(dates, [d(2026, 3, 2), d(2026, 12, 31)]);
        let dates: Vec<NaiveDate> = find_dates("1 november tot 28 februari 2027")
            .into_iter()
            .map(|f| f.date)
            .collect();
        assert_eq!(dates, [d(2026, 11, 1), d(2027, 2, 28)]);
        let dates: Vec<NaiveDate> = find_dates("PERIODE: 4 januari a.s. tot en met 2 juli 2027")
            .into_iter()
            .map(|f| f.date)
            .collect();
        assert_eq!(dates, [d(2027, 1, 4), d(2027, 7, 2)]);
    }

    #[test]
    fn a_closing_day_with_its_time_in_brackets() {
        assert_eq!(
            closing_day("14 december (12:00)", d(2026, 12, 5)),
            Some(d(2026, 12, 14))
        );
    }

    #[test]
    fn days_without_a_year_follow_the_posting() {
        let posted = d(2026, 12, 2);
        assert_eq!(
            days("op 18 en 19 januari. Wil je", posted),
            [d(2027, 1, 18), d(2027, 1, 19)]
        );
        assert_eq!(
            days("15 of 16 december (ochtend)", posted),
            [d(2026, 12, 15), d(2026, 12, 16)]
        );
        assert!(days("op 18 januari 2027", posted).is_empty());
    }

    #[test]
    fn a_weekday_gives_the_year_before_a_late_reference() {
        // the text's first date is the end of the work, months later
        let end = d(2027, 7, 16);
        assert_eq!(
            with_weekday("uiterlijk di 15 dec 11:00", end),
            Some(d(2026, 12, 15))
        );
        assert_eq!(with_weekday("Start ma 18 jan", end), Some(d(2027, 1, 18)));
    }

    #[test]
    fn a_weekday_gives_the_year() {
        let posted = d(2026, 2, 3);
        assert_eq!(
            with_weekday("vr 13 feb 12:00", posted),
            Some(d(2026, 2, 13))
        );
        assert_eq!(
            with_weekday(
                "uiterlijk maandag 9 maart a.s. om 12.00 uur",
                d(2026, 2, 19)
            ),
            Some(d(2026, 3, 9))
        );
        // a weekday that fits neither year is no date
        assert_eq!(with_weekday("do 13 feb", posted), None);
        // a full date is read elsewhere
        assert_eq!(with_weekday("vr 13 feb 2026", posted), None);
        // a text message's digits
        assert_eq!(
            with_weekday("Sluiting: vr 19-2 12:00", posted),
            Some(d(2027, 2, 19))
        );
        assert_eq!(
            with_weekday("Sluiting: do 19-2 12:00", posted),
            Some(d(2026, 2, 19))
        );
        assert_eq!(with_weekday("do 19-2-2026", posted), None);
        // the reference is a date in January: "vr 11 december" is just before it
        assert_eq!(
            with_weekday("op vr 11 december", d(2027, 1, 4)),
            Some(d(2026, 12, 11))
        );
    }

    #[test]
    fn a_day_and_month_take_the_posting_year() {
        let posted = d(2026, 3, 2);
        assert_eq!(day_and_month("1 april", posted), Some(d(2026, 4, 1)));
        assert_eq!(day_and_month("15 jan.", posted), Some(d(2027, 1, 15)));
        // a remark after the day is no part of it; a year after a comma is
        assert_eq!(
            day_and_month("1 april, in overleg", posted),
            Some(d(2026, 4, 1))
        );
        assert_eq!(day_and_month("1 april, 2027", posted), None);
        // a weekday before the day ("Einde: vr 30 jul")
        assert_eq!(day_and_month("vr 30 jul", posted), Some(d(2026, 7, 30)));
    }

    #[test]
    fn a_coming_day_is_the_next_one() {
        let own = d(2026, 12, 1);
        assert_eq!(
            coming("uiterlijk 12 januari a.s. 10:00 via het portaal", own),
            Some(d(2027, 1, 12))
        );
        assert_eq!(
            coming("uiterlijk 14 december a.s.", own),
            Some(d(2026, 12, 14))
        );
        assert_eq!(coming("12 januari 2027", own), None);
    }
}
