//! HTML inside a text field, as a careers API gives a posting's description
//! and requirements ("<p>Kenmerk: …</p><ol><li>…</li></ol>"): the lines a
//! page would show, read by html2text without decoration, each list item
//! on its own line ("1. …", "* …"). A field without tags is returned as it
//! came.

use std::borrow::Cow;

/// Wide enough that no line of a posting wraps.
const WIDTH: usize = 10_000;

/// Tags that mark a value as HTML rather than text that names a "<".
const TAGS: [&str; 9] = [
    "<p", "<br", "<li", "<ul", "<ol", "<h", "<div", "<strong", "<b>",
];

/// The text of an HTML fragment; text without tags as it came.
pub fn text(value: &str) -> Cow<'_, str> {
    let lower = value.to_ascii_lowercase();
    if !TAGS.iter().any(|t| lower.contains(t)) {
        return Cow::Borrowed(value);
    }
    match html2text::config::plain_no_decorate()
        .no_table_borders()
        .string_from_read(value.as_bytes(), WIDTH)
    {
        Ok(t) => Cow::Owned(
            t.lines()
                .map(str::trim_end)
                .collect::<Vec<_>>()
                .join("\n")
                .trim()
                .to_string(),
        ),
        Err(_) => Cow::Borrowed(value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_breaks_and_lists_become_lines() {
        let t = text(
            "<p>Kenmerk: WDD-2026-INH-092<br>Tarief: &euro; 96,50</p><h3>Knock-outcriteria</h3><ol><li>Wo-opleiding</li><li>4 jaar ervaring</li></ol>",
        );
        let lines: Vec<&str> = t.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(lines[0], "Kenmerk: WDD-2026-INH-092");
        assert_eq!(lines[1], "Tarief: € 96,50");
        assert!(lines[2].contains("Knock-outcriteria"), "{lines:?}");
        assert_eq!(lines[3], "1. Wo-opleiding");
        assert_eq!(lines[4], "2. 4 jaar ervaring");
    }

    #[test]
    fn text_without_tags_is_left() {
        assert_eq!(text("uren < 32 per week"), "uren < 32 per week");
    }
}
