//! The submission deadline and the dates around it: the header's date and
//! time, else the deadline sentence; a date written with its weekday and
//! without a year ("vr 13 feb 12:00") takes its year from the posting's own
//! date. The questions deadline and the answers' date come along.

use super::dates::amsterdam;
use super::labels::{Candidate, Field, first};
use super::model::Posting;
use super::{header, planning, short_year, yearless};
use chrono::{Duration, NaiveDate, NaiveTime};

/// The submission deadline: the header's date and time ("Einde
/// inschrijfdatum" + "Eindtijd"), else the "reactietermijn … tot" sentence;
/// a time missing from the header is taken from that sentence. `own_date`
/// is the posting's own date (published, else its first date), which gives
/// "vr 13 feb 12:00" and "maandag 9 maart a.s." their year.
pub fn read(p: &mut Posting, cands: &[Candidate], flat: &str, own_date: Option<NaiveDate>) {
    let answers_own_date = own_date;
    let own_date = yearless_reference(p, own_date);
    // "Uiterste datum | vragen 9 maart": the questions' deadline, not the closing
    let questions = |c: &Candidate| {
        let v = super::normalize::fold(c.value.trim_start_matches(['|', ':', ' ', '\t']));
        [
            "vragen",
            "voor vragen",
            "voor het stellen",
            "indienen vragen",
            "indienen van vragen",
            "stellen van vragen",
            "stellen vragen",
        ]
        .iter()
        .any(|q| v.starts_with(q))
    };
    let header_date = first(cands, Field::DeadlineDate, |c| {
        if questions(c) {
            return None;
        }
        header::date(&c.value)
            .or_else(|| short_year::date(&c.value))
            .or_else(|| own_date.and_then(|own| yearless::with_weekday(&c.value, own)))
            .or_else(|| own_date.and_then(|own| yearless::coming(&c.value, own)))
            .or_else(|| own_date.and_then(|own| yearless::closing_day(&c.value, own)))
            .or_else(|| header::date(&c.value_with_next))
    });
    let header_time = first(cands, Field::DeadlineTime, |c| header::time(&c.value)).or_else(|| {
        first(cands, Field::DeadlineDate, |c| {
            if questions(c) {
                return None;
            }
            // "Uiterste datum inschrijving" / "21 december 2026, 09:00 uur"
            header::time(&c.value)
                .or_else(|| {
                    header::date(&c.value)
                        .is_none()
                        .then(|| header::time(&c.value_with_next))
                        .flatten()
                })
                // a planning's date and, on the line under it, its time alone
                // ("maandag 18 januari 2027" / "10:00 uur")
                // … or behind a word of its own ("15-12-2026" / "Tijd: 23:59 uur")
                .or_else(|| {
                    let next = c.value_with_next.get(c.value.len()..)?.trim();
                    let next = without_time_word(next);
                    (next.len() <= 12 && next.starts_with(|ch: char| ch.is_ascii_digit()))
                        .then(|| header::time(next))
                        .flatten()
                })
        })
    });
    // a sentence without the year is read where the header gives no date,
    // or a date without its time ("Solliciteer voor 16 dec" over "…kan tot
    // woensdag 16 december om 17.00 uur")
    let sentence = planning::deadline_sentence(flat).or_else(|| {
        (header_date.is_none() || header_time.is_none())
            .then(|| planning::deadline_sentence_yearless(flat, own_date?))
            .flatten()
            .filter(|(sd, _)| header_date.is_none_or(|d| d == *sd))
    });
    let (date, time) = match (header_date, sentence) {
        (Some(d), Some((sd, st))) => {
            if d != sd {
                p.warnings.push(format!(
                    "the header says the deadline is {d}, the text says {sd}; the header is used"
                ));
            }
            (Some(d), header_time.or(if d == sd { st } else { None }))
        }
        (Some(d), None) => (Some(d), header_time),
        (None, Some((sd, st))) => (Some(sd), st.or(header_time)),
        (None, None) => (None, None),
    };
    if let Some(date) = date {
        set(p, date, time);
    }
    // questions and their answers come before the deadline: a day without
    // its year is the last such day on or before it ("Vragen: tot 15
    // december" under a deadline of 5 januari 2027 is 15 december 2026,
    // even where the text's first date, the deadline, stands for its own)
    let deadline_day = p.deadline.map(|d| d.date_naive()).or(p.deadline_date);
    let before_deadline = |own: NaiveDate| match deadline_day {
        Some(day) => own.min(day - chrono::Duration::days(364)),
        None => own,
    };
    let questions = planning::questions_deadline(flat).or_else(|| {
        own_date.and_then(|own| planning::questions_deadline_yearless(flat, before_deadline(own)))
    });
    if let Some((d, t)) = questions {
        p.questions_deadline = Some(amsterdam(d, t.unwrap_or(NaiveTime::MIN)));
    }
    p.answers_published = planning::answers_published(flat, answers_own_date.map(before_deadline));
}

