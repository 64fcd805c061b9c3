//! Parsing filter arguments as users type them: `9-11`, `14d`, `48h`, `2w`.

use chrono::Duration;

/// A scale range: `9-11` or a single `10` (same low and high).
pub fn parse_scale(s: &str) -> Result<(u32, u32), String> {
    let bad = || format!("invalid scale '{s}' (use e.g. 10 or 9-11)");
    let (lo, hi) = match s.split_once('-') {
        Some((a, b)) => (
            a.trim().parse().map_err(|_| bad())?,
            b.trim().parse().map_err(|_| bad())?,
        ),
        None => {
            let v = s.trim().parse().map_err(|_| bad())?;
            (v, v)
        }
    };
    if lo > hi {
        return Err(bad());
    }
    Ok((lo, hi))
}

/// A period: a whole number followed by `h` (hours), `d` (days) or `w` (weeks).
pub fn parse_due(s: &str) -> Result<Duration, String> {
    let bad = || format!("invalid period '{s}' (use e.g. 48h, 14d or 2w)");
    let t = s.trim().to_ascii_lowercase();
    let unit = t.chars().last().ok_or_else(bad)?;
    let n: i64 = t[..t.len() - unit.len_utf8()].parse().map_err(|_| bad())?;
    if !(0..=100_000).contains(&n) {
        return Err(bad());
    }
    match unit {
        'h' => Ok(Duration::hours(n)),
        'd' => Ok(Duration::days(n)),
        'w' => Ok(Duration::weeks(n)),
        _ => Err(bad()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales() {
        assert_eq!(parse_scale("9-11"), Ok((9, 11)));
        assert_eq!(parse_scale("10"), Ok((10, 10)));
        assert!(parse_scale("11-9").is_err());
        assert!(parse_scale("x").is_err());
    }

    #[test]
    fn periods() {
        assert_eq!(parse_due("14d"), Ok(Duration::days(14)));
        assert_eq!(parse_due("48h"), Ok(Duration::hours(48)));
        assert_eq!(parse_due("2w"), Ok(Duration::weeks(2)));
        assert!(parse_due("d").is_err());
        assert!(parse_due("3x").is_err());
        assert!(parse_due("").is_err());
        assert!(parse_due("€").is_err());
    }
}
