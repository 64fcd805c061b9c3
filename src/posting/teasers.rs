//! Other postings a page advertises around the one it shows: a featured
//! teaser above it ("Uitgelicht  Beleidsadviseur Grondwater – Provincie
//! Overijssel – 36 uur – Sluit 8 jan") and a block of similar ones below it
//! ("Vergelijkbare opdrachten" over a line per posting, or after a colon on
//! the heading's own line). Their clients, hours and closing dates are not
//! this posting's, so their lines are taken out; any other text is
//! returned as it came.

use super::normalize::fold;

/// Words that open a line advertising another posting (folded).
const PROMOTED: &[&str] = &[
    "uitgelicht ",
    "uitgelicht:",
    "featured ",
    "featured:",
    "gesponsord",
    "sponsored",
    "promoted",
    "advertentie:",
];

/// Words that head a block of other postings (folded), before the kind of
/// posting ("Vergelijkbare opdrachten", "Related vacancies").
const SIMILAR: &[&str] = &[
    "vergelijkbare",
    "gerelateerde",
    "soortgelijke",
    "andere",
    "related",
    "similar",
    "bekijk ook",
    "ook interessant",
    "misschien ook interessant",
];

/// Kinds of posting a block of others names.
const KINDS: &[&str] = &[
    "opdrachten",
    "vacatures",
    "aanvragen",
    "inhuuropdrachten",
    "klussen",
    "jobs",
    "vacancies",
    "assignments",
    "postings",
];

/// How many lines under its heading a block of others may take.
const BLOCK_LINES: usize = 10;

/// A heading over other postings, with what follows its colon on its line.
fn similar_heading(line: &str) -> Option<&str> {
    let f = fold(line.trim());
    let (head, rest) = match line.split_once(':') {
        Some((h, r)) => (fold(h.trim()), r.trim()),
        None => (f.clone(), ""),
    };
    let words = head.split_whitespace().count();
    let heads = SIMILAR.iter().any(|s| head.starts_with(s))
        && KINDS
            .iter()
            .any(|k| head.split_whitespace().any(|w| w == *k))
        && words <= 5;
    // a heading alone that says no kind ("Vergelijkbaar", "Meer zoals dit")
    let interesting = [
        "ook interessant",
        "bekijk ook",
        "vergelijkbaar",
        "meer zoals dit",
        "more like this",
    ]
    .contains(&head.as_str());
    (heads || interesting).then_some(rest)
}

/// A line of a block of others: short, with a figure or a separator
/// between its parts ("Consulent Werk (32 uur)", "Adviseur – Gemeente
/// Vlissingen"), and no breadcrumb ("Home > Vacatures > …").
fn is_teaser(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty()
        && t.chars().count() <= 100
        && !t.contains(" > ")
        && !t.contains(" › ")
        && t.contains(|c: char| c.is_ascii_digit() || matches!(c, '–' | '—' | '·' | '|' | '┌'))
}

/// The text without the lines of other postings.
pub fn repair(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<&str> = Vec::with_capacity(lines.len());
    // the lines of a block of others still to take out
    let mut in_block = 0;
    let mut changed = false;
    for line in &lines {
        let f = fold(line.trim_start());
        if in_block > 0 {
            // the block ends at a blank line, a line that is no teaser (a
            // breadcrumb, the page's own title) or after a few postings
            if is_teaser(line) {
                in_block -= 1;
                changed = true;
                continue;
            }
            in_block = 0;
        }
        if PROMOTED.iter().any(|p| f.starts_with(p)) {
            changed = true;
            continue;
        }
        if let Some(rest) = similar_heading(line) {
            // the others after the colon on its own line, or under it
            in_block = if rest.is_empty() { BLOCK_LINES } else { 0 };
            changed = true;
            continue;
        }
        out.push(line);
    }
    if !changed {
        return text.to_string();
    }
    let owned: Vec<String> = out.iter().map(|l| l.to_string()).collect();
    super::normalize::join_like(&owned, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_postings_are_taken_out() {
        let t = "Uitgelicht  Beleidsadviseur Grondwater – Provincie Overijssel – 36 uur\n\nVergunningverlener\nUren: 32\n\nVergelijkbare opdrachten\nProjectleider – Gemeente Veere · 32 p/w\nAdviseur – Gemeente Vlissingen\n\nFooter\nVergelijkbare aanvragen: Wonen (Veere, 32 uur)\n";
        assert_eq!(repair(t), "\nVergunningverlener\nUren: 32\n\n\nFooter\n");
        let t = "Prijs 35\n\nVergelijkbaar\nProjectleider Verkeersveiligheid · Gemeente Almere · 36 u/w\n";
        assert_eq!(repair(t), "Prijs 35\n\n");
        let t = "Delen\n\nBekijk ook\nBeleidsadviseur Participatie — Gemeente Zaanstad\nTeamleider Inkomen (interim) — Werkplein Drechtsteden\n";
        assert_eq!(repair(t), "Delen\n\n");
    }

    #[test]
    fn this_postings_own_lines_stay() {
        let t = "Andere vacatures\nConsulent Werk (32 uur)\nHome > Vacatures > Klantmanager\nKlantmanager Inkomen\n";
        assert_eq!(
            repair(t),
            "Home > Vacatures > Klantmanager\nKlantmanager Inkomen\n"
        );
        let t = "Andere eisen\nMeer informatie over de opdracht\nUitgelichte opdracht: Adviseur\nMeer opdrachten van deze klant bekijken? Klik hier.\n";
        assert_eq!(repair(t), t);
    }
}
