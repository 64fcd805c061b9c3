//! Which postings are visible and in what order: the filter set in the `f`
//! popup, the `/` fuzzy search and the sort key. Pure functions over records;
//! no drawing, no store.

use crate::pipeline::{PostingRecord, Stage, Status};
use crate::posting::normalize::fold;
use chrono::{DateTime, Duration, Utc};
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// Deadline windows offered in the filter popup, in days.
pub const DUE_WINDOWS: [u32; 4] = [3, 7, 14, 30];
/// Hours-per-week ranges offered in the filter popup.
pub const HOURS_RANGES: [(u32, u32); 4] = [(0, 16), (16, 24), (24, 32), (32, 40)];

/// Fuzzy score per query character below which a match is noise.
const MIN_SCORE_PER_CHAR: i64 = 10;

/// The filters of the `f` popup. `None` means "any".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FilterState {
    pub region: Option<String>,
    pub scale_min: Option<u32>,
    pub scale_max: Option<u32>,
    /// A stored stage, or `None` for any.
    pub stage: Option<Stage>,
    /// Deadline within this many days (and not passed).
    pub due_within: Option<u32>,
    pub hours: Option<(u32, u32)>,
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
            out.push(format!("stage:{}", s.key()));
        }
        if let Some(d) = self.due_within {
            out.push(format!("due:<{d}d"));
        }
        if let Some((lo, hi)) = self.hours {
            out.push(format!("hours:{lo}-{hi}"));
        }
        out
    }

    pub fn matches(&self, r: &PostingRecord, now: DateTime<Utc>) -> bool {
        let p = &r.posting;
        if let Some(region) = &self.region
            && p.region.as_deref() != Some(region.as_str())
        {
            return false;
        }
        if self.scale_min.is_some() || self.scale_max.is_some() {
            let Some((lo, hi)) = p.scale_range() else {
                return false;
            };
            let (fmin, fmax) = (
                self.scale_min.unwrap_or(0),
                self.scale_max.unwrap_or(u32::MAX),
            );
            if hi < fmin || lo > fmax {
                return false;
            }
        }
        if let Some(s) = self.stage
            && r.stage != s
        {
            return false;
        }
        if let Some(days) = self.due_within {
            let Some(d) = p.deadline else { return false };
            let d = d.with_timezone(&Utc);
            if d <= now || d > now + Duration::days(days.into()) {
                return false;
            }
        }
        if let Some((lo, hi)) = self.hours {
            let (Some(pmin), pmax) = (p.hours_min, p.hours_max) else {
                return false;
            };
            let pmax = pmax.unwrap_or(pmin);
            if pmax < lo || pmin > hi {
                return false;
            }
        }
        true
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
}

impl SortKey {
    pub fn next(self) -> SortKey {
        match self {
            SortKey::Deadline => SortKey::Title,
            SortKey::Title => SortKey::Organisation,
            SortKey::Organisation => SortKey::Stage,
            SortKey::Stage => SortKey::Scale,
            SortKey::Scale => SortKey::Deadline,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            SortKey::Deadline => "deadline",
            SortKey::Title => "title",
            SortKey::Organisation => "organisation",
            SortKey::Stage => "stage",
            SortKey::Scale => "scale",
        }
    }
}

/// Indices into `records` that pass the filter and the search, sorted. With a
/// search query, fuzzy score decides the order.
pub fn visible(
    records: &[PostingRecord],
    filter: &FilterState,
    query: &str,
    sort: SortKey,
    now: DateTime<Utc>,
) -> Vec<usize> {
    let q = fold(query.trim());
    let matcher = SkimMatcherV2::default();
    // skim scores about 16 per contiguous matching char; letters scattered
    // over a long key (criteria included) score far lower: drop those
    let min_score = q.chars().filter(|c| !c.is_whitespace()).count() as i64 * MIN_SCORE_PER_CHAR;
    let mut hits: Vec<(usize, i64)> = records
        .iter()
        .enumerate()
        .filter(|(_, r)| filter.matches(r, now))
        .filter_map(|(i, r)| {
            if q.is_empty() {
                return Some((i, 0));
            }
            let key = if r.search_key.is_empty() {
                super::backend::search_key_of(&r.posting)
            } else {
                r.search_key.clone()
            };
            matcher
                .fuzzy_match(&key, &q)
                .filter(|s| *s >= min_score)
                .map(|s| (i, s))
        })
        .collect();
    hits.sort_by(|(a, sa), (b, sb)| {
        let (ra, rb) = (&records[*a], &records[*b]);
        sb.cmp(sa).then_with(|| compare(ra, rb, sort, now))
    });
    hits.into_iter().map(|(i, _)| i).collect()
}

/// Orders two records by the sort key. By deadline: upcoming ones first,
/// soonest first; then passed ones, most recent first; then none.
fn compare(
    a: &PostingRecord,
    b: &PostingRecord,
    sort: SortKey,
    now: DateTime<Utc>,
) -> std::cmp::Ordering {
    let (pa, pb) = (&a.posting, &b.posting);
    let by_deadline = || match (pa.deadline, pb.deadline) {
        (Some(x), Some(y)) => {
            let (px, py) = (x.with_timezone(&Utc) <= now, y.with_timezone(&Utc) <= now);
            px.cmp(&py)
                .then_with(|| if px { y.cmp(&x) } else { x.cmp(&y) })
        }
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    };
    let primary = match sort {
        SortKey::Deadline => by_deadline(),
        SortKey::Title => fold(&pa.title).cmp(&fold(&pb.title)),
        SortKey::Organisation => pa.organisation.cmp(&pb.organisation),
        SortKey::Stage => a.stage.cmp(&b.stage),
        SortKey::Scale => pa.scale_range().cmp(&pb.scale_range()),
    };
    primary.then_with(by_deadline).then_with(|| a.id.cmp(&b.id))
}

/// Character positions in `text` that the fuzzy query matches, for
/// highlighting. Folding is done per character so positions line up with
/// the original text.
pub fn match_positions(text: &str, query: &str) -> Vec<usize> {
    let q = fold(query.trim());
    if q.is_empty() {
        return vec![];
    }
    let (folded, map) = fold_with_map(text);
    SkimMatcherV2::default()
        .fuzzy_indices(&folded, &q)
        .map(|(_, idx)| {
            let mut v: Vec<usize> = idx
                .into_iter()
                .filter_map(|i| map.get(i).copied())
                .collect();
            v.dedup();
            v
        })
        .unwrap_or_default()
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

/// Folds `text` and maps every folded char back to its source char index.
fn fold_with_map(text: &str) -> (String, Vec<usize>) {
    let mut folded = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len());
    let mut buf = [0u8; 4];
    for (i, c) in text.chars().enumerate() {
        for fc in fold(c.encode_utf8(&mut buf)).chars() {
            folded.push(fc);
            map.push(i);
        }
    }
    (folded, map)
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
        Status::of(r.stage, r.posting.deadline, now),
        r.posting.deadline,
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
