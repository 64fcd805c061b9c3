//! Interviews as a posting states them: the sentence or planning step
//! ("De gesprekken zijn gepland op …", "Gesprekken: in de week van …",
//! "Interviews: Monday, …"), its dates or week and its times; days written
//! without a year are dated after the posting's own date.

use super::dates::{find_dates, find_times, first_date};
use super::planning::step;
use super::prose::{patterns, window};
use super::yearless;
use chrono::{Datelike, NaiveDate};
use regex::Regex;
use std::sync::LazyLock;

static INTERVIEW: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    patterns(&[
        r"gesprekken (?:(?:bij|met) [\w ]{1,40}? )?(?:zijn |worden |staan )?gepland",
        r"gesprekken (?:met [\w ]{1,50}? )?(?:vinden|zullen) [\w ]{0,20}?plaats",
        r"(?:selectie)?gesprekken(?: (?:bij|met) [\w ]{1,40}?)? (?:zijn|worden gehouden)",
        r"(?:datum|data) (?:selectie)?gesprek(?:ken)?:?",
        // a label of a form or list: "Gesprekken: in de week van …", "Interviews: Monday, …"
        r"(?-u:\b)(?:selectie|sollicitatie)?gesprekken(?: 1e ronde)?:",
        // a timeline's step with a remark: "Gesprekken (online, Teams): 6 jan 2027"
        r"(?-u:\b)(?:selectie|sollicitatie)?gesprekken \([^)\n]{1,60}\):",
        r"(?-u:\b)interviews:",
        // a dash for the colon ("Interviews — Tuesday, December 22"), a
        // qualifier before it ("Gesprekken perceel 2: 7 januari 2027")
        r"(?-u:\b)(?:(?:selectie|sollicitatie)?gesprekken|interviews) [—–-] ",
        r"(?-u:\b)(?:selectie|sollicitatie)?gesprekken(?: \w+){1,3}:",
        // "Interviews at City Hall: Tuesday 19 January 2027"
        r"(?-u:\b)interviews (?:at|in) [\w ]{1,30}:",
        // a list's field: "Gespreksdatum" with its date on the next line
        r"(?-u:\b)gespreks(?:datum|data)(?: en -?tijd)?:?",
        // "… worden uitgenodigd voor een gesprek op woensdag 16 december"
        r"uitgenodigd voor een (?:\w+)?gesprek (?:op|in)",
        // "Wij nodigen de vier kandidaten … uit voor een gesprek op dinsdag …"
        r"(?-u:\b)uit voor een (?:\w+)?gesprek (?:op|in)",
        // a message's "Gesprek is wo 27-1 in de middag"
        r"(?-u:\b)gesprek(?:ken)? (?:is|zijn|vindt plaats|vinden plaats)(?: op)?(?-u:\b)",
        // the client as the one who holds them: "De gesprekken voeren we op
        // dinsdag 22 december", "de gesprekken houden wij op …"
        r"(?-u:\b)gesprek(?:ken)? (?:voeren|houden|plannen) (?:we|wij)(?: \w+)?(?: op| in)?(?-u:\b)",
        // "Je gaat in gesprek op 18 of 21 december 2026"
        r"(?-u:\b)(?:gaat|ga) (?:je |u )?in gesprek (?:op|in)(?-u:\b)",
        r"(?-u:\b)interviews (?:are|will be) (?:planned|held|scheduled)(?: for| on| in)?",
        r"(?-u:\b)interviews (?:will )?take place(?: on| in)?",
    ])
});
/// The step of a sentence that names the day before the interviews ("Op
/// dinsdag 26 januari 2027 voeren wij gesprekken", "Op 12 januari houden
/// we de selectiegesprekken"), read by [`super::prose::day_before`].
static INTERVIEW_AFTER_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:voeren|houden|plannen) (?:we|wij)(?: de)? (?:\w+)?gesprekken")
        .expect("static pattern")
});
/// A week by its number: "week 2", "wk 51".
static WEEK_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:week|wk)\.?\s*(\d{1,2})(?-u:\b)").expect("static pattern")
});
static WEEK_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)week (?:van|of|commencing|beginning|starting)(?-u:\b)")
        .expect("static pattern")
});
/// A row or label that gives the interviews' week: "Gesprekken | week van
/// 4 januari 2027", "Gesprekken: in de week van …".
static INTERVIEW_WEEK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:selectie|sollicitatie)?gesprekken:?\s+(?:(?:vinden|zijn)\s+(?:plaats\s+)?)?(?:in\s+(?:de\s+)?)?(?:week\s+van\s+\d|(?:week|wk)\.?\s*\d{1,2}(?-u:\b))")
        .expect("static pattern")
});
/// A step of a planning list with its date: "Gesprekken 12-01-2027", a
/// chat's "Kennismaking: do. 07-01-2027", a tender's "Presentaties plan van
/// aanpak: woensdag 20-1-2027".
static INTERVIEW_STEP: LazyLock<Regex> = LazyLock::new(|| {
    step(
        r"(?:(?:selectie|sollicitatie)?gesprekken(?: met [\w ]{1,50}?)?|kennismaking(?:sgesprek(?:ken)?)?|presentaties?(?: [\w ]{0,30}?)?|interviews)",
    )
});

