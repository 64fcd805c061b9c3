//! Knock-out criteria a sentence counts before it lists them, as a mail,
//! a newsletter or a blog writes them ("Kandidaten moeten aan twee eisen
//! voldoen: drie jaar ervaring als accountmanager, en een rijbewijs B."):
//! the sentence gets a heading line and each demand a numbered line, as
//! the criteria reader knows a list. The list is read so only where it
//! holds as many items as the sentence counts.

use super::inline_criteria::{items, sentence_end};
use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// A count of demands, a few words, then the colon that opens the list.
static COUNTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(twee|drie|vier|vijf|zes|[2-6])\s+(?:harde\s+|vaste\s+|minimale\s+)?(?:eisen|knock-outcriteria|knock-outeisen|knock-outs|requirements)\b[^:.;]{0,40}:\s*",
    )
    .expect("static pattern")
});

/// The text with each counted list of demands written as a heading and
/// numbered items.
pub fn repair(text: &str) -> Cow<'_, str> {
    if !COUNTED.is_match(text) {
        return Cow::Borrowed(text);
    }
    super::normalize::rewrite_lines(text, split)
}

fn count_of(word: &str) -> Option<usize> {
    word.parse()
        .ok()
        .or_else(|| super::number_words::value(word).map(|n| n as usize))
}

/// A line's text before the list, the heading, the demands and the text after.
fn split(line: &str) -> Option<Vec<String>> {
    let caps = COUNTED.captures(line)?;
    let whole = caps.get(0)?;
    let count = count_of(caps.get(1)?.as_str())?;
    let (list, rest) = sentence_end(&line[whole.end()..]);
    let mut demands: Vec<String> = Vec::new();
    for item in items(list) {
        let item = item.strip_prefix("en ").unwrap_or(&item).trim().to_string();
        demands.push(item);
    }
    // the last two are apart by "en" ("…, hbo en een rijbewijs B")
    if demands.len() + 1 == count
        && let Some(last) = demands.pop()
    {
        match last.split_once(" en ") {
            Some((a, b)) => {
                demands.push(a.trim().to_string());
                demands.push(b.trim().to_string());
            }
            None => demands.push(last),
        }
    }
    if demands.len() != count || demands.iter().any(|d| d.split_whitespace().count() > 25) {
        return None;
    }
    let mut out = vec![line[..whole.end()].trim_end().to_string()];
    out.push("Knock-outcriteria:".to_string());
    for (n, d) in demands.iter().enumerate() {
        out.push(format!("{}. {d}.", n + 1));
    }
    if !rest.trim().is_empty() {
        out.push(String::new());
        out.push(rest.trim().to_string());
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_that_counts_its_demands() {
        let out = repair(
            "Kandidaten moeten aan twee eisen voldoen: minimaal drie jaar ervaring als accountmanager bij een gemeente, en een rijbewijs B. Wie daaraan voldoet, krijgt punten.",
        );
        assert!(
            out.contains("Knock-outcriteria:\n1. minimaal drie jaar ervaring als accountmanager bij een gemeente.\n2. een rijbewijs B.\n\nWie daaraan"),
            "{out}"
        );
        let out = repair("Er gelden drie eisen: hbo, vijf jaar ervaring en een VOG.");
        assert!(
            out.contains("1. hbo.\n2. vijf jaar ervaring.\n3. een VOG."),
            "{out}"
        );
    }

    #[test]
    fn a_list_of_another_length_is_left_alone() {
        let t = "Er gelden drie eisen: hbo en ervaring.";
        assert_eq!(repair(t), t);
    }
}
