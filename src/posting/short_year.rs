//! Dates written with a two-digit year after an apostrophe ("Do 12 mrt '26
//! 13:00", "1 april ’26"): the year is in this century. [`expand`] writes
//! such dates out in the text ("11 jan '27" → "11 jan 2027"), so every
//! reader of dates, including those of sentences, reads them.

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

/// The text with each two-digit year after a day and month written in
/// full ("t/m 31 jul '27" → "t/m 31 jul 2027").
pub fn expand(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(['\'', '’', '‘']) {
        return std::borrow::Cow::Borrowed(text);
    }
    SHORT_YEAR.replace_all(text, |c: &regex::Captures| {
        let whole = &c[0];
        let year = c.get(3).map_or("", |m| m.as_str());
        // the date up to its apostrophe, then the year in full
        let cut = whole.rfind(['\'', '’', '‘']).unwrap_or(whole.len());
        format!("{}20{year}", &whole[..cut])
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
        assert_eq!(
            expand("Start 1 feb '27 · t/m 31 jul ’27, 10:00"),
            "Start 1 feb 2027 · t/m 31 jul 2027, 10:00"
        );
        assert_eq!(expand("rock 'n roll '27"), "rock 'n roll '27");
    }
}
