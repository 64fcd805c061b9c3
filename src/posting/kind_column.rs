//! Criteria whose kind each row states, eisen and wensen in one list: a
//! table with a column for it ("Nr | Criterium | Eis/Wens | Weging" with
//! rows "1 | Hbo | Eis | –" and "3 | Ervaring | Wens | 40%"), or items
//! marked at their start ("KO  Hbo-opleiding", "W   Ervaring … (30
//! punten)", "K1 Hbo-werk- en denkniveau.", "G2 Prijs: 40 punten"); a
//! table lined up by spaces is read as one apart by tabs. The run of rows becomes the two lists a page would give, a
//! knock-out heading over the rows marked as requirements and an award
//! heading over the rest, each with its weight; any other text is
//! returned as it came. A table written with bare bars between its cells
//! ("G1 | Ervaring … | 35%") is first given tabs, as a copied table has.

use super::normalize::fold;
use regex::Regex;
use std::sync::LazyLock;

/// What a row's mark says it is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    KnockOut,
    Award,
}

/// A row's kind, text and weight ("40%", "" where none).
#[derive(Debug)]
struct Row {
    kind: Kind,
    text: String,
    weight: String,
}

/// The kind a mark names.
fn kind_of(mark: &str) -> Option<Kind> {
    match fold(mark.trim().trim_end_matches(':')).as_str() {
        "eis"
        | "ko"
        | "k.o."
        | "knock-out"
        | "knockout"
        | "knock-out criterium"
        | "minimumeis"
        | "harde eis"
        | "must" => Some(Kind::KnockOut),
        "wens" | "w" | "gunning" | "gunningscriterium" | "wens (punten)" | "should" => {
            Some(Kind::Award)
        }
        _ => None,
    }
}

/// A weight cell: "40%", "40", "40 punten", "40 pnt".
static WEIGHT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(\d{1,3})\s*(%|punten|pnt\.?|ptn\.?|p)?$").expect("static pattern")
});

/// The bars that frame a table's rows: a Markdown or text table's and a
/// terminal's box drawing.
const FRAMES: [char; 3] = ['|', '│', '║'];

/// A table's rule: "| -- | ---- |", "├────┼────┤", "+----+----+".
fn is_rule(line: &str) -> bool {
    let t = line.trim();
    t.contains(['-', '─', '═', '━'])
        && t.chars().all(|c| {
            matches!(c, '|' | '-' | ':' | '+' | ' ' | '=') || ('\u{2500}'..='\u{257f}').contains(&c)
        })
}

/// Two or more spaces between a printed table's cells.
static SPACED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r" {2,}").expect("static pattern"));

/// A row of a table apart by tabs (or lined up by spaces) with a cell that names its kind, or with
/// no kind ("–") but a weight (the price's row).
fn table_row(line: &str) -> Option<Row> {
    // a table printed with its columns lined up by spaces has no tabs; a
    // framed one ("| 1 | eis | Hbo |", "│ 4 │ gunning │ Tarief │ 20 │")
    // has its bars
    let framed = line.trim();
    let cells: Vec<&str> = if let Some(bar) = FRAMES.iter().find(|&&b| {
        framed.len() >= 2 * b.len_utf8() && framed.starts_with(b) && framed.ends_with(b)
    }) {
        framed[bar.len_utf8()..framed.len() - bar.len_utf8()]
            .split(*bar)
            .map(str::trim)
            .collect()
    } else if line.contains('\t') {
        line.split('\t').map(str::trim).collect()
    } else {
        SPACED.split(line.trim()).map(str::trim).collect()
    };
    if cells.len() < 3 {
        return None;
    }
    // the criterion's text: the longest cell of words that is not the
    // kind's mark ("Tarief" and "Prijs" are short)
    let text_at = (0..cells.len())
        .filter(|&i| {
            cells[i].chars().filter(|c| c.is_alphabetic()).count() >= 4
                && kind_of(cells[i]).is_none()
        })
        .max_by_key(|&i| cells[i].len())?;
    let rest: Vec<&str> = cells
        .iter()
        .enumerate()
        .filter(|(i, c)| *i > text_at && !c.is_empty())
        .map(|(_, c)| *c)
        .collect();
    // the kind's column after the text, or before it ("1   Eis   Hbo   KO")
    let kind = rest
        .iter()
        .find_map(|c| kind_of(c))
        .or_else(|| cells[..text_at].iter().find_map(|c| kind_of(c)));
    let weight = rest
        .iter()
        .find_map(|c| WEIGHT.captures(c))
        .map(|w| {
            let percent = w.get(2).is_some_and(|m| m.as_str() == "%");
            format!("{}{}", &w[1], if percent { "%" } else { " punten" })
        })
        .unwrap_or_default();
    let kind = match kind {
        Some(k) => k,
        // the price's row: no kind, a weight
        None if !weight.is_empty() && rest.iter().any(|c| matches!(*c, "–" | "-" | "—")) => {
            Kind::Award
        }
        None => return None,
    };
    Some(Row {
        kind,
        text: cells[text_at].to_string(),
        weight,
    })
}

