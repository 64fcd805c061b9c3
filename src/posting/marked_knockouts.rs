//! A requirements list with no knock-out section, whose knock-outs are
//! marked one by one ("✔ Hbo Social Work (knock-out)", "- Rijbewijs B
//! (KO)") among wishes that are not: the marked items are the knock-outs,
//! without their mark.

use super::lines::{Line, LineKind};
use super::model::KnockoutCriterion;
use super::normalize::fold;

/// Where no section lists the knock-outs: the items of a requirements list
/// marked one by one ("✔ Minimaal 3 jaar ervaring (knock-out)").
pub fn knockouts(lines: &[Line]) -> Vec<KnockoutCriterion> {
    lines
        .iter()
        .filter(|l| matches!(l.kind, LineKind::Bullet | LineKind::Numbered(_)))
        .filter_map(|l| {
            let t = l.text.trim().trim_end_matches(['.', ';', ',']).trim_end();
            let (text, mark) = t.rsplit_once('(')?;
            let mark = fold(mark.trim_end_matches(')'));
            ["knock-out", "knockout", "ko", "knock out"]
                .contains(&mark.trim())
                .then(|| text.trim().to_string())
        })
        .zip(1..)
        .map(|(text, number)| KnockoutCriterion { number, text })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::posting::lines::split_lines;

    #[test]
    fn items_marked_one_by_one_are_knock_outs() {
        let lines = split_lines(
            "Wat vragen we?\n✔ Hbo Bestuurskunde (knock-out)\n✔ Kennis van de Wmo\n- 3 jaar ervaring (KO)\n",
        );
        let ko = knockouts(&lines);
        assert_eq!(
            ko.iter().map(|k| k.text.as_str()).collect::<Vec<_>>(),
            ["Hbo Bestuurskunde", "3 jaar ervaring"]
        );
    }
}
