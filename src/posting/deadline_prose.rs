//! The closing written in a sentence of prose where the verb and the date
//! stand apart, as a team lead, a newsletter or a forum post writes it:
//! "Reageren kan alléén via je bureau op ons inkoopportaal (opdracht
//! PG-2026-5531), tot vrijdag 8 januari, half tien 's ochtends", "Stuur je
//! kandidaat uiterlijk vrijdag 11 december vóór 12.00 uur naar …", "De
//! sluiting is donderdag 17 december om half twaalf", "Bureaus kunnen tot
//! maandag 21 december 2026 om 09.00 uur inschrijven".
//!
//! A sentence counts when it speaks of sending in or closing, is not about
//! questions, and names a day right after a word of closing ("tot",
//! "uiterlijk", "vóór", "t/m") or after "sluiting is"; its time is the first
//! one after the day. Read only where no label, header or set phrase gave a
//! closing.

use super::dates::{find_dates, first_time};
use super::normalize::fold;
use super::prose::window;
use super::yearless;
use chrono::{NaiveDate, NaiveTime};
use regex::Regex;
use std::sync::LazyLock;

/// Sending in or closing, in the sentence's folded words.
static SUBMIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:reageren|reageer|reactie|reacties|inschrijven|inschrijving|inschrijvingen|schrijf|schrijven|aanbieden|aangeboden|aanbieding|aanbiedingen|offerte|offreren|indienen|solliciteren|solliciteer|aanmelden|aanmelding|stuur|sturen|insturen|opsturen|mailen|mail|sluiting|sluit|sluitingsdatum|deadline)(?-u:\b)")
        .expect("static pattern")
});

/// A word of closing right before the day.
static BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:tot en met|t/m|tot|uiterlijk(?: op)?|voor|sluiting(?: is(?: op)?|:)|sluit(?: op)?)\s+")
        .expect("static pattern")
});

/// Where a sentence is about questions, interviews or something else
/// closing, its day is not the closing.
static OTHER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:vragen|vraag|gesprek|gesprekken|subsidie|aanvragen)(?-u:\b)")
        .expect("static pattern")
});

/// The first closing day and its time in `sentences`; a day without its
/// year is dated after `own` (the posting's own date).
pub fn read(
    sentences: &[String],
    own: Option<NaiveDate>,
) -> Option<(NaiveDate, Option<NaiveTime>)> {
    sentences.iter().find_map(|s| in_sentence(s, own))
}

/// One sentence, read folded (accents off: "vóór" is "voor"; days and
/// times are the same either way).
fn in_sentence(sentence: &str, own: Option<NaiveDate>) -> Option<(NaiveDate, Option<NaiveTime>)> {
    let folded = fold(sentence);
    if !SUBMIT.is_match(&folded) {
        return None;
    }
    for by in BY.find_iter(&folded) {
        // questions or talks before the word of closing: their day
        let before = &folded[..by.start()];
        if OTHER.is_match(before) && !SUBMIT.is_match(before) {
            return None;
        }
        if let Some(found) = day_at_start(&folded[by.end()..], own) {
            return Some(found);
        }
    }
    None
}

/// A day at the start of `rest` (within its first words), and the first
/// time after it in the same sentence.
fn day_at_start(rest: &str, own: Option<NaiveDate>) -> Option<(NaiveDate, Option<NaiveTime>)> {
    let head = window(rest, 0, 40);
    let (date, after) = match find_dates(head).into_iter().next() {
        Some(d) if d.span.start <= 16 => (d.date, d.span.end),
        _ => {
            let own = own?;
            let date = yearless::with_weekday(head, own).or_else(|| yearless::coming(head, own))?;
            (date, 0)
        }
    };
    let time = first_time(window(rest, after, 60)).map(|(t, _)| t);
    Some((date, time))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_one(text: &str) -> Option<String> {
        let own = NaiveDate::from_ymd_opt(2026, 12, 6);
        read(&super::super::prose::sentences(text), own).map(|(d, t)| {
            format!(
                "{d} {}",
                t.map_or("-".into(), |t| t.format("%H:%M").to_string())
            )
        })
    }

    #[test]
    fn closing_sentences_of_prose() {
        for (text, want) in [
            (
                "Reageren kan alléén via je bureau op ons inkoopportaal (opdracht PG-2026-5531), tot vrijdag 8 januari, half tien 's ochtends. Vragen tot dinsdag 22 december 10:00.",
                "2027-01-08 09:30",
            ),
            (
                "Stuur je kandidaat uiterlijk vrijdag 11 december vóór 12.00 uur naar inhuur@velsen.nl.",
                "2026-12-11 12:00",
            ),
            (
                "De sluiting is donderdag 17 december om half twaalf 's ochtends.",
                "2026-12-17 11:30",
            ),
            (
                "Bureaus kunnen tot maandag 21 december 2026 om 09.00 uur inschrijven.",
                "2026-12-21 09:00",
            ),
            (
                "Inschrijven kan tot woensdag 23 december, kwart voor twaalf 's ochtends.",
                "2026-12-23 11:45",
            ),
        ] {
            assert_eq!(read_one(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn questions_talks_and_other_closings_are_not_it() {
        for text in [
            "Vragen kun je tot maandag 14 december 12:00 stellen via het portaal.",
            "De gesprekken zijn tot woensdag 16 december gepland.",
            "Subsidie aanvragen kan tot en met 31 januari 2027, 17.00 uur, via het loket.",
            "De opdracht loopt tot 1 juli 2027.",
        ] {
            assert_eq!(read_one(text), None, "{text}");
        }
    }
}