/// "KO  Hbo-opleiding", "- W   Ervaring (30 punten)", "Eis: Rijbewijs B".
static MARKED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:[-•*▪–]\s*)?(KO|K\.O\.|W|Eis|Wens)(?:\s{2,}|\t|:\s+)(\S.*)$")
        .expect("static pattern")
});

/// "K1 Hbo-werk- en denkniveau.", "G2 Referentieproject: 20 punten":
/// a numbered mark, K(O) or E for a requirement, G or W for an award
/// criterion.
static NUMBERED_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:[-•*▪–]\s*)?(KO|K|E|G|W)(\d{1,2})[.)]?\s+(\p{L}.*)$")
        .expect("static pattern")
});

/// A list item marked with its kind at its start.
fn marked_row(line: &str) -> Option<Row> {
    if let Some(c) = NUMBERED_MARK.captures(line) {
        let kind = match &c[1] {
            "KO" | "K" | "E" => Kind::KnockOut,
            _ => Kind::Award,
        };
        return Some(Row {
            kind,
            text: c[3].trim().to_string(),
            weight: String::new(),
        });
    }
    let c = MARKED.captures(line)?;
    Some(Row {
        kind: kind_of(&c[1])?,
        text: c[2].trim().to_string(),
        weight: String::new(),
    })
}

/// A table's header row that names the kind column ("Nr | Criterium |
/// Eis/Wens | Weging").
fn kind_header(line: &str) -> bool {
    let f = fold(line);
    (line.contains('\t') || line.contains("  ") || line.trim_start().starts_with(FRAMES))
        && (f.contains("eis/wens")
            || f.contains("eis / wens")
            || f.contains("ko/wens")
            || f.contains("soort"))
}

/// A table written with " | " between its cells and no outer pipes or
/// rule ("G1 | Ervaring … | 35%"): three or more lines in a row with the
/// same two or more bars, as cells apart by tabs, which the table readers
/// know (a strip of one line keeps its bars).
pub fn bare_pipe_rows(text: &str) -> String {
    if !text.contains(" | ") {
        return text.to_string();
    }
    let bars = |l: &str| l.matches(" | ").count();
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut r = 0;
    while r < lines.len() {
        let n = bars(lines[r]);
        let run = lines[r..]
            .iter()
            .take_while(|l| bars(l) == n)
            .count()
            .max(1);
        let table = n >= 2 && run >= 3 && !lines[r].trim_start().starts_with('|');
        for l in &lines[r..r + run] {
            out.push(if table {
                l.split(" | ").map(str::trim).collect::<Vec<_>>().join("\t")
            } else {
                (*l).to_string()
            });
        }
        r += run;
    }
    super::normalize::join_like(&out, text)
}

