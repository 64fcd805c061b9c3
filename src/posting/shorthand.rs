//! A posting typed by hand in a hurry (a note, a text message, a task or a
//! CRM's notes field): its facts stand on lines that open with a label in
//! small letters or in the writer's shorthand ("dl ma 21/12 10u", "gespr
//! 19+20 jan", "nvi 22/12/26", "vragen tm 17/12", "tm 30-6-2027", "max 88/u
//! ex btw", "32-36u/w", "gem. Hardenberg, prov. Overijssel", "vog ja"). Where
//! three or more such lines stand, each gets its label written out with a
//! colon ("Deadline: ma 21 december 10:00"), a day/month and an hour in a
//! date's value written as the date readers read them ("21/12" → "21
//! december", "14/1/27" → "14 januari 2027", "10u" and "09.00u" → "10:00"
//! and "09:00", "4pm" → "16:00"), and a province's short name written out
//! ("Z-Holland"). A label the writer mistyped ("Sluitingsdatm:",
//! "uurtarif") is one with a letter wrong, missing, extra or swapped
//! ([`super::label_typos`]). A line in capitals keeps its label as it is:
//! the label readers read it already.

use super::dates::MONTHS;
use regex::{Captures, Regex};
use std::borrow::Cow;
use std::sync::LazyLock;

/// What a shorthand's value holds, for how it is written out.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A date, perhaps with an hour.
    Date,
    /// A rate ("88/u" → "88 per uur").
    Rate,
    /// The client, perhaps with its province after a comma.
    Client,
    /// A province, perhaps short ("Z-Holland").
    Province,
    /// A code, a scale, a yes or no: as it stands.
    Plain,
}

/// Shorthand heads (small letters, longest first where one is a prefix of
/// another) and the label each stands for.
const HEADS: &[(&str, &str, Kind)] = &[
    ("sluitingsdatum", "Sluitingsdatum", Kind::Date),
    ("deadline", "Deadline", Kind::Date),
    ("dl", "Deadline", Kind::Date),
    ("sluit", "Sluitingsdatum", Kind::Date),
    ("vragen stellen tot", "Vragen tot", Kind::Date),
    ("vragen t/m", "Vragen tot", Kind::Date),
    ("vragen tot", "Vragen tot", Kind::Date),
    ("vragen tm", "Vragen tot", Kind::Date),
    ("vragen voor", "Vragen tot", Kind::Date),
    ("vragen", "Vragen tot", Kind::Date),
    ("nota van inlichtingen", "Nota van inlichtingen", Kind::Date),
    ("nota v inlichtingen", "Nota van inlichtingen", Kind::Date),
    ("nvi", "Nota van inlichtingen", Kind::Date),
    ("antwoorden", "Nota van inlichtingen", Kind::Date),
    ("antw.", "Nota van inlichtingen", Kind::Date),
    ("gesprekken", "Gesprekken", Kind::Date),
    ("gespr.", "Gesprekken", Kind::Date),
    ("gespr", "Gesprekken", Kind::Date),
    ("startdatum", "Startdatum", Kind::Date),
    ("start", "Startdatum", Kind::Date),
    ("einddatum", "Einddatum", Kind::Date),
    ("einde", "Einddatum", Kind::Date),
    ("eind", "Einddatum", Kind::Date),
    ("t/m", "Einddatum", Kind::Date),
    ("tm", "Einddatum", Kind::Date),
    ("max uurtarief", "Maximum uurtarief", Kind::Rate),
    ("uurtarief max", "Maximum uurtarief", Kind::Rate),
    ("uurtarief", "Maximum uurtarief", Kind::Rate),
    ("max tarief", "Maximum uurtarief", Kind::Rate),
    ("tarief", "Tarief", Kind::Rate),
    ("max", "Maximum uurtarief", Kind::Rate),
    ("uren", "Uren per week", Kind::Plain),
    ("schaal", "Schaal", Kind::Plain),
    ("vog", "VOG", Kind::Plain),
    ("dba", "DBA", Kind::Plain),
    ("kenmerk", "Kenmerk", Kind::Plain),
    ("aanvraagnummer", "Aanvraagnummer", Kind::Plain),
    ("aanvraagnr.", "Aanvraagnummer", Kind::Plain),
    ("aanvraagnr", "Aanvraagnummer", Kind::Plain),
    ("aanvr.nr.", "Aanvraagnummer", Kind::Plain),
    ("aanvr.nr", "Aanvraagnummer", Kind::Plain),
    ("opdrachtnummer", "Opdrachtnummer", Kind::Plain),
    ("opdrachtnr.", "Opdrachtnummer", Kind::Plain),
    ("opdrachtnr", "Opdrachtnummer", Kind::Plain),
    ("titel", "Titel", Kind::Plain),
    ("functie", "Functie", Kind::Plain),
    ("opdrachtgever", "Opdrachtgever", Kind::Client),
    ("organisatie", "Organisatie", Kind::Client),
    ("org", "Organisatie", Kind::Client),
    ("klant", "Organisatie", Kind::Client),
    ("gemeente", "Organisatie", Kind::Client),
    ("gem.", "Organisatie", Kind::Client),
    ("provincie", "Provincie", Kind::Province),
    ("prov.", "Provincie", Kind::Province),
];

