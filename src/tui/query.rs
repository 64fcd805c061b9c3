//! Which postings are visible and in what order: the choices of the `f`
//! popup, the hits of the `/` search and the sort key (by net per hour and
//! chance of winning from the figures `assessed.rs` computed). Filtering and fuzzy
//! matching are [`crate::search`]'s (shared with the command line); this
//! module keeps only what is the interface's own. No drawing, no store.

use super::assessed::Assessed;
use crate::pipeline::{PostingRecord, Stage, Status};
use crate::posting::normalize::fold;
use crate::search::{Filter, Matcher, StageFilter, fuzzy::fold_with_map};
use chrono::{DateTime, Duration, Utc};

/// Deadline windows offered in the filter popup, in days.
pub const DUE_WINDOWS: [u32; 4] = [3, 7, 14, 30];
/// Hours-per-week ranges offered in the filter popup.
pub const HOURS_RANGES: [(u32, u32); 4] = [(0, 16), (16, 24), (24, 32), (32, 40)];

/// The choices made in the filter popup. `None` means "any". Filtering
/// itself is [`crate::search::filter`], shared with the command line.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FilterState {
    pub region: Option<String>,
    pub scale_min: Option<u32>,
    pub scale_max: Option<u32>,
    /// A stored stage or "expired", or `None` for any.
    pub stage: Option<StageFilter>,
    /// Deadline within this many days (and not passed).
    pub due_within: Option<u32>,
    pub hours: Option<(u32, u32)>,
}

/// The stage filter's values, in the order the popup cycles through them.
pub fn stage_options() -> Vec<StageFilter> {
    let mut v: Vec<StageFilter> = Stage::ALL.iter().map(|s| StageFilter::Stage(*s)).collect();
    v.push(StageFilter::Expired);
    v
}

pub fn stage_label(s: StageFilter) -> &'static str {
    match s {
        StageFilter::Stage(st) => st.key(),
        StageFilter::Expired => "expired",
    }
}

impl FilterState {
    pub fn is_empty(&self) -> bool {
        *self == FilterState::default()
    }

    /// Short descriptions of the active filters, for the filter line.
    pub fn describe(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(r) = &self.region {
            out.push(format!("region:{r}"));
        }
        match (self.scale_min, self.scale_max) {
            (None, None) => {}
            (lo, hi) => out.push(format!(
                "scale:{}-{}",
                lo.map_or("*".into(), |v| v.to_string()),
                hi.map_or("*".into(), |v| v.to_string())
            )),
        }
        if let Some(s) = self.stage {
            out.push(format!("stage:{}", stage_label(s)));
        }
        if let Some(d) = self.due_within {
            out.push(format!("due:<{d}d"));
        }
        if let Some((lo, hi)) = self.hours {
            out.push(format!("hours:{lo}-{hi}"));
        }
        out
    }

    /// The shared filter these choices stand for (without search text: the
    /// search runs on the worker).
    pub fn to_filter(&self) -> Filter {
        let scale = match (self.scale_min, self.scale_max) {
            (None, None) => None,
            (lo, hi) => Some((lo.unwrap_or(0), hi.unwrap_or(u32::MAX))),
        };
        Filter {
            region: self.region.clone(),
            scale,
            stage: self.stage,
            due_within: self.due_within.map(|d| Duration::days(d.into())),
            hours: self.hours,
            ..Filter::default()
        }
    }
}

/// The list's sort keys, in the order `o` cycles through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    #[default]
    Deadline,
    Title,
    Organisation,
    Stage,
    Scale,
    /// Net per hour at your rate, highest first.
    Net,
    /// The learned chance of winning, highest first.
    Chance,
}

impl SortKey {
    pub fn next(self) -> SortKey {
        match self {
            SortKey::Deadline => SortKey::Title,
            SortKey::Title => SortKey::Organisation,
            SortKey::Organisation => SortKey::Stage,
            SortKey::Stage => SortKey::Scale,
            SortKey::Scale => SortKey::Net,
            SortKey::Net => SortKey::Chance,
            SortKey::Chance => SortKey::Deadline,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            SortKey::Deadline => "deadline",
            SortKey::Title => "title",
            SortKey::Organisation => "organisation",
            SortKey::Stage => "stage",
            SortKey::Scale => "scale",
            SortKey::Net => "net per hour",
            SortKey::Chance => "chance of winning",
        }
    }
}

