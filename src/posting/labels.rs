//! Header fields recognised by their labels, as a table.
//!
//! A field is written as "Label value", "Label: value", as cells of a
//! tab-separated table row ("Aanvraagnummer\t30828\tStart\t1 augustus 2026"),
//! or as a label on its own line with the value on the next one. A new label
//! spelling is one entry in [`LABELS`]; each candidate value is checked by the
//! caller, so a sentence that happens to start with a label word is skipped.

use super::lines::{Line, LineKind};

/// The header fields read through labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Title,
    RequestNumber,
    Organisation,
    Region,
    Start,
    Duration,
    Extension,
    Hours,
    Education,
    Das,
    DeadlineDate,
    DeadlineTime,
    Scale,
    Professionals,
    Workdays,
    /// The end of the work ("Einddatum", "Einde opdracht").
    End,
    /// The (maximum) hourly rate ("Tarief", "Opdracht tarief").
    Rate,
    /// Where the work is ("Locatie"): a province in it is the region.
    Location,
    /// When the posting was published: read so that its date is never
    /// taken for another one.
    Published,
    /// How one may be hired ("Contractvorm: Detachering ZZP").
    ContractForm,
}

/// Label spellings (lowercase) and their field; longer spellings first where
/// one is a prefix of another.
pub const LABELS: &[(&str, Field)] = &[
    ("aanvraagnummer", Field::RequestNumber),
    ("aanvraag nummer", Field::RequestNumber),
    ("aanvraagnr", Field::RequestNumber),
    ("referentienummer", Field::RequestNumber),
    ("referentie", Field::RequestNumber),
    ("opdrachtnummer", Field::RequestNumber),
    ("vacaturenummer", Field::RequestNumber),
    ("volgnummer", Field::RequestNumber),
    ("projectnummer", Field::RequestNumber),
    ("application number", Field::RequestNumber),
    ("request number", Field::RequestNumber),
    ("reference number", Field::RequestNumber),
    ("reference", Field::RequestNumber),
    ("project id", Field::RequestNumber),
    ("vacature id", Field::RequestNumber),
    ("kenmerk", Field::RequestNumber),
    ("functietitel", Field::Title),
    ("titel", Field::Title),
    ("vacature", Field::Title),
    ("functie", Field::Title),
    ("opdracht", Field::Title),
    ("function", Field::Title),
    ("job title", Field::Title),
    ("naam opdracht", Field::Title),
    ("opdrachtnaam", Field::Title),
    ("functienaam", Field::Title),
    ("naam", Field::Title),
    ("hours", Field::Hours),
    ("end", Field::End),
    ("start", Field::Start),
    ("opdrachtgever", Field::Organisation),
    ("organisatie", Field::Organisation),
    ("organisation", Field::Organisation),
    ("organization", Field::Organisation),
    ("client", Field::Organisation),
    ("gemeente", Field::Organisation),
    ("provincie", Field::Region),
    ("province", Field::Region),
    ("regio", Field::Region),
    ("region", Field::Region),
    ("locatie", Field::Location),
    ("location", Field::Location),
    ("standplaats", Field::Location),
    ("werklocatie", Field::Location),
    ("startdatum", Field::Start),
    ("begindatum", Field::Start),
    ("ingangsdatum", Field::Start),
    ("datum start", Field::Start),
    ("start date", Field::Start),
    ("startmoment", Field::Start),
    ("start opdracht", Field::Start),
    ("beoogde startdatum", Field::Start),
    ("beoogde aanvang", Field::Start),
    ("ingangsdatum opdracht", Field::Start),
    ("aanvang opdracht", Field::Start),
    ("aanvangsdatum", Field::Start),
    ("aanvang", Field::Start),
    ("einddatum", Field::End),
    ("einde opdracht", Field::End),
    ("einde", Field::End),
    ("einddatum opdracht", Field::End),
    ("end date", Field::End),
    ("looptijd", Field::Duration),
    ("duur van de opdracht", Field::Duration),
    ("duur opdracht", Field::Duration),
    ("duur", Field::Duration),
    ("duration", Field::Duration),
    ("periode", Field::Duration),
    ("opties verlenging", Field::Extension),
    ("optie tot verlenging", Field::Extension),
    ("optie op verlenging", Field::Extension),
    ("verlengingsopties", Field::Extension),
    ("verlengingsoptie", Field::Extension),
    ("verlengingsmogelijkheden", Field::Extension),
    ("verlenging", Field::Extension),
    ("uren per week", Field::Hours),
    ("aantal uren per week", Field::Hours),
    ("uur per week", Field::Hours),
    ("uren p/w", Field::Hours),
    ("uren/week", Field::Hours),
    ("opdracht uren", Field::Hours),
    ("hours per week", Field::Hours),
    ("hours/week", Field::Hours),
    ("uren", Field::Hours),
    ("inzet", Field::Hours),
    ("uurtarief", Field::Rate),
    ("maximaal tarief", Field::Rate),
    ("maximum tarief", Field::Rate),
    ("max. tarief", Field::Rate),
    ("max tarief", Field::Rate),
    ("plafondtarief", Field::Rate),
    ("max. rate", Field::Rate),
    ("max rate", Field::Rate),
    ("maximum rate", Field::Rate),
    ("maximaal uurtarief", Field::Rate),
    ("maximum uurtarief", Field::Rate),
    ("max. uurtarief", Field::Rate),
    ("opdracht tarief", Field::Rate),
    ("tarief/salaris", Field::Rate),
    ("tarief", Field::Rate),
    ("payrate range", Field::Rate),
    ("pay rate", Field::Rate),
    ("hourly rate", Field::Rate),
    ("rate", Field::Rate),
    ("opleidingniveau", Field::Education),
    ("opleidingsniveau", Field::Education),
    ("werk- en denkniveau", Field::Education),
    ("opleiding", Field::Education),
    ("das opdracht", Field::Das),
    ("einde inschrijfdatum", Field::DeadlineDate),
    ("uiterste inschrijfdatum", Field::DeadlineDate),
    ("uiterste reactiedatum", Field::DeadlineDate),
    ("sluitingsdatum", Field::DeadlineDate),
    ("inschrijven tot", Field::DeadlineDate),
    ("inschrijven voor", Field::DeadlineDate),
    ("reageren tot en met", Field::DeadlineDate),
    ("reageren t/m", Field::DeadlineDate),
    ("reageren tot", Field::DeadlineDate),
    ("reageren voor", Field::DeadlineDate),
    ("reageren kan tot", Field::DeadlineDate),
    ("sollicitatiedeadline", Field::DeadlineDate),
    ("sollicitatietermijn", Field::DeadlineDate),
    ("closing date", Field::DeadlineDate),
    ("application deadline", Field::DeadlineDate),
    ("application ends", Field::DeadlineDate),
    ("apply before", Field::DeadlineDate),
    ("apply by", Field::DeadlineDate),
    ("respond before", Field::DeadlineDate),
    ("reageren uiterlijk op", Field::DeadlineDate),
    ("reageren uiterlijk", Field::DeadlineDate),
    ("reageren vóór", Field::DeadlineDate),
    ("solliciteren kan tot en met", Field::DeadlineDate),
    ("solliciteren tot", Field::DeadlineDate),
    ("uiterste datum voor indiening", Field::DeadlineDate),
    ("uiterste datum van indiening", Field::DeadlineDate),
    ("uiterste datum", Field::DeadlineDate),
    ("einde inschrijving", Field::DeadlineDate),
    ("inschrijftermijn", Field::DeadlineDate),
    ("deadline", Field::DeadlineDate),
    ("eindtijd", Field::DeadlineTime),
    ("plaatselijke tijd", Field::DeadlineTime),
    ("sluitingstijd", Field::DeadlineTime),
    ("publicatiedatum", Field::Published),
    ("gepubliceerd", Field::Published),
    ("plaatsingsdatum", Field::Published),
    ("geplaatst op", Field::Published),
    ("posted", Field::Published),
    ("published", Field::Published),
    ("publication date", Field::Published),
    ("contractvorm", Field::ContractForm),
    ("aanstellingsvorm", Field::ContractForm),
    ("dienstverband", Field::ContractForm),
    ("functietype", Field::ContractForm),
    ("type contract", Field::ContractForm),
    ("contracttype", Field::ContractForm),
    ("soort contract", Field::ContractForm),
    ("contract", Field::ContractForm),
    ("reageren", Field::DeadlineDate),
    ("functieschaal", Field::Scale),
    ("salarisschaal", Field::Scale),
    ("schaal", Field::Scale),
    ("benodigd aantal professionals", Field::Professionals),
    ("aantal professionals", Field::Professionals),
    ("werkdagen", Field::Workdays),
];

