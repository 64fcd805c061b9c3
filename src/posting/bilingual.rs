//! Labels written in two languages, another one first and the Dutch one
//! after a slash, as a Frisian (or English) page does ("Begjindatum /
//! Startdatum: 1 maart 2027", "Skaal / Schaal: 11", "Knock-out-easken /
//! Knock-outcriteria"): the Dutch label is kept, so the label table reads
//! it. A label of two facts ("Start / einddatum") is left as it is.
//! Frisian month and weekday names are in the date tables (`dates.rs`).

use super::label_table::LABELS;
use super::normalize::fold;
use super::section_words::SECTION_WORDS;
use std::borrow::Cow;

/// Whether a folded text is a label of the table.
fn is_label(f: &str) -> bool {
    LABELS.iter().any(|(l, _)| *l == f)
}

/// Whether a folded text is a section heading of the table.
fn is_heading(f: &str) -> bool {
    SECTION_WORDS.iter().any(|(w, _)| *w == f)
}

/// The field a folded label names.
fn field_of(f: &str) -> Option<super::label_table::Field> {
    LABELS
        .iter()
        .find(|(l, _)| *l == f)
        .map(|(_, field)| *field)
}

/// The line with its label's other-language half removed, if it has one.
fn dutch_half(line: &str) -> Option<String> {
    let t = line.trim();
    // the label ends at its colon, or at the tab of a table's row
    let (head, rest) = match t.find(':').or_else(|| t.find('\t')) {
        Some(i) => (&t[..i], Some(&t[i..])),
        None => (t, None),
    };
    let (other, dutch) = head.split_once(" / ")?;
    if let Some(kept) = dutch_first(other, dutch) {
        return Some(format!("{kept}{}", rest.unwrap_or("")));
    }
    let (other_f, dutch_f) = (fold(other.trim()), fold(dutch.trim()));
    let words = other.split_whitespace().count();
    if !(1..=4).contains(&words)
        || other.chars().any(|c| c.is_ascii_digit())
        || dutch.contains(" / ")
        // "Salaris / tarief": one label of two words, not two languages
        || !dutch.trim().starts_with(char::is_uppercase)
        || (is_label(&other_f) && !super::label_table::FRISIAN.contains(&other_f.as_str()))
    {
        return None;
    }
    match rest {
        Some(rest) if is_label(&dutch_f) => Some(format!("{}{rest}", dutch.trim())),
        None if is_heading(&dutch_f) => Some(dutch.trim().to_string()),
        _ => None,
    }
}

/// "Einddatum / End date", "Uren per week / Hours per week": the Dutch
/// label first and its translation after it (of the same fact, or no label
/// at all), as a bilingual city page writes them. "Start / Einde" (two
/// facts) is no such pair.
fn dutch_first<'a>(dutch: &'a str, other: &str) -> Option<&'a str> {
    if super::label_table::FRISIAN.contains(&fold(dutch.trim()).as_str()) {
        return None;
    }
    let field = field_of(&fold(dutch.trim()))?;
    let other = other.trim();
    let words = other.split_whitespace().count();
    let same = match field_of(&fold(other)) {
        Some(f) => f == field,
        None => true,
    };
    ((1..=4).contains(&words)
        && other.starts_with(char::is_uppercase)
        && !other.contains(|c: char| c.is_ascii_digit() || c == '/')
        && same)
        .then(|| dutch.trim())
}

/// The text with each two-language label written in Dutch only.
pub fn repair(text: &str) -> Cow<'_, str> {
    if !text.contains(" / ") {
        return Cow::Borrowed(text);
    }
    let halves: Vec<Option<String>> = text.lines().map(dutch_half).collect();
    if halves.iter().all(Option::is_none) {
        return Cow::Borrowed(text);
    }
    let mut out: Vec<String> = text
        .lines()
        .zip(halves)
        .map(|(l, h)| h.unwrap_or_else(|| l.to_string()))
        .collect();
    if text.ends_with('\n') {
        out.push(String::new());
    }
    Cow::Owned(out.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dutch_label_is_kept() {
        assert_eq!(
            repair(
                "Oeren yn 'e wike / Uren per week: 32\nSkaal / Schaal: 10\nGunning-easken / Gunningscriteria\n"
            ),
            "Uren per week: 32\nSchaal: 10\nGunningscriteria\n"
        );
    }

    #[test]
    fn a_dutch_label_with_its_translation_after_it() {
        assert_eq!(
            repair(
                "Einddatum / End date\n16-07-2027\nUren per week / Hours per week: 32\nOpdrachtgever / Client\tGemeente Leiden\n"
            ),
            "Einddatum\n16-07-2027\nUren per week: 32\nOpdrachtgever\tGemeente Leiden\n"
        );
        let t = "Start / Einde: 1-1-2027 / 31-12-2027\n";
        assert_eq!(repair(t), t);
    }

    #[test]
    fn labels_of_two_facts_and_values_with_slashes_stay() {
        for t in [
            "Start / einddatum: 1-1-2027 / 31-12-2027",
            "Functie / rol: Adviseur",
            "Salaris / tarief: conform cao",
            "Regio: Groningen / Drenthe",
            "Provinsje Fryslân / Provincie Fryslân",
        ] {
            assert_eq!(repair(t), t);
        }
    }
}
