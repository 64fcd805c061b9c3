//! Dates an app or chat writes as a weekday and day/month without a year
//! ("ma 11/1", "vr 18/12, 12:00", "woensdag 16/12"): day first, as Dutch
//! writes them. [`repair`] writes the month out ("ma 11 januari"), so the
//! readers of yearless dates (`yearless.rs`) give them their year. A
//! fraction or a thread mark ("3/6") has no weekday before it and is left.

use super::dates::MONTHS;
use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// A weekday, then d/m not followed by a year or another digit.
static WEEKDAY_SLASH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\.?\s+([0-3]?\d)/([01]?\d)\b([^/\d]|$)",
    )
    .expect("static pattern")
});

/// The text with each weekday's d/m written as day and month name.
pub fn repair(text: &str) -> Cow<'_, str> {
    WEEKDAY_SLASH.replace_all(text, |c: &regex::Captures| {
        let day: u32 = c[2].parse().unwrap_or(0);
        let month: usize = c[3].parse().unwrap_or(0);
        if !(1..=31).contains(&day) || !(1..=12).contains(&month) {
            return c[0].to_string();
        }
        format!("{} {day} {}{}", &c[1], month_name(month), &c[4])
    })
}

/// A month's full Dutch name: the first the month table gives for it.
fn month_name(month: usize) -> &'static str {
    MONTHS
        .iter()
        .find(|(_, n)| *n as usize == month)
        .map_or("", |(name, _)| name)
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn a_weekday_with_day_and_month_gets_its_month_name() {
        assert_eq!(
            repair("Start di 2/3 · sluit do 25/2, 17:00"),
            "Start di 2 maart · sluit do 25 februari, 17:00"
        );
        assert_eq!(repair("zaterdag 4/10"), "zaterdag 4 oktober");
    }

    #[test]
    fn a_date_with_its_year_or_a_fraction_is_left() {
        assert_eq!(
            repair("vr 3/4/2026 en 2/6 van de draad"),
            "vr 3/4/2026 en 2/6 van de draad"
        );
        assert_eq!(repair("ma 40/2"), "ma 40/2");
    }
}