/// A label found with its candidate value and the index of its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub field: Field,
    pub value: String,
    /// The value with the next non-blank line appended, for values broken
    /// over two lines ("dinsdag 25 november" / "2025").
    pub value_with_next: String,
    pub line: usize,
}

/// Every label-value candidate in the document, in order of appearance.
pub fn candidates(lines: &[Line]) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if matches!(line.kind, LineKind::Blank) {
            continue;
        }
        let next = next_text(lines, i);
        if line.text.contains('\t') {
            let cells: Vec<&str> = line
                .text
                .split('\t')
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .collect();
            let mut c = 0;
            while c < cells.len() {
                match exact_label(cells[c]) {
                    Some(field) if c + 1 < cells.len() => {
                        let value = cells[c + 1].to_string();
                        out.push(Candidate {
                            field,
                            value_with_next: value.clone(),
                            value,
                            line: i,
                        });
                        c += 2;
                    }
                    _ => c += 1,
                }
            }
            continue;
        }
        let text = line.text.trim();
        if let Some(field) = exact_label(text) {
            if let Some(value) = next
                && exact_label(value).is_none()
            {
                let with_next = format!(
                    "{value} {}",
                    next_text(lines, next_index(lines, i).unwrap_or(i)).unwrap_or("")
                );
                out.push(Candidate {
                    field,
                    value: value.to_string(),
                    value_with_next: with_next,
                    line: i,
                });
            }
            continue;
        }
        // "3.2 Uiterste datum indienen offerte: …": a label behind a section number
        let text = strip_section_number(text);
        if let Some((field, value)) = label_prefix(text) {
            let with_next = match next {
                Some(n) => format!("{value} {n}"),
                None => value.to_string(),
            };
            out.push(Candidate {
                field,
                value: value.to_string(),
                value_with_next: with_next,
                line: i,
            });
        }
    }
    out
}