/// The text with each run of rows that state their kind written as the
/// knock-out list and the award list.
pub fn repair(text: &str) -> String {
    if !text.contains('\t')
        && !text.contains("  ")
        && !text.contains(": ")
        && !text.contains(FRAMES)
    {
        return text.to_string();
    }
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut i = 0;
    let mut changed = false;
    while i < lines.len() {
        let mut start = if kind_header(lines[i]) { i + 1 } else { i };
        while start > i && lines.get(start).is_some_and(|l| is_rule(l)) {
            start += 1;
        }
        let mut rows = Vec::new();
        let mut j = start;
        while j < lines.len() {
            // a rule between a framed table's rows
            if !rows.is_empty() && is_rule(lines[j]) {
                j += 1;
                continue;
            }
            match table_row(lines[j]).or_else(|| marked_row(lines[j])) {
                Some(r) => rows.push(r),
                None => break,
            }
            j += 1;
        }
        let both = rows.iter().any(|r| r.kind == Kind::KnockOut)
            && rows.iter().any(|r| r.kind == Kind::Award);
        // numbered marks count from 1: a run from "K2" on is the rest of
        // a list another reader has begun
        let from_one = lines
            .get(start)
            .and_then(|l| NUMBERED_MARK.captures(l))
            .is_none_or(|c| &c[2] == "1");
        if rows.len() >= 3 && both && from_one {
            write_lists(&rows, &mut out);
            changed = true;
            i = j;
        } else {
            // rows that are not two lists are not from within either: they
            // are passed whole, so no line is read twice
            let pass = (j - i).max(1);
            out.extend(lines[i..i + pass].iter().map(|l| l.to_string()));
            i += pass;
        }
    }
    if !changed {
        return text.to_string();
    }
    super::normalize::join_like(&out, text)
}

