//! Tables a page copy flattened to one cell per line, as a browser copies
//! an HTML table without its tabs:
//!
//! - a header row of three or more known labels, one a line, followed by as
//!   many values, one a line ("Kenmerk" / "Uren per week" / "Schaal" /
//!   "SWF-INH-2026-118" / "28 - 32" / "11"): each value gets its label on a
//!   line of its own ("Kenmerk: SWF-INH-2026-118");
//! - a two-column table named by its head ("Criterium" / "Punten", "Stap" /
//!   "Datum") and then its rows as pairs of lines: a criterion with its
//!   points becomes a list item that names them ("- Ervaring … (30
//!   punten)"; the "Totaal" row is dropped), a planning step a label line
//!   ("Vragen indienen: t/m 9 december 2026, 12:00 uur");
//! - a list item's field with its value on the next line: a criterion
//!   named with its unit ("… (punten)" / "40") a list item with its points,
//!   a yes-or-no field ("VOG vereist" / "Nee") one line.
//!
//! The table ends where a line no longer fits its column. Any other text is
//! returned as it came.

use super::label_table::is_label;
use super::normalize::fold;

/// Heads of a column of points or weights.
const POINT_HEADS: &[&str] = &[
    "punten",
    "max. punten",
    "maximaal aantal punten",
    "aantal punten",
    "weging",
    "gewicht",
    "points",
    "weight",
    "score",
];
/// Heads of a column of dates.
const DATE_HEADS: &[&str] = &["datum", "wanneer", "date", "datum/tijd", "datum en tijd"];
/// Heads of the column a criterion or a step is named in.
const NAME_HEADS: &[&str] = &[
    "criterium",
    "criteria",
    "gunningscriterium",
    "omschrijving",
    "onderdeel",
    "wens",
    "stap",
    "activiteit",
    "fase",
    "moment",
    "wat",
    "criterion",
    "step",
    "activity",
];

fn folded(line: &str) -> String {
    fold(line.trim().trim_end_matches(':'))
}

/// A cell of a header: short, capitalised, without digits.
fn header_cell(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty()
        && t.chars().count() <= 30
        && t.chars().next().is_some_and(char::is_uppercase)
        && !t.chars().any(|c| c.is_ascii_digit())
}

/// A cell's points: "30", "30%", "30 punten".
fn points(cell: &str) -> Option<u32> {
    let f = fold(cell.trim());
    let digits = f
        .trim_end_matches("punten")
        .trim_end_matches("punt")
        .trim_end_matches('%')
        .trim();
    digits.parse().ok().filter(|n| (1..=100).contains(n))
}

/// Label lines for a row of labels at `i` and their values after it; the
/// number of lines read, or `None` where it is no such row.
fn label_block(lines: &[&str], i: usize, out: &mut Vec<String>) -> Option<usize> {
    let k = lines[i..]
        .iter()
        .take_while(|l| header_cell(l) && is_label(l))
        .count();
    if k < 3 {
        return None;
    }
    let values = lines.get(i + k..i + 2 * k)?;
    if values
        .iter()
        .any(|v| v.trim().is_empty() || is_label(v) || v.trim().chars().count() > 60)
    {
        return None;
    }
    for (label, value) in lines[i..i + k].iter().zip(values) {
        out.push(format!(
            "{}: {}",
            label.trim().trim_end_matches(':'),
            value.trim()
        ));
    }
    Some(2 * k)
}

/// Rows of a two-column table named by its head at `i` (see the module);
/// the number of lines read, or `None` where it is no such table.
fn pair_table(lines: &[&str], i: usize, out: &mut Vec<String>) -> Option<usize> {
    let (name, value) = (folded(lines[i]), folded(lines.get(i + 1)?));
    if !NAME_HEADS.contains(&name.as_str()) {
        return None;
    }
    let of_points = POINT_HEADS.contains(&value.as_str());
    if !of_points && !DATE_HEADS.contains(&value.as_str()) {
        return None;
    }
    let mut rows = Vec::new();
    let mut j = i + 2;
    while let (Some(a), Some(b)) = (lines.get(j), lines.get(j + 1)) {
        let (a, b) = (a.trim(), b.trim());
        if a.is_empty() || b.is_empty() {
            break;
        }
        if of_points {
            let Some(n) = points(b) else { break };
            if !["totaal", "total"].contains(&fold(a).as_str()) {
                rows.push(format!("- {a} ({n} punten)"));
            }
        } else {
            if !b.chars().any(|c| c.is_ascii_digit()) || a.chars().count() > 40 {
                break;
            }
            rows.push(format!("{a}: {b}"));
        }
        j += 2;
    }
    if rows.is_empty() {
        return None;
    }
    out.extend(rows);
    Some(j - i)
}

