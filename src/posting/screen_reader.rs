//! A page as a phone's or a desktop's screen reader spoke it, copied line
//! by line (VoiceOver's caption panel, TalkBack's speech output, Windows
//! Narrator's last phrases): each thing on a line with its role after a
//! comma ("Adviseur waterkwaliteit KRW, kop niveau 1", "Inloggen, knop",
//! "Opdrachten, link", "Nieuw, afbeelding") or before it ("Kop niveau 2,
//! Omgevingsmanager Grensmaas", "Afbeelding, Logo Provincie Limburg"), a
//! list's facts as "label, value" ("Kenmerk, ODNZKG-2026-1189") and a
//! table's cells one by one ("Rij 2, Kolom 1, Standplaats" / "Rij 2, Kolom
//! 2, Maastricht"). The lines become the page's: a heading with a blank
//! line before it, a link's text alone, a check box's text as a list item,
//! a row's two cells as "label: value", a known label's value after a
//! colon; buttons, images, fields, tabs, the window's title and the
//! reader's announcements dropped. Any other line is kept as it came.

use super::label_lookup::exact_label;
use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// A role after the thing's text ("…, kop niveau 1", "…, knop, ingeklapt"):
/// the line's last item but the states a reader says after it (a list of
/// words that names "navigatie" among others is no role).
static ROLE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(.+?),\s*(kop niveau \d|kop|heading level \d|heading|knop|button|link|koppeling|afbeelding|image|webpagina|web page|huidige pagina|zoekveld|tekstveld|search field|navigatie|navigation)(?:,\s*(?:ingeklapt|uitgeklapt|geselecteerd|niet geselecteerd|bezocht|dubbeltik om te activeren|collapsed|expanded|selected|visited|double-tap to activate))*$")
        .expect("static pattern")
});

/// A role before the thing's text ("Kop niveau 2, …", "Afbeelding, …").
static ROLE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(kop niveau \d|heading level \d|afbeelding|image|knop|button|koppeling|link),\s*(.+)$")
        .expect("static pattern")
});

/// A table's cell ("Rij 2, Kolom 1, Standplaats").
static CELL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:rij|row) (\d+),\s*(?:kolom|column) (\d+),\s*(.*)$")
        .expect("static pattern")
});

/// VoiceOver's table cell: the label's "…, rij 3 van 11, kolom 1", then
/// the value's "…, kolom 2".
static ROW_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(.+?),? (?:rij|row) \d+ (?:van|of) \d+, (?:kolom|column) 1$")
        .expect("static pattern")
});
static ROW_VALUE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(.+), (?:kolom|column) \d+$").expect("static pattern"));

/// A check box and its text ("Selectievakje, aangevinkt, Rijbewijs B").
static CHECK_BOX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:selectievakje|checkbox)(?:,\s*(?:niet )?(?:aangevinkt|ingeschakeld|checked|not checked|unchecked))?,\s*(.+)$")
        .expect("static pattern")
});

/// What the reader says of the page's structure, no text of it.
static ANNOUNCEMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:tabel, \d+ kolommen, \d+ rijen|table, \d+ columns, \d+ rows|lijst,? (?:met )?\d+ items?|list,? \d+ items?|einde (?:van )?(?:de )?lijst|lijst einde|end of list|tabel met \d+ rijen.*|table with \d+ rows.*|einde (?:van )?(?:de )?tabel|end of table|pagina \d+ van \d+|page \d+ of \d+|tabblad \d+ van \d+.*|tab \d+ of \d+.*|(?:uitvouwen|samenvouwen|expand|collapse),.*)$")
        .expect("static pattern")
});

/// The text with a screen reader's lines read as the page (see the module).
pub fn repair(text: &str) -> Cow<'_, str> {
    let spoken = text
        .lines()
        .filter(|l| {
            let l = l.trim();
            ROLE_AFTER.is_match(l) || ROLE_BEFORE.is_match(l) || CELL.is_match(l)
        })
        .take(5)
        .count();
    if spoken < 5 {
        return Cow::Borrowed(text);
    }
    let mut out: Vec<String> = Vec::new();
    // the label cell of the row being read
    let mut row_label: Option<(String, String)> = None;
    // a list the reader announced ("Lijst, 8 items" … "Einde lijst"), whose
    // items are "label, value"
    let mut in_list = false;
    for line in text.lines() {
        // a list item's bullet, spoken
        if let Some(item) = line
            .trim()
            .strip_prefix("opsommingsteken, ")
            .or_else(|| line.trim().strip_prefix("bullet, "))
        {
            out.push(format!("- {item}"));
            continue;
        }
        let said = without_icon(line.trim());
        if let Some(c) = ROW_LABEL.captures(said) {
            let label = c[1].trim().trim_end_matches(':').trim();
            row_label = Some(("vo".into(), without_icon(label).to_string()));
            continue;
        }
        if let Some(c) = ROW_VALUE.captures(said)
            && let Some((_, label)) = row_label.take()
        {
            out.push(format!("{label}: {}", c[1].trim()));
            continue;
        }
        if let Some(c) = CELL.captures(said) {
            let (row, col, cell) = (c[1].to_string(), &c[2], c[3].trim().to_string());
            match (col, row_label.take()) {
                ("1", _) => row_label = Some((row, cell)),
                (_, Some((r, label))) if r == row => out.push(format!("{label}: {cell}")),
                _ => out.push(cell),
            }
            continue;
        }
        if let Some((_, label)) = row_label.take() {
            out.push(label);
        }
        if said.is_empty() || ANNOUNCEMENT.is_match(said) {
            let f = said.to_lowercase();
            if f.starts_with("lijst") || f.starts_with("list,") {
                in_list = !f.contains("einde");
            } else if f.contains("einde") || f.starts_with("end of") {
                in_list = false;
            }
            continue;
        }
        if let Some(c) = CHECK_BOX.captures(said) {
            out.push(format!("- {}", c[1].trim()));
            continue;
        }
        let role = ROLE_AFTER
            .captures(said)
            .map(|c| (c[2].to_lowercase(), c[1].trim().to_string()))
            .or_else(|| {
                ROLE_BEFORE
                    .captures(said)
                    .map(|c| (c[1].to_lowercase(), c[2].trim().to_string()))
            });
        if let Some((role, what)) = role {
            if role.starts_with("kop") || role.starts_with("heading") {
                out.push(String::new());
                out.push(what);
            } else if role == "link" || role == "koppeling" {
                out.push(what);
            }
            continue;
        }
        // the window's title ("….pdf, Microsoft Edge, document")
        if said.contains(", Microsoft Edge") || said.ends_with(", document") {
            continue;
        }
        // a list's fact: "Kenmerk, ODNZKG-2026-1189", "Einde, 30/6/27"
        if let Some((label, value)) = said.split_once(", ")
            && !label.contains(':')
            && (exact_label(label).is_some()
                || in_list
                    && label.split_whitespace().count() <= 5
                    && !label.contains(|c: char| c.is_ascii_digit()))
        {
            out.push(format!("{label}: {value}"));
            continue;
        }
        out.push(said.to_string());
    }
    if let Some((_, label)) = row_label {
        out.push(label);
    }
    Cow::Owned(super::normalize::join_like(&out, text))
}

