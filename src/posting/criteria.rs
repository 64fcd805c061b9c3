//! Knock-out criteria, award criteria (with points and hourly-rate bands),
//! competences, and the maximum hourly rate.
//!
//! A criteria section is read as items: numbered lines ("4. …"), else
//! bullets, else lines. A numbered item goes on over wrapped lines until its
//! text ends a sentence; after that, bullets that score an hourly rate become
//! its [`RateBand`]s and other prose ("Geef in het cv…") is left out.

use super::criteria_ends as ends;
use super::criteria_points::{bare_points, is_column_header, points_of, trailing_number};
use super::lines::{Line, LineKind, ends_item};
use super::model::{AwardCriterion, KnockoutCriterion, RateBand};
use super::normalize::fold;
use super::rate_bands::{inline_bands, rate_band, with_bands};

/// One item of a criteria list before it is typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Item {
    number: Option<u32>,
    text: String,
    bands: Vec<RateBand>,
    /// a plain line with points among bullets: a group's parent or a
    /// criterion of its own (see [`super::criteria_groups`])
    plain: bool,
}

/// The most award criteria a list holds where an unnumbered row after its
/// numbered ones may still be one of them (see [`items`]).
const MAX_AWARD_ITEMS: usize = 30;

/// Reads the items of one criteria section.
fn items(lines: &[Line]) -> Vec<Item> {
    let numbered = lines
        .iter()
        .any(|l| matches!(l.kind, LineKind::Numbered(_)));
    let bulleted = lines.iter().any(|l| l.kind == LineKind::Bullet);
    let mut out: Vec<Item> = Vec::new();
    let mut open = false; // the last item's text has not ended yet
    for line in lines {
        let text = line.text.trim();
        match line.kind {
            LineKind::Blank | LineKind::Heading => {}
            LineKind::Numbered(n) => {
                let (text, bands) = with_bands(text);
                open = !item_complete(&text);
                out.push(Item {
                    number: Some(n),
                    text,
                    bands,
                    plain: false,
                });
            }
            LineKind::Bullet if inline_bands(text).is_some() => {
                let (text, bands) = with_bands(text);
                open = false;
                out.push(Item {
                    number: None,
                    text,
                    bands,
                    plain: false,
                });
            }
            LineKind::Bullet | LineKind::Plain => {
                let starts_lower = text.chars().next().is_some_and(|c| !c.is_uppercase());
                // a row that ends with its points after one that did is an
                // item of its own ("cv – 60 punten" / "motivatie – 15 punten")
                let own_row = line.kind == LineKind::Plain
                    && points_of(text).is_some()
                    && out.last().is_some_and(|l| item_complete(&l.text));
                // a narrow screen's wrap: "Kennis van APV en" / "Omgevingswet — 25 punten"
                let ends_pointless = line.kind == LineKind::Plain
                    && !bulleted
                    && points_of(text).is_some()
                    && out
                        .last()
                        .is_some_and(|l| l.number.is_none() && points_of(&l.text).is_none());
                let continues = open
                    && !own_row
                    && (numbered || line.kind == LineKind::Plain && starts_lower || ends_pointless);
                if continues {
                    if let Some(last) = out.last_mut() {
                        last.text.push(' ');
                        last.text.push_str(text);
                        open = !item_complete(&last.text);
                    }
                } else if let Some(last) = out.last_mut().filter(|l| {
                    (text.starts_with('(') || only_points(text))
                        && points_of(&l.text).is_none()
                        && points_of(text).is_some()
                }) {
                    // "(20 punten)" or "20 pt" wrapped onto its own line
                    last.text.push(' ');
                    last.text.push_str(text);
                } else if let Some(band) = rate_band(text).filter(|_| !out.is_empty()) {
                    if let Some(last) = out.last_mut() {
                        last.bands.push(band);
                    }
                } else if numbered
                    && line.kind == LineKind::Plain
                    && item_complete(text)
                    && out.last().is_some_and(|l| pointed(&l.text).is_some())
                    && !text.contains('€')
                    // a list of award criteria is short: the sum below is
                    // no walk over 200,000 items for each line
                    && out.len() <= MAX_AWARD_ITEMS
                    && pointed(text).is_some_and(|p| {
                        p > 0 && p + out.iter().filter_map(|l| pointed(&l.text)).sum::<u32>() <= 100
                    })
                {
                    // an unnumbered row with its points after numbered
                    // ones with theirs ("W2 Kennis – 30 punten" / "Prijs – 30 punten")
                    out.push(Item {
                        number: None,
                        text: text.to_string(),
                        bands: Vec::new(),
                        plain: false,
                    });
                    open = false;
                } else if numbered {
                    // prose or sub-bullets after a numbered list: a list
                    // announced with ':' takes them into its text
                    if let Some(last) = out.last_mut().filter(|l| l.text.ends_with(':') || open) {
                        last.text.push(' ');
                        last.text.push_str(text);
                    }
                } else if line.kind == LineKind::Bullet || !bulleted {
                    out.push(Item {
                        number: None,
                        text: text.to_string(),
                        bands: Vec::new(),
                        plain: false,
                    });
                    // a bullet wrapped onto the next line goes on there
                    // ("a. Afgeronde opleiding in een milieugerelateerde" / "richting.")
                    open = if line.kind == LineKind::Bullet {
                        !item_complete(text)
                    } else {
                        !ends_item(text)
                    };
                } else if out.len() <= MAX_AWARD_ITEMS && pointed(text).is_some() {
                    // "Kwaliteit (70%)" over bullets, "Prijs (30%)" after them
                    out.push(Item {
                        number: None,
                        text: text.to_string(),
                        bands: Vec::new(),
                        plain: true,
                    });
                    open = false;
                } else {
                    // prose after a bulleted list: what follows it goes on
                    // no item ("Een VOG is vereist." / "… niet in" / "behandeling.")
                    open = false;
                }
            }
        }
    }
    if out.iter().any(|it| it.plain) {
        let rows: Vec<(bool, Option<u32>)> =
            out.iter().map(|it| (it.plain, pointed(&it.text))).collect();
        let keep = super::criteria_groups::keep(&rows);
        let mut kept = keep.iter();
        out.retain(|_| kept.next().copied().unwrap_or(true));
    }
    out
}