/// A time's value without the word that names it ("Tijd: 23:59 uur",
/// "Tijdstip 10:00", "om 16:00 uur").
pub(super) fn without_time_word(value: &str) -> &str {
    for word in ["tijdstip", "tijd", "time", "om"] {
        if let Some(head) = value.get(..word.len())
            && head.eq_ignore_ascii_case(word)
        {
            let rest = value[word.len()..].trim_start_matches([':', ' ', '\t']);
            if rest.len() < value.len() - word.len() || rest.is_empty() {
                return rest;
            }
        }
    }
    value
}

/// Sets the closing: its moment where the time is known, else its day with
/// a warning that asks for the time.
pub fn set(p: &mut Posting, date: NaiveDate, time: Option<NaiveTime>) {
    match time {
        Some(time) => p.deadline = Some(amsterdam(date, time)),
        None => {
            p.deadline_date = Some(date);
            p.warnings.push(format!(
                "the deadline {date} has no time: set it with `tenderdesk edit ID --deadline \"{date} HH:MM\"`"
            ));
        }
    }
}

/// The date a deadline written without its year is read after: the
/// posting's own date, except where that is the text's first date and falls
/// on or after the start of the work (a start stated before anything else,
/// not the day the posting was written): the call closes before the work
/// begins, so the day is read in the eleven months up to a month after the
/// start ("Reageren kan tot 14 december", start 1 februari 2027: 2026).
/// A year the text states is never moved.
fn yearless_reference(p: &Posting, own_date: Option<NaiveDate>) -> Option<NaiveDate> {
    match (p.published, p.start_date, own_date) {
        (None, Some(start), Some(own)) if own >= start => Some(start - Duration::days(300)),
        _ => own_date,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_days_time_further_on_completes_a_header_without_one() {
        let text = "Beleidsadviseur Wonen\nGepubliceerd op 2 december 2026\nSolliciteer voor 16 dec\n\nSolliciteren kan tot woensdag 16 december om 17.00 uur via de knop.\n";
        let p = crate::posting::parse(text).expect("a posting");
        assert_eq!(
            p.deadline.map(|d| d.naive_local().to_string()).as_deref(),
            Some("2026-12-16 17:00:00")
        );
    }

    #[test]
    fn a_questions_row_is_not_the_closing() {
        let text = "Teamleider Vergunningen\n\nPlanning\nActiviteit | Datum\nUiterste datum vragen | 9 maart 2026, 12:00 uur\nSluiting inschrijving | 16 maart 2026, om 9 uur\n";
        let p = crate::posting::parse(text).expect("a posting");
        assert_eq!(
            p.deadline.map(|d| d.naive_local().to_string()).as_deref(),
            Some("2026-03-16 09:00:00")
        );
        let text =
            "Informatieadviseur\nEinddatum 31-12-2026\nReageren kan tot Do 12 mrt '26 13:00\n";
        let p = crate::posting::parse(text).expect("a posting");
        assert_eq!(
            p.deadline.map(|d| d.naive_local().to_string()).as_deref(),
            Some("2026-03-12 13:00:00")
        );
    }

    #[test]
    fn a_yearless_deadline_comes_before_the_start() {
        let text =
            "Adviseur Wonen\nStartdatum: 1 maart 2027\nInschrijven kan tot 9 december 10:00 uur.\n";
        let p = crate::posting::parse(text).expect("a posting");
        assert_eq!(
            p.deadline.map(|d| d.naive_local().to_string()).as_deref(),
            Some("2026-12-09 10:00:00")
        );
    }

    #[test]
    fn a_first_date_months_after_the_reading_is_no_posting_date() {
        // the text's first date is the end of the work: the yearless answers
        // day is read after the day the posting is read
        let text = "Projectleider\nEinddatum 30-09-2027\nUren per week 24\nNota van inlichtingen  ma 14 dec\nSluitingsdatum vrijdag 18 december 2026 10:00 uur\n";
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 5).expect("a day");
        let p = crate::posting::parse_on(text, today).expect("a posting");
        assert_eq!(
            p.answers_published.map(|d| d.to_string()).as_deref(),
            Some("2026-12-14")
        );
    }

    #[test]
    fn a_stated_year_is_never_moved() {
        // a deadline a year after the start is odd, but it is what the text says
        let text = "Adviseur Wonen\nStartdatum: 1 augustus 2026\nInschrijven kan tot dinsdag 6 juli 2027, 10:00 uur.\n";
        let p = crate::posting::parse(text).expect("a posting");
        assert_eq!(
            p.deadline.map(|d| d.naive_local().to_string()).as_deref(),
            Some("2027-07-06 10:00:00")
        );
    }
}
