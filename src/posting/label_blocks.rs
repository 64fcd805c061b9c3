//! A page in two columns copied column by column: first the labels, a
//! line each ("Opdrachtgever", "Kenmerk", "Startdatum", …), then as many
//! values in the same order ("Provincie Utrecht", "PU-INH-2026-0612",
//! "2027-01-12", …). Each value is put after its label ("Kenmerk:
//! PU-INH-2026-0612") where a run of four or more labels (or a
//! planning's steps, "Vragen") is followed by as many lines that are none.
//! Up to three captions the table does not know may stand before, among or
//! after the labels ("Afdeling", "Selectiegesprekken"); where the pairing
//! is in doubt, the one whose values have their labels' forms is taken.
//! Any other text is returned as it came.

use super::labels::{Field, exact_label};
use super::normalize::fold;

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
pub fn is_name(line: &str) -> bool {
    let t = line.trim();
    t.starts_with(char::is_uppercase)
        // with its colon, as a label that is also a word ("Einde") is one here
        && (exact_label(&format!("{t}:")).is_some() || STEPS.contains(&t.to_lowercase().as_str()))
}

/// A short line that may name a fact the table does not know
/// ("Afdeling"): a capitalised word or three without figures or a stop.
fn is_caption(line: &str) -> bool {
    let t = line.trim();
    t.starts_with(char::is_uppercase)
        && (1..=3).contains(&t.split_whitespace().count())
        && !t.contains(|c: char| c.is_ascii_digit() || matches!(c, ':' | '.' | ',' | '|'))
}

/// How many values do not have their label's form: a date, a number or an
/// amount written without a figure, or a name or a place opening with one.
fn misfits(names: &[&str], values: &[&str]) -> usize {
    names
        .iter()
        .zip(values)
        .filter(|(name, value)| {
            let t = name.trim();
            let field = exact_label(&format!("{t}:"));
            let figured = value.contains(|c: char| c.is_ascii_digit());
            let v = value.trim();
            // a code ("PO-2026-7731"): capitals and figures, no word
            let code = figured
                && !v.contains(' ')
                && v.chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || "-/_.".contains(c));
            match field {
                // a date where a day is asked, or soon
                Some(Field::Start | Field::End | Field::DeadlineDate | Field::Published) => {
                    let f = fold(v);
                    super::dates::first_date(v).is_none()
                        && !["z.s.m", "zsm", "per direct", "asap", "week"]
                            .iter()
                            .any(|w| f.contains(w))
                }
                Some(Field::Hours | Field::Rate | Field::Scale) => {
                    !figured && !fold(v).contains("z.s.m")
                }
                Some(Field::Organisation | Field::Location | Field::Title) => {
                    v.starts_with(|c: char| c.is_ascii_digit()) || code
                }
                Some(Field::Region) => figured,
                Some(Field::RequestNumber) => !figured,
                _ if STEPS.contains(&t.to_lowercase().as_str()) => !figured,
                _ => false,
            }
        })
        .count()
}

/// The text with each block of labels and the block of values under it
/// written as "Label: value" lines.
pub fn repair(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut i = 0;
    let mut changed = false;
    // the lines from here on were passed as they came, a line to a line
    let mut verbatim_since = 0;
    while i < lines.len() {
        // the run of names, with a few captions among or after them
        // ("Kenmerk" / "Afdeling" / "Werklocatie" … "Selectiegesprekken"),
        // as a document set in two columns copies its labels
        let run = if is_name(lines[i]) {
            lines[i..]
                .iter()
                .take_while(|l| is_name(l) || is_caption(l))
                .count()
        } else {
            0
        };
        let known = |n: usize| lines[i..i + n].iter().filter(|l| is_name(l)).count();
        let fits = |n: usize| known(n) >= 4 && n - known(n) <= 3;
        let paired = |from: usize, n: usize| {
            let values = lines.get(i + n..i + n + (i - from) + n)?;
            (fits(n)
                && values.len() == n + (i - from)
                && values.iter().all(|v| !v.trim().is_empty() && !is_name(v)))
            .then_some(values)
        };
        // a caption the table does not know may head the run ("Afdeling"):
        // it is a label of its own where the values then fit their labels
        // better, as "1 februari 2027" fits "Aanvang"; a caption that ends
        // the run may be the first value instead
        let trailing = lines[i..i + run]
            .iter()
            .rev()
            .take_while(|l| !is_name(l))
            .count()
            .min(2);
        // where no caption stands among the names, one after them is more
        // likely the first value; where one does, another label
        let among = lines[i..i + run - trailing].iter().any(|l| !is_name(l));
        let best = (i.saturating_sub(2)..=i)
            .filter(|f| *f >= verbatim_since && lines[*f..i].iter().all(|l| is_caption(l)))
            .flat_map(|f| (0..=trailing).map(move |cut| (f, run - cut)))
            .filter_map(|(f, n)| {
                let misses = misfits(&lines[f..i + n], paired(f, n)?);
                let cut = run - n;
                Some((
                    (f, n),
                    (misses, if among { cut } else { trailing - cut }, i - f),
                ))
            })
            .min_by_key(|(_, key)| *key)
            .map(|(at, _)| at);
        let names = best.map_or(run, |(_, n)| n);
        let from = best.map(|(f, _)| f);
        if let Some(from) = from
            && let Some(values) = paired(from, names)
        {
            out.truncate(out.len() - (i - from));
            for (name, value) in lines[from..i + names].iter().zip(values) {
                out.push(format!("{}: {}", name.trim(), value.trim()));
            }
            i += names + values.len();
            verbatim_since = i;
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
    fn captions_among_and_after_the_names_are_labels_too() {
        let t = "Adviseur Grondzaken\nKenmerk\nAfdeling\nProvincie\nBeoogde start\nEinddatum\nUren per week\nSelectiegesprekken\nSD/1\nGrondzaken en Vastgoed\nZeeland\n15 februari 2027\n14 augustus 2027\n20\nwoensdag 13 januari\nAchtergrond\n";
        assert_eq!(
            repair(t),
            "Adviseur Grondzaken\nKenmerk: SD/1\nAfdeling: Grondzaken en Vastgoed\nProvincie: Zeeland\nBeoogde start: 15 februari 2027\nEinddatum: 14 augustus 2027\nUren per week: 20\nSelectiegesprekken: woensdag 13 januari\nAchtergrond\n"
        );
        // names alone, then a value shaped as a caption: it is a value
        let t = "Opdrachtgever\nKenmerk\nStartdatum\nUren per week\nProvincie Utrecht\nPU-1\n12-01-2027\n32\nOver de opdracht\n";
        assert_eq!(
            repair(t),
            "Opdrachtgever: Provincie Utrecht\nKenmerk: PU-1\nStartdatum: 12-01-2027\nUren per week: 32\nOver de opdracht\n"
        );
    }

    #[test]
    fn a_caption_the_table_does_not_know_is_paired_where_the_values_fit() {
        let t = "1. Kerngegevens\nAfdeling\nOpdrachtgever\nAanvang\nUren per week\nMaximaal uurtarief\nVeiligheid\nteamleider OOV\n1 februari 2027\n32\n€ 102,00\n2. Aanleiding\n";
        assert_eq!(
            repair(t),
            "1. Kerngegevens\nAfdeling: Veiligheid\nOpdrachtgever: teamleider OOV\nAanvang: 1 februari 2027\nUren per week: 32\nMaximaal uurtarief: € 102,00\n2. Aanleiding\n"
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
