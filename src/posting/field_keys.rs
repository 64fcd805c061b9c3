//! A portal's export of one posting as field names and values, a line each
//! ("uren_min\t24", "tarief_max\t97,00", "knockout_1\tAfgeronde hbo",
//! "gunning_2\tErvaring met Key2Financien\t30 punten"): the machine's names
//! made into the labels a page would print. Words joined by underscores
//! are words ("sluitings_datum" is "sluitings datum"); a range's two ends
//! ("uren_min", "uren_max") become one label with the range; a lone
//! maximum ("tarief_max") is "Max tarief"; numbered keys of a criteria
//! kind ("knockout_1", "eis_2", "gunning_1", "wens_3") are gathered under
//! their heading as a numbered list, with a points cell kept after the
//! criterion. Only lines whose name has an underscore are touched.

use super::normalize::fold;
use regex::Regex;
use std::sync::LazyLock;

/// "uren_min\t24", "knockout_1: Afgeronde hbo": a snake_case name, then a
/// tab (or a colon) and the value; indented where a tool shows the
/// export as a tree ("    uren_per_week: 24" in an automation's log).
static KEY_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t]*([a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?:\t+|:[ \t]*)(.*)$")
        .expect("static pattern")
});

/// Numbered criteria keys: the stem, and the heading it stands for.
const CRITERIA_KEYS: &[(&str, &str)] = &[
    ("knockout", "Knock-outcriteria"),
    ("knock_out", "Knock-outcriteria"),
    ("ko", "Knock-outcriteria"),
    ("eis", "Eisen"),
    ("vereiste", "Eisen"),
    ("gunning", "Gunningscriteria"),
    ("gunningscriterium", "Gunningscriteria"),
    ("wens", "Wensen"),
    ("selectiecriterium", "Gunningscriteria"),
];

/// The text with an export's field names made into labels; any other text
/// is returned as it came.
pub fn repair(text: &str) -> String {
    if !text.lines().any(|l| KEY_LINE.is_match(l)) {
        return text.to_string();
    }
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut heading: Option<&str> = None;
    let mut done = vec![false; lines.len()];
    for (i, line) in lines.iter().enumerate() {
        if done[i] {
            continue;
        }
        let Some(c) = KEY_LINE.captures(line) else {
            heading = None;
            out.push((*line).to_string());
            continue;
        };
        let (key, value) = (&c[1], c[2].trim());
        if let Some((title, n)) = criterion(key) {
            if heading != Some(title) {
                out.push(format!("{title}:"));
                heading = Some(title);
            }
            out.push(format!("{n}. {}", cells(value)));
            continue;
        }
        heading = None;
        let words = key.replace('_', " ");
        if let Some(stem) = words.strip_suffix(" min")
            && let Some(j) = partner(&lines, i, &format!("{}_max", key.trim_end_matches("_min")))
        {
            let hi = KEY_LINE
                .captures(lines[j])
                .map(|c| c[2].trim().to_string())
                .unwrap_or_default();
            done[j] = true;
            out.push(format!("{}: {value} - {hi}", label(stem)));
            continue;
        }
        if let Some(stem) = words.strip_suffix(" max") {
            out.push(format!("Max {}: {value}", stem));
            continue;
        }
        out.push(format!("{}: {value}", label(&words)));
    }
    super::normalize::join_like(&out, text)
}

/// "knockout_1" → ("Knock-outcriteria", 1).
pub(super) fn criterion(key: &str) -> Option<(&'static str, u32)> {
    let (stem, n) = key.rsplit_once('_')?;
    let n: u32 = n.parse().ok()?;
    CRITERIA_KEYS
        .iter()
        .find(|(k, _)| *k == stem)
        .map(|(_, title)| (*title, n))
}

/// A criterion's cells: "Ervaring met X\t30 punten" → "Ervaring met X (30 punten)".
fn cells(value: &str) -> String {
    let parts: Vec<&str> = value
        .split('\t')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    match parts.as_slice() {
        [text, points] if points.chars().next().is_some_and(|c| c.is_ascii_digit()) => {
            format!("{text} ({points})")
        }
        _ => parts.join(" "),
    }
}

/// The line of `key` among the next few lines after `i`.
fn partner(lines: &[&str], i: usize, key: &str) -> Option<usize> {
    (i + 1..lines.len().min(i + 4))
        .find(|&j| KEY_LINE.captures(lines[j]).is_some_and(|c| &c[1] == key))
}

/// The label a name's words spell: the words with a capital; bare hours
/// ("uren") are hours per week, as an export's unit column says.
fn label(words: &str) -> String {
    if fold(words) == "uren" {
        return "Uren per week".to_string();
    }
    capital(words)
}

fn capital(words: &str) -> String {
    let mut c = words.chars();
    c.next()
        .map(|first| first.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn a_range_in_two_keys_is_one_label() {
        let out = repair("titel\tAdviseur\nuren_min\t32\nuren_max\t36\ntarief_max\t88,50\n");
        assert!(out.contains("Uren per week: 32 - 36"), "{out}");
        assert!(out.contains("Max tarief: 88,50"), "{out}");
        assert!(!out.contains("uren_max"), "{out}");
    }

    #[test]
    fn numbered_criteria_keys_are_a_list_under_their_heading() {
        let out = repair(
            "eis_1\tWo-diploma\neis_2\t3 jaar ervaring\n\nwens_1\tKennis van Suite\t60 punten\nwens_2\tPrijs\t40 punten\n",
        );
        assert!(
            out.contains("Eisen:\n1. Wo-diploma\n2. 3 jaar ervaring"),
            "{out}"
        );
        assert!(
            out.contains("Wensen:\n1. Kennis van Suite (60 punten)\n2. Prijs (40 punten)"),
            "{out}"
        );
    }

    #[test]
    fn text_without_keys_is_untouched() {
        let t = "Startdatum: 1 maart 2027\nUren: 24\n";
        assert_eq!(repair(t), t);
    }
}
