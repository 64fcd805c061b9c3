//! Letters a scan's OCR read as digits: "0ns kenmerk", "Afde1ing",
//! "a11e", "hb0-0p1eiding", "v00r". In a word of at least two small
//! letters, a 0 is an o (an O when it opens the word) and a 1 an l. Codes
//! ("K1", "KO1", "C1-niveau", "VLI/2026/INH/0177") and numbers keep their
//! digits: they have fewer than two small letters or other digits. Only a
//! text with three or more such words is taken for a scan; any other text
//! is returned as it came. The other way round, a number's letter O is
//! always a zero ("€ 1O5,00", "42.OOO inwoners").

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// A word's letters and digits with its confused digits read as letters,
/// or `None` when it has none to read.
fn read_word(word: &str) -> Option<String> {
    let small = word.chars().filter(char::is_ascii_lowercase).count();
    let confused = word.chars().any(|c| c == '0' || c == '1');
    let other_digit = word
        .chars()
        .any(|c| c.is_ascii_digit() && c != '0' && c != '1');
    // a figure glued to the label after it ("12:00Vragen", "Schaal
    // 11Reageren" from a page copied without its line breaks)
    let glued = word
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .starts_with(|c: char| c.is_uppercase())
        && word.starts_with(|c: char| c.is_ascii_digit());
    if small < 2 || !confused || other_digit || glued {
        return None;
    }
    Some(
        word.chars()
            .enumerate()
            .map(|(i, c)| match c {
                '0' if i == 0 => 'O',
                '0' => 'o',
                '1' => 'l',
                c => c,
            })
            .collect(),
    )
}

/// The words of a text: runs of letters and digits, with their byte starts.
fn words(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

/// A number with the letter O read for a zero ("€ 1O5,00", "42.OOO"):
/// digits, O's and the marks between them, opening with a digit.
static O_IN_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\d[\dO]*(?:[.,][\dO]+)*\b").expect("static pattern"));

/// The text with the O's of its numbers read as zeros.
fn zeros_read(text: &str) -> Cow<'_, str> {
    if !text.contains('O') {
        return Cow::Borrowed(text);
    }
    O_IN_NUMBER.replace_all(text, |c: &regex::Captures| c[0].replace('O', "0"))
}

/// The text with a scan's confused letters read (see the module).
pub fn repair(text: &str) -> Cow<'_, str> {
    let text = match zeros_read(text) {
        Cow::Borrowed(_) => text,
        Cow::Owned(read) => return Cow::Owned(letters_read(&read).into_owned()),
    };
    letters_read(text)
}

/// The text with its digits read as letters where a word needs it.
fn letters_read(text: &str) -> Cow<'_, str> {
    let words = words(text);
    if words
        .iter()
        .filter_map(|(_, w)| read_word(w))
        .take(3)
        .count()
        < 3
    {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (at, w) in words {
        if let Some(read) = read_word(w) {
            out.push_str(&text[last..at]);
            out.push_str(&read);
            last = at + w.len();
        }
    }
    out.push_str(&text[last..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scans_digits_in_words_are_letters() {
        assert_eq!(
            repair("0ns kenmerk: VLI/2026/INH/0177\nAfde1ing a11e € v00r KO1 C1-niveau 2x"),
            "Ons kenmerk: VLI/2026/INH/0177\nAfdeling alle € voor KO1 C1-niveau 2x"
        );
    }

    #[test]
    fn a_numbers_letter_o_is_a_zero() {
        assert_eq!(
            repair("Max. tarief € 1O5,00 per uur, 42.OOO inwoners, KO1, 3OD, OK"),
            "Max. tarief € 105,00 per uur, 42.000 inwoners, KO1, 3OD, OK"
        );
    }

    #[test]
    fn a_figure_glued_to_a_label_is_no_scan() {
        let t = "Schaal 11Reageren tot06-01-2027 12:00Vragen tot16-12-2026 17:00Nota van inlichtingen 21-12-2026";
        assert_eq!(repair(t), t);
    }

    #[test]
    fn ordinary_text_is_left() {
        let t = "Het team (10 fte) werkt v00r 1 jaar in K1 en W2.";
        assert_eq!(repair(t), t);
    }
}
