//! Dates in American order (month/day/year), as a recruiter's CRM or an
//! English tool prints them: "04/30/2027", "12/15/2026 10:00 AM". A text
//! is read so only where one of its slashed dates can only be American (its
//! middle number above 12) and none can only be Dutch (its first above
//! 12); then every slashed date is written out with its month's name
//! ("30 april 2027"), so "01/11/2027" is read as 11 January, not 1
//! November. Any other text is returned as it came.

use super::dates::MONTHS;
use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

static SLASHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b([01]?\d|[0-3]\d)/([0-3]?\d)/(\d{4})\b").expect("static pattern")
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
            Some(name) if (1..=31).contains(&day) => format!("{day} {name} {}", &c[3]),
            _ => c[0].to_string(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn a_crm_record_in_american_order() {
        assert_eq!(
            repair("Start Date: 01/11/2027\nEnd: 04/30/2027\nSluiting: 12/15/2026 10:00 AM"),
            "Start Date: 11 januari 2027\nEnd: 30 april 2027\nSluiting: 15 december 2026 10:00 AM"
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