/// Whether a demand says of itself that it is no demand ("Beheersing van
/// het Fries is een pré, geen eis."), not of a part of it ("… C1-niveau;
/// begrip van het Fries is een pré", "… is geen eis, wel aanwezigheid …").
fn disowns_itself(text: &str) -> bool {
    let f = fold(text);
    if f.contains(';') || f.contains("is vereist") {
        return false;
    }
    [
        "geen vereiste",
        "geen eis",
        "is een pre",
        "strekt tot aanbeveling",
        "not a requirement",
    ]
    .iter()
    .filter_map(|w| f.find(w))
    .min()
    .is_some_and(|at| !f[at..].contains(" wel ") && !f[at..].contains(" but "))
}

fn item_complete(text: &str) -> bool {
    let t = text.trim_end().to_lowercase();
    // a table row's points column set apart ("Tarief      30")
    let column_points = text
        .trim_end()
        .rsplit_once(['\t', ' '])
        .is_some_and(|(head, n)| {
            (head.ends_with("  ") || head.ends_with('\t') || text.contains('\t'))
                && !n.is_empty()
                && n.len() <= 3
                && n.chars().all(|c| c.is_ascii_digit())
        });
    column_points
        // "Price – 25%", "Ervaring: 30": it ends with its points
        || bare_points(text).is_some()
        || ends_item(text)
        || points_of(text).is_some()
            && [")", "punten", "punt", "pnt", "points", "%"]
                .iter()
                .any(|end| t.ends_with(end))
}

/// The items of the sections with their numbers: as written, else counting
/// on from the last one (starting at `first`).
fn numbered_items(sections: &[&[Line]], first: u32) -> Vec<(u32, Item)> {
    let mut next = first;
    sections
        .iter()
        .flat_map(|s| items(s))
        // a printout's rule under its heading ("-----") is no item
        .filter(|it| it.text.chars().any(char::is_alphanumeric))
        .map(|it| {
            let number = it.number.unwrap_or(next);
            next = number + 1;
            (number, it)
        })
        .collect()
}

