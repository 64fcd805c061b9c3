//! Readers for header values: each turns a candidate value into a field or
//! refuses it, so that a sentence starting with a label word is skipped.

use super::dates::{find_dates, first_date, first_time};
use super::normalize::fold;
use super::regions::province_in;
use chrono::{NaiveDate, NaiveTime};
use regex::Regex;
use std::sync::LazyLock;

static NUMBERS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\d{1,2}").expect("static pattern"));
static UREN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b\d{1,2}\s*(?:uur|uren|hours|u)\b").expect("static pattern")
});
/// Start: a date, or as soon as possible ("Z.s.m.", "per direct").
pub fn start(v: &str) -> Option<(Option<NaiveDate>, bool)> {
    let f = fold(v).replace([' ', '.'], "");
    if [
        "zsm",
        "zosnelmogelijk",
        "zospoedigmogelijk",
        "assoonaspossible",
        "immediately",
        "perdirect",
        "asap",
        "direct",
        "inoverleg",
    ]
    .iter()
    .any(|w| f.starts_with(w))
    {
        return Some((
            None,
            f.starts_with("zsm")
                || f.starts_with("zospoedig")
                || f.starts_with("zosnel")
                || f.starts_with("assoon")
                || f.starts_with("immediately")
                || f.contains("direct")
                || f.starts_with("asap"),
        ));
    }
    first_date(v)
        .map(|d| d.date)
        .or_else(|| super::short_year::date(v))
        .map(|d| (Some(d), false))
}

/// How hours are spread over the week ("…, verdeeld over 3 dagen").
/// How hours are spread or what they come to: "verdeeld over 4 dagen",
/// "(2 dagen)", "(3 à 4 dagen)", "(1,0 fte)", ", waarvan 2 dagen op
/// kantoor".
static SPREAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[\s(,]*verdeeld over|\s*\(\s*(?:\d[\d,.]*(?:\s*(?:à|a|tot|of|-|–)\s*\d[\d,.]*)?\s*(?:fte|dagen|dag)|ca\.?\s*\d[\d,.]*\s*fte)\s*\)|,\s*waarvan\b")
        .expect("static pattern")
});

/// Hours per week as (min, max): "20 tot 28 uur", "24 - 28 uur", "32 uur",
/// "Samen max 32 uur", "minimaal 16 uur".
pub fn hours(v: &str) -> Option<HoursRange> {
    // "32 (verdeeld over 4 dagen)", "24 uur, verdeeld over minimaal 3
    // dagen": how the hours are spread is no part of them
    let v = match SPREAD.find(v) {
        Some(m) => &v[..m.start()],
        None => v,
    };
    // "36 uur per week. Inschaling van de functie: schaal 12.": the first sentence
    let v = match v
        .match_indices(". ")
        .find(|(i, _)| v[i + 2..].starts_with(|c: char| c.is_uppercase()))
    {
        Some((i, _)) => &v[..i],
        None => v,
    };
    let v = after_hours_clause(v);
    let f = fold(v);
    let unit = ["uur", "hour", "hrs", "u/w", "u p/w", "per week"]
        .iter()
        .any(|u| f.contains(u));
    // under its label, a bound's word before the figure ("minimaal 20
    // maximaal 24") says hours as well as a unit does
    let bounded = f.split_whitespace().all(|w| {
        w.chars().all(|c| c.is_ascii_digit())
            || [
                "minimaal", "maximaal", "min.", "max.", "tussen", "circa", "ca.", "tot", "en", "-",
                "–",
            ]
            .contains(&w)
    }) && f.contains(|c: char| c.is_ascii_digit());
    if !unit && !bounded && !f.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    // "4 dagen per week", "0,8 fte": days and fte are no hours
    if !f.contains("uur") && !f.contains("hour") && (f.contains("dag") || f.contains("fte")) {
        return None;
    }
    if !find_dates(v).is_empty() || f.contains("maand") || f.contains('€') {
        return None;
    }
    // "3 dagen (24 uur)", "0,8 fte (circa 29 uur)", "2 kandidaten, elk 36
    // uur": with days, fte or people beside them, only the numbers of hours
    let v = &match (
        ["dag", "fte", "kandidat", "professional", "person"]
            .iter()
            .any(|w| f.contains(w)),
        UREN.find_iter(v).map(|m| m.as_str()).collect::<Vec<_>>(),
    ) {
        (true, found) if !found.is_empty() => found.join(" - "),
        _ => v.to_string(),
    };
    let nums: Vec<u32> = NUMBERS
        .find_iter(v)
        .filter_map(|m| m.as_str().parse().ok())
        .filter(|n| (1..=80).contains(n))
        .collect();
    match nums.as_slice() {
        [] => None,
        [n] if f.contains("max") || f.contains("tot ") || f.contains("hooguit") => {
            Some((None, Some(*n)))
        }
        [n] if f.contains("min") || f.contains("vanaf") || f.contains("at least") => {
            Some((Some(*n), None))
        }
        [n] => Some((Some(*n), Some(*n))),
        [a, b, ..] => Some((Some(*a.min(b)), Some(*a.max(b)))),
    }
}

