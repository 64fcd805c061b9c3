//! Dates of the procedure stated in sentences: the questions deadline, the
//! day answers are published, the submission deadline, interviews and the
//! day candidates hear whether they are invited.
//!
//! Each date is found by trigger phrases (a table per fact) followed, within
//! a short window, by a Dutch date and possibly a time.

use super::dates::{date_time_at_start, first_date, first_time};
use super::prose::{after_first, patterns, window};
use super::yearless;
use chrono::{Datelike, NaiveDate, NaiveTime};
use regex::Regex;
use std::sync::LazyLock;

static QUESTIONS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    patterns(&[
        r"(?-u:\b)vragen kunnen (?:worden )?(?:ingediend|gesteld) (?:worden )?(?:tot|uiterlijk|voor|vóór)(?: en met)?",
        // "Vragen indienen (NvI): t/m …", "Vragen via e-mail: uiterlijk …",
        // "Vragen stellen (via inkoop@meierijstad.nl): t/m …"
        // "Vragen leveranciers tot: 10-12-2026 12:00"
        r"(?-u:\b)vragen:? (?:(?:stellen|indienen|leveranciers|inschrijvers|aanbieders|bureaus|via (?:de |het )?[\w-]+)(?: kan)?(?: \([^)\n]{1,60}\))?:? )?(?:tot|uiterlijk|voor|vóór|t/m)(?: en met)?:?",
        // "Vragen stellen via het platform tot dinsdag 8 december"
        r"(?-u:\b)vragen (?:stellen|indienen) via (?:de |het |een )?[\w-]+:? (?:tot|uiterlijk|vóór|t/m)(?: en met)?:?",
        // an English page's "Questions deadline  Dec 8, 2026 12:00 PM"
        r"(?:questions deadline|deadline for questions|q&a deadline|question deadline):?",
        // a procurement platform's schedule ("Deadline for clarification
        // questions  08/12/2026", "Q&A closes  Dec 2nd, 2026, 11:00 AM")
        r"(?:deadline for (?:clarification |written )?questions|clarification (?:questions )?deadline|q&a closes|questions close):?",
        // "Heb je vragen over de opdracht, stel ze dan uiterlijk dinsdag …"
        r"(?-u:\b)vragen[^.]{0,40}?,? stel (?:ze|die|deze)(?: dan)? (?:uiterlijk|tot|vóór|voor)(?: en met)?(?: op)?",
        // "Vragen via de Nota van Inlichtingen tot 18 december 2026"
        r"(?-u:\b)vragen via (?:de |het )?nota van inlichtingen (?:tot|uiterlijk|t/m)(?: en met)?:?",
        // an English page's "Questions: via the portal until Dec 10, 2026"
        // "Questions about this role can be sent until 8 December 2026"
        r"questions(?: about [\w ]{1,30}?)?(?: \([^)]{1,60}\))?:? (?:can be |may be )?(?:(?:asked|submitted|sent|e-?mailed|raised) )?(?:via (?:the )?[\w-]+ )?(?:until|before|by|no later than):?",
        r"(?:deadline|sluitingsdatum|uiterste datum)(?: voor het stellen van| voor)? vragen:?",
        r"(?-u:\b)vragenronde sluit(?: op)?",
        // a timeline's step "Vragen indienen sluit: do 10 dec 2026 12:00"
        r"(?-u:\b)vragen(?: (?:stellen|indienen))? sluit(?:en)?:?(?: op)?",
        // a timeline's step "Laatste moment voor vragen: 10 dec 2026 · 12:00"
        r"(?-u:\b)(?:laatste|uiterste) (?:moment|dag|datum)(?: voor(?: het stellen van)?)? vragen(?: stellen| indienen)?:?",
        // a planning's step "Sluiting vragenronde  dinsdag 8 december 2026, 12:00 uur"
        r"(?-u:\b)(?:sluiting|einde) (?:van de )?vragenronde:?",
        // a form's "Vragenronde: t/m 14-12-2026 12:00 uur"
        r"(?-u:\b)vragenronde:? (?:t/m|tot en met|tot|uiterlijk)",
        // "Vragen kunnen tot do 10 dec. …", "Vragen aan de ODMWB kunnen t/m …"
        r"(?-u:\b)vragen (?:(?:aan|over) [\w ]{1,30}? )?kunnen (?:tot|t/m|uiterlijk)(?: en met)?",
        // "Vragen kunnen uitsluitend via het portaal worden gesteld, uiterlijk op …"
        r"(?-u:\b)vragen kunnen [^.]{0,60}?(?:worden )?(?:ingediend|gesteld),? (?:tot|uiterlijk|vóór)(?: en met| op)?",
        // "Vragen over deze opdracht kunt u tot en met woensdag 9 december … stellen"
        r"(?-u:\b)vragen[^.]{0,60}? kun(?:t|nen|) (?:u|je|jullie)(?: stellen| indienen)? (?:tot|uiterlijk|vóór|voor|t/m)(?: en met)?(?: op)?",
        // "Termijn vragen: 14-12-2026 12:00"
        r"(?-u:\b)termijn (?:voor )?(?:het stellen van )?vragen:?",
        // "Vragen: uitsluitend per mail, tot en met 10 december 13:00 uur"
        r"(?-u:\b)vragen: [^.\n:\d]{1,40}?,? (?:tot en met|tot|uiterlijk|t/m|vóór)(?: op)?:?",
        // a step named and its date ("Vragen: vrijdag 18 december 2026 om
        // 12:00 uur", "Vragen / Questions: …", "Questions: uiterlijk …",
        // "Vragen stellen: until Monday 11 January 2027, 12 PM"): the date
        // must open what follows
        r"(?-u:\b)(?:vragen|questions)(?: stellen| indienen)?(?: / (?:vragen|questions))?: (?:uiterlijk |until |before |by |tot |vóór )?(?:op |on )?",
        // "Vragen stel je uiterlijk vrijdag 18 december 2026 om 12:00 uur"
        r"(?-u:\b)vragen stel (?:je|u|jij) (?:uiterlijk|tot|vóór|voor)(?: en met)?(?: op)?",
    ])
});
static ANSWERS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    patterns(&[
        // "de antwoorden op schriftelijke vragen worden uiterlijk vrijdag …"
        r"antwoorden(?: op (?:de )?(?:schriftelijke |gestelde )?vragen)?:? worden (?:uiterlijk )?(?:op )?",
        r"nota van inlichtingen[^.\d]{0,40}?(?:op|uiterlijk)",
        // a planning row: "Publicatie Nota van Inlichtingen | vrijdag 18 december 2026"
        r"(?:publicatie (?:van )?(?:de )?nota van inlichtingen(?: \(nvi\))?:? (?:\| )?|nota van inlichtingen(?: \(nvi\))? \| )(?:\w+dag )?",
        r"answers(?: \([^)]{1,40}\))?:? (?:will be |are )?published(?: on| by)?",
        // a schedule's step "Answers (Nota van inlichtingen)  10/12/2026"
        r"answers \(nota van inlichtingen(?: \(nvi\))?\):?",
        // a step named and its date ("Q&A published: 12/22/2026", "Nota van
        // inlichtingen / Answers: maandag 21 december 2026", "Answers: …")
        r"(?-u:\b)(?:q&a|q and a|qa) (?:published|publication|answers)(?: on)?:? ",
        r"(?-u:\b)(?:nota van inlichtingen(?: \(nvi\))? / )?answers: (?:on )?",
        // "Answers shared with all candidates: Tuesday 22 December 2026"
        r"answers (?:will be |are )?(?:shared|sent|published) with [\w ]{1,30}?:? (?:on |by )?(?:\w+day )?",
        // "antwoorden verschijnen hier uiterlijk 16-12-2026", "De antwoorden
        // staan uiterlijk donderdag 10 december in het portaal"
        r"antwoorden (?:verschijnen|volgen|komen|staan)(?: \w+){0,2}? (?:uiterlijk|op|vóór|voor)",
        // "Publicatie antwoorden: uiterlijk woensdag 9 december 2026"
        r"publicatie (?:van (?:de )?)?antwoorden:? (?:uiterlijk|op|vóór|voor)",
        // a timeline's step: "Antwoorden op deze pagina: ma 14 december"
        r"(?-u:\b)antwoorden(?: (?:op|in|via) [\w ]{1,30}?)?: (?:uiterlijk |op |vóór |voor )?",
        // "Beantwoording vragen: uiterlijk 11-01-2027"
        r"beantwoording (?:van )?(?:de )?vragen:? (?:uiterlijk |op |vóór |voor )?",
    ])
});
static DEADLINE: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    patterns(&[
        r"reactietermijn van deze \w+ (?:duurt|loopt) tot(?: en met)?",
        r"(?:inschrijven|reageren|aanbieden|offreren|solliciteren) (?:kan |is mogelijk )?(?:tot|uiterlijk|vóór|voor)(?: en met)?",
        // "de aanvraag sluit uiterlijk 8 januari a.s. om 10.00 uur"
        // "de uitvraag van de gemeente sluit op vrijdag 18 december 2026"
        // a form's "Deze vragenlijst sluit op vrijdag 18 december om 09.00 uur"
        r"(?:aanvraag|opdracht|uitvraag|inschrijving|vacature|vragenlijst|formulier|aanmeldformulier|inschrijfformulier)(?: (?:van|bij) (?:de |het )?[\w-]+)? sluit(?: op)?(?: uiterlijk)?(?: op)?",
        // the client as the one who closes: "De gemeente sluit op vrijdag 11
        // december om 16.00 uur", "De gemeente Drimmelen sluit de
        // inschrijving op …"
        r"(?-u:\b)(?:gemeente|provincie|opdrachtgever|klant|waterschap|ggd|omgevingsdienst|veiligheidsregio)(?: [\w-]+)? sluit(?: de (?:inschrijving|uitvraag|aanvraag))?(?: uiterlijk)?(?: op)?",
        // an agency's step before the client's close: "Wij bieden je aan
        // vóór de sluiting op dinsdag 8 december", "vóór de sluiting van de
        // gemeente: woensdag 16 december"
        r"(?:vóór|voor) de sluiting(?: van (?:de |het )?[\w-]+)?:?(?: op)?",
        // a timeline's step "Biedingen sluiten: vr 18 dec 2026 10:00"
        r"(?-u:\b)(?:biedingen|inschrijvingen|offertes|aanmeldingen|reacties) sluiten:?(?: op)?",
        r"uiterste (?:inschrijf|reactie|indien)datum(?: (?:offerte|offertes|aanbieding|inschrijving))?:?",
        // "Je inschrijving moet uiterlijk maandag 16 maart 2026 om 10.00 uur binnen zijn"
        r"(?:inschrijving|offerte|reactie|aanmelding|aanbieding) (?:moet|dient) (?:uiterlijk|vóór|voor)(?: op)?",
        // "Inschrijvingen moeten binnen zijn vóór 12:00 uur op vrijdag 18 december"
        r"(?:inschrijving|offerte|reactie|aanmelding|aanbieding)(?:en|s)? (?:moet|moeten|dient|dienen) (?:uiterlijk )?(?:binnen (?:te )?zijn|(?:te )?zijn ingediend|ingediend (?:te )?zijn) (?:uiterlijk|vóór|voor|op)(?: op)?",
        r"termijn voor (?:de )?ontvangst van (?:inschrijvingen|offertes|aanmeldingen)[^:]{0,80}?datum:?",
        r"(?:reageren|solliciteren|inschrijven) kan (?:tot en met|t/m|uiterlijk)",
        r"(?:reageer|solliciteer|schrijf je in) (?:uiterlijk |dan )?(?:vóór|voor|tot|uiterlijk)",
        // a request in a chat: "Reacties graag vóór vrijdag 11 december"
        r"(?-u:\b)reacties? graag (?:uiterlijk |vóór |voor )(?:uiterlijk )?(?:op )?",
        // an agency's own closing: "graag je cv en tarief uiterlijk …"
        r"(?-u:\b)cv(?:'s|’s|s)?(?: en (?:je |uw )?(?:tarief|uurtarief|motivatie))? uiterlijk",
        // a timeline's step: "Cv en motivatie insturen: vóór vrijdag 18 december …"
        r"(?-u:\b)(?:cv|offerte|inschrijving|reactie|aanbieding)(?:'s|s)?(?: en (?:je |uw )?\w+)? (?:insturen|indienen|aanbieden|uploaden):? (?:uiterlijk |vóór |voor |tot )(?:uiterlijk )?(?:op )?",
        // the client's side: "Uw offerte ontvangen wij uiterlijk …"
        r"(?:offerte|inschrijving|reactie|aanmelding|aanbieding)(?:s|en)? ontvangen wij (?:graag )?(?:uiterlijk|vóór|voor)(?: op)?",
        // "De sluitingsdatum voor het indienen van een inschrijving is …"
        r"sluitingsdatum(?: voor [^.:]{0,60}?)? is(?: op)?",
        // English sentences: "The closing date is Tuesday 15 December at 12 noon"
        r"(?-u:\b)(?:closing date|deadline)(?: for (?:applications|bids|submissions|offers|proposals))? is(?: on)?",
        r"(?-u:\b)(?:applications|bids|submissions|offers|proposals) (?:close|must be (?:in|submitted))(?: on| by| before)?",
    ])
});
static NOTIFICATION: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    patterns(&[
        r"uitgenodigd zijn,? ontvangen (?:uiterlijk )?(?:op )?",
        r"ontvangen uiterlijk (?:op )?",
    ])
});

