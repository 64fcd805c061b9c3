//! Dates written in words, as a page that spells its numbers out does
//! ("maandag elf januari 2027", "één februari tweeduizendzevenentwintig",
//! "van één februari tot en met eenendertig juli 2027"): the day before a
//! month and a year "tweeduizend…" after one are written in digits, so
//! every reader of dates reads them. Only a number word next to a month
//! name is changed; other number words stay as they are.

use super::dates::MONTHS;
use regex::{Captures, Regex};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

/// The Dutch words of 1 to 99 ("een", "twaalf", "tweeëntwintig") and "één".
static WORDS: LazyLock<HashMap<String, u32>> = LazyLock::new(|| {
    const UNITS: [&str; 10] = [
        "", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen",
    ];
    const TEENS: [&str; 10] = [
        "tien",
        "elf",
        "twaalf",
        "dertien",
        "veertien",
        "vijftien",
        "zestien",
        "zeventien",
        "achttien",
        "negentien",
    ];
    const TENS: [&str; 10] = [
        "", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig",
        "negentig",
    ];
    let mut words = HashMap::new();
    for n in 1..100u32 {
        let (tens, unit) = ((n / 10) as usize, (n % 10) as usize);
        match tens {
            0 => {
                words.insert(UNITS[unit].to_string(), n);
            }
            1 => {
                words.insert(TEENS[unit].to_string(), n);
            }
            _ if unit == 0 => {
                words.insert(TENS[tens].to_string(), n);
            }
            _ => {
                // "tweeëntwintig": a diaeresis after a unit ending in "e"
                words.insert(format!("{}en{}", UNITS[unit], TENS[tens]), n);
                words.insert(format!("{}ën{}", UNITS[unit], TENS[tens]), n);
            }
        }
    }
    words.insert("één".to_string(), 1);
    words
});

/// The number a Dutch word of 1 to 99 names ("veertig", "drieëndertig").
pub fn value(word: &str) -> Option<u32> {
    WORDS.get(&word.to_lowercase()).copied()
}

fn alternation() -> String {
    let mut words: Vec<&String> = WORDS.keys().collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    words
        .iter()
        .map(|w| w.as_str())
        .collect::<Vec<_>>()
        .join("|")
}

fn months() -> String {
    MONTHS.iter().map(|(n, _)| *n).collect::<Vec<_>>().join("|")
}

/// "elf januari", "eenendertig juli": a day in words before a month, after
/// a space or the start of a line (an ASCII word boundary would not see
/// one before "één").
static DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?im)(^|[\s(])({w})\s+({m})(?-u:\b)",
        w = alternation(),
        m = months()
    ))
    .expect("static pattern")
});

/// "februari tweeduizendzevenentwintig": a year in words after a month.
static YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)({m})\s+tweeduizend({w})?(?-u:\b)",
        w = alternation(),
        m = months()
    ))
    .expect("static pattern")
});

/// "om twaalf uur", "tweeëndertig uur per week", "vierennegentig euro":
/// a number in words before a unit, as a transcript of speech writes it;
/// the first of a range too ("vierentwintig tot tweeëndertig uur").
static AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(^|[\s(])(om\s+)?(?:({w})\s+(tot|à|-|–)\s+)?(honderd|{w})\s+(uur|euro|procent|punten)(?-u:\b)",
        w = alternation()
    ))
    .expect("static pattern")
});

/// A number followed by itself in words, as a formal letter writes it
/// ("20 (twintig) uren", "2 (twee) kandidaten").
static DOUBLED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\d{1,3}) \((\p{L}+)\)").expect("static pattern"));

/// The text with days and years of dates, and amounts and hours before
/// their unit, in digits; a number's words in brackets after it dropped.
pub fn repair(text: &str) -> Cow<'_, str> {
    if DOUBLED.is_match(text) {
        let single = DOUBLED.replace_all(text, |c: &Captures| {
            let same = WORDS
                .get(&c[2].to_lowercase())
                .is_some_and(|n| n.to_string() == c[1]);
            if same {
                c[1].to_string()
            } else {
                c[0].to_string()
            }
        });
        return Cow::Owned(in_digits(&single).into_owned());
    }
    in_digits(text)
}

