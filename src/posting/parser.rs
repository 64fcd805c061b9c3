//! Puts the readers together: text in, [`Posting`] out, with warnings.

use super::dates::first_date;
use super::labels::{Candidate, Field, candidates, first, first_preferring};
use super::lines::{Line, Section, sections, split_lines};
use super::model::{DbaStance, Posting};
use super::normalize::fold;
use super::rate::{self, RateValue};
use super::steps::step;
use super::{
    ParseError, closing, conditions, criteria, dba, deadline, header, interviews, layout,
    organisation, planning, prose, scale, selection, site_name, source, strip, title,
};
use chrono::NaiveDate;
use std::collections::HashSet;

/// A calendar file's event, a site source's front matter, a text browser's
/// page, a feed's XML, a page's JSON-LD or a label's JSON value as the text
/// and labels they hold.
fn page_text(text: &str) -> String {
    let mut text = String::from(super::ics::repair(text));
    step!(text = super::front_matter::repair(&text));
    step!(text = super::markdown_links::repair(&text));
    step!(text = super::lynx::repair(&text));
    step!(text = super::orca_log::repair(&text));
    step!(text = super::screen_reader::repair(&text));
    step!(text = super::pdf_tags::repair(&text));
    step!(text = super::aria_tree::repair(&text));
    step!(text = super::speech_log::repair(&text));
    step!(text = super::feed::repair(&text));
    step!(text = super::json_ld::repair(&text));
    step!(text = super::json_fields::repair(&text));
    step!(text = super::json_values::repair(&text));
    step!(text = super::toml_export::repair(&text));
    super::xml_fields::repair(&text)
}

/// The lines of normalised text as the readers see them: after every
/// repair of the page's layout, each classified (heading, bullet, numbered
/// item, plain). `tenderdesk parse --lines` prints them, to see how a new
/// site's layout is read.
pub fn layout_lines(text: &str) -> Vec<Line> {
    let (_, text) = source::split_source(text);
    split_lines(&layout::repair(&page_text(text)))
}

