//! Money in euro cents, and the Dutch ways of writing an amount.
//!
//! Amounts are kept as whole cents (`i64`), never as floating point. In JSON a
//! [`Money`] is written as a number of euros (`77.5`), because that is what
//! scripts and spreadsheets expect.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// An amount of money in euro cents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(pub i64);

impl Money {
    /// Whole euros and cents, e.g. `Money::from_eur_cents(77, 50)`.
    pub const fn from_eur_cents(eur: i64, cents: i64) -> Self {
        Money(eur * 100 + cents)
    }

    /// The amount in euros as a float, for display and JSON only.
    pub fn as_eur(self) -> f64 {
        self.0 as f64 / 100.0
    }

    /// Rounds a euro amount (as typed by a user, e.g. `105` or `77.5`) to cents.
    pub fn from_eur(eur: f64) -> Option<Self> {
        if !eur.is_finite() || eur.abs() > 1e12 {
            return None;
        }
        Some(Money((eur * 100.0).round() as i64))
    }
}

impl fmt::Display for Money {
    /// Dutch notation: `€ 110,-` for whole euros, `€ 77,50` otherwise.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.abs();
        let (eur, cents) = (abs / 100, abs % 100);
        if cents == 0 {
            write!(f, "€ {sign}{eur},-")
        } else {
            write!(f, "€ {sign}{eur},{cents:02}")
        }
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.as_eur())
    }
}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let eur = f64::deserialize(d)?;
        Money::from_eur(eur).ok_or_else(|| serde::de::Error::custom("amount out of range"))
    }
}

/// Parses one Dutch amount at the start of `s` (after an optional `€`/`EUR`):
/// `€ 77,50`, `€110,-`, `€ 1.234,56`, `125`, `119,99`. Returns the amount and
/// the number of bytes consumed.
pub fn parse_amount_prefix(s: &str) -> Option<(Money, usize)> {
    let bytes = s.as_bytes();
    let mut i = 0;
    let mut euros: i64 = 0;
    let mut digits = 0;
    let mut group_digits = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit() {
            euros = euros.checked_mul(10)?.checked_add(i64::from(b - b'0'))?;
            digits += 1;
            group_digits += 1;
            i += 1;
        } else if b == b'.'
            && digits > 0
            && group_digits <= 3
            && bytes.len() >= i + 4
            && bytes[i + 1..i + 4].iter().all(u8::is_ascii_digit)
            && bytes.get(i + 4).is_none_or(|c| !c.is_ascii_digit())
        {
            // thousands separator: "1.234"
            group_digits = 0;
            i += 1;
        } else {
            break;
        }
    }
    if digits == 0 {
        return None;
    }
    // "112.50": a point before exactly two digits is a decimal point
    if bytes.get(i) == Some(&b'.')
        && bytes.len() >= i + 3
        && bytes[i + 1..i + 3].iter().all(u8::is_ascii_digit)
        && bytes.get(i + 3).is_none_or(|c| !c.is_ascii_digit())
    {
        let cents = i64::from(bytes[i + 1] - b'0') * 10 + i64::from(bytes[i + 2] - b'0');
        return Some((Money(euros.checked_mul(100)? + cents), i + 3));
    }
    let mut cents = 0;
    if bytes.get(i) == Some(&b',') {
        match (bytes.get(i + 1), bytes.get(i + 2)) {
            (Some(b'-'), _) => i += 2,
            (Some(a), Some(b)) if a.is_ascii_digit() && b.is_ascii_digit() => {
                cents = i64::from(a - b'0') * 10 + i64::from(b - b'0');
                i += 3;
            }
            (Some(a), _) if a.is_ascii_digit() => {
                cents = i64::from(a - b'0') * 10;
                i += 2;
            }
            _ => {}
        }
    } else if s[i..].starts_with(",–") {
        i += ",–".len();
    }
    Some((Money(euros.checked_mul(100)? + cents), i))
}

/// Finds every amount written with a euro sign (`€ 110,-`, `€77,50`,
/// `EUR 95`) in `text`, in order.
pub fn find_euro_amounts(text: &str) -> Vec<Money> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(pos) = find_euro_marker(rest) {
        let (marker_len, after) = pos;
        let tail = rest[after..].trim_start_matches([' ', '\u{a0}']);
        let skipped = rest[after..].len() - tail.len();
        if let Some((m, used)) = parse_amount_prefix(tail) {
            out.push(m);
            rest = &rest[after + skipped + used..];
        } else {
            rest = &rest[after.max(marker_len)..];
        }
    }
    out
}

/// Returns (marker length, byte offset just after the marker) of the next `€` or `EUR`.
fn find_euro_marker(s: &str) -> Option<(usize, usize)> {
    let euro = s.find('€').map(|p| (p, '€'.len_utf8()));
    let eur = s.find("EUR").map(|p| (p, 3));
    let (p, len) = match (euro, eur) {
        (Some(a), Some(b)) => {
            if a.0 <= b.0 {
                a
            } else {
                b
            }
        }
        (Some(a), None) => a,
        (None, Some(b)) => b,
        (None, None) => return None,
    };
    Some((len, p + len))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_amounts() {
        assert_eq!(parse_amount_prefix("77,50 excl"), Some((Money(7750), 5)));
        assert_eq!(
            parse_amount_prefix("110,- exclusief"),
            Some((Money(11000), 5))
        );
        assert_eq!(parse_amount_prefix("1.234,56"), Some((Money(123456), 8)));
        assert_eq!(parse_amount_prefix("125"), Some((Money(12500), 3)));
        assert_eq!(parse_amount_prefix("119,99"), Some((Money(11999), 6)));
        assert_eq!(parse_amount_prefix("2,25 per"), Some((Money(225), 4)));
        assert_eq!(parse_amount_prefix("abc"), None);
    }

    #[test]
    fn finds_amounts_after_euro_signs() {
        let t = "Uurtarief tussen €120,- en €125,-; (5 punten) of € 77,50 of EUR 95";
        assert_eq!(
            find_euro_amounts(t),
            vec![Money(12000), Money(12500), Money(7750), Money(9500)]
        );
        assert_eq!(find_euro_amounts("€\u{a0}110,-"), vec![Money(11000)]);
        assert!(find_euro_amounts("€ ").is_empty());
    }

    #[test]
    fn displays_dutch() {
        assert_eq!(Money(11000).to_string(), "€ 110,-");
        assert_eq!(Money(7750).to_string(), "€ 77,50");
    }

    #[test]
    fn huge_numbers_do_not_overflow() {
        assert_eq!(parse_amount_prefix("99999999999999999999999"), None);
    }
}
