//! The work's period: start (a date, or as soon as possible), end and
//! duration, from labels, a period's range and an unlabelled strip, with a
//! warning where the header and the text say different starts.

use super::dates::find_dates;
use super::labels::{Candidate, Field, first};
use super::model::Posting;
use super::period::{self, Period};
use super::{header, yearless};
use chrono::{Datelike, NaiveDate};

/// Start, end and duration. A period ("Duur: 01-04-2026 - 31-03-2027")
/// gives start and end too; where a start label and a period disagree, the
/// one higher in the text (the header, not a body bullet) is used.
pub(super) fn read(
    p: &mut Posting,
    cands: &[Candidate],
    unlabelled: Option<Period>,
    own_date: Option<NaiveDate>,
) {
    // a start without its year ("Startdatum: 4 januari") comes before the
    // stated end ("Einddatum: 2 juli 2027"), even where the posting's own
    // date is read from that end …
    let stated_end = first(cands, Field::End, |c| period::end(&c.value));
    let start = cands
        .iter()
        .filter(|c| c.field == Field::Start)
        .find_map(|c| {
            header::start(&c.value)
                .or_else(|| {
                    let day = yearless::day_and_month(&c.value, own_date?)
                        .or_else(|| yearless::with_weekday(&c.value, own_date?))
                        // "Startdatum: 4 januari a.s."
                        .or_else(|| yearless::coming(&c.value, own_date?))?;
                    // … and within the year before it: a date of the text
                    // taken for the posting's own ("waardepeildatum 1
                    // januari 2026") sets no start a year and a half early
                    let day = match stated_end {
                        Some(end) if day > end => day.with_year(day.year() - 1).unwrap_or(day),
                        Some(end) => match day.with_year(day.year() + 1) {
                            Some(next) if next <= end => next,
                            _ => day,
                        },
                        None => day,
                    };
                    Some((Some(day), false))
                })
                .map(|s| (c.line, s))
        });
    let period = cands
        .iter()
        .filter(|c| matches!(c.field, Field::Duration | Field::Start | Field::End))
        .find_map(|c| {
            // "Duration / 6 maanden / (Mar 28, 2023 - Sep 20, 2023)": the
            // dates may follow on the next line
            let v = if c.field == Field::Duration && find_dates(&c.value).is_empty() {
                &c.value_with_next
            } else {
                &c.value
            };
            period::period(v).map(|s| (c.line, s))
        })
        .or(unlabelled.map(|s| (usize::MAX, s)));
    match (start, period) {
        (Some((ls, (sd, sa))), Some((lp, (ps, asap, _)))) if lp < ls => {
            if (sd, sa) != (ps, asap) {
                p.warnings.push(format!(
                    "the header says the work starts {}, further down the text says {}; the header is used",
                    start_text(ps, asap),
                    start_text(sd, sa)
                ));
            }
            p.start_date = ps;
            p.start_asap = asap;
        }
        (Some((_, (date, asap))), _) => {
            p.start_date = date;
            p.start_asap = asap;
        }
        (None, Some((_, (ps, asap, _)))) => {
            p.start_date = ps;
            p.start_asap = asap;
        }
        (None, None) => {}
    }
    if let Some((text, end)) = first(cands, Field::Duration, |c| period::duration(&c.value)) {
        p.duration = text.filter(|t| period::period(t).is_none() && !header::is_none_value(t));
        p.end_date = end;
    }
    p.end_date = first(cands, Field::End, |c| period::end(&c.value))
        .or(p.end_date)
        // "Duur van de opdracht: 31-12-2027": a duration given as its last day
        .or_else(|| {
            first(cands, Field::Duration, |c| {
                let v = c.value.trim();
                match find_dates(v).as_slice() {
                    [only] if only.span.len() + 2 >= v.len() => Some(only.date),
                    _ => None,
                }
            })
        })
        .or(period.map(|(_, (_, _, end))| end));
    // "Start ma 11 jan, t/m 30 juni": the end without its year after the start
    if p.end_date.is_none()
        && let Some(start) = p.start_date
    {
        p.end_date = cands
            .iter()
            .filter(|c| c.field == Field::Start)
            .find_map(|c| {
                let v = c.value.as_str();
                let at = [" t/m ", " tot en met ", " tot "]
                    .iter()
                    .find_map(|m| v.find(m).map(|i| i + m.len()))?;
                let end = yearless::day_and_month(&v[at..], start)?;
                let end = if end < start {
                    end.with_year(end.year() + 1)?
                } else {
                    end
                };
                Some(end)
            });
    }
    // "Eind: 30 juli" (a sheet's short date): the first such day after
    // the start, or after the posting's own date
    if p.end_date.is_none()
        && let Some(after) = p.start_date.or(own_date)
    {
        p.end_date = cands
            .iter()
            .filter(|c| c.field == Field::End)
            .find_map(|c| yearless::day_and_month(&c.value, after))
            .map(|end| {
                if end < after {
                    end.with_year(end.year() + 1).unwrap_or(end)
                } else {
                    end
                }
            });
    }
}

fn start_text(date: Option<NaiveDate>, asap: bool) -> String {
    match (date, asap) {
        (Some(d), _) => d.to_string(),
        (None, true) => "as soon as possible".to_string(),
        (None, false) => "at no stated date".to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_end_without_its_year_after_the_start() {
        let p = crate::posting::parse(
            "Geplaatst op: 2026-12-04\nJurist Wonen\nGemeente Assen\nStart: ma 11 jan, t/m 30 juni\nDeadline: 15 december 2026 12:00\n",
        )
        .expect("a posting");
        assert_eq!(
            p.start_date.map(|d| d.to_string()).as_deref(),
            Some("2027-01-11")
        );
        assert_eq!(
            p.end_date.map(|d| d.to_string()).as_deref(),
            Some("2027-06-30")
        );
    }

    #[test]
    fn a_duration_that_names_its_last_day() {
        let p = crate::posting::parse(
            "Jurist Wonen\nGemeente Assen\nLooptijd: 9 maanden, tot 30 november 2027\nDeadline: 15 december 2026 12:00\n",
        )
        .expect("a posting");
        assert_eq!(
            p.end_date.map(|d| d.to_string()).as_deref(),
            Some("2027-11-30")
        );
    }
}
