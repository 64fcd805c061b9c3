//! Expected against received points per kind of award criterion (issue
//! 15). A criterion's kind is read from plain keywords in its text
//! ([`KINDS`], first match wins; the hourly-rate criterion is `rate` by
//! `score::is_rate_criterion` too), so anyone can check why a criterion
//! counts where it does. Per bid and kind, the points you expected (your
//! answers, the rate criterion at the rate you bid) and the points the
//! buyer gave (`Outcome::criterion_points`) are summed over the criteria
//! that have both; a mean is given on at least [`MIN_BIDS`] bids. Pure.

use super::stats::{Bid, MIN_BIDS};
use crate::pipeline::outcome::fmt_points;
use crate::posting::AwardCriterion;
use crate::posting::normalize::fold;
use serde::Serialize;
use std::collections::BTreeMap;

/// The kinds, in the order shown, with the words (folded) that make a
/// criterion that kind; `other` takes the rest. A word is found inside
/// others ("werkervaring", "uurtarief"), except one written with a leading
/// space, which must start a word (" visie": not "intervisie").
pub const KINDS: [(&str, &[&str]); 5] = [
    ("rate", &["tarief", "prijs", "hourly rate", "price"]),
    (
        "vision",
        &[
            " visie",
            " plan van aanpak",
            " aanpak",
            " vision",
            " approach",
        ],
    ),
    ("competences", &["competentie", "competence"]),
    ("experience", &["ervaring", "experience"]),
    (
        "education",
        &["opleiding", "diploma", "education", "degree"],
    ),
];

/// The kind of an award criterion (see [`KINDS`]).
pub fn kind(c: &AwardCriterion) -> &'static str {
    if super::score::is_rate_criterion(c) {
        return "rate";
    }
    // words split by anything not a letter or digit, each after a space
    let text: String = format!(" {}", fold(&c.text))
        .chars()
        .map(|ch| if ch.is_alphanumeric() { ch } else { ' ' })
        .collect();
    KINDS
        .iter()
        .find(|(_, words)| words.iter().any(|w| text.contains(w)))
        .map_or("other", |(k, _)| k)
}

/// Expected against received points for one kind of criterion.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KindPoints {
    pub kind: &'static str,
    /// Bids with a criterion of this kind that has both figures.
    pub bids: usize,
    /// Means per bid (the kind's criteria summed); `None` on fewer than
    /// [`MIN_BIDS`] bids.
    pub mean_expected: Option<f64>,
    pub mean_received: Option<f64>,
    /// Mean of received − expected.
    pub mean_difference: Option<f64>,
}

impl KindPoints {
    /// `experience   received 43.8, expected 40: +3.8 points (4 bids)` or
    /// `rate         too few (2)`, as the CLI and the `S` view show it.
    pub fn text(&self) -> String {
        let r1 = |x: f64| fmt_points((x * 10.0).round() / 10.0);
        let figure = match (self.mean_received, self.mean_expected, self.mean_difference) {
            (Some(r), Some(e), Some(d)) => format!(
                "received {}, expected {}: {}{} points ({} bids)",
                r1(r),
                r1(e),
                if d >= 0.0 { "+" } else { "" },
                r1(d),
                self.bids
            ),
            _ => format!("too few ({})", self.bids),
        };
        format!("{:<12} {figure}", self.kind)
    }
}

/// Per kind with at least one bid, in the order of [`KINDS`] then `other`.
pub fn by_kind(bids: &[&Bid<'_>]) -> Vec<KindPoints> {
    // kind → per bid (expected, received)
    let mut per: BTreeMap<&'static str, Vec<(f64, f64)>> = BTreeMap::new();
    for b in bids {
        let Some(o) = b.outcome else { continue };
        let mut sums: BTreeMap<&'static str, (f64, f64)> = BTreeMap::new();
        for c in &b.record.posting.award {
            let (Some(e), Some(r)) = (
                b.expected_by_criterion.get(&c.number),
                o.criterion_points.get(&c.number),
            ) else {
                continue;
            };
            let s = sums.entry(kind(c)).or_default();
            (s.0, s.1) = (s.0 + e, s.1 + r);
        }
        for (k, pair) in sums {
            per.entry(k).or_default().push(pair);
        }
    }
    let mean =
        |xs: &[f64]| (xs.len() >= MIN_BIDS).then(|| xs.iter().sum::<f64>() / xs.len() as f64);
    KINDS
        .iter()
        .map(|(k, _)| *k)
        .chain(["other"])
        .filter_map(|k| {
            let pairs = per.get(k)?;
            let exp: Vec<f64> = pairs.iter().map(|p| p.0).collect();
            let rec: Vec<f64> = pairs.iter().map(|p| p.1).collect();
            let diff: Vec<f64> = pairs.iter().map(|p| p.1 - p.0).collect();
            Some(KindPoints {
                kind: k,
                bids: pairs.len(),
                mean_expected: mean(&exp),
                mean_received: mean(&rec),
                mean_difference: mean(&diff),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(text: &str) -> AwardCriterion {
        AwardCriterion {
            number: 1,
            text: text.into(),
            points: Some(10),
            rate_bands: vec![],
        }
    }

    #[test]
    fn kinds_by_plain_words() {
        assert_eq!(
            kind(&c("Aantoonbare werkervaring met bestuurlijke advisering")),
            "experience"
        );
        assert_eq!(kind(&c("Uurtarief maximaal € 110,- exclusief btw")), "rate");
        assert_eq!(
            kind(&c("Visie op de opdracht en plan van aanpak")),
            "vision"
        );
        assert_eq!(
            kind(&c("Beschikt over de gevraagde competenties")),
            "competences"
        );
        assert_eq!(kind(&c("Afgeronde opleiding op hbo-niveau")), "education");
        assert_eq!(kind(&c("Beheersing van de Engelse taal")), "other");
        // "visie" must start a word: intervisie is no vision
        assert_eq!(
            kind(&c("Werkervaring met overlegvormen en intervisie")),
            "experience"
        );
        assert_eq!(kind(&c("Uw visie (max. 1 A4)")), "vision");
    }
}
