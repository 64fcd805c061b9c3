//! List items set off by indentation alone, as a browser's reader view or
//! a mail's plain text lists them:
//!
//! ```text
//! Knock-outcriteria
//!
//!     Je hebt een afgeronde hbo-opleiding.
//!     Je hebt minimaal 4 jaar ervaring met vakbekwaamheid.
//! ```
//!
//! In a text whose lines start at the margin, a run of two or more
//! indented lines under a line at the margin, each one item (it opens
//! with a capital or a digit), gets bullets, so the criteria reader sees a
//! list and the prose around it as prose. A text laid out in columns (a PDF
//! printed with its layout, where many lines are indented) is left as it
//! came.

use std::borrow::Cow;

/// Whether a line is indented (two spaces, or a tab, before its text).
fn indented(line: &str) -> bool {
    (line.starts_with("  ") || line.starts_with('\t')) && !line.trim().is_empty()
}

/// Whether an indented line can be an item of its own: it opens with a
/// capital or a digit and is no bullet or number already.
fn item_like(line: &str) -> bool {
    let t = line.trim();
    t.chars().count() <= 400
        && t.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && !numbered(t)
}

/// A line that opens with its number ("1. Hbo", "2) Rijbewijs").
fn numbered(t: &str) -> bool {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits) && t[digits..].starts_with(['.', ')'])
}

/// The text with such runs written as bullets (see the module doc).
pub fn repair(text: &str) -> Cow<'_, str> {
    if !text.contains("\n  ") && !text.contains("\n\t") {
        return Cow::Borrowed(text);
    }
    let lines: Vec<&str> = text.lines().collect();
    let filled = lines.iter().filter(|l| !l.trim().is_empty()).count();
    let inset = lines.iter().filter(|l| indented(l)).count();
    // a layout print: many lines indented
    if filled == 0 || inset * 10 > filled * 4 {
        return Cow::Borrowed(text);
    }
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut changed = false;
    let mut i = 0;
    while i < lines.len() {
        if !indented(lines[i]) {
            out.push(lines[i].to_string());
            i += 1;
            continue;
        }
        // the run: indented lines, blank lines between them allowed
        let mut end = i;
        let mut items = Vec::new();
        while end < lines.len() && (indented(lines[end]) || lines[end].trim().is_empty()) {
            if indented(lines[end]) {
                items.push(end);
            }
            end += 1;
        }
        // the run ends at its last item; trailing blank lines stay as they are
        let last = items.last().map_or(i, |l| l + 1);
        let under_text = out.iter().rev().find(|l| !l.trim().is_empty()).is_some();
        let bullets = items.len() >= 2
            && under_text
            && items.iter().all(|k| item_like(lines[*k]))
            && !items.iter().any(|k| {
                let t = lines[*k].trim_start();
                t.starts_with(['-', '•', '*', '▪', '–', '·'])
            });
        for line in &lines[i..last] {
            if bullets && indented(line) {
                out.push(format!("- {}", line.trim()));
                changed = true;
            } else {
                out.push((*line).to_string());
            }
        }
        i = last;
    }
    if changed {
        Cow::Owned(super::normalize::join_like(&out, text))
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn indented_lines_under_a_heading_are_items() {
        let t = "Eisen\n\n    Je hebt een hbo-opleiding.\n    Je hebt 4 jaar ervaring.\n\nDe drie besten worden uitgenodigd.\nMeer tekst\nNog meer";
        assert_eq!(
            repair(t),
            "Eisen\n\n- Je hebt een hbo-opleiding.\n- Je hebt 4 jaar ervaring.\n\nDe drie besten worden uitgenodigd.\nMeer tekst\nNog meer"
        );
    }

    #[test]
    fn wrapped_lines_bullets_and_layout_prints_are_left() {
        // a continuation in small letters: one item wrapped, not two
        let t = "Eisen\n    Je hebt een hbo-opleiding in een\n    technische richting.\nA\nB\nC";
        assert_eq!(repair(t), t);
        let t = "Eisen\n  - Hbo\n  - Rijbewijs\nA\nB\nC";
        assert_eq!(repair(t), t);
        let t = "Titel\n   Start     1 maart\n   Einde     1 juni\n   Uren      24";
        assert_eq!(repair(t), t);
    }
}
