//! Table rows drawn in plain-text markup, read as tab-separated cells:
//! a Word or terminal table drawn with box characters ("│ Functie │ X │",
//! its "┌─┬─┐" rules dropped) or in ASCII ("| G1 | X |", "+---+" rules),
//! a sum's "Totaal" row dropped, a cell wrapped onto a row whose other cells
//! are empty joined to the row above), and a wiki's markup (Confluence:
//! "||Veld||Waarde||" header rows dropped, "|label|value|" rows, "h2."
//! headings, "# " numbered items, "{info}"/"{panel:title=…}" macros, "*bold*" cells). A row
//! whose first cell is an item code ("E1", "K2", "G3") is a numbered item,
//! its points cell a bare number ("W1⇥Ervaring …⇥35" → "1. Ervaring …
//! (35 punten)"), in a drawn table or a printout's tab-separated rows; a
//! printout's rule of dashes or equals signs ends a paragraph; a heading row's trailing "Punten"/"Weging" cell and a
//! table caption's "Tabel 2 - " are dropped. A value that points to a
//! footnote ("zie voetnoot ¹") gets the footnote's text. Other text is
//! returned as it came.

use regex::Regex;
use std::sync::LazyLock;

/// A drawn rule: box corners, junctions and lines only.
static RULE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*[┌├└╔╠╚+][─━═┬┼┴╦╬╩+\-]*[┐┤┘╗╣╝+]?\s*$").expect("static"));

/// A table's rule drawn in ASCII ("+----+-------+").
static ASCII_RULE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*\+(?:[-=]+\+)+\s*$").expect("static"));

/// An item code in a table's first column.
static ITEM_CODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Z]{1,2}(\d{1,2})\.?$").expect("static"));

/// A wiki heading ("h2. Planning").
static WIKI_HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^h[1-6]\.\s+(.+)$").expect("static"));

/// A wiki macro's line ("{info:title=Let op}", "{panel}").
static MACRO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\{(?:info|note|warning|tip|panel|expand|code|quote)(?::title=([^}|]*))?[^}]*\}$")
        .expect("static")
});

/// A table's caption before its heading ("Tabel 2 - Eisen").
static CAPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:tabel|table|bijlage)\s+\d+\s*[-–:.]\s*(\S.*)$").expect("static")
});

/// A value pointing to a footnote ("zie voetnoot ¹").
static SEE_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:zie|see)\s+(?:voetnoot|noot|footnote|note)\s*([¹²³⁴⁵⁶⁷⁸⁹]|\d)$")
        .expect("static")
});

/// Column names that head a points column.
const POINTS_HEADS: &[&str] = &["punten", "weging", "gewicht", "score", "points", "weight"];

/// The cells of a drawn or wiki row, or None for any other line.
fn cells(line: &str) -> Option<Vec<String>> {
    let t = line.trim();
    let (body, sep) = if t.starts_with('│') || t.starts_with('║') {
        (t.trim_matches(['│', '║']), ['│', '║'])
    } else if t.starts_with('|') && t.ends_with('|') && t.len() > 2 && !t.contains("---") {
        (t.trim_matches('|'), ['|', '|'])
    } else {
        return None;
    };
    Some(
        body.split(sep)
            .map(|c| c.trim().trim_matches('*').trim().to_string())
            .collect(),
    )
}

/// A row whose first cell is an item code, as a numbered item.
fn item(cells: &[String]) -> Option<String> {
    let n = ITEM_CODE.captures(cells.first()?)?[1].to_string();
    let rest: Vec<&str> = cells[1..]
        .iter()
        .map(String::as_str)
        .filter(|c| !c.is_empty())
        .collect();
    let (mut last, mut body) = rest.split_last()?;
    // a column of the row's kind ("E1⇥Hbo …⇥Knock-out"): the heading above
    // the rows says it
    if !body.is_empty() && is_kind_mark(last) {
        (last, body) = body.split_last()?;
    }
    if body.is_empty() {
        return Some(format!("{n}. {last}"));
    }
    let points = last.trim_end_matches(['%', ' ']);
    if points.len() <= 3 && points.chars().all(|c| c.is_ascii_digit()) {
        let unit = if last.ends_with('%') { "%" } else { " punten" };
        return Some(format!("{n}. {} ({points}{unit})", body.join(" - ")));
    }
    Some(format!("{n}. {}", rest.join(" - ")))
}

