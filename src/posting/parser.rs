//! Puts the readers together: text in, [`Posting`] out, with warnings.

use super::dates::{amsterdam, first_date};
use super::labels::{Candidate, Field, candidates, first};
use super::lines::{Line, LineKind, Section, heading_section, sections, split_lines};
use super::model::Posting;
use super::normalize::fold;
use super::{ParseError, conditions, criteria, dba, header, planning, prose, scale, selection};
use chrono::NaiveTime;

/// Parses normalised text (see [`super::normalize::normalize`]).
// fields are filled one reader at a time, in the order of the posting
#[allow(clippy::field_reassign_with_default)]
pub fn parse_normalized(text: &str) -> Result<Posting, ParseError> {
    if text.trim().is_empty() {
        return Err(ParseError::Empty);
    }
    let lines = split_lines(text);
    let cands = candidates(&lines);
    let flat = prose::flatten(text);
    let folded = fold(&flat);
    let sentences = prose::sentences(text);

    let mut p = Posting::default();
    p.expired_banner = conditions::expired_banner(&folded);
    p.title = title(&lines, &cands).unwrap_or_default();
    p.request_number = first(&cands, Field::RequestNumber, |c| {
        header::request_number(&c.value)
    });
    p.organisation = first(&cands, Field::Organisation, |c| {
        header::organisation_in(&c.value)
    })
    .or_else(|| header::most_named_organisation(&flat))
    .or_else(|| {
        first(&cands, Field::Organisation, |c| {
            header::organisation_value(&c.value)
        })
    });
    p.region = first(&cands, Field::Region, |c| header::region(&c.value));
    p.platform = conditions::platform(&folded);

    if let Some((date, asap)) = first(&cands, Field::Start, |c| header::start(&c.value)) {
        p.start_date = date;
        p.start_asap = asap;
    }
    if let Some((text, end)) = first(&cands, Field::Duration, |c| header::duration(&c.value)) {
        p.duration = text;
        p.end_date = end;
    }
    p.extension_options = first(&cands, Field::Extension, |c| header::short_value(&c.value));
    if let Some((lo, hi)) = first(&cands, Field::Hours, |c| header::hours(&c.value)) {
        p.hours_min = lo;
        p.hours_max = hi;
    }
    p.education_level = first(&cands, Field::Education, |c| header::short_value(&c.value));
    p.das = first(&cands, Field::Das, |c| header::yes_no(&c.value)).or_else(|| {
        (folded.contains("dynamisch aankoopsysteem") || flat.contains(" DAS ")).then_some(true)
    });

    deadlines(&mut p, &cands, &flat);
    let interviews = planning::interviews(&flat);
    p.interview_dates = interviews.dates;
    p.interview_week_of = interviews.week_of;
    p.interview_time = interviews.time;
    p.notification_date = planning::notification(&flat);

    p.knockout = criteria::knockout(&sections(&lines, Section::Knockout));
    let after_ko = p
        .knockout
        .iter()
        .map(|c| c.number)
        .max()
        .map_or(1, |n| n + 1);
    p.award = criteria::award(&sections(&lines, Section::Award), after_ko);
    if let Some((rate, is_ko)) = criteria::max_rate(&p.knockout, &p.award) {
        p.max_rate_eur = Some(rate);
        p.max_rate_is_knockout = is_ko;
    }
    p.competences = criteria::competences(&sections(&lines, Section::Competences));
    if let Some((fee, per_hour)) = conditions::fee(&sections(&lines, Section::Fee), &sentences) {
        p.fee = Some(fee);
        p.fee_per_hour_eur = per_hour;
    }
    p.cvs_forwarded = selection::cvs_forwarded(&flat);
    (p.interviews_invited, p.interviews_invited_min) = selection::interviews_invited(&flat);
    p.professionals_needed = first(&cands, Field::Professionals, |c| {
        header::short_value(&c.value)
    })
    .map(|v| v.trim_end_matches('.').to_string());
    p.workdays = conditions::workdays(text)
        .or_else(|| first(&cands, Field::Workdays, |c| header::short_value(&c.value)));
    p.hybrid = conditions::hybrid(&flat);

    let scale_text = header::scale(&flat).or_else(|| {
        first(&cands, Field::Scale, |c| {
            header::scale(&format!("schaal {}", c.value))
        })
    });
    if scale_text.as_deref() == Some("") {
        p.warnings
            .push("the functieschaal is left empty in the posting".to_string());
    }
    p.scale = scale_text.filter(|s| !s.is_empty());
    p.scale_valid = p.scale.as_deref().is_some_and(scale::is_valid_scale);
    p.vog = conditions::vog(&sentences);
    p.integrity_statement = conditions::integrity_statement(&folded);
    p.sroi = conditions::sroi(&folded);
    p.waadi = conditions::waadi(&folded);
    p.g_account = conditions::g_account(&folded);
    p.dba = dba::classify(&sentences);

    if signals(&p) < 2 {
        return Err(ParseError::NotAPosting);
    }
    p.warnings = warnings(&p);
    Ok(p)
}

