//! A page in two columns copied column by column: first the labels, a
//! line each ("Opdrachtgever", "Kenmerk", "Startdatum", …), then as many
//! values in the same order ("Provincie Utrecht", "PU-INH-2026-0612",
//! "2027-01-12", …). Each value is put after its label ("Kenmerk:
//! PU-INH-2026-0612") where a run of four or more labels (or a
//! planning's steps, "Vragen") is followed by as many lines that are none;
//! any other text is returned as it came.

use super::labels::exact_label;

/// Steps of a planning that a block of labels names though the label
/// table leaves them to the planning's readers.
const STEPS: [&str; 7] = [
    "vragen",
    "vragen tot",
    "vragen stellen",
    "nota van inlichtingen",
    "gesprekken",
    "interviews",
    "publicatie",
];

/// A line that names a fact: a label the table knows or a planning's step.
fn is_name(line: &str) -> bool {
    let t = line.trim();
    t.starts_with(char::is_uppercase)
        // with its colon, as a label that is also a word ("Einde") is one here
        && (exact_label(&format!("{t}:")).is_some() || STEPS.contains(&t.to_lowercase().as_str()))
}

/// The text with each block of labels and the block of values under it
/// written as "Label: value" lines.
pub fn repair(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut i = 0;
    let mut changed = false;
    while i < lines.len() {
        let names = lines[i..].iter().take_while(|l| is_name(l)).count();
        let values = lines.get(i + names..i + 2 * names).unwrap_or(&[]);
        let paired = names >= 4
            && values.len() == names
            && values.iter().all(|v| !v.trim().is_empty() && !is_name(v));
        if paired {
            for (name, value) in lines[i..i + names].iter().zip(values) {
                out.push(format!("{}: {}", name.trim(), value.trim()));
            }
            i += 2 * names;
            changed = true;
        } else {
            // a run of names that is not paired is not paired from within
            // either: it is passed whole, so no line is read twice
            let pass = names.max(1);
            out.extend(lines[i..i + pass].iter().map(|l| l.to_string()));
            i += pass;
        }
    }
    if !changed {
        return text.to_string();
    }
    super::normalize::join_like(&out, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_then_values_are_paired() {
        let t = "Gegevens\nOpdrachtgever\nKenmerk\nStartdatum\nVragen\nProvincie Utrecht\nPU-1\n2027-01-12\ntot en met 10 december 2026\nToelichting\n";
        assert_eq!(
            repair(t),
            "Gegevens\nOpdrachtgever: Provincie Utrecht\nKenmerk: PU-1\nStartdatum: 2027-01-12\nVragen: tot en met 10 december 2026\nToelichting\n"
        );
    }

    #[test]
    fn a_menu_or_labels_with_their_values_are_left() {
        let t = "Opdrachten\nLeveranciers\nContact\nInloggen\nWelkom op de site\n";
        assert_eq!(repair(t), t);
        let t =
            "Opdrachtgever\nProvincie Utrecht\nKenmerk\nPU-1\nStartdatum\n2027-01-12\nUren\n32\n";
        assert_eq!(repair(t), t);
    }
}