/// Days, years, amounts and hours in words, in digits.
fn in_digits(text: &str) -> Cow<'_, str> {
    match amounts(text) {
        Cow::Borrowed(t) => dates(t),
        Cow::Owned(t) => Cow::Owned(dates(&t).into_owned()),
    }
}

fn amounts(text: &str) -> Cow<'_, str> {
    AMOUNT.replace_all(text, |c: &Captures| {
        let word = c[5].to_lowercase();
        // "vierentwintig tot": the start of a range, in digits too
        let from = match (c.get(3), c.get(4)) {
            (Some(w), Some(sep)) => match WORDS.get(&w.as_str().to_lowercase()) {
                Some(n) => format!("{n} {} ", sep.as_str()),
                None => format!("{} {} ", w.as_str(), sep.as_str()),
            },
            _ => String::new(),
        };
        let n = if word == "honderd" {
            Some(100)
        } else {
            WORDS.get(&word).copied()
        };
        match n {
            // "een uur" is an hour, not the number one
            Some(_) if word == "een" => c[0].to_string(),
            Some(n) if c.get(2).is_some() && from.is_empty() && n <= 24 => {
                format!("{}om {n}:00 {}", &c[1], &c[6])
            }
            Some(n) => format!(
                "{}{}{from}{n} {}",
                &c[1],
                c.get(2).map_or("", |m| m.as_str()),
                &c[6]
            ),
            None => c[0].to_string(),
        }
    })
}

fn dates(text: &str) -> Cow<'_, str> {
    let lower = text.to_lowercase();
    if !MONTHS.iter().any(|(m, _)| lower.contains(m)) {
        return Cow::Borrowed(text);
    }
    let days = DAY.replace_all(text, |c: &Captures| {
        let word = c[2].to_lowercase();
        // "een" is the article far more often than the first of a month
        match WORDS
            .get(&word)
            .filter(|n| (1..=31).contains(*n) && word != "een")
        {
            Some(n) => format!("{}{n} {}", &c[1], &c[3]),
            None => c[0].to_string(),
        }
    });
    let years = YEAR.replace_all(&days, |c: &Captures| {
        let n = c
            .get(2)
            .map_or(Some(0), |w| WORDS.get(&w.as_str().to_lowercase()).copied());
        match n {
            Some(n) => format!("{} {}", &c[1], 2000 + n),
            None => c[0].to_string(),
        }
    });
    match (&days, years) {
        (Cow::Borrowed(_), Cow::Borrowed(_)) => Cow::Borrowed(text),
        (_, y) => Cow::Owned(y.into_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_and_hours_in_words() {
        assert_eq!(
            repair(
                "Het is tweeëndertig uur per week. Maximaal tarief is vierennegentig euro per uur, sluiting om twaalf uur, een uur later"
            ),
            "Het is 32 uur per week. Maximaal tarief is 94 euro per uur, sluiting om 12:00 uur, een uur later"
        );
        assert_eq!(
            repair("een inzet van vierentwintig tot tweeëndertig uur per week"),
            "een inzet van 24 tot 32 uur per week"
        );
    }

    #[test]
    fn days_and_years_in_words() {
        assert_eq!(
            repair("Reageren kan tot maandag elf januari 2027 om tien uur."),
            "Reageren kan tot maandag 11 januari 2027 om 10:00 uur."
        );
        assert_eq!(
            repair("per één februari tweeduizendzevenentwintig beschikbaar"),
            "per 1 februari 2027 beschikbaar"
        );
        assert_eq!(
            repair("van twee maart tot en met tweeëntwintig juni 2028"),
            "van 2 maart tot en met 22 juni 2028"
        );
    }

    #[test]
    fn other_number_words_stay() {
        let t = "Een team van acht medewerkers, vier dagen per week in januari.";
        assert_eq!(repair(t), t);
        assert_eq!(repair("veertig mei"), "veertig mei");
    }
}