/// Interviews: dates or the week they are in, and the time(s) given.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Interviews {
    pub dates: Vec<NaiveDate>,
    pub week_of: Option<NaiveDate>,
    pub time: Option<String>,
}

/// Reads the interview sentence: "gepland op donderdag 9 juli 2026, 14:00
/// uur", "in de week van 30 maart 2026", "tussen 13.00 uur en 16.00 uur".
pub fn interviews(flat: &str) -> Interviews {
    interviews_after(flat, None)
}

/// As [`interviews`]; days written without a year at the sentence's start
/// ("Gesprekken zijn woensdag 16 december", "op 18 en 19 januari") are
/// dated after `own` (the posting's own date).
pub fn interviews_after(flat: &str, own: Option<NaiveDate>) -> Interviews {
    // every place that names the interviews, first the sentence and list
    // labels, then a table's step; the first that gives a day or a week
    // holds ("De gespreksdatum is gewijzigd." names no day)
    let mut starts: Vec<(usize, usize)> = INTERVIEW
        .iter()
        .flat_map(|p| p.find_iter(flat).take(8))
        .map(|m| (m.start(), m.end()))
        .collect();
    starts.sort_unstable();
    let sentences = starts
        .iter()
        .map(|&(_, end)| sentence_from(flat, end))
        .chain(
            INTERVIEW_WEEK
                .find(flat)
                .map(|m| sentence_from(flat, m.start())),
        );
    let steps = INTERVIEW_STEP
        .captures_iter(flat)
        .take(8)
        .filter_map(|c| c.get(1))
        .map(|m| up_to_next_step(sentence_from(flat, m.start())));
    let day_before = super::prose::day_before(flat, &INTERVIEW_AFTER_DAY);
    let mut first = None;
    for sentence in sentences.chain(steps).chain(day_before) {
        let found = read_sentence(sentence, own);
        if !found.dates.is_empty() || found.week_of.is_some() {
            return found;
        }
        first.get_or_insert(found);
    }
    first.unwrap_or_default()
}

/// A day (with its month, a remark in brackets) joined to a second day by
/// "of", "en", "+", "or", "and" or "&".
static JOINED_DAYS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)\d{1,2}(?:/\d{1,2})?(?:\s+[a-z]{3,9}\.?)?(?:\s*\([^)]{0,30}\))?(\s+(?:of|en|or|and|\+|&)\s+)(?:[a-z]{2,9}\.?\s+)?\d{1,2}(?-u:\b)")
        .expect("static pattern")
});