/// A date with an optional time, as found after a trigger.
pub type DateTimeFound = (NaiveDate, Option<NaiveTime>);

fn date_time_after(flat: &str, triggers: &[Regex], within: usize) -> Option<DateTimeFound> {
    let refs: Vec<&Regex> = triggers.iter().collect();
    let mut from = 0;
    // a trigger with no date in reach (an automation's empty field "Vragen
    // tot: ") leaves the fact to the next one ("Vragen kunnen worden
    // gesteld tot 10 december 2026, 10:00 uur")
    for _ in 0..4 {
        let at = from + after_first(flat.get(from..)?, &refs)?;
        let near = window(flat, at, within);
        // the date the trigger gives, not one of the next fact's: a date
        // without its year right after the trigger ("Reageren vóór: 11 dec,
        // 10:00 Gepubliceerd: 1 dec 2026") is no full date further on
        if starts_yearless(near) {
            return None;
        }
        if let Some((date, time, _)) = date_time_at_start(near) {
            return Some((date, time));
        }
        from = at;
    }
    None
}

/// Whether a window opens with a day and month without a year ("11 dec,
/// 10:00 …", "11 december om 12:00 uur …").
fn starts_yearless(near: &str) -> bool {
    static OPENS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)^[\s:]*(?:uiterlijk\s+)?(?:op\s+)?(?:\w+dag\s+|(?:ma|di|wo|do|vr|za|zo)\.?\s+)?\d{{1,2}}\s+(?:{m})(?-u:\b)\.?(?:,?\s*\d{{1,2}}[:.]\d{{2}}|,?\s+[^\d\s]|\s*$)",
            m = yearless::months()
        ))
        .expect("static pattern")
    });
    OPENS.is_match(near)
}

