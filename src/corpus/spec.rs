//! The values of one generated posting, drawn from the seed: title,
//! municipality and province, dates around "now", hours, scale, criteria
//! with points adding to 100, rate bands, DBA stance and conditions.

use super::phrases::euro;
use super::*;

pub(super) fn spec(rng: &mut Rng, index: u64, now: NaiveDate) -> Spec {
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
pub(super) fn split_points(rng: &mut Rng, n: usize) -> Vec<u32> {
    let mut units = vec![1u32; n]; // units of 5 points
    for _ in n..20 {
        let i = rng.range(0, n as i64 - 1) as usize;
        units[i] += 1;
    }
    units.into_iter().map(|u| u * 5).collect()
}

pub(super) fn workday_before(mut d: NaiveDate) -> NaiveDate {
    while matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
        d -= Duration::days(1);
    }
    d
}

pub(super) fn workday_after(mut d: NaiveDate) -> NaiveDate {
    while matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
        d += Duration::days(1);
    }
    d
}

pub(super) fn first_of_month_after(d: NaiveDate) -> NaiveDate {
    let (y, m) = if d.month() == 12 {
        (d.year() + 1, 1)
    } else {
        (d.year(), d.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(d)
}
