//! Readers of a posting's own number: one token with a digit as a label's
//! value (past the client's word, "Kenmerk gemeente … LOC-2026-044"), a
//! number named in a sentence, or a letter's own reference. Which of
//! several is the posting's is `request_pick.rs`'s choice.

use regex::Regex;
use std::sync::LazyLock;

static REQUEST_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[A-Za-z]{1,6}[-/])?[A-Za-z]{0,6}[-/ ]?\d[\w\-/.]{0,24}$")
        .expect("static pattern")
});
/// A request number: one token with a digit ("30828", "INH-2026-014",
/// "PD-INH-2026-058").
pub fn request_number(v: &str) -> Option<String> {
    // the client's qualifier the label carries ("Kenmerk gemeente …",
    // "Kenmerk aanbestedende dienst\tOLD-…", "Referentie gemeente ... LOC-…")
    let v = v.trim_start_matches([':', ' ', '\t', '|']);
    let mut v = v;
    for q in CLIENT_QUALIFIERS {
        if let Some(rest) = v
            .get(..q.len())
            .filter(|h| h.eq_ignore_ascii_case(q))
            .map(|_| &v[q.len()..])
            && rest.starts_with([' ', '\t', ':', '.', '|'])
        {
            v = rest.trim_start_matches([':', ' ', '\t', '.', '|']);
            break;
        }
    }
    let token = v
        .split_whitespace()
        .next()?
        .trim_end_matches(['.', ',', ';'])
        // a Markdown page sets a code in backticks ("`HLM-2026-14`")
        .trim_matches('`');
    // the next label glued on after the last figure ("DBT-INH-2026-119Ons
    // nummer…")
    let b = token.as_bytes();
    let token = (1..b.len().saturating_sub(1))
        .find(|&i| {
            b[i - 1].is_ascii_digit() && b[i].is_ascii_uppercase() && b[i + 1].is_ascii_lowercase()
        })
        .map_or(token, |i| &token[..i]);
    // a client's letters and a number apart by a space ("GGD-BZO 2026/148")
    let capitals = |t: &str| {
        (2..=10).contains(&t.len())
            && t.chars().all(|c| c.is_ascii_uppercase() || c == '-')
            && t.starts_with(|c: char| c.is_ascii_uppercase())
    };
    if capitals(token)
        && let Some(number) = v
            .split_whitespace()
            .nth(1)
            .map(|n| n.trim_end_matches(['.', ',', ';']))
        && number.starts_with(|c: char| c.is_ascii_digit())
        && number.contains(['/', '-'])
        && REQUEST_NUMBER.is_match(number)
    {
        return Some(format!("{token} {number}"));
    }
    REQUEST_NUMBER.is_match(token).then(|| token.to_string())
}

/// Words for the client after a number's label ("Kenmerk gemeente").
const CLIENT_QUALIFIERS: [&str; 8] = [
    "aanbestedende dienst",
    "gemeente",
    "opdrachtgever",
    "klant",
    "provincie",
    "waterschap",
    "organisatie",
    "client",
];

/// A request number given in a sentence: "staat op het portaal onder
/// nummer PFL-2026-089", "met kenmerk AB/12", "Ons kenmerk voor deze
/// opdracht is PDR-INH-2026-0312".
static NUMBER_IN_PROSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:onder|met)\s+(?:het\s+)?(?:aanvraag|referentie|opdracht|vacature)?(?:nummer|kenmerk)|(?:ons\s+|het\s+)?(?:kenmerk|referentienummer|aanvraagnummer|opdrachtnummer)(?:\s+(?:voor|van)\s+deze\s+(?:opdracht|aanvraag))?\s+is)\s+(\S+)")
        .expect("static pattern")
});

/// A code after a word that names it without a label's colon: "Aanvraag
/// VRT-2026-044 – Adviseur", "Inhuuraanvraag OD-27-003", "ref. BB-9042",
/// "o.v.v. VS-2026-061", "Referentie opdrachtgever: RUDZ-2026-0448". Only a code in capitals with a hyphen and a digit
/// counts, as the word before it is an ordinary word too.
static CODE_AFTER_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?i:(?:inhuur)?aanvraag(?:nummer)?|opdracht(?:nummer)?|vacaturenummer|ref\.?|o\.v\.v\.|kenmerk|referentie)(?:\s+(?i:opdrachtgever|gemeente|klant|client|provincie|organisatie))?:?\s+([A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,8}){1,4})(?-u:\b)")
        .expect("static pattern")
});

/// A number of digits named after the word for a posting's number
/// ("onder vermelding van vacaturenummer 2026-041").
static DIGITS_AFTER_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?i:aanvraagnummer|aanvraag|opdrachtnummer|vacaturenummer|referentienummer|kenmerk)\s+(\d{2,4}(?:[-/][A-Z0-9]{2,6}){1,3})(?-u:\b)")
        .expect("static pattern")
});

