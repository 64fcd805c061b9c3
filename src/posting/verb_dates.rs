//! Dates a letter tells before what happens on them, where the verb ends
//! the sentence: "U kunt tot en met donderdag 10 december 2026 om 12.00 uur
//! vragen stellen", "Wij zien de projectleider graag op maandag 18 januari
//! 2027 beginnen". The phrase tables of [`super::planning`] read a date
//! after its trigger; these read the date between a preposition and the
//! verb, within one sentence.

use super::dates::date_time_at_start;
use super::planning::DateTimeFound;
use chrono::NaiveDate;
use regex::Regex;
use std::sync::LazyLock;

/// A date, a weekday before it, a time after it: the span the readers
/// look in (capture 1).
const SPAN: &str = r"((?:\w+dag\s+)?\d{1,2}[-./ ]\s*[\w.]+(?:[-./ ]\s*\d{4})?(?:,?\s+(?:om|vóór|voor|tot)\s+\d{1,2}[.:]\d{2}(?:\s+uur)?)?)";

static QUESTIONS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:tot en met|t/m|tot|uiterlijk|vóór|voor)\s+(?:op\s+)?{SPAN}\s+(?:uw\s+|je\s+|de\s+|eventuele\s+)?vragen\s+(?:stellen|indienen|inzenden|sturen)"
    ))
    .expect("static pattern")
});

static START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:op|per|vanaf)\s+{SPAN}\s+(?:kan\s+|kunt\s+|kunnen\s+|wil\s+|zou\s+)?(?:laten\s+)?(?:beginnen|starten|van\s+start\s+gaan|aan\s+de\s+slag\s+gaan)"
    ))
    .expect("static pattern")
});

fn read(re: &Regex, flat: &str) -> Option<DateTimeFound> {
    let span = re.captures(flat)?.get(1)?.as_str();
    let (date, time, _) = date_time_at_start(span)?;
    Some((date, time))
}

/// The questions deadline told before "vragen stellen".
pub fn questions(flat: &str) -> Option<DateTimeFound> {
    read(&QUESTIONS, flat)
}

/// The start told before "beginnen" or "starten".
pub fn start(flat: &str) -> Option<NaiveDate> {
    read(&START, flat).map(|(d, _)| d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveTime;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_date_before_its_verb() {
        assert_eq!(
            questions(
                "U kunt tot en met donderdag 10 december 2026 om 12.00 uur vragen stellen. Wij beantwoorden"
            ),
            Some((d(2026, 12, 10), NaiveTime::from_hms_opt(12, 0, 0)))
        );
        assert_eq!(
            start(
                "Wij zien de projectleider graag op maandag 18 januari 2027 beginnen; de opdracht"
            ),
            Some(d(2027, 1, 18))
        );
    }

    #[test]
    fn another_verb_is_no_such_date() {
        assert_eq!(questions("U kunt tot 10 december 2026 reageren."), None);
        assert_eq!(
            start("De gesprekken zijn op 18 januari 2027 in het stadhuis."),
            None
        );
    }
}
