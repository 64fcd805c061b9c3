//! A form's response, as Microsoft Forms, Google Forms or a request
//! portal print it: numbered questions, each with its answer on the lines
//! under it ("4. Functietitel van de opdracht" / "Toezichthouder Milieu").
//!
//! A question that names a label ("Functietitel van de opdracht",
//! "Sluitingsdatum voor reacties (datum en tijd)") becomes that label with
//! its answer on one line ("Functietitel: Toezichthouder Milieu"); a
//! question that names a criteria section ("Knock-outcriteria (één per
//! regel)") becomes its heading with the answers as a list; any other
//! question keeps its answer on its line ("Is een VOG nodig? Nee"). A form
//! is read so only where it has five questions or more, numbered in order,
//! each with an answer. Any other text is returned as it came.

use super::label_table::LABELS;
use super::lines::{LineKind, Section, heading_section, split_lines};
use super::normalize::fold;

/// A numbered question: its number and text.
fn question(line: &str) -> Option<(u32, &str)> {
    let t = line.trim();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let rest = t[digits..]
        .strip_prefix(['.', ')'])?
        .strip_prefix(' ')?
        .trim();
    let words = rest.split_whitespace().count();
    (rest.starts_with(char::is_uppercase) && (1..=12).contains(&words))
        .then(|| Some((t[..digits].parse().ok()?, rest)))?
}

/// The question without its notes in brackets ("Aanvraagnummer (in te
/// vullen door Inkoop)" → "Aanvraagnummer").
fn without_notes(q: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in q.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The label a question names: a label's spelling that is the whole
/// question or is followed by a preposition ("Functietitel van de
/// opdracht", "Sluitingsdatum voor reacties").
fn label_of(q: &str) -> Option<String> {
    let bare = without_notes(q);
    let f = fold(bare.trim_end_matches(['?', ':']).trim());
    LABELS
        .iter()
        .filter(|(spelling, _)| {
            f.strip_prefix(spelling).is_some_and(|rest| {
                rest.is_empty()
                    || [" van ", " voor ", " per ", " in ", " bij "]
                        .iter()
                        .any(|p| rest.starts_with(p))
            })
        })
        .max_by_key(|(spelling, _)| spelling.len())
        .map(|(spelling, _)| {
            let mut s = spelling.to_string();
            if let Some(first) = s.get_mut(0..1) {
                first.make_ascii_uppercase();
            }
            s
        })
}

/// The question's section, if it names a criteria list.
fn criteria_heading(q: &str) -> bool {
    let lines = split_lines(&without_notes(q));
    lines
        .first()
        .is_some_and(|l| matches!(heading_section(l), Some(Section::Knockout | Section::Award)))
}

/// A criteria answer as a list: one item a line, a line in lower case
/// going on with the item above; an answer that is a list already stays.
fn as_list(answers: &[&str]) -> Vec<String> {
    let listed = answers.iter().any(|a| {
        split_lines(a)
            .first()
            .is_some_and(|l| !matches!(l.kind, LineKind::Plain | LineKind::Blank))
            || a.trim_start().starts_with(|c: char| c.is_ascii_digit())
    });
    if listed {
        return answers.iter().map(|a| a.to_string()).collect();
    }
    let mut out: Vec<String> = Vec::new();
    for a in answers {
        let a = a.trim();
        match out.last_mut() {
            Some(last) if a.starts_with(char::is_lowercase) => {
                last.push(' ');
                last.push_str(a);
            }
            _ => out.push(format!("- {a}")),
        }
    }
    out
}

/// The questions of a form: each question's text and its answer lines.
type Questions<'a> = Vec<(&'a str, Vec<&'a str>)>;

/// The form in `lines`: the line of its first question, the line after its
/// last answer, and its questions.
fn read_form<'a>(lines: &[&'a str]) -> Option<(usize, usize, Questions<'a>)> {
    let mut found: Questions<'a> = Vec::new();
    let mut first = None;
    let mut expect = 0;
    let mut i = 0;
    while i < lines.len() {
        if let Some((n, q)) = question(lines[i])
            && (found.is_empty() && n == 1 || n == expect)
        {
            let answers: Vec<&str> = lines[i + 1..]
                .iter()
                .take_while(|l| !l.trim().is_empty() && question(l).is_none())
                .copied()
                .collect();
            // a list item wrapped under its own text ("4. Ervaring met
            // slimme" / "   verlichting (30 punten)") is no question with
            // its answer
            let text_at = q.as_ptr() as usize - lines[i].as_ptr() as usize;
            let hanging = answers.first().is_some_and(|a| {
                let indent = a.len() - a.trim_start().len();
                indent > 0 && indent == text_at
            });
            if answers.is_empty() || hanging {
                break;
            }
            first.get_or_insert(i);
            i += 1 + answers.len();
            found.push((q, answers));
            expect = n + 1;
            continue;
        }
        if !found.is_empty() && !lines[i].trim().is_empty() {
            break;
        }
        i += 1;
    }
    (found.len() >= 5).then_some((first?, i, found))
}