/// A cell that only says a row is a requirement ("Knock-out", "KO", "Eis").
fn is_kind_mark(cell: &str) -> bool {
    matches!(
        super::normalize::fold(cell.trim()).as_str(),
        "knock-out" | "knockout" | "ko" | "k.o." | "eis" | "minimumeis" | "uitsluitingscriterium"
    )
}

/// Table rows in markup as tab-separated cells (see the module doc).
pub fn repair(text: &str) -> String {
    let drawn =
        text.contains('│') || text.contains('║') || text.lines().any(|l| ASCII_RULE.is_match(l));
    let wiki = text.lines().any(|l| l.trim_start().starts_with("||"))
        || text.lines().any(|l| WIKI_HEADING.is_match(l.trim()));
    let coded = text.lines().any(|l| {
        l.split_once('\t')
            .is_some_and(|(c, _)| ITEM_CODE.is_match(c.trim()))
    });
    if !drawn && !wiki && !coded {
        return text.to_string();
    }
    let notes = footnotes(text);
    let mut out: Vec<String> = Vec::new();
    // the cells of the row before, while rows follow one another
    let mut row: Option<Vec<String>> = None;
    // the items of a wiki's numbered list so far
    let mut numbered = 0;
    for line in text.lines() {
        let t = line.trim();
        if drawn && RULE.is_match(line) && t.chars().any(|c| "─━═".contains(c))
            || ASCII_RULE.is_match(line)
        {
            continue;
        }
        if wiki && t.starts_with("||") {
            row = None;
            continue;
        }
        if wiki {
            if let Some(c) = WIKI_HEADING.captures(t) {
                out.push(c[1].to_string());
                row = None;
                numbered = 0;
                continue;
            }
            // a wiki's numbered list ("# Hbo werk- en denkniveau")
            if let Some(item) = t.strip_prefix("# ") {
                numbered += 1;
                out.push(format!("{numbered}. {}", item.trim()));
                continue;
            }
            if let Some(c) = MACRO.captures(t) {
                if let Some(title) = c.get(1) {
                    out.push(title.as_str().trim().to_string());
                }
                continue;
            }
        }
        if t.len() >= 20 && t.chars().all(|c| c == '-' || c == '=') {
            // a printout's rule: the end of a paragraph
            row = None;
            out.push(String::new());
            continue;
        }
        let tabbed = || {
            let cs: Vec<String> = line.split('\t').map(|c| c.trim().to_string()).collect();
            (cs.len() > 1 && ITEM_CODE.is_match(&cs[0])).then_some(cs)
        };
        let Some(mut cs) = cells(line).or_else(tabbed) else {
            row = None;
            out.push(caption(line));
            continue;
        };
        let filled = cs.iter().filter(|c| !c.is_empty()).count();
        if cs[0].is_empty()
            && filled == 1
            && let (Some(prev), Some(last)) = (row.as_mut(), out.last_mut())
        {
            for (i, c) in cs.iter().enumerate() {
                if !c.is_empty() && i < prev.len() {
                    prev[i] = format!("{} {c}", prev[i]).trim().to_string();
                }
            }
            *last = render(prev, &notes);
            continue;
        }
        if cs.iter().all(String::is_empty) {
            continue;
        }
        // the row of a table's sum ("| | Totaal | 100 punten |") is no row of facts
        if cs
            .iter()
            .find(|c| !c.is_empty())
            .is_some_and(|c| ["totaal", "total"].contains(&c.to_lowercase().as_str()))
        {
            row = None;
            continue;
        }
        if cs[0].is_empty() {
            cs.remove(0);
        }
        out.push(render(&cs, &notes));
        row = Some(cs);
    }
    super::normalize::join_like(&out, text)
}

/// A row written out: a numbered item, or its cells apart by tabs (a value
/// pointing to a footnote replaced by the note).
fn render(cs: &[String], notes: &[(char, String)]) -> String {
    if let Some(i) = item(cs) {
        return i;
    }
    cs.iter()
        .map(|c| match SEE_NOTE.captures(c) {
            Some(m) => notes
                .iter()
                .find(|(k, _)| m[1].starts_with(*k))
                .map_or_else(|| c.clone(), |(_, n)| n.clone()),
            None => c.clone(),
        })
        .collect::<Vec<_>>()
        .join("\t")
}

