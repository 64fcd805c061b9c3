//! A numbered list run together on one line, as an app or a form's text
//! field keeps it ("1) Afgeronde hbo-opleiding 2) Minimaal 4 jaar ervaring
//! 3) Ervaring met …"): [`repair`] puts each item on a line of its own, so
//! the criteria reader counts them. Only a run that counts up from 1, each
//! number followed by ")" or "." and a capital, is a list; so is a run of
//! codes counting up ("KO1 Afgeronde hbo | KO2 Minimaal 5 jaar …", as an
//! export's cell holds them). A label before the run ("Knock-outcriteria:")
//! keeps a line of its own.

use regex::Regex;
use std::sync::LazyLock;

/// A number that may open an item: at the line's start or after a space.
static MARK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|\s)(\d{1,2})[).]\s+\p{Lu}").expect("static pattern"));

/// A criterion's code that may open an item ("KO1", "K2", "E3", "W1").
static CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[\s|;])(KO|K|E|W|G|R)(\d{1,2})[).:]?\s+\p{Lu}").expect("static pattern")
});

/// A number with a bracket that opens an item in small letters ("1)
/// hbo-diploma"), read only after a heading of criteria.
static SMALL_MARK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|\s)(\d{1,2})\)\s+\p{L}").expect("static pattern"));

/// A number glued to the text before it ("Eisen:1. Hbo.2. Drie jaar …"),
/// as a web page's list copied onto one line; read only after a label
/// that names criteria.
static GLUED_MARK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[\s:.)])(\d{1,2})[).]\s*\p{Lu}").expect("static pattern"));

/// A letter that opens an item, glued or not ("Wensen:A. Ervaring … (25
/// punten)B. Prijs …"); read only after a label that names criteria.
static LETTER_MARK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[\s:.)])([A-J])[).]\s+\p{Lu}").expect("static pattern"));

/// Whether a label names criteria ("Knock-outs:", "Eisen:", "Gunning:").
fn names_criteria(head: &str) -> bool {
    let f = super::normalize::fold(head);
    [
        "knock-out",
        "knockout",
        "ko",
        "eisen",
        "vereisten",
        "wensen",
        "gunning",
        "criteria",
    ]
    .iter()
    .any(|w| f.contains(w))
}

/// The text with each one-line numbered list split into its items.
pub fn repair(text: &str) -> std::borrow::Cow<'_, str> {
    super::normalize::rewrite_lines(text, split)
}

fn split(line: &str) -> Option<Vec<String>> {
    if !line.contains('2') {
        return None;
    }
    let trimmed = line.trim_start();
    let indent = &line[..line.len() - trimmed.len()];
    let (starts, coded, small) = match counted(trimmed, &MARK, 1, None) {
        s if s.len() >= 2 => (s, false, false),
        _ if let Some(s) = glued(trimmed) => (s, true, false),
        _ => match counted(trimmed, &CODE, 2, Some(1)) {
            s if s.len() >= 2 => (s, true, false),
            // "Knock-outs: 1) hbo-diploma 2) diploma …": items in small
            // letters, after a heading of criteria
            _ => (counted(trimmed, &SMALL_MARK, 1, None), true, true),
        },
    };
    if starts.len() < 2 {
        return None;
    }
    // "1) …" opens the line; a code may follow a label ("Knock-outcriteria: KO1 …")
    let whole_head = trimmed[..starts[0]].trim();
    // a label after a sentence of a message ("… dienstverband. KO: 1) …"):
    // the sentence keeps a line of its own
    let (before, head) = match whole_head.rfind(". ") {
        Some(at) if whole_head.len() > 40 => {
            (whole_head[..=at].trim(), whole_head[at + 2..].trim())
        }
        _ => ("", whole_head),
    };
    let labelled = coded
        && head.ends_with(':')
        && head.len() <= 40
        && (CODE.is_match(&trimmed[starts[0]..]) || names_criteria(head));
    if !(head.is_empty() && !small || labelled) {
        return None;
    }
    let mut out = Vec::with_capacity(starts.len() + 2);
    if !before.is_empty() {
        out.push(format!("{indent}{before}"));
    }
    if !head.is_empty() {
        out.push(format!("{indent}{head}"));
    }
    for (i, &at) in starts.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(trimmed.len());
        let item = trimmed[at..end]
            .trim_end()
            .trim_end_matches(['|', ';'])
            .trim_end();
        out.push(format!("{indent}{item}"));
    }
    Some(out)
}

/// Where the glued or lettered items of a list after a label naming
/// criteria start ("Eisen:1. …", "Wensen:A. …").
fn glued(text: &str) -> Option<Vec<usize>> {
    let (head, _) = text.split_once(':')?;
    if head.len() > 40 || !names_criteria(head) {
        return None;
    }
    let numbered = counted(text, &GLUED_MARK, 1, None);
    let starts = if numbered.len() >= 2 {
        numbered
    } else {
        lettered(text)
    };
    let mark_of = |at: usize| text[..at].trim_end().ends_with(':');
    (starts.len() >= 2 && starts.first().is_some_and(|&at| mark_of(at))).then_some(starts)
}

