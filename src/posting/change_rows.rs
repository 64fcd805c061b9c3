//! Changes a posting makes to itself in the form of a table: an addendum's
//! row with the old value and the new one after an arrow ("sluiting
//! inschrijving   15-12-2026, 10:00 uur   ->   11-01-2027, 10:00 uur"), and
//! a correction notice's block as TenderNed and TED print it ("Onderdeel
//! Sluitingsdatum" / "In plaats van 14-12-2026 12:00" / "Te lezen 11-01-2027
//! 12:00"; "Instead of" / "Read"). Each becomes the sentence
//! [`super::amendments`] reads, in the row's place ("De sluitingsdatum wordt
//! gewijzigd naar 11-01-2027, 10:00 uur."), so the new value wins over the
//! one the posting first gave, wherever that stands. A row whose subject is
//! none of the deadline, start, hours, rate or interviews is left as it
//! came. Any other text is returned as it came.

use super::label_table::{Field, LABELS};
use super::normalize::fold;
use regex::Regex;
use std::sync::LazyLock;

/// "subject  old -> new": the subject parted from the old value by a
/// colon, a tab or two spaces.
static ARROW_ROW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[ \t]*(\p{L}[^:\t\n]{1,40}?)(?::|\t| {2,})[ \t]*(\S[^\n]*?)[ \t]*(?:->|→|=>|⇒)[ \t]*(\S[^\n]*?)[ \t]*$",
    )
    .expect("static pattern")
});

/// The three lines of a correction: which part, the old text, the new.
const PART: [&str; 5] = ["onderdeel", "betreft", "rubriek", "section", "part"];
const INSTEAD: [&str; 3] = ["in plaats van", "instead of", "i.p.v."];
const READ: [&str; 4] = ["te lezen", "lees", "moet zijn", "read"];

/// The sentence that changes `subject` to `new`, where the subject is one
/// a change can move.
fn sentence(subject: &str, new: &str) -> Option<String> {
    let f = fold(subject.trim().trim_end_matches(':'));
    let field = LABELS
        .iter()
        .find(|(l, _)| f == *l || f.starts_with(&format!("{l} ")))
        .map(|(_, field)| *field);
    let lead = if ["gesprek", "interview", "selectiedag"]
        .iter()
        .any(|w| f.contains(w))
    {
        "De gesprekken worden gewijzigd naar"
    } else {
        match field {
            Some(Field::DeadlineDate) => "De sluitingsdatum wordt gewijzigd naar",
            Some(Field::Start) => "De startdatum wordt gewijzigd naar",
            Some(Field::Hours) => "De uren per week worden gewijzigd naar",
            Some(Field::Rate) => "Het maximumtarief wordt gewijzigd naar",
            _ => return None,
        }
    };
    Some(format!("{lead} {}.", new.trim().trim_end_matches('.')))
}

/// What a correction's line says after its word ("In plaats van   14-12").
fn after<'a>(line: &'a str, words: &[&str]) -> Option<&'a str> {
    let t = line.trim();
    let f = t.to_lowercase();
    words.iter().find_map(|w| {
        let rest = f.strip_prefix(w)?;
        let rest_at = t.len() - rest.len();
        let rest = &t[rest_at..];
        (rest.is_empty() || rest.starts_with([' ', '\t', ':']))
            .then(|| rest.trim_start_matches([' ', '\t', ':']).trim())
    })
}

/// The text with every change row as the sentence that makes the change.
pub fn repair(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut changed = false;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        // a correction: part, instead of, read
        if let (Some(part), Some(old), Some(new)) = (
            after(line, &PART),
            lines.get(i + 1).and_then(|l| after(l, &INSTEAD)),
            lines.get(i + 2).and_then(|l| after(l, &READ)),
        ) && !new.is_empty()
            && !old.is_empty()
            && let Some(s) = sentence(part, new)
        {
            out.push(s);
            changed = true;
            i += 3;
            continue;
        }
        if line.contains(['>', '→', '⇒'])
            && let Some(c) = ARROW_ROW.captures(line)
            && let Some(s) = sentence(&c[1], &c[3])
        {
            out.push(s);
            changed = true;
            i += 1;
            continue;
        }
        out.push(line.to_string());
        i += 1;
    }
    if changed {
        out.join("\n")
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_addendum_s_arrow_rows_become_changes() {
        let text = "Wijziging 1 - planning\n  sluiting inschrijving   15-12-2026, 10:00 uur   ->   11-01-2027, 10:00 uur\n  gesprekken              21-12-2026              ->   19-01-2027 en 20-01-2027\n  start opdracht          04-01-2027              ->   01-02-2027\nDe einddatum blijft.";
        assert_eq!(
            repair(text),
            "Wijziging 1 - planning\nDe sluitingsdatum wordt gewijzigd naar 11-01-2027, 10:00 uur.\nDe gesprekken worden gewijzigd naar 19-01-2027 en 20-01-2027.\nDe startdatum wordt gewijzigd naar 01-02-2027.\nDe einddatum blijft."
        );
    }

    #[test]
    fn a_correction_notice_s_block_becomes_a_change() {
        let text = "RECTIFICATIE 1\nOnderdeel          Sluitingsdatum inschrijving\nIn plaats van      14-12-2026 12:00\nTe lezen           11-01-2027 12:00\nReden: meer tijd.";
        assert_eq!(
            repair(text),
            "RECTIFICATIE 1\nDe sluitingsdatum wordt gewijzigd naar 11-01-2027 12:00.\nReden: meer tijd."
        );
        let english = "Section: Time limit for receipt of tenders\nInstead of: 14/12/2026 12:00\nRead: 11/01/2027 12:00";
        // a subject no label names is left alone
        assert_eq!(repair(english), english);
    }

    #[test]
    fn rows_of_other_subjects_and_arrows_in_prose_are_left_alone() {
        for t in [
            "Locatie   Utrecht -> Zeist",
            "Klik op Solliciteren -> vul het formulier in",
            "Route: A12 -> afslag 17",
        ] {
            assert_eq!(repair(t), t);
        }
    }
}
