//! Changes a posting makes to itself after it was written: a *Nota van
//! Inlichtingen* under the request ("De sluitingstermijn wordt verschoven
//! naar vrijdag 8 januari 2027 om 12:00 uur"), an update line above it
//! ("Update 2 december: deadline verschoven naar 10 december 12:00"), a
//! correction ("K3 vervalt als knock-outcriterium", "Het maximumtarief wordt
//! verhoogd naar € 92,50"). A change says what it changes and the new value
//! after its verb; a question ("Kan de termijn worden verlengd?") changes
//! nothing. Where several change one thing, the one with the latest update
//! date wins, else the last in the text.

use super::dates::{amsterdam, date_time_at_start, first_date};
use super::interviews::interviews_after;
use super::model::Posting;
use super::money::{Money, find_euro_amounts};
use super::normalize::fold;
use super::{prose, yearless};
use chrono::{NaiveDate, NaiveTime};
use regex::Regex;
use std::sync::LazyLock;

/// What one change sets.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// The closing date, and its time where the change gives one.
    Deadline(NaiveDate, Option<NaiveTime>),
    /// The maximum hourly rate.
    MaxRate(Money),
    /// A knock-out criterion, by its number, no longer demanded.
    DroppedKnockout(u32),
    /// The hours a week, at least and at most.
    Hours(Option<u32>, Option<u32>),
    /// The first day of the work.
    Start(NaiveDate),
    /// The days of the interviews.
    Interviews(Vec<NaiveDate>),
}

/// A change and the sentence that makes it (shown in a warning).
#[derive(Debug, Clone, PartialEq)]
pub struct Amendment {
    pub change: Change,
    pub sentence: String,
    /// The day of the update itself ("Update 2 december: …"), where given.
    dated: Option<NaiveDate>,
}

/// A verb of change, and the preposition before the new value.
const CHANGED: &str = r"(?:wordt|worden|is|zijn|word)?\s*(?:verschoven|verplaatst|verlengd|gewijzigd|aangepast|verhoogd|verlaagd|bijgesteld|veranderd|verruimd|uitgebreid|verminderd|teruggebracht)(?:\s+van\s+[^.?!]{1,50}?)?\s+(?:naar|tot|in|op)\b";

/// A correction ("Het aantal uren is niet 36 maar 32"), and a value said
/// to stay ("De sluitingsdatum blijft maandag 14 december"): for the hours
/// and the deadline only, as a bidder's own rate "blijft € 76".
const CORRECTED: &str = r"(?:\b(?:is|zijn|bedraagt|bedragen)\s+niet\s+[^.?!]{1,40}?\s+maar\b|\bblijft(?:\s+(?:gehandhaafd|staan))?(?:\s+op)?\b)";

static DEADLINE: LazyLock<Regex> = LazyLock::new(|| {
    let subject = r"(?:sluitingstermijn|sluitingsdatum|sluitingstijd|deadline|inschrijf\w*termijn|inschrijvingstermijn|reactietermijn|aanbiedingstermijn|indieningstermijn|uiterste\s+(?:reactie|inschrijf|aanbiedings)?datum|termijn\s+(?:voor|van)\s+(?:het\s+)?(?:indienen|inschrijven|inschrijving|aanbieden))";
    // and said actively: "We verschuiven de sluiting naar maandag 14 december"
    let active =
        r"(?:verschuiven|verplaatsen|verlengen|verschuift|verplaatst|verlengt)\s+(?:de|het)\s+";
    Regex::new(&format!(
        r"(?i)\b(?:{subject}\b[^.?!]{{0,60}}?(?:{CHANGED}|{CORRECTED})|(?:nieuwe|gewijzigde|aangepaste|verlengde)\s+{subject}\s*(?::|is|wordt)?|{active}(?:sluiting|{subject})\s+(?:op\s+)?(?:naar|tot)\b)"
    ))
    .expect("static pattern")
});

