//! Dutch dates and times, read through a table of month and weekday names.
//!
//! Chrono cannot parse Dutch month names, so the names live here as data:
//! adding a spelling ("sept", "mrt") is a table entry. Accepted forms:
//! "maandag 6 juli 2026", "6 jul. 2026", "16 sept 2026", "25 november\n2025"
//! (broken over lines), "26ste september, 2025" (ordinals), "februari 25,
//! 2026" and "Mar 23, 2023" (month first, English months too), "29-07-2024",
//! "29/07/2024", "15.07.2025", "2024-07-29"; times "09:00", "09.00 uur", "9
//! uur", "12:00 PM". Local times are Europe/Amsterdam.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// Dutch month names and abbreviations, longest first per month.
pub(super) const MONTHS: &[(&str, u32)] = &[
    ("januari", 1),
    ("jan", 1),
    ("februari", 2),
    ("febr", 2),
    ("feb", 2),
    ("maart", 3),
    ("mrt", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("mei", 5),
    ("juni", 6),
    ("jun", 6),
    ("juli", 7),
    ("jul", 7),
    ("augustus", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("oktober", 10),
    ("okt", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
    // English, as republishing sites and translated pages write them
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("october", 10),
    ("oct", 10),
    // Frisian, as a Frisian page writes them beside the Dutch
    ("jannewaris", 1),
    ("febrewaris", 2),
    ("maaie", 5),
    ("juny", 6),
    ("septimber", 9),
    ("novimber", 11),
    ("desimber", 12),
];

/// Dutch weekday names and abbreviations (optional before a date), the
/// Frisian names and the English ones.
pub(super) const WEEKDAYS: &[&str] = &[
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "ma",
    "di",
    "wo",
    "do",
    "vr",
    "za",
    "zo",
    // Frisian, Monday first (the table is read in sevens)
    "moandei",
    "tiisdei",
    "woansdei",
    "tongersdei",
    "freed",
    "sneon",
    "snein",
    // English, as matching apps and English pages write them
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
];

// The date patterns use ASCII word boundaries (`(?-u:\b)`): with Unicode
// ones the regex crate cannot use its DFA on text with an accented letter
// and falls back to a much slower engine, and these patterns run over the
// whole posting (issue 16). Months, weekdays and digits are ASCII; only a
// date glued to an accented letter ("één12 maart 2026") now counts too.
static WORD_DATE: LazyLock<Regex> = LazyLock::new(|| {
    let months: Vec<&str> = MONTHS.iter().map(|(n, _)| *n).collect();
    let pattern = format!(
        r"(?i)(?-u:\b)(?:(?:{wd})\.?,?\s+)?(\d{{1,2}})(?:(?:ste|de|e)\s+van|(?:ste|de|e|st|nd|rd|th)?(?:\s+of)?)\s+({m})(?-u:\b)\.?,?\s+(\d{{4}})(?-u:\b)",
        wd = WEEKDAYS.join("|"),
        m = months.join("|")
    );
    Regex::new(&pattern).expect("static date pattern")
});

/// Month first, as some sites and English pages write it: "februari 25,
/// 2026", "Mar 23, 2023".
static MONTH_FIRST_DATE: LazyLock<Regex> = LazyLock::new(|| {
    let months: Vec<&str> = MONTHS.iter().map(|(n, _)| *n).collect();
    let pattern = format!(
        r"(?i)(?-u:\b)({m})(?-u:\b)\.?\s+(\d{{1,2}})(?:(?:st|nd|rd|th),?|,)\s*(\d{{4}})(?-u:\b)",
        m = months.join("|")
    );
    Regex::new(&pattern).expect("static date pattern")
});

static NUMERIC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(\d{1,2})([-/.])(\d{1,2})([-/.])'?(\d{4}|\d{2})(?-u:\b)|(?-u:\b)(\d{4})-(\d{2})-(\d{2})(?-u:\b)")
        .expect("static date pattern")
});

static TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b([01]?\d|2[0-3])[:.uh]([0-5]\d)(?:\s*([ap])\.?m\b\.?|\s*(?:uur|u|h)\b|\b)|\b([01]?\d|2[0-3])\s*uur\b|\b(1[0-2]|0?[1-9])\s*([ap])\.?m\.?(?:\W|$)",
    )
    .expect("static time pattern")
});

/// A date found in text, with where it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundDate {
    pub date: NaiveDate,
    pub span: Range<usize>,
}

