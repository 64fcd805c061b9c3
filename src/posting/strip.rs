//! Facts in a posting's header that carry no label: sites show them as a
//! strip of values whose form says what each is ("100 20 Gelderland" is
//! rate, hours and province; "max €100 per uur" a rate; "36 uur p/w" or a
//! title ending in "27u/w" the hours; a province alone on a line the region).
//!
//! Only the header is read (the lines before the first long paragraph or
//! section heading), and only where no label gave the fact.

use super::dates::find_dates;
use super::header::HoursRange;
use super::lines::{Line, LineKind, heading_section};
use super::normalize::fold;
use super::period::{self, Period};
use super::rate::{self, RateValue};
use super::regions::province_in;
use regex::Regex;
use std::collections::HashSet;
use std::sync::LazyLock;

/// Hours with a weekly unit: "36 uur p/w", "24 - 28 uur per week", "27u/w",
/// "32-36 u/pw", "24 hrs/week"; a bare "3 u" at the end of a line is a
/// social post's age ("3 u • 🌐"), no hours.
static WEEKLY_HOURS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,2})(?:\s*(?:-|–|tot|t/m|to|à)\s*(\d{1,2}))?\s*(?:(?:uur|uren|hrs|hours)\s*(?:p/w|per week|/week|pw|/pw|/w|p\.w\.|$)|u\s*(?:p/w|per week|/week|pw|/pw|/w|p\.w\.))(?:\W|$)")
        .expect("static pattern")
});

/// "100 20 Gelderland", "Geen maximum 36 Utrecht": rate, hours, province.
static RATE_HOURS_PROVINCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(\d{2,3}(?:[.,]\d{1,2})?|geen maximum)\s+(\d{1,2})\s+(\S.*)$")
        .expect("static pattern")
});

/// What the header strip says.
#[derive(Debug, Default, PartialEq)]
pub struct Strip {
    pub rate: Option<RateValue>,
    pub hours: Option<HoursRange>,
    pub region: Option<&'static str>,
    /// A line that is only a period: "Van 2026-03-02 tot 2027-03-02".
    pub period: Option<Period>,
}

/// Whether a line holds nothing but a period: two dates and the small
/// words between them.
fn is_period_line(text: &str) -> bool {
    let dates = find_dates(text);
    if dates.len() != 2 {
        return false;
    }
    let mut rest = text.to_string();
    for d in dates.iter().rev() {
        rest.replace_range(d.span.clone(), " ");
    }
    fold(&rest).split_whitespace().all(|w| {
        [
            "van",
            "vanaf",
            "tot",
            "t/m",
            "tot en met",
            "en",
            "met",
            "-",
            "–",
            "→",
            "->",
            "from",
            "to",
            "until",
            "periode",
            "(",
            ")",
        ]
        .contains(&w.trim_matches(['(', ')', ':']))
            || w.trim_matches(['(', ')', ':', '-']).is_empty()
    })
}

/// The index of the first line after the header.
pub fn header_end(lines: &[Line]) -> usize {
    let mut seen = 0;
    let mut titled = false;
    for (i, line) in lines.iter().enumerate() {
        if line.kind == LineKind::Blank {
            continue;
        }
        seen += 1;
        // the page's first heading that names no section is its title,
        // under a line or two ("Open · gepubliceerd …"): the header goes on
        if !titled
            && line.kind == LineKind::Heading
            && heading_section(line) == Some(super::lines::Section::Other)
        {
            titled = true;
            continue;
        }
        // a banner above the title ("Bekijk de opdracht ook op …") is long too
        // (a cookie notice is no banner of the posting)
        let long = line.text.chars().count() > 110
            && seen > 3
            && !line.text.to_lowercase().contains("cookie");
        let section = heading_section(line).is_some() && i > 0 && !in_menu(lines, i);
        if long || section || seen > 40 {
            return i;
        }
    }
    lines.len()
}

