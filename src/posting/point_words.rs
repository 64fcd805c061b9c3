//! Points written in words ("veertig punten", "vijfentwintig punten",
//! "ten points"): [`repair`] writes the number in digits, so the criteria
//! reader reads them as points like "40 punten".

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// Points the Dutch words of 1 to 99 (`number_words`) do not name.
const OTHER_WORDS: &[(&str, u32)] = &[
    ("honderd", 100),
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
    super::number_words::value(word).or_else(|| {
        let w = word.to_lowercase();
        OTHER_WORDS.iter().find(|(s, _)| *s == w).map(|(_, n)| *n)
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
