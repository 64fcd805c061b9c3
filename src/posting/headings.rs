//! Which section a heading line opens: its words looked up in
//! [`SECTION_WORDS`] (after a section's number or a form's "Deel A –"), a
//! kind named in brackets ("Geschiktheidseisen (knock-out)"), a heading the
//! text disowns ("(geen knock-outcriteria)"), and a sentence that names a
//! list of criteria before its colon ("… getoetst aan de eisen:").

use super::lines::{Line, LineKind, Section};
use super::normalize::fold;
use super::section_words::SECTION_WORDS;

/// A heading without the part of a form it opens ("Deel A - Uitsluitingscriteria",
/// "Part 2: Award criteria", "Onderdeel B – Eisen", "Uit Bijlage B - Gunningscriteria",
/// "Artikel 4 – Eisen").
fn without_part(lower: &str) -> &str {
    // an annex a mail quotes from ("Uit Bijlage A - Knock-outcriteria")
    let annex = lower.strip_prefix("uit ").unwrap_or(lower);
    let Some(rest) = [
        "deel ",
        "onderdeel ",
        "part ",
        "section ",
        "bijlage ",
        "annex ",
        "appendix ",
        "hoofdstuk ",
        // a contract-like request's "Artikel 4 – Eisen"
        "artikel ",
    ]
    .iter()
    .find_map(|p| annex.strip_prefix(p)) else {
        return lower;
    };
    // "A", "2", "3.1"
    let mark = rest
        .find(|c: char| !c.is_alphanumeric() && c != '.')
        .unwrap_or(rest.len());
    // "Deel 2. Eisen": the point after the mark is its separator
    let mark = if rest[..mark].ends_with('.') {
        mark - 1
    } else {
        mark
    };
    if !(1..=4).contains(&mark) {
        return lower;
    }
    let after = rest[mark..].trim_start();
    ["- ", "– ", "— ", ": ", ". "]
        .iter()
        .find_map(|sep| after.strip_prefix(sep))
        .map_or(lower, str::trim_start)
}

/// The section a line opens, if it is a heading.
pub fn heading_section(line: &Line) -> Option<Section> {
    let lower = line.text.to_lowercase();
    // (a section's number or mark before it: "3.2 Eisen", "§ 4  Eisen")
    let lower =
        lower.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ' ' | '§'));
    // (and the section's own number after a part's: "Section 6 – 4 Eisen")
    let lower = without_part(lower)
        .trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ' '));
    let matched = SECTION_WORDS
        .iter()
        .find(|(word, _)| opens_with_word(lower, word))
        .or_else(|| {
            // "Geschiktheidseisen (knock-out)": the kind named in brackets
            let (_, tail) = lower.split_once('(')?;
            SECTION_WORDS
                .iter()
                .filter(|(_, s)| matches!(s, Section::Knockout | Section::Award))
                .find(|(word, _)| opens_with_word(tail, word))
        });
    // "Eisen aan de inschrijving (geen knock-outcriteria)": demands the
    // heading itself says are none
    let disowned = [
        "geen knock-out",
        "geen knockout",
        "niet knock-out",
        "(geen eis",
    ]
    .iter()
    .any(|w| lower.contains(w));
    let matched = matched.map(|(w, s)| match s {
        Section::Knockout | Section::Demands if disowned => (w, &Section::Other),
        _ => (w, s),
    });
    match line.kind {
        LineKind::Heading => Some(matched.map_or(Section::Other, |(_, s)| *s)),
        LineKind::Plain => {
            // a PDF may set the heading's tail apart with a tab; a header
            // table row (several tab cells) is not a heading
            // a heading a PDF wrapped inside its brackets ("Gunningscriteria
            // … (weging," / "totaal 100 punten)") ends with a comma
            let wrapped = line.text.matches('(').count() > line.text.matches(')').count();
            // (a sub-section's number before it: "3.2 Geschiktheidseisen")
            let words = line
                .text
                .trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ' ' | '§'));
            // a table's header row named by its first cell ("Eisen⇥Omschrijving⇥Type")
            let header_row = line.text.contains('\t')
                && line
                    .text
                    .split('\t')
                    .skip(1)
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .all(|c| COLUMN_HEADS.contains(&fold(c).as_str()));
            if header_row
                && matched.is_some_and(|(_, s)| {
                    matches!(s, Section::Knockout | Section::Award | Section::Demands)
                })
            {
                return matched.map(|(_, s)| *s);
            }
            let looks_like_heading = words.chars().next().is_some_and(char::is_uppercase)
                && line.text.chars().count() <= 90
                && (wrapped || !line.text.ends_with(['.', ';', ',']))
                && line.text.matches('\t').count() <= 1
                // a row of a planning table ("Gunning (voorlopig)\t20 januari
                // 2027", or apart by spaces) is a step with its date, not a heading
                && line
                    .text
                    .split_once('\t')
                    .or_else(|| line.text.trim_end().split_once("  "))
                    .is_none_or(|(_, v)| {
                        // a PDF's heading tail "(weging, totaal 100 punten)"
                        v.trim_start().starts_with('(') || !v.chars().any(|c| c.is_ascii_digit())
                    });
            // notes in small letters head a list with the word and its
            // colon alone ("ko's:", "gunning:")
            let small_heading = line.text.trim_end().ends_with(':')
                && matched.is_some_and(|(w, _)| {
                    line.text.trim().chars().count() <= w.chars().count() + 2
                });
            match matched {
                Some((_, s)) if looks_like_heading || small_heading => Some(*s),
                _ => intro_sentence(&line.text),
            }
        }
        _ => None,
    }
}

/// Whether `text` opens with `word` as a whole word ("eisen", not "eisenpakket").
fn opens_with_word(text: &str, word: &str) -> bool {
    text.strip_prefix(word)
        .is_some_and(|rest| rest.chars().next().is_none_or(|c| !c.is_alphabetic()))
}

/// The names of a criteria table's other columns.
const COLUMN_HEADS: &[&str] = &[
    "omschrijving",
    "type",
    "soort",
    "weging",
    "gewicht",
    "punten",
    "toelichting",
    "criterium",
    "nr",
    "nr.",
    "code",
    "description",
    "weight",
    "points",
];

/// A sentence that ends by naming a list of criteria and opens it with a
/// colon ("Uw aanbieding wordt getoetst aan de eisen:", "en beoordeeld op
/// de gunningscriteria:"), as a letter or a receipt brings its lists.
fn intro_sentence(text: &str) -> Option<Section> {
    let t = text.trim();
    let before = t.strip_suffix(':')?.trim_end().to_lowercase();
    // a whole sentence, or its second half ("en beoordeeld op …"), not the
    // tail of one a PDF wrapped
    let whole = t.starts_with(char::is_uppercase) || before.starts_with("en ");
    if t.chars().count() > 120 || before.contains(':') || !whole {
        return None;
    }
    // a word that names a list of criteria, not a step ("beoordeling")
    let names_list = |w: &str| {
        ["eisen", "criteria", "wensen", "knock-outs"]
            .iter()
            .any(|end| w.ends_with(end))
    };
    SECTION_WORDS
        .iter()
        .filter(|(_, s)| matches!(s, Section::Knockout | Section::Award))
        .filter(|(w, _)| names_list(w))
        .find(|(word, _)| {
            before
                .strip_suffix(word)
                .is_some_and(|head| head.ends_with(' '))
                // a letter's "Aan de navolgende eisen dient te worden voldaan:"
                || ["navolgende ", "volgende ", "onderstaande "].iter().any(|lead| {
                    before.contains(&format!("{lead}{word} "))
                })
        })
        .map(|(_, s)| *s)
}
