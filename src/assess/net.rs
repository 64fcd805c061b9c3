//! What you net from a posting at your rate (issue 15): the platform fee
//! (Flextender's fee per hour, a percentage where stated, "geen fee"),
//! travel (a cost per day, or per km over the distance set on the posting,
//! else the profile's, both
//! ways, one day per 8 hours), and a VOG you pay yourself when the posting
//! asks one and yours will be too old at the start, spread over the
//! posting's hours. Per hour, per week at the posting's hours, for the
//! duration and with the extension options. A G-rekening withholds part
//! of each invoice: shown beside the net, as money you get later (cash
//! flow), never subtracted from it.

use super::checks::VOG_MAX_AGE_MONTHS;
use super::duration;
use super::profile::{BidderKind, Profile};
use crate::posting::{Money, Posting};
use chrono::{Months, NaiveDate};
use serde::Serialize;

/// Hours of one working day (how many days a week you travel).
pub const HOURS_PER_DAY: u32 = 8;

/// The part of a G-rekening withheld, in words, with its amounts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Withheld {
    pub percent: f64,
    pub per_week: f64,
    pub total: Option<f64>,
}

/// The net of one posting; amounts in euros, excluding VAT.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Net {
    pub rate: f64,
    pub hours_per_week: u32,
    /// "none", "2.25 per hour", "3%", or "not stated".
    pub fee: String,
    pub fee_per_hour: f64,
    pub travel_per_hour: f64,
    /// The VOG's cost when you pay it (one-off).
    pub vog_cost: Option<f64>,
    pub vog_per_hour: f64,
    pub net_per_hour: f64,
    pub net_per_week: f64,
    pub weeks: Option<f64>,
    pub net_total: Option<f64>,
    pub weeks_with_options: Option<f64>,
    pub net_total_with_options: Option<f64>,
    /// Withheld on a G-rekening: paid later, not lost.
    pub g_account: Option<Withheld>,
    /// What was assumed, in words.
    pub notes: Vec<String>,
}

/// Why the net cannot be worked out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NetError {
    #[error("set your hourly rate first (tenderdesk profile --rate 95)")]
    NoRate,
    #[error(
        "the posting gives no hours a week and your profile none either (tenderdesk profile --hours 32)"
    )]
    NoHours,
}

/// `€ 1.234,50`: euros as Dutch readers write them.
pub fn eur(x: f64) -> String {
    let cents = (x * 100.0).round() as i64;
    let (sign, cents) = if cents < 0 {
        ("-", -cents)
    } else {
        ("", cents)
    };
    let whole = (cents / 100).to_string();
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    format!("{sign}€ {grouped},{:02}", cents % 100)
}

/// The net per hour in a list's cell, Dutch style (`91,66`), or `-` when
/// the profile lacks the rate or hours.
pub fn net_cell(net_per_hour: Option<f64>) -> String {
    net_per_hour.map_or("-".into(), |n| format!("{n:.2}").replace('.', ","))
}

/// Euros as the rest of tenderdesk shows money: `€ 13,80`.
fn money(x: f64) -> String {
    Money::from_eur(x).map_or_else(String::new, |m| m.to_string())
}

