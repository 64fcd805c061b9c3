//! Text that went through UTF-8 read as Windows-1252 on its way ("â€“" for
//! "–", "Ã©" for "é", "CoÃ¶rdinator", "â‚¬ 95"), as a mail client or a
//! read-later service passes it on: each run of such characters is turned
//! back into the bytes Windows-1252 gives them and read as UTF-8. A run is
//! changed only when those bytes are UTF-8, which a real "é", "€" or "–"
//! on its own never is (a lone byte above 127 is not UTF-8), so text that
//! is right is left as it is.

use std::borrow::Cow;

/// The characters a Windows-1252 reading of UTF-8 gives: the lead bytes
/// "Â"–"ï" and the continuation bytes, which Windows-1252 shows as
/// letters, signs and punctuation.
fn may_be_mojibake(c: char) -> bool {
    !c.is_ascii() && (c as u32) < 0x2200
}

/// `text` with every run of mojibake turned back into what was written.
pub fn repair(text: &str) -> Cow<'_, str> {
    // the two lead bytes of every Dutch letter and of the euro sign and
    // the dashes and quotes: "Ã" (C3), "Â" (C2), "â" (E2)
    if !text.contains(['Ã', 'Â', 'â']) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(may_be_mojibake) {
        out.push_str(&rest[..at]);
        let run_len = rest[at..]
            .find(|c: char| !may_be_mojibake(c))
            .unwrap_or(rest.len() - at);
        let run = &rest[at..at + run_len];
        out.push_str(&undo(run).unwrap_or_else(|| run.to_string()));
        rest = &rest[at + run_len..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// A run read back as UTF-8 from its Windows-1252 bytes, where it is.
fn undo(run: &str) -> Option<String> {
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(run);
    if unmappable {
        return None;
    }
    let back = std::str::from_utf8(&bytes).ok()?;
    // the run was mojibake only if it names fewer characters than it took
    (back.chars().count() < run.chars().count()).then(|| back.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mojibake_is_read_back() {
        for (bad, good) in [
            ("CoÃ¶rdinator Wmo", "Coördinator Wmo"),
            ("32â€“36 uur", "32–36 uur"),
            ("maximaal â‚¬ 95,00", "maximaal € 95,00"),
            ("Mijnkade â€“ inhuur", "Mijnkade – inhuur"),
            ("â€œVOGâ€\u{9d} vereist", "“VOG” vereist"),
            ("CafÃ© en BelgiÃ«", "Café en België"),
        ] {
            assert_eq!(repair(bad), good, "{bad}");
        }
    }

    #[test]
    fn right_text_is_left() {
        for good in [
            "Coördinator – € 95 “VOG” café België",
            "Â is een letter",
            "déjà vu",
            "1 − 2 ≥ 3",
        ] {
            assert_eq!(repair(good), good, "{good}");
        }
    }
}
