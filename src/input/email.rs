//! An e-mail (`.eml`) to text with mail-parser: the HTML part through the
//! HTML reader, else the plain part; any transfer encoding and charset. A
//! forwarding preamble ("---------- Doorgestuurd bericht ----------" and the
//! quoted Van/Onderwerp lines) is cut off, and the subject is never used as
//! text, so "Fwd:"/"Doorst:" never becomes the title.

use super::InputError;
use mail_parser::MessageParser;

/// The text of an e-mail and the first web link in it (for platform alerts
/// that hold only a summary and a link).
pub struct Mail {
    pub text: String,
    pub link: Option<String>,
    /// The address the posting was sent from: in a forward, the original
    /// sender's (the agency), else the message's own sender.
    pub sender: Option<String>,
}

/// Reads the body of an e-mail.
pub fn to_text(bytes: &[u8]) -> Result<Mail, InputError> {
    let message = MessageParser::default()
        .parse(bytes)
        .ok_or_else(|| InputError::Email("not a readable e-mail message".into()))?;
    let html = message
        .html_part(0)
        .filter(|p| p.is_text_html())
        .and_then(|p| p.text_contents());
    let (text, link) = match html {
        Some(html) => (super::html::to_text(html)?, first_link(html)),
        None => {
            let text = message
                .body_text(0)
                .map(|t| t.into_owned())
                .filter(|t| !t.trim().is_empty())
                .or_else(|| raw_body(bytes))
                .ok_or_else(|| InputError::Email("the e-mail has no text".into()))?;
            let link = first_link(&text);
            (text, link)
        }
    };
    let own_sender = message
        .from()
        .and_then(|a| a.first())
        .and_then(|a| a.address())
        .map(str::to_string);
    let sender = forwarded_sender(&text).or(own_sender);
    let text = after_forward_marker(&text);
    if text.trim().is_empty() {
        return Err(InputError::Email("the e-mail has no text".into()));
    }
    Ok(Mail { text, link, sender })
}

/// The text after the message's headers, for a message whose parts cannot
/// be found: a page saved as MHTML and then rendered to text keeps the
/// multipart headers but loses its boundaries, and a message cut short may
/// end inside its first part. Part headers and boundary lines are dropped.
fn raw_body(bytes: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(bytes);
    let start = ["\r\n\r\n", "\n\n"]
        .iter()
        .filter_map(|sep| text.find(sep).map(|at| at + sep.len()))
        .min()?;
    let is_part_header = |line: &str| {
        let lower = line.trim_start().to_ascii_lowercase();
        lower.starts_with("--")
            && !lower.trim_start_matches('-').contains(' ')
            && lower.trim_start_matches('-').len() > 8
            || [
                "content-type:",
                "content-transfer-encoding:",
                "content-location:",
                "content-id:",
            ]
            .iter()
            .any(|h| lower.starts_with(h))
    };
    let body: Vec<&str> = text[start..]
        .lines()
        .filter(|l| !is_part_header(l))
        .collect();
    let body = body.join("\n");
    (!body.trim().is_empty()).then_some(body)
}

/// The address on the last "Van:"/"From:" line of the body: a forward's
/// original sender.
fn forwarded_sender(text: &str) -> Option<String> {
    text.lines().rev().find_map(|l| {
        let lower = l.trim_start().trim_start_matches('>').trim().to_lowercase();
        let rest = lower
            .strip_prefix("van:")
            .or_else(|| lower.strip_prefix("from:"))?;
        let at = rest.find('@')?;
        let start = rest[..at]
            .rfind(|c: char| c.is_whitespace() || c == '<')
            .map_or(0, |i| i + 1);
        let end = rest[at..]
            .find(|c: char| c.is_whitespace() || c == '>')
            .map_or(rest.len(), |i| at + i);
        Some(rest[start..end].to_string())
    })
}

/// Lines that start a forwarded message, in the mail clients' words.
const FORWARD_MARKERS: &[&str] = &[
    "doorgestuurd bericht",
    "forwarded message",
    "begin forwarded message",
    "oorspronkelijk bericht",
    "original message",
];

/// Header lines a client quotes after the marker.
const QUOTED_HEADERS: &[&str] = &[
    "van:",
    "from:",
    "datum:",
    "date:",
    "sent:",
    "verzonden:",
    "onderwerp:",
    "subject:",
    "aan:",
    "to:",
    "cc:",
];