/// The first request number named in a sentence (see [`NUMBER_IN_PROSE`]),
/// else the first code named after a word (see [`CODE_AFTER_WORD`]), else
/// digits named after the word for the number (see [`DIGITS_AFTER_WORD`]).
pub fn request_number_in_prose(flat: &str) -> Option<String> {
    NUMBER_IN_PROSE
        .captures_iter(flat)
        .find_map(|c| request_number(c.get(1)?.as_str()))
        .or_else(|| {
            CODE_AFTER_WORD
                .captures_iter(flat)
                .map(|c| c[1].to_string())
                .find(|code| code.contains(|c: char| c.is_ascii_digit()))
        })
        .or_else(|| DIGITS_AFTER_WORD.captures(flat).map(|c| c[1].to_string()))
}

/// A letter's own reference ("Ons kenmerk: VLI/2026/INH/0177"): the
/// posting's number when nothing else names one.
static OUR_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)ons\s+kenmerk\s*:?\s+(\S+)").expect("static pattern")
});

/// The reference a letter gives as its own ("Ons kenmerk: …").
pub fn letter_reference(flat: &str) -> Option<String> {
    OUR_REFERENCE
        .captures_iter(flat)
        .find_map(|c| request_number(c.get(1)?.as_str()))
}

/// Capitals, a year and a serial joined by dashes: "HDSR-INH-2026-0131",
/// "VRD-INH-26-019", "H10-PN-2026-0387".
static DATED_CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b([A-Z][A-Z0-9]{0,5}(?:-[A-Z]{1,6})*-(?:20)?2[4-9](?:-[A-Z0-9]{1,6})*-\d{2,5})\b")
        .expect("static pattern")
});

/// A reference known by its form alone, where no label or sentence names
/// one: the first dated code of the text that is not part of a web address
/// ("Onderwerp: Uitvraag IOF-2026-052 gemeente Dronten", "Kenmerk gemeente —
/// DW-2026-044").
pub fn dated_code(flat: &str) -> Option<String> {
    let codes: Vec<&str> = DATED_CODE
        .captures_iter(flat)
        .filter_map(|c| {
            let m = c.get(1)?;
            let token_start = flat[..m.start()]
                .rfind(char::is_whitespace)
                .map_or(0, |i| i + 1);
            let token = &flat[token_start..m.end()];
            (!token.contains(['/', '@', '='])).then_some(m.as_str())
        })
        .take(50)
        .collect();
    // a site's own id ("TPO-26-01877") writes its year short, a framework's
    // code is of an earlier year: the latest year written in full first
    let year = |code: &str| {
        code.split('-')
            .find_map(|part| {
                part.parse::<u32>()
                    .ok()
                    .filter(|y| (2024..=2029).contains(y))
            })
            .unwrap_or(0)
    };
    let best = codes.iter().map(|c| year(c)).max()?;
    codes
        .into_iter()
        .find(|c| year(c) == best)
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_numbers() {
        assert_eq!(request_number("30828"), Some("30828".into()));
        assert_eq!(
            request_number("INH-2026-014 (Utrecht)"),
            Some("INH-2026-014".into())
        );
        assert_eq!(request_number("is onbekend"), None);
        assert_eq!(
            request_number("gemeente DBT-INH-2026-119Ons nummer").as_deref(),
            Some("DBT-INH-2026-119")
        );
        assert_eq!(
            request_number_in_prose("Inhuuraanvraag OD-INH-27-003 Toezichthouder"),
            Some("OD-INH-27-003".into())
        );
        assert_eq!(
            request_number_in_prose("Maastricht | 24 uur | ref. BB-9042 | nieuw"),
            Some("BB-9042".into())
        );
        assert_eq!(
            request_number("gemeente ... LOC-2026-044"),
            Some("LOC-2026-044".into())
        );
        assert_eq!(
            request_number("aanbestedende dienst\tOLD-2026-INH-052"),
            Some("OLD-2026-INH-052".into())
        );
        assert_eq!(request_number("gemeente"), None);
        assert_eq!(
            request_number("GGD-BZO 2026/148").as_deref(),
            Some("GGD-BZO 2026/148")
        );
        assert_eq!(request_number("VOG 2026"), None);
        assert_eq!(
            request_number_in_prose("De aanvraag TEAM-X gaat over"),
            None
        );
        assert_eq!(
            request_number_in_prose("de handhaving uit. Referentie opdrachtgever: RUDZ-2026-0448."),
            Some("RUDZ-2026-0448".into())
        );
    }
}
