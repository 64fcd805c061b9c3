//! An export of one posting as rows of a field, its value and a remark,
//! under a head such as "Veld;Waarde;Toelichting" (a procurement system's
//! CSV, apart by semicolons or commas, with quoted cells of several
//! lines): each row becomes the line a page would print ("Sluitingsdatum:
//! 2026-12-17 10:00:00", "Uiterste datum vragen: 2026-12-09 12:00:00 (via
//! de berichtenmodule)"), and numbered criteria rows ("Eis 1", "Gunningscriterium
//! 2" with "Weging 30") a numbered list under their heading.

use super::field_keys::criterion;
use super::normalize::fold;
use std::borrow::Cow;

/// Heads of the column of field names, and of the column of their values.
const FIELD_HEADS: &[&str] = &[
    "veld",
    "field",
    "kenmerk",
    "gegeven",
    "eigenschap",
    "property",
];
const VALUE_HEADS: &[&str] = &["waarde", "value", "gegevens", "inhoud"];

/// How near the top the head row stands (after a title or an export's
/// own lines).
const HEAD_LINES: usize = 5;

/// The cells of a CSV text's records, apart by `sep`.
fn records(text: &str, sep: u8) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .delimiter(sep)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
        .records()
        .map_while(Result::ok)
        .map(|r| r.iter().map(|c| c.trim().to_string()).collect())
        .collect()
}

/// The text with a field-and-value export's rows as labelled lines; any
/// other text as it came.
pub fn repair(text: &str) -> Cow<'_, str> {
    rows(text).map_or(Cow::Borrowed(text), Cow::Owned)
}

fn rows(text: &str) -> Option<String> {
    let (at, head) = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .take(HEAD_LINES)
        .find(|(_, l)| head_separator(l).is_some())?;
    let sep = head_separator(head)?;
    let offset = text
        .lines()
        .take(at + 1)
        .map(|l| l.len() + 1)
        .sum::<usize>();
    let rest = text.get(offset.min(text.len())..)?;
    // the rows run to the first blank line outside a quoted cell
    let mut quotes = 0;
    let mut end = rest.len();
    let mut pos = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim().is_empty() && quotes % 2 == 0 {
            end = pos;
            break;
        }
        quotes += line.matches('"').count();
        pos += line.len();
    }
    let (body, after) = rest.split_at(end);
    let mut out: Vec<String> = text.lines().take(at).map(str::to_string).collect();
    let mut heading: Option<&str> = None;
    for cells in records(body, sep) {
        let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
        let (field, value, remark) = match cells.as_slice() {
            [f, v, rest @ ..] => (
                *f,
                *v,
                rest.iter()
                    .copied()
                    .filter(|r| !r.is_empty())
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            [one] => {
                heading = None;
                out.push((*one).to_string());
                continue;
            }
            [] => continue,
        };
        if value.is_empty() {
            continue;
        }
        let key = fold(field).replace(['-', ' '], "_");
        if let Some((title, n)) = criterion(&key) {
            if heading != Some(title) {
                out.push(String::new());
                out.push(format!("{title}:"));
                heading = Some(title);
            }
            match weight(&remark) {
                Some(points) => out.push(format!("{n}. {value} ({points} punten)")),
                None => out.push(format!("{n}. {value}")),
            }
            continue;
        }
        if heading.take().is_some() {
            out.push(String::new());
        }
        let value = value.replace('\n', " ");
        if remark.is_empty() {
            out.push(format!("{field}: {value}"));
        } else {
            out.push(format!("{field}: {value} ({remark})"));
        }
    }
    let mut joined = out.join("\n") + "\n";
    joined.push_str(after);
    Some(joined)
}

/// The separator of a head row "Veld;Waarde[;Toelichting]" (a table apart
/// by tabs is read as a copied table, [`super::cell_rows`]).
fn head_separator(line: &str) -> Option<u8> {
    [b';', b','].into_iter().find(|&sep| {
        let cells: Vec<String> = line
            .split(sep as char)
            .map(|c| fold(c.trim().trim_matches('"')))
            .collect();
        (2..=4).contains(&cells.len())
            && FIELD_HEADS.contains(&cells[0].as_str())
            && VALUE_HEADS.contains(&cells[1].as_str())
    })
}

/// A criterion's weight from its remark ("Weging 35", "35 punten", "35").
fn weight(remark: &str) -> Option<u32> {
    let f = fold(remark);
    let f = f.trim();
    let rest = ["weging", "gewicht", "punten"]
        .iter()
        .find_map(|p| f.strip_prefix(p))
        .unwrap_or(f)
        .trim_start_matches([' ', ':']);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let tail = rest[digits..].trim();
    (digits > 0 && ["", "punten", "pnt", "%"].contains(&tail))
        .then(|| rest[..digits].parse().ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::rows;

    #[test]
    fn a_field_value_export_is_read_as_labels() {
        let t = "Veld;Waarde;Toelichting\nTitel;Adviseur Watersysteem;\nUiterste datum vragen;2026-12-09 12:00:00;via de berichtenmodule\nSchaal;;\nOmschrijving;\"Het waterschap beheert.\nJe werkt samen.\";\nEis 1;Afgeronde hbo-opleiding.;Knock-out\nEis 2;Vier jaar ervaring.;Knock-out\nGunningscriterium 1;Ervaring met KRW;Weging 35\nGunningscriterium 2;Prijs;Weging 65\nVOG vereist;Nee;\n\nBlad 2\nNr;Criterium;Soort;Weging\n";
        assert_eq!(
            rows(t).as_deref(),
            Some(
                "Titel: Adviseur Watersysteem\nUiterste datum vragen: 2026-12-09 12:00:00 (via de berichtenmodule)\nOmschrijving: Het waterschap beheert. Je werkt samen.\n\nEisen:\n1. Afgeronde hbo-opleiding.\n2. Vier jaar ervaring.\n\nGunningscriteria:\n1. Ervaring met KRW (35 punten)\n2. Prijs (65 punten)\n\nVOG vereist: Nee\n\nBlad 2\nNr;Criterium;Soort;Weging\n"
            )
        );
    }

    #[test]
    fn other_text_is_left() {
        assert_eq!(rows("Titel;Adviseur;Gemeente\nA;B;C\n"), None);
        assert_eq!(rows("Veld en waarde zijn woorden.\n"), None);
    }
}