/// The questions deadline: a sentence, else a step of a planning table
/// ("Vragen stellen (via het formulier)\t09-12-2026\t12:00").
pub fn questions_deadline(flat: &str) -> Option<DateTimeFound> {
    date_time_after(flat, &QUESTIONS, 60)
        .or_else(|| {
            let at = QUESTIONS_STEP.captures(flat)?.get(1)?.start();
            let (date, time, _) = date_time_at_start(window(flat, at, 40))?;
            Some((date, time))
        })
        .or_else(|| super::verb_dates::questions(flat))
}

static QUESTIONS_STEP: LazyLock<Regex> = LazyLock::new(|| {
    step(
        r"(?:vragen (?:stellen|indienen)(?: via (?:de |het |een )?[\w-]+)?(?: \([^)]{0,40}\))?|uiterste datum vragen|uiterste (?:moment|datum|termijn) (?:voor )?(?:het )?(?:indienen|stellen) (?:van )?vragen|(?:laatste|uiterste) (?:moment|datum|dag|termijn) (?:voor )?(?:het )?vragen (?:stellen|indienen))",
    )
});

/// A step of a planning table or list with its date right after the
/// step's name ("Nota van inlichtingen 11-12-2026", "Gesprekken: donderdag
/// 17 december 2026 tussen 13:00 en 16:00 uur"): capture 1 is the date on.
pub(super) fn step(name: &str) -> Regex {
    let name = super::prose::latin_words(name);
    Regex::new(&format!(
        r"(?i)(?-u:\b){name}:?\s+(?:[—–-]\s+)?(?:uiterlijk\s+)?(?:op\s+)?((?:\w+dag\s+|\w+day,?\s+|(?:ma|di|wo|do|vr|za|zo)\.?\s+)?(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}(?:\s+(?:en|of)\s+\d{{1,2}})?[-./ ]\s*\S+))"
    ))
    .expect("static pattern")
}

