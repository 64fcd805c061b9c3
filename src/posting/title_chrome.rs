//! Page chrome around a title: what a copied page, chat or e-mail puts in
//! the header lines that is never the posting's title (a logo's alt text,
//! a menu, a chat's sender and time, an e-mail's headers, an address, a
//! lone site name or province, a value on its own).

use super::normalize::fold;
use super::regions::province_in;
use regex::Regex;
use std::sync::LazyLock;

/// A page's language switch: "NL | EN", "EN / NL", "Nederlands | English".
static LANGUAGES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:nl|en|fy|de|nederlands|english|frysk)(?:\s*[|/·]\s*(?:nl|en|fy|de|nederlands|english|frysk))+$")
        .expect("static pattern")
});

static POSTCODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\d{4} ?[A-Z]{2}\b").expect("static pattern"));

/// Single words sites put around a title.
const CHROME_WORDS: &[&str] = &[
    "image",
    "menu",
    "request",
    "info",
    "vacatures",
    "vacature",
    "opdracht",
    "inhuuropdracht",
    "details",
    "home",
    "terug",
    "delen",
    "apply now",
    "solliciteer",
    "gesloten",
    "nieuw",
    "interim",
    "omschrijving",
    "doorgestuurd",
    "forwarded",
    "post",
];

/// A chat message's header: the sender and the time ("Sanne de Vries
/// 10:42"), or a channel ("#inhuur-aanvragen").
static CHAT_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,4}\s+\d{1,2}:\d{2}|#[\w-]+)$")
        .expect("static pattern")
});

/// A channel message's time stamp at the end of its header line: "[01.12.26 19:42]".
static MESSAGE_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\[\d{1,2}[./-]\d{1,2}[./-]\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?\]$")
        .expect("static pattern")
});

/// Header lines of an e-mail copied with its headers (folded).
const MAIL_HEADERS: &[&str] = &[
    "van:",
    "aan:",
    "onderwerp:",
    "verzonden:",
    "cc:",
    "from:",
    "to:",
    "subject:",
    "date:",
    "sent:",
    "reply-to:",
];

/// Openings of a line that names the client, not the work (folded).
const CLIENT_LINE: &[&str] = &[
    "for the municipality",
    "for the province",
    "voor de gemeente",
    "bij de gemeente",
    "voor gemeente",
    "bij gemeente",
];

/// Whether a header line is page chrome rather than a title.
pub(super) fn is_chrome(text: &str, site: Option<&str>) -> bool {
    let f = fold(text);
    let f = f.trim();
    f.starts_with("logo ")
        // a skip link ("Naar de inhoud", "Skip to main content")
        || super::masthead::is_skip_link(f)
        || CHAT_STAMP.is_match(text.trim())
        // a channel's message header ("Kanaal X, [01.12.26 19:42]") and a
        // direct message's ("Conversation with …")
        || MESSAGE_STAMP.is_match(text.trim())
        || f.starts_with("conversation with")
        || f.starts_with("gesprek met")
        // a button in brackets ("[ Bekijk opdracht ▾ ]")
        || (text.trim().starts_with('[') && text.trim().ends_with(']'))
        || text.starts_with(['<', '←', '«', '›', '>', '@'])
        || text.contains("   ")
        // a menu copied as one line ("Opdrachten  Werken bij  Expertises  Contact")
        || text.trim().matches("  ").count() >= 2
        // a separator ("-----", "=====") between a newsletter's postings
        || !text.chars().any(char::is_alphanumeric)
        // a mail's quote marker ("-------- Origineel bericht --------")
        || text.trim_start().starts_with("---")
        // a phone's mail signature ("Verzonden vanaf mijn Galaxy")
        || f.starts_with("verzonden vanaf mijn")
        || f.starts_with("verstuurd vanaf mijn")
        || f.starts_with("sent from my")
        // a language switch ("NL | EN")
        || LANGUAGES.is_match(text.trim())
        || f.starts_with("terug naar")
        || f.starts_with("back to")
        // a cookie banner's buttons ("Alles accepterenAlleen noodzakelijkInstellingen")
        || ["accepteren", "accepteer", "weigeren", "cookie", "alleen noodzakelijk"]
            .iter()
            .any(|w| f.contains(w))
        // an account menu ("OpdrachtenMijn inschrijvingen…Mijn accountUitloggen")
        || ["uitloggen", "inloggen", "mijn account"]
            .iter()
            .any(|w| f.contains(w))
        // a chat's forward ("Forwarded from Interim Netwerk Zuid")
        || f.starts_with("forwarded from")
        || f.starts_with("doorgestuurd van")
        // a value on its own ("€ 85,- excl. btw")
        || text.trim_start().starts_with('€')
        || f.starts_with("gepubliceerd")
        || f.starts_with("published")
        // a search box copied with the page ("Wat: adviseur   Waar: Arnhem")
        || f.starts_with("wat:")
        || f.starts_with("waar:")
        || f.starts_with("zoek")
        || f.starts_with("sluit ")
        || f.starts_with("je hebt nog")
        || f.starts_with("bekijk ")
        // a teaser of another posting above this one ("Uitgelicht
        // Beleidsadviseur Grondwater – Provincie Overijssel – 36 uur")
        || ["uitgelicht ", "featured ", "gesponsord", "sponsored", "aanbevolen:", "promoted"]
            .iter()
            .any(|w| f.starts_with(w))
        || f.starts_with("deze opdracht is")
        // an app's own screen: a watch's notification history, a
        // transcript, a screen reader's speech history
        || [
            "meldingsgeschiedenis",
            "notification history",
            "transcriptie",
            "transcript",
            "spraakgeschiedenis",
            "speech history",
        ]
        .iter()
        .any(|w| f.starts_with(w))
        // a purchasing system's or a portal's tagline ("Dynamisch
        // aankoopsysteem voor de inhuur van externe medewerkers")
        || f.starts_with("dynamisch aankoopsysteem")
        || f.contains("voor de inhuur van")
        // an e-mail's header lines ("Onderwerp: Uitgelicht: …")
        || MAIL_HEADERS.iter().any(|h| f.starts_with(h))
        // a line naming the client under the title ("for the Municipality of Utrecht")
        || CLIENT_LINE.iter().any(|c| f.starts_with(c))
        || POSTCODE.is_match(text)
        || CHROME_WORDS.contains(&f)
        // the site's name, alone, with its owner after a bar ("Werken bij
        // X | Gemeente X") or with its tagline ("ZorgFlexNet — flexwerk in
        // zorg, welzijn en publieke gezondheid")
        || site.is_some_and(|s| {
            let s = fold(s);
            f == s
                || f.strip_prefix(&s).is_some_and(|rest| rest.trim_start().starts_with('|'))
                || is_tagline_after(text.trim(), &s)
        })
        || province_in(text).is_some_and(|p| fold(p).replace('-', " ") == f.replace('-', " "))
        || text.starts_with(|c: char| c.is_ascii_digit())
        || (f.starts_with("gemeente ") && text.split_whitespace().count() <= 4)
        || is_bare_code(text.trim())
        || is_document_kind(f)
}