/// Whether line `i` is an item of a site's menu: the lines on either side
/// of it are short items too ("Kennisbank" / "Contact" / "Inloggen"), so a
/// section's word there ("Contact") does not end the page's header.
fn in_menu(lines: &[Line], i: usize) -> bool {
    let item = |l: &Line| {
        let t = l.text.trim();
        !t.is_empty()
            && t.split_whitespace().count() <= 3
            && !t.contains(|c: char| c.is_ascii_digit() || c == ':' || c == '€')
    };
    let before = lines[..i].iter().rev().find(|l| l.kind != LineKind::Blank);
    let after = lines[i + 1..].iter().find(|l| l.kind != LineKind::Blank);
    before.is_some_and(item) && after.is_some_and(item)
}

/// Reads the unlabelled values of the header; `label_lines` are skipped.
pub fn read(lines: &[Line], label_lines: &HashSet<usize>) -> Strip {
    let mut strip = Strip::default();
    for (i, line) in lines.iter().enumerate().take(header_end(lines)) {
        if line.kind == LineKind::Blank || label_lines.contains(&i) {
            continue;
        }
        // an icon before the fact ("💶 max € 98,50", "📍 Zwolle (Overijssel)")
        let text = line
            .text
            .trim()
            .trim_start_matches(|c: char| !c.is_alphanumeric() && c != '€' && !c.is_whitespace())
            .trim_start();
        if text.chars().count() > 110 {
            continue; // a paragraph, not a strip
        }
        if let Some(c) = RATE_HOURS_PROVINCE.captures(text)
            && let Some(province) = c.get(3).and_then(|m| province_in(m.as_str()))
        {
            strip.rate = strip
                .rate
                .or_else(|| c.get(1).and_then(|m| rate::rate(m.as_str())));
            strip.hours = strip.hours.or_else(|| {
                let h: u32 = c.get(2)?.as_str().parse().ok()?;
                Some((Some(h), Some(h)))
            });
            strip.region = strip.region.or(Some(province));
            continue;
        }
        if strip.period.is_none() && is_period_line(text) {
            strip.period = period::period(text);
            continue;
        }
        // a strip's end alone ("Z.S.M. · t/m 30-06-2027"): a date, no time
        if strip.period.is_none()
            && let Some(rest) = ["t/m ", "tot en met "]
                .iter()
                .find_map(|m| fold(text).starts_with(m).then(|| &text[m.len()..]))
            && let [only] = find_dates(rest).as_slice()
            && super::dates::first_time(rest).is_none()
            && only.span.end + 2 >= rest.trim_end().len()
        {
            strip.period = Some((None, false, only.date));
            continue;
        }
        if strip.hours.is_none()
            && let Some(c) = WEEKLY_HOURS.captures(text)
        {
            let lo: Option<u32> = c.get(1).and_then(|m| m.as_str().parse().ok());
            let hi: Option<u32> = c.get(2).and_then(|m| m.as_str().parse().ok()).or(lo);
            if lo.is_some_and(|l| (1..=60).contains(&l)) {
                strip.hours = Some((lo.min(hi), hi.max(lo)));
            }
        }
        if strip.rate.is_none() && is_rate_line(text) {
            strip.rate = rate::rate(text);
        }
        // a province alone on its line, or alone in a cell of a strip
        // ("Tijdelijke opdracht · Enschede · Overijssel")
        if strip.region.is_none() && text.chars().count() <= 80 {
            strip.region = text
                .split(['·', '|'])
                .map(str::trim)
                .filter(|cell| cell.chars().count() <= 20)
                .find_map(|cell| {
                    let p = province_in(cell)?;
                    (fold(cell).replace(['-', ' '], "") == fold(p).replace(['-', ' '], ""))
                        .then_some(p)
                });
        }
        if strip.region.is_none() {
            strip.region = place_and_province(text);
        }
    }
    strip
}

