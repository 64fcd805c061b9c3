//! The expected score out of 100 and whether the knock-outs are passed.
//!
//! Award points count when the user judged a criterion met (half, or
//! nothing, for "partly": a profile setting). The hourly-rate criterion is
//! scored from the profile's rate: the band it falls in, or full points when
//! it is at or under a plain maximum. A rate over a knock-out maximum is a
//! knock-out fail, and the knock-out criterion that states the maximum rate
//! is judged from the profile's rate, not left open. The maximum still
//! reachable counts unjudged criteria as met.

use super::answers::{Answer, Assessment};
use super::profile::Profile;
use crate::posting::normalize::fold;
use crate::posting::{AwardCriterion, KnockoutCriterion, Money, Posting, money::find_euro_amounts};
use serde::Serialize;

/// The outcome of a self-assessment.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Score {
    /// Points expected with the answers given (unjudged count as nothing).
    pub expected: f64,
    /// Points still reachable (unjudged criteria count as met).
    pub max_reachable: f64,
    /// One knock-out is not met, or the rate is over a knock-out maximum.
    pub knockout_fail: bool,
    /// Why the knock-outs fail, in plain words.
    pub fail_reasons: Vec<String>,
    /// Points the rate criterion gives at the profile's rate, if scored.
    pub rate_points: Option<u32>,
    /// The knock-out that states a maximum rate, judged from the profile's
    /// rate: its number and whether the rate is within it.
    pub rate_knockout: Option<(u32, bool)>,
    /// All award points the posting states (100 when parsed whole; 0 when
    /// no points were found).
    pub total: f64,
    pub unjudged_knockouts: usize,
    pub unjudged_award: usize,
    /// Answers given against a criterion text that has since changed.
    pub needs_look: usize,
}

/// Whether an award criterion scores the hourly rate.
pub fn is_rate_criterion(c: &AwardCriterion) -> bool {
    !c.rate_bands.is_empty() || is_rate_text(&c.text)
}

/// Whether a knock-out criterion states the maximum hourly rate, e.g.
/// "Uurtarief maximaal € 77,50 exclusief btw".
pub fn is_rate_knockout(c: &KnockoutCriterion) -> bool {
    is_rate_text(&c.text)
}

/// Whether a criterion's text is about the hourly rate: it names a rate
/// ("tarief") and an amount in euros. The score reads such a text (its
/// amounts); of any other criterion it needs only the number and points.
pub fn is_rate_text(text: &str) -> bool {
    !find_euro_amounts(text).is_empty() && fold(text).contains("tarief")
}

/// Points of a rate criterion at `rate`: the band it falls in, else full
/// points at or under the plain maximum in its text.
pub fn rate_points(c: &AwardCriterion, rate: Money) -> u32 {
    if !c.rate_bands.is_empty() {
        return c
            .rate_bands
            .iter()
            .find(|b| b.contains(rate))
            .map_or(0, |b| b.points);
    }
    let max = find_euro_amounts(&c.text).into_iter().max();
    match (max, c.points) {
        (Some(m), Some(p)) if rate <= m => p,
        _ => 0,
    }
}

/// Scores a posting against the user's answers and profile.
pub fn score(p: &Posting, a: &Assessment, profile: &Profile) -> Score {
    let mut s = Score {
        total: f64::from(p.award_points_total()),
        ..Score::default()
    };
    for c in &p.knockout {
        if let (true, Some(rate)) = (is_rate_knockout(c), profile.hourly_rate) {
            let max = p
                .max_rate_eur
                .or_else(|| find_euro_amounts(&c.text).into_iter().max());
            let within = max.is_none_or(|m| rate <= m);
            s.rate_knockout = Some((c.number, within));
            if !within {
                s.knockout_fail = true;
                s.fail_reasons.push(format!(
                    "your rate {rate} is over the knock-out maximum {} in K{}",
                    max.map_or_else(String::new, |m| m.to_string()),
                    c.number
                ));
            }
            continue;
        }
        match a.knockout_answer(c.number, &c.text) {
            Some((answer, look)) => {
                s.needs_look += usize::from(look);
                if answer == Answer::NotMet {
                    s.knockout_fail = true;
                    s.fail_reasons
                        .push(format!("knock-out {} not met", c.number));
                }
            }
            None => s.unjudged_knockouts += 1,
        }
    }
    if let (Some(rate), Some(max), true) =
        (profile.hourly_rate, p.max_rate_eur, p.max_rate_is_knockout)
        && rate > max
        && s.rate_knockout.is_none()
    {
        s.knockout_fail = true;
        s.fail_reasons.push(format!(
            "your rate {rate} is over the knock-out maximum {max}"
        ));
    }
    for c in &p.award {
        if let Some((_, look)) = a.award_answer(c.number, &c.text) {
            s.needs_look += usize::from(look);
        }
        match award_expected(c, a, profile) {
            Some(got) => {
                if let (true, Some(_)) = (is_rate_criterion(c), profile.hourly_rate) {
                    s.rate_points = Some(got as u32);
                }
                s.expected += got;
                s.max_reachable += got;
            }
            None => {
                s.unjudged_award += 1;
                s.max_reachable += f64::from(c.points.unwrap_or(0));
            }
        }
    }
    s
}

