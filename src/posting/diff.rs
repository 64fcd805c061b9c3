//! What changed between two versions of a posting (a re-import): the
//! fields a bidder acts on, each as old → new in words, criteria texts as a
//! word diff, and whether the deadline moved earlier (the loudest warning
//! in the product).
//!
//! Pure: the store keeps each version and these changes; the front ends
//! draw them.

use super::{DbaStance, Posting};
use serde::{Deserialize, Serialize};
use similar::{ChangeTag, TextDiff};

/// One field that changed between two versions of a posting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldChange {
    /// A stable key: `deadline`, `max_rate`, `knockout 2`, `award 1 points`…
    pub field: String,
    /// The earlier value in words; `null` when the earlier version had none.
    pub old: Option<String>,
    /// The new value in words; `null` when the new version has none.
    pub new: Option<String>,
    /// For a text (a criterion, the DBA clause): the words kept, removed
    /// and added, in order. Empty for a value.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<Words>,
}

/// A run of words in a text diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Words {
    /// `same`, `removed` or `added`.
    pub how: WordsHow,
    pub text: String,
}

/// Whether a run of words is in both versions, only the old or only the new.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WordsHow {
    Same,
    Removed,
    Added,
}

impl FieldChange {
    /// "deadline: 2026-03-06 12:00 → 2026-03-04 12:00", or for a text the
    /// words marked as `[-removed-]{+added+}` (as `git diff --word-diff`).
    pub fn plain(&self) -> String {
        if !self.words.is_empty() {
            return format!("{}: {}", self.field, marked_words(&self.words));
        }
        format!(
            "{}: {} → {}",
            self.field,
            self.old.as_deref().unwrap_or("(none)"),
            self.new.as_deref().unwrap_or("(none)")
        )
    }
}

/// The words of a text diff with `[-…-]` around removed and `{+…+}` around
/// added runs.
pub fn marked_words(words: &[Words]) -> String {
    words
        .iter()
        .map(|w| match w.how {
            WordsHow::Same => w.text.clone(),
            WordsHow::Removed => format!("[-{}-]", w.text.trim()),
            WordsHow::Added => format!("{{+{}+}}", w.text.trim()),
        })
        .collect::<Vec<_>>()
        .join("")
}

/// Every field a bidder acts on that differs between `old` and `new`, in
/// the order a posting is read: deadline first.
pub fn diff(old: &Posting, new: &Posting) -> Vec<FieldChange> {
    let mut out = Vec::new();
    let mut value = |field: &str, a: Option<String>, b: Option<String>| {
        if a != b {
            out.push(FieldChange {
                field: field.to_string(),
                old: a,
                new: b,
                words: vec![],
            });
        }
    };
    value("deadline", old.deadline_text(), new.deadline_text());
    value(
        "questions_deadline",
        old.questions_deadline.map(minute),
        new.questions_deadline.map(minute),
    );
    value("title", Some(old.title.clone()), Some(new.title.clone()));
    value(
        "organisation",
        old.organisation.clone(),
        new.organisation.clone(),
    );
    value("region", old.region.clone(), new.region.clone());
    value("max_rate", rate(old), rate(new));
    value("hours", hours(old), hours(new));
    value("scale", old.scale.clone(), new.scale.clone());
    value("start", start(old), start(new));
    value("end", end(old), end(new));
    value(
        "extension_options",
        old.extension_options.clone(),
        new.extension_options.clone(),
    );
    value(
        "interview_dates",
        days(&old.interview_dates),
        days(&new.interview_dates),
    );
    value("vog", vog(old), vog(new));
    value(
        "dba",
        dba_stance(old.dba.stance),
        dba_stance(new.dba.stance),
    );
    value("fee", old.fee.clone(), new.fee.clone());
    value(
        "contract_form",
        old.contract_form.clone(),
        new.contract_form.clone(),
    );
    for (name, a, b) in [
        ("g_account", old.g_account, new.g_account),
        ("sroi", old.sroi, new.sroi),
        ("waadi", old.waadi, new.waadi),
        (
            "integrity_statement",
            old.integrity_statement,
            new.integrity_statement,
        ),
    ] {
        value(name, Some(yes_no(a)), Some(yes_no(b)));
    }
    text_change(
        &mut out,
        "dba_text",
        &old.dba.evidence.join(" "),
        &new.dba.evidence.join(" "),
    );
    criteria(&mut out, old, new);
    out
}