/// The site's name, a separator and a phrase in lower case: a site's
/// tagline ("Woordwerkers · hét platform voor communicatieprofessionals"),
/// where a title after a site's name starts with a capital.
fn is_tagline_after(text: &str, folded_site: &str) -> bool {
    let Some(head) = text.get(..folded_site.len()) else {
        return false;
    };
    if fold(head) != folded_site {
        return false;
    }
    let rest = text[folded_site.len()..].trim_start();
    let Some(rest) = rest
        .strip_prefix(['·', '—', '–', '-', ':', '|'])
        .map(str::trim_start)
    else {
        return false;
    };
    rest.starts_with(char::is_lowercase) && rest.split_whitespace().count() >= 2
}

/// Nouns that name a document of a hiring request, not the work.
const DOCUMENT_NOUNS: &[&str] = &[
    "opdrachtomschrijving",
    "inhuuraanvraag",
    "inhuurverzoek",
    "bestelformulier",
    "opdrachtformulier",
    "aanvraagformulier",
    "inhuurformulier",
    "personeelsaanvraag",
    "inzetverzoek",
    "behoeftestelling",
    "offerteaanvraag",
    "afroepopdracht",
    "uitvraag",
    "aanbestedingsleidraad",
    "gunningsleidraad",
    "bestek",
];

/// Words a document's kind is written with around its noun.
const DOCUMENT_WORDS: &[&str] = &[
    "inhuur",
    "extern",
    "externe",
    "medewerker",
    "medewerkers",
    "personeel",
    "van",
    "voor",
    "een",
    "tijdelijke",
    "nadere",
    "interim",
    "capaciteit",
    "-",
    "–",
];

/// A document's kind on a line of its own ("Opdrachtomschrijving inhuur
/// externe medewerker", "INZETVERZOEK"), as a form or a PDF heads its
/// first page.
pub(super) fn is_document_kind(folded: &str) -> bool {
    let words: Vec<&str> = folded.split_whitespace().collect();
    words.iter().any(|w| DOCUMENT_NOUNS.contains(w))
        && words
            .iter()
            .all(|w| DOCUMENT_NOUNS.contains(w) || DOCUMENT_WORDS.contains(w))
}

/// A reference alone ("ARN-2026-0654", "GGDG-2026-077"): one word of
/// capitals, digits and dashes or slashes with at least four digits.
fn is_bare_code(text: &str) -> bool {
    !text.contains(char::is_whitespace)
        && text.chars().filter(char::is_ascii_digit).count() >= 4
        && !text.chars().any(char::is_lowercase)
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '/' | '_' | '.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_and_a_language_switch_are_no_title() {
        assert!(is_chrome("Verzonden vanaf mijn Galaxy", None));
        assert!(is_chrome("Meldingsgeschiedenis", None));
        assert!(is_chrome("Transcriptie – Live Transcribe", None));
        assert!(is_chrome("NL | EN", None));
        assert!(is_chrome("-------- Origineel bericht --------", None));
        assert!(!is_chrome("Adviseur Netcongestie", None));
    }

    #[test]
    fn a_site_with_its_tagline_is_no_title() {
        let site = Some("ZorgFlexNet");
        assert!(is_chrome(
            "ZorgFlexNet — flexwerk in zorg, welzijn en publieke gezondheid",
            site
        ));
        assert!(is_chrome(
            "Woordwerkers · hét platform voor professionals",
            Some("Woordwerkers")
        ));
        assert!(!is_chrome(
            "ZorgFlexNet — Arts Infectieziektebestrijding",
            site
        ));
    }

    #[test]
    fn a_reference_alone_is_no_title() {
        assert!(is_chrome("ARN-2026-0654", None));
        assert!(is_chrome("GGDG-2026-077", None));
        assert!(!is_chrome("Verkeerskundige Mobiliteit", None));
        assert!(!is_chrome("Adviseur-2030", None));
    }
}
