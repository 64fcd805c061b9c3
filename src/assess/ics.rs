//! The agenda as an iCalendar file (RFC 5545) that Outlook, Google Calendar
//! and Apple Calendar import: one event per date, times in UTC (so no
//! VTIMEZONE is needed), all-day events ending the next day (DTEND is
//! exclusive), a reminder a day before each deadline, and a stable UID per
//! posting and date so that importing a new export updates events instead
//! of duplicating them.

use super::agenda::{AgendaItem, AgendaKind};
use crate::posting::normalize::sanitize_line;
use chrono::{DateTime, Duration, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Europe::Amsterdam;
use icalendar::{Alarm, Calendar, Component, Event, EventLike};

/// The product identifier in every exported calendar.
pub const PRODID: &str = "-//tenderdesk//tenderdesk//NL";

/// The stable UID of an agenda item's event.
pub fn uid(item: &AgendaItem) -> String {
    let id: String = item
        .posting_id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    format!("{id}-{}-{}@tenderdesk", item.kind.key(), item.seq)
}

fn event_length(kind: AgendaKind) -> Duration {
    match kind {
        AgendaKind::Interview => Duration::hours(1),
        _ => Duration::minutes(30),
    }
}

/// Writes the items as an iCalendar document; `now` is the DTSTAMP.
pub fn calendar(items: &[AgendaItem], now: DateTime<Utc>) -> String {
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"));
    cal.append_property(("PRODID", PRODID));
    cal.append_property(("CALSCALE", "GREGORIAN"));
    cal.name("tenderdesk");
    for item in items {
        let title = sanitize_line(&item.title);
        let summary = match &item.organisation {
            Some(org) => format!(
                "{}: {title} ({})",
                capitalised(item.kind.label()),
                sanitize_line(org)
            ),
            None => format!("{}: {title}", capitalised(item.kind.label())),
        };
        let mut event = Event::new();
        event.uid(&uid(item)).summary(&summary).timestamp(now);
        event.description(&format!(
            "tenderdesk posting {}",
            sanitize_line(&item.posting_id)
        ));
        match item.time {
            Some(t) => {
                let local = NaiveDateTime::new(item.date, t);
                let start = Amsterdam
                    .from_local_datetime(&local)
                    .earliest()
                    .map_or_else(|| local.and_utc(), |d| d.with_timezone(&Utc));
                event.starts(start).ends(start + event_length(item.kind));
            }
            None => {
                let next = item.date.succ_opt().unwrap_or(item.date);
                event.starts(item.date).ends(next);
            }
        }
        if item.kind.is_deadline() {
            event.alarm(Alarm::display(
                &format!("Tomorrow: {summary}"),
                -Duration::days(1),
            ));
        }
        cal.push(event.done());
    }
    cal.done().to_string()
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}
