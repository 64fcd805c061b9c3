//! Knock-out criteria, award criteria (with points and hourly-rate bands),
//! competences, and the maximum hourly rate.
//!
//! A criteria section is read as items: numbered lines ("4. …"), else
//! bullets, else lines. A numbered item goes on over wrapped lines until its
//! text ends a sentence; after that, bullets that score an hourly rate become
//! its [`RateBand`]s and other prose ("Geef in het cv…") is left out.

use super::criteria_points::{bare_points, is_column_header, points_of};
use super::lines::{Line, LineKind, ends_item};
use super::model::{AwardCriterion, KnockoutCriterion, RateBand};
use super::money::{Money, find_euro_amounts};
use super::normalize::fold;

/// One item of a criteria list before it is typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Item {
    number: Option<u32>,
    text: String,
    bands: Vec<RateBand>,
}

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
                out.push(Item {
                    number: Some(n),
                    text: text.to_string(),
                    bands: Vec::new(),
                });
                open = !item_complete(text);
            }
            LineKind::Bullet | LineKind::Plain => {
                let starts_lower = text.chars().next().is_some_and(|c| !c.is_uppercase());
                let continues = open && (numbered || line.kind == LineKind::Plain && starts_lower);
                if continues {
                    if let Some(last) = out.last_mut() {
                        last.text.push(' ');
                        last.text.push_str(text);
                        open = !item_complete(&last.text);
                    }
                } else if let Some(last) = out.last_mut().filter(|l| {
                    text.starts_with('(')
                        && points_of(&l.text).is_none()
                        && points_of(text).is_some()
                }) {
                    // "(20 punten)" wrapped onto its own line
                    last.text.push(' ');
                    last.text.push_str(text);
                } else if let Some(band) = rate_band(text).filter(|_| !out.is_empty()) {
                    if let Some(last) = out.last_mut() {
                        last.bands.push(band);
                    }
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
                    });
                    open = line.kind == LineKind::Plain && !ends_item(text);
                }
            }
        }
    }
    out
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
        || ends_item(text)
        || points_of(text).is_some()
            && [")", "punten", "punt", "pnt", "points", "%"]
                .iter()
                .any(|end| t.ends_with(end))
}