// "Nota v. inlicht.": the name shortened in a padded form
static ANSWERS_STEP: LazyLock<Regex> = LazyLock::new(|| {
    step(
        r"(?:(?:publicatie )?(?:nota v(?:an|\.) inlicht(?:ingen(?-u:\b)|\.)|nvi(?-u:\b))(?: \(nvi\))?|(?:publicatie )?antwoorden(?: gepubliceerd| online| beschikbaar)?)",
    )
});

/// The step of a sentence that names the answers' day before it ("Op
/// 22-12-2026 publiceren wij de nota van inlichtingen", "Op vrijdag 18
/// december versturen we de antwoorden"), read by
/// [`super::prose::day_before`].
static ANSWERS_AFTER_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:publiceren|versturen|sturen|plaatsen|delen|verschijnt|verschijnen)(?: (?:wij|we))? (?:de |het )?(?:nota van inlichtingen|antwoorden)",
    )
    .expect("static pattern")
});

/// The day answers to questions are published; a day written without its
/// year ("op vrijdag 11 december gepubliceerd") is dated after `own` (the
/// posting's own date).
pub fn answers_published(flat: &str, own: Option<NaiveDate>) -> Option<NaiveDate> {
    let refs: Vec<&Regex> = ANSWERS.iter().collect();
    let at = after_first(flat, &refs);
    at.filter(|&at| !starts_yearless(window(flat, at, 60)))
        .and_then(|at| date_time_at_start(window(flat, at, 60)))
        .map(|(d, _, _)| d)
        .or_else(|| {
            let at = ANSWERS_STEP.captures(flat)?.get(1)?.start();
            // "Nota van inlichtingen: ma 14 dec. ⏰ Sluiting …": a day
            // without its year is dated below, not by the next full date
            let near = window(flat, at, 40);
            (!starts_yearless(near))
                .then(|| first_date(near).map(|f| f.date))
                .flatten()
        })
        .or_else(|| {
            let day = super::prose::day_before(flat, &ANSWERS_AFTER_DAY)?;
            first_date(day).map(|f| f.date)
        })
        .or_else(|| {
            // "antwoorden vr 11-12": a step's day without its year
            let at = at.or_else(|| Some(ANSWERS_STEP.captures(flat)?.get(1)?.start()));
            let (own, head) = (own?, window(flat, at?, 30));
            yearless::with_weekday(head, own).or_else(|| yearless::days(head, own).first().copied())
        })
}