static RATE: LazyLock<Regex> = LazyLock::new(|| {
    let subject = r"(?:maximum\s*tarief|maximumuurtarief|max(?:imaal|imum|\.)?\s+(?:uur)?tarief|uurtarief|tariefplafond|tarief)";
    Regex::new(&format!(
        r"(?i)\b(?:{subject}\b[^.?!]{{0,60}}?{CHANGED}|(?:nieuwe|gewijzigde|aangepaste|verhoogde)\s+{subject}\s*(?::|is|wordt)?)"
    ))
    .expect("static pattern")
});

static HOURS: LazyLock<Regex> = LazyLock::new(|| {
    let subject = r"(?:uren per week|urenomvang|aantal uren|inzet in uren|uren)";
    Regex::new(&format!(
        r"(?i)\b{subject}\b[^.?!]{{0,40}}?(?:{CHANGED}|{CORRECTED})"
    ))
    .expect("static pattern")
});

/// "K3 vervalt", "eis 2 komt te vervallen", "knock-out 4 wordt geschrapt".
static START: LazyLock<Regex> = LazyLock::new(|| {
    let subject = r"(?:startdatum|start\s+(?:van\s+de\s+)?opdracht|aanvang(?:\s+opdracht)?|ingangsdatum|begindatum|beoogde\s+start)";
    Regex::new(&format!(r"(?i)\b{subject}\b[^.?!]{{0,40}}?{CHANGED}")).expect("static pattern")
});

static INTERVIEWS: LazyLock<Regex> = LazyLock::new(|| {
    let subject = r"(?:gesprekken|gesprek|sollicitatiegesprekken|selectiegesprekken|interviews?|gespreksronde)";
    Regex::new(&format!(r"(?i)\b{subject}\b[^.?!]{{0,40}}?{CHANGED}")).expect("static pattern")
});

static DROPPED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:k|ko|eis|knock-?out(?:criterium|-?eis)?|vereiste)[\s-]?(\d{1,2})\b[^.?!]{0,40}?\b(?:vervalt|komt\s+te\s+vervallen|is\s+vervallen|wordt\s+geschrapt|is\s+geschrapt|wordt\s+verwijderd|is\s+verwijderd)",
    )
    .expect("static pattern")
});

/// "Update 2 december:", "Wijziging 01-12-2026 –": the day of the update.
static UPDATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:update|wijziging|rectificatie|correctie|aanvulling|erratum)\b")
        .expect("static pattern")
});

/// Every change the sentences make, in text order. `own` dates a day
/// written without its year (the posting's own date or its deadline).
pub fn read(sentences: &[String], own: Option<NaiveDate>) -> Vec<Amendment> {
    let mut out = Vec::new();
    for s in sentences {
        if is_question(s) {
            continue;
        }
        let dated = update_date(s, own);
        let mut push = |change| {
            out.push(Amendment {
                change,
                sentence: s.clone(),
                dated,
            })
        };
        if let Some(m) = DEADLINE.find(s)
            && let Some((date, time)) = date_after(&s[m.end()..], own)
        {
            push(Change::Deadline(date, time));
        }
        if let Some(m) = RATE.find(s)
            && let Some(eur) = find_euro_amounts(window(&s[m.end()..], 30)).first()
        {
            push(Change::MaxRate(*eur));
        }
        if let Some(m) = HOURS.find(s)
            && let Some((lo, hi)) = window(&s[m.end()..], 20)
                .split(['(', ','])
                .next()
                .and_then(|v| super::header::hours(v.trim()))
            && (lo.is_some() || hi.is_some())
        {
            push(Change::Hours(lo, hi));
        }
        if let Some(m) = START.find(s)
            && let Some((date, _)) = date_after(&s[m.end()..], own)
        {
            push(Change::Start(date));
        }
        if let Some(m) = INTERVIEWS.find(s) {
            let days = interviews_after(&format!("gesprekken op {}", &s[m.end()..]), own).dates;
            if !days.is_empty() {
                push(Change::Interviews(days));
            }
        }
        for c in DROPPED.captures_iter(s) {
            if let Some(n) = c.get(1).and_then(|n| n.as_str().parse().ok()) {
                push(Change::DroppedKnockout(n));
            }
        }
    }
    out
}

