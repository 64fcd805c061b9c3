//! `tenderdesk profile [--rate 105] [--hours 32] [--bidder zzp|agency] ...`:
//! show or change the profile postings are checked against.

use crate::assess::{BidderKind, Profile};
use crate::posting::Money;
use crate::store::Store;
use chrono::NaiveDate;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Your hourly rate in euros, excluding VAT (e.g. 105 or 97.50)
    #[arg(long, value_name = "EUR")]
    pub rate: Option<f64>,
    /// Hours per week you can take on
    #[arg(long)]
    pub hours: Option<u32>,
    /// How you bid: zzp (self-employed) or agency (through an agency or employer)
    #[arg(long)]
    pub bidder: Option<BidderKind>,
    /// Issue date of your most recent VOG (YYYY-MM-DD), or "none"
    #[arg(long, value_name = "DATE")]
    pub vog_date: Option<String>,
    /// Preferred regions, comma-separated (provinces)
    #[arg(long, value_delimiter = ',')]
    pub regions: Option<Vec<String>>,
    /// How a "partly" answer counts: half or zero
    #[arg(long, value_parser = ["half", "zero"])]
    pub partly: Option<String>,
    /// Days without news after a deadline before a bid is flagged "no
    /// response yet" and gets a follow-up in the agenda [default: 14]
    #[arg(long, value_name = "DAYS")]
    pub no_response_days: Option<u32>,
    /// Travel cost a working day in euros (the net of all-in rates)
    #[arg(long, value_name = "EUR")]
    pub travel_per_day: Option<f64>,
    /// Travel cost per km in euros, over --distance-km both ways, when no cost a day is set
    #[arg(long, value_name = "EUR")]
    pub travel_per_km: Option<f64>,
    /// Distance to the client's office, one way, in km
    #[arg(long, value_name = "KM")]
    pub distance_km: Option<u32>,
    /// What a VOG costs you in euros [default: 41.35]
    #[arg(long, value_name = "EUR")]
    pub vog_cost: Option<f64>,
    /// The part of an invoice paid onto a G-rekening, in percent [default: 25]
    #[arg(long, value_name = "PERCENT")]
    pub g_account_percent: Option<f64>,
    /// Print the profile as JSON
    #[arg(long)]
    pub json: bool,
}

pub fn run(store: &mut Store, args: Args) -> anyhow::Result<i32> {
    let mut p = store.profile()?;
    let mut changed = false;
    if let Some(r) = args.rate {
        p.hourly_rate = Some(
            Money::from_eur(r)
                .filter(|m| m.0 > 0)
                .ok_or_else(|| anyhow::anyhow!("--rate must be a positive amount in euros"))?,
        );
        changed = true;
    }
    if let Some(h) = args.hours {
        anyhow::ensure!((1..=80).contains(&h), "--hours must be between 1 and 80");
        p.hours_per_week = Some(h);
        changed = true;
    }
    if let Some(b) = args.bidder {
        p.bidder = b;
        changed = true;
    }
    if let Some(v) = &args.vog_date {
        p.last_vog =
            if v.eq_ignore_ascii_case("none") {
                None
            } else {
                Some(NaiveDate::parse_from_str(v, "%Y-%m-%d").map_err(|_| {
                    anyhow::anyhow!("--vog-date must be YYYY-MM-DD or none, not '{v}'")
                })?)
            };
        changed = true;
    }
    if let Some(r) = args.regions {
        p.preferred_regions = r
            .into_iter()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        changed = true;
    }
    if let Some(partly) = &args.partly {
        p.partly_counts_half = partly == "half";
        changed = true;
    }
    if let Some(d) = args.no_response_days {
        anyhow::ensure!(
            (1..=365).contains(&d),
            "--no-response-days must be between 1 and 365"
        );
        p.no_response_days = Some(d);
        changed = true;
    }
    let euros = |flag: &str, v: f64| {
        Money::from_eur(v)
            .filter(|m| m.0 >= 0)
            .ok_or_else(|| anyhow::anyhow!("{flag} must be an amount in euros, 0 or more"))
    };
    if let Some(v) = args.travel_per_day {
        p.travel_per_day = Some(euros("--travel-per-day", v)?);
        changed = true;
    }
    if let Some(v) = args.travel_per_km {
        p.travel_per_km = Some(euros("--travel-per-km", v)?);
        changed = true;
    }
    if let Some(v) = args.distance_km {
        anyhow::ensure!(v <= 1000, "--distance-km must be 0 to 1000 km");
        p.distance_km = Some(v);
        changed = true;
    }
    if let Some(v) = args.vog_cost {
        p.vog_cost = Some(euros("--vog-cost", v)?);
        changed = true;
    }
    if let Some(v) = args.g_account_percent {
        anyhow::ensure!(
            (0.0..=100.0).contains(&v),
            "--g-account-percent must be 0 to 100"
        );
        p.g_account_percent = Some(v);
        changed = true;
    }
    if changed {
        store.save_profile(&p)?;
    }
    if args.json {
        println!("{}", super::output::json(&p)?);
    } else {
        print!("{}", describe(&p));
    }
    Ok(0)
}

/// The profile in words.
pub fn describe(p: &Profile) -> String {
    let bidder = match p.bidder {
        BidderKind::SelfEmployed => "self-employed (ZZP)",
        BidderKind::Agency => "through an agency or employer",
    };
    format!(
        "hourly rate      {}\nhours per week   {}\nbids as          {bidder}\nlast VOG         {}\nregions          {}\n\"partly\" counts  {}\nno response      after {} days\ntravel           {}\nVOG costs        {}\nG-rekening       {}% withheld\n",
        p.hourly_rate
            .map_or("not set (--rate)".into(), |m| m.to_string()),
        p.hours_per_week
            .map_or("not set (--hours)".into(), |h| h.to_string()),
        p.last_vog.map_or("none".into(), |d| d.to_string()),
        if p.preferred_regions.is_empty() {
            "any".to_string()
        } else {
            super::output::line(&p.preferred_regions.join(", "))
        },
        if p.partly_counts_half {
            "half the points"
        } else {
            "no points"
        },
        p.no_response_days(),
        match (p.travel_per_day, p.travel_per_km, p.distance_km) {
            (Some(d), ..) => format!("{d} a day"),
            (None, Some(k), Some(km)) => format!("{k} per km, {km} km one way"),
            _ => "not set (--travel-per-day, or --travel-per-km and --distance-km)".into(),
        },
        p.vog_cost(),
        p.g_account_percent(),
    )
}
