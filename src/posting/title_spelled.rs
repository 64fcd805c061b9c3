//! A title written in small letters, as a note, a memo's subject or a
//! chat names the work ("inhuur coördinator huisvesting statushouders",
//! "Concept uitvraag adviseur geluid (inhuur Q1 2027)"), where the text
//! spells the role itself with capitals further on ("een interim
//! Coördinator Huisvesting Statushouders", "# Adviseur Geluid"): that
//! spelling is the title. The longest run of the title's words that the
//! text writes capitalised and that names a role wins; a title already
//! capitalised, or one the text never spells otherwise, stays.

use super::normalize::fold;
use super::title::names_a_role;

/// First words that say what a note or subject is, not the role.
const NOTE_WORDS: [&str; 9] = [
    "concept",
    "uitvraag",
    "inhuur",
    "inhuuraanvraag",
    "inhuurverzoek",
    "opdracht",
    "nieuwe",
    "aanvraag",
    "vacature",
];

/// The role as the text spells it, or `None` to keep `title`.
pub fn respelled(title: &str, text: &str) -> Option<String> {
    let title_words: Vec<String> = title
        .split_whitespace()
        .map(|w| fold(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .filter(|w| !w.is_empty())
        .collect();
    let capitals = title
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    // a title with most of its words capitalised is spelled already; one
    // that starts with a capital names the role itself unless its first
    // word says what the note is ("Concept uitvraag …", "Opdracht van de week …")
    let noted = title.starts_with(char::is_lowercase)
        || title_words
            .first()
            .is_some_and(|w| NOTE_WORDS.contains(&w.as_str()));
    if title_words.len() < 2 || capitals * 2 > title_words.len() || !noted {
        return None;
    }
    let mut best: Option<(usize, String)> = None;
    let own = fold(title);
    for line in text.lines() {
        // the title's own line ("title: Concept uitvraag …") spells nothing new
        if fold(line).contains(&own) {
            continue;
        }
        let words: Vec<&str> = line.split_whitespace().collect();
        for start in 0..words.len() {
            if !words[start]
                .trim_start_matches(['#', '*', '"', '“', '('])
                .starts_with(char::is_uppercase)
            {
                continue;
            }
            for len in (2..=6.min(words.len() - start)).rev() {
                if best.as_ref().is_some_and(|(n, _)| *n >= len) {
                    break;
                }
                let run = &words[start..start + len];
                let folded: Vec<String> = run
                    .iter()
                    .map(|w| fold(w.trim_matches(|c: char| !c.is_alphanumeric())))
                    .collect();
                let inside = title_words
                    .windows(len)
                    .any(|win| win.iter().zip(&folded).all(|(a, b)| a == b));
                let spelled = run
                    .join(" ")
                    .trim_matches(|c: char| !c.is_alphanumeric() && c != ')')
                    .to_string();
                // capitalised beyond its first word, as a role's name is
                let named = run[1..].iter().any(|w| w.starts_with(char::is_uppercase));
                if inside && named && names_a_role(&spelled) && spelled != title {
                    best = Some((len, spelled));
                    break;
                }
            }
        }
    }
    best.map(|(_, s)| s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_in_small_letters_takes_the_texts_spelling() {
        let memo = "Onderwerp: inhuur coördinator huisvesting statushouders\n\nIk vraag akkoord voor een interim Coördinator Huisvesting Statushouders, die per direct kan starten.";
        assert_eq!(
            respelled("inhuur coördinator huisvesting statushouders", memo).as_deref(),
            Some("Coördinator Huisvesting Statushouders")
        );
        let note = "---\ntitle: Concept uitvraag adviseur geluid (inhuur Q1 2027)\n---\n# Adviseur Geluid\n";
        assert_eq!(
            respelled("Concept uitvraag adviseur geluid (inhuur Q1 2027)", note).as_deref(),
            Some("Adviseur Geluid")
        );
        // spelled already, or never otherwise
        assert_eq!(respelled("Adviseur Geluid", note), None);
        assert_eq!(
            respelled(
                "medewerker burgerzaken",
                "Wij zoeken een medewerker burgerzaken."
            ),
            None
        );
    }
}
