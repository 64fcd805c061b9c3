//! The interface's records (issue 16: the interface at 100,000 postings in
//! well under half the memory). A stored posting is read into a [`Posting`]
//! with every field the list, the board, the agenda, the filters, the sort
//! and the figures per record (score, DBA, VOG, hours, net, chance) read,
//! and without what only the detail shows: the VOG and DBA evidence, the
//! competences, the warnings, the request number, the platform and the
//! other facts of the Overview. The detail reads the posting whole
//! (`Store::detail`).
//!
//! The criteria keep their number, points and rate bands; their text only
//! where the score reads it: a criterion about the hourly rate
//! ([`is_rate_text`]), and every criterion of a posting with answers (an
//! answer given against another text is one to look at again). Of the
//! others the text is left empty. So the score, the verdict and every
//! figure of such a record are the same as of the whole posting; when an
//! answer comes in for a posting read without its texts, the interface
//! puts the detail's criteria in first (`tui/judge.rs`, `tui/app/external.rs`).

use super::read::{HEAD_PARTS, raw_record, record_from};
use super::{Store, StoreError};
use crate::assess::score::is_rate_text;
use crate::pipeline::PostingRecord;
use crate::posting::{
    AwardCriterion, Dba, DbaStance, KnockoutCriterion, Money, Posting, RateBand, Vog,
};
use crate::search::packed::PackedKeys;
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use rusqlite::Row;
use serde::Deserialize;
use std::borrow::Cow;

/// The fields of a stored posting the interface's records hold; serde skips
/// the rest of the JSON without allocating it. Criteria texts are borrowed
/// from the JSON and copied only when kept.
#[derive(Deserialize, Default)]
#[serde(default)]
struct Wire<'a> {
    title: String,
    organisation: Option<String>,
    region: Option<String>,
    scale: Option<String>,
    start_date: Option<NaiveDate>,
    duration: Option<String>,
    end_date: Option<NaiveDate>,
    extension_options: Option<String>,
    hours_min: Option<u32>,
    hours_max: Option<u32>,
    deadline: Option<DateTime<FixedOffset>>,
    deadline_date: Option<NaiveDate>,
    questions_deadline: Option<DateTime<FixedOffset>>,
    answers_published: Option<NaiveDate>,
    interview_dates: Vec<NaiveDate>,
    interview_week_of: Option<NaiveDate>,
    interview_time: Option<String>,
    notification_date: Option<NaiveDate>,
    #[serde(borrow)]
    knockout: Vec<WireKnockout<'a>>,
    #[serde(borrow)]
    award: Vec<WireAward<'a>>,
    max_rate_eur: Option<Money>,
    max_rate_is_knockout: bool,
    fee: Option<String>,
    fee_per_hour_eur: Option<Money>,
    vog: WireVog,
    g_account: bool,
    dba: WireDba,
    #[serde(alias = "link")]
    url: Option<String>,
    distance_km: Option<u32>,
}

#[derive(Deserialize)]
struct WireKnockout<'a> {
    number: u32,
    #[serde(borrow)]
    text: Cow<'a, str>,
}

#[derive(Deserialize)]
struct WireAward<'a> {
    number: u32,
    #[serde(borrow)]
    text: Cow<'a, str>,
    points: Option<u32>,
    rate_bands: Vec<RateBand>,
}

/// The VOG demand without its evidence.
#[derive(Deserialize, Default)]
struct WireVog {
    required: bool,
    vog_p_mentioned: bool,
    lead_time_weeks: Option<u32>,
    vog_p_lead_time_weeks: Option<u32>,
}

/// The DBA stance without its evidence.
#[derive(Deserialize, Default)]
struct WireDba {
    stance: DbaStance,
}

/// A criterion's text where the score reads it (see the module doc), else
/// empty (no allocation).
fn kept(text: Cow<'_, str>, all: bool) -> String {
    if all || is_rate_text(&text) {
        text.into_owned()
    } else {
        String::new()
    }
}

/// A vector with exactly its length's room. serde grows a vector as it
/// reads (room for 4, then 8), and a collect from a vector's own iterator
/// keeps that room; shrinking afterwards does not help, as an allocator may
/// keep a block that shrinks by less than half.
fn exact<T, U>(from: Vec<T>, f: impl FnMut(T) -> U) -> Vec<U> {
    let mut out = Vec::with_capacity(from.len());
    out.extend(from.into_iter().map(f));
    out
}