/// Indices into `records` that pass the filter and (when there is a search)
/// are among the search hits, sorted. With a search, the fuzzy score decides
/// the order first.
///
/// The order is a total one (it ends with the id), so only what is compared
/// matters, not the order rows come in: the filter keeps the hits in key
/// order, unsorted, and what each comparison needs (the deadline as an
/// instant, the folded title, the scale) is worked out once per row, not
/// once per comparison (issue 16: at 100,000 postings a keystroke's results
/// spent more time here than in the search).
pub fn visible(
    records: &[PostingRecord],
    filter: &FilterState,
    hits: Option<&[(usize, i64)]>,
    sort: SortKey,
    now: DateTime<Utc>,
    judged: &[Assessed],
) -> Vec<usize> {
    let f = filter.to_filter();
    let scored: Vec<(usize, i64)> = match hits {
        None => (0..records.len()).map(|i| (i, 0)).collect(),
        Some(hits) => hits.to_vec(),
    };
    let scored = crate::search::filter::retain(records, &f, now, scored, |h| h.0);
    let mut rows: Vec<Row> = scored
        .into_iter()
        .map(|(i, score)| {
            Row::new(
                &records[i],
                i,
                score,
                figure(judged.get(i), sort),
                sort,
                now,
            )
        })
        .collect();
    rows.sort_by(|a, b| {
        b.score.cmp(&a.score).then_with(|| {
            b.figure
                .partial_cmp(&a.figure)
                .unwrap_or(std::cmp::Ordering::Equal)
                .then_with(|| compare(a, b, sort))
        })
    });
    rows.into_iter().map(|r| r.i).collect()
}

/// One row to sort and what its comparisons read.
pub(super) struct Row<'a> {
    pub(super) i: usize,
    score: i64,
    figure: Option<f64>,
    record: &'a PostingRecord,
    /// The closing time as an instant and whether it has passed.
    closing: Option<(bool, DateTime<Utc>)>,
    /// The folded title (sorting by title only).
    title: String,
    /// The scale range (sorting by scale only).
    scale: Option<(u32, u32)>,
}

impl<'a> Row<'a> {
    fn new(
        record: &'a PostingRecord,
        i: usize,
        score: i64,
        figure: Option<f64>,
        sort: SortKey,
        now: DateTime<Utc>,
    ) -> Row<'a> {
        let closing = record.posting.closing();
        Row::with_closing(record, i, score, figure, sort, closing, now)
    }

    /// [`Row::new`] with the record's closing instant already worked out.
    pub(super) fn with_closing(
        record: &'a PostingRecord,
        i: usize,
        score: i64,
        figure: Option<f64>,
        sort: SortKey,
        closing: Option<DateTime<chrono::FixedOffset>>,
        now: DateTime<Utc>,
    ) -> Row<'a> {
        let closing = closing.map(|d| {
            let d = d.with_timezone(&Utc);
            (d <= now, d)
        });
        Row {
            i,
            score,
            figure,
            record,
            closing,
            title: match sort {
                SortKey::Title => fold(&record.posting.title),
                _ => String::new(),
            },
            scale: match sort {
                SortKey::Scale => record.posting.scale_range(),
                _ => None,
            },
        }
    }
}

/// The figure sorted on, highest first (`None` sorts last): the net per
/// hour or the chance; nothing for the other keys.
pub(super) fn figure(a: Option<&Assessed>, sort: SortKey) -> Option<f64> {
    match sort {
        SortKey::Net => a?.net_per_hour,
        SortKey::Chance => a?.chance.as_ref().map(|c| f64::from(c.percent)),
        _ => None,
    }
}

