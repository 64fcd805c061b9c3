//! Every coming date across postings, soonest first: questions deadlines,
//! submission deadlines, interviews, notifications and starts.

use crate::pipeline::{PostingRecord, Stage};
use crate::posting::Posting;
use chrono::{NaiveDate, NaiveTime};
use chrono_tz::Europe::Amsterdam;
use serde::Serialize;

/// What a date in the agenda is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AgendaKind {
    QuestionsDeadline,
    AnswersPublished,
    Deadline,
    Interview,
    InterviewWeek,
    Notification,
    Start,
    /// A bid without news some days after its deadline: ask how it stands.
    FollowUp,
}

impl AgendaKind {
    pub fn label(self) -> &'static str {
        match self {
            AgendaKind::QuestionsDeadline => "questions deadline",
            AgendaKind::AnswersPublished => "answers published",
            AgendaKind::Deadline => "deadline",
            AgendaKind::Interview => "interview",
            AgendaKind::InterviewWeek => "interview week",
            AgendaKind::Notification => "invitations sent",
            AgendaKind::Start => "start",
            AgendaKind::FollowUp => "follow up (no news)",
        }
    }

    /// A stable key, used in calendar UIDs.
    pub fn key(self) -> &'static str {
        match self {
            AgendaKind::QuestionsDeadline => "questions",
            AgendaKind::AnswersPublished => "answers",
            AgendaKind::Deadline => "deadline",
            AgendaKind::Interview => "interview",
            AgendaKind::InterviewWeek => "interview-week",
            AgendaKind::Notification => "notification",
            AgendaKind::Start => "start",
            AgendaKind::FollowUp => "follow-up",
        }
    }

    /// Whether a reminder should come a day ahead.
    pub fn is_deadline(self) -> bool {
        matches!(self, AgendaKind::QuestionsDeadline | AgendaKind::Deadline)
    }
}

/// One date in the agenda (local Dutch date and time).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgendaItem {
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
    pub kind: AgendaKind,
    pub posting_id: String,
    pub title: String,
    pub organisation: Option<String>,
    /// The n-th date of this kind for the posting (several interview days).
    pub seq: usize,
}

/// One date in the agenda by the index of its posting's record: what the
/// interface keeps (100,000 postings have some 360,000 coming dates; an
/// [`AgendaItem`] each would copy the id, title and organisation into
/// every one). [`Dated::item`] makes the item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dated {
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
    pub kind: AgendaKind,
    /// The n-th date of this kind for the posting.
    pub seq: u32,
    /// The index of the posting in the records the agenda was made from.
    pub record: u32,
}

impl Dated {
    /// The record this date is of, in the records it was made from.
    pub fn record<'a>(&self, records: &'a [PostingRecord]) -> Option<&'a PostingRecord> {
        records.get(usize::try_from(self.record).ok()?)
    }

    /// The agenda item of this date of record `r`.
    pub fn item(&self, r: &PostingRecord) -> AgendaItem {
        AgendaItem {
            date: self.date,
            time: self.time,
            kind: self.kind,
            posting_id: r.id.clone(),
            title: r.posting.title.clone(),
            organisation: r.posting.organisation.clone(),
            seq: self.seq as usize,
        }
    }
}

/// Stages whose dates still matter to the user.
fn live(stage: Stage) -> bool {
    !matches!(stage, Stage::Rejected | Stage::Withdrawn | Stage::Passed)
}

/// All dates of one posting.
pub fn items(r: &PostingRecord) -> Vec<AgendaItem> {
    let mut out = Vec::new();
    each_date(&r.posting, 0, &mut |d| out.push(d.item(r)));
    out
}

/// Each date of posting `p`, as the dates of record `record`.
fn each_date(p: &Posting, record: u32, push: &mut impl FnMut(Dated)) {
    let mut push = |date: NaiveDate, time: Option<NaiveTime>, kind: AgendaKind, seq: u32| {
        push(Dated {
            date,
            time,
            kind,
            seq,
            record,
        });
    };
    let local = |dt: chrono::DateTime<chrono::FixedOffset>| {
        let l = dt.with_timezone(&Amsterdam);
        (l.date_naive(), Some(l.time()))
    };
    if let Some(dt) = p.questions_deadline {
        let (d, t) = local(dt);
        push(d, t, AgendaKind::QuestionsDeadline, 0);
    }
    if let Some(d) = p.answers_published {
        push(d, None, AgendaKind::AnswersPublished, 0);
    }
    if let Some(dt) = p.deadline {
        let (d, t) = local(dt);
        push(d, t, AgendaKind::Deadline, 0);
    } else if let Some(d) = p.deadline_date {
        // the day is stated, the time is not: the agenda shows no time
        push(d, None, AgendaKind::Deadline, 0);
    }
    let interview_time = p
        .interview_time
        .as_deref()
        .and_then(|t| NaiveTime::parse_from_str(&t[..t.len().min(5)], "%H:%M").ok());
    for (i, d) in (0..).zip(&p.interview_dates) {
        push(*d, interview_time, AgendaKind::Interview, i);
    }
    if let Some(d) = p.interview_week_of {
        push(d, None, AgendaKind::InterviewWeek, 0);
    }
    if let Some(d) = p.notification_date {
        push(d, None, AgendaKind::Notification, 0);
    }
    if let Some(d) = p.start_date {
        push(d, None, AgendaKind::Start, 0);
    }
}

