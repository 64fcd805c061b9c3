//! A table copied with its header row: a row of labels apart by tabs
//! ("Nr.\tTitel\tOrganisatie\tUren p/w\tStart\tSluit"), or a spreadsheet's
//! export apart by semicolons with quoted cells, and under it a row of
//! values in the same columns. Each value gets its column's name on a line
//! of its own ("Titel: Jurist omgevingsrecht"), so the labels are read as if
//! the page had listed them; any other text is returned as it came. An
//! export may declare its separator on a first `sep=;` line, hold a cell
//! of several lines in quotes (a description with its criteria) and give a
//! range in two columns ("Uren p/w min", "Uren p/w max"). A Markdown
//! table's rows are read as tab-separated cells.

use super::label_table::LABELS;
use super::normalize::fold;

/// Column names that are labels only at the head of a table.
const HEAD_ONLY: &[(&str, &str)] = &[
    ("nr", "Aanvraagnummer"),
    ("nummer", "Aanvraagnummer"),
    ("naam", "Functie"),
    ("name", "Functie"),
];

/// The label a header cell names, as the label table spells it; a column
/// of a range's one end ("Uren p/w min") is its stem's label.
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
    let f = range_end(f).map_or(f, |(stem, _)| stem);
    LABELS
        .iter()
        .any(|(spelling, _)| *spelling == f)
        .then(|| cell.trim().trim_end_matches([':']).to_string())
}

/// A column that holds one end of a range: ("uren p/w", false) for "uren
/// p/w min", ("uren p/w", true) for "uren p/w max".
fn range_end(name: &str) -> Option<(&str, bool)> {
    [
        (" min", false),
        (" min.", false),
        (" max", true),
        (" max.", true),
    ]
    .iter()
    .find_map(|(suffix, upper)| Some((name.strip_suffix(suffix)?.trim_end(), *upper)))
    .filter(|(stem, _)| !stem.is_empty())
}

