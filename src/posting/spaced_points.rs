//! A criteria table set in spaces, as a text browser or a fixed-width page
//! draws it: a head of a criteria column and a points column apart by a
//! gap ("Criterium        Punten"), then rows whose points stand after a
//! gap of two spaces or more ("Ervaring met omgevingsplannen  35"). Each
//! line of the table gets a tab before its points, so that
//! `points_column.rs` reads it as the table it is (and a row whose gap is
//! narrow is not read as prose). Any other text is returned as it came.

use super::normalize::fold;
use super::points_column::{CRITERIA_HEADS, POINTS_HEADS};
use regex::Regex;
use std::sync::LazyLock;

/// A row: its text, a gap, its points (with "%" or "punten" after them).
static ROW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(\S.*?\S)\s{2,}(\d{1,3}(?:\s*%|\s+punten|\s+pnt)?)\s*$")
        .expect("static pattern")
});

/// The two cells of a table's head, if the line is one.
fn head(line: &str) -> Option<(String, String)> {
    let cells: Vec<&str> = line
        .trim()
        .split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    match cells.as_slice() {
        [c, p]
            if CRITERIA_HEADS.contains(&fold(c).as_str())
                && POINTS_HEADS.contains(&fold(p).as_str()) =>
        {
            Some((c.to_string(), p.to_string()))
        }
        _ => None,
    }
}

/// The text with a spaced criteria table's points set apart by tabs.
pub fn repair(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        if let Some((c, p)) = head(lines[i]) {
            let rows: Vec<(String, String)> = lines[i + 1..]
                .iter()
                .map_while(|l| {
                    ROW.captures(l)
                        .map(|m| (m[1].to_string(), m[2].to_string()))
                })
                .collect();
            if rows.len() >= 2 {
                // a head that is the section's heading ("Gunningscriteria
                // Weging") stays that heading, over the table's own head
                if ["gunningscriteria", "selectiecriteria", "criteria", "wensen"]
                    .contains(&fold(&c).as_str())
                {
                    out.push(c);
                    out.push(format!("Criterium\t{p}"));
                } else {
                    out.push(format!("{c}\t{p}"));
                }
                out.extend(rows.iter().map(|(t, n)| format!("{t}\t{n}")));
                i += 1 + rows.len();
                continue;
            }
        }
        out.push(lines[i].to_string());
        i += 1;
    }
    super::normalize::join_like(&out, text)
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn a_table_in_spaces_gets_tabs_before_its_points() {
        let t = "Gunningscriteria\n Criterium                         Punten\n Ervaring met omgevingsplannen  35\n Tarief                            15\n Totaal                           100\n\nContact\n";
        assert_eq!(
            repair(t),
            "Gunningscriteria\nCriterium\tPunten\nErvaring met omgevingsplannen\t35\nTarief\t15\nTotaal\t100\n\nContact\n"
        );
    }

    #[test]
    fn a_heading_over_its_weights_stays_the_heading() {
        let t = "Gunningscriteria                      Weging\nErvaring met toezicht          30%\nTarief                         70%\n";
        assert_eq!(
            repair(t),
            "Gunningscriteria\nCriterium\tWeging\nErvaring met toezicht\t30%\nTarief\t70%\n"
        );
    }

    #[test]
    fn lines_under_another_head_are_left() {
        let t =
            "Startdatum        Einddatum\n1 februari 2027   31 juli 2027\nUren              24\n";
        assert_eq!(repair(t), t);
    }
}
