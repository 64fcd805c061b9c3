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
        r"(?i)(?-u:\b)de\s+(\S+(?:\s+\(\d+\))?)\s+kandidaten\s+die\s+het\s+best",
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

/// Other ways to say how many are invited, the count in capture 1: "de
/// twee beste kandidaten worden uitgenodigd", "vijf hoogst scorende
/// kandidaten nodigen we uit", "de klant nodigt 2 kandidaten uit", a form's
/// "Aantal kandidaten uitnodigen: 4", "the top 3 candidates will be invited".
static INVITED_OTHER: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        r"(?i)\b(\S+)\s+(?:beste|(?:best|hoogst)\s+(?:scorende|gerangschikte))\s+kandidaten\s+(?:worden\s+(?:\S+\s+)?uitgenodigd|nodig(?:t|en)\s+(?:we|wij|zij|ze)\s+uit)",
        r"(?i)(?-u:\b)nodig(?:t|en)\s+(?:(?:we|wij|zij|ze)\s+)?(\S+)\s+(?:\S+\s+)?kandidaten\s+uit(?-u:\b)",
        // "Wij nodigen de vier kandidaten met de beste match uit"
        r"(?i)(?-u:\b)nodig(?:t|en)\s+(?:(?:we|wij|zij|ze)\s+)?de\s+(\S+)\s+kandidaten\s+met\s+de\s+(?:beste|hoogste)\s+\S+\s+uit(?-u:\b)",
        // a form's "Uitgenodigd: de 3 hoogst scorende kandidaten"
        r"(?i)(?-u:\b)uitgenodigd\s*:\s*(?:de\s+)?(\S+)\s+(?:beste|(?:best|hoogst)\s+(?:scorende|gerangschikte))\s+kandidaten",
        r"(?i)(?-u:\b)aantal\s+(?:kandidaten|gesprekken)\s+(?:uitnodigen|uit\s+te\s+nodigen)\s*:?\s*(\d+)",
        r"(?i)(?-u:\b)the\s+(?:top|best)\s+(\S+)\s+(?:candidates|applicants)\s+(?:will\s+be|are)\s+invited",
        // "beste 4 kandidaten op gesprek", "gesprekken … met de 3 beste kandidaten"
        r"(?i)(?-u:\b)beste\s+(\S+)\s+kandidaten\s+(?:op|voor\s+een)\s+gesprek",
        r"(?i)(?-u:\b)gesprekken(?-u:\b)[^.]{0,60}?(?-u:\b)met\s+de\s+(\S+)\s+(?:beste|(?:best|hoogst)\s+(?:scorende|gerangschikte))\s+(?:kandidaten|inschrijvers|aanbieders)",
        // "Maximaal 3 kandidaten worden uitgenodigd voor een gesprek"
        r"(?i)(?-u:\b)(?:maximaal|max\.|hooguit|ten\s+hoogste)\s+(\S+)\s+kandidaten\s+worden\s+(?:\S+\s+)?uitgenodigd",
    ]
    .iter()
    .map(|p| Regex::new(p).expect("static pattern"))
    .collect()
});

/// How many are invited to an interview: (exact count, minimum).
pub fn interviews_invited(flat: &str) -> (Option<u32>, Option<u32>) {
    if let Some(c) = INVITED.captures(flat) {
        let exact = c.get(1).or(c.get(2)).and_then(|m| count(m.as_str()));
        let min = c.get(3).and_then(|m| m.as_str().parse().ok());
        if exact.is_some() || min.is_some() {
            return (exact, min);
        }
    }
    let exact = INVITED_OTHER
        .iter()
        .flat_map(|re| re.captures_iter(flat))
        .find_map(|c| count(c.get(1)?.as_str()));
    (exact, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invited_at_most_and_the_best_bidders() {
        assert_eq!(
            interviews_invited("Maximaal 3 kandidaten worden uitgenodigd voor een gesprek."),
            (Some(3), None)
        );
        assert_eq!(
            interviews_invited(
                "Gesprekken met de drie hoogst gerangschikte inschrijvers vinden plaats op 27/01/2027."
            ),
            (Some(3), None)
        );
    }

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

    #[test]
    fn other_ways_to_say_how_many_are_invited() {
        for (t, n) in [
            (
                "De vier beste kandidaten worden uitgenodigd voor een gesprek.",
                4,
            ),
            ("De zes hoogst scorende kandidaten nodigen we uit.", 6),
            (
                "De opdrachtgever nodigt 3 kandidaten uit voor een gesprek.",
                3,
            ),
            ("Aantal kandidaten uitnodigen:\t2", 2),
            ("Wij nodigen de vijf kandidaten met de beste score uit.", 5),
            ("Uitgenodigd: de 2 best scorende kandidaten", 2),
            ("The top 2 candidates will be invited to an interview.", 2),
            ("Procedure: beste 5 kandidaten op gesprek in Breda.", 5),
            (
                "Gesprekken worden daarna met de twee beste kandidaten gevoerd.",
                2,
            ),
        ] {
            assert_eq!(interviews_invited(t), (Some(n), None), "{t}");
        }
    }
}
