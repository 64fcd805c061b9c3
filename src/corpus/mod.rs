//! A deterministic corpus of realistic postings, for the round-trip test and
//! the benchmarks. `generate(seed, index, now)` writes one posting in one of
//! the two layouts of `data/postings/` (web copy with markdown and a
//! tab-separated header table, or PDF text with one field per line and
//! blank lines between wrapped lines) and returns the text together with the
//! values it wrote, so a test can check that the parser reads them back.
//!
//! Each posting depends only on `(seed, index)`, so any slice of a corpus can
//! be made on its own (in parallel, or again later) and comes out the same.

mod rng;
mod words;

pub use rng::Rng;

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

fn spec(rng: &mut Rng, index: u64, now: NaiveDate) -> Spec {
    let layout = if rng.chance(50) {
        Layout::Web
    } else {
        Layout::Pdf
    };
    let &(org, region, spellings) = rng.pick(words::MUNICIPALITIES);
    let _ = spellings;
    let mut title = format!(
        "{}{}",
        rng.pick(words::ROLES),
        rng.pick(words::TITLE_SUFFIXES)
    );
    if rng.chance(10) {
        title = format!("{title} {org}");
    }
    let request_number = match rng.range(0, 9) {
        0 => format!("INH-{}-{:04}", now.year(), index % 10_000),
        1 => format!("{}", 100_000 + index),
        _ => format!("{}", 10_000 + index % 90_000),
    };
    let (hours_min, hours_max) = {
        let lo = rng.range(4, 9) as u32 * 4; // 16..36
        let hi = (lo + rng.range(0, 3) as u32 * 4).min(40);
        match rng.range(0, 3) {
            0 => (None, Some(hi.max(20))),
            1 => (Some(lo), Some(lo)),
            _ => (Some(lo), Some(hi.max(lo + 4))),
        }
    };
    let deadline_day = now + Duration::days(rng.range(-60, 90));
    let time = NaiveTime::from_hms_opt(*rng.pick(&[9, 9, 9, 10, 12, 17]), 0, 0).unwrap_or_default();
    let deadline = deadline_day.and_time(time);
    let q_day = workday_before(deadline_day - Duration::days(rng.range(3, 7)));
    let questions_deadline = q_day.and_time(time);
    let answers_published = workday_after(q_day + Duration::days(rng.range(1, 2)));
    let first_interview = workday_after(deadline_day + Duration::days(rng.range(2, 10)));
    let mut interview_dates = vec![first_interview];
    if rng.chance(15) {
        interview_dates.push(workday_after(
            first_interview + Duration::days(rng.range(1, 3)),
        ));
    }
    let interview_time = match rng.range(0, 4) {
        0 => Some("14:00".to_string()),
        1 => Some("13:00-16:00".to_string()),
        _ => None,
    };
    let notification_date = workday_before(first_interview - Duration::days(1));
    let start_asap = rng.chance(25);
    let start = (!start_asap).then(|| first_of_month_after(first_interview + Duration::days(7)));

    let rate_mode = rng.range(0, 3);
    let n_knockout = rng.range(2, 6) as usize - usize::from(rate_mode == 0);
    let mut knockout: Vec<String> = rng
        .pick_n(words::KNOCKOUT, n_knockout)
        .into_iter()
        .map(|s| s.to_string())
        .collect();
    let n_award = rng.range(3, 8) as usize;
    let points = split_points(rng, n_award);
    let mut award: Vec<(String, u32)> = rng
        .pick_n(words::AWARD, n_award)
        .into_iter()
        .zip(points)
        .map(|(t, p)| (t.to_string(), p))
        .collect();
    // the hourly rate: a knock-out cap, an award criterion (with or without bands), or neither
    let rate_cents = rng.range(14, 30) * 500 * 100; // €70..€150 in steps of €5
    let mut max_rate = None;
    let mut max_rate_is_knockout = false;
    let mut rate_bands = Vec::new();
    match rate_mode {
        0 => {
            max_rate = Some(Money(rate_cents));
            max_rate_is_knockout = true;
            let amount = euro(rng, Money(rate_cents));
            let last = knockout.len();
            knockout.push(format!(
                "Het uurtarief bedraagt maximaal {amount} exclusief btw, inclusief reiskosten"
            ));
            knockout.swap(last, rng.range(0, last as i64) as usize);
        }
        1 | 2 => {
            max_rate = Some(Money(rate_cents));
            let amount = euro(rng, Money(rate_cents));
            let (text, _) = award.last_mut().expect("three or more");
            *text = format!(
                "Uurtarief maximaal {amount} exclusief btw, inclusief reiskosten woon-werkverkeer"
            );
            if rng.chance(60) {
                let pts = award.last().map_or(0, |a| a.1);
                let step = 500 * 100;
                rate_bands = vec![
                    RateBand {
                        above: Some(Money(rate_cents)),
                        below: None,
                        from: None,
                        to: None,
                        points: 0,
                    },
                    RateBand {
                        above: None,
                        below: None,
                        from: Some(Money(rate_cents - step)),
                        to: Some(Money(rate_cents)),
                        points: pts / 2,
                    },
                    RateBand {
                        above: None,
                        below: Some(Money(rate_cents - step)),
                        from: None,
                        to: None,
                        points: pts,
                    },
                ];
            }
        }
        _ => {}
    }
    let scale = match rng.range(0, 19) {
        0 => Some("105".to_string()),
        1 => None, // written empty: "functieschaal ."
        2 => None,
        3 => {
            let a = rng.range(6, 13);
            Some(format!("{a}-{}", a + 1))
        }
        _ => Some(rng.range(4, 16).to_string()),
    };
    let scale_empty = scale.is_none() && rng.chance(50);
    let dba = *rng.pick(&[
        DbaStance::ZzpExcluded,
        DbaStance::GuaranteeRequired,
        DbaStance::IndependentScope,
        DbaStance::NotStated,
    ]);
    let vog_required = rng.chance(70);
    let vog_p = vog_required && rng.chance(40);
    let vog_weeks = (vog_p || vog_required && rng.chance(30)).then(|| rng.range(2, 4) as u32);
    let vog_p_weeks = vog_p.then(|| rng.range(6, 8) as u32);
    Spec {
        layout,
        title,
        request_number,
        organisation: org.to_string(),
        region,
        start,
        start_asap,
        hours_min,
        hours_max,
        deadline,
        questions_deadline,
        answers_published,
        interview_dates,
        interview_time,
        notification_date,
        knockout,
        award,
        rate_bands,
        max_rate,
        max_rate_is_knockout,
        scale,
        scale_empty,
        dba,
        vog_required,
        vog_p,
        vog_weeks,
        vog_p_weeks,
        sroi: rng.chance(30),
        waadi: rng.chance(60),
        g_account: rng.chance(20),
    }
}

