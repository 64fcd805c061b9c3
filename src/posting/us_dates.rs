//! Dates in American order (month/day/year), as a recruiter's CRM or an
//! English tool prints them: "04/30/2027", "12/15/2026 10:00 AM". A text
//! is read so only where one of its slashed dates can only be American (its
//! middle number above 12) and none can only be Dutch (its first above
//! 12); then every slashed date is written out with its month's name
//! ("30 april 2027"), so "01/11/2027" is read as 11 January, not 1
//! November. Any other text is returned as it came.
//!
//! A month's English name before its day ("Mon Dec 14, 10 AM", "Jan 6th,
//! 2027") is turned round ("Mon 14 Dec, 10 AM", "6 Jan 2027"), so a day
//! without its year is read as the Dutch order is.

use super::dates::MONTHS;
use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

static SLASHED: LazyLock<Regex> = LazyLock::new(|| {
    // a two-figure year as a sourcing event prints it ("12/17/26 12:00 PM")
    Regex::new(r"\b([01]?\d|[0-3]\d)/([0-3]?\d)/(\d{4}|\d{2})\b").expect("static pattern")
});

fn numbers(c: &regex::Captures) -> (u32, u32) {
    (c[1].parse().unwrap_or(0), c[2].parse().unwrap_or(0))
}

/// Whether the text writes its slashed dates month first.
fn american(text: &str) -> bool {
    let mut us = false;
    for c in SLASHED.captures_iter(text) {
        match numbers(&c) {
            (a, _) if a > 12 => return false,
            (a, b) if (1..=12).contains(&a) && (13..=31).contains(&b) => us = true,
            _ => {}
        }
    }
    us
}

/// The text with American dates written out (see the module).
pub fn repair(text: &str) -> Cow<'_, str> {
    if !text.contains('/') || !american(text) {
        return Cow::Borrowed(text);
    }
    SLASHED.replace_all(text, |c: &regex::Captures| {
        let (month, day) = numbers(c);
        let name = MONTHS
            .iter()
            .find(|(_, m)| *m == month)
            .map(|(name, _)| *name);
        match name {
            Some(name) if (1..=31).contains(&day) => {
                let year = &c[3];
                let century = if year.len() == 2 { "20" } else { "" };
                format!("{day} {name} {century}{year}")
            }
            _ => c[0].to_string(),
        }
    })
}

/// "Dec 14", "December 14th, 2026": an English month's name, its day and
/// maybe its year.
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.? (\d{1,2})(?:st|nd|rd|th)?(?-u:\b)(,? \d{4}(?-u:\b))?",
    )
    .expect("static pattern")
});

/// The text with English month-first days turned round (see the module).
pub fn repair_month_first(text: &str) -> Cow<'_, str> {
    if !MONTH_DAY.is_match(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for c in MONTH_DAY.captures_iter(text) {
        let (Some(all), Some(month), Some(day)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        // "1 December 12:00" is a day-first date and its time, "March 3
        // weeks" no date
        let before = text[..all.start()].trim_end();
        let after = &text[all.end()..];
        let day_before = before.ends_with(|ch: char| ch.is_ascii_digit());
        let time_after = c.get(3).is_none()
            && (after.starts_with([':', '.'])
                && after[1..].starts_with(|ch: char| ch.is_ascii_digit())
                || after.trim_start().starts_with(['u', 'h']));
        let number: u32 = day.as_str().parse().unwrap_or(0);
        if day_before || time_after || !(1..=31).contains(&number) {
            continue;
        }
        out.push_str(&text[last..all.start()]);
        out.push_str(day.as_str());
        out.push(' ');
        out.push_str(month.as_str());
        if let Some(year) = c.get(3) {
            out.push(' ');
            out.push_str(year.as_str().trim_start_matches([',', ' ']));
        }
        last = all.end();
    }
    out.push_str(&text[last..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::{repair, repair_month_first};

    #[test]
    fn an_english_month_before_its_day_is_turned_round() {
        assert_eq!(
            repair_month_first(
                "Closing date: Mon Dec 14, 10 AM\nStart: January 4th, 2027\nEnd: Jul 16, 2027"
            ),
            "Closing date: Mon 14 Dec, 10 AM\nStart: 4 January 2027\nEnd: 16 Jul 2027"
        );
        let t = "Sluiting: 1 December 12:00 uur; March 3 uur; in December 2026";
        assert_eq!(repair_month_first(t), t);
    }

    #[test]
    fn a_crm_record_in_american_order() {
        assert_eq!(
            repair("Start Date: 01/11/2027\nEnd: 04/30/2027\nSluiting: 12/15/2026 10:00 AM"),
            "Start Date: 11 januari 2027\nEnd: 30 april 2027\nSluiting: 15 december 2026 10:00 AM"
        );
        assert_eq!(
            repair("Start Time 12/3/26 9:00 AM CET\nEnd Time 12/17/26 12:00 PM CET"),
            "Start Time 3 december 2026 9:00 AM CET\nEnd Time 17 december 2026 12:00 PM CET"
        );
    }

    #[test]
    fn dutch_or_undecided_order_is_left() {
        let t = "Start: 01/11/2027, einde 30/04/2027";
        assert_eq!(repair(t), t);
        let t = "Start: 01/11/2027";
        assert_eq!(repair(t), t);
    }
}
