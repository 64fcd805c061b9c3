//! Points written in words ("veertig punten", "vijfentwintig punten",
//! "ten points"): [`repair`] writes the number in digits, so the criteria
//! reader reads them as points like "40 punten".

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

const UNITS: &[(&str, u32)] = &[
    ("een", 1),
    ("één", 1),
    ("twee", 2),
    ("drie", 3),
    ("vier", 4),
    ("vijf", 5),
    ("zes", 6),
    ("zeven", 7),
    ("acht", 8),
    ("negen", 9),
];

const WORDS: &[(&str, u32)] = &[
    ("honderd", 100),
    ("tien", 10),
    ("elf", 11),
    ("twaalf", 12),
    ("dertien", 13),
    ("veertien", 14),
    ("vijftien", 15),
    ("zestien", 16),
    ("zeventien", 17),
    ("achttien", 18),
    ("negentien", 19),
    ("twintig", 20),
    ("dertig", 30),
    ("veertig", 40),
    ("vijftig", 50),
    ("zestig", 60),
    ("zeventig", 70),
    ("tachtig", 80),
    ("negentig", 90),
    ("ten", 10),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
];

/// A word of letters before "punten"/"points".
static WORD_POINTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\p{L}+)(\s+(?:punten|punt|points)\b)").expect("static pattern")
});

/// The number a word names: "veertig", "vijfentwintig", "tien".
fn value(word: &str) -> Option<u32> {
    let w = word.to_lowercase();
    if let Some((_, n)) = WORDS.iter().find(|(s, _)| *s == w) {
        return Some(*n);
    }
    // "vijfentwintig", "drieëndertig"
    UNITS.iter().find_map(|(u, n)| {
        let rest = w.strip_prefix(u)?;
        let rest = rest
            .strip_prefix("en")
            .or_else(|| rest.strip_prefix("ën"))?;
        let (_, tens) = WORDS
            .iter()
            .find(|(s, t)| *s == rest && *t >= 20 && *t < 100)?;
        Some(tens + n)
    })
}

/// The text with points in words written in digits.
pub fn repair(text: &str) -> Cow<'_, str> {
    WORD_POINTS.replace_all(text, |c: &regex::Captures| match value(&c[1]) {
        Some(n) => format!("{n}{}", &c[2]),
        None => c[0].to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn points_in_words_are_digits() {
        assert_eq!(
            repair("kennis: vijftig punten; prijs: drieëndertig punten, 2 punten"),
            "kennis: 50 punten; prijs: 33 punten, 2 punten"
        );
        assert_eq!(repair("maximaal tien punten"), "maximaal 10 punten");
        assert_eq!(repair("extra punten"), "extra punten");
    }
}