/// The month number of a Dutch month name or abbreviation.
pub fn month_number(name: &str) -> Option<u32> {
    let lower = name.to_lowercase();
    let lower = lower.trim_end_matches('.');
    MONTHS.iter().find(|(n, _)| *n == lower).map(|(_, m)| *m)
}

/// Every date in `text`, in order of position. Impossible dates ("31 juni")
/// are skipped.
pub fn find_dates(text: &str) -> Vec<FoundDate> {
    let mut out = Vec::new();
    for c in WORD_DATE.captures_iter(text) {
        let (Some(all), Some(d), Some(m), Some(y)) = (c.get(0), c.get(1), c.get(2), c.get(3))
        else {
            continue;
        };
        let date = month_number(m.as_str()).and_then(|month| {
            NaiveDate::from_ymd_opt(y.as_str().parse().ok()?, month, d.as_str().parse().ok()?)
        });
        if let Some(date) = date {
            out.push(FoundDate {
                date,
                span: all.range(),
            });
        }
    }
    for c in MONTH_FIRST_DATE.captures_iter(text) {
        let (Some(all), Some(m), Some(d), Some(y)) = (c.get(0), c.get(1), c.get(2), c.get(3))
        else {
            continue;
        };
        if out
            .iter()
            .any(|f: &FoundDate| f.span.start < all.end() && all.start() < f.span.end)
        {
            continue;
        }
        let date = month_number(m.as_str()).and_then(|month| {
            NaiveDate::from_ymd_opt(y.as_str().parse().ok()?, month, d.as_str().parse().ok()?)
        });
        if let Some(date) = date {
            out.push(FoundDate {
                date,
                span: all.range(),
            });
        }
    }
    for c in NUMERIC_DATE.captures_iter(text) {
        let Some(all) = c.get(0) else { continue };
        let date = if let (Some(d), Some(s1), Some(m), Some(s2), Some(y)) =
            (c.get(1), c.get(2), c.get(3), c.get(4), c.get(5))
        {
            if s1.as_str() != s2.as_str() {
                continue;
            }
            ymd(y.as_str(), m.as_str(), d.as_str())
        } else if let (Some(y), Some(m), Some(d)) = (c.get(6), c.get(7), c.get(8)) {
            ymd(y.as_str(), m.as_str(), d.as_str())
        } else {
            None
        };
        if let Some(date) = date {
            out.push(FoundDate {
                date,
                span: all.range(),
            });
        }
    }
    // "2 maart t/m 31 dec 2026": a range's start takes the end's year
    super::yearless::add_range_starts(&mut out, text);
    out.sort_by_key(|f| f.span.start);
    out
}

/// A date from its numbers; a two-digit year ("9-3-26") is this century's.
fn ymd(y: &str, m: &str, d: &str) -> Option<NaiveDate> {
    let year: i32 = y.parse().ok()?;
    let year = if y.len() == 2 { 2000 + year } else { year };
    NaiveDate::from_ymd_opt(year, m.parse().ok()?, d.parse().ok()?)
}

pub use super::first_date::first_date;

/// "om 12u", "voor 9u": an hour with a bare "u" after a preposition.
static HOUR_U: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:om|voor|vóór|tot)\s+([01]?\d|2[0-3])\s*u\b").expect("static pattern")
});

/// The first time of day in `text` ("09:00", "9.00 uur", "12 uur", "om
/// 12u", "12:00 PM", "noon", "om twaalf uur", "half twaalf", "4 uur 's
/// middags").
pub fn first_time(text: &str) -> Option<(NaiveTime, Range<usize>)> {
    let clock = clock_time(text);
    let hour_u = HOUR_U.captures(text).and_then(|c| {
        let h: u32 = c.get(1)?.as_str().parse().ok()?;
        Some((NaiveTime::from_hms_opt(h, 0, 0)?, c.get(0)?.range()))
    });
    let noon = text.to_lowercase().find("noon").map(|i| {
        (
            NaiveTime::from_hms_opt(12, 0, 0).unwrap_or(NaiveTime::MIN),
            i..i + 4,
        )
    });
    // a spoken time first ("om twaalf uur 's middags", "half twaalf"):
    // where it starts with a clock's hour ("4 uur 's middags"), its part
    // of the day decides
    [super::spoken_time::first(text), clock, hour_u, noon]
        .into_iter()
        .flatten()
        .min_by_key(|(_, span)| span.start)
}

