//! Which of the numbers a page gives is the posting's own: the client's
//! reference or the request's number ("Kenmerk gemeente") before a site's own id. A site's id
//! is the number its page address holds ("…/adviseur-geluid-72915" and
//! "Job ID 72915"), or a row's count of one to three digits ("Nr 12").

use super::labels::{Candidate, Field};
use super::lines::Line;
use super::normalize::fold;
use super::request_number;

/// Words of a label that names the request's own number.
const OWN_NUMBER_WORDS: [&str; 10] = [
    "aanvraag",
    "application",
    "request",
    "opdrachtnummer",
    "opdrachtnr",
    // the client's own reference ("Kenmerk gemeente", "Referentie opdrachtgever")
    "gemeente",
    "opdrachtgever",
    "aanbestedende dienst",
    "klant",
    "client",
];

/// The posting's number: a labelled own number, then any other labelled
/// number, then one named in a sentence, then a site's id, then a letter's
/// own reference, then a reference known by its form alone.
pub fn pick(cands: &[Candidate], lines: &[Line], url: Option<&str>, flat: &str) -> Option<String> {
    let site_id = |n: &str| is_site_id(n, url);
    let labelled = |own: bool| {
        cands
            .iter()
            .filter(|c| c.field == Field::RequestNumber && own_label(c, lines) == own)
            .filter_map(|c| request_number::request_number(&c.value))
            .find(|n| !site_id(n))
    };
    labelled(true)
        .or_else(|| labelled(false))
        .or_else(|| request_number::request_number_in_prose(flat).filter(|n| !site_id(n)))
        .or_else(|| {
            cands
                .iter()
                .filter(|c| c.field == Field::RequestNumber)
                .find_map(|c| request_number::request_number(&c.value))
        })
        .or_else(|| request_number::request_number_in_prose(flat))
        .or_else(|| request_number::letter_reference(flat))
        .or_else(|| request_number::dated_code(flat))
}

fn own_label(c: &Candidate, lines: &[Line]) -> bool {
    lines.get(c.line).is_some_and(|l| {
        let f = fold(&l.text);
        OWN_NUMBER_WORDS.iter().any(|w| f.contains(w))
    })
}

/// A site's own id: a number its page address holds, or a count of one to
/// three digits.
fn is_site_id(number: &str, url: Option<&str>) -> bool {
    if number.len() <= 3 && number.chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    url.is_some_and(|u| {
        let u = u.to_ascii_lowercase();
        number.len() >= 4 && u.contains(&number.to_ascii_lowercase())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dated_code_is_a_reference_by_its_form() {
        use super::request_number::dated_code;
        assert_eq!(
            dated_code("Onderwerp: Uitvraag IOF-2026-052 gemeente Dronten").as_deref(),
            Some("IOF-2026-052")
        );
        assert_eq!(
            dated_code("Referentie VRD — VRD-INH-26-019 ").as_deref(),
            Some("VRD-INH-26-019")
        );
        assert_eq!(
            dated_code("zie https://x.nl/op/ABC-2026-12 en A4 2026"),
            None
        );
        assert_eq!(
            dated_code("TPO-26-01877 · raamovereenkomst SK-RO-2024-01, kenmerk OLD-2026-INH-052")
                .as_deref(),
            Some("OLD-2026-INH-052")
        );
        assert_eq!(dated_code("de A12-2026 en 2026-2030"), None);
    }

    #[test]
    fn a_number_in_the_page_address_is_the_sites_own() {
        let url = Some("https://www.brunel.net/nl-nl/vacatures/adviseur-geluid-72915");
        assert!(is_site_id("72915", url));
        assert!(!is_site_id("RUDZ-2026-0448", url));
        assert!(is_site_id("12", None));
        assert!(!is_site_id("30828", None));
    }
}