/// Parses normalised text (see [`super::normalize::normalize`]).
// fields are filled one reader at a time, in the order of the posting
#[allow(clippy::field_reassign_with_default)]
pub fn parse_normalized(text: &str, today: Option<NaiveDate>) -> Result<Posting, ParseError> {
    let exported_from = source::export_site(text);
    let (url, text) = source::split_source(text);
    let url = url.or_else(|| super::front_matter::address(text));
    if text.trim().is_empty() {
        return Err(ParseError::Empty);
    }
    // a text pasted twice: one copy, before the repeated lines are taken
    // for a masthead
    let once = super::pasted_twice::repair(text);
    let page = page_text(&once);
    drop(once);
    let text = page.as_str();
    // the page as copied: a site's name may sit in a menu the repair drops
    // (read here and let go: of a text of megabytes it is one more copy)
    // the masthead as copied, before a repair takes a menu line away
    let raw_masthead = super::masthead::site(text);
    let (url_site, sender_site) = {
        let copied = super::glued::unglue_joined(text);
        let url_site = url.as_deref().and_then(|u| source::site_in(u, &copied));
        let sender = match url_site {
            Some(_) => None,
            None => site_name::sender_site(&copied),
        };
        (url_site, sender)
    };
    let repaired = layout::repair(text);
    // the page text is let go: of a text of megabytes every copy counts
    drop(page);
    let text = repaired.as_str();
    let lines = split_lines(text);
    let cands = super::json_ld::page_first(&lines, candidates(&lines));
    let flat = prose::flatten(text);
    let folded = fold(&flat);
    let sentences = prose::sentences(text);
    let label_lines: HashSet<usize> = cands.iter().map(|c| c.line).collect();
    let strip = strip::read(&lines, &label_lines);
    let header_len: usize = text
        .lines()
        .take(strip::header_end(&lines))
        .map(|l| l.len() + 1)
        .sum();

    let mut p = Posting::default();
    p.platform = url_site
        .or(exported_from)
        .or_else(|| super::masthead::site(text))
        .or(raw_masthead)
        .or_else(|| conditions::platform(&folded))
        .or(sender_site);
    p.url = url;
    p.expired_banner = conditions::expired_banner(&folded);
    // a labelled client ("Opdrachtgever: Gemeente Goes") before a line
    // that only names one ("Gemeente Vlissingen", which on a search page
    // may be another posting's card)
    let labelled = |c: &Candidate| {
        lines.get(c.line).is_none_or(|l| {
            l.text.contains(':') || !fold(l.text.trim_start()).starts_with("gemeente")
        })
    };
    p.organisation = first_preferring(&cands, Field::Organisation, labelled, |c| {
        organisation::from_value(&c.value)
    })
    .or_else(|| organisation::from_logo(text))
    .or_else(|| organisation::named(text, header_len))
    .or_else(|| organisation::bare_municipality(text))
    // a municipality's own site ("Werken bij Leeuwarden") names its client
    .or_else(|| {
        let site = p.platform.as_deref()?;
        let town = ["Werken bij ", "Werken voor ", "Werkenbij "]
            .iter()
            .find_map(|w| site.strip_prefix(w))?;
        organisation::is_municipality(town).then(|| town.to_string())
    })
    .map(|o| title::upper_words(&o))
    // "’s-Hertogenbosch", "Hunze en Aa’s": a name's apostrophe as the
    // name is written in the register, whatever a page's typography made of it
    .map(|o| {
        if o.contains('’') {
            o.replace('’', "'")
        } else {
            o
        }
    })
    // "DUO (Dienst Uitvoering Onderwijs)": the name spelled out
    .map(|o| super::spelled_out::name_of(&o, text).unwrap_or(o));
    // what a copy glued onto the name is cut off ("Waterschap Aa en
    // MaasNoord-Brabant · 's-Hertogenbosch"); a province it opens with is
    // the client's
    let glued_province = p.organisation.as_deref().and_then(|o| {
        let cut = organisation::cut_at_join(o);
        let tail = o.get(cut.len()..)?.trim_start();
        let first = tail.split([' ', '·', ',', '|']).next()?;
        super::regions::province_in(first)
    });
    if let Some(o) = p.organisation.take() {
        p.organisation = Some(organisation::cut_at_join(&o).to_string());
    }
    // "Gemeente Venlo - Limburg": the client and its province
    let org_province = p
        .organisation
        .as_deref()
        .and_then(super::regions::split_province)
        .or_else(|| Some((p.organisation.clone()?, glued_province?)));
    if let Some((name, _)) = &org_province {
        p.organisation = Some(name.clone());
    }
    super::title_steps::settle(&mut p, text, &lines, &cands, &flat);
    let title_hours = strip::hours_suffix(&p.title);
    if let Some((rest, _)) = &title_hours {
        p.title = rest.clone();
    }
    // the client's or the request's own number before a site's id
    p.request_number = super::request_pick::pick(&cands, &lines, p.url.as_deref(), &flat);
    p.region =
        super::regions::of_posting(&cands, strip.region, p.organisation.as_deref(), text, &flat)
            .or(org_province.map(|(_, province)| province.to_string()));
    p.contract_form = first(&cands, Field::ContractForm, |c| {
        header::short_value(&c.value)
    });
    p.published = first(&cands, Field::Published, |c| header::date(&c.value));

    // "Start | 1 april": the year of the posting's own date; a text that
    // dates nothing in full ("vr 18/12", "geplaatst 2 dagen geleden") is
    // read as of the day it is read
    // read as of the day it is read; the text's first date
    // stands in for the day it was written only where it is not a month
    // or more after that day (then it is the work's start or end)
    let own_date = p
        .published
        .or_else(|| {
            first_date(&flat)
                .map(|d| d.date)
                .filter(|d| today.is_none_or(|t| *d <= t + chrono::Duration::days(31)))
        })
        .or(today);
    super::work_period::read(&mut p, &cands, strip.period, own_date);
    if p.start_date.is_none()
        && !p.start_asap
        && p.end_date.is_none()
        && let Some((start, end)) = planning::period_sentence(&flat)
    {
        p.start_date = Some(start);
        p.end_date = Some(end);
    }
    if p.start_date.is_none() && !p.start_asap {
        p.start_date = planning::start_sentence(&flat);
        p.start_asap = p.start_date.is_none() && planning::asap_sentence(&flat);
    }
    if p.start_date.is_none()
        && !p.start_asap
        && let Some(own) = own_date
    {
        p.start_date = planning::start_sentence_yearless(&flat, own);
    }
    if p.end_date.is_none() {
        // a sentence's period that starts when the work does gives its end
        p.end_date = planning::end_sentence(&flat).or_else(|| {
            planning::period_sentence(&flat)
                .filter(|(start, _)| p.start_date == Some(*start))
                .map(|(_, end)| end)
        });
    }
    p.extension_options = first(&cands, Field::Extension, |c| header::short_value(&c.value));
    let stated_hours = first(&cands, Field::Hours, |c| header::hours(&c.value))
        .or(strip.hours)
        .or(title_hours.map(|(_, h)| h))
        .or_else(|| strip::hours_alone(&lines));
    let prose_hours = planning::hours_sentences(&flat);
    if let Some(h) = stated_hours
        && let Some(t) = prose_hours
            .iter()
            .find(|t| **t != h && t.0.is_some() && t.1.is_some())
    {
        p.warnings.push(format!(
            "the header says {} hours a week, the text says {}; the header is used",
            hours_text(h),
            hours_text(*t)
        ));
    }
    if let Some((lo, hi)) = stated_hours.or(prose_hours.first().copied()) {
        p.hours_min = lo;
        p.hours_max = hi;
    }
    p.education_level = first(&cands, Field::Education, |c| header::short_value(&c.value));
    p.das = first(&cands, Field::Das, |c| header::yes_no(&c.value)).or_else(|| {
        (folded.contains("dynamisch aankoopsysteem") || flat.contains(" DAS ")).then_some(true)
    });

    deadline::read(&mut p, &cands, &flat, own_date);
    if p.deadline.is_none()
        && p.deadline_date.is_none()
        && let Some((date, time)) = super::deadline_prose::read(&sentences, own_date)
    {
        super::deadline::set(&mut p, date, time);
    }
    p.closing_hint = closing::relative_hint(text);
    // talks follow the deadline: a day without its year is the next after it
    let talks_after = p.deadline.map(|d| d.date_naive()).or(own_date);
    let interviews = interviews::interviews_after(&flat, talks_after);
    p.interview_dates = interviews.dates;
    p.interview_week_of = interviews.week_of;
    p.interview_time = interviews.time;
    p.notification_date = planning::notification(&flat);

    p.knockout = criteria::knockout(&sections(&lines, Section::Knockout));
    if p.knockout.is_empty() {
        p.knockout = super::marked_knockouts::knockouts(&lines);
    }
    if p.knockout.is_empty() {
        p.knockout = criteria::knockout(&sections(&lines, Section::Demands));
    }
    let after_ko = p
        .knockout
        .iter()
        .map(|c| c.number)
        .max()
        .map_or(1, |n| n + 1);
    p.award = criteria::award(&sections(&lines, Section::Award), after_ko);
    if let Some((rate, is_ko)) = super::criteria_rate::max_rate(&p.knockout, &p.award) {
        p.max_rate_eur = Some(rate);
        p.max_rate_is_knockout = is_ko;
    } else {
        // a label naming the maximum ("Max. uurtarief opdrachtgever")
        // before any other rate ("Pay Rate", what a candidate is paid)
        let names_max = |c: &&Candidate| {
            let f = fold(&lines[c.line].text);
            let label = f.split(':').next().unwrap_or("");
            label.contains("max") || label.contains("plafond")
        };
        let max_labels: Vec<Candidate> = cands.iter().filter(names_max).cloned().collect();
        // "Uurtarief: n.o.t.k.": no amount elsewhere stands in for it
        let withheld = cands
            .iter()
            .any(|c| c.field == Field::Rate && rate::withheld(&c.value));
        match first(&max_labels, Field::Rate, |c| rate::rate(&c.value))
            .or_else(|| first(&cands, Field::Rate, |c| rate::rate(&c.value)))
            .or(strip.rate.filter(|_| !withheld))
            .or_else(|| (!withheld).then(|| rate::in_prose(&flat)).flatten())
        {
            Some(RateValue::Max(m)) => p.max_rate_eur = Some(m),
            Some(RateValue::NoMaximum) => p.no_max_rate = true,
            None => {}
        }
    }
    p.competences = criteria::competences(&sections(&lines, Section::Competences));
    if let Some((fee, per_hour)) = conditions::fee(&sections(&lines, Section::Fee), &sentences) {
        p.fee = Some(fee);
        p.fee_per_hour_eur = per_hour;
    }
    p.cvs_forwarded = selection::cvs_forwarded(&flat);
    (p.interviews_invited, p.interviews_invited_min) = selection::interviews_invited(&flat);
    if p.interviews_invited.is_none() && p.interviews_invited_min.is_none() {
        p.interviews_invited = selection::invited_in_sentences(&sentences);
    }
    p.professionals_needed = first(&cands, Field::Professionals, |c| {
        header::short_value(&c.value)
    })
    .map(|v| v.trim_end_matches('.').to_string());
    p.workdays = conditions::workdays(text)
        .or_else(|| first(&cands, Field::Workdays, |c| header::short_value(&c.value)));
    p.hybrid = conditions::hybrid(&flat);

    // the labelled scale before one named in the text ("collega's in schaal 11")
    let scale_text = first(&cands, Field::Scale, |c| {
        header::scale(&format!("schaal {}", c.value)).filter(|s| !s.is_empty())
    })
    .or_else(|| header::scale(&flat));
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
    super::amendments::apply(&mut p, text, &sentences, own_date);

    // a title under a posting's label ("Functie: Adviseur") is a posting fact
    let titled = cands.iter().any(|c| c.field == Field::Title);
    if signals(&p) == 0 && !titled {
        return Err(ParseError::NotAPosting);
    }
    super::title_steps::made_up(&mut p, text, &sentences);
    p.warnings = warnings(&p);
    Ok(p)
}