/// `n` award weights, multiples of 5, at least 5 each, adding up to 100.
fn split_points(rng: &mut Rng, n: usize) -> Vec<u32> {
    let mut units = vec![1u32; n]; // units of 5 points
    for _ in n..20 {
        let i = rng.range(0, n as i64 - 1) as usize;
        units[i] += 1;
    }
    units.into_iter().map(|u| u * 5).collect()
}

fn workday_before(mut d: NaiveDate) -> NaiveDate {
    while matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
        d -= Duration::days(1);
    }
    d
}

fn workday_after(mut d: NaiveDate) -> NaiveDate {
    while matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
        d += Duration::days(1);
    }
    d
}

fn first_of_month_after(d: NaiveDate) -> NaiveDate {
    let (y, m) = if d.month() == 12 {
        (d.year() + 1, 1)
    } else {
        (d.year(), d.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(d)
}

const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const WEEKDAYS: [&str; 7] = [
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
];

/// "maandag 6 juli 2026" (or without the weekday).
fn dutch_date(d: NaiveDate, weekday: bool) -> String {
    let day = format!("{} {} {}", d.day(), MONTHS[d.month0() as usize], d.year());
    if weekday {
        format!(
            "{} {day}",
            WEEKDAYS[d.weekday().num_days_from_monday() as usize]
        )
    } else {
        day
    }
}

/// "09:00" or "09.00".
fn clock(t: NaiveDateTime, dot: bool) -> String {
    if dot {
        t.format("%H.%M").to_string()
    } else {
        t.format("%H:%M").to_string()
    }
}

/// "€ 110,-", "€110,-", "€ 110,00".
fn euro(rng: &mut Rng, m: Money) -> String {
    let whole = m.0 / 100;
    match rng.range(0, 2) {
        0 => format!("€ {whole},-"),
        1 => format!("€{whole},-"),
        _ => format!("€ {whole},{:02}", m.0 % 100),
    }
}

fn hours_text(rng: &mut Rng, s: &Spec) -> String {
    match (s.hours_min, s.hours_max) {
        (None, Some(h)) => format!("Samen max {h} uur"),
        (Some(a), Some(b)) if a == b => format!("{a} uur"),
        (Some(a), Some(b)) => {
            if rng.chance(50) {
                format!("{a} tot {b} uur")
            } else {
                format!("{a} - {b} uur")
            }
        }
        _ => String::new(),
    }
}

fn region_text(rng: &mut Rng, s: &Spec) -> String {
    let spellings = words::MUNICIPALITIES
        .iter()
        .find(|m| m.0 == s.organisation)
        .map_or(&[][..], |m| m.2);
    if spellings.is_empty() {
        s.region.to_string()
    } else {
        rng.pick(spellings).to_string()
    }
}

/// The sentences of the DBA stance.
fn dba_sentences(rng: &mut Rng, stance: DbaStance) -> Vec<&'static str> {
    match stance {
        DbaStance::ZzpExcluded => vec![*rng.pick(words::DBA_EXCLUDED)],
        DbaStance::GuaranteeRequired => vec![*rng.pick(words::DBA_GUARANTEE)],
        DbaStance::IndependentScope => {
            let n = rng.range(2, 4) as usize;
            rng.pick_n(words::DBA_INDEPENDENT, n)
                .into_iter()
                .copied()
                .collect()
        }
        DbaStance::NotStated => Vec::new(),
    }
}

/// The sentences of the "Overige informatie" section.
fn other_info(rng: &mut Rng, s: &Spec) -> Vec<String> {
    let mut out = Vec::new();
    if s.vog_required {
        out.push(
            (*rng.pick(&[
                "De gemeente verzoekt altijd om een Verklaring Omtrent het Gedrag (VOG).",
                "De opdrachtgever zal om een Verklaring Omtrent het Gedrag (VOG) vragen.",
                "Een VOG is vereist voor deze opdracht.",
            ]))
            .to_string(),
        );
        match (s.vog_weeks, s.vog_p_weeks) {
            (Some(w), Some(p)) => out.push(format!(
                "De verwerkingstijd is maximaal {w} weken, en bij VOG-P screening maximaal {p} weken."
            )),
            (Some(w), None) => out.push(format!("De verwerkingstijd van de VOG is maximaal {w} weken.")),
            (None, Some(p)) => out.push(format!("Voor deze functie is een VOG-P nodig; reken op {p} weken.")),
            (None, None) => {}
        }
    } else if rng.chance(30) {
        out.push("Voor deze opdracht is geen VOG vereist.".into());
    }
    if s.waadi {
        out.push("Indien opdrachtnemer personeel ter beschikking stelt, staat opdrachtnemer in het handelsregister geregistreerd als bedrijf dat personeel ter beschikking stelt (conform Waadi).".into());
    }
    if s.sroi {
        out.push(
            (*rng.pick(&[
                "Voor opdrachtnemer geldt een Social Return (SROI) verplichting bij gegunde opdrachten hoger dan €400.000.",
                "Op deze opdracht is SROI van toepassing.",
            ]))
            .to_string(),
        );
    }
    if s.g_account {
        out.push(
            "De opdrachtnemer beschikt over een G-rekening voor de afdracht van loonheffingen."
                .into(),
        );
    }
    out.push("Het facturatieproces van deze opdracht verloopt middels de facturatiemodule van Flextender.".into());
    out
}

fn planning_text(rng: &mut Rng, s: &Spec) -> String {
    let wd = rng.chance(80);
    let dates = match s.interview_dates.as_slice() {
        [a, b] => format!("{} en {}", dutch_date(*a, wd), dutch_date(*b, wd)),
        [a, ..] => dutch_date(*a, wd),
        [] => String::new(),
    };
    let time = match s.interview_time.as_deref() {
        Some("13:00-16:00") => " tussen 13.00 uur en 16.00 uur".to_string(),
        Some(t) => format!(", {t} uur"),
        None => String::new(),
    };
    format!(
        "De gesprekken bij de opdrachtgever zijn gepland op {dates}{time}. De kandidaten die hiervoor uitgenodigd zijn, ontvangen uiterlijk {} bericht. Overige kandidaten ontvangen na de gesprekken bericht over de voortgang van deze inhuuropdracht.",
        dutch_date(s.notification_date, true)
    )
}

fn questions_text(rng: &mut Rng, s: &Spec) -> String {
    let dot = rng.chance(30);
    format!(
        "Vragen kunnen ingediend worden tot {}, {} uur. De vragen en bijbehorende antwoorden worden op {} gepubliceerd op onze website.",
        dutch_date(s.questions_deadline.date(), true),
        clock(s.questions_deadline, dot),
        dutch_date(s.answers_published, true)
    )
}

fn closing_text(rng: &mut Rng, s: &Spec) -> String {
    format!(
        "De reactietermijn van deze {} duurt tot {}, {} uur. Tot die tijd kan je reageren.",
        rng.pick(&["aanvraag", "inhuuropdracht"]),
        dutch_date(s.deadline.date(), true),
        clock(s.deadline, rng.chance(30))
    )
}

fn scale_text(s: &Spec) -> Option<String> {
    let written = if s.scale_empty {
        Some("")
    } else {
        s.scale.as_deref()
    };
    written.map(|sc| {
        let sc = if sc.is_empty() { String::new() } else { format!(" {sc}") };
        format!("Deze functie is ingedeeld in functieschaal{sc}. Deze functieschaal is verbonden aan de desbetreffende CAO van de opdrachtgever inzake de inlenersbeloning.")
    })
}

fn organisation_text(rng: &mut Rng, s: &Spec) -> String {
    format!(
        "De gemeente {org} is een organisatie in beweging. {} De gemeente {org} zoekt een ervaren professional die snel kan schakelen.",
        rng.pick(words::PROSE),
        org = s.organisation
    )
}

/// Award items after the knock-outs, numbered on; the rate bands under the last.
fn award_lines(rng: &mut Rng, s: &Spec, web: bool) -> Vec<String> {
    let mut out = Vec::new();
    let first = s.knockout.len() + 1;
    let last = s.award.len().saturating_sub(1);
    for (i, (text, pts)) in s.award.iter().enumerate() {
        let sep = if i == last { "." } else { ";" };
        out.push(if rng.chance(50) {
            format!("{}. {text}; ({pts} punten)", first + i)
        } else {
            format!("{}. {text} ({pts} punten){sep}", first + i)
        });
    }
    if !s.rate_bands.is_empty() {
        let letters = ["a", "b", "c", "d", "e"];
        for (k, b) in s.rate_bands.iter().enumerate() {
            let body = if let Some(a) = b.above {
                format!("Uurtarief hoger dan {}", euro(rng, a))
            } else if let Some(a) = b.below {
                format!("Uurtarief lager dan {}", euro(rng, a))
            } else {
                format!(
                    "Uurtarief tussen {} en {}",
                    euro(rng, b.from.unwrap_or(Money(0))),
                    euro(rng, b.to.unwrap_or(Money(0)))
                )
            };
            let bullet = if web { "- " } else { "" };
            out.push(format!(
                "{bullet}{}) {body}; ({} punten)",
                letters[k], b.points
            ));
        }
    }
    out
}

fn knockout_lines(s: &Spec) -> Vec<String> {
    let last = s.knockout.len().saturating_sub(1);
    s.knockout
        .iter()
        .enumerate()
        .map(|(i, t)| format!("{}. {t}{}", i + 1, if i == last { "." } else { ";" }))
        .collect()
}

fn render_web(rng: &mut Rng, s: &Spec) -> String {
    let mut t = String::new();
    let start = if s.start_asap {
        "Z.s.m.".to_string()
    } else {
        s.start.map(|d| dutch_date(d, false)).unwrap_or_default()
    };
    let dot = rng.chance(30);
    let _ = write!(t, "\n\n# {}\n\n\n\n", s.title);
    let rows = [
        ("Aanvraagnummer", s.request_number.clone(), "Start", start),
        (
            "Duur",
            "6 maanden maanden".into(),
            "Opleidingniveau",
            rng.pick(words::EDUCATION).to_string(),
        ),
        (
            "Opties verlenging",
            "2 x 3 maand(en)".into(),
            "Regio",
            region_text(rng, s),
        ),
        (
            "Uren per week",
            hours_text(rng, s),
            "Einde inschrijfdatum",
            dutch_date(s.deadline.date(), true),
        ),
        (
            "DAS opdracht",
            "Ja".into(),
            "Eindtijd",
            format!("{} uur", clock(s.deadline, dot)),
        ),
    ];
    for (a, b, c, d) in rows {
        let _ = writeln!(t, "{a}\t{b}\t{c}\t{d}");
    }
    let _ = write!(t, "\n## Organisatie\n\n{}\n\n", organisation_text(rng, s));
    let _ = write!(t, "## Opdracht\n\n{}", rng.pick(words::PROSE));
    for d in dba_sentences(rng, s.dba) {
        let _ = write!(t, " {d}");
    }
    let _ = write!(
        t,
        "\n\n- {}\n- {}\n\n",
        rng.pick(words::PROSE),
        rng.pick(words::PROSE)
    );
    let _ = write!(
        t,
        "### **Vereisten/ knock-outcriteria te beoordelen door Flextender**\n\n"
    );
    for l in knockout_lines(s) {
        let _ = writeln!(t, "{l}");
    }
    let _ = write!(
        t,
        "\n### **Gunningscriteria te beoordelen door Flextender (weging, totaal 100 punten)**\n\n"
    );
    for l in award_lines(rng, s, true) {
        let _ = write!(t, "{l}\n\n");
    }
    t.push_str("Geef in het cv duidelijk aan in hoeverre je/ de door jou aangeboden kandidaat aan de criteria en competenties voldoet.\n\n### **Competenties**\n\n");
    for c in rng.pick_n(words::COMPETENCES, 3) {
        let _ = writeln!(t, "- {c}");
    }
    if let Some(sc) = scale_text(s) {
        let _ = write!(t, "\n### **Functieschaal**\n\n{sc}\n");
    }
    let _ = write!(t, "\n### **Planning**\n\n{}\n", planning_text(rng, s));
    t.push_str("\n### **Overige informatie**\n\n");
    for o in other_info(rng, s) {
        let _ = writeln!(t, "- {o}");
    }
    let _ = write!(
        t,
        "\n### **Meer informatie**\n\n{}\n\n**{}**",
        questions_text(rng, s),
        closing_text(rng, s)
    );
    t
}

/// Wraps `text` at `width` columns; `gap` puts a blank line between lines.
fn wrap(text: &str, width: usize, gap: bool) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for w in text.split(' ') {
        if !line.is_empty() && line.chars().count() + 1 + w.chars().count() > width {
            out.push_str(&line);
            out.push_str(if gap { "\n\n" } else { "\n" });
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(w);
    }
    out.push_str(&line);
    out.push('\n');
    out
}

fn render_pdf(rng: &mut Rng, s: &Spec) -> String {
    let gap = rng.chance(50);
    let width = rng.range(80, 110) as usize;
    let sep = if gap { "\n\n" } else { "\n" };
    let w = |text: &str| wrap(text, width, gap);
    let mut t = String::new();
    let _ = write!(t, "\n{}{sep}", s.title);
    let start = if s.start_asap {
        "Z.s.m.".to_string()
    } else {
        s.start.map(|d| dutch_date(d, false)).unwrap_or_default()
    };
    let dot = rng.chance(30);
    let fields = [
        ("Aanvraagnummer", s.request_number.clone()),
        ("Duur", "6 maanden maanden".into()),
        ("Opties verlenging", "2 maal 3 maand(en)".into()),
        ("Uren per week", hours_text(rng, s)),
        ("DAS opdracht", "Ja".into()),
        ("Start", start),
        ("Opleidingniveau", rng.pick(words::EDUCATION).to_string()),
        ("Regio", region_text(rng, s)),
        ("Einde inschrijfdatum", dutch_date(s.deadline.date(), true)),
        ("Eindtijd", format!("{} uur", clock(s.deadline, dot))),
    ];
    for (label, value) in fields {
        let _ = write!(t, "{label} {value}{sep}");
    }
    let _ = write!(t, "Organisatie{sep}{}{sep}", w(&organisation_text(rng, s)));
    let mut opdracht = rng.pick(words::PROSE).to_string();
    for d in dba_sentences(rng, s.dba) {
        opdracht.push(' ');
        opdracht.push_str(d);
    }
    let _ = write!(t, "Opdracht{sep}{}{sep}", w(&opdracht));
    let _ = write!(t, "Vereisten / knock-outcriteria{sep}");
    for l in knockout_lines(s) {
        t.push_str(&w(&l));
        t.push_str(sep);
    }
    let _ = write!(t, "Gunningscriteria (weging, totaal 100 punten){sep}");
    for l in award_lines(rng, s, false) {
        t.push_str(&w(&l));
        t.push_str(sep);
    }
    t.push_str(&w(
        "Geef in het cv duidelijk aan in hoeverre u / de door u aangeboden kandidaat aan het bovengenoemde profiel voldoet.",
    ));
    let _ = write!(t, "{sep}Competenties{sep}");
    for c in rng.pick_n(words::COMPETENCES, 3) {
        let _ = write!(t, "{c};{sep}");
    }
    if let Some(sc) = scale_text(s) {
        let _ = write!(t, "Functieschaal{sep}{}{sep}", w(&sc));
    }
    let _ = write!(t, "Planning{sep}{}{sep}", w(&planning_text(rng, s)));
    let _ = write!(t, "Overige informatie{sep}");
    for o in other_info(rng, s) {
        t.push_str(&w(&o));
    }
    let _ = write!(
        t,
        "{sep}Meer informatie{sep}{}{sep}{}",
        w(&questions_text(rng, s)),
        w(&closing_text(rng, s))
    );
    t
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
