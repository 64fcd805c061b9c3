//! A calendar item (an Outlook or Teams invitation) saved as text, with the
//! posting forwarded in its body: its header block ("Onderwerp:",
//! "Locatie:", "Begin:", "Einde:", "Terugkeerpatroon:", "Organisator:")
//! gives the meeting's own times, which are no dates of the posting. The
//! block's start and end lines are removed, so "Einde: wo 13-1-2027 10:30"
//! is not read as the end of the work.

use super::normalize::fold;
use std::borrow::Cow;

/// Header keys (folded, with their colon) only a calendar item has.
const CALENDAR_ONLY: &[&str] = &[
    "terugkeerpatroon:",
    "status van vergadering:",
    "organisator:",
    "vereiste deelnemers:",
    "optionele deelnemers:",
    "herinnering:",
    "recurrence:",
    "meeting status:",
    "organizer:",
    "required attendees:",
    "optional attendees:",
    "reminder:",
];

/// The meeting's start and end lines in the block.
const TIMES: &[&str] = &["begin:", "einde:", "eind:", "start:", "end:"];

/// Other keys of the block.
const OTHER: &[&str] = &[
    "onderwerp:",
    "locatie:",
    "subject:",
    "location:",
    "when:",
    "wanneer:",
];

/// The text without the calendar block's start and end lines, when its
/// first lines are such a block (two or more calendar-only keys).
pub fn repair(text: &str) -> Cow<'_, str> {
    let head: Vec<(usize, String)> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .take(14)
        .map(|(i, l)| (i, fold(l.trim())))
        .collect();
    let key = |f: &str, keys: &[&str]| keys.iter().any(|k| f.starts_with(k));
    // the block: the first lines that all start with a key
    let block: Vec<&(usize, String)> = head
        .iter()
        .take_while(|(_, f)| {
            key(f.as_str(), CALENDAR_ONLY) || key(f.as_str(), TIMES) || key(f.as_str(), OTHER)
        })
        .collect();
    let calendar = block
        .iter()
        .filter(|(_, f)| key(f.as_str(), CALENDAR_ONLY))
        .count();
    if calendar < 2 {
        return Cow::Borrowed(text);
    }
    let drop: Vec<usize> = block
        .iter()
        .filter(|(_, f)| key(f.as_str(), TIMES))
        .map(|(i, _)| *i)
        .collect();
    let mut out: Vec<&str> = text
        .lines()
        .enumerate()
        .filter(|(i, _)| !drop.contains(i))
        .map(|(_, l)| l)
        .collect();
    if text.ends_with('\n') {
        out.push("");
    }
    Cow::Owned(out.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_meetings_times_are_dropped() {
        let t = "Onderwerp:\tBespreken aanvraag Jurist\nBegin:\tdi 5-1-2027 14:00\nEinde:\tdi 5-1-2027 15:00\nOrganisator:\tInhuur\nHerinnering:\t10 minuten\n\nFunctie: Jurist\nEinde: 31 december 2027\n";
        assert_eq!(
            repair(t),
            "Onderwerp:\tBespreken aanvraag Jurist\nOrganisator:\tInhuur\nHerinnering:\t10 minuten\n\nFunctie: Jurist\nEinde: 31 december 2027\n"
        );
    }

    #[test]
    fn a_posting_with_a_start_and_end_is_left_alone() {
        let t = "Functie: Jurist\nBegin: 1 maart 2027\nEinde: 31 december 2027\nOrganisator: Gemeente Oss";
        assert_eq!(repair(t), t);
    }
}