fn cents(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// A percentage in a fee text: "3%" or "3,5 %" → 3.5.
fn fee_percent(text: &str) -> Option<f64> {
    let i = text.find('%')?;
    let num: String = text[..i]
        .trim_end()
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    num.replace(',', ".").parse().ok()
}

/// Travel a working day, both ways. A distance set on the posting by hand
/// wins over the profile's: at the profile's cost per km, or none at 0 km;
/// without a cost per km the profile's cost a day stands (and a note says
/// the distance is not used). Else the profile's cost a day, else its cost
/// per km over its distance.
fn travel_per_day(p: &Posting, profile: &Profile, notes: &mut Vec<String>) -> Option<f64> {
    let per_km = profile.travel_per_km.map(|m| m.as_eur());
    match (p.distance_km, per_km) {
        (Some(0), _) => {
            notes.push("0 km set for this posting: no travel".into());
            return Some(0.0);
        }
        (Some(km), Some(c)) => {
            notes.push(format!("{km} km one way set for this posting"));
            return Some(c * f64::from(km) * 2.0);
        }
        (Some(km), None) => notes.push(format!(
            "{km} km set for this posting, but no cost per km in the profile (--travel-per-km): not used"
        )),
        (None, _) => {}
    }
    profile.travel_per_day.map(|m| m.as_eur()).or_else(|| {
        let km = profile.distance_km?;
        Some(per_km? * f64::from(km) * 2.0)
    })
}

/// The net of posting `p` at the profile's rate, on `today`.
pub fn net(p: &Posting, profile: &Profile, today: NaiveDate) -> Result<Net, NetError> {
    let rate = profile.hourly_rate.ok_or(NetError::NoRate)?.as_eur();
    let hours = p
        .hours_max
        .or(p.hours_min)
        .or(profile.hours_per_week)
        .filter(|h| *h > 0)
        .ok_or(NetError::NoHours)?;
    let mut notes = Vec::new();
    if p.hours_max.is_none() && p.hours_min.is_none() {
        notes.push(format!("{hours} hours a week from your profile"));
    }
    let (fee, fee_per_hour) = match (p.fee.as_deref(), p.fee_per_hour_eur) {
        (_, Some(m)) => (format!("{:.2} per hour", m.as_eur()), m.as_eur()),
        (Some("none"), None) => ("none".to_string(), 0.0),
        (Some(t), None) => match fee_percent(t) {
            Some(pct) => (format!("{pct}%"), rate * pct / 100.0),
            None => {
                notes.push(format!(
                    "the fee '{t}' is not per hour or a percentage: not counted"
                ));
                (t.to_string(), 0.0)
            }
        },
        (None, None) => ("not stated".to_string(), 0.0),
    };
    let per_day = travel_per_day(p, profile, &mut notes);
    let days = hours.div_ceil(HOURS_PER_DAY);
    let travel_per_week = per_day.unwrap_or(0.0) * f64::from(days);
    match per_day {
        Some(d) => notes.push(format!(
            "travel {} a day, {days} days a week (all-in rate)",
            money(d)
        )),
        None => notes.push(
            "no travel cost in the profile (--travel-per-day, or --travel-per-km and --distance-km)"
                .into(),
        ),
    }
    let weeks = duration::weeks(p);
    let option_weeks = p
        .extension_options
        .as_deref()
        .and_then(duration::option_weeks);
    let start = p.start_date.unwrap_or(today).max(today);
    let vog_valid = profile.last_vog.is_some_and(|d| {
        d.checked_add_months(Months::new(VOG_MAX_AGE_MONTHS))
            .is_some_and(|v| v >= start)
    });
    let vog_cost = (p.vog.required && profile.bidder == BidderKind::SelfEmployed && !vog_valid)
        .then(|| profile.vog_cost().as_eur());
    if profile.bidder == BidderKind::Agency {
        notes.push("you bid through an agency: its margin is not in these figures".into());
    }
    let gross_week = rate * f64::from(hours);
    let week_before_vog = gross_week - fee_per_hour * f64::from(hours) - travel_per_week;
    let total = |w: f64| week_before_vog * w - vog_cost.unwrap_or(0.0);
    let vog_per_hour = match (vog_cost, weeks) {
        (Some(c), Some(w)) if w > 0.0 => c / (w * f64::from(hours)),
        (Some(c), _) => {
            notes.push(format!(
                "a VOG ({}) once; the duration is unknown, so not per hour",
                money(c)
            ));
            0.0
        }
        _ => 0.0,
    };
    let net_per_hour = rate - fee_per_hour - travel_per_week / f64::from(hours) - vog_per_hour;
    let g_account = p.g_account.then(|| {
        let pct = profile.g_account_percent();
        Withheld {
            percent: pct,
            per_week: cents(gross_week * pct / 100.0),
            total: weeks.map(|w| cents(gross_week * pct / 100.0 * w)),
        }
    });
    Ok(Net {
        rate,
        hours_per_week: hours,
        fee,
        fee_per_hour: cents(fee_per_hour),
        travel_per_hour: cents(travel_per_week / f64::from(hours)),
        vog_cost,
        vog_per_hour: cents(vog_per_hour),
        net_per_hour: cents(net_per_hour),
        net_per_week: cents(net_per_hour * f64::from(hours)),
        weeks: weeks.map(cents),
        net_total: weeks.map(|w| cents(total(w))),
        weeks_with_options: weeks.zip(option_weeks).map(|(w, o)| cents(w + o)),
        net_total_with_options: weeks.zip(option_weeks).map(|(w, o)| cents(total(w + o))),
        g_account,
        notes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile() -> Profile {
        Profile {
            hourly_rate: Some(Money(9500)),
            ..Profile::default()
        }
    }

    #[test]
    fn percentages_in_fee_texts() {
        assert_eq!(fee_percent("3%"), Some(3.0));
        assert_eq!(fee_percent("fee 2,5 % van het tarief"), Some(2.5));
        assert_eq!(fee_percent("none"), None);
    }

    #[test]
    fn a_percentage_fee_and_no_fee() {
        let today = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        let mut p = Posting {
            hours_max: Some(32),
            fee: Some("4%".into()),
            ..Posting::default()
        };
        let n = net(&p, &profile(), today).unwrap();
        assert_eq!((n.fee_per_hour, n.net_per_hour), (3.8, 91.2));
        assert_eq!(n.net_per_week, 2918.4);
        assert_eq!(n.net_total, None);
        p.fee = Some("none".into());
        assert_eq!(net(&p, &profile(), today).unwrap().net_per_hour, 95.0);
    }

    #[test]
    fn a_distance_set_on_the_posting_wins_over_the_profiles() {
        let today = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        let pr = Profile {
            travel_per_km: Some(Money(23)),
            distance_km: Some(10),
            ..profile()
        };
        let mut p = Posting {
            hours_max: Some(32),
            fee: Some("none".into()),
            ..Posting::default()
        };
        // profile: 10 km × 2 × € 0,23 = € 4,60 a day, 4 days, ÷ 32 h = € 0,575
        assert_eq!(net(&p, &pr, today).unwrap().travel_per_hour, 0.58);
        // 50 km: € 23 a day × 4 ÷ 32 = € 2,875 an hour
        p.distance_km = Some(50);
        let n = net(&p, &pr, today).unwrap();
        assert_eq!((n.travel_per_hour, n.net_per_hour), (2.88, 92.13));
        p.distance_km = Some(0);
        assert_eq!(net(&p, &pr, today).unwrap().travel_per_hour, 0.0);
    }

    #[test]
    fn no_rate_or_hours_says_what_to_set() {
        let today = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        let p = Posting::default();
        assert_eq!(net(&p, &Profile::default(), today), Err(NetError::NoRate));
        assert_eq!(net(&p, &profile(), today), Err(NetError::NoHours));
    }
}
