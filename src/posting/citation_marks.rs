//! An AI assistant's answer copied with its citation marks: Copilot and
//! Perplexity put the number of a source after each fact they took from
//! it, glued to the sentence's stop or after a space ("Startdatum: per
//! direct.1", "Functieschaal\t10 1", "… De Cocksdorp.1 4"). A fact read
//! with its mark is a wrong fact: scale "10 1", a reference "0415.1",
//! hours "36 uur per week.1". In a text that shows the answer's chrome (a
//! line "Bronnen", "Sources", "Copilot", "Perplexity") and ends several
//! lines so, each line's marks are taken off; any other text is returned
//! as it came.

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// Marks that end a line: one or more source numbers (1-9), glued to a
/// stop or a closing bracket, or after a space.
static END_MARKS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:([.!?;:)])|[ \t])([1-9](?: [1-9]){0,3})\s*$").expect("static pattern")
});

/// A mark before a sentence's stop inside a line ("terzijde gelegd 1. In
/// een eerdere …").
static INNER_MARK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\p{L}) [1-9]([.;,]) ").expect("static pattern"));

/// Lines of the assistant's own chrome, one of which the answer shows.
const CHROME: &[&str] = &[
    "bronnen",
    "sources",
    "copilot",
    "microsoft 365 copilot",
    "perplexity",
    "verwijzingen",
    "referenties",
];

/// The text with an assistant's citation marks taken off (see the module).
pub fn repair(text: &str) -> Cow<'_, str> {
    let chrome = text
        .lines()
        .any(|l| CHROME.contains(&l.trim().to_lowercase().as_str()));
    if !chrome {
        return Cow::Borrowed(text);
    }
    let marked = text.lines().filter(|l| END_MARKS.is_match(l)).count();
    if marked < 4 {
        return Cow::Borrowed(text);
    }
    let out: Vec<String> = text
        .lines()
        .map(|line| {
            // a line that is a source's number alone stays (a list's index)
            if line.trim().len() <= 1 {
                return line.to_string();
            }
            let line = END_MARKS.replace(line, "$1");
            INNER_MARK.replace_all(&line, "$1$2 ").into_owned()
        })
        .collect();
    Cow::Owned(super::normalize::join_like(&out, text))
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn citation_marks_are_taken_off_an_answer() {
        let t = "Perplexity\nBronnen\nOpdrachtnummer: HHNK-2026-INH-0415.1\nStartdatum: per direct.1\nOmvang: 36 uur per week.1\nHet waterschap zoekt een manager.1 4\nEen inschrijving wordt terzijde gelegd 1. In een eerdere ronde niet.\n";
        assert_eq!(
            repair(t),
            "Perplexity\nBronnen\nOpdrachtnummer: HHNK-2026-INH-0415.\nStartdatum: per direct.\nOmvang: 36 uur per week.\nHet waterschap zoekt een manager.\nEen inschrijving wordt terzijde gelegd. In een eerdere ronde niet.\n"
        );
        let t = "Copilot\nKenmerk\tWAM-1 1\nFunctieschaal\t10 1\nAanvangsdatum\t1 februari 2027 1\nMaximumtarief\t€ 97,50 per uur 1\n";
        assert_eq!(
            repair(t),
            "Copilot\nKenmerk\tWAM-1\nFunctieschaal\t10\nAanvangsdatum\t1 februari 2027\nMaximumtarief\t€ 97,50 per uur\n"
        );
    }

    #[test]
    fn figures_that_end_lines_elsewhere_stay() {
        let t = "Functieschaal 9\nUren 3\nKwaliteit 4\nPrijs 6\nFase 2\n";
        assert_eq!(repair(t), t);
    }
}
