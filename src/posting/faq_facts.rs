//! Facts asked and answered: a page's questions ("Tot wanneer kan ik
//! reageren?", "Wanneer zijn de gesprekken?", "Hoeveel uur?") with the
//! answer on the line below, as an accordion of questions or a card of
//! "Wat? / Waar? / Wanneer?" copies them. A question that asks for a fact
//! the label readers know is written as that fact's label before its answer
//! ("Sluitingsdatum: Tot en met maandag 14 december 2026, 9.00 uur"); any
//! other line is left as it came.

use super::normalize::fold;

/// Words of a question and the label its answer is the value of. The
/// first question that holds all of a row's words names the label.
const QUESTIONS: &[(&[&str], &str)] = &[
    (&["tot wanneer", "reageren"], "Sluitingsdatum"),
    (&["tot wanneer", "aanbieden"], "Sluitingsdatum"),
    (&["tot wanneer", "inschrijven"], "Sluitingsdatum"),
    (&["tot wanneer", "solliciteren"], "Sluitingsdatum"),
    (&["wanneer", "gesprekken"], "Gesprekken"),
    (&["hoeveel uur"], "Uren per week"),
    (&["tarief"], "Tarief"),
    (&["tot wanneer", "vragen"], "Vragen tot"),
    (&["sluitingsdatum"], "Sluitingsdatum"),
    (&["wat is de deadline"], "Sluitingsdatum"),
    (&["vog"], "VOG"),
];

/// Questions whose answer is a list of criteria below them: the question
/// becomes the section's heading ("− Wat zijn de eisen?" → "Eisen").
const SECTIONS: &[(&[&str], &str)] = &[
    (&["wat zijn de eisen"], "Eisen"),
    (&["knock-out"], "Eisen"),
    (&["hoe wordt", "beoordeeld"], "Gunningscriteria"),
    (&["gunningscriteria"], "Gunningscriteria"),
    (&["wat zijn de wensen"], "Gunningscriteria"),
];

/// The label a question asks for, if it is one of `table`'s.
fn asked(question: &str, table: &[(&[&str], &'static str)]) -> Option<&'static str> {
    let t = question
        .trim()
        .trim_start_matches(['–', '−', '-', '+', '•', '▾', '▸', '›'])
        .trim();
    if !t.ends_with('?') || t.chars().count() > 60 {
        return None;
    }
    let f = fold(t);
    table
        .iter()
        .find(|(words, _)| words.iter().all(|w| f.contains(w)))
        .map(|(_, label)| *label)
}

fn label_of(question: &str) -> Option<&'static str> {
    asked(question, QUESTIONS)
}

/// The text with each known question and the answer below it written as
/// the fact's label and its value.
pub fn repair(text: &str) -> String {
    if !text.contains('?') {
        return text.to_string();
    }
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut changed = false;
    let mut i = 0;
    while i < lines.len() {
        let answer = lines
            .get(i + 1)
            .filter(|a| !a.trim().is_empty() && !a.trim().ends_with('?'));
        if let Some(heading) = asked(lines[i], SECTIONS) {
            // an answer on one line ("Ervaring 35%, visie 35%, prijs 30%.")
            // is the heading's line; a list below stays under it
            let listed = |a: &str| {
                let a = a.trim_start();
                a.starts_with(|c: char| c.is_ascii_digit() || "-•*–·".contains(c))
            };
            match answer.filter(|a| !listed(a)) {
                Some(a) => {
                    out.push(format!("{heading}: {}", a.trim()));
                    i += 2;
                }
                None => {
                    out.push(heading.to_string());
                    i += 1;
                }
            }
            changed = true;
            continue;
        }
        match (label_of(lines[i]), answer) {
            (Some(label), Some(answer)) => {
                out.push(lines[i].to_string());
                out.push(format!("{label}: {}", answer.trim()));
                changed = true;
                i += 2;
            }
            _ => {
                out.push(lines[i].to_string());
                i += 1;
            }
        }
    }
    if !changed {
        return text.to_string();
    }
    super::normalize::join_like(&out, text)
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn questions_with_their_answers_below() {
        let t = "– Tot wanneer kan ik reageren?\nTot en met maandag 14 december 2026, 9.00 uur, via het formulier.\n\nHoeveel uur?\n20 tot 24 uur per week\nWie is mijn opdrachtgever?\nDe gemeente.\n";
        assert_eq!(
            repair(t),
            "– Tot wanneer kan ik reageren?\nSluitingsdatum: Tot en met maandag 14 december 2026, 9.00 uur, via het formulier.\n\nHoeveel uur?\nUren per week: 20 tot 24 uur per week\nWie is mijn opdrachtgever?\nDe gemeente.\n"
        );
    }

    #[test]
    fn a_question_for_criteria_is_their_heading() {
        let t = "− Wat zijn de eisen?\n1. Hbo-diploma.\n\n− Hoe wordt beoordeeld?\nErvaring 35%, visie 35%, prijs 30%.\n− Wat is de sluitingsdatum?\nWoensdag 23 december 2026, 17:00 uur.\n";
        assert_eq!(
            repair(t),
            "Eisen\n1. Hbo-diploma.\n\nGunningscriteria: Ervaring 35%, visie 35%, prijs 30%.\n− Wat is de sluitingsdatum?\nSluitingsdatum: Woensdag 23 december 2026, 17:00 uur.\n"
        );
    }

    #[test]
    fn a_question_without_its_answer_is_left() {
        let t = "+ Wat is het maximale uurtarief?\n\n– Kunnen zzp'ers reageren?\nJa.\n";
        assert_eq!(repair(t), t);
    }
}