/// Hours written alone, the week after them ("32-36u/w", "24 u/wk", "36 u
/// p/w") or nothing but a remark ("24u", "24u (3 dagen)"); not a post's
/// age ("3 u • 🌐").
static HOURS_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^((?:[4-9]|[1-3]\d|40)(?:\s*-\s*(?:[4-9]|[1-3]\d|40))?)\s?u(?:ur)?(?:\s?(?:/\s?p?w(?:k|eek)?|p/?w|per week)\b.*|\s*(?:[(,].*)?)$")
        .expect("static pattern")
});

/// The text with a hurried note's fact lines written out (see the module
/// doc). Lines in small letters are written out only where three or more
/// stand; a labelled line in capitals whose value the readers would not
/// read ("NvI: 23-12", "Gemeente: gem. Heerenveen") is written out alone.
pub fn repair(text: &str) -> Cow<'_, str> {
    let rewritten: Vec<Option<(String, bool)>> = text.lines().map(rewrite).collect();
    let block = rewritten
        .iter()
        .flatten()
        .filter(|(_, small)| *small)
        .nth(2)
        .is_some();
    if !rewritten.iter().flatten().any(|(_, small)| block || !small) {
        return Cow::Borrowed(text);
    }
    let mut out = text
        .lines()
        .zip(rewritten)
        .map(|(line, new)| match new {
            Some((new, small)) if block || !small => new,
            _ => line.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    if text.ends_with('\n') {
        out.push('\n');
    }
    Cow::Owned(out)
}

/// A fact line written out, and whether it opened in small letters; `None`
/// for any other line.
fn rewrite(line: &str) -> Option<(String, bool)> {
    let t = line.trim();
    // a long line is prose; a table's row is its readers' ("titel │ …")
    if (t.len() > 90 && t.chars().count() > 90) || t.contains(['│', '|', '┃', '¦']) {
        return None;
    }
    if t.starts_with(char::is_uppercase) {
        return in_capitals(t).map(|l| (l, false));
    }
    let first = t.chars().next()?;
    if first.is_ascii_digit()
        && let Some(c) = HOURS_ALONE.captures(t)
    {
        // the hours alone: a remark may name other figures ("(in de tekst
        // staat 'ca 4 dagen')")
        return Some((format!("Uren per week: {}", &c[1]), true));
    }
    if !first.is_alphabetic() {
        return None;
    }
    in_small_letters(t).map(|l| (l, true))
}

/// A labelled line in capitals is the label readers' own, but for a value
/// in shorthand they would not read: a client as "gem. Heerenveen", a
/// date as "23-12" or "18 dec 12u". Its name stays as written.
fn in_capitals(t: &str) -> Option<String> {
    let (name, value) = t.split_once(':')?;
    let (name, value) = (name.trim(), value.trim());
    let lower = name.to_lowercase();
    let (_, _, kind) = HEADS.iter().find(|(head, ..)| *head == lower)?;
    match kind {
        Kind::Client if value.starts_with("gem") => Some(format!("{name}: {}", client_name(value))),
        Kind::Date => {
            let written = dated(value);
            (written != value).then(|| format!("{name}: {written}"))
        }
        _ => None,
    }
}

/// A line in small letters that opens with a shorthand head, written out.
fn in_small_letters(t: &str) -> Option<String> {
    let lower = t.to_lowercase();
    let (head, label, kind) = HEADS.iter().find(|(head, ..)| {
        lower.starts_with(head)
            && (head.ends_with('.') || lower[head.len()..].starts_with([' ', ':', '\t']))
    })?;
    // byte offsets agree: the heads are ASCII and matched at the start
    let value = t
        .get(head.len()..)?
        .trim_start_matches([' ', ':', '\t'])
        .trim();
    if value.is_empty() {
        return None;
    }
    let opens = value.chars().next()?;
    let fits = match kind {
        // a date's value holds a figure or says "as soon as possible"
        Kind::Date => {
            value.contains(|c: char| c.is_ascii_digit())
                || ["zsm", "z.s.m", "per direct", "asap"]
                    .iter()
                    .any(|w| value.to_lowercase().starts_with(w))
        }
        // "max 88/u", "tarief € 95", "tarief 85-98", not "max 3 kandidaten"
        Kind::Rate => rate_like(value),
        // a name with its capital ("gem. Hardenberg")
        Kind::Client => opens.is_uppercase() || value.starts_with("gem"),
        Kind::Province => opens.is_uppercase(),
        Kind::Plain => true,
    };
    if !fits {
        return None;
    }
    // another step after it on the line ("start 11/1, tm 30/6 '27", "start
    // 1/2/27 -> eind 31/1/28", "vragen tot 10/12 12u, nvi 15/12")
    if *kind == Kind::Date
        && let Some((at, sep)) = next_step(value)
        && let Some(rest) = in_small_letters(value[at + sep..].trim_start())
    {
        return Some(format!(
            "{label}: {}\n{rest}",
            dated(value[..at].trim_end())
        ));
    }
    Some(match kind {
        Kind::Date => format!("{label}: {}", dated(value)),
        Kind::Rate => format!("{label}: {}", PER_HOUR.replace(value, "$1 per uur")),
        Kind::Client => client(label, value),
        Kind::Province => format!("{label}: {}", province(value)),
        Kind::Plain => format!("{label}: {value}"),
    })
}

/// Where a date's value ends that another dated step follows on its line,
/// and the length of what parts them.
fn next_step(value: &str) -> Option<(usize, usize)> {
    let lower = value.to_lowercase();
    [", ", " -> ", " → ", "; "]
        .iter()
        .flat_map(|sep| lower.match_indices(sep).map(|(at, s)| (at, s.len())))
        .filter(|&(at, len)| {
            let after = &lower[at + len..];
            HEADS.iter().any(|(head, _, kind)| {
                *kind == Kind::Date
                    && after.starts_with(head)
                    && after[head.len()..].starts_with([' ', ':'])
            })
        })
        .min_by_key(|&(at, _)| at)
}

/// "88/u", "97,50 p/u", "€ 99,50/uur".
static PER_HOUR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^((?:€\s*)?\d+(?:[.,]\d{1,2})?(?:,-)?)\s*(?:/|p/)\s*u(?:ur)?\b")
        .expect("static pattern")
});

