//! How many weeks a posting runs, and how many more its extension options
//! add, read from what the posting says: a start and end date, or a
//! duration in words ("6 maanden", "26 weken", "1 jaar"), and options such
//! as "2 x 3 maand(en)" or "2 maal 3 maanden". A month is 52/12 weeks.

use crate::posting::Posting;
use regex::Regex;
use std::sync::LazyLock;

const WEEKS_PER_MONTH: f64 = 52.0 / 12.0;

static AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(\d+(?:[.,]\d+)?)\s*(maand|mnd|week|weken|jaar|jaren)").expect("valid regex")
});

static OPTIONS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(\d+)\s*(?:x|×|maal|keer)\s*(\d+(?:[.,]\d+)?)\s*(maand|mnd|week|weken|jaar|jaren)",
    )
    .expect("valid regex")
});

fn weeks_of(n: &str, unit: &str) -> Option<f64> {
    let n: f64 = n.replace(',', ".").parse().ok()?;
    let unit = unit.to_lowercase();
    Some(if unit.starts_with("maand") || unit == "mnd" {
        n * WEEKS_PER_MONTH
    } else if unit.starts_with("we") {
        n
    } else {
        n * 52.0
    })
}

/// Weeks of the first period named in `text` ("6 maanden" → 26).
pub fn weeks_in(text: &str) -> Option<f64> {
    let c = AMOUNT.captures(text)?;
    weeks_of(&c[1], &c[2])
}

/// Weeks the extension options add ("2 x 3 maand(en)" → 26); a single
/// period without a count ("optie op 6 maanden") counts once.
pub fn option_weeks(text: &str) -> Option<f64> {
    match OPTIONS.captures(text) {
        Some(c) => {
            let times: f64 = c[1].parse().ok()?;
            Some(times * weeks_of(&c[2], &c[3])?)
        }
        None => weeks_in(text),
    }
}

/// The posting's weeks: from start to end date when both are given, else
/// its duration in words.
pub fn weeks(p: &Posting) -> Option<f64> {
    if let (Some(s), Some(e)) = (p.start_date, p.end_date)
        && e > s
    {
        return Some((e - s).num_days() as f64 / 7.0);
    }
    p.duration.as_deref().and_then(weeks_in)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_in_words() {
        assert_eq!(weeks_in("6 maanden"), Some(26.0));
        assert_eq!(weeks_in("26 weken"), Some(26.0));
        assert_eq!(weeks_in("1 jaar"), Some(52.0));
        assert_eq!(weeks_in("z.s.m."), None);
        assert_eq!(option_weeks("2 x 3 maand(en)"), Some(26.0));
        assert_eq!(option_weeks("2 maal 3 maand(en)"), Some(26.0));
        assert_eq!(
            option_weeks("optie tot verlenging met 6 maanden"),
            Some(26.0)
        );
        assert_eq!(option_weeks("geen"), None);
    }

    #[test]
    fn dates_come_before_words() {
        let p = Posting {
            start_date: chrono::NaiveDate::from_ymd_opt(2026, 8, 3),
            end_date: chrono::NaiveDate::from_ymd_opt(2026, 10, 26),
            duration: Some("6 maanden".into()),
            ..Posting::default()
        };
        assert_eq!(weeks(&p), Some(12.0));
        let p = Posting {
            duration: Some("3 maanden".into()),
            ..Posting::default()
        };
        assert_eq!(weeks(&p), Some(13.0));
    }
}
