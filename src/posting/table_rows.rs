//! A table copied with its header row: a row of labels apart by tabs
//! ("Nr.\tTitel\tOrganisatie\tUren p/w\tStart\tSluit"), or a spreadsheet's
//! export apart by semicolons with quoted cells, and under it a row of
//! values in the same columns. Each value gets its column's name on a line
//! of its own ("Titel: Jurist omgevingsrecht"), so the labels are read as if
//! the page had listed them; any other text is returned as it came.

use super::label_table::LABELS;
use super::normalize::fold;

/// Column names that are labels only at the head of a table.
const HEAD_ONLY: &[(&str, &str)] = &[("nr", "Aanvraagnummer"), ("nummer", "Aanvraagnummer")];

/// The label a header cell names, as the label table spells it.
fn label_of(cell: &str) -> Option<String> {
    // "Max tarief (excl. btw)": the name without its note
    let cell = match cell.find(" (") {
        Some(i) if cell.trim_end().ends_with(')') => &cell[..i],
        _ => cell,
    };
    let f = fold(cell.trim());
    let f = f.trim_end_matches(['.', ':']).trim();
    if f.is_empty() {
        return None;
    }
    if let Some((_, name)) = HEAD_ONLY.iter().find(|(k, _)| *k == f) {
        return Some((*name).to_string());
    }
    LABELS
        .iter()
        .any(|(spelling, _)| *spelling == f)
        .then(|| cell.trim().trim_end_matches([':']).to_string())
}

/// The cells of a row apart by `sep`; quotes around a cell (a spreadsheet's
/// export) are read as CSV quotes.
fn cells(line: &str, sep: u8) -> Vec<String> {
    let mut c: Vec<String> = if sep == b'\t' {
        line.split('\t').map(|s| s.trim().to_string()).collect()
    } else {
        csv::ReaderBuilder::new()
            .delimiter(sep)
            .has_headers(false)
            .flexible(true)
            .from_reader(line.as_bytes())
            .records()
            .next()
            .and_then(Result::ok)
            .map(|r| r.iter().map(|s| s.trim().to_string()).collect())
            .unwrap_or_default()
    };
    while c.last().is_some_and(|s| s.is_empty()) {
        c.pop();
    }
    c
}

/// The separator of a header row: a tab, or a semicolon in a line of three
/// or more without tabs.
fn separator(line: &str) -> Option<u8> {
    if line.contains('\t') {
        Some(b'\t')
    } else if line.matches(';').count() >= 3 {
        Some(b';')
    } else {
        None
    }
}

/// Rewrites each header row and the row under it as "Label: value" lines.
pub fn repair(text: &str) -> String {
    if !text.contains(['\t', ';']) {
        return text.to_string();
    }
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let Some(sep) = separator(lines[i]) else {
            out.push(lines[i].to_string());
            i += 1;
            continue;
        };
        let head = cells(lines[i], sep);
        let labels: Vec<Option<String>> = head.iter().map(|c| label_of(c)).collect();
        let known = labels.iter().filter(|l| l.is_some()).count();
        let values = lines.get(i + 1).map(|l| cells(l, sep)).unwrap_or_default();
        if head.len() >= 3
            && known >= 3
            && known * 10 >= head.len() * 6
            && values.len() >= head.len().saturating_sub(1)
            && values.len() <= head.len() + 1
        {
            // every column keeps its name: one the label table does not
            // know ("Vragen tot", "Gesprekken") is read as a sentence is
            for ((name, label), value) in head.iter().zip(&labels).zip(&values) {
                let name = label.as_deref().unwrap_or(name);
                if !value.is_empty() && !name.is_empty() {
                    out.push(format!("{name}: {value}"));
                }
            }
            // a value past the last column ("nog 5 dagen") stays as text
            for extra in values.iter().skip(head.len()) {
                out.push(extra.clone());
            }
            i += 2;
            continue;
        }
        out.push(lines[i].to_string());
        i += 1;
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_header_row_labels_the_row_under_it() {
        let t = "Openstaande aanvragen\nNr.\tTitel\tOrganisatie\tUren p/w\tStart\tSluit\t\nIMH-26-0931\tJurist omgevingsrecht\tGemeente Waddinxveen\t16-20\t1.2.2027\t7.12.2026\tnog 5 dagen\nAanvraagdetails";
        assert_eq!(
            repair(t),
            "Openstaande aanvragen\nAanvraagnummer: IMH-26-0931\nTitel: Jurist omgevingsrecht\nOrganisatie: Gemeente Waddinxveen\nUren p/w: 16-20\nStart: 1.2.2027\nSluit: 7.12.2026\nnog 5 dagen\nAanvraagdetails"
        );
    }

    #[test]
    fn label_and_value_rows_are_left_alone() {
        let t = "Functietitel\tAdviseur Waterkwaliteit\nStartdatum\t04-01-2027\nSchaal\t10";
        assert_eq!(repair(t), t);
    }

    #[test]
    fn a_spreadsheet_row_under_its_header() {
        let t = "Aanvraagnr;Opdrachtgever;Functie;Regio;Start;Uren p/w;Max tarief (excl. btw);Vragen tot\nGZ-2026-031;GGD Gelderland-Zuid;Epidemioloog;Gelderland;18-1-2027;28-32;\"87,50\";\"4-12-2026 12:00\"";
        assert_eq!(
            repair(t),
            "Aanvraagnr: GZ-2026-031\nOpdrachtgever: GGD Gelderland-Zuid\nFunctie: Epidemioloog\nRegio: Gelderland\nStart: 18-1-2027\nUren p/w: 28-32\nMax tarief: 87,50\nVragen tot: 4-12-2026 12:00"
        );
    }
}
