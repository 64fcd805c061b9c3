//! Dates an app or chat writes as a weekday and day/month without a year
//! ("ma 11/1", "vr 18/12, 12:00", "woensdag 16/12"): day first, as Dutch
//! writes them. [`repair`] writes the month out ("ma 11 januari"), so the
//! readers of yearless dates (`yearless.rs`) give them their year. A
//! fraction or a thread mark ("3/6") has no weekday before it and is left.
//! An issue tracker's d/Mon/yy ("07/Jan/27") and a spreadsheet's d-Mon
//! ("4-jan", "30-jul-27") are written out, with their year where given.

use super::dates::MONTHS;
use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// A weekday, then d/m not followed by a year or another digit.
static WEEKDAY_SLASH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\.?\s+([0-3]?\d)/([01]?\d)\b([^/\d]|$)",
    )
    .expect("static pattern")
});

/// d/Mon/yy, as an issue tracker prints a date ("07/Jan/27 10:00 AM").
static MONTH_SLASH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b([0-3]?\d)/([A-Za-z]{3,4})/(\d{4}|\d{2})\b").expect("static pattern")
});

/// d-Mon with or without a year, as a spreadsheet shows a date ("4-jan",
/// "30-jul-27", "15-dec-2026"); not followed by a letter or a digit.
static MONTH_DASH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b([0-3]?\d)-([A-Za-z]{3,4})\.?(?:-(\d{4}|\d{2}))?([^\w-]|$)")
        .expect("static pattern")
});

/// A word that puts a date after it ("reageren vóór 11-12 12:00",
/// "gesprekken 15-12 (Groningen)"), then d-m or d/m with no year, then a
/// time, a bracket, a comma or the end of the line: no fraction ("voor 2/3
/// van de uren") is followed so.
static CUED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?im)\b(vóór|voor|uiterlijk|deadline|sluit|sluitingsdatum|gesprekk?en|gesprek|interviews?|t/m|tm|tot en met|tot|antwoorden|start|startdatum|eind|einde|einddatum)(:?\s+)([0-3]?\d)[-/]([01]?\d)([ \t]+(?:om[ \t]+)?[012]?\d[:.][0-5]\d|[ \t]*[,(]|[ \t]*$)",
    )
    .expect("static pattern")
});

/// The text with each weekday's d/m, each cued d-m, and each d/Mon/yy,
/// written as day and month name ("ma 11 januari", "vóór 11 december 12:00",
/// "7 januari 2027").
pub fn repair(text: &str) -> Cow<'_, str> {
    let mut text = Cow::Borrowed(text);
    for step in [spaced, month_dash, month_slash, weekday_slash, cued] {
        if let Cow::Owned(t) = step(&text) {
            text = Cow::Owned(t);
        }
    }
    text
}

/// A date a site builder spaced out ("14 - 12 - 2026", "18 / 12 / 2026"):
/// day, month and a four-figure year, each separator with spaces around it.
static SPACED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b([0-3]?\d) ([-/.]) ([01]?\d) ([-/.]) ((?:19|20)\d\d)\b").expect("static pattern")
});

fn spaced(text: &str) -> Cow<'_, str> {
    if !text.contains(" - ") && !text.contains(" / ") && !text.contains(" . ") {
        return Cow::Borrowed(text);
    }
    SPACED.replace_all(text, |c: &regex::Captures| {
        if c[2] == c[4] {
            format!("{}{}{}{}{}", &c[1], &c[2], &c[3], &c[4], &c[5])
        } else {
            c[0].to_string()
        }
    })
}

fn month_dash(text: &str) -> Cow<'_, str> {
    if !text.contains('-') {
        return Cow::Borrowed(text);
    }
    MONTH_DASH.replace_all(text, |c: &regex::Captures| {
        let day: u32 = c[1].parse().unwrap_or(0);
        let month = month_named(&c[2]);
        match month {
            Some(m) if (1..=31).contains(&day) => {
                let year = c
                    .get(3)
                    .map_or(String::new(), |y| format!(" {}", full_year(y.as_str())));
                format!("{day} {}{year}{}", month_name(m), &c[4])
            }
            _ => c[0].to_string(),
        }
    })
}

fn cued(text: &str) -> Cow<'_, str> {
    CUED.replace_all(text, |c: &regex::Captures| {
        let day: u32 = c[3].parse().unwrap_or(0);
        let month: usize = c[4].parse().unwrap_or(0);
        if !(1..=31).contains(&day) || !(1..=12).contains(&month) {
            return c[0].to_string();
        }
        format!("{}{}{day} {}{}", &c[1], &c[2], month_name(month), &c[5])
    })
}

