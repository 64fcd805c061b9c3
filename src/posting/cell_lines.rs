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
pub(super) const POINT_HEADS: &[&str] = &[
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
pub(super) const DATE_HEADS: &[&str] = &["datum", "wanneer", "date", "datum/tijd", "datum en tijd"];
/// Heads of the column a criterion or a step is named in.
pub(super) const NAME_HEADS: &[&str] = &[
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

pub(super) fn folded(line: &str) -> String {
    fold(line.trim().trim_end_matches(':'))
}

/// A cell of a header: short, capitalised, without digits.
pub(super) fn header_cell(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty()
        && t.chars().count() <= 30
        && t.chars().next().is_some_and(char::is_uppercase)
        && !t.chars().any(|c| c.is_ascii_digit())
}

/// A cell's points: "30", "30%", "30 punten".
pub(super) fn points(cell: &str) -> Option<u32> {
    let f = fold(cell.trim());
    let digits = f
        .trim_end_matches("punten")
        .trim_end_matches("punt")
        .trim_end_matches('%')
        .trim();
    digits.parse().ok().filter(|n| (1..=100).contains(n))
}

/// A line that is only points with their unit ("40 punten", "30%", "25 pnt").
fn points_alone(line: &str) -> Option<u32> {
    let f = fold(line.trim());
    let digits = ["punten", "punt", "pnt", "pt", "%"]
        .iter()
        .find_map(|u| f.strip_suffix(u))?
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
    // "Prijs" / "30 punten": a criterion and its points below it
    if let Some(n) = points_alone(value)
        && !field.ends_with(':')
        && field.chars().count() <= 120
        && points(field).is_none()
        && !is_label(field)
    {
        let last = out.iter().rev().find(|l| !l.trim().is_empty());
        let under_heading = last.is_some_and(|l| {
            let f = fold(l);
            l.ends_with(" punten)")
                || f.contains("gunning")
                || f.contains("criteria")
                || f.contains("wensen")
        });
        if !under_heading {
            return None;
        }
        out.push(format!("- {field} ({n} punten)"));
        return Some(j + 1 - i);
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
            .or_else(|| super::head_table::read(&lines, i, &mut out))
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
    fn tables_of_three_columns_with_blank_lines_between_cells() {
        let t = "Planning\n\nActiviteit\n\nDatum\n\nTijd\n\nVragen stellen\n\n15-12-2026\n\n12:00\n\nPublicatie nota\n\n18-12-2026\n\n–\n\nNa beoordeling volgt een gesprek.\n";
        assert_eq!(
            repair(t),
            "Planning\n\nVragen stellen: 15-12-2026 12:00\nPublicatie nota: 18-12-2026\n\nNa beoordeling volgt een gesprek.\n"
        );
        let t = "Eisen\n\nNr.\n\nOmschrijving\n\nE1\n\nAfgeronde wo-opleiding\n\nE2\n\nMinimaal 6 jaar ervaring\n\nGunningscriteria\n\nCriterium\n\nPunten\n\nG1 Ervaring\n\n30\n\nG2 Prijs\n\n70\n\nTotaal\n\n100\n\nVoorwaarden\n";
        assert_eq!(
            repair(t),
            "Eisen\n\nE1 Afgeronde wo-opleiding\nE2 Minimaal 6 jaar ervaring\n\nGunningscriteria\n\n- G1 Ervaring (30 punten)\n- G2 Prijs (70 punten)\n\nVoorwaarden\n"
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
    fn criteria_with_their_points_below_under_the_heading() {
        let t = "Gunningscriteria\n\nKwaliteit – ervaring\n\n40 punten\n\nPrijs\n\n60 punten\n\nWet DBA\n";
        assert_eq!(
            repair(t),
            "Gunningscriteria\n\n- Kwaliteit – ervaring (40 punten)\n\n- Prijs (60 punten)\n\nWet DBA\n"
        );
        // without a heading of criteria above, a line of points is left
        let t = "Score\n\n40 punten\n";
        assert_eq!(repair(t), t);
    }

    #[test]
    fn two_labels_or_values_that_are_labels_are_left() {
        let t = "Start\nEinde\n4 januari\n30 juni\n";
        assert_eq!(repair(t), t);
        let t = "Kenmerk\nSchaal\nStart\nEinde\n";
        assert_eq!(repair(t), t);
    }
}
