//! A label or a list's heading the writer mistyped, as a posting typed by
//! hand has them ("Sluitingsdatm:", "gunnigscriteria:", "uurtarif:"): a
//! name before a colon, eight letters or more, that is one letter wrong,
//! missing, extra or swapped from a label or a section's word the readers
//! know, is written as that word; one a writer cut short with a dot
//! ("gunningscrit.:") as the word it opens. Names the readers know, and
//! names two letters away, are left: "Planning:" is no typo of anything.

use super::label_table::LABELS;
use super::section_words::SECTION_WORDS;
use std::borrow::Cow;
use std::sync::LazyLock;

/// The words a typo is measured against: labels and section words of
/// eight letters or more, in small letters.
static KNOWN: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut known: Vec<&str> = LABELS
        .iter()
        .map(|(l, _)| *l)
        .chain(SECTION_WORDS.iter().map(|(w, _)| *w))
        .filter(|w| w.chars().count() >= 8 && w.chars().all(|c| c.is_alphabetic() || c == ' '))
        .collect();
    known.sort_unstable();
    known.dedup();
    known
});

/// The text with each mistyped name written as the word it stands for.
pub fn repair(text: &str) -> Cow<'_, str> {
    let fixes: Vec<Option<String>> = text.lines().map(fixed).collect();
    if fixes.iter().all(Option::is_none) {
        return Cow::Borrowed(text);
    }
    let mut out: Vec<String> = text
        .lines()
        .zip(fixes)
        .map(|(line, fix)| fix.unwrap_or_else(|| line.to_string()))
        .collect();
    if text.ends_with('\n') {
        out.push(String::new());
    }
    Cow::Owned(out.join("\n"))
}

/// A line whose name before its colon is a typo, written right.
fn fixed(line: &str) -> Option<String> {
    let (name, value) = line.split_once(':')?;
    let indent = &name[..name.len() - name.trim_start().len()];
    let name = name.trim();
    let count = name.chars().count();
    if !(8..=30).contains(&count) || name.split_whitespace().count() > 3 {
        return None;
    }
    let lower = name.to_lowercase();
    if KNOWN.binary_search(&lower.as_str()).is_ok() {
        return None;
    }
    let word = match lower.strip_suffix('.') {
        // cut short: the shortest known word it opens ("gunningscrit.")
        Some(stem) => *KNOWN
            .iter()
            .filter(|w| w.starts_with(stem))
            .min_by_key(|w| w.len())?,
        None => {
            if !lower.chars().all(|c| c.is_alphabetic() || c == ' ') {
                return None;
            }
            // a typo rarely hits the first letter; its length is one off at most
            let first = lower.chars().next()?;
            let mut near = KNOWN.iter().filter(|w| {
                w.starts_with(first)
                    && w.chars().count().abs_diff(count) <= 1
                    && strsim::damerau_levenshtein(w, &lower) == 1
            });
            let found = near.next()?;
            near.next().is_none().then_some(*found)?
        }
    };
    let mut written: String = word.to_string();
    if name.starts_with(char::is_uppercase) {
        written = written
            .chars()
            .enumerate()
            .map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c })
            .collect();
    }
    Some(format!("{indent}{written}:{value}"))
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn a_mistyped_label_or_heading_is_written_right() {
        assert_eq!(
            repair("Sluitingsdatm: 08-01-2027 09.00u"),
            "Sluitingsdatum: 08-01-2027 09.00u"
        );
        assert_eq!(repair("gunnigscriteria:"), "gunningscriteria:");
        assert_eq!(repair("gunningscrit.:"), "gunningscriteria:");
    }

    #[test]
    fn known_names_and_other_words_are_left() {
        for line in [
            "Sluitingsdatum: 8 januari",
            "Planning: zie hieronder",
            "Opmerkingen: geen",
            "Contactpersoon: Anna",
            "12:00 uur",
        ] {
            assert_eq!(repair(line), line);
        }
    }
}
