//! A page whose line breaks were taken out runs its facts into one line:
//! a search engine's job pane or a feed's summary prints "Opdrachtgever:
//! Gemeente Goes Locatie: Goes (Zeeland) Aanvraagnummer: GOE-INH-2026-044
//! Startdatum: per direct Einddatum: 30-6-2027 …". Where three or more
//! known labels stand in one line, each capitalised after a space and
//! followed by its colon, each starts a line of its own, so every label is
//! read with its value.

use super::label_table::LABELS;
use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::LazyLock;

/// The labels, lowercase, to look a word group up in.
static KNOWN: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| LABELS.iter().map(|(l, _)| *l).collect());

/// How far a label reaches before its colon, in bytes.
const LABEL_REACH: usize = 40;

/// Where the known labels of a line start: a capital after a space (or at
/// the line's start) and a known label up to the next colon.
fn label_starts(line: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut prev = ' ';
    for (i, c) in line.char_indices() {
        if c.is_uppercase() && prev == ' ' {
            let rest = &line[i..];
            // bytes, not a slice: the reach may end inside a character
            if let Some(colon) = rest.bytes().take(LABEL_REACH).position(|b| b == b':') {
                let label = rest[..colon].trim_end().to_lowercase();
                if KNOWN.contains(label.as_str()) {
                    starts.push(i);
                }
            }
        }
        prev = c;
    }
    starts
}

/// The text with each line of three or more glued "Label: value" pairs cut
/// before each label.
pub fn repair(text: &str) -> Cow<'_, str> {
    super::normalize::rewrite_lines(text, |line| {
        line.matches(':').nth(1)?;
        let mut starts = label_starts(line);
        if starts.len() < 3 {
            // a message of fact sentences ("… (VGGM). Kenmerk: VGGM-061.
            // Plaats: Arnhem."): two labels, each opening a sentence
            starts.retain(|&s| line[..s].ends_with(". "));
            if starts.len() < 2 {
                return None;
            }
        }
        let mut parts = Vec::with_capacity(starts.len() + 1);
        let mut last = 0;
        for s in starts {
            // a strip's separator before the next label goes with the cut
            let before = line[last..s]
                .trim()
                .trim_end_matches([' ', '|', '·', '•', ';'])
                .trim();
            if !before.is_empty() {
                parts.push(before.to_string());
            }
            last = s;
        }
        parts.push(line[last..].trim().to_string());
        Some(parts)
    })
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn facts_run_into_one_line_get_a_line_each() {
        assert_eq!(
            repair(
                "Vacaturebeschrijving\nOpdrachtgever: Gemeente Goes Locatie: Goes (Zeeland) Startdatum: per direct Uren: 24 - 32 uur per week Over de opdracht"
            ),
            "Vacaturebeschrijving\nOpdrachtgever: Gemeente Goes\nLocatie: Goes (Zeeland)\nStartdatum: per direct\nUren: 24 - 32 uur per week Over de opdracht"
        );
    }

    #[test]
    fn a_reach_ending_inside_a_character_is_no_panic() {
        let t = "Uren: 24 uur Tarief: tot €110,- €€€€€€€€€€€€€€€€€€€ per uur Reageren: 14-12\n";
        assert!(repair(t).contains("Tarief: tot €110"));
    }

    #[test]
    fn labels_opening_sentences_of_a_message_get_a_line_each() {
        assert_eq!(
            repair("Adviseur Risico - VGGM. Kenmerk: VGGM-061. Plaats: Arnhem.\n"),
            "Adviseur Risico - VGGM.\nKenmerk: VGGM-061.\nPlaats: Arnhem.\n"
        );
    }

    #[test]
    fn a_sentence_with_a_colon_or_two_is_left() {
        let t = "Let op: de opdracht start in januari. Regio: zie boven.\n";
        assert_eq!(repair(t), t);
    }
}