/// A text without a leading section number ("3.2 ", "2.1.4 ").
fn strip_section_number(text: &str) -> &str {
    let digits_and_dots = text
        .char_indices()
        .take_while(|(_, c)| c.is_ascii_digit() || *c == '.')
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    let head = &text[..digits_and_dots];
    if head.contains('.')
        && head.starts_with(|c: char| c.is_ascii_digit())
        && text[digits_and_dots..].starts_with(' ')
    {
        text[digits_and_dots..].trim_start()
    } else {
        text
    }
}

/// The field of a text that is only a label (with an optional colon).
fn exact_label(text: &str) -> Option<Field> {
    let t = text.trim();
    let colon = t.ends_with(':');
    let t = t.trim_end_matches(':').trim().to_lowercase();
    LABELS
        .iter()
        .find(|(l, _)| *l == t && (colon || !COLON_ONLY.contains(l)))
        .map(|(_, f)| *f)
}

/// Labels that are also ordinary words ("Opdracht omschrijving", "Einde
/// van het jaar"): a label only with a colon.
const COLON_ONLY: &[&str] = &[
    "opdracht", "einde", "rate", "functie", "client", "naam", "hours", "end", "contract",
    "reageren",
];

/// Words that make a longer label another fact: "Deadline voor het indienen
/// van vragen:" is the questions deadline, not the deadline.
const OTHER_FACT: &[&str] = &[
    "vragen",
    "vraag",
    "questions",
    "inlichtingen",
    "publicatie",
    "gesprek",
    "interview",
    "opening",
];

