//! An ISO timestamp with its zone, as automations and exports write it
//! ("Sluitingsdatum: 2027-01-07T08:00:00Z", "2026-12-10T11:00:00+01:00"):
//! a deadline is Dutch local time, so a time in UTC or another offset is
//! written as the Amsterdam date and time it is ("2027-01-07 09:00").

use chrono::{DateTime, NaiveDate, NaiveTime};
use regex::{Captures, Regex};
use std::borrow::Cow;
use std::sync::LazyLock;

static ZONED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})(?:\b|$)",
    )
    .expect("static pattern")
});

/// The text with each zoned timestamp in Amsterdam time.
pub fn repair(text: &str) -> Cow<'_, str> {
    if !text.contains('T') && !text.contains(':') {
        return Cow::Borrowed(text);
    }
    ZONED.replace_all(text, |c: &Captures| {
        local(c).unwrap_or_else(|| c[0].to_string())
    })
}

/// The Amsterdam date and time of one match, or None for an impossible one.
fn local(c: &Captures) -> Option<String> {
    let date = NaiveDate::parse_from_str(&c[1], "%Y-%m-%d").ok()?;
    let secs = c.get(4).map_or(Ok(0), |s| s.as_str().parse::<u32>()).ok()?;
    let time = NaiveTime::from_hms_opt(c[2].parse().ok()?, c[3].parse().ok()?, secs)?;
    let zone = match &c[5] {
        "Z" => "+00:00".to_string(),
        z if z.len() == 5 => format!("{}:{}", &z[..3], &z[3..]),
        z => z.to_string(),
    };
    let stamp = format!(
        "{}T{}{zone}",
        date.format("%Y-%m-%d"),
        time.format("%H:%M:%S")
    );
    let at = DateTime::parse_from_rfc3339(&stamp).ok()?;
    let here = at.with_timezone(&chrono_tz::Europe::Amsterdam);
    Some(here.format("%Y-%m-%d %H:%M").to_string())
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn a_zoned_time_is_read_as_amsterdam_time() {
        assert_eq!(
            repair("Sluitingsdatum: 2027-01-07T08:00:00Z\n"),
            "Sluitingsdatum: 2027-01-07 09:00\n"
        );
        assert_eq!(
            repair("deadline 2026-07-01T10:00:00.000Z,"),
            "deadline 2026-07-01 12:00,"
        );
        assert_eq!(repair("2026-12-10T11:00:00+01:00"), "2026-12-10 11:00");
        assert_eq!(repair("2026-12-10T10:00+0000"), "2026-12-10 11:00");
        // without a zone: local time already, left to the date reader
        assert_eq!(repair("2026-12-10T11:00"), "2026-12-10T11:00");
        assert_eq!(repair("2026-02-30T11:00Z"), "2026-02-30T11:00Z");
    }
}
