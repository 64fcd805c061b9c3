//! A header table's row copied with its tabs: cells read as labels and
//! their values ("Aanvraagnummer⇥30828⇥Start⇥1 augustus 2026"), a
//! planning's step named in more words than its label with the cells after
//! it as its value, and a date's time in the cell after it or behind a cell
//! that names it ("Sluitingsdatum⇥15-12-2026⇥Tijdstip⇥10:00").

use super::label_table::Field;
use super::labels::{Candidate, exact_label, label_prefix};

/// The candidates of row `i` whose text holds tabs.
pub(super) fn tab_row(text: &str, i: usize) -> Vec<Candidate> {
    let mut out = Vec::new();
    let cells: Vec<&str> = text
        .split('\t')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    // a row of one label and its value ("Einde\t2027-12-31") is a
    // label row even for a label that is also an ordinary word
    // … and so is a row of two or more label-value pairs, each label a
    // label with its colon ("Functie⇥Assetmanager⇥Aanvraagnr.⇥WSS-…",
    // "Aanvang⇥01-02-2027⇥Einde⇥31-01-2028")
    let pair = cells.len() == 2
        || cells.len().is_multiple_of(2)
            && cells.len() >= 4
            && cells
                .iter()
                .step_by(2)
                .all(|c| !c.chars().any(|ch| ch.is_ascii_digit()))
            && cells
                .iter()
                .step_by(2)
                .any(|c| exact_label(&format!("{}:", c.trim_end_matches(':'))).is_some())
            // not a table's header row of labels alone ("Functie⇥Uren⇥Regio⇥Tarief")
            && cells.iter().skip(1).step_by(2).all(|v| {
                exact_label(v).is_none()
                    && exact_label(&format!("{}:", v.trim_end_matches(':'))).is_none()
            });
    // a planning's row of a step the table names in more words than
    // the label ("Uiterste datum offerte⇥vrijdag 18 december
    // 2026⇥vóór 10:00 uur"): the cells after it are its value
    if cells.len() >= 3
        && exact_label(cells[0]).is_none()
        && let Some((field, value)) =
            label_prefix(&format!("{}: {}", cells[0], cells[1..].join("  ")), false)
        && value == cells[1..].join("  ")
        && value.contains(|c: char| c.is_ascii_digit())
        && matches!(field, Field::DeadlineDate | Field::Start | Field::End)
    {
        out.push(Candidate::alone(field, value, i));
        return out;
    }
    let mut c = 0;
    while c < cells.len() {
        let label = if pair {
            exact_label(&format!("{}:", cells[c].trim_end_matches(':')))
        } else {
            exact_label(cells[c])
        };
        match label {
            Some(field) if c + 1 < cells.len() => {
                let mut value = cells[c + 1].to_string();
                // a planning row's time in the cell after its date,
                // or behind a cell that names it ("Tijdstip⇥10:00")
                if let Some(time) = cells.get(c + 2).filter(|t| is_time_cell(t)) {
                    value = format!("{value} {time}");
                    c += 1;
                } else if field == Field::DeadlineDate
                    && let Some(word) = cells.get(c + 2)
                    && super::deadline::without_time_word(word).is_empty()
                    && let Some(time) = cells.get(c + 3).filter(|t| is_time_cell(t))
                {
                    value = format!("{value} {time}");
                    c += 2;
                }
                out.push(Candidate {
                    field,
                    value_with_next: value.clone(),
                    value,
                    line: i,
                });
                c += 2;
            }
            _ => c += 1,
        }
    }
    out
}

/// A cell that is only a time or a span of times ("10:00", "09:00 - 12:00").
fn is_time_cell(cell: &str) -> bool {
    let cell = cell.trim();
    // the word before it ("om 10.00 uur", "vóór 10:00", "uiterlijk 12:00")
    let cell = [
        "om ",
        "vóór ",
        "voor ",
        "uiterlijk ",
        "tot ",
        "at ",
        "before ",
    ]
    .iter()
    .find_map(|w| cell.strip_prefix(w))
    .unwrap_or(cell)
    .trim_start();
    // (a 12-hour clock's "12:00 PM" too)
    let cell = [" uur", "uur", " u", "u", " h", " AM", " PM", " am", " pm"]
        .iter()
        .find_map(|s| cell.strip_suffix(s))
        .unwrap_or(cell)
        .trim_end();
    cell.starts_with(|c: char| c.is_ascii_digit())
        && cell.contains([':', '.'])
        && cell.len() <= 13
        && cell
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | ' ' | '-' | '–'))
}