/// A value that opens with a rate: a euro sign, a figure per hour, or a
/// figure (or range) an hourly rate can be.
fn rate_like(value: &str) -> bool {
    let lower = value.to_lowercase();
    if lower.starts_with('€') || lower.starts_with("eur") || PER_HOUR.is_match(value) {
        return true;
    }
    let figure: String = value.chars().take_while(char::is_ascii_digit).collect();
    let after = value[figure.len()..].trim_start();
    figure.parse::<u32>().is_ok_and(|n| (20..=400).contains(&n))
        && (after.is_empty()
            || after.starts_with(['-', ',', '(', '/'])
            || ["ex", "excl", "incl", "all", "per", "p/"]
                .iter()
                .any(|w| after.starts_with(w)))
}

/// A client's name as the shorthand wrote it: "gem." before it goes and
/// "a/d" is "aan den" ("gem. Alphen a/d Rijn").
fn client_name(value: &str) -> String {
    let value = value
        .strip_prefix("gem. ")
        .or_else(|| value.strip_prefix("gem "))
        .unwrap_or(value);
    value.replace(" a/d ", " aan den ")
}

/// "Hardenberg, prov. Overijssel": the client, and its province on a line
/// of its own.
fn client(label: &str, value: &str) -> String {
    let value = &client_name(value);
    let lower = value.to_lowercase();
    match lower.find(", prov.").or_else(|| lower.find(", provincie ")) {
        Some(at) => {
            let rest = &value[at + 2..];
            let rest = rest
                .split_once(' ')
                .map_or(rest, |(_, province)| province)
                .trim();
            format!(
                "{label}: {}\nProvincie: {}",
                value[..at].trim(),
                province(rest)
            )
        }
        None => format!("{label}: {value}"),
    }
}

