//! "May I bid, and what can I expect?" in one place, for every front end:
//! the verdict from the score and the checks (a failed knock-out, a posting
//! that excludes how you bid, a VOG that cannot be ready in time) and the
//! score as text that never claims more than is known.
//!
//! Marks read without colour: `⊘ KO`, `⊘ DBA`, `⚠ VOG`.

use super::checks::{Finding, Level};
use super::score::Score;

/// Whether you may bid, the worst reason first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verdict {
    /// A knock-out is not met (an answer, or the rate over the maximum).
    Knockout,
    /// The posting excludes how you bid (Wet DBA, e.g. no ZZP'ers).
    Excluded,
    /// A VOG is required and yours cannot be ready by the start.
    VogLate,
    /// Nothing known stands in the way.
    Open,
}

impl Verdict {
    pub fn of(score: &Score, dba: &Finding, vog: Option<&Finding>) -> Verdict {
        Verdict::of_levels(score, dba.level, vog.map(|v| v.level))
    }

    /// [`Verdict::of`] from the levels of the DBA and VOG findings.
    pub fn of_levels(score: &Score, dba: Level, vog: Option<Level>) -> Verdict {
        if score.knockout_fail {
            Verdict::Knockout
        } else if dba == Level::Block {
            Verdict::Excluded
        } else if vog == Some(Level::Warn) {
            Verdict::VogLate
        } else {
            Verdict::Open
        }
    }

    /// The short mark for a list cell; empty when open.
    pub fn mark(self) -> &'static str {
        match self {
            Verdict::Knockout => "⊘ KO",
            Verdict::Excluded => "⊘ DBA",
            Verdict::VogLate => "⚠",
            Verdict::Open => "",
        }
    }

    /// Whether it rules a bid out (not just a warning).
    pub fn blocks(self) -> bool {
        matches!(self, Verdict::Knockout | Verdict::Excluded)
    }

    /// In words, for the detail and the CLI.
    pub fn words(self) -> &'static str {
        match self {
            Verdict::Knockout => "⊘ KO: you cannot bid, a knock-out criterion is not met",
            Verdict::Excluded => "⊘ DBA: you cannot bid, the posting excludes how you bid",
            Verdict::VogLate => "⚠ you may bid, but your VOG cannot be ready by the start",
            Verdict::Open => "✓ you may bid: nothing known stands in the way",
        }
    }

    /// A key for CSV and JSON.
    pub fn key(self) -> &'static str {
        match self {
            Verdict::Knockout => "knockout",
            Verdict::Excluded => "dba_excluded",
            Verdict::VogLate => "vog_late",
            Verdict::Open => "open",
        }
    }
}

/// Points without a needless ".0".
pub fn points(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

/// The score as a list shows it: expected, then `≤` the most still
/// reachable, e.g. `35 ≤80`; `/75` after the expected points when the
/// posting's points do not add up to 100; `–` when no points were parsed.
pub fn score_cell(s: &Score) -> String {
    if s.total <= 0.0 {
        return "–".into();
    }
    let out_of = if s.total == 100.0 {
        String::new()
    } else {
        format!("/{}", points(s.total))
    };
    format!("{}{out_of} ≤{}", points(s.expected), points(reachable(s)))
}

/// The most still reachable: nothing once a knock-out fails.
pub fn reachable(s: &Score) -> f64 {
    if s.knockout_fail {
        0.0
    } else {
        s.max_reachable
    }
}

/// The expected score in words, e.g. "35 of 100, at most 80 still
/// reachable (3 criteria to judge)".
pub fn score_words(s: &Score) -> String {
    if s.total <= 0.0 {
        return "– (no award points found in the posting)".into();
    }
    let expected = format!("{} of {}", points(s.expected), points(s.total));
    if s.knockout_fail {
        return format!("{expected}; none reachable: a knock-out fails");
    }
    let open = s.unjudged_award + s.unjudged_knockouts;
    let todo = match open {
        0 => "all judged".to_string(),
        1 => "1 criterion to judge".to_string(),
        n => format!("{n} criteria to judge"),
    };
    format!(
        "{expected}, at most {} still reachable ({todo})",
        points(s.max_reachable)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn score(expected: f64, max: f64, total: f64) -> Score {
        Score {
            expected,
            max_reachable: max,
            total,
            ..Score::default()
        }
    }

    #[test]
    fn cells() {
        assert_eq!(score_cell(&score(35.0, 35.0, 100.0)), "35 ≤35");
        assert_eq!(score_cell(&score(20.0, 100.0, 100.0)), "20 ≤100");
        assert_eq!(score_cell(&score(42.5, 80.0, 100.0)), "42.5 ≤80");
        assert_eq!(score_cell(&score(10.0, 60.0, 75.0)), "10/75 ≤60");
        assert_eq!(score_cell(&score(0.0, 0.0, 0.0)), "–");
        let ko = Score {
            knockout_fail: true,
            ..score(35.0, 100.0, 100.0)
        };
        assert_eq!(score_cell(&ko), "35 ≤0");
        assert!(!score_words(&ko).contains("at most 100"));
    }

    #[test]
    fn verdict_order() {
        let block = Finding {
            level: Level::Block,
            message: "".into(),
        };
        let warn = Finding {
            level: Level::Warn,
            message: "".into(),
        };
        let info = Finding {
            level: Level::Info,
            message: "".into(),
        };
        let ko = Score {
            knockout_fail: true,
            ..Score::default()
        };
        assert_eq!(Verdict::of(&ko, &block, Some(&warn)), Verdict::Knockout);
        let ok = Score::default();
        assert_eq!(Verdict::of(&ok, &block, Some(&warn)), Verdict::Excluded);
        assert_eq!(Verdict::of(&ok, &warn, Some(&warn)), Verdict::VogLate);
        assert_eq!(Verdict::of(&ok, &info, Some(&info)), Verdict::Open);
        assert_eq!(Verdict::of(&ok, &info, None), Verdict::Open);
    }
}