/// The interviews one sentence or step gives.
fn read_sentence(sentence: &str, own: Option<NaiveDate>) -> Interviews {
    // a step of a list ends where the next one starts ("…16:00 uur;- De 3
    // …"), not where another day follows ("7-1-2027; 8-1-2027")
    let sentence = sentence
        .match_indices(';')
        .find(|(i, _)| !super::dates::opens_with_date(sentence[i + 1..].trim_start()))
        .map_or(sentence, |(i, _)| &sentence[..i]);
    let sentence = up_to_next_label(sentence);
    let mut out = Interviews::default();
    if let Some(m) = WEEK_OF.find(sentence) {
        let rest = &sentence[m.end()..];
        // "in de week van 11 januari": the year that puts it after the posting
        out.week_of = first_date(rest).map(|f| f.date).or_else(|| {
            own.and_then(|own| yearless::days(window(rest, 0, 25), own).first().copied())
        });
    }
    if out.week_of.is_none() {
        out.week_of = numbered_week(sentence, own);
    }
    if out.week_of.is_none() {
        let found = find_dates(sentence);
        // a day without its year before any full date
        let cut = found.first().map_or(sentence.len(), |f| f.span.start);
        let head = sentence.get(..cut).unwrap_or("");
        // two days joined, each with its month ("maandag 21 december
        // (Middelburg) of dinsdag 22 december"): read on either side of the join
        // ("maandag 21 of dinsdag 22 december" names its month once)
        let joined = JOINED_DAYS
            .captures(window(head, 0, 90))
            .and_then(|c| c.get(1));
        let split = joined.map(|j| (&head[..j.start()], window(&head[j.end()..], 0, 24)));
        let head = window(head, 0, 40);
        let yearless = match own {
            Some(own) => {
                // each side of the join with its own month, else the head
                let either_side = split.and_then(|(first, second)| {
                    let first = yearless::days(first, own);
                    (!first.is_empty()).then(|| [first, yearless::days(second, own)].concat())
                });
                let days = either_side.unwrap_or_else(|| yearless::days(head, own));
                if days.is_empty() {
                    yearless::with_weekday(head, own).into_iter().collect()
                } else {
                    days
                }
            }
            None => Vec::new(),
        };
        if yearless.is_empty() {
            out.dates = found.into_iter().map(|f| f.date).collect();
        } else {
            out.dates = yearless;
            // "14 Jan or 15 Jan 2027": the full date the pair ends with
            let joined = sentence[..cut].trim_end().to_lowercase();
            if [" of", " or", " en", " and", "&"]
                .iter()
                .any(|j| joined.ends_with(j))
                && let Some(f) = found.first()
            {
                out.dates.push(f.date);
            }
        }
        let paired = paired_days(sentence, &out.dates);
        out.dates.extend(paired);
        out.dates.sort();
        out.dates.dedup();
    }
    let times = find_times(sentence);
    out.time = match times.as_slice() {
        [] => None,
        [t] => Some(t.format("%H:%M").to_string()),
        [a, b, ..] => Some(format!("{}-{}", a.format("%H:%M"), b.format("%H:%M"))),
    };
    out
}

/// The Monday of a week given by its number ("week 2 (11 t/m 15 januari
/// 2027)", "wk 51"): of the dates in brackets after it, else of that week in the year
/// the posting's own date makes next.
fn numbered_week(sentence: &str, own: Option<NaiveDate>) -> Option<NaiveDate> {
    let c = WEEK_NUMBER.captures(sentence)?;
    let n: u32 = c.get(1)?.as_str().parse().ok()?;
    let after = sentence.get(c.get(0)?.end()..)?;
    let monday =
        |d: NaiveDate| d - chrono::Days::new(u64::from(d.weekday().num_days_from_monday()));
    // "(11 t/m 15 januari 2027)": its days in brackets
    if let Some(days) = after.trim_start().strip_prefix('(')
        && let Some(f) = first_date(days.split(')').next().unwrap_or(days))
    {
        return (f.date.iso_week().week() == n).then(|| monday(f.date));
    }
    let own = own?;
    let in_year = |y: i32| NaiveDate::from_isoywd_opt(y, n, chrono::Weekday::Mon);
    let this = in_year(own.iso_week().year())?;
    if this + chrono::Days::new(6) >= own {
        Some(this)
    } else {
        in_year(own.iso_week().year() + 1)
    }
}

