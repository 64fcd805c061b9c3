//! How many CVs go to the client and how many candidates are invited,
//! written as digits ("5"), words ("tien (10)", "drie") or "Alle".

use super::normalize::fold;
use regex::Regex;
use std::sync::LazyLock;

const NUMBER_WORDS: &[(&str, u32)] = &[
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
    ("tien", 10),
    ("elf", 11),
    ("twaalf", 12),
    ("vijftien", 15),
    ("twintig", 20),
];

static CVS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        r"(?i)selectie\s+(.{1,25}?)\s+(?:cv|kandidaten)",
        r"(?i)\bde\s+(\S+(?:\s+\(\d+\))?)\s+kandidaten\s+die\s+het\s+best",
        r"(?i)maximaal\s+(\S+(?:\s+\(\d+\))?)\s+(?:cv|kandidaten)[^.]{0,40}voorgelegd",
    ]
    .iter()
    .map(|p| Regex::new(p).expect("static pattern"))
    .collect()
});
static INVITED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)de\s+(?:beste\s+(\S+)?|(\S+)\s+(?:best|hoogst)\s+(?:scorende|gerangschikte)\s+)\s*kandidaten\s*(?:\((?:minimaal|min\.?)\s+(\d+)\))?\s+worden\s+(?:\S+\s+)?uitgenodigd").expect("static pattern")
});

/// A count written as digits, a Dutch number word, or "tien (10)".
pub fn count(token: &str) -> Option<u32> {
    let t = token.trim();
    if let Some(open) = t.find('(')
        && let Some(n) = t[open + 1..]
            .split(')')
            .next()
            .and_then(|d| d.trim().parse().ok())
    {
        return Some(n);
    }
    if let Ok(n) = t.parse() {
        return Some(n);
    }
    let f = fold(t);
    NUMBER_WORDS
        .iter()
        .find(|(w, _)| fold(w) == f)
        .map(|(_, n)| *n)
}

/// How many CVs go to the client: "5", "10", or "all".
pub fn cvs_forwarded(flat: &str) -> Option<String> {
    for re in CVS.iter() {
        for c in re.captures_iter(flat) {
            let Some(tok) = c.get(1) else { continue };
            let tok = tok.as_str().trim();
            if fold(tok).starts_with("alle") {
                return Some("all".to_string());
            }
            if let Some(n) = count(tok) {
                return Some(n.to_string());
            }
        }
    }
    None
}

/// How many are invited to an interview: (exact count, minimum).
pub fn interviews_invited(flat: &str) -> (Option<u32>, Option<u32>) {
    let Some(c) = INVITED.captures(flat) else {
        return (None, None);
    };
    let exact = c.get(1).or(c.get(2)).and_then(|m| count(m.as_str()));
    let min = c.get(3).and_then(|m| m.as_str().parse().ok());
    (exact, min)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts() {
        assert_eq!(
            cvs_forwarded("Stap 2: Selectie 5 CV's die aan de opdrachtgever"),
            Some("5".into())
        );
        assert_eq!(
            cvs_forwarded("Stap 2: Selectie tien (10) CV’s die aan"),
            Some("10".into())
        );
        assert_eq!(
            cvs_forwarded("Stap 2: Selectie Alle CV's CV's die"),
            Some("all".into())
        );
        assert_eq!(
            cvs_forwarded("De drie kandidaten die het best scoren"),
            Some("3".into())
        );
        assert_eq!(
            interviews_invited("De beste drie kandidaten worden uitgenodigd voor een gesprek."),
            (Some(3), None)
        );
        assert_eq!(
            interviews_invited("De beste kandidaten (minimaal 2) worden uitgenodigd"),
            (None, Some(2))
        );
    }
}