static START: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    patterns(&[
        r"aanvangsdatum (?:van de (?:overeenkomst|opdracht) )?is(?: op)?",
        r"(?:beoogde )?startdatum (?:van de opdracht )?is(?: op)?",
        r"de opdracht (?:start|begint|gaat van start|gaat in) (?:op|per)",
        // a formal letter's "De werkzaamheden vangen aan op maandag 1 maart 2027"
        r"(?:werkzaamheden|inzet|opdracht) (?:vangen aan|vangt aan|beginnen|starten) (?:op|per)",
        r"beoogde (?:aanvang|startdatum|start)(?-u:\b)(?: is)?:?",
        r"(?:zoeken|zoekt) (?:wij|we) (?:\w+ ){0,4}?per",
        // "De afdeling Ruimte zoekt daarom per 1 februari 2027 een …"
        r"(?-u:\b)zoek(?:t|en)(?-u:\b)(?: \w+){0,4}? per",
        // "We willen graag starten op maandag 11 januari 2027"
        r"(?-u:\b)(?:willen|hopen|gaan|kunnen|wensen) (?:\w+ ){0,2}?(?:starten|beginnen) (?:op|per)",
        // "We willen graag dat je begint op maandag 1 februari"
        r"(?-u:\b)dat (?:je|u) (?:begint|start) (?:op|per)",
        // "Je begint op maandag 1 februari 2027 en …"
        r"(?-u:\b)(?:je|u) (?:begint|start) (?:op|per)",
        // a letter's "De opdracht, die bij ons geregistreerd staat onder …,
        // begint wat ons betreft op maandag 1 februari 2027"
        r"(?:opdracht|inzet|werkzaamheden|project)(?:, [^,.;]{1,100},)? (?:start|begint)(?: wat ons betreft| bij voorkeur| naar verwachting| in principe| graag)? (?:op|per)",
        // "De projectleider begint bij voorkeur op maandag 4 januari",
        // "We willen dat iemand begint op maandag 1 februari"
        r"(?-u:\b)(?:iemand|de kandidaat|de professional|de [a-z-]*(?:leider|manager|adviseur|specialist|medewerker|coordinator|secretaris|officer|consulent|jurist|kundige|arts|houder|maker|regisseur|beheerder|loog|inspecteur|verlener)) (?:begint|start)(?: wat ons betreft| bij voorkeur| naar verwachting| in principe| graag)? (?:op|per)",
        // "Volgens de vacaturetekst begint de projectleider op 1 maart 2027"
        r"(?-u:\b)(?:begint|start) de [a-z-]*(?:leider|manager|adviseur|specialist|medewerker|coordinator|secretaris|officer|consulent|jurist|kundige|arts|houder|maker|regisseur|beheerder|loog|inspecteur|verlener) (?:op|per)",
        // a chat's or list's "start ma 4 jan '27"
        r"(?-u:\b)start(?: op| per)?(?-u:\b)",
        // "someone to start on Monday the 11th of January", "starting from …"
        r"(?-u:\b)(?:start|starting|begin|commence)s? (?:on|from|per)(?: \w+day)?(?: the)?",
    ])
});

