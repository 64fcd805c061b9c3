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
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("ten", 10),
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
    Regex::new(r"(?i)de\s+(?:beste\s+(\S+)?|(\S+)\s+(?:best|hoogst)\s+(?:scorende|gerangschikte|passende)\s+)\s*kandidaten\s*(?:\((?:minimaal|min\.?)\s+(\d+)\))?\s+worden\s+(?:\S+\s+)?uitgenodigd").expect("static pattern")
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

/// A count: digits or a Dutch number word.
const COUNT: &str =
    r"(\d{1,2}|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|one|two|three|four|five|six)";
/// Who is counted.
const WHO: &str = r"(?:kandidaten|cv'?s|cv’s|inschrijvers|aanbieders|professionals|candidates|applicants|bidders|suppliers)";
/// What ranks them ("beste", "hoogst scorende", "best gewaardeerde").
const RANKED: &str = r"(?:(?:best|hoogst)\s+(?:scorende|gewaardeerde|gerangschikte|beoordeelde|passende|geëindigde|geeindigde)\s+|(?:highest|best|top)[\s-](?:scoring|ranked|rated)\s+|beste\s+|best\s+|geschikte\s+)?";
/// Being invited, in Dutch or English.
const INVITE: &str = r"(?:uitgenodigd|uitnodigen|uitnodiging|uit\s+te\s+nodigen|op\s+gesprek|voor\s+(?:een\s+)?gesprek|(?:will\s+be|are)\s+invited|invited)";

/// How many are invited, the count in capture 1, as sentences, labels and
/// fields say it: a count of candidates before the invitation ("Er worden
/// maximaal 4 kandidaten uitgenodigd", "de 2 best scorende kandidaten
/// uitgenodigd voor een gesprek"), after it ("Uitnodiging: beste 3
/// kandidaten", "uitnodigen=\"3\""), a label counting them ("Aantal
/// kandidaten voor gesprek: 2", "Aantal uit te nodigen kandidaten 3"), or a
/// verb around them ("de klant nodigt 2 kandidaten uit", "gesprekken met de
/// drie hoogst gerangschikte inschrijvers").
static INVITED_OTHER: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        // "De drie inschrijvers met de hoogste score op de vragen 4.1, 4.2
        // en 4.4 worden uitgenodigd" (a question's number is no sentence's end)
        // (a count is no figure's tail: "92,50 Kandidaten voor gesprek: 3")
        format!(r"(?i)(?:^|[^\d,.:/-])(?-u:\b){COUNT}\s+{RANKED}{WHO}(?-u:\b)(?:[^.;|]|\.\d){{0,80}}?(?-u:\b){INVITE}"),
        // a column or field named for them ("Kandidaten voor gesprek: 3")
        format!(r"(?i)(?-u:\b){WHO}\s+(?:voor|op)\s+(?:een\s+)?gesprek\s*[:|=]\s*(?:maximaal\s+|max\.\s*)?{COUNT}(?-u:\b)"),
        format!(r#"(?i)(?-u:\b){INVITE}(?-u:\b)(?:\s+(?:voor\s+(?:een\s+)?)?gesprek(?:ken)?)?\s*[:|=]?\s*"?\s*(?:de\s+)?(?:maximaal\s+|max\.\s*|beste\s+|top\s+)?{COUNT}(?:"|\s+{RANKED}{WHO})"#),
        format!(r"(?i)(?-u:\b)aantal\s+(?:uit\s+te\s+nodigen(?:\s+{WHO})?|{WHO}\s+(?:voor|op)\s+(?:een\s+)?gesprek|{WHO}\s+(?:uitnodigen|uit\s+te\s+nodigen)|gesprekken)\s*[:|=]?\s*(?:maximaal\s+|max\.\s*)?{COUNT}(?-u:\b)"),
        format!(r"(?i)(?-u:\b)nodig(?:t|en)\s+(?:(?:we|wij|zij|ze)\s+)?(?:(?:daarvoor|hiervoor|vervolgens|dan)\s+)?(?:de\s+)?{COUNT}\s+(?:\S+\s+)?{WHO}\s+(?:met\s+de\s+(?:beste|hoogste)\s+\S+\s+)?uit(?-u:\b)"),
        format!(r"(?i)(?-u:\b){COUNT}\s+{RANKED}{WHO}\s+nodig(?:t|en)\s+(?:we|wij|zij|ze)\s+uit"),
        format!(r"(?i)(?-u:\b)the\s+(?:top|best)\s+{COUNT}\s+{WHO}\s+(?:will\s+be|are)\s+invited"),
        // "top 3 wordt uitgenodigd"
        format!(r"(?i)(?-u:\b)top[\s-]*{COUNT}\s+(?:wordt|worden|is|zijn)\s+{INVITE}"),
        // "De top 3 van kandidaten wordt uitgenodigd"
        format!(r"(?i)(?-u:\b)top[\s-]+{COUNT}\s+(?:van\s+(?:de\s+)?)?{WHO}(?-u:\b)[^.;|]{{0,40}}?(?-u:\b){INVITE}"),
        format!(r"(?i)(?-u:\b)gesprekken(?-u:\b)[^.]{{0,60}}?(?-u:\b)met\s+de\s+{COUNT}\s+{RANKED}{WHO}"),
        // a planning's step with its count ("gesprekken met de beste 3
        // kandidaten", "gesprekken in Almelo (max. 4 kandidaten)",
        // "Interviews (Stadhuis, morning); top 3 candidates", "12 en 14
        // jan. 2027, de 4 best scorende kandidaten")
        format!(r"(?i)(?-u:\b)(?:(?:selectie|sollicitatie|kennismakings?)?gesprek(?:ken)?|interviews?)(?-u:\b)(?:[^.;\n|]|;\s|\.\s?[\da-z(]){{0,80}}?(?:(?-u:\b)(?:top|beste?|max\.|maximaal|(?:hoogst|best)\s+scorende|highest[\s-]scoring)\s+{COUNT}(?-u:\b)|[\s(,]{COUNT}\s+{RANKED}{WHO}(?-u:\b))"),
        // a field of its own ("Invited: 3", "Uitgenodigd: max. 4") before
        // the next field's label, not a date ("Uitgenodigd: 3 februari")
        format!(r"(?-u:\b)(?i:invited|uitgenodigd|uit te nodigen)\s*:\s*(?i:max(?:imaal|imum)?\.?\s+)?{COUNT}(?:\s+\p{{Lu}}|\s*$|\s*[;|])"),
        // "the best 4 bidders are invited", "the best 5 are invited"
        format!(r"(?i)(?-u:\b)the\s+(?:top|best)\s+{COUNT}\s+(?:{WHO}\s+)?(?:will\s+be|are)\s+invited"),
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
    // the first said in the text
    let exact = INVITED_OTHER
        .iter()
        .flat_map(|re| re.captures_iter(flat))
        .filter_map(|c| {
            // the count is the pattern's only group that took part
            let m = c.iter().skip(1).flatten().next()?;
            Some((m.start(), count(m.as_str())?))
        })
        .min_by_key(|(at, _)| *at)
        .map(|(_, n)| n);
    (exact, None)
}

