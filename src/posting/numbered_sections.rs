//! A document in numbered sections ("3  EISEN (KNOCK-OUT)", "4. Gunning"
//! with items "4.1 …", "4.2 …"): the criteria sections' heading loses its
//! number and their items become "1. …", as the criteria reader knows them;
//! the next section's heading ("5  PLANNING") becomes a heading that ends
//! them, so its numbered steps are no criteria.

use super::lines::{Line, LineKind, Section, heading_section};
use regex::Regex;
use std::sync::LazyLock;

/// A document in numbered sections ("4. Eisen (knock-out)" / "4.1 De
/// kandidaat …"): the criteria sections' heading loses its number and
/// their items become "1. …", as the criteria reader knows them.
pub fn repair(text: &str) -> String {
    static SECTION: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(\d{1,2})\.?\s+(\p{Lu}.{2,80})$").expect("static pattern"));
    static SUB_ITEM: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(\d{1,2})\.(\d{1,2})\.?\s+(.+)$").expect("static pattern"));
    let criteria_words = [
        "eisen",
        "knock-out",
        "knockout",
        "gunningscriteri",
        "selectiecriteri",
        "wensen",
    ];
    // "4  GUNNING": the word alone, not "Gunningsbeslissing"
    let award_word = |heading: &str| heading.split_whitespace().next() == Some("gunning");
    let mut current: Option<String> = None;
    // the current section asks demands ("3. Eisen"), not award criteria
    let mut demands = false;
    let mut out: Vec<String> = Vec::new();
    let all: Vec<&str> = text.lines().collect();
    for (n, line) in all.iter().enumerate() {
        let line = *line;
        let t = line.trim();
        if let Some(c) = SUB_ITEM.captures(t)
            && current.as_deref() == c.get(1).map(|m| m.as_str())
        {
            // "3.1 Knock-outcriteria", "3.2 Overige voorwaarden": a
            // sub-section's heading, not an item
            if let Some(kind) = sub_heading(&c[3], &all[n + 1..], demands) {
                if kind.is_some_and(|k| k != Section::Other) {
                    out.push(c[3].to_string());
                } else {
                    current = None;
                    out.push(format!("## {}", &c[3]));
                }
                continue;
            }
            out.push(format!("{}. {}", &c[2], &c[3]));
            continue;
        }
        if let Some(c) = SECTION.captures(t)
            && !t.ends_with('.')
        {
            let heading = c[2].to_lowercase();
            if criteria_words.iter().any(|w| heading.contains(w)) || award_word(&heading) {
                current = Some(c[1].to_string());
                demands = !award_word(&heading)
                    && !["gunning", "selectie", "wensen"]
                        .iter()
                        .any(|w| heading.contains(w));
                out.push(c[2].to_string());
                continue;
            }
            // the section after a criteria section ("6. Uitvoeringsvoorwaarde")
            // ends it: a heading, not a criterion
            let next = current
                .as_deref()
                .and_then(|n| n.parse::<u32>().ok())
                .map(|n| (n + 1).to_string());
            current = None;
            if next.as_deref() == Some(&c[1]) && c[2].split_whitespace().count() <= 4 {
                out.push(format!("## {}", &c[2]));
                continue;
            }
        }
        out.push(line.to_string());
    }
    super::normalize::join_like(&out, text)
}

/// Whether a sub-item's text is a sub-section's heading: a few words with
/// no number or sentence's end, that either name a section ("Knock-
/// outcriteria") or head a list ("Overige voorwaarden" / "- Per …"). The
/// section it names, where it names one.
fn sub_heading(text: &str, after: &[&str], demands: bool) -> Option<Option<Section>> {
    let t = text.trim();
    if t.split_whitespace().count() > 4
        || t.ends_with(['.', ';', ':', ','])
        || t.contains(|c: char| c.is_ascii_digit() || c == '%')
    {
        return None;
    }
    let kind = heading_section(&Line {
        kind: LineKind::Plain,
        text: t.to_string(),
    });
    let next = after.iter().map(|l| l.trim()).find(|l| !l.is_empty());
    let heads_list =
        next.is_some_and(|l| l.starts_with(['-', '•', '*', '–']) || LETTERED.is_match(l));
    // among demands, a noun or two over a paragraph ("3.1 Uitsluitingsgronden"
    // / "De inschrijver vult …"); an award criterion is often set so too
    // ("4.1 Plan van aanpak" / "Beschrijf …"), so only among demands
    let heads_prose = demands
        && t.split_whitespace().count() <= 3
        && next.is_some_and(|l| l.starts_with(char::is_uppercase) && l.chars().count() > 40);
    (kind.is_some() || heads_list || heads_prose).then_some(kind)
}

/// "a. ", "b) ": a lettered item.
static LETTERED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[a-z][.)]\s").expect("static pattern"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_numbered_gunning_section_is_read_as_criteria_until_the_next() {
        let t = "4  GUNNING\n4.1  Plan van aanpak: 60 punten.\n4.2  Prijs: 40 punten.\n5  PLANNING\n5.1  Sluiting: 8-1-2027.";
        assert_eq!(
            repair(t),
            "GUNNING\n1. Plan van aanpak: 60 punten.\n2. Prijs: 40 punten.\n## PLANNING\n5.1  Sluiting: 8-1-2027."
        );
    }

    #[test]
    fn a_sub_section_s_heading_is_no_item() {
        let t = "3. Eisen\n3.1 Knock-outcriteria\na. Hbo\nb. Rijbewijs\n3.2 Overige voorwaarden\n- Een cv\n4. Planning";
        assert_eq!(
            repair(t),
            "Eisen\nKnock-outcriteria\na. Hbo\nb. Rijbewijs\n## Overige voorwaarden\n- Een cv\n4. Planning"
        );
    }
}