/// "Zaanstad zoekt per direct een klantmanager", "start: zsm".
static ASAP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:zoek(?:t|en)(?-u:\b)(?: \w+){0,4}?|start(?:datum)?:?) (?:per direct|per omgaande|zo snel mogelijk|z\.s\.m(?-u:\b)|zsm(?-u:\b)|asap(?-u:\b))")
        .expect("static pattern")
});

/// Whether a sentence says the work starts as soon as possible.
pub fn asap_sentence(flat: &str) -> bool {
    ASAP.is_match(flat)
}

/// "per 1 mei 2026 tot en met 31 januari 2027", "periode: 1 maart t/m 31
/// augustus 2026", "vanaf maandag 18 januari tot en met 30-06-2027" (the
/// first date may leave out the year of the second).
static PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:per|van|vanaf|periode:?|periode van|from)\s+(?:\w+(?:dag|day)\s+)?(\d{1,2})\s+([a-z]{3,9})\.?(?:\s+(\d{4}))?\s+(?:tot en met|t/m|tot|until|to|-|–)\s+(?:\w+(?:dag|day)\s+)?(\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}|\d{1,2}-\d{1,2}-\d{4})")
        .expect("static pattern")
});

/// A period stated in a sentence: (start, end).
pub fn period_sentence(flat: &str) -> Option<(NaiveDate, NaiveDate)> {
    PERIOD.captures_iter(flat).find_map(|c| {
        let end = first_date(c.get(4)?.as_str())?.date;
        let month = super::dates::month_number(c.get(2)?.as_str())?;
        let day: u32 = c.get(1)?.as_str().parse().ok()?;
        let year = match c.get(3) {
            Some(y) => y.as_str().parse().ok()?,
            None => end.year(),
        };
        let start = NaiveDate::from_ymd_opt(year, month, day)?;
        let start = if start > end {
            NaiveDate::from_ymd_opt(year - 1, month, day)?
        } else {
            start
        };
        Some((start, end))
    })
}

