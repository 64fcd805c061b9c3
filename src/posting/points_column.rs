//! A criteria table copied with tabs whose last column holds the points
//! ("Nr\tCriterium\tMax. punten", then "4\tErvaring met …\t40"): each row
//! becomes a numbered item with its points written out ("4. Ervaring met …
//! (40 punten)"; a row without a number a bullet), as a list would give them; the row of the sum ("\tTotaal\t100")
//! is no criterion and is dropped, as is the head; a head of criteria and
//! weights ("Criterium\tWeging") with no heading above it stands for the
//! heading of the award criteria. Any other text is returned as it came.

use super::normalize::fold;

/// Names of a column of points.
pub(super) const POINTS_HEADS: &[&str] = &[
    "punten",
    "max. punten",
    "max punten",
    "maximaal aantal punten",
    "maximale punten",
    "aantal punten",
    "points",
    "max. points",
    "score",
    "weging",
    "gewicht",
    "weight",
];

/// Heads of a column of criteria: a table under them with points is the
/// award criteria even where no heading says so.
pub(super) const CRITERIA_HEADS: &[&str] = &[
    "criterium",
    "criteria",
    "gunningscriterium",
    "gunningscriteria",
    "selectiecriterium",
    "wens",
    "wensen",
    "onderdeel",
    "criterion",
];

/// Heads of a column of item numbers before the criteria ("Nr").
const CODE_HEADS: &[&str] = &["nr", "nr.", "#", "no.", "nummer"];

/// Words of a heading over criteria ("Gunningscriteria", "Wensen").
const LIST_WORDS: &[&str] = &[
    "criteri", "wensen", "gunning", "beoordel", "selectie", "eisen", "award",
];