/// An item that holds hours and nothing else ("⏰ 32 uur", "- 24-32 uur per
/// week"), anywhere in the text: a social post's or app's fact line (a
/// plain line "36 uur" may be a cell of another posting's summary).
pub fn hours_alone(lines: &[Line]) -> Option<HoursRange> {
    static ONLY_HOURS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(\d{1,2})(?:\s*(?:-|–|tot|à)\s*(\d{1,2}))?\s*(?:uur|uren|hrs|hours)(?:\s*(?:p/w|per week|/week|pw|/w|p\.w\.|in de week|a week))?\.?$")
            .expect("static pattern")
    });
    lines
        .iter()
        .filter(|l| l.kind == LineKind::Bullet)
        .find_map(|line| {
            let text = line
                .text
                .trim()
                .trim_start_matches(|c: char| !c.is_alphanumeric() && !c.is_whitespace())
                .trim();
            let c = ONLY_HOURS.captures(text)?;
            let lo: u32 = c.get(1)?.as_str().parse().ok()?;
            let hi: u32 = c.get(2).and_then(|m| m.as_str().parse().ok()).unwrap_or(lo);
            ((4..=60).contains(&lo) && (lo..=60).contains(&hi)).then_some((Some(lo), Some(hi)))
        })
}

/// "Heerlen, Limburg", "Olympia Overheid · Emmen, Drenthe", "Zwolle
/// (Overijssel)": a short line ending in a place and its province.
fn place_and_province(text: &str) -> Option<&'static str> {
    // "Zwolle (Overijssel)": the province in brackets
    let bracketed = text
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once(" ("))
        .filter(|(place, _)| !place.contains('('));
    let (place, last) = bracketed.or_else(|| text.rsplit_once(", "))?;
    // "Delft, South Holland": the province in any of its spellings
    let p = super::regions::province_named(last)?;
    // "Archimedeslaan 6, Utrecht" is an address, not a place
    let address = place.chars().any(|c| c.is_ascii_digit());
    (!address && text.chars().count() <= 50 && !place.trim().is_empty() && !place.contains(", "))
        .then_some(p)
}

/// A short line that states an hourly rate: "max €100 per uur", "Max 115
/// p/u", "geen max tarief".
fn is_rate_line(text: &str) -> bool {
    let f = fold(text);
    text.chars().count() <= 40
        && !f.contains("bruto")
        && (["per uur", "p/u", "/uur", "per hour", "p.u.", "/u"]
            .iter()
            .any(|u| f.contains(u))
            || f.starts_with("geen max")
            // "max € 98,50" on a line of its own
            || (f.starts_with("max") && text.contains('€'))
            // a strip's cell "€ 85 - € 98", or "€ 95,-" alone
            || EURO_RANGE.is_match(text)
            || EURO_ALONE
                .captures(text)
                .and_then(|c| c[1].parse::<u32>().ok())
                .is_some_and(|e| (40..=250).contains(&e)))
}

/// An amount of an hourly rate's size alone, as a strip's cell: "€ 95,-",
/// "€ 102,50" (never "€ 95.000", a budget).
static EURO_ALONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^€\s*(\d{2,3})(?:,\d{1,2}|,-)?$").expect("static pattern"));

/// A range of two amounts in euros and nothing else: "€ 85 - € 98".
static EURO_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^€\s*\d{2,3}(?:[.,]\d{1,2}|,-)?\s*(?:-|–|tot)\s*€\s*\d{2,3}(?:[.,]\d{1,2}|,-)?$")
        .expect("static pattern")
});