static END: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    patterns(&[
        // "De opdracht loopt (in eerste instantie) tot en met 30 juni 2027"
        r"(?:opdracht|project|inzet|looptijd|overeenkomst) (?:loopt|duurt|eindigt)(?: door)?(?: in eerste instantie| voorlopig| vooralsnog)? (?:tot en met|t/m|tot|op)",
        // a call's "… en het loopt in principe tot en met 31 december 2027"
        r"(?-u:\b)(?:het|dat|die) loopt(?: in principe| in eerste instantie| voorlopig)? (?:tot en met|t/m)",
        r"einddatum (?:van de opdracht )?is",
        // "… en blijft in ieder geval tot en met 31 december 2027",
        // "Voorlopig loopt hij tot en met 9 juli 2027"
        r"(?-u:\b)(?:blijft|loopt)(?: hij| zij| ze| het)?(?: in ieder geval| in elk geval| voorlopig| in eerste instantie| in principe)? (?:tot en met|t/m)",
        // "The assignment starts on 1 February 2027 and runs until …"
        r"(?-u:\b)(?:starts|begins) [^.;]{0,60}? and (?:runs|lasts|continues) (?:until|till|through|to)",
        // "It runs until 30 June 2027", "The assignment ends on …"
        r"(?-u:\b)(?:it|this|the (?:assignment|contract|engagement|role|project|job|work)) (?:runs|lasts|continues) (?:until|till|through|to)",
        r"(?-u:\b)(?:the (?:assignment|contract|engagement|role|project|job|work)|it) ends(?: on)?",
        // "De opdracht start op maandag 11 januari 2027 en loopt tot en met …"
        r"(?:opdracht|inzet|project|werkzaamheden|overeenkomst) (?:start|begint|starten|beginnen|gaat in)(?-u:\b)[^.;]{0,60}? en (?:loopt|duurt)(?: door)? (?:tot en met|t/m|tot)",
        // "De opdracht start op maandag 1 februari 2027 en eindigt op vrijdag 30 juli 2027"
        r"(?:opdracht|inzet|project|werkzaamheden|overeenkomst) (?:start|begint|starten|beginnen|gaat in)(?-u:\b)[^.;]{0,60}? en (?:eindigt|stopt)(?: op)?",
        // "Start 1-2-2027 t/m 31-7-2027": a period in a message
        r"(?-u:\b)(?:start|per|vanaf|van) \d{1,2}-\d{1,2}-\d{4} (?:t/m|tot en met|tot)",
        // "… zoekt per 4-1-2027 een verpleegkundige die het team tot en met
        // 2-7-2027 versterkt": the start's sentence runs on to its end
        r"(?-u:\b)(?:per|vanaf) (?:\d{1,2}-\d{1,2}-\d{4}|\d{1,2} [a-z]{3,9}\.? \d{4}) (?:een|de|het|als) [^.;:\d]{0,80}? (?:tot en met|t/m)",
        // a card's "Start 1 feb 2027 · t/m 31 jul 2027"
        r"(?-u:\b)(?:start|per|vanaf|van) \d{1,2} [a-z]{3,9}\.? \d{4}(?: ?[·|,] ?| )(?:t/m|tot en met|tot)",
    ])
});

/// The end stated in a sentence ("de opdracht loopt tot en met 31 december
/// 2026"); "tot en met eind juni 2027" is the last day of that month.
pub fn end_sentence(flat: &str) -> Option<NaiveDate> {
    date_time_after(flat, &END, 30).map(|(d, _)| d).or_else(|| {
        let refs: Vec<&Regex> = END.iter().collect();
        let at = after_first(flat, &refs)?;
        month_end(window(flat, at, 30))
    })
}

/// "eind juni 2027" at the start of `text`: the last day of that month.
fn month_end(text: &str) -> Option<NaiveDate> {
    static MONTH_END: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:eind|einde|ultimo|end of)\s+([a-z]{3,9})\.?\s+(\d{4})(?-u:\b)")
            .expect("static pattern")
    });
    let c = MONTH_END.captures(text)?;
    let month = super::dates::month_number(&c[1])?;
    let year: i32 = c[2].parse().ok()?;
    let first_of_next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    first_of_next.pred_opt()
}

