//! A table a browser copied one cell a line, named by its head of two to
//! four columns ("Criterium" / "Punten", "Activiteit" / "Datum" / "Tijd",
//! "Nr." / "Omschrijving", "Kenmerk" / "Waarde"), a blank line between
//! cells or not: each row becomes one line a reader knows (a list item
//! with its points, a planning step with its date, a numbered item, a
//! label with its value). Part of [`super::cell_lines`].

use super::cell_lines::{DATE_HEADS, NAME_HEADS, POINT_HEADS, folded, header_cell, points};
use super::normalize::fold;

/// Heads of a column of item codes ("Nr." / "E1").
const CODE_HEADS: &[&str] = &["nr.", "nr", "nummer", "code", "no.", "#"];
/// Heads of a column of labels and one of their values ("Kenmerk" / "Waarde").
const LABEL_HEADS: &[&str] = &["kenmerk", "gegeven", "veld", "field"];
const VALUE_HEADS: &[&str] = &["waarde", "value", "gegevens"];
/// Heads of a column of times or of free text beside a named one.
const TIME_HEADS: &[&str] = &["tijd", "tijdstip", "time"];
const TEXT_HEADS: &[&str] = &["omschrijving", "toelichting", "opmerking", "description"];

/// What a column of a flattened table holds.
#[derive(Clone, Copy, PartialEq)]
enum Column {
    Name,
    Code,
    Label,
    Value,
    Points,
    Date,
    Time,
    Text,
}

fn column(head: &str, first: bool) -> Option<Column> {
    let h = folded(head);
    let h = h.as_str();
    let is = |list: &[&str]| list.contains(&h);
    if first {
        return if is(CODE_HEADS) {
            Some(Column::Code)
        } else if is(LABEL_HEADS) {
            Some(Column::Label)
        } else {
            is(NAME_HEADS).then_some(Column::Name)
        };
    }
    if is(POINT_HEADS) {
        Some(Column::Points)
    } else if is(DATE_HEADS) {
        Some(Column::Date)
    } else if is(TIME_HEADS) {
        Some(Column::Time)
    } else if is(VALUE_HEADS) {
        Some(Column::Value)
    } else if is(TEXT_HEADS) || is(NAME_HEADS) {
        Some(Column::Text)
    } else {
        None
    }
}

/// The lines with text from `i` on, as a browser's copy puts a table's
/// cells: one a line, at most one blank line between two. Lazy, so that
/// a head that is no table's costs a few lines, not the rest of its block.
fn cells<'a>(lines: &'a [&str], i: usize) -> impl Iterator<Item = usize> + 'a {
    let mut j = i;
    let mut any = false;
    std::iter::from_fn(move || {
        while j < lines.len() {
            if lines[j].trim().is_empty() {
                if any && j + 1 < lines.len() && !lines[j + 1].trim().is_empty() {
                    j += 1;
                    continue;
                }
                return None;
            }
            any = true;
            j += 1;
            return Some(j - 1);
        }
        None
    })
}

/// "E1", "K2", "3", "KO-1": an item's code.
fn item_code(cell: &str) -> bool {
    static CODE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^[A-Za-z]{0,3}-?\d{1,2}\.?$").expect("static pattern")
    });
    CODE.is_match(cell.trim())
}

/// One row's cells as a line, or `None` where they do not fit the
/// columns; `Some(None)` for a sum's row, which is dropped.
fn row_line(columns: &[Column], row: &[&str]) -> Option<Option<String>> {
    let mut names = Vec::new();
    let (mut pts, mut when, mut label, mut value) = (None, Vec::new(), None, None);
    for (c, cell) in columns.iter().zip(row) {
        let cell = cell.trim();
        let blank = matches!(cell, "–" | "-" | "—" | "n.v.t.");
        match c {
            Column::Name | Column::Text => {
                if cell.chars().count() > 300 || column(cell, true).is_some() {
                    return None;
                }
                if !blank {
                    names.push(cell);
                }
            }
            Column::Code => {
                if !item_code(cell) {
                    return None;
                }
                names.push(cell.trim_end_matches('.'));
            }
            Column::Label => {
                if !header_cell(cell) {
                    return None;
                }
                label = Some(cell);
            }
            Column::Value => {
                let heads = column(cell, true).or(column(cell, false));
                if cell.chars().count() > 120 || heads.is_some() {
                    return None;
                }
                value = Some(cell);
            }
            Column::Points => pts = Some(points(cell)?),
            Column::Date => {
                if !cell.chars().any(|ch| ch.is_ascii_digit()) {
                    return None;
                }
                when.push(cell);
            }
            Column::Time => {
                if !blank {
                    when.push(cell);
                }
            }
        }
    }
    let name = names.join(" ");
    if ["totaal", "total"].contains(&fold(&name).as_str()) {
        return Some(None);
    }
    Some(Some(match (pts, label, value) {
        (Some(n), _, _) => format!("- {name} ({n} punten)"),
        (None, Some(l), Some(v)) => format!("{}: {v}", l.trim_end_matches(':')),
        _ if !when.is_empty() => {
            if name.chars().count() > 60 {
                return None;
            }
            format!("{name}: {}", when.join(" "))
        }
        _ => name,
    }))
}

/// Rows of a table named by its head at `i`, its cells one a line (see
/// the module): "Criterium" / "Punten", "Activiteit" / "Datum" / "Tijd",
/// "Nr." / "Omschrijving", "Kenmerk" / "Waarde". The number of lines read,
/// or `None` where it is no such table.
pub(super) fn read(lines: &[&str], i: usize, out: &mut Vec<String>) -> Option<usize> {
    let mut at = cells(lines, i).peekable();
    let mut columns = vec![column(lines[at.next()?], true)?];
    let mut end = i + 1;
    while columns.len() < 4 {
        match at.peek().and_then(|&j| column(lines[j], false)) {
            Some(c) => {
                columns.push(c);
                end = at.next().map_or(end, |j| j + 1);
            }
            None => break,
        }
    }
    let n = columns.len();
    let fits = n >= 2
        && (columns.contains(&Column::Points)
            || columns.contains(&Column::Date)
            || columns == [Column::Code, Column::Text]
            || columns == [Column::Label, Column::Value]);
    if !fits {
        return None;
    }
    let mut rows = Vec::new();
    loop {
        let row: Vec<usize> = at.by_ref().take(n).collect();
        if row.len() < n {
            break;
        }
        let texts: Vec<&str> = row.iter().map(|&j| lines[j]).collect();
        match row_line(&columns, &texts) {
            Some(line) => {
                rows.extend(line);
                end = row[n - 1] + 1;
            }
            None => break,
        }
    }
    if rows.is_empty() {
        return None;
    }
    out.extend(rows);
    Some(end - i)
}