fn month_slash(text: &str) -> Cow<'_, str> {
    if !text.contains('/') {
        return Cow::Borrowed(text);
    }
    MONTH_SLASH.replace_all(text, |c: &regex::Captures| {
        let day: u32 = c[1].parse().unwrap_or(0);
        let month = month_named(&c[2]);
        match month {
            Some(m) if (1..=31).contains(&day) => {
                let year = full_year(&c[3]);
                format!("{day} {} {year}", month_name(m))
            }
            _ => c[0].to_string(),
        }
    })
}

fn weekday_slash(text: &str) -> Cow<'_, str> {
    WEEKDAY_SLASH.replace_all(text, |c: &regex::Captures| {
        let day: u32 = c[2].parse().unwrap_or(0);
        let month: usize = c[3].parse().unwrap_or(0);
        if !(1..=31).contains(&day) || !(1..=12).contains(&month) {
            return c[0].to_string();
        }
        format!("{} {day} {}{}", &c[1], month_name(month), &c[4])
    })
}

/// A month's number from its name or abbreviation ("Jan", "jul").
fn month_named(name: &str) -> Option<usize> {
    MONTHS
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, m)| *m as usize)
}

/// A year in four digits ("27" gives "2027").
fn full_year(y: &str) -> String {
    if y.len() == 2 {
        format!("20{y}")
    } else {
        y.to_string()
    }
}

/// A month's full Dutch name: the first the month table gives for it.
fn month_name(month: usize) -> &'static str {
    MONTHS
        .iter()
        .find(|(_, n)| *n as usize == month)
        .map_or("", |(name, _)| name)
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn a_weekday_with_day_and_month_gets_its_month_name() {
        assert_eq!(
            repair("Start di 2/3 · sluit do 25/2, 17:00"),
            "Start di 2 maart · sluit do 25 februari, 17:00"
        );
        assert_eq!(repair("zaterdag 4/10"), "zaterdag 4 oktober");
        assert_eq!(
            repair("Sluitingsdatum:\t07/Jan/27 10:00 AM, start 01/Feb/2027"),
            "Sluitingsdatum:\t7 januari 2027 10:00 AM, start 1 februari 2027"
        );
        assert_eq!(repair("werk 24/Uur/27"), "werk 24/Uur/27");
        assert_eq!(
            repair("Start\t4-jan\tEind\t30-jul-27\tSluit\t15-dec-2026 10:00"),
            "Start\t4 januari\tEind\t30 juli 2027\tSluit\t15 december 2026 10:00"
        );
        assert_eq!(repair("Vragen tm 9-12 12:00"), "Vragen tm 9 december 12:00");
        assert_eq!(repair("de A12-afrit en 3-mrtx"), "de A12-afrit en 3-mrtx");
    }

    #[test]
    fn a_spaced_out_date_is_closed_up() {
        assert_eq!(
            repair("Sluiting :     14 - 12 - 2026   om 16.00 uur"),
            "Sluiting :     14-12-2026   om 16.00 uur"
        );
        assert_eq!(repair("2020 - 12 - 2026"), "2020 - 12 - 2026");
        assert_eq!(repair("pagina 3 - 4 / 2026"), "pagina 3 - 4 / 2026");
    }

    #[test]
    fn a_date_with_its_year_or_a_fraction_is_left() {
        assert_eq!(
            repair("vr 3/4/2026 en 2/6 van de draad"),
            "vr 3/4/2026 en 2/6 van de draad"
        );
        assert_eq!(repair("ma 40/2"), "ma 40/2");
        assert_eq!(repair("voor 2/3 van de uren"), "voor 2/3 van de uren");
    }

    #[test]
    fn a_cued_day_and_month_gets_its_month_name() {
        assert_eq!(
            repair("📅 reageren vóór 11-12 12:00\n🗣️ gesprekken 15-12 (Groningen)"),
            "📅 reageren vóór 11 december 12:00\n🗣️ gesprekken 15 december (Groningen)"
        );
        assert_eq!(
            repair("sluit 14-12-2026 om 12:00"),
            "sluit 14-12-2026 om 12:00"
        );
    }

    #[test]
    fn a_text_that_dates_nothing_in_full_is_read_as_of_the_day_it_is_read() {
        let text = "Toezichthouder Bouw- en Woningtoezicht\nGemeente Hardenberg\n\
                    Start ma 11/1\nReageren vóór vr 18/12, 12:00\nKnock-outcriteria:\n\
                    • minimaal 3 jaar ervaring\n";
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 4).expect("a date");
        let p = crate::posting::parse_on(text, today).expect("a posting");
        let deadline = p.deadline.expect("a deadline").naive_local();
        assert_eq!(deadline.to_string(), "2026-12-18 12:00:00");
        assert_eq!(
            p.start_date.map(|d| d.to_string()).as_deref(),
            Some("2027-01-11")
        );
        // without the day it is read, a weekday's day and month has no year
        assert!(
            crate::posting::parse(text)
                .expect("a posting")
                .deadline
                .is_none()
        );
    }
}
