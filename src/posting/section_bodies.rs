//! Where the sections of a posting are: the lines under each heading of a
//! kind, up to the next heading, a heading in capitals ("WET DBA"), or a
//! condition's label line after a blank ("Wet DBA: …", "VOG: nee") where a
//! criteria list has no heading after it.

use super::lines::{Line, LineKind, Section, heading_section};

/// The lines of every section of `kind`, each section's body without its heading.
pub fn sections(lines: &[Line], kind: Section) -> Vec<&[Line]> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, line) in lines.iter().enumerate() {
        // a heading in capitals ("WET DBA") ends a section even where its
        // words are no section's
        let caps = super::section_words::is_caps_heading(line).then_some(Section::Other);
        let closing = start.is_some_and(|st| {
            i > st + 1
                && lines[i - 1].kind == LineKind::Blank
                && lines[st..i].iter().any(|l| l.kind != LineKind::Blank)
                && opens_with_condition_label(line)
        });
        let closing = closing
            || start.is_some_and(|st| {
                i > st + 1
                    && lines[i - 1].kind == LineKind::Blank
                    && lines[st..i]
                        .iter()
                        .any(|l| matches!(l.kind, LineKind::Bullet | LineKind::Numbered(_)))
                    && lines
                        .get(i + 1)
                        .is_some_and(|n| n.kind == LineKind::Plain && !n.text.trim().is_empty())
                    && is_plain_heading(line)
            });
        // "Daarnaast vragen wij de volgende documenten (geen
        // knock-outcriteria):": a list that says it holds no demands
        let closing = closing || (start.is_some() && disowns_demands(line));
        let closing = closing.then_some(Section::Other);
        let scored = announces_scored_list(lines, i).then_some(Section::Award);
        if let Some(s) = heading_section(line).or(caps).or(closing).or(scored) {
            if let Some(st) = start.take() {
                out.push(&lines[st..i]);
            }
            if s == kind {
                start = Some(i + 1);
            }
        }
    }
    if let Some(st) = start {
        out.push(&lines[st..]);
    }
    out
}

/// A sentence that opens a list with a colon, whose first items each score
/// points ("Daarna scoren we op:" / "- Ervaring …: 40 punten" / "- Tarief:
/// 20 punten"): the award criteria, whatever words announce them.
fn announces_scored_list(lines: &[Line], i: usize) -> bool {
    let t = lines[i].text.trim();
    if lines[i].kind != LineKind::Plain
        || !t.ends_with(':')
        || !t.starts_with(char::is_uppercase)
        || t.chars().count() > 120
        || super::criteria_points::points_of(t).is_some()
    {
        return false;
    }
    let items: Vec<&Line> = lines[i + 1..]
        .iter()
        .skip_while(|l| l.kind == LineKind::Blank)
        .take_while(|l| matches!(l.kind, LineKind::Bullet | LineKind::Numbered(_)))
        .take(3)
        .collect();
    items.len() >= 2
        && items
            .iter()
            .all(|l| super::criteria_points::points_of(&l.text).is_some())
}

/// A line that opens a list saying its items are no demands ("… de
/// volgende documenten (geen knock-outcriteria):").
fn disowns_demands(line: &Line) -> bool {
    let t = line.text.trim_end();
    let f = super::normalize::fold(t);
    line.kind == LineKind::Plain
        && t.ends_with(':')
        && [
            "geen knock-out",
            "geen knockout",
            "geen eis",
            "niet knock-out",
        ]
        .iter()
        .any(|w| f.contains(w))
}

/// A line a PDF or a plain page sets as a heading, without marks: a few
/// words from a capital, no sentence's end, no colon, number or points
/// ("Tariefregels Publiek Inhuur Partners", "Inzet van zelfstandigen").
/// After a blank and a list, with text under it, it ends the list's
/// section; a criterion named on its own line sits in a section without
/// list items, so it is never taken for such a heading.
fn is_plain_heading(line: &Line) -> bool {
    let t = line.text.trim();
    line.kind == LineKind::Plain
        && t.starts_with(char::is_uppercase)
        && t.split_whitespace().count() <= 6
        && t.chars().count() <= 60
        && !t.ends_with(['.', ':', ';', ',', '?', '!'])
        && !t.contains(|c: char| c.is_ascii_digit() || c == '%' || c == ':' || c == '€')
}

