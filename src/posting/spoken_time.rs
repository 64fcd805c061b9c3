//! A time of day as people write it in a sentence rather than on a clock:
//! "half twaalf" (11:30), "kwart voor twaalf" (11:45), "kwart over tien"
//! (10:15), "vijf uur 's middags" (17:00), "om 4 uur 's middags" (16:00),
//! "'s middags om twaalf uur" (12:00), "half tien 's ochtends" (09:30).
//! A part of the day after or before the hour moves it past noon
//! ("'s middags", "'s avonds"); an hour alone ("vijf uur") is a time only
//! with a word that makes it one: "om", "tot", "vóór", "uiterlijk", or a
//! part of the day ("twintig uur per week" and "acht uur per dag" are not).

use chrono::NaiveTime;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

const HOURS: [&str; 12] = [
    "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
];

/// The hour as a word or as digits (1 to 12).
const HOUR: &str =
    r"(een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|1[0-2]|0?[1-9])";
/// A part of the day: "'s middags", "’s avonds", "des middags", "in de middag".
const PART: &str = r"(?:['’]s|des)\s+(ochtends|morgens|middags|namiddags|avonds)";

static SPOKEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)(?:(?:{PART})\s+(?:om|tot|vóór|voor)\s+{HOUR}(?:\s+uur)?|(?:(half|kwart\s+voor|kwart\s+over)\s+|(om|tot|vóór|voor|uiterlijk)\s+)?{HOUR}(\s+uur)?(?:\s*,?\s*{PART})?)(?-u:\b)"
    ))
    .expect("static pattern")
});

/// The first spoken time in `text`, with where it stands.
pub fn first(text: &str) -> Option<(NaiveTime, Range<usize>)> {
    SPOKEN.captures_iter(text).find_map(|c| {
        let all = c.get(0)?;
        // groups: 1 part before, 2 hour after it; 3 half/kwart, 4 om/tot,
        // 5 hour, 6 "uur", 7 part after
        let (hour, part, lead, prep, uur) = match c.get(2) {
            Some(h) => (h, c.get(1), None, None, true),
            None => (c.get(5)?, c.get(7), c.get(3), c.get(4), c.get(6).is_some()),
        };
        // a bare number is no time: it needs "half"/"kwart", or "uur" with
        // a word that makes it a moment
        let is_time = lead.is_some() || part.is_some() || (uur && prep.is_some());
        if !is_time
            || (lead.is_none()
                && part.is_none()
                && text[all.end()..].trim_start().starts_with("per"))
        {
            return None;
        }
        // digits with "uur" and "om" are a clock's ("om 9 uur"): read
        // elsewhere, unless a part of the day or "half" changes them
        let word = hour.as_str().to_lowercase();
        let mut h = match word.parse::<u32>() {
            Ok(n) => n,
            Err(_) => HOURS.iter().position(|w| *w == word.replace('é', "e"))? as u32 + 1,
        };
        let mut m = 0;
        match lead.map(|l| l.as_str().to_lowercase()) {
            Some(l) if l == "half" => {
                h = if h == 1 { 12 } else { h - 1 };
                m = 30;
            }
            Some(l) if l.ends_with("voor") => {
                h = if h == 1 { 12 } else { h - 1 };
                m = 45;
            }
            Some(_) => m = 15,
            None => {}
        }
        let afternoon = part.is_some_and(|p| {
            let p = p.as_str().to_lowercase();
            p == "middags" || p == "namiddags" || p == "avonds"
        });
        if afternoon && h < 12 {
            h += 12;
        }
        Some((NaiveTime::from_hms_opt(h, m, 0)?, all.range()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Option<String> {
        first(text).map(|(t, _)| t.format("%H:%M").to_string())
    }

    #[test]
    fn spoken_times() {
        for (text, want) in [
            ("donderdag 17 december om half twaalf 's ochtends", "11:30"),
            ("tot vrijdag 8 januari, half tien 's ochtends", "09:30"),
            (
                "tot woensdag 23 december, kwart voor twaalf 's ochtends",
                "11:45",
            ),
            ("uiterlijk om kwart over tien", "10:15"),
            ("tot woensdag 16 december, vijf uur 's middags", "17:00"),
            (
                "uiterlijk donderdag 7 januari 2027 om 4 uur 's middags",
                "16:00",
            ),
            (
                "uiterlijk vrijdag 18 december, 's middags om twaalf uur",
                "12:00",
            ),
            ("om twaalf uur 's middags", "12:00"),
            ("vóór negen uur", "09:00"),
            ("half vijf 's middags", "16:30"),
            ("om half een", "12:30"),
        ] {
            assert_eq!(at(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn hours_of_work_are_no_time() {
        for text in [
            "twintig uur per week",
            "acht uur per dag",
            "gemiddeld vier uur",
            "drie kandidaten",
            "half januari",
            "een uur",
        ] {
            assert_eq!(at(text), None, "{text}");
        }
    }
}