/// The cells of a row apart by `sep`; quotes around a cell (a spreadsheet's
/// export) are read as CSV quotes, so a quoted cell may hold line breaks.
fn cells(line: &str, sep: u8) -> Vec<String> {
    let mut c: Vec<String> = if sep == b'\t' && !line.contains("\t\"") {
        line.split('\t')
            .map(|s| s.trim().trim_start_matches('\u{feff}').to_string())
            .collect()
    } else {
        csv::ReaderBuilder::new()
            .delimiter(sep)
            .has_headers(false)
            .flexible(true)
            .from_reader(line.as_bytes())
            .records()
            .next()
            .and_then(Result::ok)
            .map(|r| {
                r.iter()
                    .map(|s| s.trim().trim_start_matches('\u{feff}').to_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    while c.last().is_some_and(|s| s.is_empty()) {
        c.pop();
    }
    c
}

/// The separator of a header row: a tab, or a semicolon in a line of three
/// or more without tabs (or the one a `sep=` line declared), or near the
/// top of the text a comma in a line of five or more cells without a
/// sentence's full stop (a CSV export's header, "Naam,Opdrachtgever,…").
fn separator(line: &str, declared: Option<u8>, at: usize) -> Option<u8> {
    if let Some(d) = declared
        && line.bytes().filter(|b| *b == d).count() >= 2
    {
        Some(d)
    } else if line.contains('\t') {
        Some(b'\t')
    } else if line.matches(';').count() >= 3 {
        Some(b';')
    } else if at < CSV_HEAD_LINES && line.matches(',').count() >= 4 && !has_full_stop(line) {
        Some(b',')
    } else {
        None
    }
}

/// Whether a line holds a sentence's full stop (". De"), not an
/// abbreviation's dot in a column name ("Max. tarief", "Max rate (excl.
/// VAT)").
fn has_full_stop(line: &str) -> bool {
    const ABBREVIATIONS: [&str; 10] = [
        "excl", "incl", "max", "min", "ca", "nr", "bijv", "evt", "resp", "vs",
    ];
    line.match_indices(". ").any(|(i, _)| {
        let word = line[..i]
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        line[i + 2..].starts_with(char::is_uppercase)
            && !ABBREVIATIONS.contains(&word.to_lowercase().as_str())
    })
}

/// How near the top a CSV export's header row stands (after a title line
/// or an app's own lines).
const CSV_HEAD_LINES: usize = 40;

/// A spreadsheet's `sep=;` line, which declares the export's separator.
fn declared_separator(line: &str) -> Option<u8> {
    let rest = line.trim().strip_prefix("sep=")?;
    match rest.as_bytes() {
        [b] if matches!(b, b';' | b',' | b'\t' | b'|') => Some(*b),
        _ => None,
    }
}

/// How many lines from `from` the row takes: a quoted cell may run over
/// lines, up to the line that closes its quote.
fn row_lines(lines: &[&str], from: usize, sep: u8) -> usize {
    // a spreadsheet's copy quotes a cell of several lines ("\t\"Je werkt…")
    let opens = format!("{}\"", sep as char);
    let quoted_cell = |l: &str| l.trim_start().starts_with('"') || l.contains(opens.as_str());
    if !quoted_cell(lines[from]) {
        return 1;
    }
    let mut quotes = 0;
    for (n, l) in lines[from..].iter().enumerate() {
        quotes += l.matches('"').count();
        if quotes % 2 == 0 {
            return n + 1;
        }
    }
    // a copy cut inside a quoted cell: the cell runs to the end
    lines.len() - from
}

/// "Label: value" lines of a header row's cells and the row's values; the
/// two ends of a range in two columns ("Uren p/w min", "Uren p/w max") are
/// one value ("Uren p/w: 24 - 32"), and a value of several lines (a
/// description, a list of criteria) keeps its lines, after the one-line
/// values.
fn labelled(head: &[String], labels: &[Option<String>], values: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    // the cells of several lines come after the row's one-line values, so
    // a list of criteria ends where the text does, not at "Status: Open"
    let mut sections = Vec::new();
    let folded: Vec<String> = head.iter().map(|h| fold(h.trim())).collect();
    for (c, ((name, label), value)) in head.iter().zip(labels).zip(values).enumerate() {
        let name = label.as_deref().unwrap_or(name);
        if value.is_empty() || name.is_empty() {
            continue;
        }
        // every column keeps its name: one the label table does not
        // know ("Vragen tot", "Gesprekken") is read as a sentence is
        if let Some((stem, upper)) = range_end(&folded[c]) {
            let other = folded
                .iter()
                .position(|f| range_end(f).is_some_and(|(s, u)| s == stem && u != upper));
            if let Some(o) = other {
                if upper {
                    continue; // written with its lower end
                }
                let stem_name = name.get(..stem.len()).unwrap_or(name).trim_end();
                match values.get(o).filter(|v| !v.is_empty()) {
                    Some(hi) => out.push(format!("{stem_name}: {value} - {hi}")),
                    None => out.push(format!("{stem_name}: {value}")),
                }
                continue;
            }
        }
        // a cell of several lines (a list of criteria, a description) is a
        // section under its column's name, as a page would head it
        if value.trim().contains('\n') {
            sections.push(String::new());
            sections.push(name.to_string());
            sections.extend(value.trim().lines().map(|l| l.trim_end().to_string()));
            sections.push(String::new());
        } else {
            out.push(format!("{name}: {}", value.trim()));
        }
    }
    out.extend(sections);
    out
}

/// A Markdown table's rule under its head ("|---|:--:|", "---|---|---").
fn is_rule(t: &str) -> bool {
    t.contains('|')
        && t.matches('-').count() >= 3
        && t.chars().all(|ch| matches!(ch, '-' | ':' | ' ' | '|'))
}

/// Which lines are a Markdown table's rows: those between outer pipes ("|
/// Label | value |"), and those of a table written without them ("Nr | Eis
/// | Toelichting" over "---|---|---"): the head above the rule and the
/// rows with a pipe under it.
fn pipe_lines(lines: &[&str]) -> Vec<bool> {
    let mut rows: Vec<bool> = lines
        .iter()
        .map(|l| {
            let t = l.trim();
            t.len() > 1 && t.starts_with('|') && t.ends_with('|')
        })
        .collect();
    for (r, line) in lines.iter().enumerate() {
        if !is_rule(line.trim()) || r == 0 || !lines[r - 1].contains('|') {
            continue;
        }
        rows[r - 1] = true;
        rows[r] = true;
        for (i, l) in lines.iter().enumerate().skip(r + 1) {
            if !l.contains('|') {
                break;
            }
            rows[i] = true;
        }
    }
    rows
}

/// A Markdown table's rows ("| Label | value |") as tab-separated cells,
/// without the rule under its head and without a column of boxes to tick
/// ("Ja/Nee"), so the table readers read them as a copied table.
fn pipe_rows(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let rows = pipe_lines(&lines);
    let mut out: Vec<String> = Vec::new();
    for (line, row) in lines.iter().zip(rows) {
        let t = line.trim();
        if !row {
            out.push(line.to_string());
            continue;
        }
        if is_rule(t) {
            continue; // the rule under the head
        }
        let inner = t.strip_prefix('|').unwrap_or(t);
        let inner = inner.strip_suffix('|').unwrap_or(inner);
        let mut cells: Vec<&str> = inner.split('|').map(str::trim).collect();
        cells.retain(|c| fold(c).replace(' ', "") != "ja/nee");
        out.push(cells.join("\t"));
    }
    super::normalize::join_like(&out, text)
}

/// Rewrites each header row and the row under it as "Label: value" lines.
pub fn repair(text: &str) -> String {
    let piped;
    let text = if text.contains("|\n") || text.trim_end().ends_with('|') || text.contains("-|-") {
        piped = pipe_rows(text);
        piped.as_str()
    } else {
        text
    };
    if !text.contains(['\t', ';', ',']) {
        return text.to_string();
    }
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut declared = None;
    let mut i = 0;
    while i < lines.len() {
        if i < 5
            && let Some(d) = declared_separator(lines[i])
        {
            declared = Some(d);
            i += 1;
            continue;
        }
        let Some(sep) = separator(lines[i], declared, i) else {
            out.push(timeline_row(lines[i]).unwrap_or_else(|| lines[i].to_string()));
            i += 1;
            continue;
        };
        let head = cells(lines[i], sep);
        let labels: Vec<Option<String>> = head.iter().map(|c| label_of(c)).collect();
        let known = labels.iter().filter(|l| l.is_some()).count();
        let taken = if i + 1 < lines.len() {
            row_lines(&lines, i + 1, sep)
        } else {
            0
        };
        let values = if taken > 0 {
            cells(&lines[i + 1..i + 1 + taken].join("\n"), sep)
        } else {
            Vec::new()
        };
        // an export that declares its separator is a table whatever share
        // of its columns the label table knows
        // and a wide sheet's header with a row of as many cells under it (or
        // one fewer, cut in its last) is one whatever its own columns
        // ("Behandelaar", "Opmerkingen")
        // a copy cut inside the row (a form's answers cut in a long cell)
        // has the cells up to the cut
        let cut = i + 1 + taken == lines.len() && values.len() >= 3 && taken > 0;
        let enough = known * 10 >= head.len() * 6
            || (declared == Some(sep) && known >= 5)
            || (known >= 5 && head.len() >= 8 && (cut || values.len() + 1 >= head.len()));
        if head.len() >= 3
            && known >= 3
            && enough
            && (cut || values.len() >= head.len().saturating_sub(1))
            && values.len() <= head.len() + 1
        {
            // an overview of several requests whose page opens one of them
            // further on ("▼ SML-26-0419 …"): that one's row, the others kept
            // as text
            if taken == 1
                && let Some(r) = opened_row(&lines, i + 1, sep, head.len())
            {
                let n = rows_alike(&lines, i + 1, sep, head.len());
                out.extend(labelled(&head, &labels, &cells(lines[r], sep)));
                let others = (i + 1..i + 1 + n).filter(|&k| k != r);
                out.extend(others.map(|k| lines[k].to_string()));
                i += 1 + n;
                continue;
            }
            out.extend(labelled(&head, &labels, &values));
            // a value past the last column ("nog 5 dagen") stays as text
            for extra in values.iter().skip(head.len()) {
                out.push(extra.clone());
            }
            i += 1 + taken;
            continue;
        }
        out.push(timeline_row(lines[i]).unwrap_or_else(|| lines[i].to_string()));
        i += 1;
    }
    out.join("\n")
}

/// How many single-line rows of `width` cells follow from `from`.
fn rows_alike(lines: &[&str], from: usize, sep: u8, width: usize) -> usize {
    lines[from..]
        .iter()
        .take_while(|l| cells(l, sep).len() == width)
        .count()
}

/// In a run of two or more rows, the one (not the first) whose first cell,
/// a reference with a digit, the text names again after the table: the
/// request the page goes on to show.
fn opened_row(lines: &[&str], from: usize, sep: u8, width: usize) -> Option<usize> {
    let n = rows_alike(lines, from, sep, width);
    if n < 2 {
        return None;
    }
    let after = lines[from + n..].join("\n");
    (from + 1..from + n).find(|&r| {
        cells(lines[r], sep).first().is_some_and(|key| {
            key.len() >= 4
                && key.chars().any(|c| c.is_ascii_digit())
                && after.contains(key.as_str())
        })
    })
}

/// A step of a timeline in cells ("Sluiting indienen inschrijvingen\t06-01-2027
/// \t12:00") as one line of words apart by two spaces ("Sluiting indienen
/// inschrijvingen  06-01-2027  12:00"), as an aligned table and the
/// planning's readers know a step: a first cell
/// of words with a capital (a key in lowercase is an export's field, read
/// elsewhere; one with its colon is a label already), a date, then only
/// times or "-".
fn timeline_row(line: &str) -> Option<String> {
    let mut cells = line.split('\t').map(str::trim).filter(|c| !c.is_empty());
    let name = cells.next()?;
    let rest: Vec<&str> = cells.filter(|c| *c != "-").collect();
    let (first, times) = rest.split_first()?;
    let dated = super::dates::find_dates(first)
        .first()
        .is_some_and(|d| d.span.start == 0 && d.span.end == first.len());
    let only_times = times.iter().all(|t| {
        t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | '-' | ' ' | 'u'))
    });
    (dated
        && only_times
        && !name.ends_with(':')
        && !name.chars().any(|c| c.is_ascii_digit())
        && name.starts_with(char::is_uppercase))
    .then(|| format!("{name}  {}", rest.join("  ")))
}

#[cfg(test)]
#[path = "table_rows_tests.rs"]
mod tests;
