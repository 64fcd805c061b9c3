//! The Dutch sentences and fields a posting is written with: dates, times,
//! amounts, hours, the DBA clause, conditions and planning, each in the
//! several ways real postings phrase them.

use super::*;

pub(super) const MONTHS: [&str; 12] = [
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
pub(super) const WEEKDAYS: [&str; 7] = [
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
];

/// "maandag 6 juli 2026" (or without the weekday).
pub(super) fn dutch_date(d: NaiveDate, weekday: bool) -> String {
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
pub(super) fn clock(t: NaiveDateTime, dot: bool) -> String {
    if dot {
        t.format("%H.%M").to_string()
    } else {
        t.format("%H:%M").to_string()
    }
}

/// "€ 110,-", "€110,-", "€ 110,00".
pub(super) fn euro(rng: &mut Rng, m: Money) -> String {
    let whole = m.0 / 100;
    match rng.range(0, 2) {
        0 => format!("€ {whole},-"),
        1 => format!("€{whole},-"),
        _ => format!("€ {whole},{:02}", m.0 % 100),
    }
}

pub(super) fn hours_text(rng: &mut Rng, s: &Spec) -> String {
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

pub(super) fn region_text(rng: &mut Rng, s: &Spec) -> String {
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
pub(super) fn dba_sentences(rng: &mut Rng, stance: DbaStance) -> Vec<&'static str> {
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
pub(super) fn other_info(rng: &mut Rng, s: &Spec) -> Vec<String> {
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

pub(super) fn planning_text(rng: &mut Rng, s: &Spec) -> String {
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

pub(super) fn questions_text(rng: &mut Rng, s: &Spec) -> String {
    let dot = rng.chance(30);
    format!(
        "Vragen kunnen ingediend worden tot {}, {} uur. De vragen en bijbehorende antwoorden worden op {} gepubliceerd op onze website.",
        dutch_date(s.questions_deadline.date(), true),
        clock(s.questions_deadline, dot),
        dutch_date(s.answers_published, true)
    )
}

pub(super) fn closing_text(rng: &mut Rng, s: &Spec) -> String {
    format!(
        "De reactietermijn van deze {} duurt tot {}, {} uur. Tot die tijd kan je reageren.",
        rng.pick(&["aanvraag", "inhuuropdracht"]),
        dutch_date(s.deadline.date(), true),
        clock(s.deadline, rng.chance(30))
    )
}

pub(super) fn scale_text(s: &Spec) -> Option<String> {
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

pub(super) fn organisation_text(rng: &mut Rng, s: &Spec) -> String {
    format!(
        "De gemeente {org} is een organisatie in beweging. {} De gemeente {org} zoekt een ervaren professional die snel kan schakelen.",
        rng.pick(words::PROSE),
        org = s.organisation
    )
}

/// Award items after the knock-outs, numbered on; the rate bands under the last.
pub(super) fn award_lines(rng: &mut Rng, s: &Spec, web: bool) -> Vec<String> {
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

pub(super) fn knockout_lines(s: &Spec) -> Vec<String> {
    let last = s.knockout.len().saturating_sub(1);
    s.knockout
        .iter()
        .enumerate()
        .map(|(i, t)| format!("{}. {t}{}", i + 1, if i == last { "." } else { ";" }))
        .collect()
}