/// Talking with candidates, in a sentence's folded words.
static TALK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:gesprek\w*|spreken|spreekt|kennis|kennismaken|kennismaking|uitgenodigd|uitnodig\w*|interview\w*)(?-u:\b)")
        .expect("static pattern")
});

/// A count of candidates named as a group: "de drie beste kandidaten", "de
/// vier hoogst scorende kandidaten", "ten hoogste drie kandidaten", "de
/// beste 2 kandidaten".
static GROUP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?:de|met|ten hoogste|hooguit|maximaal|max\.?)\s+(?:beste\s+|top\s+)?{COUNT}\s+{RANKED}(?:kandidaten|inschrijvers|professionals|candidates)(?-u:\b)"
    ))
    .expect("static pattern")
});

/// How many are invited, from a sentence of prose that talks with a
/// counted group ("Met de drie beste kandidaten spreken we op woensdag",
/// "Op dinsdag 19 januari maken we kennis met de twee beste kandidaten"):
/// read where no set phrase gave the count.
pub fn invited_in_sentences(sentences: &[String]) -> Option<u32> {
    sentences.iter().find_map(|s| {
        let folded = fold(s);
        if !TALK.is_match(&folded) {
            return None;
        }
        let c = GROUP.captures(&folded)?;
        count(c.get(1)?.as_str())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_planning_step_with_its_count() {
        for (text, n) in [
            (
                "2026-12-21          gesprekken met de beste 3 kandidaten",
                3,
            ),
            ("2026-12-21  gesprekken in Almelo (max. 4 kandidaten)", 4),
            ("Selectiegesprekken\t22-12-2026, maximaal 3 kandidaten", 3),
            (
                "Dec 22     Interviews (Stadhuis, morning); top 3 candidates",
                3,
            ),
            (
                "Gesprekken   12 en 14 jan. 2027, de 4 best scorende kandidaten",
                4,
            ),
            (
                "Interviews on 22.12.2026 in Leeuwarden; the best 4 bidders are invited.",
                4,
            ),
            ("Interviews: Dec 17 or 18, the best 5 are invited", 5),
            ("de twee best passende kandidaten worden uitgenodigd", 2),
            ("Interviews: 2027-01-26 Invited: 3 VOG: Yes", 3),
            ("Uitgenodigd: max. 4", 4),
        ] {
            assert_eq!(interviews_invited(text), (Some(n), None), "{text}");
        }
        // a field's date is no count
        assert_eq!(
            interviews_invited("Uitgenodigd: 3 februari 2027"),
            (None, None)
        );
        // another cell of the row is no count of the talks
        assert_eq!(
            interviews_invited("Gesprek | 16-12-2026 Kandidaten per leverancier| max. 2"),
            (None, None)
        );
    }

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
        assert_eq!(
            interviews_invited(
                "De drie inschrijvers met de hoogste score op de vragen 4.1, 4.2 en 4.4 worden uitgenodigd voor een gesprek."
            ),
            (Some(3), None)
        );
    }

    #[test]
    fn counts_that_are_no_invitation() {
        for t in [
            "Per leverancier mogen maximaal 2 kandidaten worden aangeboden.",
            "Aantal gevraagde kandidaten 1",
            "De 5 beste cv's worden voorgelegd aan de opdrachtgever.",
        ] {
            assert_eq!(interviews_invited(t), (None, None), "{t}");
        }
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
            interviews_invited("Gesprekken: wo 23-12 in Arnhem, top 3 wordt uitgenodigd."),
            (Some(3), None)
        );
        assert_eq!(
            interviews_invited(
                "The two highest-scoring candidates will be invited for an interview."
            ),
            (Some(2), None)
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
            ("UITNODIGING GESPREK top 4 kandidaten AANBIEDEN cv", 4),
            (
                "Wij nodigen daarvoor de twee kandidaten uit die het beste aansluiten.",
                2,
            ),
            (
                "De opdrachtgever nodigt 3 kandidaten uit voor een gesprek.",
                3,
            ),
            ("Aantal kandidaten uitnodigen:\t2", 2),
            ("Wij nodigen de vijf kandidaten met de beste score uit.", 5),
            ("Uitgenodigd: de 2 best scorende kandidaten", 2),
            ("The top 2 candidates will be invited to an interview.", 2),
            (
                "De top 3 van kandidaten wordt uitgenodigd voor een gesprek.",
                3,
            ),
            ("Procedure: beste 5 kandidaten op gesprek in Breda.", 5),
            (
                "Gesprekken worden daarna met de twee beste kandidaten gevoerd.",
                2,
            ),
            ("Er worden maximaal 4 kandidaten uitgenodigd.", 4),
            ("Max. tarief: 92,50 Kandidaten voor gesprek: 3 VOG: Ja", 3),
            ("Gesprekken: 21-12-26 Kandidaten voor gesprek: 3", 3),
            (
                "Na beoordeling worden de 3 best scorende kandidaten uitgenodigd voor een gesprek.",
                3,
            ),
            (
                "Kandidaten per leverancier| max. 2 | Uitnodiging | beste 3 kandidaten",
                3,
            ),
            ("<selectie uitnodigen=\"3\" toelichting=\"de drie\"/>", 3),
            ("Uitnodiging 3 kandidaten", 3),
            ("Uitnodiging maximaal 4 kandidaten", 4),
            ("Aantal uit te nodigen: 3 kandidaten", 3),
            ("Aantal kandidaten voor gesprek: 2", 2),
            ("Aantal uit te nodigen kandidaten 3", 3),
        ] {
            assert_eq!(interviews_invited(t), (Some(n), None), "{t}");
        }
    }

    #[test]
    fn a_sentence_that_talks_with_a_counted_group() {
        for (text, n) in [
            (
                "Met de drie beste kandidaten spreken we op woensdag 16 december.",
                Some(3),
            ),
            (
                "Op donderdag 7 januari spreken we de vier hoogst scorende kandidaten.",
                Some(4),
            ),
            (
                "Op dinsdag 19 januari maken we kennis met de twee beste kandidaten.",
                Some(2),
            ),
            (
                "Met de twee best scorende kandidaten voeren wij in week 2 een gesprek.",
                Some(2),
            ),
            ("De beste 2 kandidaten spreken we in week 3.", Some(2)),
            (
                "Wij ontvangen graag de drie beste kandidaten per mail.",
                None,
            ),
        ] {
            let sentences = vec![text.to_string()];
            assert_eq!(invited_in_sentences(&sentences), n, "{text}");
        }
    }
}
