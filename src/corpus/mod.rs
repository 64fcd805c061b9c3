//! A deterministic corpus of realistic postings, for the round-trip test and
//! the benchmarks. `generate(seed, index, now)` writes one posting in one of
//! the two layouts of `data/postings/` (web copy with markdown and a
//! tab-separated header table, or PDF text with one field per line and
//! blank lines between wrapped lines) and returns the text together with the
//! values it wrote, so a test can check that the parser reads them back.
//!
//! Each posting depends only on `(seed, index)`, so any slice of a corpus can
//! be made on its own (in parallel, or again later) and comes out the same.

mod phrases;
mod render;
mod rng;
mod spec;
mod words;

pub use rng::Rng;

use render::{render_pdf, render_web};
use spec::spec;

use crate::posting::{DbaStance, Money, RateBand};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use std::fmt::Write as _;

/// Which of the two sample layouts a posting is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Copied from the web page: markdown headings, a tab-separated header table.
    Web,
    /// Text from a PDF: one field per line, wrapped prose.
    Pdf,
}

/// The values a generated posting was written from.
#[derive(Debug, Clone, PartialEq)]
pub struct Spec {
    pub layout: Layout,
    pub title: String,
    pub request_number: String,
    pub organisation: String,
    /// The province as the parser names it (the text may spell it otherwise).
    pub region: &'static str,
    pub start: Option<NaiveDate>,
    pub start_asap: bool,
    pub hours_min: Option<u32>,
    pub hours_max: Option<u32>,
    /// Local time, Europe/Amsterdam.
    pub deadline: NaiveDateTime,
    pub questions_deadline: NaiveDateTime,
    pub answers_published: NaiveDate,
    pub interview_dates: Vec<NaiveDate>,
    pub interview_time: Option<String>,
    pub notification_date: NaiveDate,
    pub knockout: Vec<String>,
    /// Text and points of each award criterion; the points add up to 100.
    pub award: Vec<(String, u32)>,
    /// The bands of the award criterion that scores the hourly rate.
    pub rate_bands: Vec<RateBand>,
    pub max_rate: Option<Money>,
    pub max_rate_is_knockout: bool,
    /// As the parser gives it: `None` for no scale sentence and for one
    /// that leaves it empty ("functieschaal ."; then `scale_empty`).
    pub scale: Option<String>,
    pub scale_empty: bool,
    pub dba: DbaStance,
    pub vog_required: bool,
    pub vog_p: bool,
    pub vog_weeks: Option<u32>,
    pub vog_p_weeks: Option<u32>,
    pub sroi: bool,
    pub waadi: bool,
    pub g_account: bool,
}

/// A generated posting: its text and the values it was written from.
#[derive(Debug, Clone)]
pub struct Generated {
    pub text: String,
    pub spec: Spec,
}

/// Posting `index` of the corpus `seed`, with dates around `now`.
pub fn generate(seed: u64, index: u64, now: NaiveDate) -> Generated {
    let mut rng = Rng::new(seed ^ index.wrapping_mul(0xA076_1D64_78BD_642F));
    rng.next_u64();
    let spec = spec(&mut rng, index, now);
    let text = match spec.layout {
        Layout::Web => render_web(&mut rng, &spec),
        Layout::Pdf => render_pdf(&mut rng, &spec),
    };
    Generated { text, spec }
}

/// Postings `0..count` of the corpus `seed`.
pub fn corpus(seed: u64, count: u64, now: NaiveDate) -> impl Iterator<Item = Generated> {
    (0..count).map(move |i| generate(seed, i, now))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_points_add_up() {
        let now = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
        for i in 0..200 {
            let a = generate(42, i, now);
            let b = generate(42, i, now);
            assert_eq!(a.text, b.text);
            assert_eq!(a.spec.award.iter().map(|x| x.1).sum::<u32>(), 100);
            assert!((2..=7).contains(&a.spec.knockout.len()));
            assert!((3..=8).contains(&a.spec.award.len()));
        }
        assert_ne!(generate(1, 0, now).text, generate(2, 0, now).text);
    }
}