/// A head naming the points however worded: one of [`POINTS_HEADS`], or
/// words of them with brackets and a percent sign ("Weging (punten)",
/// "Punten (max.)", "Gewicht in %", "Maximaal te behalen punten").
fn names_points(cell: &str) -> bool {
    const CORE: &[&str] = &["punten", "weging", "gewicht", "weight", "points", "score"];
    const MORE: &[&str] = &[
        "max",
        "maximaal",
        "maximum",
        "aantal",
        "te",
        "behalen",
        "in",
        "percentage",
        "max.",
    ];
    let folded = fold(cell);
    if POINTS_HEADS.contains(&folded.as_str()) {
        return true;
    }
    let words: Vec<&str> = folded
        .split(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().any(|w| CORE.contains(w))
        && words.iter().all(|w| CORE.contains(w) || MORE.contains(w))
}

/// Where a header row of a criteria table has its points column before
/// other columns (the bidder's and the winner's scores): the column's place.
fn inner_points_column(row: &[&str]) -> Option<usize> {
    let k = row
        .iter()
        .position(|c| names_points(c) || fold(c) == "max.")?;
    // "Criterium⇥Max.⇥…", or a column of item numbers before it
    // ("Nr⇥Criterium⇥Max. punten⇥Toelichting")
    let criteria = CRITERIA_HEADS.contains(&fold(row[0]).as_str())
        || (CODE_HEADS.contains(&fold(row[0]).as_str())
            && row
                .get(1)
                .is_some_and(|c| CRITERIA_HEADS.contains(&fold(c).as_str())));
    (criteria && k >= 1 && k + 1 < row.len() && row.len() <= 6).then_some(k)
}

/// A cell's points: "30", "30%".
fn points(cell: &str) -> Option<u32> {
    cell.trim_end_matches('%').trim().parse().ok()
}

fn cells(line: &str) -> Vec<&str> {
    line.split('\t')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

/// The text with the rows under a points column rewritten (see the module).
pub fn repair(text: &str) -> String {
    if !text.contains('\t') {
        return text.to_string();
    }
    let mut out: Vec<String> = Vec::new();
    let mut in_table = false;
    // a points column with others after it ("Criterium⇥Max.⇥Uw score⇥Winnaar",
    // an award notice's scores): its place and the row's width
    let mut inner: Option<(usize, usize)> = None;
    for line in text.lines() {
        if !line.contains('\t') {
            in_table = false;
            inner = None;
            out.push(line.to_string());
            continue;
        }
        let row = cells(line);
        if let Some(k) = inner_points_column(&row) {
            in_table = true;
            inner = Some((k, row.len()));
            continue;
        }
        if let Some((k, width)) = inner
            && row.len() == width
        {
            match points(row[k]) {
                _ if ["totaal", "total"].contains(&fold(row[0]).as_str()) => {}
                Some(p) => match row[0].parse::<u32>() {
                    Ok(n) if k >= 2 => {
                        out.push(format!("{n}. {} ({p} punten)", row[1..k].join(" ")));
                    }
                    _ => out.push(format!("- {} ({p} punten)", row[..k].join(" "))),
                },
                None => out.push(line.to_string()),
            }
            continue;
        }
        if row.len() >= 2 && row.last().is_some_and(|c| names_points(c)) {
            // the head names the columns; it is no criterion, but where no
            // heading says what the table is, it says the award criteria
            in_table = true;
            let first = fold(row[0]);
            let headed = out
                .iter()
                .rev()
                .find(|l| !l.trim().is_empty())
                .is_some_and(|l| LIST_WORDS.iter().any(|w| fold(l).contains(w)));
            if CRITERIA_HEADS.contains(&first.as_str()) && !headed {
                out.push("Gunningscriteria".to_string());
            }
            continue;
        }
        if !in_table {
            out.push(line.to_string());
            continue;
        }
        match row.as_slice() {
            [first, .., _] if ["totaal", "total"].contains(&fold(first).as_str()) => {}
            [number, text, p] if number.parse::<u32>().is_ok() && points(p).is_some() => {
                out.push(format!(
                    "{number}. {text} ({} punten)",
                    points(p).unwrap_or(0)
                ));
            }
            // a row without a number is a list item, so the text after
            // the table is no criterion
            [text, p] if points(p).is_some() => {
                out.push(format!("- {text} ({} punten)", points(p).unwrap_or(0)));
            }
            _ => out.push(line.to_string()),
        }
    }
    super::normalize::join_like(&out, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_points_column_before_the_scores() {
        let t = "Gunningscriteria\nCriterium\tMax.\tUw score\tWinnaar\nErvaring\t30\t24\t27\nPrijs\t70\t17,5\t60\nTotaal\t100\t41,5\t87\n";
        assert_eq!(
            repair(t),
            "Gunningscriteria\n- Ervaring (30 punten)\n- Prijs (70 punten)\n"
        );
    }

    #[test]
    fn a_points_column_before_a_remark() {
        let t = "Gunningscriteria\nNr\tCriterium\tMax. punten\tToelichting\n1\tErvaring\t35\t5 punten per project\n2\tTarief\t25\t≤ € 80 = 25 punten\n\tTotaal\t100\n";
        assert_eq!(
            repair(t),
            "Gunningscriteria\n1. Ervaring (35 punten)\n2. Tarief (25 punten)\n"
        );
    }

    #[test]
    fn a_points_column_gives_each_row_its_points() {
        let t = "Gunning\nNr\tCriterium\tPunten\n3\tPlan van aanpak\t60\n4\tReferenties\t40\n\tTotaal\t100\n\nEinde";
        assert_eq!(
            repair(t),
            "Gunning\n3. Plan van aanpak (60 punten)\n4. Referenties (40 punten)\n\nEinde"
        );
        // a table of criteria and weights with no heading over it
        let t = "Zie de tabel.\n\nCriterium\tWeging\nPrijs\t30%\nCv\t70%\n";
        assert_eq!(
            repair(t),
            "Zie de tabel.\n\nGunningscriteria\n- Prijs (30 punten)\n- Cv (70 punten)\n"
        );
        // the points column's head worded with brackets
        let t = "Gunning\nCriterium\tWeging (punten)\nErvaring\t60\nUurtarief\t40\nTotaal\t100\n";
        assert_eq!(
            repair(t),
            "Gunning\n- Ervaring (60 punten)\n- Uurtarief (40 punten)\n"
        );
        assert!(!names_points("Status (punten telling) open"));
        let other = "Naam\tStatus\tTarief\nEva\tOpen\t90\n";
        assert_eq!(repair(other), other);
        // two columns, as a Markdown table gives them
        let t = "Gunningscriteria\nCriterium\tPunten\nVisie\t60\nTarief\t40\nTotaal\t100\n";
        assert_eq!(
            repair(t),
            "Gunningscriteria\n- Visie (60 punten)\n- Tarief (40 punten)\n"
        );
    }
}