/// Drops everything up to a forward marker and the quoted headers after it.
fn after_forward_marker(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let Some(marker) = lines.iter().position(|l| {
        let l = l.to_lowercase();
        FORWARD_MARKERS.iter().any(|m| l.contains(m)) && l.trim().len() < 80
    }) else {
        return text.to_string();
    };
    let mut rest = &lines[marker + 1..];
    while let Some(first) = rest.first() {
        let l = first.trim().to_lowercase();
        if l.is_empty() || QUOTED_HEADERS.iter().any(|h| l.starts_with(h)) {
            rest = &rest[1..];
        } else {
            break;
        }
    }
    let forwarded = rest.join("\n");
    // a correction sent with the original below it ("Hierbij rectificeren
    // wij …", "Wijziging: …"): the posting is the original as corrected, so
    // the correction follows it, where a later change wins
    let own = lines[..marker].join("\n");
    let lower = own.to_lowercase();
    if CORRECTIONS.iter().any(|w| lower.contains(w)) {
        return format!("{forwarded}\n\n{own}");
    }
    forwarded
}

/// Words of a mail that corrects the posting it forwards.
const CORRECTIONS: &[&str] = &[
    "rectific",
    "wijziging",
    "correctie",
    "erratum",
    "gewijzigd",
    "verschoven",
];

/// The first `http(s)://` address in the text or in an `href`.
fn first_link(s: &str) -> Option<String> {
    let start = s.find("https://").or_else(|| s.find("http://"))?;
    let link: String = s[start..]
        .chars()
        .take_while(|c| !c.is_whitespace() && !matches!(c, '"' | '\'' | '<' | '>' | ')' | ']'))
        .take(2000)
        .collect();
    Some(link.trim_end_matches(['.', ',', ';']).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sender_is_the_forwarded_one() {
        let eml = b"From: Mark <mark@jansen-advies.nl>\r\nSubject: FW: opdracht\r\n\r\n\
            Hoi,\r\n\r\n---------- Doorgestuurd bericht ---------\r\n\
            Van: Sanne Bakker <sanne.bakker@interimpartners-zh.nl>\r\n\r\n> Functie: Adviseur\r\n";
        let mail = to_text(eml).unwrap();
        assert_eq!(
            mail.sender.as_deref(),
            Some("sanne.bakker@interimpartners-zh.nl")
        );
        let own = to_text(b"From: Maandag <opdrachten@mail.maandag.nl>\r\nSubject: x\r\n\r\nFunctie: Adviseur\r\n").unwrap();
        assert_eq!(own.sender.as_deref(), Some("opdrachten@mail.maandag.nl"));
    }

    #[test]
    fn a_correction_follows_the_original_it_forwards() {
        let t = "Hierbij rectificeren wij de aanvraag.\nUren per week: gewijzigd van 24 naar 32.\n\n-------- Oorspronkelijk bericht --------\nVan: Inkoop\nOnderwerp: Aanvraag\n\nUren per week: 24\n";
        assert_eq!(
            after_forward_marker(t),
            "Uren per week: 24\n\nHierbij rectificeren wij de aanvraag.\nUren per week: gewijzigd van 24 naar 32.\n"
        );
        let plain = "Hoi, zie hieronder.\n---------- Doorgestuurd bericht ---------\nVan: X\n\nFunctie: Adviseur";
        assert_eq!(after_forward_marker(plain), "Functie: Adviseur");
    }

    #[test]
    fn quoted_printable_latin1_plain_part() {
        let eml = b"From: a@b.nl\r\nSubject: Doorst: Co=?iso-8859-1?q?=F6rdinator?=\r\n\
            MIME-Version: 1.0\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\
            Content-Transfer-Encoding: quoted-printable\r\n\r\n\
            Hoi,\r\n\r\n---------- Doorgestuurd bericht ---------\r\nVan: X\r\n\
            Onderwerp: Co=F6rdinator\r\n\r\nCo=F6rdinator welzijn\r\nTarief =80 110,-\r\n\
            Zie https://example.nl/opdracht/1.\r\n";
        let mail = to_text(eml).unwrap();
        assert!(
            mail.text.starts_with("Coördinator welzijn"),
            "{}",
            mail.text
        );
        assert!(mail.text.contains("Tarief € 110,-") || mail.text.contains("Tarief \u{80} 110"));
        assert_eq!(mail.link.as_deref(), Some("https://example.nl/opdracht/1"));
    }

    #[test]
    fn a_saved_page_that_lost_its_parts_is_read_from_its_body() {
        let eml = "From: <Saved by Blink>\r\nSubject: Adviseur\r\nMIME-Version: 1.0\r\n\
                   Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\
                   \tboundary=\"----MultipartBoundary--kQ3x----\"\r\n\r\n\
                   Adviseur Openbare Ruimte\r\nSluitingsdatum 16-12-2026 om 10.00u\r\n";
        let mail = to_text(eml.as_bytes()).unwrap();
        assert!(
            mail.text.starts_with("Adviseur Openbare Ruimte"),
            "{}",
            mail.text
        );
        assert!(mail.text.contains("Sluitingsdatum 16-12-2026"));
    }

    #[test]
    fn not_a_message() {
        assert!(to_text(b"").is_err());
    }
}