/// The hours without a clause after them that names no hours: "28 uur
/// per week, inclusief deelname aan het rooster (circa 1 x per 6 weken)"
/// is 28, the roster's figures are no hours.
fn after_hours_clause(v: &str) -> &str {
    let f = v.to_ascii_lowercase();
    let Some(unit) = ["uur", "hours", "hour", "p/w", "u/w", "per week"]
        .iter()
        .filter_map(|u| f.find(u))
        .min()
    else {
        return v;
    };
    if !f[..unit].contains(|c: char| c.is_ascii_digit()) {
        return v;
    }
    match f[unit..].find([',', '(', ';']).map(|i| unit + i) {
        Some(cut)
            if !["uur", "hour", "fte", "dag", "day"]
                .iter()
                .any(|u| f[cut..].contains(u))
                && v.is_char_boundary(cut) =>
        {
            &v[..cut]
        }
        _ => v,
    }
}

/// A value that says there is none: "-", "n.v.t.", "onbekend", "Unknown".
pub fn is_none_value(v: &str) -> bool {
    let f = fold(v.trim());
    f.is_empty()
        || f.chars()
            .all(|c| matches!(c, '-' | '–' | '—' | '/' | '.' | ' '))
        || [
            "nvt",
            "n.v.t",
            "onbekend",
            "unknown",
            "tbd",
            "nader te bepalen",
            "in overleg",
        ]
        .iter()
        .any(|w| f.trim_end_matches('.') == *w)
}

/// Hours per week as (min, max), either side open.
pub type HoursRange = (Option<u32>, Option<u32>);

/// A short value such as an education level ("HBO", "HBO+", "WO").
pub fn short_value(v: &str) -> Option<String> {
    let v = v.trim().trim_end_matches('.');
    (!v.is_empty() && v.chars().count() <= 40 && !v.contains(". ")).then(|| v.to_string())
}

/// "Ja" / "Nee".
pub fn yes_no(v: &str) -> Option<bool> {
    match fold(v).split_whitespace().next()? {
        "ja" | "yes" => Some(true),
        "nee" | "no" => Some(false),
        _ => None,
    }
}

/// A date (the value may hold a time too).
pub fn date(v: &str) -> Option<NaiveDate> {
    first_date(v).map(|d| d.date)
}

/// A time of day (the digits of a date, "15.07.2025", are not one).
pub fn time(v: &str) -> Option<NaiveTime> {
    let mut without_dates = v.to_string();
    for d in find_dates(v).iter().rev() {
        without_dates.replace_range(d.span.clone(), " ");
    }
    // "10u": an hour alone with its "u"
    let bare = without_dates.trim().trim_end_matches(['.', ',']);
    if let Some(h) = bare
        .strip_suffix('u')
        .and_then(|h| h.trim().parse::<u32>().ok())
    {
        return NaiveTime::from_hms_opt(h, 0, 0);
    }
    first_time(&without_dates).map(|t| t.0).or_else(|| {
        // "vr 13/03/2026 10u": after a date, an hour with its "u"
        static HOUR_U: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?i)(?:^|\s)([01]?\d|2[0-3])u(?:\s|$)").expect("static pattern")
        });
        let h: u32 = HOUR_U
            .captures(&without_dates)?
            .get(1)?
            .as_str()
            .parse()
            .ok()?;
        NaiveTime::from_hms_opt(h, 0, 0)
    })
}

