//! A card's captions drawn in a frame, as a marketplace's fact cards copy
//! ("┌ TARIEF ┐" over "€ 82 – € 90 p/u", "╭─ Start ─╮", "[ UREN ]"): the
//! caption stands alone on its line, so the label readers know it as a
//! label on its own line with its value under it. A frame around more than
//! a caption (a teaser's "┌ Projectleider ┐ Gemeente Veere · 32 p/w") or
//! around a whole card's line is left as it came.

/// Corners and bars that open a frame.
const OPEN: &[char] = &['┌', '╭', '╔', '┏', '['];
/// Corners and bars that close one.
const CLOSE: &[char] = &['┐', '╮', '╗', '┓', ']'];
/// The frame's own line characters beside the caption.
const BARS: &[char] = &['─', '━', '═', ' '];

/// The caption a framed line holds: one to three words of letters.
fn caption(line: &str) -> Option<&str> {
    let t = line.trim();
    let inner = t.strip_prefix(OPEN)?.strip_suffix(CLOSE)?;
    let inner = inner.trim_matches(BARS);
    let words = inner.split_whitespace().count();
    ((1..=3).contains(&words)
        && inner
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '/' | '.' | '-')))
    .then_some(inner)
}

/// The text with each framed caption on its line without its frame.
pub fn repair(text: &str) -> String {
    if !text.contains(CLOSE) {
        return text.to_string();
    }
    let out: Vec<String> = text
        .lines()
        .map(|l| caption(l).map_or_else(|| l.to_string(), str::to_string))
        .collect();
    super::normalize::join_like(&out, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_framed_caption_stands_alone() {
        assert_eq!(
            repair("┌ TARIEF ┐\n€ 82 p/u\n╭─ Start ─╮\n1 feb\n"),
            "TARIEF\n€ 82 p/u\nStart\n1 feb\n"
        );
        // a teaser framed with more after it, a card's line, a link
        let t = "┌ Projectleider ┐ Gemeente Veere · 32 p/w\n┌──────┐\n│ IZL-2026 │\n[ Bekijk opdracht 12 ]\n";
        assert_eq!(repair(t), t);
    }
}
