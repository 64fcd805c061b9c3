//! A document in numbered sections ("3  EISEN (KNOCK-OUT)", "4. Gunning"
//! with items "4.1 …", "4.2 …"): the criteria sections' heading loses its
//! number and their items become "1. …", as the criteria reader knows them;
//! the next section's heading ("5  PLANNING") becomes a heading that ends
//! them, so its numbered steps are no criteria.

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
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        let t = line.trim();
        if let Some(c) = SUB_ITEM.captures(t)
            && current.as_deref() == c.get(1).map(|m| m.as_str())
        {
            out.push(format!("{}. {}", &c[2], &c[3]));
            continue;
        }
        if let Some(c) = SECTION.captures(t)
            && !t.ends_with('.')
        {
            let heading = c[2].to_lowercase();
            if criteria_words.iter().any(|w| heading.contains(w)) || award_word(&heading) {
                current = Some(c[1].to_string());
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
}
