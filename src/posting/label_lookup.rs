//! How a text is looked up in the label table ([`LABELS`]): a label alone
//! (with or without its colon), the qualifier an agency's list adds to it
//! ("Deadline klant", "Client closing date", "Uurtarief max.") taken off,
//! and the labels that are also ordinary words, labels only with a colon.

use super::label_table::{Field, LABELS};

/// The field of a text that is only a label (with an optional colon).
pub fn exact_label(text: &str) -> Option<Field> {
    let t = text.trim();
    let colon = t.ends_with(':');
    let t = t.trim_end_matches(':').trim().to_lowercase();
    let find = |t: &str| {
        LABELS
            .iter()
            .find(|(l, _)| *l == t && (colon || !COLON_ONLY.contains(l)))
            .map(|(_, f)| *f)
    };
    find(&t)
        .or_else(|| find(&unqualified(&t)))
        // a label in two languages ("Begjindatum / Startdatum",
        // "Opdrachtjouwer / Opdrachtgever"): the one the table knows
        .or_else(|| {
            let (a, b) = t.split_once(" / ")?;
            // two names, not a value ("20-24 oere yn 'e wike / uur per week")
            let name = |s: &str| {
                s.split_whitespace().count() <= 4 && !s.contains(|c: char| c.is_ascii_digit())
            };
            (name(a) && name(b))
                .then(|| find(b.trim()).or_else(|| find(a.trim())))
                .flatten()
        })
        .or_else(|| {
            // a request number's label with the client's initials ("Aanvraagnummer ODBN")
            let (label, initials) = text.trim().trim_end_matches(':').rsplit_once(' ')?;
            let initials_ok = (2..=8).contains(&initials.chars().count())
                && initials.chars().all(|c| c.is_uppercase());
            // checked before the table is searched: most lines have no initials
            initials_ok
                .then(|| find(&label.to_lowercase()))
                .flatten()
                .filter(|f| *f == Field::RequestNumber)
        })
}

/// The words for the client an agency's list puts after a label
/// ("Kenmerk gemeente", "Deadline klant"), in the order they are taken off.
pub(super) const CLIENT_WORDS: [&str; 3] = ["klant", "opdrachtgever", "gemeente"];

/// A label without the qualifier an agency's own list adds: the client's
/// value ("Kenmerk klant", "Deadline klant", "Sluiting gemeente", "Client
/// closing date", "Client's closing date"), a note in brackets ("Tarief
/// klant (max)", "Uren (indicatie)") or what a deadline closes
/// ("Sluitingsdatum aanbiedingen") or how a rate is meant ("Uurtarief
/// max.").
fn unqualified(label: &str) -> String {
    let t = match label.find(" (") {
        Some(i) if label.ends_with(')') => &label[..i],
        _ => label,
    };
    let t = CLIENT_WORDS.iter().fold(t, |t, w| {
        t.strip_suffix(w)
            .and_then(|h| h.strip_suffix(' '))
            .unwrap_or(t)
    });
    // the client's before the label ("Client closing date", "Klant deadline")
    let t = [
        "client's ",
        "client’s ",
        "client ",
        "klant ",
        "opdrachtgever ",
    ]
    .iter()
    .find_map(|q| t.strip_prefix(q))
    .unwrap_or(t);
    // whose step it is ("Sluiting bij VNOG", "Deadline bij de gemeente")
    let t = match t.split_once(" bij ") {
        Some((head, whose))
            if whose.split_whitespace().count() <= 3
                && !whose.contains(|c: char| c == ':' || c.is_ascii_digit()) =>
        {
            head
        }
        _ => t,
    };
    // a rate's qualifier ("Uurtarief max.", "Tarief excl. btw"), and
    // "all-in" wherever it stands ("Max. all-in tarief", "Uurtarief all-in")
    let all_in = t
        .split(' ')
        .filter(|w| !matches!(*w, "all-in" | "allin"))
        .collect::<Vec<_>>()
        .join(" ");
    let t = all_in.as_str();
    let t = [
        " max.",
        " max",
        " maximaal",
        " maximum",
        " excl. btw",
        " excl btw",
    ]
    .iter()
    .find_map(|q| t.strip_suffix(q))
    .unwrap_or(t);
    // what closes or is asked ("Sluitingsdatum aanbiedingen")
    let t = [
        " aanbiedingen",
        " aanbieding",
        " inschrijvingen",
        " inschrijving",
        " reacties",
        " aanmeldingen",
    ]
    .iter()
    .find_map(|o| t.strip_suffix(o))
    .unwrap_or(t);
    t.trim().to_string()
}

/// Labels that are also ordinary words ("Opdracht omschrijving", "Einde
/// van het jaar"): a label only with a colon.
pub(super) const COLON_ONLY: &[&str] = &[
    "opdracht",
    // a search page's filter ("Werkgever" over a list of employers)
    "werkgever",
    // "Plaats je reactie …" is a sentence
    "plaats",
    "tot en met",
    "employer",
    "inhuuropdracht",
    "einde",
    "rate",
    "functie",
    "client",
    "naam",
    "hours",
    "end",
    "contract",
    "reageren",
    "indienen",
    "vacature",
    "aanvraag",
    "inschrijven",
    // a planning's step "Inschrijving: binnen op dinsdag 5 januari 2027 …"
    "inschrijving",
    "title",
    "volume",
    "closing",
    "closes",
    "period",
    "buyer",
    "role",
];