/// The hours a title ends with ("Projectleider Woo 27u/w") and the title
/// without them.
pub fn hours_suffix(title: &str) -> Option<(String, HoursRange)> {
    let c = WEEKLY_HOURS.captures(title)?;
    let all = c.get(0)?;
    if title[all.end()..].trim().len() > 1 {
        return None;
    }
    let lo: Option<u32> = c.get(1).and_then(|m| m.as_str().parse().ok());
    let hi: Option<u32> = c.get(2).and_then(|m| m.as_str().parse().ok()).or(lo);
    let rest = title[..all.start()]
        .trim_end()
        .trim_end_matches(['-', '–', ',', '('])
        .trim_end();
    (!rest.is_empty()).then(|| (rest.to_string(), (lo.min(hi), hi.max(lo))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::posting::lines::split_lines;
    use crate::posting::money::Money;
    use chrono::NaiveDate;

    fn strip(text: &str) -> Strip {
        read(&split_lines(text), &HashSet::new())
    }

    #[test]
    fn rate_hours_province_strip() {
        let s = strip("Titel\n\nSluit over 8 dagen\n100 20 Gelderland\n");
        assert_eq!(s.rate, Some(RateValue::Max(Money(10000))));
        assert_eq!(s.hours, Some((Some(20), Some(20))));
        assert_eq!(s.region, Some("Gelderland"));
        let s = strip("Geen maximum 36 Utrecht");
        assert_eq!(s.rate, Some(RateValue::NoMaximum));
    }

    #[test]
    fn one_item_per_line() {
        let s = strip(
            "Jurist\n\nGemeente Houten\n\nimage\n\ngeen max tarief\n\nUtrecht\n\n32 uur p/w\n\nJuridisch\n",
        );
        assert_eq!(s.rate, Some(RateValue::NoMaximum));
        assert_eq!(s.hours, Some((Some(32), Some(32))));
        assert_eq!(s.region, Some("Utrecht"));
        let s = strip("max €100 per uur\nZuid-Holland\n16 uur p/w");
        assert_eq!(s.rate, Some(RateValue::Max(Money(10000))));
        let s = strip("Adviseur\nTijdelijke opdracht · Almelo · Overijssel\n€ 75 - € 88,50\n");
        assert_eq!(s.rate, Some(RateValue::Max(Money(8850))));
        assert_eq!(s.region, Some("Overijssel"));
    }

    #[test]
    fn a_place_and_its_province() {
        assert_eq!(strip("Jurist\nHeerlen, Limburg\n").region, Some("Limburg"));
        assert_eq!(
            strip("Jurist\nOlympia Overheid · Emmen, Drenthe\n").region,
            Some("Drenthe")
        );
        assert_eq!(strip("Jurist\nAmstel 1, Amsterdam\n").region, None);
        assert_eq!(strip("Jurist\nArchimedeslaan 6, Utrecht\n").region, None);
        // facts on icon lines
        let s = strip("Adviseur Wonen\n📍 Zwolle (Overijssel)\n💶 max € 98,50\n");
        assert_eq!(s.region, Some("Overijssel"));
        assert!(s.rate.is_some());
        let s = strip("Projectleider\nvanaf 4 mei 2026 t/m 31 januari 2027\n");
        assert!(s.period.is_some());
    }

    #[test]
    fn a_period_alone_on_a_line() {
        let s = strip("Projectmanager\nKatwijk\nVan 2026-03-02 tot 2027-03-02\n");
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(s.period, Some((Some(d(2026, 3, 2)), false, d(2027, 3, 2))));
        // a confirmation's card draws the period with an arrow
        let s = strip("Projectmanager\nKatwijk\n1 feb. 2027 → 31 jan. 2028\n");
        assert_eq!(s.period, Some((Some(d(2027, 2, 1)), false, d(2028, 1, 31))));
        assert_eq!(
            strip("Gepubliceerd 1 maart 2026, sluit 9 maart 2026").period,
            None
        );
    }

    #[test]
    fn hours_on_a_line_of_their_own() {
        let lines = split_lines("LinkedIn\n3 u\n\nEen lange alinea over de opdracht.\n⏰ 32 uur\n");
        assert_eq!(hours_alone(&lines), Some((Some(32), Some(32))));
        assert_eq!(hours_alone(&split_lines("3 u\nmin. 3 jaar")), None);
    }

    #[test]
    fn hours_in_a_title() {
        assert_eq!(
            hours_suffix("Projectleider Openbaarmaking Wet open overheid 27u/w"),
            Some((
                "Projectleider Openbaarmaking Wet open overheid".to_string(),
                (Some(27), Some(27))
            ))
        );
        assert_eq!(
            hours_suffix("Adviseur 20-24u/w").map(|x| x.1),
            Some((Some(20), Some(24)))
        );
        assert_eq!(hours_suffix("Adviseur Wmo"), None);
    }

    #[test]
    fn body_text_is_not_a_strip() {
        let long = "a ".repeat(80);
        let s = strip(&format!(
            "Titel\nGemeente X\nAdres 1\n{long}\nGelderland\n36 uur p/w\n"
        ));
        assert_eq!(s, Strip::default());
    }
}