/// Labels of a posting's conditions and planning ("Wet DBA: …", "VOG: nee",
/// "Gesprekken: …"): after a blank line, such a label line ends a criteria
/// list that has no heading after it.
const CONDITION_LABELS: &[&str] = &[
    "wet dba",
    "dba",
    "vog",
    "gesprekken",
    "sollicitatiegesprekken",
    "interviews",
    "reageren",
    "deadline",
    "sluitingsdatum",
    "contact",
    "contactpersoon",
    "startdatum",
    "start",
    "locatie",
    "standplaats",
    "uren",
    "tarief",
    "contractvorm",
    "planning",
];

/// A plain line opened by a condition's label and its colon, naming no
/// points ("Wet DBA: alleen detachering").
fn opens_with_condition_label(line: &Line) -> bool {
    let Some((label, _)) = line.text.split_once(':') else {
        return false;
    };
    let label = label.trim().to_lowercase();
    let lower = line.text.to_lowercase();
    line.kind == LineKind::Plain
        && CONDITION_LABELS.contains(&label.as_str())
        && !lower.contains("punt")
        && !lower.contains('%')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::posting::lines::split_lines;

    #[test]
    fn a_heading_in_capitals_ends_a_section() {
        let lines = split_lines(
            "GUNNINGSCRITERIA\nG1  Visie: 60\nG2  Prijs: 40\nWET DBA\nZzp'ers mogen inschrijven.\n",
        );
        let award = sections(&lines, Section::Award);
        assert_eq!(award.len(), 1);
        assert_eq!(award[0].len(), 2);
    }

    #[test]
    fn a_plain_heading_after_a_list_ends_its_section() {
        let lines = split_lines(
            "Pluspunten\n- BOA-bevoegdheid\n- Kennis van Squit XO\n\nDe opdrachtgever beoordeelt op ervaring.\n\n\
             Tariefregels Publiek Inhuur Partners\nVoor alle opdrachten gelden deze regels:\n1. Onze fee is € 4,25.\n",
        );
        let award = sections(&lines, Section::Award);
        assert_eq!(award.len(), 1);
        assert!(award[0].iter().all(|l| !l.text.contains("fee")));
        // criteria named on their own lines, each with its text under it
        let lines = split_lines(
            "Gunningscriteria\n\nErvaring met wijkaanpak\nBeschrijf een project.\n\nVisie op de opdracht\nBeschrijf je aanpak.\n",
        );
        assert_eq!(sections(&lines, Section::Award)[0].len(), 6);
    }

    #[test]
    fn a_list_that_disowns_demands_ends_the_knock_outs() {
        let lines = split_lines(
            "Eisen\nK1 Hbo\nK2 Rijbewijs\n\nDaarnaast vragen wij de volgende documenten (geen knock-outcriteria):\n1. cv\n2. prijsbijlage\n",
        );
        let ko = sections(&lines, Section::Knockout);
        assert_eq!(ko.len(), 1);
        assert!(ko[0].iter().all(|l| !l.text.contains("cv")));
    }

    #[test]
    fn a_sentence_over_a_scored_list_opens_the_award_criteria() {
        let lines = split_lines(
            "Eisen (anders valt de kandidaat af):\n1. Hbo;\n2. Key2Belastingen.\n\nDaarna scoren we op:\n\
             - Ervaring met bezwaren: 40 punten\n- Tarief: 60 punten\nTotaal: 100 punten\n",
        );
        assert_eq!(sections(&lines, Section::Knockout)[0].len(), 3);
        let award = sections(&lines, Section::Award);
        assert_eq!(award.len(), 1);
        assert!(award[0][0].text.contains("bezwaren"));
        // a list of demands under such a sentence scores nothing
        let lines = split_lines("Daarnaast vragen we:\n- Hbo\n- Rijbewijs B\n");
        assert!(sections(&lines, Section::Award).is_empty());
    }

    #[test]
    fn a_condition_label_after_a_blank_ends_a_list() {
        let lines =
            split_lines("Gunning\nErvaring\t40%\nPrijs\t60%\n\nWet DBA: geen zzp\n- 👍 6\n");
        let award = sections(&lines, Section::Award);
        assert_eq!(award[0].len(), 3);
    }
}