/// A line without the name of the icon the reader spoke before it
/// ("kalender, Startdatum", "rond punaise, Boxtel"): a few words in small
/// letters, then a capital.
fn without_icon(said: &str) -> &str {
    match said.split_once(", ") {
        Some((icon, rest))
            if icon.split_whitespace().count() <= 3
                && icon.chars().all(|c| c.is_lowercase() || c == ' ')
                && rest.starts_with(char::is_uppercase) =>
        {
            rest
        }
        _ => said,
    }
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn roles_after_the_text_are_read_as_the_page() {
        let t = "Opdrachtenwaard – Adviseur Water, webpagina\nMenu, knop, ingeklapt\nOpdrachten, link\nAdviseur Water, kop niveau 1\nWaterschap De Dommel, link\nNieuw, afbeelding\nLijst, 3 items\nKenmerk, DOM-2026-88\nSluitingsdatum, maandag 4 jan. 09:00 uur\nEinde lijst\nEisen, kop\nSelectievakje, aangevinkt, Hbo-diploma\nSelectievakje, niet aangevinkt, Rijbewijs B\nDelen, knop\n";
        assert_eq!(
            repair(t),
            "Opdrachten\n\nAdviseur Water\nWaterschap De Dommel\nKenmerk: DOM-2026-88\nSluitingsdatum: maandag 4 jan. 09:00 uur\n\nEisen\n- Hbo-diploma\n- Rijbewijs B\n"
        );
    }

    #[test]
    fn roles_before_the_text_and_table_cells() {
        let t = "Offerte.pdf, Microsoft Edge, document\nPagina 1 van 6\nAfbeelding, Logo Provincie Limburg\nKop niveau 1, Offerteaanvraag\nKop niveau 2, Omgevingsmanager Grensmaas\nTabel met 2 rijen en 2 kolommen\nRij 1, Kolom 1, Standplaats\nRij 1, Kolom 2, Maastricht\nRij 2, Kolom 1, Einddatum\nRij 2, Kolom 2, 2028-02-29\nKnop, Reageer\n";
        assert_eq!(
            repair(t),
            "\nOfferteaanvraag\n\nOmgevingsmanager Grensmaas\nStandplaats: Maastricht\nEinddatum: 2028-02-29\n"
        );
    }

    #[test]
    fn voiceover_rows_lists_and_icons() {
        let t = "Adviseur Water, kop niveau 1\nOpdrachten, link\nDelen, knop\nNieuw, afbeelding\nInloggen, knop\nrond punaise, Boxtel, Noord-Brabant\ntabel, 2 kolommen, 2 rijen\nkalender, Startdatum, rij 1 van 2, kolom 1\nmaandag 1 februari 2027, kolom 2\nUren per week: rij 2 van 2, kolom 1\n32 tot 36, kolom 2\nLijst, 2 items\nEinde, 30/6/27\nInzet, 36 uur per week\nEinde lijst\nopsommingsteken, Je stelt plannen op\nDit is zo, en blijft zo.\n";
        assert_eq!(
            repair(t),
            "\nAdviseur Water\nOpdrachten\nBoxtel, Noord-Brabant\nStartdatum: maandag 1 februari 2027\nUren per week: 32 tot 36\nEinde: 30/6/27\nInzet: 36 uur per week\n- Je stelt plannen op\nDit is zo, en blijft zo.\n"
        );
    }

    #[test]
    fn a_posting_that_names_roles_in_its_lists_is_left() {
        let t = "Webredacteur\nKennis van HTML, CSS, navigatie, formulieren\nJe toetst op WCAG: kop, link, afbeelding en formulier\nErvaring met menu, knop en link\nKop, romp en staart, afbeelding\nStart: 1 maart\n";
        assert_eq!(repair(t), t);
    }

    #[test]
    fn a_text_with_a_few_links_named_is_left() {
        let t = "Adviseur Water\nMeer info, link\nReageren, knop\nStart: 1 maart\n";
        assert_eq!(repair(t), t);
    }
}