/// The start stated in a sentence without its year ("De opdracht gaat in
/// per 1 februari"), placed after the posting's own date.
pub fn start_sentence_yearless(flat: &str, own: NaiveDate) -> Option<NaiveDate> {
    yearless_after(flat, &START, own).map(|(d, _)| d)
}

/// The start stated in a sentence ("De aanvangsdatum van de overeenkomst is
/// op 13 oktober 2025").
pub fn start_sentence(flat: &str) -> Option<NaiveDate> {
    date_time_after(flat, &START, 30)
        .map(|(d, _)| d)
        .or_else(|| super::verb_dates::start(flat))
}

static WEEKLY_HOURS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)((?:minimaal|maximaal|gemiddeld|circa|ca\.|at least|minimum) )?(\d{1,2})(?:\s*(?:tot|à|a|-|–|to|en maximaal|tot maximaal|tot en met|t/m|en)\s*(\d{1,2}))?(?: (?:uur|uren|hours)| ?u) (?:per week|in de week|p/w|a week)(?-u:\b)")
        .expect("static pattern")
});

/// Hours per week stated in sentences ("voor minimaal 20 uur per week",
/// "voor 16 uur in de week"), in order; never the tail of a date before a
/// label ("Einddatum: 2027-12-31 Uren per week: 36").
pub fn hours_sentences(flat: &str) -> Vec<super::header::HoursRange> {
    WEEKLY_HOURS
        .find_iter(flat)
        .filter(|m| !flat[..m.start()].ends_with(['-', '/', '.']))
        .filter_map(|m| super::header::hours(m.as_str()))
        .collect()
}

/// The submission deadline as stated in a sentence.
pub fn deadline_sentence(flat: &str) -> Option<DateTimeFound> {
    date_time_after(flat, &DEADLINE, 60)
}

/// The submission deadline in a sentence that leaves out the year
/// ("sluit uiterlijk 8 januari a.s. om 10.00 uur", "vóór vrijdag 11
/// december 12:00 uur"), dated after `own` (the posting's own date).
pub fn deadline_sentence_yearless(flat: &str, own: NaiveDate) -> Option<DateTimeFound> {
    yearless_after(flat, &DEADLINE, own)
}

/// The questions' deadline written without its year ("stel ze dan
/// uiterlijk dinsdag 8 december om 12.00 uur"), dated after `own`.
pub fn questions_deadline_yearless(flat: &str, own: NaiveDate) -> Option<DateTimeFound> {
    yearless_after(flat, &QUESTIONS, own)
}

/// A day without its year right after the first of `triggers`, and the
/// time after it.
fn yearless_after(flat: &str, triggers: &[Regex], own: NaiveDate) -> Option<DateTimeFound> {
    let refs: Vec<&Regex> = triggers.iter().collect();
    let read = |at: usize| {
        let head = window(flat, at, 30);
        let date = yearless::with_weekday(head, own)
            .or_else(|| yearless::coming(head, own))
            .or_else(|| yearless::days(head, own).first().copied())?;
        let near = window(flat, at, 60);
        let time = first_time(near)
            .map(|(t, _)| t)
            .or_else(|| super::dates::bare_short_hour(window(flat, at, 40)));
        Some((date, time))
    };
    let mut at = after_first(flat, &refs)?;
    let (date, mut time) = read(at)?;
    // a page's "Solliciteer voor 16 dec" over its text's "Solliciteren kan
    // tot woensdag 16 december om 17.00 uur": the same day's time further on
    for _ in 0..3 {
        if time.is_some() {
            break;
        }
        let Some(next) = flat.get(at..).and_then(|rest| after_first(rest, &refs)) else {
            break;
        };
        at += next;
        if let Some((d, t)) = read(at)
            && d == date
        {
            time = t;
        }
    }
    Some((date, time))
}

/// The day invited candidates are told.
pub fn notification(flat: &str) -> Option<NaiveDate> {
    date_time_after(flat, &NOTIFICATION, 50).map(|(d, _)| d)
}

#[cfg(test)]
#[path = "planning_tests.rs"]
mod tests;