/// A line outside a table: a caption's "Tabel N - " dropped, a heading's
/// trailing points column dropped.
fn caption(line: &str) -> String {
    if let Some(c) = CAPTION.captures(line.trim()) {
        return c[1].to_string();
    }
    if let Some((head, tail)) = line.rsplit_once('\t') {
        let tail = tail.trim().to_lowercase();
        if POINTS_HEADS.contains(&tail.as_str()) && !head.trim().is_empty() {
            return head.trim_end().to_string();
        }
    }
    line.to_string()
}

/// The footnotes under a table: a line starting with a superscript mark
/// and the indented lines that continue it.
fn footnotes(text: &str) -> Vec<(char, String)> {
    let mut notes: Vec<(char, String)> = Vec::new();
    let mut open = false;
    for line in text.lines() {
        let t = line.trim();
        let mark = t.chars().next().filter(|c| "¹²³⁴⁵⁶⁷⁸⁹".contains(*c));
        if let Some(m) = mark {
            notes.push((m, t[m.len_utf8()..].trim().to_string()));
            open = true;
        } else if open && line.starts_with(' ') && !t.is_empty() {
            if let Some((_, n)) = notes.last_mut() {
                n.push(' ');
                n.push_str(t);
            }
        } else {
            open = false;
        }
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn drawn_rows_are_cells_and_a_wrapped_cell_is_joined() {
        let t = "┌──────┬──────┐\n│ Klant │ Gemeentelijke Dienst │\n│       │ Noord │\n│ Uren │ 24 │\n└──────┴──────┘\n";
        assert_eq!(repair(t), "Klant\tGemeentelijke Dienst Noord\nUren\t24\n");
    }

    #[test]
    fn coded_rows_are_numbered_items_with_points() {
        let t = "Tabel 4 - Wensen\n│ W1 │ Kennis van GIS │ 60 │\n│ W2 │ Prijs │ 40 │\n│    │ Totaal │ 100 │";
        assert_eq!(
            repair(t),
            "Wensen\n1. Kennis van GIS (60 punten)\n2. Prijs (40 punten)"
        );
    }

    #[test]
    fn a_printouts_coded_rows_and_rules() {
        let t =
            "EISEN\n---------------------------\nE1\tHbo\nEISEN ALS WENS\tPUNTEN\nB1\tErvaring\t70";
        assert_eq!(
            repair(t),
            "EISEN\n\n1. Hbo\nEISEN ALS WENS\n1. Ervaring (70 punten)"
        );
    }

    #[test]
    fn wiki_markup_is_read_as_rows_and_headings() {
        let t = "h2. Gegevens\n||Veld||Waarde||\n|Uren|16|\n{note:title=Let op}\ntekst\n{note}\n|*K1*|Rijbewijs|cv|";
        assert_eq!(
            repair(t),
            "Gegevens\nUren\t16\nLet op\ntekst\n1. Rijbewijs - cv"
        );
        assert_eq!(
            repair("h3. Eisen\n# Hbo\n# Rijbewijs B\nh3. Wensen\n# Ervaring"),
            "Eisen\n1. Hbo\n2. Rijbewijs B\nWensen\n1. Ervaring"
        );
    }

    #[test]
    fn a_table_drawn_in_ascii() {
        let t = "Gunningscriteria\n+----+---------+---------+\n| G1 | Ervaring | 50 punten |\n| G2 | Prijs | 50 punten |\n+----+---------+---------+\n|    | Totaal | 100 punten |\n+----+---------+---------+\n";
        assert_eq!(
            repair(t),
            "Gunningscriteria\n1. Ervaring - 50 punten\n2. Prijs - 50 punten\n"
        );
    }

    #[test]
    fn a_footnote_fills_the_value_that_points_to_it() {
        let t = "│ Deadline │ zie voetnoot ² │\n² Uiterlijk 3 maart 2031,\n  17:00 uur.";
        assert!(repair(t).starts_with("Deadline\tUiterlijk 3 maart 2031, 17:00 uur."));
    }
}