/// Knock-out criteria from the knock-out sections. Unnumbered items are
/// numbered from 1 in order.
pub fn knockout(sections: &[&[Line]]) -> Vec<KnockoutCriterion> {
    numbered_items(sections, 1)
        .into_iter()
        // points belong to award criteria
        .filter(|(_, it)| !it.plain)
        // a count under its heading ("Knock-outcriteria (aantal)" / "4")
        .filter(|(_, it)| !it.text.trim().chars().all(|c| c.is_ascii_digit()))
        // an item that says it is none ("… strekt tot aanbeveling, doch is
        // geen vereiste"): a wish among the demands
        .filter(|(_, it)| !disowns_itself(&it.text))
        .map(|(number, it)| KnockoutCriterion {
            number,
            text: clean_item(&it.text),
        })
        .collect()
}

/// Award criteria from the award sections, numbered on from the knock-outs
/// when the posting gives no numbers.
/// When no item names its points, a list whose every item ends in a bare
/// number ("G1 Ervaring woonvisie: 30", a form's dotted leader) gives those
/// numbers as the points.
pub fn award(sections: &[&[Line]], first_number: u32) -> Vec<AwardCriterion> {
    // "Wensen" without points beside "Gunningscriteria" with them: the
    // weighed ones are the award criteria
    let pointed_share = |s: &[Line]| {
        let its = items(s);
        let n = its.iter().filter(|it| pointed(&it.text).is_some()).count();
        (n, its.len())
    };
    let shares: Vec<(usize, usize)> = sections.iter().map(|s| pointed_share(s)).collect();
    let weighed: Vec<&[Line]> = sections
        .iter()
        .zip(&shares)
        .filter(|(_, (n, len))| *n == *len && *len >= 2)
        .map(|(s, _)| *s)
        .collect();
    let sections = if sections.len() > 1
        && !weighed.is_empty()
        && shares.iter().all(|(n, len)| *n == *len || *n == 0)
    {
        &weighed[..]
    } else {
        sections
    };
    let mut items = numbered_items(sections, first_number);
    items.retain(|(_, it)| !is_column_header(&it.text));
    // prose under a list whose every item has its points ("Contractvorm",
    // a paragraph) is no criterion
    let has_points: Vec<bool> = items
        .iter()
        .map(|(_, it)| pointed(&it.text).is_some())
        .collect();
    if let Some(last) = has_points.iter().rposition(|p| *p)
        && last >= 1
        && has_points[..=last].iter().all(|p| *p)
    {
        items.truncate(last + 1);
    }
    // a form's rows with their points in a column ("Prijs: 15") end at the
    // row of their sum; what follows it (a description, a page's footer)
    // is no criterion
    let heads: Vec<Option<u32>> = items
        .iter()
        .take(MAX_AWARD_ITEMS)
        .map(|(_, it)| bare_points(&it.text))
        .collect();
    if let Some(sum_at) =
        (2..heads.len()).find(|&at| ends::is_bare_sum_row(&heads[..=at], &items[at].1.text))
    {
        items.truncate(sum_at + 1);
    }
    // the row of the sum ("TOTAAL ..... 100 PUNTEN") is no criterion
    if let [rest @ .., (_, last)] = items.as_slice()
        && ends::is_sum_row(
            &rest
                .iter()
                .map(|(_, it)| it.text.as_str())
                .collect::<Vec<_>>(),
            &last.text,
        )
    {
        items.pop();
    }
    // nor is the most to be had, wherever it stands ("Maximaal te
    // behalen: 100 punten", wrapped so that its line reads "behalen: 100 punten.")
    let all: u32 = items.iter().filter_map(|(_, it)| points_of(&it.text)).sum();
    if let Some(at) = items.iter().position(|(_, it)| {
        let f = fold(&it.text);
        (f.contains("behalen") || f.contains("te verdienen") || f.starts_with("maximaal aantal"))
            && points_of(&it.text).is_some_and(|p| p == 100 && all == 200)
    }) {
        items.remove(at);
    }
    // a group listed beside its parts ("Kwaliteit 65%" over 30, 20, 15)
    let rows: Vec<(Option<u32>, &str)> = items
        .iter()
        .map(|(_, it)| (pointed(&it.text), it.text.as_str()))
        .collect();
    let mut kept = super::criteria_groups::without_subtotals(&rows).into_iter();
    items.retain(|_| kept.next().unwrap_or(true));
    // the whole after the last row ("- prijs: 40" / "(totaal 100 punten)")
    // is no part of it where the rows make that whole
    let texts: Vec<&str> = items.iter().map(|(_, it)| it.text.as_str()).collect();
    if let Some(head) = ends::without_total(&texts, pointed)
        && let Some((_, last)) = items.last_mut()
    {
        last.text = head;
    }
    let mut bare: Vec<Option<u32>> = items.iter().map(|(_, it)| bare_points(&it.text)).collect();
    // one row whose column gap was closed ("Tarief 30") among rows that
    // keep theirs still ends in its points
    if bare.len() >= 3
        && bare.iter().filter(|b| b.is_none()).count() == 1
        && let Some(at) = bare.iter().position(Option::is_none)
    {
        bare[at] = trailing_number(&items[at].1.text);
    }
    // a note's shorthand: every row ends in its points in brackets ("-
    // prijs (35)"), which make the whole 100
    if bare.iter().any(Option::is_none) {
        let texts: Vec<&str> = items.iter().map(|(_, it)| it.text.as_str()).collect();
        if let Some(bracketed) = ends::bracketed_whole(&texts) {
            bare = bracketed;
        }
    }
    // and the row of their sum ("Totaal      100"), or a sentence after
    // the list, is no criterion
    let texts: Vec<&str> = items.iter().map(|(_, it)| it.text.as_str()).collect();
    if texts
        .last()
        .is_some_and(|last| ends::is_bare_sum_row(&bare, last))
        || ends::is_sentence_after(&texts, &bare)
    {
        bare.pop();
        items.pop();
    }
    // a list that names most points and gives the rest in a column
    // ("… (15 punten)" / "Prijs⇥Laagste tarief …⇥30") where together they
    // make the whole 100
    let mixed = items.len() >= 2
        && ends::sum(
            items
                .iter()
                .zip(&bare)
                .map(|((_, it), b)| points_of(&it.text).or(*b)),
        ) == Some(100);
    let use_bare = items.len() >= 2
        && items.iter().all(|(_, it)| points_of(&it.text).is_none())
        && bare.iter().all(Option::is_some);
    items
        .into_iter()
        .zip(bare)
        .map(|((number, it), bare)| AwardCriterion {
            number,
            points: match (mixed, use_bare) {
                (true, _) => points_of(&it.text).or(bare),
                (false, true) => bare,
                (false, false) => points_of(&it.text),
            },
            text: clean_item(&it.text),
            rate_bands: it.bands,
        })
        .collect()
}

/// A line of points alone ("20 pt", "30 punten", "25%").
fn only_points(text: &str) -> bool {
    let t = text.trim().trim_end_matches('.');
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    let unit = fold(t[digits..].trim());
    (1..=3).contains(&digits)
        && ["pt", "pts", "pnt", "ptn", "punt", "punten", "points", "%"].contains(&unit.as_str())
}

/// The points an item names, or ends with in a column ("Tarief      20%").
fn pointed(text: &str) -> Option<u32> {
    points_of(text).or_else(|| bare_points(text))
}

/// Competences, without list punctuation and without repeats (compared
/// case- and accent-insensitively, first spelling kept).
pub fn competences(sections: &[&[Line]]) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    sections
        .iter()
        .flat_map(|s| items(s))
        .map(|it| {
            it.text
                .trim()
                .trim_end_matches([';', ',', '.'])
                .trim()
                .to_string()
        })
        .filter(|t| !t.is_empty())
        .filter(|t| seen.insert(fold(t)))
        .collect()
}

/// An item's text without its trailing list punctuation.
fn clean_item(text: &str) -> String {
    text.trim().trim_end_matches([';', ',']).trim().to_string()
}

#[cfg(test)]
#[path = "criteria_tests.rs"]
mod tests;
