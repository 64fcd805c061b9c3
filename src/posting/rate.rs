//! The maximum hourly rate as a header or strip states it: "100", "€140 per
//! uur", "€95 - €105 per uur", "Max 115 p/u", and the explicit "Geen
//! maximum", which is not the same as saying nothing.

use super::header::is_none_value;
use super::money::{Money, parse_amount_prefix};
use super::normalize::fold;

/// What a rate value says about the maximum hourly rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RateValue {
    /// The highest rate a bid may have.
    Max(Money),
    /// The posting says there is no maximum ("Geen maximum").
    NoMaximum,
}

/// A rate value: "100", "€140 per uur", "€95 - €105 per uur" (the top of
/// the range), "max €100 per uur", "Max 115 p/u", "Geen maximum", "geen max
/// tarief". Monthly salaries ("1938 - 3063", "per maand") and amounts
/// outside 20..=400 euros an hour are no hourly rate.
pub fn rate(v: &str) -> Option<RateValue> {
    let f = fold(v);
    if f.starts_with("geen max") || f.contains("no maximum") || f.starts_with("onbeperkt") {
        return Some(RateValue::NoMaximum);
    }
    if is_none_value(v) || f.contains("maand") || f.contains("month") || f.contains("jaar") {
        return None;
    }
    if v.chars().count() > 60 {
        return None;
    }
    let mut best: Option<Money> = None;
    let mut i = 0;
    while i < v.len() {
        let rest = &v[i..];
        let starts_number = rest.starts_with(|c: char| c.is_ascii_digit())
            && !v[..i].ends_with(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
        if starts_number && let Some((m, used)) = parse_amount_prefix(rest) {
            if !(2000..=40000).contains(&m.0) {
                return None;
            }
            best = Some(best.map_or(m, |b: Money| b.max(m)));
            i += used.max(1);
            continue;
        }
        i += rest.chars().next().map_or(1, char::len_utf8);
    }
    best.map(RateValue::Max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates() {
        let max = |e: i64| Some(RateValue::Max(Money(e * 100)));
        assert_eq!(rate("100"), max(100));
        assert_eq!(rate("€95 - €105 per uur"), max(105));
        assert_eq!(rate("max €100 per uur"), max(100));
        assert_eq!(rate("Max 115 p/u"), max(115));
        assert_eq!(rate("€ 92,50 per uur"), Some(RateValue::Max(Money(9250))));
        assert_eq!(rate("Geen maximum"), Some(RateValue::NoMaximum));
        assert_eq!(rate("geen max tarief"), Some(RateValue::NoMaximum));
        assert_eq!(rate("1938 - 3063"), None);
        assert_eq!(rate("Unknown"), None);
        assert_eq!(rate("€ 4.500 per maand"), None);
    }
}
