//! Filtering and ordering postings for the list views.

use super::Matcher;
use crate::pipeline::{PostingRecord, Stage, Status};
use crate::posting::normalize::fold;
use chrono::{DateTime, Duration, Utc};

/// A stored stage, or "expired" (open with its deadline passed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StageFilter {
    Stage(Stage),
    Expired,
}

impl std::str::FromStr for StageFilter {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.trim().eq_ignore_ascii_case("expired") || s.trim().eq_ignore_ascii_case("verlopen") {
            return Ok(StageFilter::Expired);
        }
        s.parse::<Stage>()
            .map(StageFilter::Stage)
            .map_err(|e| format!("{e} or expired"))
    }
}

/// What to show. Every `None` field lets everything through.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// Case- and diacritic-insensitive substring of the region.
    pub region: Option<String>,
    /// Postings whose scale range overlaps this one.
    pub scale: Option<(u32, u32)>,
    pub stage: Option<StageFilter>,
    /// Deadline between now and now + this.
    pub due_within: Option<Duration>,
    /// At least this many hours a week possible (the posting's maximum).
    pub hours_min: Option<u32>,
    /// Postings whose hours-per-week range overlaps this one.
    pub hours: Option<(u32, u32)>,
    /// Fuzzy text over title, organisation, region and criteria.
    pub text: Option<String>,
}

/// Indices into `records` of those that pass `f`, soonest deadline first
/// (postings without a deadline last, then in stored order).
pub fn apply(records: &[PostingRecord], f: &Filter, now: DateTime<Utc>) -> Vec<usize> {
    let mut hits = retain(records, f, now, (0..records.len()).collect(), |&i| i);
    hits.sort_by(|&a, &b| by_deadline(&records[a], &records[b], now));
    hits
}

/// The `items` whose record (`index(item)`, an index into `records`) passes
/// `f`, in the order given: [`apply`] without its sort, for a caller that
/// sorts (or filters search hits) itself. Items past the end of `records`
/// are dropped.
pub fn retain<T>(
    records: &[PostingRecord],
    f: &Filter,
    now: DateTime<Utc>,
    mut items: Vec<T>,
    index: impl Fn(&T) -> usize,
) -> Vec<T> {
    let matcher = Matcher::default();
    let region = f.region.as_deref().map(|r| region_key(r.trim()));
    items.retain(|item| {
        records
            .get(index(item))
            .is_some_and(|r| passes(r, f, region.as_deref(), &matcher, now))
    });
    items
}

/// The default order of the command line's `list` and of the interface:
/// coming deadlines first, soonest first; then passed ones, most recent
/// first; then those without a deadline; ties by id.
pub fn by_deadline(a: &PostingRecord, b: &PostingRecord, now: DateTime<Utc>) -> std::cmp::Ordering {
    deadline_order(a, b, now).then_with(|| a.id.cmp(&b.id))
}