/// A province's short name written out ("Z-Holland", "N.-Brabant").
fn province(value: &str) -> String {
    static SHORT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b([ZN])\.?-(Holland|Brabant)\b").expect("static pattern"));
    SHORT
        .replace(value, |c: &Captures| {
            let side = if &c[1] == "Z" { "Zuid" } else { "Noord" };
            format!("{side}-{}", &c[2])
        })
        .into_owned()
}

/// d/m with or without a year ("21/12", "14/1/27", "30/6/2027"), d-m
/// without one ("23-12"), not inside a longer figure.
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(^|[^\d/.-])([0-3]?\d)([/-])([01]?\d)(?:/(\d{4}|\d{2}))?($|[^\d/-])")
        .expect("static pattern")
});

/// An hour with a "u" ("10u", "09.00u", "12u00", "9 uur" is read already).
static HOUR_U: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b([0-2]?\d)(?:[.:]([0-5]\d))?u([0-5]\d)?\b").expect("static pattern")
});

/// An hour on a 12-hour clock glued to its mark ("4pm", "10am", "4.30 pm").
static HOUR_AM_PM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(1[0-2]|0?[1-9])(?:[.:]([0-5]\d))?\s?(am|pm)\b").expect("static pattern")
});

/// "11e januari", "1ste feb", "wo 20e en do 21e januari": an ordinal's
/// ending before a month or before the next day.
static ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b([0-3]?\d)(?:e|ste|de)\s+([a-z]{2,3})").expect("static pattern")
});

/// A date's value as the date readers read it (see the module doc).
fn dated(value: &str) -> String {
    let v = DAY_MONTH.replace_all(value, |c: &Captures| {
        let (day, month) = (
            c[2].parse::<u32>().unwrap_or(0),
            c[4].parse::<u32>().unwrap_or(0),
        );
        let name = MONTHS
            .iter()
            .find(|(_, n)| *n == month)
            .map(|(name, _)| *name);
        // "23-12" without a year is a date; "2-3" (a count) is not
        let dash_without_year = &c[3] == "-" && c.get(5).is_none() && c[4].len() < 2;
        // a full date is the readers' own, in the order the page writes it
        let full_year = c.get(5).is_some_and(|y| y.as_str().len() == 4);
        match name {
            Some(name) if (1..=31).contains(&day) && !dash_without_year && !full_year => {
                let year = c.get(5).map(|y| match y.as_str().len() {
                    2 => format!(" 20{}", y.as_str()),
                    _ => format!(" {}", y.as_str()),
                });
                format!("{}{day} {name}{}{}", &c[1], year.unwrap_or_default(), &c[6])
            }
            _ => c[0].to_string(),
        }
    });
    let v = ORDINAL.replace_all(&v, |c: &Captures| {
        let next_day = ["en", "of", "t/"].contains(&c[2].to_lowercase().as_str());
        if next_day || super::dates::month_number(&c[2]).is_some() {
            format!("{} {}", &c[1], &c[2])
        } else {
            c[0].to_string()
        }
    });
    let v = HOUR_U.replace_all(&v, |c: &Captures| {
        let minutes = c.get(2).or(c.get(3)).map_or("00", |m| m.as_str());
        format!("{:0>2}:{minutes}", &c[1])
    });
    let v = HOUR_AM_PM.replace_all(&v, |c: &Captures| {
        let hour = c[1].parse::<u32>().unwrap_or(0) % 12;
        let hour = if c[3].eq_ignore_ascii_case("pm") {
            hour + 12
        } else {
            hour
        };
        format!("{hour:02}:{}", c.get(2).map_or("00", |m| m.as_str()))
    });
    // "19+20 jan", "21 januari + 22 januari": two days
    PLUS.replace_all(&v, "$1 en $2").into_owned()
}

/// A plus between two days ("19+20", "januari + 22"), not a word diff's
/// "{+22+}".
static PLUS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\w) ?\+ ?(\d)").expect("static pattern"));

#[cfg(test)]
#[path = "shorthand_tests.rs"]
mod tests;
