//! Header fields recognised by their labels, as a table.
//!
//! A field is written as "Label value", "Label: value", as cells of a
//! tab-separated table row ("Aanvraagnummer\t30828\tStart\t1 augustus 2026",
//! read by `label_cells.rs`),
//! or as a label on its own line with the value on the next one. A new label
//! spelling is one entry in [`LABELS`]; each candidate value is checked by the
//! caller, so a sentence that happens to start with a label word is skipped.

use super::label_lookup::COLON_ONLY;
pub(super) use super::label_lookup::exact_label;
pub use super::label_table::{Field, LABELS};
use super::lines::{Line, LineKind};

/// A label found with its candidate value and the index of its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub field: Field,
    pub value: String,
    /// The value with the next non-blank line appended, for values broken
    /// over two lines ("dinsdag 25 november" / "2025").
    pub value_with_next: String,
    pub line: usize,
}

impl Candidate {
    /// A candidate whose value takes nothing from the next line.
    pub(super) fn alone(field: Field, value: &str, line: usize) -> Self {
        Candidate {
            field,
            value: value.to_string(),
            value_with_next: value.to_string(),
            line,
        }
    }
}

/// Every label-value candidate in the document, in order of appearance.
pub fn candidates(lines: &[Line]) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if matches!(line.kind, LineKind::Blank) {
            continue;
        }
        let next = next_text(lines, i);
        if line.text.contains('\t') {
            out.extend(super::label_cells::tab_row(&line.text, i));
            continue;
        }
        let text = line.text.trim();
        // a label that is also a word ("Functie") is a label on its own
        // line in a block of them: the line before it is the value of a
        // label on its own line
        let in_block = || {
            out.last().is_some_and(|c: &Candidate| {
                next_index(lines, c.line).is_some_and(|v| next_index(lines, v) == Some(i))
                    && exact_label(&lines[c.line].text).is_some()
            })
        };
        // … or one whose value below is a date ("Indienen" / "do
        // 17-12-2026, vóór 10:00 uur")
        let dated = |field: Field| {
            matches!(field, Field::DeadlineDate | Field::Start | Field::End)
                && next.is_some_and(super::dates::opens_with_date)
        };
        let own_line = exact_label(text).or_else(|| {
            (!text.ends_with(':'))
                .then(|| exact_label(&format!("{text}:")))
                .flatten()
                .filter(|&f| in_block() || dated(f))
        });
        if let Some(field) = own_line {
            if let Some(value) = next
                && exact_label(value).is_none()
            {
                let with_next = format!(
                    "{value} {}",
                    next_text(lines, next_index(lines, i).unwrap_or(i)).unwrap_or("")
                );
                out.push(Candidate {
                    field,
                    value: value.to_string(),
                    value_with_next: with_next,
                    line: i,
                });
            }
            continue;
        }
        // "3.2 Uiterste datum indienen offerte: …": a label behind a section number
        let text = strip_section_number(text);
        if let Some((field, value)) = label_prefix(text, line.kind == LineKind::Bullet) {
            // a numbered row of criteria with its points ("3. Tarief    30")
            // names a criterion, not the rate
            let points_row = matches!(line.kind, LineKind::Numbered(_))
                && !value.trim().is_empty()
                && value.trim().len() <= 3
                && value.trim().chars().all(|c| c.is_ascii_digit());
            if points_row {
                continue;
            }
            // a second label after a separator ("Start: 18 Jan – End: 23
            // Jul '27"): two facts
            if let Some((first_value, second_field, second_value)) = second_label(value) {
                for (field, value) in [(field, first_value), (second_field, second_value)] {
                    out.push(Candidate::alone(field, value, i));
                }
                continue;
            }
            // the next line continues the value unless it is a fact of its
            // own ("Reageren vóór: 11 dec, 10:00" / "Gepubliceerd: 1 dec 2026")
            let with_next = match next {
                Some(n) if exact_label(n).is_none() && label_prefix(n, false).is_none() => {
                    format!("{value} {n}")
                }
                _ => value.to_string(),
            };
            out.push(Candidate {
                field,
                value: value.to_string(),
                value_with_next: with_next,
                line: i,
            });
        }
    }
    out
}

/// A value that a separator and a second label with its colon follow
/// ("18 Jan – End: 23 Jul '27", "32 uur | Tarief: € 95"): the first value,
/// the second label's field and its value.
fn second_label(value: &str) -> Option<(&str, Field, &str)> {
    [" – ", " — ", " | ", " · "].iter().find_map(|sep| {
        let (first, rest) = value.split_once(sep)?;
        let colon = rest.find(':')?;
        let head = &rest[..colon];
        let field = (head.split_whitespace().count() <= 3)
            .then(|| exact_label(&format!("{head}:")))
            .flatten()?;
        let second = rest[colon + 1..].trim();
        (!first.trim().is_empty() && !second.is_empty()).then_some((first.trim(), field, second))
    })
}