/// The text with a form's questions and answers written as labels, headings
/// and lists (see the module).
pub fn repair(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let Some((from, to, questions)) = read_form(&lines) else {
        return text.to_string();
    };
    let mut out: Vec<String> = lines[..from].iter().map(|l| l.to_string()).collect();
    for (n, (q, answers)) in questions.into_iter().enumerate() {
        if n > 0 {
            out.push(String::new());
        }
        if criteria_heading(q) {
            out.push(without_notes(q));
            out.extend(as_list(&answers));
        } else if let [answer] = answers.as_slice() {
            match label_of(q) {
                Some(label) => out.push(format!("{label}: {}", answer.trim())),
                None if q.trim_end().ends_with(['?', ')']) => {
                    out.push(format!("{} {}", q.trim(), answer.trim()));
                }
                None => out.push(format!("{}: {}", q.trim(), answer.trim())),
            }
        } else {
            out.push(q.trim().to_string());
            out.extend(answers.iter().map(|a| a.to_string()));
        }
    }
    out.extend(lines[to..].iter().map(|l| l.to_string()));
    super::normalize::join_like(&out, text)
}

#[cfg(test)]
mod tests {
    use super::repair;

    const FORM: &str = "Reactie 47\n\n1. Naam aanvrager\nIlse\n\n2. Organisatie\nODRU\n\n3. Functietitel van de opdracht\nToezichthouder Milieu\n\n4. Aanvraagnummer (in te vullen door Inkoop)\nODRU-1\n\n5. Knock-outcriteria (één per regel)\nMbo-4\nRijbewijs B\n\n6. Is een VOG nodig?\nNee\n";

    #[test]
    fn questions_become_labels_headings_and_answers() {
        assert_eq!(
            repair(FORM),
            "Reactie 47\n\nNaam aanvrager: Ilse\n\nOrganisatie: ODRU\n\nFunctietitel: Toezichthouder Milieu\n\nAanvraagnummer: ODRU-1\n\nKnock-outcriteria\n- Mbo-4\n- Rijbewijs B\n\nIs een VOG nodig? Nee\n"
        );
    }

    #[test]
    fn a_numbered_list_is_no_form() {
        let t = "Eisen\n1. Hbo\n2. Ervaring\n3. Rijbewijs\n4. VOG\n5. Nederlands\n";
        assert_eq!(repair(t), t);
        // nor one whose items a narrow page wrapped under their text
        let t = "1. Hbo-opleiding\n   techniek\n2. Vijf jaar\n   ervaring\n3. Rijbewijs\n   B\n4. Ervaring met slimme\n   verlichting (30 punten)\n5. Visie op donkerte en\n   biodiversiteit (25 punten)\n6. Tarief (25 punten)\n";
        assert_eq!(repair(t), t);
    }
}
