//! A page as the Orca screen reader spoke it, copied from its debug log:
//! each utterance on a line of its own, `SPEECH OUTPUT: '…'` (and the
//! braille display's `BRAILLE LINE: '…'`, which says the same again).
//! Orca names a thing's role after it ("Eisen kop niveau 2", "Opdrachten
//! koppeling") or before it ("koppeling Raadzaal Opdrachten", "knop
//! Reageer"), and announces lists and tables as they open and end ("lijst
//! met 8 items", "tabel einde"). The utterances become the page's lines:
//! a heading with a blank line before it, a link's text alone, buttons,
//! announcements, a table's header row and the browser's window title
//! dropped. Any other text is returned as it came.

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// One utterance: `SPEECH OUTPUT: '…'` or `BRAILLE LINE: '…'`.
static UTTERANCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(SPEECH OUTPUT|BRAILLE LINE):\s*'(.*)'\s*$").expect("static pattern")
});

/// An announcement that is no text of the page.
static ANNOUNCEMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:lijst met \d+ items?|list with \d+ items?|lijst einde|einde lijst|list end|leaving list|tabel met \d+ rijen.*|table with \d+ rows.*|tabel einde|einde tabel|table end|leaving table|\S+ (?:oriëntatiepunt|orientatiepunt|landmark)|.* kolomkop|.* column header)$")
        .expect("static pattern")
});

/// A heading's role after its text ("Eisen kop niveau 2").
static HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(.+?)\s+(?:kop niveau|heading level) \d$").expect("static pattern")
});

/// A link's or button's role before or after its text.
static ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(koppeling|link|knop|button)\s+(.+)|(.+?)\s+(koppeling|link|knop|button))$",
    )
    .expect("static pattern")
});

/// The text with an Orca log read as the page it spoke (see the module).
pub fn repair(text: &str) -> Cow<'_, str> {
    let spoken = text
        .lines()
        .filter(|l| UTTERANCE.is_match(l))
        .take(4)
        .count();
    if spoken < 4 {
        return Cow::Borrowed(text);
    }
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        let Some(c) = UTTERANCE.captures(line) else {
            // what is no utterance (a "# source" line) stays
            if !line.trim().is_empty() {
                out.push(line.to_string());
            }
            continue;
        };
        if &c[1] == "BRAILLE LINE" {
            continue;
        }
        let said = c[2].replace("\\'", "'");
        let said = said.trim();
        if said.is_empty() || ANNOUNCEMENT.is_match(said) {
            continue;
        }
        if let Some(h) = HEADING.captures(said) {
            out.push(String::new());
            out.push(h[1].to_string());
            continue;
        }
        if let Some(r) = ROLE.captures(said) {
            let (role, what) = match (r.get(1), r.get(2)) {
                (Some(role), Some(what)) => (role.as_str(), what.as_str()),
                _ => (&r[4], &r[3]),
            };
            let role = role.to_lowercase();
            if role != "knop" && role != "button" {
                out.push(what.to_string());
            }
            continue;
        }
        // the window's title: the page's title and the site's name, which
        // the page itself says again
        if super::speech_log::BROWSERS
            .iter()
            .any(|b| said.ends_with(b))
        {
            continue;
        }
        out.push(said.to_string());
    }
    Cow::Owned(super::normalize::join_like(&out, text))
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn utterances_become_the_pages_lines() {
        let log = "SPEECH OUTPUT: 'Adviseur Water - Banensite - Mozilla Firefox'\nSPEECH OUTPUT: 'navigatie oriëntatiepunt'\nSPEECH OUTPUT: 'koppeling Banensite'\nSPEECH OUTPUT: 'Adviseur Water kop niveau 1'\nBRAILLE LINE: 'Adviseur Water h1'\nSPEECH OUTPUT: 'lijst met 2 items'\nSPEECH OUTPUT: 'Start: 1 maart 2027'\nSPEECH OUTPUT: 'Uren: 24'\nSPEECH OUTPUT: 'lijst einde'\nSPEECH OUTPUT: 'Criterium kolomkop Weging kolomkop'\nSPEECH OUTPUT: 'Ervaring 60 punten'\nSPEECH OUTPUT: 'knop Reageer'\n";
        assert_eq!(
            repair(log),
            "Banensite\n\nAdviseur Water\nStart: 1 maart 2027\nUren: 24\nErvaring 60 punten\n"
        );
    }

    #[test]
    fn a_text_that_quotes_a_log_line_once_is_left() {
        let t = "Titel\nSPEECH OUTPUT: 'x'\nStart: 1 maart\n";
        assert_eq!(repair(t), t);
    }
}