/// The points you expect from one award criterion: the rate criterion at
/// the profile's rate, another by your answer (met: its points, partly:
/// half or nothing by the profile, not met: 0); `None` when unjudged.
pub fn award_expected(c: &AwardCriterion, a: &Assessment, profile: &Profile) -> Option<f64> {
    if let (true, Some(rate)) = (is_rate_criterion(c), profile.hourly_rate) {
        return Some(f64::from(rate_points(c, rate)));
    }
    let points = f64::from(c.points.unwrap_or(0));
    let half = if profile.partly_counts_half { 0.5 } else { 0.0 };
    Some(match a.award_answer(c.number, &c.text)?.0 {
        Answer::Met => points,
        Answer::Partly => points * half,
        Answer::NotMet => 0.0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assess::answers::Judged;

    fn sample(name: &str) -> Posting {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("data/postings")
            .join(name);
        crate::posting::parse(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    fn with_rate(eur: i64) -> Profile {
        Profile {
            hourly_rate: Some(Money(eur * 100)),
            ..Profile::default()
        }
    }

    fn all_met(p: &Posting) -> Assessment {
        let mut a = Assessment::default();
        for c in &p.knockout {
            a.knockout.insert(
                c.number,
                Judged {
                    answer: Answer::Met,
                    text: c.text.clone(),
                },
            );
        }
        for c in &p.award {
            a.award.insert(
                c.number,
                Judged {
                    answer: Answer::Met,
                    text: c.text.clone(),
                },
            );
        }
        a
    }

    #[test]
    fn hilversum_28590_rate_bands() {
        let p = sample("hilversum-28590-adviseur-integraal-werken.txt");
        let a = all_met(&p);
        let s = score(&p, &a, &with_rate(105));
        assert_eq!(
            (s.rate_points, s.expected, s.knockout_fail),
            (Some(15), 100.0, false)
        );
        let s = score(&p, &a, &with_rate(122));
        assert_eq!((s.rate_points, s.expected), (Some(5), 90.0));
        let s = score(&p, &a, &with_rate(117));
        assert_eq!(s.rate_points, Some(8));
        let s = score(&p, &a, &with_rate(131));
        assert!(s.knockout_fail);
        assert!(
            s.fail_reasons[0].contains("knock-out maximum € 130,-"),
            "{:?}",
            s.fail_reasons
        );
        assert!(!score(&p, &a, &with_rate(130)).knockout_fail);
    }

    #[test]
    fn hilversum_30828_plain_maximum_in_an_award_criterion() {
        let p = sample("hilversum-30828-coordinator-vluchtelingenopvang.txt");
        let a = all_met(&p);
        assert_eq!(score(&p, &a, &with_rate(110)).expected, 100.0);
        let over = score(&p, &a, &with_rate(111));
        assert_eq!((over.expected, over.knockout_fail), (80.0, false));
    }

    #[test]
    fn hilversum_30662_knockout_rate_and_answers() {
        let p = sample("hilversum-30662-klantmanager-inburgering.txt");
        assert!(score(&p, &Assessment::default(), &with_rate(80)).knockout_fail);
        let mut a = Assessment::default();
        a.award.insert(
            4,
            Judged {
                answer: Answer::Met,
                text: p.award[0].text.clone(),
            },
        );
        a.award.insert(
            7,
            Judged {
                answer: Answer::Partly,
                text: p.award[3].text.clone(),
            },
        );
        let s = score(&p, &a, &with_rate(75));
        assert_eq!(
            (s.expected, s.max_reachable, s.unjudged_award),
            (30.0, 75.0, 3)
        );
        let half = Profile {
            partly_counts_half: true,
            ..with_rate(75)
        };
        assert_eq!(score(&p, &a, &half).expected, 42.5);
    }

    #[test]
    fn knockout_not_met_and_changed_text() {
        let p = sample("nieuwegein-13995-wijkcoordinator.txt");
        let mut a = all_met(&p);
        a.knockout.insert(
            2,
            Judged {
                answer: Answer::NotMet,
                text: "older wording".into(),
            },
        );
        let s = score(&p, &a, &Profile::default());
        assert!(s.knockout_fail);
        assert_eq!(s.needs_look, 1);
        assert_eq!((s.expected, s.max_reachable), (100.0, 100.0));
    }

    #[test]
    fn heerde_and_no_rate_in_profile() {
        let p = sample("heerde-coordinator-welzijn.txt");
        let s = score(&p, &Assessment::default(), &Profile::default());
        assert_eq!(
            (
                s.expected,
                s.max_reachable,
                s.unjudged_knockouts,
                s.unjudged_award
            ),
            (0.0, 100.0, 3, 5)
        );
    }
}