/// "8 en 9 juli 2026", "maandag 21 of dinsdag 22 december", "Jan 12 or
/// Jan 13, 2027": the first day of a pair, dated as the second (one of
/// `found`, the days already read) is, in its own month where it names one.
fn paired_days(sentence: &str, found: &[NaiveDate]) -> Vec<NaiveDate> {
    static PAIR: LazyLock<Regex> = LazyLock::new(|| {
        // "18 en 19 januari", "ma 18 en di 19 januari", "Jan 12 or Jan 13",
        // "14 Jan or 15 Jan 2027"
        Regex::new(r"(?i)(?-u:\b)(?:([a-z]{3,9})\.?\s+)?(\d{1,2})(?:\s+([a-z]{3,9})\.?)?\s+(?:en|of|or|and|&)\s+(?:([a-z]{2,9})\.?,?\s+)?(\d{1,2})(?:\s+([a-z]{3,9})\.?)?(?-u:\b)")
            .expect("static pattern")
    });
    PAIR.captures_iter(sentence)
        .filter_map(|c| {
            let month = |i: usize| {
                c.get(i)
                    .and_then(|m| super::dates::month_number(m.as_str()))
            };
            // not the year or day of a date in figures ("21.12.26 en di 22.12.26")
            let (g2, g4) = (c.get(2)?, c.get(5)?);
            let figures = |ch: Option<char>| ch.is_some_and(|ch| matches!(ch, '.' | '-' | '/'));
            if figures(sentence[..g2.start()].chars().next_back())
                || figures(sentence[g4.end()..].chars().next())
            {
                return None;
            }
            let first_day: u32 = g2.as_str().parse().ok()?;
            let second_day: u32 = g4.as_str().parse().ok()?;
            let second = match month(6).or_else(|| month(4)).or_else(|| month(3)) {
                Some(m) => *found
                    .iter()
                    .find(|d| d.day() == second_day && d.month() == m)?,
                // a month only the date reader knows ("6 jannewaris 2027")
                None => {
                    let at = g4.start();
                    first_date(&sentence[at..])
                        .filter(|f| f.span.start == 0 && f.date.day() == second_day)?
                        .date
                }
            };
            match month(3).or_else(|| month(1)) {
                Some(m) => second.with_day(1)?.with_month(m)?.with_day(first_day),
                None => second.with_day(first_day),
            }
        })
        .collect()
}

/// A label's line up to the next label after its first date ("GESPREKKEN:
/// DINSDAG 12 JANUARI 2027 GUNNINGSBERICHT: UITERLIJK 22 JANUARI 2027" ends
/// before "GUNNINGSBERICHT"), but for the talks' own time and place.
fn up_to_next_label(text: &str) -> &str {
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r" (\p{Lu}[\p{L}.]*(?: [\p{L}.]+){0,3}): ").expect("static pattern")
    });
    // after the first date, or from the start where none is given ("wk 1 of
    // 2 -> max 3 kandidaten VOG: ja …": a chat's times further on are no
    // interview's)
    let from = find_dates(text)
        .into_iter()
        .next()
        .map_or(0, |f| f.span.end);
    let own = ["tijd", "tijdstip", "time", "locatie", "location", "plaats"];
    let after = &text[from..];
    let colon = LABEL
        .captures_iter(after)
        .find(|c| {
            let word = c[1].split(' ').next().unwrap_or("").to_lowercase();
            !own.contains(&word.as_str())
        })
        .and_then(|c| c.get(0))
        .map_or(after.len(), |m| m.start());
    let after = &after[..colon];
    // the next line's fact without its colon ("…, gemeentehuis Coevorden
    // Gepubliceerd op 2 december 2026")
    let bare = after
        .match_indices(' ')
        .map(|(i, _)| i)
        .find(|&i| {
            let rest = &after[i + 1..];
            rest.starts_with(|c: char| c.is_uppercase()) && {
                let words: Vec<&str> = rest.splitn(4, ' ').take(3).collect();
                (1..=words.len()).any(|n| {
                    let head = words[..n].join(" ");
                    !own.contains(&head.to_lowercase().as_str())
                        && super::labels::exact_label(&format!("{head}:"))
                            .is_some_and(|f| f == super::labels::Field::Published)
                })
            }
        })
        .unwrap_or(after.len());
    &text[..from + bare]
}

/// A step's text up to the next step's name: the first capitalised word
/// after its first date that is no weekday or month ("ma 18 en di 19
/// januari 2027 Beoogde start …" ends before "Beoogde").
fn up_to_next_step(text: &str) -> &str {
    let Some(first) = find_dates(text).into_iter().next() else {
        return text;
    };
    let mut at = first.span.end;
    for word in text[first.span.end..].split(' ') {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let named = super::dates::month_number(bare).is_some()
            || super::dates::WEEKDAYS
                .iter()
                .any(|w| w.eq_ignore_ascii_case(bare));
        if word.starts_with(|c: char| c.is_ascii_uppercase()) && !named {
            return text[..at].trim_end();
        }
        at += word.len() + 1;
    }
    text
}

/// The rest of the sentence starting at byte `from` (up to ". " + capital).
fn sentence_from(flat: &str, from: usize) -> &str {
    let rest = window(flat, from, 300);
    let bytes = rest.as_bytes();
    for (i, _) in rest.match_indices(". ") {
        if bytes.get(i + 2).is_some_and(u8::is_ascii_uppercase) {
            return &rest[..i];
        }
    }
    rest
}

#[cfg(test)]
#[path = "interviews_tests.rs"]
mod tests;