/// "Label: value" or "Label value": the longest label that starts the line.
/// A label may be longer than its table entry when a colon ends it
/// ("Looptijd van de opdracht: …"). Labels are capitalised; a lowercase line
/// is a wrapped sentence.
fn label_prefix(text: &str) -> Option<(Field, &str)> {
    if !text.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let lower = text.to_lowercase();
    let mut best: Option<(usize, Field)> = None;
    for (label, field) in LABELS {
        if lower.starts_with(label) && best.is_none_or(|(len, _)| label.len() > len) {
            let rest = &lower[label.len()..];
            // a label aligned in a table ("Functie      Beleidsadviseur") is one too
            let ok = rest.starts_with(':')
                || rest.starts_with("  ")
                || (rest.starts_with(' ') && !COLON_ONLY.contains(label));
            if ok {
                best = Some((label.len(), *field));
            }
        }
    }
    let (len, field) = best?;
    // byte offsets of lowercase and original agree for the ASCII labels
    let mut value = text.get(len..)?;
    if !value.starts_with(':')
        && let Some(colon) = value.find(':')
        && colon <= 50
        && !value[..colon].chars().any(|c| c.is_ascii_digit())
    {
        // "Deadline voor het indienen van vragen: …", "Looptijd van de opdracht: …"
        let extra = value[..colon].to_lowercase();
        if extra
            .split_whitespace()
            .any(|w| OTHER_FACT.iter().any(|o| w.starts_with(o)))
        {
            return None;
        }
        value = &value[colon..];
    }
    let value = value.trim_start_matches([' ', ':']).trim();
    if value.is_empty() {
        None
    } else {
        Some((field, value))
    }
}

fn next_index(lines: &[Line], i: usize) -> Option<usize> {
    (i + 1..lines.len()).find(|&j| !matches!(lines[j].kind, LineKind::Blank))
}

fn next_text(lines: &[Line], i: usize) -> Option<&str> {
    next_index(lines, i).map(|j| lines[j].text.as_str())
}

/// The first candidate value for `field` that `accept` turns into a value.
pub fn first<T>(
    cands: &[Candidate],
    field: Field,
    mut accept: impl FnMut(&Candidate) -> Option<T>,
) -> Option<T> {
    cands
        .iter()
        .filter(|c| c.field == field)
        .find_map(&mut accept)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::posting::lines::split_lines;

    fn values(text: &str, field: Field) -> Vec<String> {
        candidates(&split_lines(text))
            .into_iter()
            .filter(|c| c.field == field)
            .map(|c| c.value)
            .collect()
    }

    #[test]
    fn tab_table_cells() {
        let t = "Aanvraagnummer\t30828\tStart\t1 augustus 2026\nUren per week\t20 tot 28 uur\tEinde inschrijfdatum\tmaandag 6 juli 2026";
        assert_eq!(values(t, Field::RequestNumber), ["30828"]);
        assert_eq!(values(t, Field::Start), ["1 augustus 2026"]);
        assert_eq!(values(t, Field::Hours), ["20 tot 28 uur"]);
        assert_eq!(values(t, Field::DeadlineDate), ["maandag 6 juli 2026"]);
    }

    #[test]
    fn label_value_forms() {
        assert_eq!(values(" Uren per week 24 uur", Field::Hours), ["24 uur"]);
        assert_eq!(values("Regio: Utrecht", Field::Region), ["Utrecht"]);
        // aligned in a table, a colon-only label is a label too
        assert_eq!(
            values("Functie         Beleidsadviseur Wonen", Field::Title),
            ["Beleidsadviseur Wonen"]
        );
        assert!(values("Functie binnen het team", Field::Title).is_empty());
        assert_eq!(
            values("Benodigd aantal professionals\n\n1-2", Field::Professionals),
            ["1-2"]
        );
        assert_eq!(
            values("Startdatum: 1 jul 2026", Field::Start),
            ["1 jul 2026"]
        );
    }

    #[test]
    fn value_over_two_lines() {
        let c = candidates(&split_lines(
            "Einde inschrijfdatum dinsdag 25 november\n2025\n",
        ));
        assert_eq!(c[0].value_with_next, "dinsdag 25 november 2025");
    }

    #[test]
    fn words_inside_other_words_are_not_labels() {
        assert!(values("Starters zijn welkom", Field::Start).is_empty());
        assert!(values("Duurzaamheid is belangrijk", Field::Duration).is_empty());
        assert!(values("functie binnen de gemeentelijke organisatie.", Field::Title).is_empty());
        assert!(values("opdrachtgever leidend.", Field::Organisation).is_empty());
    }
}
