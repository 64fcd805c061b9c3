//! The maximum hourly rate the criteria set: a knock-out that caps the
//! rate ("Uurtarief maximaal € 95,- excl. btw") is a hard limit, an award
//! criterion that does so ("Tarief, niet hoger dan € 100: 20 punten") the
//! limit a bid is scored under.

use super::model::{AwardCriterion, KnockoutCriterion};
use super::money::{Money, find_euro_amounts};
use super::normalize::fold;

/// Whether a criterion sets a maximum hourly rate.
fn caps_rate(text: &str) -> bool {
    let f = fold(text);
    f.contains("tarief")
        && (f.contains("max")
            || f.contains("niet hoger")
            || f.contains("hoogste")
            || f.contains("ten hoogste"))
}

/// The maximum hourly rate and whether it is a knock-out: the highest amount
/// in a knock-out that caps the rate, else in an award criterion that does.
pub fn max_rate(knockout: &[KnockoutCriterion], award: &[AwardCriterion]) -> Option<(Money, bool)> {
    let ko = knockout
        .iter()
        .filter(|c| caps_rate(&c.text))
        .flat_map(|c| find_euro_amounts(&c.text))
        .max();
    if let Some(m) = ko {
        return Some((m, true));
    }
    award
        .iter()
        .filter(|c| caps_rate(&c.text))
        .flat_map(|c| find_euro_amounts(&c.text))
        .max()
        .map(|m| (m, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn max_rate_prefers_knockout() {
        let ko = vec![KnockoutCriterion {
            number: 4,
            text: "Een maximum uurtarief van €130,- exclusief btw".into(),
        }];
        let aw = vec![AwardCriterion {
            number: 10,
            text: "Een maximum uurtarief van €125,-".into(),
            points: Some(15),
            rate_bands: vec![],
        }];
        assert_eq!(max_rate(&ko, &aw), Some((Money(13000), true)));
        assert_eq!(max_rate(&[], &aw), Some((Money(12500), false)));
        assert_eq!(max_rate(&[], &[]), None);
    }
}
