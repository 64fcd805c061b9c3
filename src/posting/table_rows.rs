//! A table copied with its header row: a row of labels apart by tabs
//! ("Nr.\tTitel\tOrganisatie\tUren p/w\tStart\tSluit") and under it a row
//! of values in the same columns. Each value gets its label on a line of
//! its own ("Titel: Jurist omgevingsrecht"), so the labels are read as if
//! the page had listed them; any other text is returned as it came.

use super::label_table::LABELS;
use super::normalize::fold;

/// Column names that are labels only at the head of a table.
const HEAD_ONLY: &[(&str, &str)] = &[("nr", "Aanvraagnummer"), ("nummer", "Aanvraagnummer")];

/// The label a header cell names, as the label table spells it.
fn label_of(cell: &str) -> Option<String> {
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

fn cells(line: &str) -> Vec<&str> {
    let mut c: Vec<&str> = line.split('\t').map(str::trim).collect();
    while c.last().is_some_and(|s| s.is_empty()) {
        c.pop();
    }
    c
}

/// Rewrites each header row and the row under it as "Label: value" lines.
pub fn repair(text: &str) -> String {
    if !text.contains('\t') {
        return text.to_string();
    }
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let head = cells(lines[i]);
        let labels: Vec<Option<String>> = head.iter().map(|c| label_of(c)).collect();
        let known = labels.iter().filter(|l| l.is_some()).count();
        let values = lines.get(i + 1).map(|l| cells(l)).unwrap_or_default();
        if head.len() >= 3
            && known >= 3
            && known * 10 >= head.len() * 6
            && values.len() >= head.len().saturating_sub(1)
            && values.len() <= head.len() + 1
        {
            for (label, value) in labels.iter().zip(&values) {
                if let Some(label) = label
                    && !value.is_empty()
                {
                    out.push(format!("{label}: {value}"));
                }
            }
            // a value past the last column ("nog 5 dagen") stays as text
            for extra in values.iter().skip(head.len()) {
                out.push((*extra).to_string());
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
}