/// A bullet that scores the hourly rate: "Uurtarief tussen €120,- en €125,-; (5 punten)".
pub fn rate_band(text: &str) -> Option<RateBand> {
    let points = points_of(text)?;
    let lower = fold(text);
    if !lower.contains("tarief") && !text.contains('€') {
        return None;
    }
    let amounts = find_euro_amounts(text);
    let mut band = RateBand {
        above: None,
        below: None,
        from: None,
        to: None,
        points,
    };
    let has = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    match amounts.as_slice() {
        [] => return None,
        [a] => {
            if has(&["hoger dan", "meer dan", "boven", "groter dan"]) {
                band.above = Some(*a);
            } else if has(&["lager dan", "minder dan", "onder", "beneden", "kleiner dan"]) {
                band.below = Some(*a);
            } else if has(&["vanaf", "minimaal", "of meer", "of hoger"]) {
                band.from = Some(*a);
            } else {
                band.to = Some(*a); // "tot en met", "maximaal", "t/m"
            }
        }
        [a, b, ..] => {
            band.from = Some(*a.min(b));
            band.to = Some(*a.max(b));
        }
    }
    Some(band)
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
        // a count under its heading ("Knock-outcriteria (aantal)" / "4")
        .filter(|(_, it)| !it.text.trim().chars().all(|c| c.is_ascii_digit()))
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
        let n = its
            .iter()
            .filter(|it| {
                points_of(&it.text)
                    .or_else(|| bare_points(&it.text))
                    .is_some()
            })
            .count();
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
    let pointed: Vec<bool> = items
        .iter()
        .map(|(_, it)| {
            points_of(&it.text)
                .or_else(|| bare_points(&it.text))
                .is_some()
        })
        .collect();
    if let Some(last) = pointed.iter().rposition(|p| *p)
        && last >= 1
        && pointed[..=last].iter().all(|p| *p)
    {
        items.truncate(last + 1);
    }
    // the row of the sum ("TOTAAL ..... 100 PUNTEN") is no criterion
    if let [rest @ .., (_, last)] = items.as_slice()
        && ["totaal", "total"]
            .iter()
            .any(|w| fold(&last.text).starts_with(w))
        && points_of(&last.text)
            == Some(rest.iter().filter_map(|(_, it)| points_of(&it.text)).sum())
    {
        items.pop();
    }
    let bare: Vec<Option<u32>> = items.iter().map(|(_, it)| bare_points(&it.text)).collect();
    let use_bare = items.len() >= 2
        && items.iter().all(|(_, it)| points_of(&it.text).is_none())
        && bare.iter().all(Option::is_some);
    items
        .into_iter()
        .zip(bare)
        .map(|((number, it), bare)| AwardCriterion {
            number,
            points: if use_bare { bare } else { points_of(&it.text) },
            text: clean_item(&it.text),
            rate_bands: it.bands,
        })
        .collect()
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

/// Whether a criterion sets a maximum hourly rate.
fn caps_rate(text: &str) -> bool {
    let f = fold(text);
    f.contains("tarief")
        && (f.contains("max")
            || f.contains("niet hoger")
            || f.contains("hoogste")
            || f.contains("ten hoogste"))
}

/// The maximum hourly rate and whether it is a knock-out: the highest amount
/// in a knock-out that caps the rate, else in an award criterion that does.
pub fn max_rate(knockout: &[KnockoutCriterion], award: &[AwardCriterion]) -> Option<(Money, bool)> {
    let ko = knockout
        .iter()
        .filter(|c| caps_rate(&c.text))
        .flat_map(|c| find_euro_amounts(&c.text))
        .max();
    if let Some(m) = ko {
        return Some((m, true));
    }
    award
        .iter()
        .filter(|c| caps_rate(&c.text))
        .flat_map(|c| find_euro_amounts(&c.text))
        .max()
        .map(|m| (m, false))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::posting::lines::split_lines;

    #[test]
    fn bare_numbers_are_points_when_no_item_names_them() {
        let lines = split_lines("G1  Ervaring met wonen: 60\nG2  Uurtarief: 40\n");
        let aw = award(&[&lines], 1);
        assert_eq!(
            aw.iter().map(|c| c.points).collect::<Vec<_>>(),
            [Some(60), Some(40)]
        );
        let lines = split_lines("1. Visie: 60 punten\n2. Ervaring in 2\n");
        let aw = award(&[&lines], 1);
        assert_eq!(aw[1].points, None);
        let lines = split_lines("Visie\t60 punten\nPrijs\t40 punten\nContractvorm\nDetachering.\n");
        assert_eq!(award(&[&lines], 1).len(), 2);
    }

    #[test]
    fn weights_and_a_printed_column_are_points() {
        let lines = split_lines("- Ervaring met wonen - weight 60\n- Visie - weight 40\n");
        let aw = award(&[&lines], 1);
        assert_eq!(
            aw.iter().map(|c| c.points).collect::<Vec<_>>(),
            [Some(60), Some(40)]
        );
        let lines = split_lines(
            "  K1. Ervaring met wonen        70%\n  K2. Prijs                      30%\n",
        );
        let aw = award(&[&lines], 1);
        assert_eq!(
            aw.iter().map(|c| c.points).collect::<Vec<_>>(),
            [Some(70), Some(30)]
        );
    }

    #[test]
    fn numbered_items_over_wrapped_lines() {
        let lines = split_lines(
            "1. Afgeronde opleiding op minimaal hbo niveau;\n\n3.  Minimaal 3 jaar werkervaring op het gebied van het\n\nfysieke en sociale domein (benoem dit).\n\nGeef in het cv duidelijk aan in hoeverre u aan het\n\nprofiel voldoet.",
        );
        let ko = knockout(&[&lines]);
        assert_eq!(ko.len(), 2);
        assert_eq!(ko[1].number, 3);
        assert_eq!(
            ko[1].text,
            "Minimaal 3 jaar werkervaring op het gebied van het fysieke en sociale domein (benoem dit)."
        );
    }

    #[test]
    fn a_printouts_rule_and_sum_are_no_criteria() {
        let text = "----------\nPLAN VAN AANPAK: 50 PUNTEN\nPRIJS: 50 PUNTEN\nTOTAAL: 100 PUNTEN";
        let aw = award(&[&split_lines(text)], 1);
        let points: Vec<Option<u32>> = aw.iter().map(|c| c.points).collect();
        assert_eq!(points, [Some(50), Some(50)]);
        let ko = knockout(&[&split_lines(
            "KO-1: WO\nKO-2: 8 JAAR ERVARING\n  IN HET FYSIEK DOMEIN",
        )]);
        assert_eq!(ko.len(), 2);
    }

    #[test]
    fn a_points_column_ends_its_row() {
        let text =
            "1. Ervaring      40\n2. Tarief        60\n\nHet tarief wordt als volgt gescoord:\n";
        let aw = award(&[&split_lines(text)], 1);
        assert_eq!(
            aw.iter().map(|c| c.points).collect::<Vec<_>>(),
            [Some(40), Some(60)]
        );
    }

    #[test]
    fn award_points_and_bands() {
        let text = "9. Werkervaring met regelingen\n\nvan het Sociaal Domein; (20 punten)\n\n10. Een maximum uurtarief van €125,- exclusief btw. (15 punten)\n\n- a) Uurtarief hoger dan €125,-; (0 punten)\n- b) Uurtarief tussen €120,- en €125,-; (5 punten)\n- c) Uurtarief tussen €119,99 en €115,-; (8 punten)\n- e) Uurtarief lager dan €110,-. (15 punten)\n\nGeef in het cv aan.";
        let aw = award(&[&split_lines(text)], 1);
        assert_eq!(aw.len(), 2);
        assert_eq!(aw[0].points, Some(20));
        assert_eq!(
            aw[0].text,
            "Werkervaring met regelingen van het Sociaal Domein; (20 punten)"
        );
        assert_eq!(aw[1].points, Some(15));
        let b = &aw[1].rate_bands;
        assert_eq!(b.len(), 4);
        assert_eq!((b[0].above, b[0].points), (Some(Money(12500)), 0));
        assert_eq!(
            (b[2].from, b[2].to, b[2].points),
            (Some(Money(11500)), Some(Money(11999)), 8)
        );
        assert_eq!((b[3].below, b[3].points), (Some(Money(11000)), 15));
    }

    #[test]
    fn heerde_style_points_in_parentheses_mid_line() {
        let t = "4. Aantoonbare opleiding richting Maatschappelijk werk en\ndienstverlening (15 punten);\n5. Minimaal 6 jaar ervaring bij\neen gemeente (25 punten);";
        let aw = award(&[&split_lines(t)], 1);
        assert_eq!(
            aw.iter().map(|a| a.points).collect::<Vec<_>>(),
            [Some(15), Some(25)]
        );
    }

    #[test]
    fn points_wrapped_onto_their_own_line() {
        let t = "5. Minimaal 7 jaar werkervaring binnen een gemeentelijke organisatie;\n(20 punten)\n6. Werkervaring met kleinschalige locaties van ca.\n50 vluchtelingen; (25 punten)";
        let aw = award(&[&split_lines(t)], 1);
        assert_eq!(
            aw.iter().map(|a| a.points).collect::<Vec<_>>(),
            [Some(20), Some(25)]
        );
        assert!(aw[1].text.ends_with("50 vluchtelingen; (25 punten)"));
    }

    #[test]
    fn lettered_numbers_and_percent_weights() {
        let t = "W1 Ervaring met de Omgevingswet (weging 40%)\nW2: Ervaring bij een gemeente (60%)";
        let aw = award(&[&split_lines(t)], 1);
        assert_eq!(
            aw.iter().map(|a| (a.number, a.points)).collect::<Vec<_>>(),
            [(1, Some(40)), (2, Some(60))]
        );
        let ko = knockout(&[&split_lines("E1 Hbo-diploma;\nE2 VOG\n")]);
        assert_eq!(ko.len(), 2);
    }

    #[test]
    fn competences_dedupe_and_join_wrapped_lines() {
        let t = "Je toont lef, je kijkt kritisch naar processen en\nbent proactief.\nOmgevingssensitief;\n\nOndernemend;";
        assert_eq!(
            competences(&[&split_lines(t)]),
            [
                "Je toont lef, je kijkt kritisch naar processen en bent proactief",
                "Omgevingssensitief",
                "Ondernemend"
            ]
        );
        let t = "- *Motiveren*\n- *Samenwerken*\n- *motiveren*";
        assert_eq!(
            competences(&[&split_lines(t)]),
            ["Motiveren", "Samenwerken"]
        );
    }

    #[test]
    fn max_rate_prefers_knockout() {
        let ko = vec![KnockoutCriterion {
            number: 4,
            text: "Een maximum uurtarief van €130,- exclusief btw".into(),
        }];
        let aw = vec![AwardCriterion {
            number: 10,
            text: "Een maximum uurtarief van €125,-".into(),
            points: Some(15),
            rate_bands: vec![],
        }];
        assert_eq!(max_rate(&ko, &aw), Some((Money(13000), true)));
        assert_eq!(max_rate(&[], &aw), Some((Money(12500), false)));
        assert_eq!(max_rate(&[], &[]), None);
    }
}
