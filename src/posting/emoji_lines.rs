//! An app's or chat's share text that opens each line of facts with an
//! emoji ("📍 Utrecht · 🕒 24 uur · 💶 max € 90", "✅ Je voldoet aan:"):
//! [`repair`] drops the pictographs before a heading ("…:") and after a
//! separator, so the heading or label behind them is read as one. The
//! pictograph that opens a line of facts is kept (it marks a bullet and a
//! sentence), and emoji inside a sentence are left.

use std::borrow::Cow;

/// A pictograph, its variation selector or a joiner.
fn is_emoji(c: char) -> bool {
    matches!(c as u32,
        0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x2300..=0x23FF
        | 0xFE0F | 0x200D | 0x20E3 | 0x2190..=0x21FF)
}

/// `s` without the pictographs and spaces it starts with.
fn strip_lead(s: &str) -> &str {
    let t = s.trim_start_matches(|c: char| is_emoji(c) || c == ' ');
    // only where a pictograph went: indentation is kept
    if t.len() < s.trim_start_matches(' ').len() {
        t
    } else {
        s
    }
}

/// A line opened by a keycap digit ("1⃣ Mbo-4", "2️⃣ Rijbewijs", "🔟 …")
/// as a numbered line ("1. Mbo-4").
fn keycap_number(line: &str) -> Option<String> {
    let t = line.trim_start();
    if let Some(rest) = t.strip_prefix('🔟') {
        return Some(format!("10. {}", rest.trim_start()));
    }
    let digit = t.chars().next().filter(char::is_ascii_digit)?;
    let rest = t[1..].strip_prefix('\u{FE0F}').unwrap_or(&t[1..]);
    let rest = rest.strip_prefix('\u{20E3}')?;
    Some(format!("{digit}. {}", rest.trim_start()))
}

/// The text with leading pictographs of lines and of " · " items dropped.
pub fn repair(text: &str) -> Cow<'_, str> {
    if !text
        .chars()
        .any(|c| (c as u32) >= 0x1F000 || c == '\u{20E3}')
    {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        if let Some(numbered) = keycap_number(line) {
            out.push_str(&numbered);
            continue;
        }
        // a heading ("✅ Je voldoet aan:") loses its pictograph; a line of
        // facts keeps its first (a pictograph opens a bullet and a sentence)
        let heading = line.trim_end().ends_with(':');
        let items: Vec<&str> = line
            .split(" · ")
            .enumerate()
            .map(|(i, s)| if i > 0 || heading { strip_lead(s) } else { s })
            .collect();
        out.push_str(&items.join(" · "));
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn pictographs_before_facts_are_dropped() {
        assert_eq!(
            repair("📍 Assen · 🕒 20 uur\n✅ Wat je meebrengt:\nTop 👍 zo"),
            "📍 Assen · 20 uur\nWat je meebrengt:\nTop 👍 zo"
        );
    }

    #[test]
    fn keycap_digits_number_their_lines() {
        assert_eq!(
            repair("Eisen:\n1\u{20E3} Mbo-4\n2\u{FE0F}\u{20E3} Rijbewijs B\n"),
            "Eisen:\n1. Mbo-4\n2. Rijbewijs B\n"
        );
    }

    #[test]
    fn a_text_without_pictographs_is_left() {
        assert_eq!(repair("→ Start: 1 mei"), "→ Start: 1 mei");
    }
}