/// A text without a leading section number ("3.2 ", "2.1.4 "), a
/// planning's step number ("Stap 4  ", "Step 2 – ", "Fase 3: ") or an
/// item's letter ("(c) ", "b) ").
fn strip_section_number(text: &str) -> &str {
    let text = strip_numbered(text);
    strip_step(text).unwrap_or(text)
}

/// "Stap 4  Sluiting inschrijving …", "(c) uiterste inschrijving: …": the
/// text after the step's number or the item's letter.
fn strip_step(text: &str) -> Option<&str> {
    let lower: String = text
        .chars()
        .take(5)
        .collect::<String>()
        .to_ascii_lowercase();
    let rest = if let Some(word) = ["stap ", "step ", "fase "]
        .iter()
        .find(|w| lower.starts_with(**w))
    {
        let rest = &text[word.len()..];
        let digits = rest.find(|c: char| !c.is_ascii_digit())?;
        (digits > 0 && digits <= 2).then_some(())?;
        let rest = rest[digits..].trim_start_matches(['.', ':', ')']);
        // the step's name follows after a space or a dash
        rest.starts_with([' ', '\t']).then_some(rest)?
    } else {
        let inner = text.strip_prefix('(').unwrap_or(text);
        let close = inner.find(") ")?;
        let mark = &inner[..close];
        (!mark.is_empty() && mark.len() <= 3 && mark.chars().all(|c| c.is_ascii_lowercase()))
            .then(|| &inner[close + 1..])?
    };
    let rest = rest.trim_start_matches([' ', '\t', '–', '—', '-']);
    rest.starts_with(char::is_alphabetic).then_some(rest)
}

fn strip_numbered(text: &str) -> &str {
    let digits_and_dots = text
        .char_indices()
        .take_while(|(_, c)| c.is_ascii_digit() || *c == '.')
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    let head = &text[..digits_and_dots];
    if head.contains('.')
        && head.starts_with(|c: char| c.is_ascii_digit())
        && text[digits_and_dots..].starts_with(' ')
    {
        text[digits_and_dots..].trim_start()
    } else {
        text
    }
}

/// Words that make a longer label another fact: "Deadline voor het indienen
/// van vragen:" is the questions deadline, not the deadline.
const OTHER_FACT: &[&str] = &[
    "vragen",
    "vraag",
    "questions",
    "inlichtingen",
    "publicatie",
    "gesprek",
    "interview",
    "opening",
];

/// A fact's line, "Label: value" with a known label, that ends no sentence
/// ("Sluitingsdatum: 14 december 2026, 09:00 uur"): a paragraph of its own.
pub fn is_fact_line(text: &str) -> bool {
    let t = text.trim();
    t.find(':').is_some_and(|c| c <= 40)
        && !t.ends_with(['.', '!', '?', ';'])
        && (label_prefix(t, false).is_some() || short_fact(t))
}

/// A short "Name: value" line whose name the label table does not know but
/// that is a fact's name all the same ("Gesprekken: wo 20 jan", "VOG: niet
/// van toepassing"): a name of one to three words with a capital and no
/// digit, a value after it (a space between or none), the whole line short.
fn short_fact(t: &str) -> bool {
    let Some((name, value)) = t.split_once(':') else {
        return false;
    };
    t.chars().count() <= 70
        && !value.trim().is_empty()
        // a page's copy may lose the space after the colon ("Gesprekken:13-01-2027")
        && value.starts_with(|c: char| c == ' ' || c == '€' || c.is_alphanumeric())
        && name.starts_with(char::is_uppercase)
        && (1..=3).contains(&name.split_whitespace().count())
        && !name.contains(|c: char| c.is_ascii_digit())
}

