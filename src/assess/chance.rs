//! The learned chance of winning (issue 15): a plain model anyone can
//! check by hand. It is the win rate of your own decided bids (won, lost,
//! no response) by expected-score band (`stats::score_band`): a posting's
//! chance is the win rate of the band its expected score falls in. None
//! until at least [`MIN_DECIDED`] bids are decided in all, none for a band
//! resting on fewer than [`super::stats::MIN_BIDS`] decided bids, and none
//! for a posting whose award criteria are not all judged (no expected
//! score to place it by). Pure.

use super::stats::{Bid, Rate, score_band};
use serde::Serialize;

/// The fewest decided bids in all before any chance is given.
pub const MIN_DECIDED: usize = 5;

/// The win rate per expected-score band of your decided bids.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Model {
    /// Decided bids in all (assessed or not).
    pub decided: usize,
    /// Per band of the bids with an expected score, its win rate.
    pub bands: Vec<(&'static str, Rate)>,
}

/// A posting's chance: the win rate of its band and what it rests on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Chance {
    /// The win rate in whole percents (rounded).
    pub percent: u32,
    /// The expected-score band, e.g. "75 to 89".
    pub band: &'static str,
    pub won: usize,
    pub decided: usize,
}

/// "with an expected score of 75 to 89" / "under 60".
fn band_words(band: &str) -> String {
    if band.starts_with("under") {
        format!("with an expected score {band}")
    } else {
        format!("with an expected score of {band}")
    }
}

impl Chance {
    /// "42%: you won 5 of 12 bids with an expected score of 75 to 89".
    pub fn words(&self) -> String {
        format!(
            "{}%: you won {} of {} bids {}",
            self.percent,
            self.won,
            self.decided,
            band_words(self.band)
        )
    }
}

impl Model {
    /// Learns from `bids` (all of them: the model has no date window).
    pub fn learn(bids: &[Bid<'_>]) -> Model {
        let results: Vec<_> = bids.iter().map(|b| (b.expected, b.result())).collect();
        let decided = Rate::of(results.iter().filter_map(|(_, r)| r.as_ref())).decided;
        let bands = ["under 60", "60 to 74", "75 to 89", "90 and over"]
            .into_iter()
            .map(|band| {
                let rate = Rate::of(
                    results
                        .iter()
                        .filter(|(e, _)| e.is_some() && score_band(*e) == band)
                        .filter_map(|(_, r)| r.as_ref()),
                );
                (band, rate)
            })
            .collect();
        Model { decided, bands }
    }

    /// The chance of a posting with this expected score (see the module).
    pub fn chance(&self, expected: Option<f64>) -> Option<Chance> {
        if self.decided < MIN_DECIDED {
            return None;
        }
        let band = score_band(Some(expected?));
        let (_, rate) = self.bands.iter().find(|(b, _)| *b == band)?;
        let r = rate.win_rate?;
        Some(Chance {
            percent: (r * 100.0).round() as u32,
            band,
            won: rate.won,
            decided: rate.decided,
        })
    }

    /// The chance in words, or why there is none.
    pub fn explain(&self, expected: Option<f64>) -> String {
        if let Some(c) = self.chance(expected) {
            return c.words();
        }
        if self.decided < MIN_DECIDED {
            return format!(
                "none yet: {} of your bids decided, {MIN_DECIDED} needed",
                self.decided
            );
        }
        let Some(e) = expected else {
            return "none: judge every award criterion first (the chance is the win rate of your bids with a like expected score)".into();
        };
        let band = score_band(Some(e));
        let n = self
            .bands
            .iter()
            .find(|(b, _)| *b == band)
            .map_or(0, |(_, r)| r.decided);
        format!(
            "none: {n} decided bids {}, {} needed",
            band_words(band),
            super::stats::MIN_BIDS
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::outcome::Result as R;

    fn model(bands: &[(&'static str, usize, usize)], decided: usize) -> Model {
        Model {
            decided,
            bands: bands
                .iter()
                .map(|&(b, won, lost)| {
                    let rs: Vec<R> = std::iter::repeat_n(R::Won, won)
                        .chain(std::iter::repeat_n(R::Lost, lost))
                        .collect();
                    (b, Rate::of(rs.iter()))
                })
                .collect(),
        }
    }

    #[test]
    fn the_band_decides_and_says_what_it_rests_on() {
        let m = model(&[("75 to 89", 5, 7), ("60 to 74", 1, 1)], 14);
        let c = m.chance(Some(80.0)).unwrap();
        assert_eq!((c.percent, c.won, c.decided), (42, 5, 12));
        assert_eq!(
            c.words(),
            "42%: you won 5 of 12 bids with an expected score of 75 to 89"
        );
        assert_eq!(m.chance(Some(70.0)), None);
        assert_eq!(
            m.explain(Some(70.0)),
            "none: 2 decided bids with an expected score of 60 to 74, 3 needed"
        );
        assert_eq!(
            m.explain(Some(50.0)),
            "none: 0 decided bids with an expected score under 60, 3 needed"
        );
        assert!(
            m.explain(None)
                .starts_with("none: judge every award criterion")
        );
        let few = model(&[("75 to 89", 2, 2)], 4);
        assert_eq!(few.chance(Some(80.0)), None);
        assert_eq!(
            few.explain(Some(80.0)),
            "none yet: 4 of your bids decided, 5 needed"
        );
    }
}