fn clock_time(text: &str) -> Option<(NaiveTime, Range<usize>)> {
    TIME.captures_iter(text).find_map(|c| {
        let all = c.get(0)?;
        let (h, m): (u32, u32) = match (c.get(1), c.get(2), c.get(4), c.get(5)) {
            (Some(h), Some(m), _, _) => (h.as_str().parse().ok()?, m.as_str().parse().ok()?),
            (_, _, Some(h), _) => (h.as_str().parse().ok()?, 0),
            (_, _, _, Some(h)) => (h.as_str().parse().ok()?, 0),
            _ => return None,
        };
        // a 12-hour clock: "12:00 PM" is noon, "12:30 AM" half past midnight
        let half = c.get(3).or(c.get(6));
        let h = match half.map(|x| x.as_str().to_ascii_lowercase()) {
            Some(ap) if ap == "p" && h < 12 => h + 12,
            Some(ap) if ap == "a" && h == 12 => 0,
            _ => h,
        };
        Some((NaiveTime::from_hms_opt(h, m, 0)?, all.range()))
    })
}

/// Every time of day in `text`, in order.
pub fn find_times(text: &str) -> Vec<NaiveTime> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some((t, span)) = first_time(rest) {
        out.push(t);
        rest = &rest[span.end..];
    }
    out
}

/// A date and, when it follows closely ("…2026, 09:00 uur", "… om 12.00"),
/// its time. The time must come within a few words of the date.
pub fn date_time_at_start(text: &str) -> Option<(NaiveDate, Option<NaiveTime>, usize)> {
    let found = first_date(text)?;
    let after = &text[found.span.end..];
    let window_end = after.char_indices().nth(24).map_or(after.len(), |(i, _)| i);
    // or just before it: "vóór 12:00 uur op vrijdag 18 december 2026"
    let before = &text[..found.span.start];
    let time = first_time(&after[..window_end])
        .or_else(|| bare_short_hour(&after[..window_end]).map(|t| (t, 0..0)))
        .or_else(|| {
            (before.chars().count() <= 30)
                .then(|| first_time(before))
                .flatten()
        })
        .map(|(t, _)| t);
    Some((found.date, time, found.span.end))
}

/// An hour written short in a short window, as notes and apps write it
/// after a date ("di 08-12-2026 · 12u", "do 10 dec. 16u", "ma 7/12 9u,
/// antwoorden …"); "16u p/w" is hours a week, no time.
pub fn bare_short_hour(text: &str) -> Option<NaiveTime> {
    static BARE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:^|[\s,·•(])([01]?\d|2[0-3])u\b").expect("static pattern")
    });
    BARE.captures_iter(text).find_map(|c| {
        let all = c.get(0)?;
        let rest = text[all.end()..].trim_start().to_lowercase();
        let weekly = ["p/w", "/w", "pw", "per week", "p.w", "/pw", "week"]
            .iter()
            .any(|w| rest.starts_with(w));
        if weekly {
            return None;
        }
        NaiveTime::from_hms_opt(c.get(1)?.as_str().parse().ok()?, 0, 0)
    })
}

/// Whether a value opens with a date, a weekday allowed before it ("do
/// 17-12-2026, vóór 10:00 uur", "maandag 4 januari 2027").
pub fn opens_with_date(value: &str) -> bool {
    find_dates(value).first().is_some_and(|d| {
        let before = value[..d.span.start].trim().trim_end_matches([',', '.']);
        before.is_empty() || WEEKDAYS.contains(&before.to_lowercase().as_str())
    })
}

/// A local Dutch date and time as a date-time with the Europe/Amsterdam
/// offset. In the spring-forward gap the time moves an hour later; in the
/// autumn fold the earlier (summer-time) instant is taken.
pub fn amsterdam(date: NaiveDate, time: NaiveTime) -> DateTime<FixedOffset> {
    let tz = chrono_tz::Europe::Amsterdam;
    let local = NaiveDateTime::new(date, time);
    let resolved = tz.from_local_datetime(&local).earliest().or_else(|| {
        tz.from_local_datetime(&(local + chrono::Duration::hours(1)))
            .earliest()
    });
    match resolved {
        Some(dt) => dt.fixed_offset(),
        // unreachable for Amsterdam's rules; fall back to CET
        None => FixedOffset::east_opt(3600)
            .and_then(|o| o.from_local_datetime(&local).single())
            .unwrap_or_else(|| local.and_utc().fixed_offset()),
    }
}

#[cfg(test)]
#[path = "dates_tests.rs"]
mod tests;
