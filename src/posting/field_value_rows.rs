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
    "onderdeel",
];
const VALUE_HEADS: &[&str] = &["waarde", "value", "gegevens", "inhoud", "invulling"];

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
    let headed = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .take(HEAD_LINES)
        .find_map(|(i, l)| Some((i, head_separator(l)?)));
    // a head that names a column of remarks keeps them; rows found by
    // their labels keep field and value only (the other columns are a
    // bidder's answers, "aangeboden: € 94,75")
    let has_head = headed.is_some();
    let (first_row, sep, remarks) = match headed {
        Some((at, (sep, remarks))) => (at + 1, sep, remarks),
        None => {
            let (at, sep) = labelled_rows(text)?;
            (at, sep, false)
        }
    };
    let offset = text
        .lines()
        .take(first_row)
        .map(|l| l.len() + 1)
        .sum::<usize>();
    let at = first_row;
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
    let mut out: Vec<String> = text
        .lines()
        .take(at.saturating_sub(usize::from(headed.is_some())))
        .map(str::to_string)
        .collect();
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
            // a section's row ("1. ALGEMEEN";;;, "Gunningscriteria;;Punten"
            // with the head of its weights' column) heads what follows
            // (a label left empty, "Schaal;;", is no section)
            let weights_head =
                ["punten", "weging", "gewicht", "score", "weight"].contains(&fold(&remark).trim());
            if (remark.is_empty() || weights_head)
                && !field.is_empty()
                && super::labels::exact_label(&format!("{field}:")).is_none()
            {
                heading = None;
                out.push(String::new());
                out.push(field.to_string());
            }
            continue;
        }
        // a criterion's weight may stand in a third column the head does
        // not name ("Gunningscriterium 1;\"Ervaring …\";30" under "Veld;Waarde")
        // (rows found without a head keep only field and value: their
        // other columns are a bidder's answers)
        let weight_cell = if has_head {
            remark.clone()
        } else {
            String::new()
        };
        let remark = if remarks { remark } else { String::new() };
        let key = fold(field).replace(['-', ' '], "_");
        if let Some((title, n)) = criterion(&key) {
            if heading != Some(title) {
                out.push(String::new());
                out.push(format!("{title}:"));
                heading = Some(title);
            }
            match weight(&weight_cell) {
                Some(points) => out.push(format!("{n}. {value} ({points} punten)")),
                None => out.push(format!("{n}. {value}")),
            }
            continue;
        }
        // an item's code under a section row ("K1", "G2"): a numbered item
        if let Some(n) = item_number(field) {
            match weight(&weight_cell) {
                Some(points) => out.push(format!("{n}. {value} ({points} punten)")),
                None => out.push(format!("{n}. {}", value.replace('\n', " "))),
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
/// by tabs is read as a copied table, [`super::cell_rows`]), and whether
/// its third column holds remarks on the value.
fn head_separator(line: &str) -> Option<(u8, bool)> {
    [b';', b','].into_iter().find_map(|sep| {
        let cells: Vec<String> = line
            .split(sep as char)
            .map(|c| fold(c.trim().trim_matches('"')))
            .collect();
        ((2..=4).contains(&cells.len())
            && FIELD_HEADS.contains(&cells[0].as_str())
            && VALUE_HEADS.contains(&cells[1].as_str()))
        .then(|| {
            let remarks = cells.get(2).is_some_and(|c| {
                [
                    "toelichting",
                    "opmerking",
                    "opmerkingen",
                    "remark",
                    "note",
                    "notes",
                ]
                .contains(&c.as_str())
            });
            (sep, remarks)
        })
    })
}

/// Rows of a field and its value without a head ("\"Functietitel\";\"Projectleider
/// …\";;\"ok\""): five or more lines near the top whose first cell is a
/// label; the rows start at the first line of their block.
fn labelled_rows(text: &str) -> Option<(usize, u8)> {
    let lines: Vec<&str> = text.lines().take(40).collect();
    [b';', b','].into_iter().find_map(|sep| {
        let labelled = |l: &str| {
            l.contains(sep as char)
                && l.split(sep as char).next().is_some_and(|c| {
                    let c = c.trim().trim_matches('"').trim();
                    !c.is_empty() && super::labels::exact_label(&format!("{c}:")).is_some()
                })
        };
        if lines.iter().filter(|l| labelled(l)).count() < 5 {
            return None;
        }
        let mut at = lines.iter().position(|l| labelled(l))?;
        while at > 0 && lines[at - 1].contains(sep as char) && !lines[at - 1].trim().is_empty() {
            at -= 1;
        }
        Some((at, sep))
    })
}

/// The number of an item's code ("K1", "G12", "E3"), as criteria rows
/// name their items.
fn item_number(field: &str) -> Option<u32> {
    let letters = field.bytes().take_while(u8::is_ascii_uppercase).count();
    let digits = &field[letters..];
    ((1..=2).contains(&letters) && (1..=2).contains(&digits.len()))
        .then(|| digits.parse().ok())
        .flatten()
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
    fn rows_of_labels_and_values_without_a_head() {
        let t = "\"AANVRAAGFORMULIER\";;;\n;;;\n\"Onderdeel\";\"Gegevens aanvraag\";\"Reactie leverancier\"\n\"1. ALGEMEEN\";;;\n\"Functietitel\";\"Projectleider Ondermijning\";;\"ok\"\n\"Standplaats\";\"Stadhuis Sittard\";\"woont in Geleen\";\"ok\"\n\"Einddatum\";\"16-7-2027\";;\n\"Uren per week\";\"32\";\"32 (ma-do)\";\"ok\"\n\"Maximum uurtarief\";\"€ 97,00\";\"aangeboden: € 94,75\";\"ok\"\n\"EISEN\";;;\n\"K1\";\"Afgeronde hbo-opleiding.\";\"ja\";\"ok\"\n";
        let out = rows(t).unwrap_or_default();
        assert!(
            out.contains("\nFunctietitel: Projectleider Ondermijning\n"),
            "{out}"
        );
        assert!(out.contains("\nMaximum uurtarief: € 97,00\n"), "{out}");
        assert!(
            out.contains("\nEISEN\n1. Afgeronde hbo-opleiding.\n"),
            "{out}"
        );
    }

    #[test]
    fn other_text_is_left() {
        assert_eq!(rows("Titel;Adviseur;Gemeente\nA;B;C\n"), None);
        assert_eq!(rows("Veld en waarde zijn woorden.\n"), None);
    }

    #[test]
    fn a_weight_in_a_column_the_head_does_not_name() {
        let t = "Veld;Waarde\nTitel;Adviseur Inkoop\nEis 1;\"Hbo\"\nGunningscriterium 1;\"Ervaring met aanbestedingen\";30\nGunningscriterium 2;\"Prijs\";70\n";
        let out = rows(t).unwrap_or_default();
        assert!(
            out.contains("1. Ervaring met aanbestedingen (30 punten)\n2. Prijs (70 punten)"),
            "{out}"
        );
    }
}