/// The region: a province named in the value, else the value as written
/// when it is short.
pub fn region(v: &str) -> Option<String> {
    region_province(v).or_else(|| short_value(v).filter(|s| s.split_whitespace().count() <= 4))
}

/// The province a region's value names ("Utrecht", "DrentheAssen…").
pub fn region_province(v: &str) -> Option<String> {
    province_in(v)
        .map(str::to_string)
        .or_else(|| glued_province(v).map(str::to_string))
}

/// A province a page glued to the next value ("DrentheAssenGeplaatst op …").
fn glued_province(v: &str) -> Option<&'static str> {
    let v = v.trim();
    super::regions::PROVINCES.iter().copied().find(|p| {
        v.strip_prefix(p)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_uppercase)
    })
}

/// The functieschaal as written: "11", "10-11", "" (empty) or None when the
/// posting has no scale sentence at all.
pub fn scale(flat: &str) -> Option<String> {
    static SCALE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:(?:functie|salaris|referentie)?schaal(?:indicatie|niveau)?(?:\s+ter\s+referentie)?|(?:pay |salary |job )?scale)\s*:?\s*(\d{1,3}(?:\s*(?:-|–|t/m|tot|of|en|to|/)\s*\d{1,3})?)?")
            .expect("static pattern")
    });
    let mut empty_seen = false;
    for c in SCALE.captures_iter(flat) {
        match c.get(1) {
            Some(m) => {
                // lowest first, once: "11-10" and "10 - 10" are "10-11" and "10"
                let nums: Vec<u32> = m
                    .as_str()
                    .split(|ch: char| !ch.is_ascii_digit())
                    .filter_map(|s| s.parse().ok())
                    .collect();
                let (lo, hi) = (*nums.iter().min()?, *nums.iter().max()?);
                return Some(if lo == hi {
                    lo.to_string()
                } else {
                    format!("{lo}-{hi}")
                });
            }
            None => {
                let whole = c
                    .get(0)
                    .map(|m| m.as_str().to_lowercase())
                    .unwrap_or_default();
                if whole.contains("functieschaal") || whole.contains("salarisschaal") {
                    empty_seen = true;
                }
            }
        }
    }
    empty_seen.then(String::new)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::posting::request_number::{letter_reference, request_number_in_prose};

    #[test]
    fn a_region_glued_to_the_next_value() {
        assert_eq!(
            region("ZeelandMiddelburgGeplaatst op 1-12-2026").as_deref(),
            Some("Zeeland")
        );
    }

    #[test]
    fn hours_forms() {
        assert_eq!(hours("20 tot 28 uur"), Some((Some(20), Some(28))));
        assert_eq!(hours("24 - 28 uur"), Some((Some(24), Some(28))));
        assert_eq!(hours("32 uur"), Some((Some(32), Some(32))));
        assert_eq!(hours("Samen max 32 uur"), Some((None, Some(32))));
        assert_eq!(hours("minimaal 16 uur"), Some((Some(16), None)));
        assert_eq!(
            hours("28 uur per week, inclusief deelname aan het rooster (circa 1 x per 6 weken)"),
            Some((Some(28), Some(28)))
        );
        assert_eq!(hours("24 uur, max 32 uur"), Some((Some(24), Some(32))));
        assert_eq!(hours("28 p/w (4 x 7)"), Some((Some(28), Some(28))));
        assert_eq!(hours("veel"), None);
        assert_eq!(hours("minimaal 20 maximaal 24"), Some((Some(20), Some(24))));
        assert_eq!(hours("minimaal 2 jaar"), None);
        assert_eq!(hours("0,8 fte (circa 29 uur)"), Some((Some(29), Some(29))));
        assert_eq!(
            hours("2 kandidaten, elk 36 uur per week"),
            Some((Some(36), Some(36)))
        );
        assert_eq!(
            hours("36 uur per week. Inschaling van de functie: schaal 12."),
            Some((Some(36), Some(36)))
        );
        assert_eq!(
            request_number_in_prose("staat op het portaal onder nummer AB-2027-12. Zie").as_deref(),
            Some("AB-2027-12")
        );
        assert_eq!(request_number_in_prose("onder nummer drie"), None);
        assert_eq!(
            request_number_in_prose("onder vermelding van vacaturenummer 2026-041 naar HRM")
                .as_deref(),
            Some("2026-041")
        );
        assert_eq!(request_number_in_prose("kenmerk 2026 en verder"), None);
        assert_eq!(
            request_number_in_prose("aanvraagnummer EMN-2026-221 bij").as_deref(),
            Some("EMN-2026-221")
        );
        assert_eq!(
            letter_reference("Vlissingen. Ons kenmerk: VLI/2026/INH/0177 Onderwerp").as_deref(),
            Some("VLI/2026/INH/0177")
        );
        assert_eq!(
            request_number_in_prose("Ons kenmerk voor deze opdracht is PDR-INH-2026-0312; vermeld")
                .as_deref(),
            Some("PDR-INH-2026-0312")
        );
        assert_eq!(
            hours("28 (verdeeld over 4 dagen)"),
            Some((Some(28), Some(28)))
        );
        assert_eq!(
            hours("16 uur per week, verdeeld over minimaal 2 dagen"),
            Some((Some(16), Some(16)))
        );
    }

    #[test]
    fn more_hours_forms() {
        assert_eq!(hours("32 hours per week"), Some((Some(32), Some(32))));
        assert_eq!(hours("24 hrs/week"), Some((Some(24), Some(24))));
        assert_eq!(hours("16 per week"), Some((Some(16), Some(16))));
        assert_eq!(hours("9 tot 18"), Some((Some(9), Some(18))));
        assert_eq!(hours("1 april 2026"), None);
        assert_eq!(hours("4 dagen per week"), None);
        assert_eq!(
            hours("3 dagen (24 uur) per week"),
            Some((Some(24), Some(24)))
        );
        assert_eq!(hours("0,8 fte"), None);
        assert_eq!(hours("36 (1,0 fte)"), Some((Some(36), Some(36))));
        assert_eq!(hours("16 per week (2 dagen)"), Some((Some(16), Some(16))));
        assert_eq!(hours("24-32 (3 à 4 dagen)"), Some((Some(24), Some(32))));
        assert_eq!(
            hours("24 - 32 uur (3 tot 4 dagen)"),
            Some((Some(24), Some(32)))
        );
        assert_eq!(
            hours("28 per week, waarvan 2 dagen op kantoor"),
            Some((Some(28), Some(28)))
        );
    }

    #[test]
    fn hour_with_u_after_a_date() {
        assert_eq!(time("vr 13/03/2026 10u"), NaiveTime::from_hms_opt(10, 0, 0));
        assert_eq!(time("13/03/2026"), None);
    }

    #[test]
    fn start_forms() {
        assert_eq!(start("Z.s.m."), Some((None, true)));
        assert_eq!(
            start("1 augustus 2026"),
            Some((NaiveDate::from_ymd_opt(2026, 8, 1), false))
        );
        assert_eq!(start("onbekend"), None);
    }

    #[test]
    fn scales() {
        assert_eq!(
            scale("ingedeeld in functieschaal 11. Deze"),
            Some("11".into())
        );
        assert_eq!(
            scale("ingedeeld in functieschaal . Deze functieschaal is"),
            Some(String::new())
        );
        assert_eq!(scale("Salarisschaal: 10 - 11"), Some("10-11".into()));
        assert_eq!(scale("schaal 11 - 10"), Some("10-11".into()));
        assert_eq!(scale("functieschaal 09 of 9"), Some("9".into()));
        assert_eq!(scale("geen woord"), None);
        // English postings
        assert_eq!(scale("Job scale: 11"), Some("11".into()));
        assert_eq!(
            scale("Salary scale: comparable to scale 11 (Cao Provincies)"),
            Some("11".into())
        );
        assert_eq!(scale("on a scale of 1 to 5"), None);
    }
}