/// Applies the changes the posting makes to itself to what was read of
/// it, each with a warning quoting the sentence that makes it. `text` is
/// the posting as laid out, `own` its own date.
pub fn apply(p: &mut Posting, text: &str, sentences: &[String], own: Option<NaiveDate>) {
    let reference = p
        .deadline
        .map(|d| d.date_naive())
        .or(p.deadline_date)
        .or(own);
    let found = read(sentences, reference);
    let deadline = last(&found, |c| match c {
        Change::Deadline(d, t) => Some((*d, *t)),
        _ => None,
    });
    if let Some(((date, time), said)) = deadline {
        let time = time.or_else(|| p.deadline.map(|d| d.time()));
        let before = p
            .deadline
            .map(|d| d.format("%Y-%m-%d %H:%M").to_string())
            .or_else(|| p.deadline_date.map(|d| d.to_string()));
        if let Some(t) = time {
            p.deadline = Some(amsterdam(date, t));
            p.deadline_date = None;
            p.warnings.retain(|w| !w.contains("has no time"));
        } else {
            p.deadline = None;
            p.deadline_date = Some(date);
        }
        let after = match time {
            Some(t) => format!("{date} {}", t.format("%H:%M")),
            None => date.to_string(),
        };
        p.warnings.push(moved("the deadline", before, &after, said));
    }
    if let Some((eur, said)) = last(&found, |c| match c {
        Change::MaxRate(m) => Some(*m),
        _ => None,
    }) {
        let before = p.max_rate_eur.map(|m| format!("€ {:.2}", m.as_eur()));
        p.max_rate_eur = Some(eur);
        p.no_max_rate = false;
        p.warnings.push(moved(
            "the maximum rate",
            before,
            &format!("€ {:.2}", eur.as_eur()),
            said,
        ));
    }
    if let Some(((lo, hi), said)) = last(&found, |c| match c {
        Change::Hours(lo, hi) => Some((*lo, *hi)),
        _ => None,
    }) {
        let show = |lo: Option<u32>, hi: Option<u32>| match (lo, hi) {
            (Some(a), Some(b)) if a != b => format!("{a}-{b}"),
            (Some(a), _) | (None, Some(a)) => a.to_string(),
            (None, None) => "-".to_string(),
        };
        let before = (p.hours_min.is_some() || p.hours_max.is_some())
            .then(|| show(p.hours_min, p.hours_max));
        // the header's and the text's hours before the change no longer say
        // which is used
        p.warnings
            .retain(|w| !(w.starts_with("the header says") && w.contains("hours a week")));
        p.warnings
            .push(moved("the hours a week", before, &show(lo, hi), said));
        (p.hours_min, p.hours_max) = (lo, hi);
    }
    for a in &found {
        if let Change::DroppedKnockout(n) = a.change
            && p.knockout.iter().any(|k| k.number == n)
        {
            p.knockout.retain(|k| k.number != n);
            p.warnings.push(format!(
                "knock-out criterion {n} is dropped by a later change: \"{}\"",
                a.sentence
            ));
        }
    }
    // an answer restating the interviews under the changes' heading
    if let Some((day, said)) = last(&found, |c| match c {
        Change::Start(d) => Some(*d),
        _ => None,
    }) {
        let before = p.start_date.map(|d| d.to_string());
        p.warnings
            .push(moved("the start", before, &day.to_string(), said));
        p.start_date = Some(day);
        p.start_asap = false;
    }
    let talks = last(&found, |c| match c {
        Change::Interviews(days) => Some(days.clone()),
        _ => None,
    });
    if let Some((days, said)) = talks {
        let show = |d: &[NaiveDate]| {
            d.iter()
                .map(NaiveDate::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        };
        let before = (!p.interview_dates.is_empty()).then(|| show(&p.interview_dates));
        p.warnings
            .push(moved("the interviews", before, &show(&days), said));
        p.interview_dates = days;
        p.interview_week_of = None;
        p.interview_time = None;
    } else if let Some(changes) = zone(text) {
        let answers: Vec<String> = prose::sentences(changes)
            .into_iter()
            .filter(|s| !is_question(s))
            .collect();
        let talks_after = p
            .deadline
            .map(|d| d.date_naive())
            .or(p.deadline_date)
            .or(own);
        let restated = interviews_after(&answers.join(" "), talks_after);
        if !restated.dates.is_empty() || restated.week_of.is_some() {
            p.interview_dates = restated.dates;
            p.interview_week_of = restated.week_of;
            p.interview_time = restated.time;
        }
    }
}

fn moved(what: &str, before: Option<String>, after: &str, said: &str) -> String {
    match before {
        Some(b) if b != after => {
            format!("{what} moved from {b} to {after} by a later change: \"{said}\"")
        }
        _ => format!("{what} {after} comes from a later change: \"{said}\""),
    }
}

/// The change that wins among those `pick` accepts: the latest update
/// date, else the last in the text.
pub fn last<T>(found: &[Amendment], pick: impl Fn(&Change) -> Option<T>) -> Option<(T, &str)> {
    found
        .iter()
        .enumerate()
        .filter_map(|(i, a)| pick(&a.change).map(|v| (a.dated, i, v, a.sentence.as_str())))
        .max_by_key(|(dated, i, _, _)| (*dated, *i))
        .map(|(_, _, v, s)| (v, s))
}

/// A question asks for a change; only its answer makes one.
fn is_question(s: &str) -> bool {
    let f = fold(s);
    s.trim_end().ends_with('?') || f.starts_with("vraag") || f.starts_with("question")
}

/// The day an update line names before its change ("Update 2 december:").
fn update_date(s: &str, own: Option<NaiveDate>) -> Option<NaiveDate> {
    let m = UPDATE.find(s)?;
    let head = window(&s[m.end()..], 24);
    let head = head.split(':').next().unwrap_or(head);
    first_date(head)
        .map(|f| f.date)
        .or_else(|| yearless::days(head, own?).first().copied())
}

/// The first date after a change's verb, with its time, a day without its
/// year dated after `own`.
fn date_after(rest: &str, own: Option<NaiveDate>) -> Option<(NaiveDate, Option<NaiveTime>)> {
    let near = window(rest, 40);
    if let Some((date, time, _)) = date_time_at_start(near) {
        return Some((date, time));
    }
    let day = yearless::days(near, own?).first().copied()?;
    let time = super::dates::first_time(window(rest, 70)).map(|(t, _)| t);
    Some((day, time))
}

/// The text after a heading that opens the posting's changes ("NOTA VAN
/// INLICHTINGEN", "Rectificatie", "Wijzigingen"): there an answer restates
/// a fact ("De gesprekken vinden plaats in week 3") without a verb of
/// change, and the restated fact wins.
pub fn zone(text: &str) -> Option<&str> {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        // "=== Nota van inlichtingen – gepubliceerd 3 december 2026 ==="
        let f = fold(line.trim().trim_matches(['=', '#', '*', '-', ' ']));
        let heading = f.len() < 70
            && !f.contains(':')
            && [
                "nota van inlichtingen",
                "rectificatie",
                "wijzigingen",
                "erratum",
                "addendum",
            ]
            .iter()
            .any(|w| f.starts_with(w));
        at += line.len();
        if heading {
            return Some(&text[at..]);
        }
    }
    None
}

/// The first `n` characters of `s`.
fn window(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or(s, |(i, _)| &s[..i])
}

#[cfg(test)]
#[path = "amendments_tests.rs"]
mod tests;