/// Orders two rows by the sort key. By deadline: upcoming ones first,
/// soonest first; then passed ones, most recent first; then none (the
/// shared default order, [`crate::search::filter::deadline_order`], which
/// the command line's `list` uses too, on the values worked out per row).
pub(super) fn compare(a: &Row, b: &Row, sort: SortKey) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let by_deadline = || match (a.closing, b.closing) {
        (Some((px, x)), Some((py, y))) => px
            .cmp(&py)
            .then_with(|| if px { y.cmp(&x) } else { x.cmp(&y) }),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    };
    let (ra, rb) = (a.record, b.record);
    let primary = match sort {
        SortKey::Deadline => by_deadline(),
        SortKey::Title => a.title.cmp(&b.title),
        SortKey::Organisation => ra.posting.organisation.cmp(&rb.posting.organisation),
        SortKey::Stage => ra.stage.cmp(&rb.stage),
        SortKey::Scale => a.scale.cmp(&b.scale),
        // the figure was compared first; equal figures go by deadline
        SortKey::Net | SortKey::Chance => Ordering::Equal,
    };
    primary
        .then_with(by_deadline)
        .then_with(|| ra.id.cmp(&rb.id))
}

/// Character positions in `text` that the fuzzy query matches, for
/// highlighting (the shared matcher, per query word).
pub fn match_positions(text: &str, query: &str) -> Vec<usize> {
    Matcher::default().highlight(text, query)
}

/// Character ranges of `text` where the folded `term` occurs as a substring
/// (for the Text pane).
pub fn substring_ranges(text: &str, term: &str) -> Vec<(usize, usize)> {
    let t: Vec<char> = fold(term.trim()).chars().collect();
    if t.is_empty() {
        return vec![];
    }
    let (folded, map) = fold_with_map(text);
    let f: Vec<char> = folded.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i + t.len() <= f.len() {
        if f[i..i + t.len()] == t[..] {
            out.push((map[i], map[i + t.len() - 1] + 1));
            i += t.len();
        } else {
            i += 1;
        }
    }
    out
}

/// How long until a deadline: "3d 4h", "5h 12m", "expired", or "-".
pub fn countdown(deadline: Option<DateTime<chrono::FixedOffset>>, now: DateTime<Utc>) -> String {
    let Some(d) = deadline else { return "-".into() };
    let left = d.with_timezone(&Utc) - now;
    if left <= Duration::zero() {
        return "expired".into();
    }
    let mins = left.num_minutes();
    let (days, hours, m) = (mins / 1440, (mins % 1440) / 60, mins % 60);
    if days > 0 {
        format!("{days}d {hours}h")
    } else {
        format!("{hours}h {m}m")
    }
}

/// How urgent a deadline is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Urgency {
    Normal,
    /// Within three days.
    Soon,
    Expired,
}

pub fn urgency(r: &PostingRecord, now: DateTime<Utc>) -> Urgency {
    match (
        Status::of(r.stage, r.posting.closing(), now),
        r.posting.closing(),
    ) {
        (Status::Expired, _) => Urgency::Expired,
        (_, Some(d))
            if r.stage == Stage::Open && d.with_timezone(&Utc) - now <= Duration::days(3) =>
        {
            Urgency::Soon
        }
        _ => Urgency::Normal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countdown_formats() {
        let now = DateTime::parse_from_rfc3339("2026-07-01T07:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let d = |s| DateTime::parse_from_rfc3339(s).ok();
        assert_eq!(countdown(d("2026-07-04T13:00:00+02:00"), now), "3d 4h");
        assert_eq!(countdown(d("2026-07-01T14:12:00+02:00"), now), "5h 12m");
        assert_eq!(countdown(d("2026-06-30T09:00:00+02:00"), now), "expired");
        assert_eq!(countdown(None, now), "-");
    }

    #[test]
    fn highlight_positions_follow_diacritics() {
        let pos = match_positions("Coördinator", "coordinator");
        assert_eq!(pos, (0..11).collect::<Vec<_>>());
        assert_eq!(
            substring_ranges("De Coördinator en coordinator", "coörd"),
            vec![(3, 8), (18, 23)]
        );
    }
}