/// Every date from `from` on across postings still in play, soonest first,
/// by record index (see [`Dated`]).
pub fn dates(records: &[PostingRecord], from: NaiveDate) -> Vec<Dated> {
    let each = |push: &mut dyn FnMut(Dated)| {
        for (i, r) in (0..).zip(records) {
            if live(r.stage) {
                each_date(&r.posting, i, &mut |d| {
                    if d.date >= from {
                        push(d);
                    }
                });
            }
        }
    };
    // counted first: 100,000 postings have some 360,000 dates, and a
    // vector grown to them would take up to twice their room
    let mut n = 0;
    each(&mut |_| n += 1);
    let mut out = Vec::with_capacity(n);
    each(&mut |d| out.push(d));
    out.sort_by(|a, b| {
        (a.date, a.time.is_none(), a.time, a.kind).cmp(&(b.date, b.time.is_none(), b.time, b.kind))
    });
    out
}

/// Every date from `from` on across postings still in play, soonest first.
pub fn agenda(records: &[PostingRecord], from: NaiveDate) -> Vec<AgendaItem> {
    dates(records, from)
        .iter()
        .filter_map(|d| Some(d.item(d.record(records)?)))
        .collect()
}

/// The day of a posting's deadline in the Netherlands (also a deadline
/// given without a time).
pub fn deadline_day(p: &crate::posting::Posting) -> Option<NaiveDate> {
    p.deadline
        .map(|d| d.with_timezone(&Amsterdam).date_naive())
        .or(p.deadline_date)
}

/// The agenda with a follow-up for every bid without news: still `applied`,
/// no outcome recorded (`has_outcome`), on the day `days` after its
/// deadline. A follow-up stays in the agenda, also once its day has passed,
/// until the bid has news.
pub fn with_follow_ups(
    records: &[PostingRecord],
    from: NaiveDate,
    days: u32,
    has_outcome: impl Fn(&str) -> bool,
) -> Vec<AgendaItem> {
    let mut out = agenda(records, from);
    for r in records
        .iter()
        .filter(|r| r.stage == Stage::Applied && !has_outcome(&r.id))
    {
        if let Some(d) = deadline_day(&r.posting) {
            out.push(AgendaItem {
                date: crate::pipeline::outcome::follow_up_day(d, days),
                time: None,
                kind: AgendaKind::FollowUp,
                posting_id: r.id.clone(),
                title: r.posting.title.clone(),
                organisation: r.posting.organisation.clone(),
                seq: 0,
            });
        }
    }
    out.sort_by(|a, b| {
        (a.date, a.time.is_none(), a.time, a.kind).cmp(&(b.date, b.time.is_none(), b.time, b.kind))
    });
    out
}

/// "today" or "tomorrow" for the two days that need marking.
pub fn day_mark(date: NaiveDate, today: NaiveDate) -> Option<&'static str> {
    if date == today {
        Some("today")
    } else if today.succ_opt() == Some(date) {
        Some("tomorrow")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;

    fn record(id: &str, name: &str, stage: Stage) -> PostingRecord {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("data/postings")
            .join(name);
        let posting = crate::posting::parse(&std::fs::read_to_string(path).unwrap()).unwrap();
        PostingRecord {
            id: id.into(),
            posting,
            stage,
            search_key: String::new(),
            imported_at: Utc::now(),
            updated_at: Utc::now(),
            changed: Default::default(),
        }
    }

    #[test]
    fn agenda_sorted_and_filtered() {
        let rs = vec![
            record(
                "30828",
                "hilversum-30828-coordinator-vluchtelingenopvang.txt",
                Stage::Open,
            ),
            record(
                "30662",
                "hilversum-30662-klantmanager-inburgering.txt",
                Stage::Passed,
            ),
        ];
        let a = agenda(&rs, NaiveDate::from_ymd_opt(2026, 7, 1).unwrap());
        let got: Vec<(String, &str)> = a
            .iter()
            .map(|i| (i.date.to_string(), i.kind.label()))
            .collect();
        assert_eq!(
            got,
            [
                ("2026-07-02".to_string(), "questions deadline"),
                ("2026-07-03".to_string(), "answers published"),
                ("2026-07-06".to_string(), "deadline"),
                ("2026-07-07".to_string(), "invitations sent"),
                ("2026-07-08".to_string(), "interview"),
                ("2026-08-01".to_string(), "start"),
            ]
        );
        assert_eq!(a[2].time, NaiveTime::from_hms_opt(9, 0, 0));
    }

    #[test]
    fn a_bid_without_news_gets_a_follow_up_until_it_has_an_outcome() {
        let rs = vec![record(
            "30828",
            "hilversum-30828-coordinator-vluchtelingenopvang.txt",
            Stage::Applied,
        )];
        let late = NaiveDate::from_ymd_opt(2026, 9, 1).unwrap();
        let a = with_follow_ups(&rs, late, 14, |_| false);
        let f: Vec<_> = a
            .iter()
            .filter(|i| i.kind == AgendaKind::FollowUp)
            .collect();
        // the deadline is 2026-07-06: 14 days on, and kept once past
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].date, NaiveDate::from_ymd_opt(2026, 7, 20).unwrap());
        assert!(with_follow_ups(&rs, late, 14, |_| true).is_empty());
        let mut open = rs.clone();
        open[0].stage = Stage::Open;
        assert!(with_follow_ups(&open, late, 14, |_| false).is_empty());
    }

    #[test]
    fn marks() {
        let t = NaiveDate::from_ymd_opt(2026, 7, 1).unwrap();
        assert_eq!(day_mark(t, t), Some("today"));
        assert_eq!(day_mark(t.succ_opt().unwrap(), t), Some("tomorrow"));
        assert_eq!(day_mark(t.pred_opt().unwrap(), t), None);
    }
}