/// The next line with text after `i`, over one blank line: its index.
fn next_value(lines: &[&str], i: usize) -> Option<usize> {
    (i + 1..lines.len().min(i + 3)).find(|&j| !lines[j].trim().is_empty())
}

/// A list's field and its value on the next line (over a blank line), as a
/// SharePoint item or a form prints them: a criterion named with its unit
/// ("Gunningscriterium 1 – Ervaring (punten)" / "40") becomes a list item
/// that names its points, under a "Gunningscriteria" heading before the
/// first; a yes-or-no field ("VOG vereist" / "Nee") one line.
fn stacked_field(lines: &[&str], i: usize, out: &mut Vec<String>) -> Option<usize> {
    let field = lines[i].trim();
    let j = next_value(lines, i)?;
    let value = lines[j].trim();
    let lower = fold(field);
    for unit in ["(punten)", "(points)", "(weging)", "(%)"] {
        if let Some(name) = lower.strip_suffix(unit).map(|n| field[..n.len()].trim())
            && let Some(n) = points(value)
        {
            let name = CRITERION_NUMBER.replace(name, "");
            let last = out.iter().rev().find(|l| !l.trim().is_empty());
            if !last.is_some_and(|l| l.ends_with(" punten)")) {
                out.push("Gunningscriteria".to_string());
            }
            out.push(format!("- {name} ({n} punten)"));
            return Some(j + 1 - i);
        }
    }
    let yes_no = ["ja", "nee", "yes", "no"].contains(&fold(value).as_str());
    let short = field.split_whitespace().count() <= 6
        && !field.contains(':')
        && !field.ends_with(['.', '?', '!']);
    (yes_no && short).then(|| {
        out.push(format!("{field}: {value}"));
        j + 1 - i
    })
}

/// "Gunningscriterium 1 – ", "W2: ": a criterion's number before its name.
static CRITERION_NUMBER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)^(?:gunningscriterium|criterium|wens|[gw])\s*\d{1,2}\s*[–:-]\s*")
        .expect("static pattern")
});

/// The text with every flattened table written as labels and list items
/// (see the module).
pub fn repair(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut i = 0;
    let mut changed = false;
    while i < lines.len() {
        let read = label_block(&lines, i, &mut out)
            .or_else(|| pair_table(&lines, i, &mut out))
            .or_else(|| stacked_field(&lines, i, &mut out));
        match read {
            Some(n) => {
                changed = true;
                i += n;
            }
            None => {
                out.push(lines[i].to_string());
                i += 1;
            }
        }
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
    fn a_row_of_labels_and_its_values_one_a_line() {
        let t =
            "Kerngegevens\nKenmerk\nUren per week\nSchaal\nSWF-1\n28 - 32\n11\nOver de opdracht\n";
        assert_eq!(
            repair(t),
            "Kerngegevens\nKenmerk: SWF-1\nUren per week: 28 - 32\nSchaal: 11\nOver de opdracht\n"
        );
    }

    #[test]
    fn criteria_and_their_points_in_pairs_of_lines() {
        let t = "Gunningscriteria\nCriterium\nPunten\nErvaring met X\n30\nUurtarief\n70%\nTotaal\n100\nPlanning\n";
        assert_eq!(
            repair(t),
            "Gunningscriteria\n- Ervaring met X (30 punten)\n- Uurtarief (70 punten)\nPlanning\n"
        );
    }

    #[test]
    fn planning_steps_and_their_dates() {
        let t = "Stap\nDatum\nVragen indienen\nt/m 9 december 2026\nSluitingsdatum\n14 december 2026, 09:00 uur\nWet DBA\n";
        assert_eq!(
            repair(t),
            "Vragen indienen: t/m 9 december 2026\nSluitingsdatum: 14 december 2026, 09:00 uur\nWet DBA\n"
        );
    }

    #[test]
    fn a_list_items_fields_with_their_values_below() {
        let t = "Gunningscriterium 1 – Ervaring (punten)\n40\n\nGunningscriterium 2 – Prijs (punten)\n60\n\nVOG vereist\nNee\n";
        assert_eq!(
            repair(t),
            "Gunningscriteria\n- Ervaring (40 punten)\n\n- Prijs (60 punten)\n\nVOG vereist: Nee\n"
        );
    }

    #[test]
    fn two_labels_or_values_that_are_labels_are_left() {
        let t = "Start\nEinde\n4 januari\n30 juni\n";
        assert_eq!(repair(t), t);
        let t = "Kenmerk\nSchaal\nStart\nEinde\n";
        assert_eq!(repair(t), t);
    }
}
