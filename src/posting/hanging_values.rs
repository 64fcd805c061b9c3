//! A value a PDF or a plain-text form wraps under its own column:
//!
//! ```text
//! Sluiting vragenronde                dinsdag 8 december 2026,
//!                                     12:00 uur
//! ```
//!
//! [`repair`] joins the wrapped part to its line, so a date and its time,
//! or a period and its note, are read together. Only a line indented to
//! exactly where the value above it starts, after a label set apart by a
//! gap, is such a part.

use super::label_blocks::is_name;
use std::borrow::Cow;

/// Indentation below which a line is a paragraph's or list's own.
const MIN_INDENT: usize = 8;

/// The text with each wrapped value joined to the line it continues. In a
/// form of two columns the wrapped part has the other column's next row
/// after it ("                 Bewegen                 Einddatum   30-06-2027"):
/// the part joins its own cell, the row stays a line of its own at its
/// column.
pub fn repair(text: &str) -> Cow<'_, str> {
    if !text.contains(&" ".repeat(MIN_INDENT)) {
        return Cow::Borrowed(text);
    }
    let mut out: Vec<String> = Vec::new();
    // the lines that are a row's other column, kept at their column
    let mut tails: Vec<bool> = Vec::new();
    let mut row: Option<usize> = None;
    let mut changed = false;
    for line in text.lines() {
        let indent = line.len() - line.trim_start_matches(' ').len();
        let rest = line.trim();
        // a label alone is a column's next fact, never the rest of a value
        let part = rest.split("   ").next().unwrap_or(rest);
        let target = (indent >= MIN_INDENT && !rest.is_empty() && !is_name(part))
            .then(|| {
                [out.len().checked_sub(1), row]
                    .into_iter()
                    .flatten()
                    .find(|&i| value_starts_at(&out[i], indent, tails[i]))
            })
            .flatten();
        if let Some(i) = target {
            let (part, other) = match rest.find("   ") {
                Some(g) => (&rest[..g], Some(rest[g..].trim_start())),
                None => (rest, None),
            };
            let cell_end = cell_end(&out[i], indent);
            out[i].insert_str(cell_end, &format!(" {part}"));
            if let Some(other) = other {
                let column =
                    line.chars().count() - line[line.find(other).unwrap_or(0)..].chars().count();
                out.push(format!("{}{other}", " ".repeat(column)));
                tails.push(true);
            }
            changed = true;
            continue;
        }
        out.push(line.to_string());
        tails.push(false);
        row = Some(out.len() - 1);
    }
    if !changed {
        return Cow::Borrowed(text);
    }
    let mut joined = out.join("\n");
    if text.ends_with('\n') {
        joined.push('\n');
    }
    Cow::Owned(joined)
}

/// The byte where the line's cell that starts at character `column` ends:
/// at the next gap of three spaces, else at the line's end.
fn cell_end(line: &str, column: usize) -> usize {
    let at = byte_at(line, column).unwrap_or(line.len());
    line[at..].find("   ").map_or(line.len(), |g| at + g)
}

/// The byte of the `column`th character (a PDF's text lines up by
/// characters: "€" is one column and three bytes).
fn byte_at(line: &str, column: usize) -> Option<usize> {
    line.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(line.len()))
        .nth(column)
}

/// Whether `line` is a label and a value, the value starting at character
/// `column` after a gap of two or more spaces (or a padded colon). A row's
/// other column (`tail`) stands at its column, spaces before its label.
fn value_starts_at(line: &str, column: usize, tail: bool) -> bool {
    let Some(at) = byte_at(line, column) else {
        return false;
    };
    let (head, value) = line.split_at(at);
    let label = head.trim_end();
    !label.trim().is_empty()
        && (tail || !label.starts_with(' '))
        && (head.ends_with("  ") || label.ends_with(':'))
        && value.starts_with(|c: char| !c.is_whitespace())
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn a_label_under_a_value_is_no_part_of_it() {
        let t = "Omschrijving         Einde\nDe gemeente zoekt    14-02-2028\n                     Uren\n";
        assert_eq!(repair(t), t);
    }

    #[test]
    fn a_wrapped_value_joins_its_line() {
        let t = "Sluiting vragenronde                dinsdag 8 december 2026,\n                                    12:00 uur\nGesprekken                          17 december\n";
        assert_eq!(
            repair(t),
            "Sluiting vragenronde                dinsdag 8 december 2026, 12:00 uur\nGesprekken                          17 december\n"
        );
        let t = "Looptijd          : 1 februari 2027 tot en met 31 juli 2027\n                    (optie tot verlenging)\n";
        assert_eq!(
            repair(t),
            "Looptijd          : 1 februari 2027 tot en met 31 juli 2027 (optie tot verlenging)\n"
        );
    }

    #[test]
    fn a_wrapped_value_in_a_form_of_two_columns_joins_its_cell() {
        let t = "Functienaam      Beleidsadviseur Sport en             Gewenste start    ma 4 januari 2027\n                 Bewegen                              Einddatum         30-06-2027\nAfdeling         Samenleving, team Sociaal             Verlenging        optie 1 x 6 maanden\n                 Domein                               Uren per week     20 - 24\nBudget           € 54.900,- (totaal)                  Indienen          do 17-12-2026, vóór\n                                                                        10:00 uur\n";
        assert_eq!(
            repair(t),
            "Functienaam      Beleidsadviseur Sport en Bewegen             Gewenste start    ma 4 januari 2027\n                                                      Einddatum         30-06-2027\nAfdeling         Samenleving, team Sociaal Domein             Verlenging        optie 1 x 6 maanden\n                                                      Uren per week     20 - 24\nBudget           € 54.900,- (totaal)                  Indienen          do 17-12-2026, vóór 10:00 uur\n"
        );
    }

    #[test]
    fn other_indented_lines_are_left() {
        for t in [
            "K1  De kandidaat beschikt over\n    een hbo-opleiding\n",
            "Een zin met een woord.\n          Een ingesprongen regel\n",
            "Titel                               Pagina 1\n                                              Pagina 2\n",
        ] {
            assert_eq!(repair(t), t);
        }
    }
}
