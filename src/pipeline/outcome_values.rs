//! Reading the values of an outcome as a person types them (the command
//! line's flags and the interface's outcome form share these): points
//! (`85`, `72,5`), whole counts from 1, a rate in euros, a date. Each error
//! says what the value should look like; the caller names the field.

use crate::posting::Money;
use chrono::NaiveDate;

/// Points, e.g. `85` or `72,5`.
pub fn points(s: &str) -> Result<f64, String> {
    s.trim()
        .replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|x| x.is_finite())
        .ok_or_else(|| format!("'{s}' is not a number of points, e.g. 85 or 72.5"))
}

/// A whole number from 1, e.g. a rank or a number of candidates.
pub fn count(s: &str) -> Result<u32, String> {
    s.trim()
        .parse::<u32>()
        .ok()
        .filter(|n| *n >= 1)
        .ok_or_else(|| format!("'{s}' is not a whole number from 1, e.g. 2"))
}

/// An hourly rate in euros, e.g. `98.50` or `98,50`.
pub fn rate(s: &str) -> Result<Money, String> {
    s.trim()
        .replace(',', ".")
        .parse::<f64>()
        .ok()
        .and_then(Money::from_eur)
        .ok_or_else(|| format!("'{s}' is not an amount in euros, e.g. 98.50"))
}

/// A day as `YYYY-MM-DD`.
pub fn date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| format!("'{s}' is not a date as YYYY-MM-DD, e.g. 2026-07-20"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_as_typed() {
        assert_eq!(points("72,5"), Ok(72.5));
        assert!(points("veel").unwrap_err().contains("number of points"));
        assert_eq!(count("2"), Ok(2));
        assert!(count("0").is_err());
        assert_eq!(rate("98,50"), Ok(Money(9850)));
        assert!(rate("€").is_err());
        assert!(date("20-07-2026").is_err());
    }
}
