//! Reading the values a person types for a field: dates (`YYYY-MM-DD` or
//! `DD-MM-YYYY`), a deadline with its time in Amsterdam, hours a week, a
//! rate in euros, a pay scale and a web address. Each refusal is a short
//! reason in words ("no 31 February"); the caller names the field and the
//! expected form.

use crate::posting::dates::amsterdam;
use crate::posting::money::Money;
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeZone};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A calendar date as `YYYY-MM-DD` or `DD-MM-YYYY` (`-`, `/` or `.` between).
pub fn date(s: &str) -> Result<NaiveDate, String> {
    let parts: Vec<&str> = s.trim().split(['-', '/', '.']).collect();
    let [a, b, c] = parts[..] else {
        return Err(format!("'{}' is not a date", s.trim()));
    };
    let num = |p: &str| -> Result<u32, String> {
        if p.is_empty() || p.len() > 4 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format!("'{}' is not a date", s.trim()));
        }
        p.parse()
            .map_err(|_| format!("'{}' is not a date", s.trim()))
    };
    let (year, month, day) = if a.len() == 4 {
        (num(a)?, num(b)?, num(c)?)
    } else if c.len() == 4 {
        (num(c)?, num(b)?, num(a)?)
    } else {
        return Err(format!("'{}' has no four-digit year", s.trim()));
    };
    if !(1..=12).contains(&month) {
        return Err(format!("no month {month}"));
    }
    if !(1900..=2200).contains(&year) {
        return Err(format!("year {year} is out of range"));
    }
    let year = year as i32;
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| {
        let name = MONTHS[(month - 1) as usize];
        if month == 2 && day == 29 {
            format!("no 29 February in {year}")
        } else {
            format!("no {day} {name}")
        }
    })
}

/// A deadline: a date and `HH:MM`, Europe/Amsterdam local time.
pub fn deadline(s: &str) -> Result<DateTime<FixedOffset>, String> {
    let s = s.trim();
    let (d, t) = match s.split_once([' ', 'T']) {
        Some((d, t)) => (d, t.trim()),
        None => {
            date(s)?;
            return Err("no time given".into());
        }
    };
    let day = date(d)?;
    let time = time(t)?;
    let tz = chrono_tz::Europe::Amsterdam;
    if tz
        .from_local_datetime(&day.and_time(time))
        .earliest()
        .is_none()
    {
        return Err(format!(
            "{} does not exist in Amsterdam on {} (the clocks go forward)",
            t,
            day.format("%Y-%m-%d")
        ));
    }
    Ok(amsterdam(day, time))
}

/// A time of day as `HH:MM` (24-hour clock).
fn time(s: &str) -> Result<NaiveTime, String> {
    let (h, m) = s
        .split_once([':', '.'])
        .ok_or_else(|| format!("'{s}' is not a time"))?;
    let h: u32 = h.parse().map_err(|_| format!("'{s}' is not a time"))?;
    let m: u32 = m.parse().map_err(|_| format!("'{s}' is not a time"))?;
    NaiveTime::from_hms_opt(h, m, 0).ok_or_else(|| format!("no time {h:02}:{m:02}"))
}

/// Hours a week: `32` or `24-32` (at most 80).
pub fn hours(s: &str) -> Result<(u32, u32), String> {
    let s = s.trim();
    let num = |p: &str| -> Result<u32, String> {
        p.trim()
            .parse::<u32>()
            .map_err(|_| format!("'{s}' is not a number of hours"))
    };
    let (lo, hi) = match s.split_once('-') {
        Some((a, b)) => (num(a)?, num(b)?),
        None => {
            let n = num(s)?;
            (n, n)
        }
    };
    if lo == 0 || hi > 80 {
        return Err(format!("{s} hours a week is out of range (1 to 80)"));
    }
    if lo > hi {
        return Err(format!("{lo} is more than {hi}"));
    }
    Ok((lo, hi))
}

/// An hourly rate in euros: `95`, `95,50` or `€ 95.50`.
pub fn rate(s: &str) -> Result<Money, String> {
    let t = s.trim().trim_start_matches('€').trim();
    let t = t.strip_suffix(",-").unwrap_or(t);
    let (whole, cents) = match t.split_once([',', '.']) {
        Some((w, c)) => (w, c),
        None => (t, ""),
    };
    let bad = || format!("'{}' is not an amount", s.trim());
    if whole.is_empty()
        || whole.len() > 5
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || cents.len() > 2
        || !cents.bytes().all(|b| b.is_ascii_digit())
    {
        return Err(bad());
    }
    let eur: i64 = whole.parse().map_err(|_| bad())?;
    let c: i64 = match cents.len() {
        0 => 0,
        1 => cents.parse::<i64>().map_err(|_| bad())? * 10,
        _ => cents.parse().map_err(|_| bad())?,
    };
    if eur == 0 && c == 0 {
        return Err("a rate of zero".into());
    }
    Ok(Money::from_eur_cents(eur, c))
}

