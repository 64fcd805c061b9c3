//! The *functieschaal*: municipal pay scales of the CAO Gemeenten (1 to 18).

/// The lowest and highest scale of the CAO Gemeenten.
pub const SCALE_MIN: u32 = 1;
pub const SCALE_MAX: u32 = 18;

/// Reads "11", "10-11", "10 / 11" or "schaal 9 of 10" as (low, high).
pub fn scale_range(scale: &str) -> Option<(u32, u32)> {
    let nums: Vec<u32> = scale
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty() && s.len() <= 4)
        .filter_map(|s| s.parse().ok())
        .collect();
    let lo = *nums.iter().min()?;
    let hi = *nums.iter().max()?;
    Some((lo, hi))
}

/// Whether every number in the scale text is a valid municipal scale.
pub fn is_valid_scale(scale: &str) -> bool {
    let nums: Vec<&str> = scale
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .collect();
    !nums.is_empty()
        && nums.iter().all(|n| {
            n.parse::<u32>()
                .is_ok_and(|v| (SCALE_MIN..=SCALE_MAX).contains(&v))
        })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_labelled_scale_before_one_in_the_text() {
        let text = "Adviseur Wonen\nFunctieschaal (ter indicatie)\n10\n\nJe werkt met twee collega's (schaal 8).\n";
        let p = crate::posting::parse(text).expect("a posting");
        assert_eq!(p.scale.as_deref(), Some("10"));
    }

    use super::*;

    #[test]
    fn ranges_and_validity() {
        assert_eq!(scale_range("11"), Some((11, 11)));
        assert_eq!(scale_range("10-11"), Some((10, 11)));
        assert_eq!(scale_range(""), None);
        assert!(is_valid_scale("11"));
        assert!(is_valid_scale("10 - 11"));
        assert!(!is_valid_scale("105"));
        assert!(!is_valid_scale("0"));
        assert!(!is_valid_scale(""));
    }
}