/// The knock-out list and the award list of `rows`, under their headings.
fn write_lists(rows: &[Row], out: &mut Vec<String>) {
    for (kind, heading) in [
        (Kind::KnockOut, "Knock-outcriteria"),
        (Kind::Award, "Gunningscriteria"),
    ] {
        out.push(String::new());
        out.push(heading.to_string());
        for (n, r) in rows.iter().filter(|r| r.kind == kind).enumerate() {
            let weight = if r.weight.is_empty() {
                String::new()
            } else {
                format!(" ({})", r.weight)
            };
            out.push(format!("{}. {}{weight}", n + 1, r.text));
        }
    }
    out.push(String::new());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_with_a_kind_column() {
        let t = "Eisen en wensen\nNr\tCriterium\tEis/Wens\tWeging\n1\tAfgeronde hbo-opleiding\tEis\t–\n2\tErvaring met de kustzone\tWens\t40%\n3\tMinimaal 5 jaar ervaring\tEis\t–\n4\tAangeboden uurtarief (prijs)\t–\t60%\nDaarna tekst.\n";
        assert_eq!(
            repair(t),
            "Eisen en wensen\n\nKnock-outcriteria\n1. Afgeronde hbo-opleiding\n2. Minimaal 5 jaar ervaring\n\nGunningscriteria\n1. Ervaring met de kustzone (40%)\n2. Aangeboden uurtarief (prijs) (60%)\n\nDaarna tekst.\n"
        );
    }

    #[test]
    fn items_marked_at_their_start() {
        let t = "Selectie-eisen\n- KO  Afgeronde hbo-opleiding\n- W   Ervaring met bedrijventerreinen (30 punten)\n- KO  Beschikbaar vanaf 1 februari\n- W   Prijs (70 punten)\n";
        assert_eq!(
            repair(t),
            "Selectie-eisen\n\nKnock-outcriteria\n1. Afgeronde hbo-opleiding\n2. Beschikbaar vanaf 1 februari\n\nGunningscriteria\n1. Ervaring met bedrijventerreinen (30 punten)\n2. Prijs (70 punten)\n\n"
        );
    }

    #[test]
    fn items_with_numbered_marks() {
        let t = "Paragraaf 4 luidt daarmee als volgt:\nK1 Hbo-werk- en denkniveau.\nK2 Minimaal 4 jaar ervaring.\nG1 Aanpak: 60 punten\nG2 Prijs: 40 punten\nDe gesprekken volgen.\n";
        assert_eq!(
            repair(t),
            "Paragraaf 4 luidt daarmee als volgt:\n\nKnock-outcriteria\n1. Hbo-werk- en denkniveau.\n2. Minimaal 4 jaar ervaring.\n\nGunningscriteria\n1. Aanpak: 60 punten\n2. Prijs: 40 punten\n\nDe gesprekken volgen.\n"
        );
    }

    #[test]
    fn a_table_lined_up_by_spaces() {
        let t = "Nr  Eis/Wens  Omschrijving                 Weging\n1   Eis       Hbo-diploma in een richting  KO\n2   Wens      Ervaring met verdichting     35%\n3   Wens      Prijs (laagste tarief)       65%\n";
        assert_eq!(
            repair(t),
            "\nKnock-outcriteria\n1. Hbo-diploma in een richting\n\nGunningscriteria\n1. Ervaring met verdichting (35%)\n2. Prijs (laagste tarief) (65%)\n\n"
        );
    }

    #[test]
    fn a_table_with_bare_bars() {
        let t = "Criterium | Omschrijving | Weging\nG1 | Ervaring | 35%\nG2 | Prijs | 65%\nHeerenveen | 32 uur | € 95\n";
        assert_eq!(
            bare_pipe_rows(t),
            "Criterium\tOmschrijving\tWeging\nG1\tErvaring\t35%\nG2\tPrijs\t65%\nHeerenveen\t32 uur\t€ 95\n"
        );
        let strip = "Titel\nHeerenveen | 32 uur | € 95\nTekst\n";
        assert_eq!(bare_pipe_rows(strip), strip);
    }

    #[test]
    fn lists_of_one_kind_and_other_tables_are_left() {
        let t = "- Eis: Hbo\n- Eis: Rijbewijs\n- Eis: VOG\n";
        assert_eq!(repair(t), t);
        let t = "Start\t1 maart\nUren\t32\nTarief\t95\n";
        assert_eq!(repair(t), t);
    }

    #[test]
    fn a_lone_bar_is_no_row() {
        for t in ["│\n│\n│\n", "|\n|\n|\n", "║\n", "││\n"] {
            assert_eq!(repair(t), t);
        }
    }

    #[test]
    fn framed_tables_with_a_kind_column() {
        let t = "| nr | soort   | criterium                  | weging |\n| -- | ------- | -------------------------- | ------ |\n|  1 | eis     | Afgeronde wo-opleiding     |        |\n|  2 | eis     | Ervaring met samenwerking  |        |\n|  3 | gunning | Visie op werkgeverschap    |     60 |\n|  4 | gunning | Tarief                     |     40 |\n|    |         | Totaal                     |    100 |\n";
        assert_eq!(
            repair(t),
            "\nKnock-outcriteria\n1. Afgeronde wo-opleiding\n2. Ervaring met samenwerking\n\nGunningscriteria\n1. Visie op werkgeverschap (60 punten)\n2. Tarief (40 punten)\n\n|    |         | Totaal                     |    100 |\n"
        );
        let t = "│  1 │ eis     │ Hbo werktuigbouw/elektro     │        │\n│  2 │ eis     │ Kennis NEN-ISO 55000         │        │\n│  3 │ gunning │ Onderhoudsplan in Ultimo     │     70 │\n│  4 │ gunning │ Tarief                       │     30 │\n└────┴─────────┴──────────────────────────────┴────────┘\n";
        assert_eq!(
            repair(t),
            "\nKnock-outcriteria\n1. Hbo werktuigbouw/elektro\n2. Kennis NEN-ISO 55000\n\nGunningscriteria\n1. Onderhoudsplan in Ultimo (70 punten)\n2. Tarief (30 punten)\n\n"
        );
    }
}