/// A pay scale of the CAO Gemeenten: `10` or `10-11` (1 to 18).
pub fn scale(s: &str) -> Result<String, String> {
    let s = s.trim();
    let num = |p: &str| -> Result<u32, String> {
        let n: u32 = p
            .trim()
            .parse()
            .map_err(|_| format!("'{s}' is not a scale"))?;
        if (1..=18).contains(&n) {
            Ok(n)
        } else {
            Err(format!("no scale {n} (1 to 18)"))
        }
    };
    match s.split_once('-') {
        Some((a, b)) => {
            let (lo, hi) = (num(a)?, num(b)?);
            if lo > hi {
                return Err(format!("{lo} is more than {hi}"));
            }
            Ok(if lo == hi {
                lo.to_string()
            } else {
                format!("{lo}-{hi}")
            })
        }
        None => Ok(num(s)?.to_string()),
    }
}

/// A web address: `http://` or `https://`, no spaces.
pub fn url(s: &str) -> Result<String, String> {
    let s = s.trim();
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
        .ok_or_else(|| format!("'{s}' does not start with https://"))?;
    if rest.is_empty() || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!("'{s}' is not a web address"));
    }
    Ok(s.to_string())
}

/// One line of text (title, organisation, region): no line breaks or
/// control characters, at most 300 characters.
pub fn line(s: &str) -> Result<String, String> {
    let s = s.trim();
    if s.chars().any(char::is_control) {
        return Err("a line break or control character".into());
    }
    if s.chars().count() > 300 {
        return Err("longer than 300 characters".into());
    }
    Ok(s.to_string())
}

/// A distance in whole km, one way: `35` or `35 km` (0 to 1000; 0 when
/// you work there from home).
pub fn km(s: &str) -> Result<u32, String> {
    let t = s.trim();
    let t = t.strip_suffix("km").unwrap_or(t).trim();
    let n: u32 = t
        .parse()
        .map_err(|_| format!("'{}' is not a whole number of km", s.trim()))?;
    if n > 1000 {
        return Err(format!("{n} km is out of range (0 to 1000)"));
    }
    Ok(n)
}

/// A deadline as the form shows it: `YYYY-MM-DD HH:MM`, Amsterdam time.
pub fn show_deadline(d: DateTime<FixedOffset>) -> String {
    d.with_timezone(&chrono_tz::Europe::Amsterdam)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

/// A rate as the form shows it: `95` or `95.50`.
pub fn show_rate(m: Money) -> String {
    if m.0 % 100 == 0 {
        (m.0 / 100).to_string()
    } else {
        format!("{}.{:02}", m.0 / 100, m.0 % 100)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_both_orders_and_impossible_days_named() {
        let d = NaiveDate::from_ymd_opt(2027, 2, 3).unwrap();
        assert_eq!(date("2027-02-03"), Ok(d));
        assert_eq!(date("03-02-2027"), Ok(d));
        assert_eq!(date("3/2/2027"), Ok(d));
        assert_eq!(date("31-02-2027").unwrap_err(), "no 31 February");
        assert_eq!(date("2027-02-29").unwrap_err(), "no 29 February in 2027");
        assert!(date("2028-02-29").is_ok());
        assert_eq!(date("2027-13-01").unwrap_err(), "no month 13");
        assert!(date("tomorrow").is_err());
        assert!(date("01-02-27").unwrap_err().contains("four-digit year"));
    }

    #[test]
    fn deadlines_are_amsterdam_time_with_their_offset() {
        let w = deadline("2027-01-15 09:00").unwrap();
        assert_eq!(w.to_rfc3339(), "2027-01-15T09:00:00+01:00");
        let s = deadline("15-07-2027 17:30").unwrap();
        assert_eq!(s.to_rfc3339(), "2027-07-15T17:30:00+02:00");
        assert_eq!(show_deadline(s), "2027-07-15 17:30");
        assert_eq!(deadline("31-02-2027").unwrap_err(), "no 31 February");
        assert_eq!(deadline("2027-02-01").unwrap_err(), "no time given");
        assert_eq!(deadline("2027-02-01 25:00").unwrap_err(), "no time 25:00");
        // the spring-forward gap of 2027 is on 28 March, 02:00-03:00
        assert!(
            deadline("2027-03-28 02:30")
                .unwrap_err()
                .contains("does not exist")
        );
    }

    #[test]
    fn hours_rates_scales_and_addresses() {
        assert_eq!(hours("24-32"), Ok((24, 32)));
        assert_eq!(hours("32"), Ok((32, 32)));
        assert!(hours("32-24").is_err());
        assert!(hours("0").is_err());
        assert!(hours("90").is_err());
        assert_eq!(rate("95"), Ok(Money(9500)));
        assert_eq!(rate("€ 95,50"), Ok(Money(9550)));
        assert_eq!(rate("95.5"), Ok(Money(9550)));
        assert_eq!(rate("110,-"), Ok(Money(11000)));
        assert!(rate("lots").is_err());
        assert!(rate("0").is_err());
        assert_eq!(show_rate(Money(9550)), "95.50");
        assert_eq!(show_rate(Money(9500)), "95");
        assert_eq!(scale("10-11"), Ok("10-11".into()));
        assert_eq!(scale("11-11"), Ok("11".into()));
        assert!(scale("105").unwrap_err().contains("no scale 105"));
        assert!(url("https://example.nl/a").is_ok());
        assert!(url("example.nl").is_err());
        assert!(url("https://a b").is_err());
        assert!(line("a\nb").is_err());
        assert_eq!(km("35"), Ok(35));
        assert_eq!(km("0 km"), Ok(0));
        assert!(km("-3").is_err());
        assert!(km("35.5").is_err());
        assert!(km("1001").unwrap_err().contains("out of range"));
    }
}