impl Wire<'_> {
    /// The posting, with every criterion's text when `all_texts`.
    fn into_posting(self, all_texts: bool) -> Posting {
        Posting {
            title: self.title,
            organisation: self.organisation,
            region: self.region,
            scale: self.scale,
            start_date: self.start_date,
            duration: self.duration,
            end_date: self.end_date,
            extension_options: self.extension_options,
            hours_min: self.hours_min,
            hours_max: self.hours_max,
            deadline: self.deadline,
            deadline_date: self.deadline_date,
            questions_deadline: self.questions_deadline,
            answers_published: self.answers_published,
            interview_dates: exact(self.interview_dates, |d| d),
            interview_week_of: self.interview_week_of,
            interview_time: self.interview_time,
            notification_date: self.notification_date,
            knockout: exact(self.knockout, |c| KnockoutCriterion {
                number: c.number,
                text: kept(c.text, all_texts),
            }),
            award: exact(self.award, |c| AwardCriterion {
                number: c.number,
                text: kept(c.text, all_texts),
                points: c.points,
                rate_bands: exact(c.rate_bands, |b| b),
            }),
            max_rate_eur: self.max_rate_eur,
            max_rate_is_knockout: self.max_rate_is_knockout,
            fee: self.fee,
            fee_per_hour_eur: self.fee_per_hour_eur,
            vog: Vog {
                required: self.vog.required,
                vog_p_mentioned: self.vog.vog_p_mentioned,
                lead_time_weeks: self.vog.lead_time_weeks,
                vog_p_lead_time_weeks: self.vog.vog_p_lead_time_weeks,
                evidence: Vec::new(),
            },
            g_account: self.g_account,
            dba: Dba {
                stance: self.dba.stance,
                evidence: Vec::new(),
            },
            url: self.url,
            distance_km: self.distance_km,
            ..Posting::default()
        }
    }
}

/// The columns read, and whether the posting has answers.
const COLUMNS: &str = "id, posting_json, stage, search_key, imported_at, updated_at, change_mark,
     EXISTS (SELECT 1 FROM assessments a WHERE a.posting_id = postings.id)";

impl Store {
    /// Every posting outside the archive as an interface record (see the
    /// module doc), in import order, with its search key.
    pub fn list_for_interface(&self) -> Result<Vec<PostingRecord>, StoreError> {
        self.each_for_interface(self.rows()?, |_| {})
    }

    /// [`Store::list_for_interface`] with the search keys taken out and
    /// packed for the interface's search worker as each row is read, so
    /// they are never all held as text.
    pub fn list_for_interface_packed(
        &self,
    ) -> Result<(Vec<PostingRecord>, PackedKeys), StoreError> {
        let rows = self.rows()?;
        let mut keys = PackedKeys::with_capacity(rows);
        let records =
            self.each_for_interface(rows, |r| keys.push(&std::mem::take(&mut r.search_key)))?;
        Ok((records, keys.finish()))
    }

    /// How many postings there are, the archive included: room for the
    /// records at once (grown on the way, the vector would take up to twice
    /// its size and be copied at each doubling; a record is over 800 bytes
    /// before its strings). Counted from an index: counting those outside
    /// the archive reads every row (0.3 s at 100,000).
    fn rows(&self) -> Result<usize, StoreError> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM postings", [], |r| r.get(0))?;
        Ok(usize::try_from(n).unwrap_or(0))
    }

    /// Every interface record, each handed to `each` before it is kept;
    /// room for `room` of them.
    fn each_for_interface(
        &self,
        room: usize,
        mut each: impl FnMut(&mut PostingRecord),
    ) -> Result<Vec<PostingRecord>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM postings WHERE archived_at IS NULL ORDER BY seq"
        ))?;
        let mut records = Vec::with_capacity(room);
        for r in stmt.query_map([], interface_record)? {
            let mut r = r??;
            each(&mut r);
            records.push(r);
        }
        Ok(records)
    }

    /// [`Store::list_head`] as interface records: the first screen.
    pub fn head_for_interface(
        &self,
        now: DateTime<Utc>,
        limit: usize,
    ) -> Result<Vec<PostingRecord>, StoreError> {
        let now = super::ts(now);
        let mut out = Vec::new();
        for part in HEAD_PARTS {
            let left = limit.saturating_sub(out.len());
            if left == 0 {
                break;
            }
            let mut stmt = self.conn.prepare(&format!(
                "SELECT {COLUMNS} FROM postings WHERE archived_at IS NULL AND {part} LIMIT {left}"
            ))?;
            let rows = stmt.query_map([&now], interface_record)?;
            for r in rows {
                out.push(r??);
            }
        }
        Ok(out)
    }
}

/// An interface record from a row of [`COLUMNS`].
fn interface_record(r: &Row<'_>) -> rusqlite::Result<Result<PostingRecord, StoreError>> {
    let raw = raw_record(r, 0)?;
    let answered: bool = r.get(7)?;
    Ok(record_from(raw, |json| {
        serde_json::from_str::<Wire>(json).map(|w| w.into_posting(answered))
    }))
}

#[cfg(test)]
#[path = "interface_records_tests.rs"]
mod tests;
