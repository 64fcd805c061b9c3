//! A table a document converter flattened into one line, its cells apart
//! by gaps of two spaces or more, as unstructured.io or a PDF reader's
//! plain export gives a "Kerngegevens" or "Planning" table ("Startdatum  1
//! februari 2027  Einddatum  31 januari 2028  Uren per week  24  …") or a
//! criteria table ("Criterium  Weging  Ervaring met stikstof  45%  Prijs
//! 30%  Totaal  100%"). A line of names and values taking turns, two or
//! more of the names known labels (or one, among three names or more), becomes one "Name: value" line per
//! pair; a criteria table becomes its head and one row per criterion, still
//! apart by two spaces, as `spaced_points.rs` reads them. Any other line
//! (prose beside a column, a strip of values) is kept as it came.

use super::label_lookup::exact_label;
use super::normalize::fold;
use super::points_column::{CRITERIA_HEADS, POINTS_HEADS};

/// The text with its flattened tables written a row to a line.
pub fn repair(text: &str) -> String {
    if !text.contains("  ") {
        return text.to_string();
    }
    super::glued::map_lines(text, |l| unflattened(l).unwrap_or_else(|| l.to_string()))
}

/// The cells of a line apart by gaps of two spaces or more.
fn cells(line: &str) -> Vec<&str> {
    line.trim()
        .split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

/// A cell that names a fact: capitalised, a few words, no figure.
fn is_name(cell: &str) -> bool {
    cell.starts_with(char::is_uppercase)
        && cell.chars().count() <= 30
        && cell.split_whitespace().count() <= 4
        && !cell.contains(|c: char| c.is_ascii_digit() || c == ':')
}

fn is_points(cell: &str) -> bool {
    let c = cell.trim_end_matches('%').trim_end_matches("punten").trim();
    !c.is_empty() && c.len() <= 3 && c.chars().all(|ch| ch.is_ascii_digit())
}

fn unflattened(line: &str) -> Option<String> {
    // a converter's cells are two spaces apart; wider gaps are a page's
    // columns or a table's head over its rows (`text_columns.rs`,
    // `table_rows.rs`)
    if line.trim().contains("   ") {
        return None;
    }
    let cells = cells(line);
    if cells.len() < 4 || !cells.len().is_multiple_of(2) {
        return None;
    }
    let pairs: Vec<(&str, &str)> = cells.chunks(2).map(|p| (p[0], p[1])).collect();
    let (head, rows) = pairs.split_first()?;
    // "Criterium  Weging  …": a criteria table's head, then its rows
    if CRITERIA_HEADS.contains(&fold(head.0).as_str())
        && POINTS_HEADS.contains(&fold(head.1).as_str())
    {
        return rows.iter().all(|(_, p)| is_points(p)).then(|| {
            pairs
                .iter()
                .map(|(c, p)| format!("{c}  {p}"))
                .collect::<Vec<_>>()
                .join("\n")
        });
    }
    let known = pairs
        .iter()
        .filter(|(n, _)| exact_label(n).is_some())
        .count();
    // ("Vragen  …  Nota van inlichtingen  …  Sluitingsdatum  …": a planning
    // table's steps, one of them a label)
    let enough = known >= 2 || (known >= 1 && pairs.len() >= 3);
    (pairs.iter().all(|(n, _)| is_name(n)) && enough).then(|| {
        pairs
            .iter()
            .map(|(n, v)| format!("{n}: {v}"))
            .collect::<Vec<_>>()
            .join("\n")
    })
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn a_flattened_facts_table_gets_a_line_per_fact() {
        let t = "Startdatum  1 februari 2027  Einddatum  31 januari 2028  Uren per week  24  Functieschaal  11\n";
        assert_eq!(
            repair(t),
            "Startdatum: 1 februari 2027\nEinddatum: 31 januari 2028\nUren per week: 24\nFunctieschaal: 11\n"
        );
    }

    #[test]
    fn a_flattened_criteria_table_gets_a_row_per_criterion() {
        let t = "Criterium  Weging  Ervaring met stikstof  45%  Prijs  30%  Totaal  100%\n";
        assert_eq!(
            repair(t),
            "Criterium  Weging\nErvaring met stikstof  45%\nPrijs  30%\nTotaal  100%\n"
        );
    }

    #[test]
    fn prose_beside_a_column_and_strips_are_kept() {
        for t in [
            "De provincie zoekt een adviseur  Startdatum  1 februari 2027  Einddatum\n",
            "Adviseur  Zeeland  24 uur  € 99\n",
            "Adviseur  Zeeland  Projectleider  Utrecht\n",
            "Naam  Functie  Telefoon  E-mail\n",
            "Functienaam      Beleidsadviseur Sport en      Gewenste start    ma 4 januari 2027\n",
            "Uren per week       Maximum uurtarief      Looptijd       Standplaats\n",
        ] {
            assert_eq!(repair(t), t, "{t}");
        }
    }
}