/// Whether `new` closes earlier than `old` did (both stated).
pub fn deadline_earlier(old: &Posting, new: &Posting) -> bool {
    matches!((old.closing(), new.closing()), (Some(a), Some(b)) if b < a)
}

fn criteria(out: &mut Vec<FieldChange>, old: &Posting, new: &Posting) {
    let ko = |p: &Posting| -> Vec<(u32, String)> {
        p.knockout
            .iter()
            .map(|c| (c.number, c.text.clone()))
            .collect()
    };
    let aw = |p: &Posting| -> Vec<(u32, String)> {
        p.award.iter().map(|c| (c.number, c.text.clone())).collect()
    };
    numbered(out, "knockout", &ko(old), &ko(new));
    numbered(out, "award", &aw(old), &aw(new));
    let points = |p: &Posting, n: u32| {
        p.award
            .iter()
            .find(|c| c.number == n)
            .and_then(|c| c.points)
            .map(|x| x.to_string())
    };
    let bands = |p: &Posting, n: u32| {
        p.award
            .iter()
            .find(|c| c.number == n)
            .filter(|c| !c.rate_bands.is_empty())
            .map(|c| serde_json::to_string(&c.rate_bands).unwrap_or_default())
    };
    for c in &new.award {
        if !old.award.iter().any(|o| o.number == c.number) {
            continue; // a new criterion: its text line says so
        }
        let (a, b) = (points(old, c.number), points(new, c.number));
        if a != b {
            out.push(FieldChange {
                field: format!("award {} points", c.number),
                old: a,
                new: b,
                words: vec![],
            });
        }
        let (a, b) = (bands(old, c.number), bands(new, c.number));
        if a != b {
            out.push(FieldChange {
                field: format!("award {} rate bands", c.number),
                old: a,
                new: b,
                words: vec![],
            });
        }
    }
}

/// Criteria matched by number: changed texts as word diffs, added and
/// removed ones as values.
fn numbered(out: &mut Vec<FieldChange>, kind: &str, old: &[(u32, String)], new: &[(u32, String)]) {
    let mut numbers: Vec<u32> = old.iter().chain(new).map(|c| c.0).collect();
    numbers.sort_unstable();
    numbers.dedup();
    for n in numbers {
        let find = |list: &[(u32, String)]| list.iter().find(|c| c.0 == n).map(|c| c.1.clone());
        let field = format!("{kind} {n}");
        match (find(old), find(new)) {
            (Some(a), Some(b)) => text_change(out, &field, &a, &b),
            (a, b) => out.push(FieldChange {
                field,
                old: a,
                new: b,
                words: vec![],
            }),
        }
    }
}

/// A text that differs other than in spacing, as a word diff.
fn text_change(out: &mut Vec<FieldChange>, field: &str, old: &str, new: &str) {
    let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let (a, b) = (squash(old), squash(new));
    if a == b {
        return;
    }
    let words = if a.is_empty() || b.is_empty() {
        vec![]
    } else {
        word_diff(&a, &b)
    };
    out.push(FieldChange {
        field: field.to_string(),
        old: (!a.is_empty()).then_some(a),
        new: (!b.is_empty()).then_some(b),
        words,
    });
}

/// The words of `old` and `new` in order, runs of the same kind joined.
fn word_diff(old: &str, new: &str) -> Vec<Words> {
    let diff = TextDiff::from_words(old, new);
    let mut out: Vec<Words> = Vec::new();
    for change in diff.iter_all_changes() {
        let how = match change.tag() {
            ChangeTag::Equal => WordsHow::Same,
            ChangeTag::Delete => WordsHow::Removed,
            ChangeTag::Insert => WordsHow::Added,
        };
        let text = change.value();
        // a space between two changed words belongs to the change
        match out.last_mut() {
            Some(last) if last.how == how => last.text.push_str(text),
            _ => out.push(Words {
                how,
                text: text.to_string(),
            }),
        }
    }
    // spaces at the edges of a changed run go to the words kept
    out.retain(|w| !(w.how != WordsHow::Same && w.text.trim().is_empty()));
    out
}

fn minute(d: chrono::DateTime<chrono::FixedOffset>) -> String {
    d.format("%Y-%m-%d %H:%M").to_string()
}