/// The submission deadline: the header's date and time ("Einde
/// inschrijfdatum" + "Eindtijd"), else the "reactietermijn … tot" sentence;
/// a time missing from the header is taken from that sentence.
fn deadlines(p: &mut Posting, cands: &[Candidate], flat: &str) {
    let header_date = first(cands, Field::DeadlineDate, |c| {
        header::date(&c.value).or_else(|| header::date(&c.value_with_next))
    });
    let header_time = first(cands, Field::DeadlineTime, |c| header::time(&c.value))
        .or_else(|| first(cands, Field::DeadlineDate, |c| header::time(&c.value)));
    let sentence = planning::deadline_sentence(flat);
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
        let time = time.unwrap_or_else(|| {
            p.warnings
                .push("the deadline has no time; 00:00 is assumed".to_string());
            NaiveTime::MIN
        });
        p.deadline = Some(amsterdam(date, time));
    }
    if let Some((d, t)) = planning::questions_deadline(flat) {
        p.questions_deadline = Some(amsterdam(d, t.unwrap_or(NaiveTime::MIN)));
    }
    p.answers_published = planning::answers_published(flat);
}

/// The title: a "Titel" label, else the first markdown heading, else the
/// first short line that is not a banner, a label or a sentence.
fn title(lines: &[Line], cands: &[Candidate]) -> Option<String> {
    if let Some(t) = first(cands, Field::Title, |c| header::short_value(&c.value)) {
        return Some(t);
    }
    let label_lines: std::collections::HashSet<usize> = cands.iter().map(|c| c.line).collect();
    let mut in_banner = false;
    for (i, line) in lines.iter().enumerate().take(60) {
        let f = fold(&line.text);
        if line.kind == LineKind::Blank {
            in_banner = false;
            continue;
        }
        if conditions::expired_banner(&f) || f.starts_with("hartelijk dank") {
            in_banner = true;
        }
        if in_banner {
            // the banner ends with its sentence, blank line or not
            in_banner = !line.text.ends_with('.');
            continue;
        }
        if label_lines.contains(&i) || heading_section(line).is_some_and(|s| s != Section::Other) {
            continue;
        }
        let n = line.text.chars().count();
        let ok = (2..=120).contains(&n)
            && line.text.chars().next().is_some_and(|c| !c.is_lowercase())
            && (!line.text.ends_with(['.', ';', ':', ',']) || line.text.ends_with(" a.i."))
            && !line.text.contains('\t');
        if ok
            && (line.kind == LineKind::Heading || line.kind == LineKind::Plain)
            && first_date(&line.text).is_none()
        {
            return Some(with_wrapped_tail(lines, i, &label_lines));
        }
    }
    None
}

/// A title and, when a PDF wrapped it, its tail on the next line ("…
/// Integraal" / "werken", "… Vluchtelingenopvangbeleid" / "Wijdmeren"): a
/// short line directly below that continues in lowercase or is one word (a
/// capitalised line of several words is a subtitle, not a tail).
fn with_wrapped_tail(
    lines: &[Line],
    i: usize,
    label_lines: &std::collections::HashSet<usize>,
) -> String {
    let title = lines[i].text.clone();
    match lines.get(i + 1) {
        Some(next)
            if next.kind == LineKind::Plain
                && !label_lines.contains(&(i + 1))
                && (next.text.chars().next().is_some_and(char::is_lowercase)
                    || !next.text.trim().contains(' '))
                && heading_section(next).is_none()
                && next.text.chars().count() <= 40
                && !next.text.ends_with('.') =>
        {
            format!("{title} {}", next.text)
        }
        _ => title,
    }
}

/// How many posting facts were found; fewer than two means it is no posting.
fn signals(p: &Posting) -> usize {
    [
        p.request_number.is_some(),
        p.deadline.is_some(),
        !p.knockout.is_empty(),
        !p.award.is_empty(),
        p.hours_max.is_some() || p.hours_min.is_some(),
        p.region.is_some(),
        p.scale.is_some(),
        p.start_date.is_some() || p.start_asap,
    ]
    .iter()
    .filter(|b| **b)
    .count()
}

/// What looks wrong, in plain words.
fn warnings(p: &Posting) -> Vec<String> {
    let mut w = p.warnings.clone();
    if p.title.is_empty() {
        w.push("no title found".to_string());
    }
    if p.deadline.is_none() {
        w.push("no deadline found".to_string());
    }
    if p.knockout.is_empty() {
        w.push("no knock-out criteria found".to_string());
    }
    if p.award.is_empty() {
        w.push("no award criteria found".to_string());
    } else {
        let total = p.award_points_total();
        if total != 100 {
            w.push(format!("award points add up to {total}, not 100"));
        }
        for c in p.award.iter().filter(|c| c.points.is_none()) {
            w.push(format!("award criterion {} has no points", c.number));
        }
    }
    match p.scale.as_deref() {
        None if !w.iter().any(|x| x.contains("functieschaal")) => {
            w.push("no functieschaal stated".to_string())
        }
        None => {}
        Some(s) if !p.scale_valid => {
            w.push(format!(
                "functieschaal {s} is not a municipal scale (1 to 18)"
            ));
        }
        Some(_) => {}
    }
    if let (Some(lo), Some(hi)) = (p.hours_min, p.hours_max)
        && lo > hi
    {
        w.push(format!("hours per week {lo} to {hi} run backwards"));
    }
    w
}
