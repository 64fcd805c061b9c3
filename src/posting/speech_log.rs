//! A page as a screen reader spoke it, copied from its speech log (NVDA's
//! "Spraakweergave", VoiceOver's or JAWS's history): each thing read is
//! announced by its role, two spaces apart ("kop niveau 2  In het kort",
//! "rij 2  Opdrachtnummer", "opsommingsteken  Je schrijft …", "link
//! Opdrachten", "heading level 1  …", "bullet  …"). The roles are taken
//! away, a heading gets a blank line before it, a list item its bullet, a
//! bullet read as "punt" between a strip's parts its " · ", and lines of
//! roles alone, buttons and the browser's window title are dropped, so the
//! page reads as it was shown. Any other text is returned as it came.

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// A role the reader announces, as a whole part of a line.
static ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:navigatie|hoofd|banner|zoek|aanvullende|inhoudsinfo|navigation|main|search|complementary|contentinfo) (?:oriëntatiepunt|orientatiepunt|landmark)|lijst met \d+ items?|list with \d+ items?|uit lijst|out of list|uit (?:navigatie |hoofd |banner )?(?:oriëntatiepunt|orientatiepunt)|out of (?:navigation |main )?landmark|tabel met \d+ rijen en \d+ kolommen|table with \d+ rows and \d+ columns|uit tabel|out of table|rij \d+|row \d+|kolom \d+|column \d+|(?:bezochte? )?link|visited link|klikbaar|clickable|afbeelding|graphic|image|document|nvda spraakweergave|spraakweergave|speech viewer|voiceover|jaws)$",
    )
    .expect("static pattern")
});

/// A heading's announcement: "kop niveau 2", "heading level 1".
static HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:kop niveau|heading level) \d$").expect("static pattern"));

/// Roles of the speech log that a page never writes, counted to know one.
static MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|  )(?:kop niveau \d|heading level \d|lijst met \d+ items?|list with \d+ items?|uit lijst|out of list|opsommingsteken|tabel met \d+ rijen|table with \d+ rows|rij \d+  kolom \d+|row \d+  column \d+)(?:  |$)")
        .expect("static pattern")
});

/// A browser's window title ("… - Mozilla Firefox").
pub(super) const BROWSERS: [&str; 5] = [
    " - Mozilla Firefox",
    " - Google Chrome",
    " - Chromium",
    " - Microsoft Edge",
    " - Safari",
];

/// The page as shown, when four or more lines carry a speech log's roles.
pub fn repair(text: &str) -> Cow<'_, str> {
    if !text.contains("  ") || text.lines().filter(|l| MARK.is_match(l)).take(4).count() < 4 {
        return Cow::Borrowed(text);
    }
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        if BROWSERS.iter().any(|b| line.trim_end().ends_with(b)) {
            continue;
        }
        if let Some(l) = spoken(line) {
            out.push(l);
        }
    }
    Cow::Owned(super::normalize::join_like(&out, text))
}

/// A line of the log as the page shows it; none for roles alone or a button.
fn spoken(line: &str) -> Option<String> {
    let parts: Vec<&str> = line
        .split("  ")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.is_empty() {
        return Some(String::new());
    }
    let mut words: Vec<&str> = Vec::new();
    let mut heading = false;
    let mut bullet = false;
    let mut roles = 0;
    for (i, part) in parts.iter().enumerate() {
        let f = part.to_lowercase();
        if f == "knop" || f == "button" {
            return None; // a button's text is the page's furniture
        }
        if HEADING.is_match(part) {
            heading = true;
        } else if f == "opsommingsteken" || f == "bullet" {
            bullet = true;
        } else if ROLE.is_match(part) {
            // "… document": the page's title as the tab reads it
            if f == "document" && i + 1 == parts.len() {
                return None;
            }
        } else if f == "punt" || f == "dot" {
            words.push("·");
            continue;
        } else {
            words.push(part);
            continue;
        }
        roles += 1;
    }
    if words.is_empty() {
        return (roles == 0).then(String::new);
    }
    let text = words.join(" ");
    Some(if heading {
        format!("\n{text}")
    } else if bullet {
        format!("- {text}")
    } else {
        text
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_are_taken_away() {
        let log = "NVDA Spraakweergave\nVacature | Site - Mozilla Firefox\nVacature | Site  document\nnavigatie oriëntatiepunt  lijst met 2 items  link  Opdrachten\nuit lijst  uit navigatie oriëntatiepunt\nhoofd oriëntatiepunt  kop niveau 1  Beleidsadviseur\nGGD Zeeland  punt  Goes\nknop  Reageren\ntabel met 2 rijen en 2 kolommen  rij 1  kolom 1  Opdrachtgever\nkolom 2  GGD Zeeland\nrij 2  Startdatum\nmaandag 4 januari 2027\nuit tabel\nlijst met 1 items  opsommingsteken  Je schrijft het programma;\nuit lijst\n";
        assert_eq!(
            repair(log),
            "Opdrachten\n\nBeleidsadviseur\nGGD Zeeland · Goes\nOpdrachtgever\nGGD Zeeland\nStartdatum\nmaandag 4 januari 2027\n- Je schrijft het programma;\n"
        );
    }

    #[test]
    fn a_page_with_double_spaces_is_left() {
        let t = "Start  1 maart 2027\nUren  32\nLink  naar de site\nKnop  indrukken\n";
        assert_eq!(repair(t), t);
    }
}