/// "Label: value" or "Label value": the longest label that starts the line.
/// A label may be longer than its table entry when a colon ends it
/// ("Looptijd van de opdracht: …"). Labels are capitalised; a lowercase line
/// is a wrapped sentence, unless it is a list item ("📅 start 2 maart").
/// Dotted leaders between label and value ("Uren per week ....... 36") are
/// skipped.
pub(super) fn label_prefix(text: &str, item: bool) -> Option<(Field, &str)> {
    // a line in small letters is a label only with its colon ("startdatum:
    // 1 februari", as a site that writes everything small has it), not
    // prose wrapped onto a line that starts with a label's word
    if !item && !text.chars().next().is_some_and(char::is_uppercase) {
        let colon = text.find(':')?;
        if colon > 50 || text[..colon].contains(|c: char| c.is_ascii_digit()) {
            return None;
        }
    }
    let lower = text.to_lowercase();
    let mut best: Option<(usize, Field)> = None;
    for (label, field) in LABELS {
        if lower.starts_with(label) && best.is_none_or(|(len, _)| label.len() > len) {
            let mut rest = &lower[label.len()..];
            // an abbreviated label's own dot ("Aanvraagnr.: DOR-12")
            let dot = !label.ends_with('.') && rest.starts_with(".:");
            if dot {
                rest = &rest[1..];
            }
            // a label aligned in a table ("Functie      Beleidsadviseur") is one too
            // a label that is also a word is one before a number or date
            // of its kind ("Einde 31-07-2027", "Hours 32")
            let dated = matches!(
                field,
                Field::End | Field::Rate | Field::Hours | Field::DeadlineDate | Field::Start
            );
            // ("End Jun 30th, 2027": a month's name opens a date too)
            let numeric = dated
                && rest.strip_prefix(' ').is_some_and(|v| {
                    v.starts_with(|c: char| c.is_ascii_digit())
                        || v.split_whitespace()
                            .next()
                            .is_some_and(|w| super::dates::month_number(w).is_some())
                });
            // "Einde — 31 december 2027": a dash between label and value,
            // but "Inhuuropdracht – gepubliceerd 1 december" is a subtitle
            let dashed = [" — ", " – ", " - "].iter().any(|d| rest.starts_with(d))
                && (dated || !COLON_ONLY.contains(label));
            let ok = rest.starts_with(':')
                || dashed
                || rest.starts_with("  ")
                || (rest.starts_with(' ') && (!COLON_ONLY.contains(label) || numeric));
            if ok {
                best = Some((label.len() + usize::from(dot), *field));
            }
        }
    }
    // a label the table knows with a qualifier before its colon ("Client's
    // closing date: …", "Sluiting gemeente: …")
    let (len, field) = match best {
        Some(b) => b,
        None => {
            let colon = text.find(':').filter(|&c| c <= 50)?;
            (colon, exact_label(&text[..=colon])?)
        }
    };
    // byte offsets of lowercase and original agree for the ASCII labels
    let mut value = text.get(len..)?;
    if !value.starts_with(':')
        && let Some(colon) = value.find(':')
        && colon <= 50
        && !value[..colon].chars().any(|c| c.is_ascii_digit())
    {
        // "Deadline voor het indienen van vragen: …", "Looptijd van de opdracht: …"
        let extra = value[..colon].to_lowercase();
        if extra
            .split_whitespace()
            .any(|w| OTHER_FACT.iter().any(|o| w.starts_with(o)))
        {
            return None;
        }
        value = &value[colon..];
    }
    // "Referentienummer – ODM-2611": a dash between label and value
    let mut value = value.trim_start_matches([' ', ':', '|', '–', '—']).trim();
    if let Some(v) = value.strip_prefix("- ") {
        value = v.trim_start();
    }
    // a note in brackets after the label ("Functieschaal (indicatief) 12",
    // "Maximum uurtarief (excl. btw) € 110"): the value follows it
    if value.starts_with('(')
        && let Some(close) = value.find(')')
        && close <= 30
        && !value[close + 1..].trim().is_empty()
    {
        value = value[close + 1..]
            .trim_start_matches([' ', ':', '|'])
            .trim();
    }
    if value.starts_with("..") || value.starts_with('…') {
        value = value.trim_start_matches(['.', '…', ' ', ':']);
    }
    if value.is_empty() {
        None
    } else {
        Some((field, value))
    }
}

fn next_index(lines: &[Line], i: usize) -> Option<usize> {
    (i + 1..lines.len()).find(|&j| !matches!(lines[j].kind, LineKind::Blank))
}

fn next_text(lines: &[Line], i: usize) -> Option<&str> {
    next_index(lines, i).map(|j| lines[j].text.as_str())
}

/// The first candidate value for `field` that `accept` turns into a value.
pub fn first<T>(
    cands: &[Candidate],
    field: Field,
    mut accept: impl FnMut(&Candidate) -> Option<T>,
) -> Option<T> {
    cands
        .iter()
        .filter(|c| c.field == field)
        .find_map(&mut accept)
}

/// The first value `accept` takes from the candidates of `field`, those
/// `prefer` picks first ("Opdrachtgever: Gemeente Goes" before a card's
/// "Gemeente Vlissingen", "Application number" before "Job ID").
pub fn first_preferring<T>(
    cands: &[Candidate],
    field: Field,
    prefer: impl Fn(&Candidate) -> bool,
    mut accept: impl FnMut(&Candidate) -> Option<T>,
) -> Option<T> {
    let mut pick = |wanted: bool| {
        cands
            .iter()
            .filter(|c| c.field == field && prefer(c) == wanted)
            .find_map(&mut accept)
    };
    pick(true).or_else(|| pick(false))
}

#[cfg(test)]
#[path = "labels_tests.rs"]
mod tests;
