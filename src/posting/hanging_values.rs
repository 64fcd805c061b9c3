//! A value a PDF or a plain-text form wraps under its own column:
//!
//! ```text
//! Sluiting vragenronde                dinsdag 8 december 2026,
//!                                     12:00 uur
//! ```
//!
//! [`repair`] joins the wrapped part to its line, so a date and its time,
//! or a period and its note, are read together. Only a line indented to
//! exactly where the value above it starts, after a label set apart by a
//! gap, is such a part.

use std::borrow::Cow;

/// Indentation below which a line is a paragraph's or list's own.
const MIN_INDENT: usize = 8;

/// The text with each wrapped value joined to the line it continues.
pub fn repair(text: &str) -> Cow<'_, str> {
    if !text.contains(&" ".repeat(MIN_INDENT)) {
        return Cow::Borrowed(text);
    }
    let mut out: Vec<String> = Vec::new();
    let mut changed = false;
    for line in text.lines() {
        let indent = line.len() - line.trim_start_matches(' ').len();
        let rest = line.trim();
        if indent >= MIN_INDENT
            && !rest.is_empty()
            && let Some(prev) = out.last_mut()
            && value_starts_at(prev, indent)
        {
            prev.push(' ');
            prev.push_str(rest);
            changed = true;
            continue;
        }
        out.push(line.to_string());
    }
    if !changed {
        return Cow::Borrowed(text);
    }
    let mut joined = out.join("\n");
    if text.ends_with('\n') {
        joined.push('\n');
    }
    Cow::Owned(joined)
}

/// Whether `line` is a label and a value, the value starting at byte `at`
/// after a gap of two or more spaces (or a padded colon).
fn value_starts_at(line: &str, at: usize) -> bool {
    let (Some(head), Some(value)) = (line.get(..at), line.get(at..)) else {
        return false;
    };
    let label = head.trim_end();
    !label.trim().is_empty()
        && !label.starts_with(' ')
        && (head.ends_with("  ") || label.ends_with(':'))
        && value.starts_with(|c: char| !c.is_whitespace())
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn a_wrapped_value_joins_its_line() {
        let t = "Sluiting vragenronde                dinsdag 8 december 2026,\n                                    12:00 uur\nGesprekken                          17 december\n";
        assert_eq!(
            repair(t),
            "Sluiting vragenronde                dinsdag 8 december 2026, 12:00 uur\nGesprekken                          17 december\n"
        );
        let t = "Looptijd          : 1 februari 2027 tot en met 31 juli 2027\n                    (optie tot verlenging)\n";
        assert_eq!(
            repair(t),
            "Looptijd          : 1 februari 2027 tot en met 31 juli 2027 (optie tot verlenging)\n"
        );
    }

    #[test]
    fn other_indented_lines_are_left() {
        for t in [
            "K1  De kandidaat beschikt over\n    een hbo-opleiding\n",
            "Een zin met een woord.\n          Een ingesprongen regel\n",
            "Titel                               Pagina 1\n                                              Pagina 2\n",
        ] {
            assert_eq!(repair(t), t);
        }
    }
}