fn hours_text((lo, hi): header::HoursRange) -> String {
    match (lo, hi) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a} to {b}"),
        (Some(a), None) => format!("at least {a}"),
        (None, Some(b)) => format!("at most {b}"),
        (None, None) => "no".to_string(),
    }
}

/// How many posting facts were found; none means it is no posting.
fn signals(p: &Posting) -> usize {
    [
        p.request_number.is_some(),
        p.deadline.is_some() || p.deadline_date.is_some() || p.closing_hint.is_some(),
        p.end_date.is_some() || p.duration.is_some(),
        p.max_rate_eur.is_some() || p.no_max_rate,
        p.published.is_some(),
        p.contract_form.is_some(),
        p.dba.stance != DbaStance::NotStated,
        p.vog.required,
        !p.knockout.is_empty(),
        !p.award.is_empty(),
        p.hours_max.is_some() || p.hours_min.is_some(),
        p.region.is_some(),
        p.scale.is_some(),
        p.start_date.is_some() || p.start_asap,
        // the procedure's own steps
        p.questions_deadline.is_some() || p.answers_published.is_some(),
        !p.interview_dates.is_empty() || p.interviews_invited.is_some(),
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
    if p.deadline.is_none() && p.deadline_date.is_none() {
        w.push(match &p.closing_hint {
            Some(hint) => format!(
                "no deadline date, only \"{hint}\" (counted from the day the page was copied): add the deadline with `tenderdesk edit`"
            ),
            None => "no deadline found: add it with `tenderdesk edit`".to_string(),
        });
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

#[cfg(test)]
#[path = "parser_tests.rs"]
mod tests;