fn rate(p: &Posting) -> Option<String> {
    match (p.max_rate_eur, p.no_max_rate) {
        (Some(m), _) => Some(format!("€ {m}")),
        (None, true) => Some("no maximum".into()),
        (None, false) => None,
    }
}

fn hours(p: &Posting) -> Option<String> {
    match (p.hours_min, p.hours_max) {
        (Some(a), Some(b)) if a != b => Some(format!("{a}-{b} a week")),
        (Some(a), _) | (None, Some(a)) => Some(format!("{a} a week")),
        (None, None) => None,
    }
}

fn start(p: &Posting) -> Option<String> {
    match (p.start_date, p.start_asap) {
        (Some(d), _) => Some(d.to_string()),
        (None, true) => Some("as soon as possible".into()),
        (None, false) => None,
    }
}

fn end(p: &Posting) -> Option<String> {
    match (p.end_date, &p.duration) {
        (Some(d), _) => Some(d.to_string()),
        (None, Some(d)) => Some(d.clone()),
        (None, None) => None,
    }
}

fn days(d: &[chrono::NaiveDate]) -> Option<String> {
    (!d.is_empty()).then(|| {
        d.iter()
            .map(|x| x.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    })
}

fn vog(p: &Posting) -> Option<String> {
    match (p.vog.required, p.vog.vog_p_mentioned) {
        (true, true) => Some("VOG-P required".into()),
        (true, false) => Some("VOG required".into()),
        (false, _) => None,
    }
}

fn dba_stance(s: DbaStance) -> Option<String> {
    (s != DbaStance::NotStated).then(|| s.key().to_string())
}

fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::posting::{AwardCriterion, KnockoutCriterion};
    use chrono::TimeZone;

    fn at(day: u32, hour: u32) -> chrono::DateTime<chrono::FixedOffset> {
        chrono::FixedOffset::east_opt(3600)
            .unwrap()
            .with_ymd_and_hms(2026, 3, day, hour, 0, 0)
            .unwrap()
    }

    fn posting() -> Posting {
        Posting {
            title: "Adviseur".into(),
            deadline: Some(at(6, 12)),
            hours_min: Some(24),
            hours_max: Some(32),
            knockout: vec![KnockoutCriterion {
                number: 1,
                text: "Minimaal 3 jaar ervaring met de Omgevingswet".into(),
            }],
            award: vec![AwardCriterion {
                number: 1,
                text: "Ervaring bij een gemeente".into(),
                points: Some(40),
                rate_bands: vec![],
            }],
            ..Posting::default()
        }
    }

    #[test]
    fn the_same_posting_has_no_changes() {
        assert!(diff(&posting(), &posting()).is_empty());
        assert!(!deadline_earlier(&posting(), &posting()));
    }

    #[test]
    fn a_deadline_moved_earlier_is_first_and_flagged() {
        let mut new = posting();
        new.deadline = Some(at(4, 12));
        new.hours_max = Some(36);
        let d = diff(&posting(), &new);
        assert_eq!(
            d[0].plain(),
            "deadline: 2026-03-06 12:00 → 2026-03-04 12:00"
        );
        assert_eq!(d[1].plain(), "hours: 24-32 a week → 24-36 a week");
        assert!(deadline_earlier(&posting(), &new));
        assert!(!deadline_earlier(&new, &posting()));
    }

    #[test]
    fn a_criterion_text_is_a_word_diff_and_points_a_value() {
        let mut new = posting();
        new.knockout[0].text = "Minimaal 5 jaar ervaring met de Omgevingswet".into();
        new.award[0].points = Some(50);
        new.award.push(AwardCriterion {
            number: 2,
            text: "Visie".into(),
            points: Some(10),
            rate_bands: vec![],
        });
        let d: Vec<String> = diff(&posting(), &new)
            .iter()
            .map(FieldChange::plain)
            .collect();
        assert_eq!(
            d,
            [
                "knockout 1: Minimaal [-3-]{+5+} jaar ervaring met de Omgevingswet",
                "award 2: (none) → Visie",
                "award 1 points: 40 → 50",
            ]
        );
    }

    #[test]
    fn spacing_alone_is_no_change() {
        let mut new = posting();
        new.knockout[0].text = "Minimaal 3  jaar ervaring\nmet de Omgevingswet".into();
        assert!(diff(&posting(), &new).is_empty());
    }
}
