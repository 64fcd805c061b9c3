//! An icon font's glyphs as a browser copies them: characters of the
//! private use area (U+E000..U+F8FF) before each fact of a strip
//! (" Roermond     24 - 32 uur     max. € 88,-"). They draw a pin or a
//! clock on the page and carry no text; each opens an item, so between
//! items a glyph becomes the strip's separator " · ", and at a line's start
//! it goes.

use std::borrow::Cow;

fn is_glyph(c: char) -> bool {
    ('\u{E000}'..='\u{F8FF}').contains(&c)
}

/// The text with icon glyphs as separators between the items they open.
pub fn repair(text: &str) -> Cow<'_, str> {
    if !text.contains(is_glyph) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let items: Vec<&str> = line
            .split(is_glyph)
            .map(str::trim)
            .filter(|i| !i.is_empty())
            .collect();
        out.push_str(&items.join(" · "));
        if line.ends_with('\n') {
            out.push('\n');
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn glyphs_separate_a_strip_s_items() {
        assert_eq!(
            repair(
                "\u{F3C5} Roermond    \u{F017} 24 - 32 uur    \u{F153} max. € 88,-\nTekst \u{E001}\n"
            ),
            "Roermond · 24 - 32 uur · max. € 88,-\nTekst\n"
        );
        assert_eq!(repair("Geen glyphs hier\n"), "Geen glyphs hier\n");
    }
}
