//! Dates written with a two-digit year after an apostrophe ("Do 12 mrt '26
//! 13:00", "1 april ’26"): the year is in this century.

use super::dates::{MONTHS, month_number};
use chrono::NaiveDate;
use regex::Regex;
use std::sync::LazyLock;

/// "12 mrt '26", "1 april ’26".
static SHORT_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let months = MONTHS.iter().map(|(n, _)| *n).collect::<Vec<_>>().join("|");
    let pattern = format!(r"(?i)\b(\d{{1,2}})\s+({months})\b\.?,?\s+['’‘](\d{{2}})\b");
    Regex::new(&pattern).expect("static date pattern")
});

/// The first date in `text` written with a two-digit year.
pub fn date(text: &str) -> Option<NaiveDate> {
    SHORT_YEAR.captures_iter(text).find_map(|c| {
        let day: u32 = c.get(1)?.as_str().parse().ok()?;
        let month = month_number(c.get(2)?.as_str())?;
        let year: i32 = c.get(3)?.as_str().parse().ok()?;
        NaiveDate::from_ymd_opt(2000 + year, month, day)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_of_two_digits() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        assert_eq!(date("Do 12 mrt '26 13:00"), d(2026, 3, 12));
        assert_eq!(date("tot 1 april ’27"), d(2027, 4, 1));
        assert_eq!(date("12 mrt 2026"), None);
        assert_eq!(date("12 mrt '2026"), None);
    }
}
