//! A numbered list run together on one line, as an app or a form's text
//! field keeps it ("1) Afgeronde hbo-opleiding 2) Minimaal 4 jaar ervaring
//! 3) Ervaring met …"): [`repair`] puts each item on a line of its own, so
//! the criteria reader counts them. Only a run that counts up from 1, each
//! number followed by ")" or "." and a capital, is a list.

use regex::Regex;
use std::sync::LazyLock;

/// A number that may open an item: at the line's start or after a space.
static MARK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|\s)(\d{1,2})[).]\s+\p{Lu}").expect("static pattern"));

/// The text with each one-line numbered list split into its items.
pub fn repair(text: &str) -> std::borrow::Cow<'_, str> {
    super::normalize::rewrite_lines(text, split)
}

fn split(line: &str) -> Option<Vec<String>> {
    if !line.contains("2)") && !line.contains("2.") {
        return None;
    }
    let trimmed = line.trim_start();
    let indent = &line[..line.len() - trimmed.len()];
    // the starts of items 1, 2, 3 … in order; other numbers are text
    let mut starts: Vec<usize> = Vec::new();
    for c in MARK.captures_iter(trimmed) {
        let (Some(n), Some(whole)) = (c.get(1), c.get(0)) else {
            continue;
        };
        if n.as_str().parse::<usize>().ok() == Some(starts.len() + 1) {
            let at = whole.start() + whole.as_str().len() - whole.as_str().trim_start().len();
            starts.push(at);
        }
    }
    if starts.len() < 2 || starts[0] != 0 {
        return None;
    }
    let mut out = Vec::with_capacity(starts.len());
    for (i, &at) in starts.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(trimmed.len());
        out.push(format!("{indent}{}", trimmed[at..end].trim_end()));
    }
    Some(out)
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
    fn numbers_in_running_text_are_left() {
        for t in [
            "Ervaring met 2) projecten",
            "1) Eerste punt",
            "Zie artikel 1. Daarna 2. En verder",
            "1) Hbo 3) Wo",
        ] {
            assert_eq!(repair(t), t);
        }
    }
}
