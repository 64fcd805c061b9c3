//! Facts laid out in columns, as a page's grid of two or three facts a
//! row copies: the labels on one line, apart by wide gaps, and their
//! values on the next line under them ("Startdatum        Einddatum" /
//! "1 februari 2027   31 juli 2027"). Each value is given its label on a
//! line of its own ("Startdatum: 1 februari 2027"), so the labels are read
//! as if the page had listed them. A row is read so only where most of its
//! cells are known labels and the next line has a value under each.

use super::label_table::is_label;
use regex::Regex;
use std::sync::LazyLock;

/// A gap between columns: three spaces or more (rows apart by tabs are a
/// table's, read by [`super::table_rows`]).
static GAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r" {3,}").expect("static pattern"));

/// The cells of a line with the column (in characters) each starts at.
fn cells(line: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut from = line.len() - line.trim_start().len();
    for m in GAP.find_iter(line) {
        if m.start() > from {
            out.push((
                line[..from].chars().count(),
                line[from..m.start()].to_string(),
            ));
        }
        from = m.end();
    }
    if from < line.trim_end().len() {
        out.push((
            line[..from].chars().count(),
            line[from..line.trim_end().len()].to_string(),
        ));
    }
    out
}

/// A row of labels: two cells or more, short, capitalised, without digits,
/// most of them known labels.
fn label_row(cells: &[(usize, String)]) -> bool {
    cells.len() >= 2
        && cells.iter().all(|(_, c)| {
            c.chars().count() <= 30
                && c.chars().next().is_some_and(char::is_uppercase)
                && !c.chars().any(|ch| ch.is_ascii_digit())
        })
        && cells.iter().filter(|(_, c)| is_label(c)).count() * 2 > cells.len()
}

/// The values of `line` under the label columns: split where each label
/// column starts (a value may run up to the next column), else at the gaps
/// when there are as many cells as labels.
fn values(line: &str, columns: &[usize]) -> Option<Vec<String>> {
    let found = cells(line);
    if found.len() == columns.len() {
        return Some(
            found
                .into_iter()
                .map(|(_, c)| c.trim().to_string())
                .collect(),
        );
    }
    let chars: Vec<char> = line.chars().collect();
    let mut out = Vec::new();
    for (i, &start) in columns.iter().enumerate() {
        let end = columns
            .get(i + 1)
            .copied()
            .unwrap_or(chars.len())
            .min(chars.len());
        if start >= end {
            return None;
        }
        // a column must start at a gap, not inside a word
        if start > 0 && !chars[start - 1].is_whitespace() {
            return None;
        }
        out.push(
            chars[start..end]
                .iter()
                .collect::<String>()
                .trim()
                .to_string(),
        );
    }
    out.iter().all(|v| !v.is_empty()).then_some(out)
}

/// The text with every row of column labels and its values written as
/// label lines; any other text is returned as it came.
pub fn repair(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut i = 0;
    let mut changed = false;
    while i < lines.len() {
        let head = cells(lines[i]);
        if label_row(&head)
            && let Some(next) = lines.get(i + 1)
            && !next.trim().is_empty()
            && !label_row(&cells(next))
        {
            let columns: Vec<usize> = head.iter().map(|(c, _)| *c).collect();
            if let Some(vals) = values(next, &columns) {
                for ((_, label), value) in head.iter().zip(vals) {
                    out.push(format!("{}: {value}", label.trim().trim_end_matches(':')));
                }
                changed = true;
                i += 2;
                continue;
            }
        }
        out.push(lines[i].to_string());
        i += 1;
    }
    if !changed {
        return text.to_string();
    }
    super::normalize::join_like(&out, text)
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn two_labels_a_line_and_their_values_under_them() {
        let t = "Startdatum              Einddatum\n4 januari 2027          30 juni 2027\n\nUren per week           Uurtarief\n32 uur                  max € 95 per uur\n";
        assert_eq!(
            repair(t),
            "Startdatum: 4 januari 2027\nEinddatum: 30 juni 2027\n\nUren per week: 32 uur\nUurtarief: max € 95 per uur\n"
        );
    }

    #[test]
    fn values_with_signs_of_several_bytes_keep_their_columns() {
        let t = "Uurtarief                 Referentie\n€ 92,50 all-in            AB-12\n";
        let out = repair(t);
        assert!(
            out.contains("Uurtarief: € 92,50 all-in\nReferentie: AB-12"),
            "{out}"
        );
    }

    #[test]
    fn prose_and_a_menu_are_untouched() {
        let t =
            "Vacatures   Bedrijven   Inloggen\nWelkom terug\nDe gemeente zoekt   een adviseur.\n";
        assert_eq!(repair(t), t);
    }
}