/// Where items A, B, C … start.
fn lettered(text: &str) -> Vec<usize> {
    let mut starts: Vec<usize> = Vec::new();
    for c in LETTER_MARK.captures_iter(text) {
        let Some(l) = c.get(1) else {
            continue;
        };
        let want = char::from(b'A' + starts.len().min(25) as u8);
        if l.as_str().starts_with(want) {
            starts.push(l.start());
        }
    }
    starts
}

/// Where items 1, 2, 3 … start (the number in capture `group`, a code in
/// capture `code` the same for all); other numbers are text.
fn counted(text: &str, mark: &Regex, group: usize, code: Option<usize>) -> Vec<usize> {
    let mut starts: Vec<usize> = Vec::new();
    let mut first_code: Option<&str> = None;
    for c in mark.captures_iter(text) {
        let (Some(n), Some(whole)) = (c.get(group), c.get(0)) else {
            continue;
        };
        if let Some(g) = code {
            let this = c.get(g).map_or("", |m| m.as_str());
            if *first_code.get_or_insert(this) != this {
                continue;
            }
        }
        if n.as_str().parse::<usize>().ok() == Some(starts.len() + 1) {
            let lead = whole.as_str().len()
                - whole
                    .as_str()
                    .trim_start_matches([' ', '\t', '|', ';', ':', '.', ')'])
                    .len();
            starts.push(whole.start() + lead);
        }
    }
    starts
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn a_list_run_together_gets_a_line_per_item() {
        assert_eq!(
            repair(
                "KNOCK-OUTCRITERIA\n1) Afgeronde hbo-opleiding 2) Minimaal 4 jaar ervaring met NEN-ISO 55000 3) Ervaring met RAMS\nWENSEN"
            ),
            "KNOCK-OUTCRITERIA\n1) Afgeronde hbo-opleiding\n2) Minimaal 4 jaar ervaring met NEN-ISO 55000\n3) Ervaring met RAMS\nWENSEN"
        );
    }

    #[test]
    fn items_in_small_letters_after_a_heading_of_criteria() {
        assert_eq!(
            repair("Knock-outs: 1) hbo-diploma 2) diploma BPD 3) min 3 jr ervaring"),
            "Knock-outs:\n1) hbo-diploma\n2) diploma BPD\n3) min 3 jr ervaring"
        );
        // prose with numbers in brackets is no list
        for t in [
            "Zie bijlage: 1) de kaart en 2) de tekening",
            "1) de kaart en 2) de tekening",
        ] {
            assert_eq!(repair(t), t);
        }
    }

    #[test]
    fn a_cell_of_coded_criteria_gets_a_line_per_item() {
        assert_eq!(
            repair(
                "Knock-outcriteria: KO1 Afgeronde hbo | KO2 Minimaal 5 jaar ervaring, waarvan 2 in de zorg | KO3 Kennis van AVG"
            ),
            "Knock-outcriteria:\nKO1 Afgeronde hbo\nKO2 Minimaal 5 jaar ervaring, waarvan 2 in de zorg\nKO3 Kennis van AVG"
        );
    }

    #[test]
    fn a_list_glued_after_its_label_gets_a_line_per_item() {
        assert_eq!(
            repair(
                "Eisen:1. Hbo-opleiding (of B-opleiding).2. Minimaal 3 jaar ervaring.3. Kennis van de Archiefwet."
            ),
            "Eisen:\n1. Hbo-opleiding (of B-opleiding).\n2. Minimaal 3 jaar ervaring.\n3. Kennis van de Archiefwet."
        );
        assert_eq!(
            repair(
                "Wensen:A. Ervaring met e-depot (25 punten)B. Motivatie (40 punten)C. Prijs (35 punten)"
            ),
            "Wensen:\nA. Ervaring met e-depot (25 punten)\nB. Motivatie (40 punten)\nC. Prijs (35 punten)"
        );
        assert_eq!(repair("Zie:A. Jansen B. Smit"), "Zie:A. Jansen B. Smit");
    }

    #[test]
    fn a_labelled_list_after_a_sentence_of_a_message() {
        assert_eq!(
            repair(
                "3/4 Zzp is toegestaan, mits de opdrachtnemer dat aantoont. KO: 1) hbo-diploma 2) min. 3 jr erv. 3) beschikbaar per 4/1"
            ),
            "3/4 Zzp is toegestaan, mits de opdrachtnemer dat aantoont.\nKO:\n1) hbo-diploma\n2) min. 3 jr erv.\n3) beschikbaar per 4/1"
        );
    }

    #[test]
    fn numbers_in_running_text_are_left() {
        for t in [
            "Ervaring met 2) projecten",
            "1) Eerste punt",
            "Zie artikel 1. Daarna 2. En verder",
            "1) Hbo 3) Wo",
            "Zie K1 Hbo en E2 Wo",
            "Tekst: 1) Hbo 2) Wo",
        ] {
            assert_eq!(repair(t), t);
        }
    }
}