/// [`by_deadline`] without the tie-break by id.
pub fn deadline_order(
    a: &PostingRecord,
    b: &PostingRecord,
    now: DateTime<Utc>,
) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    match (a.posting.closing(), b.posting.closing()) {
        (Some(x), Some(y)) => {
            let (px, py) = (x.with_timezone(&Utc) <= now, y.with_timezone(&Utc) <= now);
            px.cmp(&py)
                .then_with(|| if px { y.cmp(&x) } else { x.cmp(&y) })
        }
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// A region folded for comparing, with the Frisian name of Friesland
/// (Fryslân) the same as the Dutch one: the parser writes "Friesland", a
/// region typed by hand or stored before may say "Fryslân", and a filter
/// finds both by either.
fn region_key(s: &str) -> String {
    fold(s).replace("fryslan", "friesland")
}

fn passes(
    r: &PostingRecord,
    f: &Filter,
    region: Option<&str>,
    m: &Matcher,
    now: DateTime<Utc>,
) -> bool {
    let p = &r.posting;
    if let Some(want) = region
        && !p
            .region
            .as_deref()
            .is_some_and(|have| region_key(have).contains(want))
    {
        return false;
    }
    if let Some((lo, hi)) = f.scale
        && !p.scale_range().is_some_and(|(a, b)| a <= hi && lo <= b)
    {
        return false;
    }
    if let Some(s) = f.stage {
        let status = Status::of(r.stage, p.closing(), now);
        let ok = match s {
            StageFilter::Expired => status == Status::Expired,
            StageFilter::Stage(st) => status == Status::Stage(st),
        };
        if !ok {
            return false;
        }
    }
    if let Some(within) = f.due_within {
        let ok = p
            .deadline
            .map(|d| d.with_timezone(&Utc))
            .is_some_and(|d| d > now && d <= now + within);
        if !ok {
            return false;
        }
    }
    if let Some(h) = f.hours_min
        && p.hours_max.or(p.hours_min).is_none_or(|have| have < h)
    {
        return false;
    }
    if let Some((lo, hi)) = f.hours {
        let Some(pmin) = p.hours_min.or(p.hours_max) else {
            return false;
        };
        let pmax = p.hours_max.unwrap_or(pmin);
        if pmax < lo || pmin > hi {
            return false;
        }
    }
    if let Some(q) = f.text.as_deref()
        && m.score_only(&r.search_key, q).is_none()
    {
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn friesland_finds_fryslan_and_back() {
        assert!(region_key("Fryslân").contains(&region_key("friesland")));
        assert!(region_key("Friesland").contains(&region_key("Fryslan")));
        assert!(!region_key("Groningen").contains(&region_key("Friesland")));
    }
    use crate::posting::Posting;

    fn rec(
        id: &str,
        deadline: Option<&str>,
        region: &str,
        scale: &str,
        stage: Stage,
    ) -> PostingRecord {
        let posting = Posting {
            title: format!("Coördinator {id}"),
            region: Some(region.into()),
            scale: Some(scale.into()),
            deadline: deadline.and_then(|d| DateTime::parse_from_rfc3339(d).ok()),
            hours_min: Some(20),
            hours_max: Some(28),
            ..Posting::default()
        };
        PostingRecord {
            id: id.into(),
            search_key: fold(&posting.title),
            posting,
            stage,
            imported_at: DateTime::default(),
            updated_at: DateTime::default(),
            changed: Default::default(),
        }
    }

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-07-01T00:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    fn sample() -> Vec<PostingRecord> {
        vec![
            rec("a", None, "Noord-Holland", "10", Stage::Open),
            rec(
                "b",
                Some("2026-07-20T09:00:00+02:00"),
                "Fryslân",
                "11",
                Stage::Applied,
            ),
            rec(
                "c",
                Some("2026-07-06T09:00:00+02:00"),
                "Utrecht",
                "9-10",
                Stage::Open,
            ),
            rec(
                "d",
                Some("2026-06-06T09:00:00+02:00"),
                "Utrecht",
                "12",
                Stage::Open,
            ),
        ]
    }

    #[test]
    fn sorts_coming_deadlines_first_then_passed_then_none() {
        assert_eq!(
            apply(&sample(), &Filter::default(), now()),
            vec![2, 1, 3, 0]
        );
    }

    #[test]
    fn filters() {
        let r = sample();
        let f = |f: Filter| apply(&r, &f, now());
        // the Dutch name finds the Frisian spelling the posting keeps
        assert_eq!(
            f(Filter {
                region: Some("friesland".into()),
                ..Filter::default()
            }),
            vec![1]
        );
        assert_eq!(
            f(Filter {
                region: Some("groningen".into()),
                ..Filter::default()
            }),
            Vec::<usize>::new()
        );
        assert_eq!(
            f(Filter {
                region: Some("fryslan".into()),
                ..Filter::default()
            }),
            vec![1]
        );
        assert_eq!(
            f(Filter {
                scale: Some((11, 12)),
                ..Filter::default()
            }),
            vec![1, 3]
        );
        assert_eq!(
            f(Filter {
                stage: Some(StageFilter::Expired),
                ..Filter::default()
            }),
            vec![3]
        );
        assert_eq!(
            f(Filter {
                stage: Some(StageFilter::Stage(Stage::Open)),
                ..Filter::default()
            }),
            vec![2, 0]
        );
        assert_eq!(
            f(Filter {
                due_within: Some(Duration::days(14)),
                ..Filter::default()
            }),
            vec![2]
        );
        assert_eq!(
            f(Filter {
                hours_min: Some(30),
                ..Filter::default()
            }),
            Vec::<usize>::new()
        );
        assert_eq!(
            f(Filter {
                hours: Some((24, 32)),
                ..Filter::default()
            }),
            vec![2, 1, 3, 0]
        );
        assert_eq!(
            f(Filter {
                hours: Some((32, 40)),
                ..Filter::default()
            }),
            Vec::<usize>::new()
        );
        assert_eq!(
            f(Filter {
                text: Some("coordinator b".into()),
                ..Filter::default()
            }),
            vec![1]
        );
    }

    #[test]
    fn stage_filter_parses_expired() {
        assert_eq!("expired".parse::<StageFilter>(), Ok(StageFilter::Expired));
        assert_eq!(
            "wachtkamer".parse::<StageFilter>(),
            Ok(StageFilter::Stage(Stage::WaitingRoom))
        );
        assert!("bogus".parse::<StageFilter>().is_err());
    }
}
