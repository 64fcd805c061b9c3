//! The net of a posting in words, for `tenderdesk assess` (see
//! `assess::net` for what is counted).

use super::output::line;
use crate::assess::Profile;
pub use crate::assess::net::eur;
use crate::assess::net::{Net, net};
use crate::posting::Posting;
use chrono::NaiveDate;
use std::fmt::Write as _;

/// The net section: what you keep per hour, week and duration, or why it
/// cannot be worked out.
pub fn render(p: &Posting, profile: &Profile, today: NaiveDate) -> String {
    match net(p, profile, today) {
        Ok(n) => words(&n).unwrap_or_default(),
        Err(e) => format!("net: {e}\n"),
    }
}

fn words(n: &Net) -> Result<String, std::fmt::Error> {
    let mut o = String::new();
    writeln!(
        o,
        "net at your rate {} an hour, {} hours a week:",
        eur(n.rate),
        n.hours_per_week
    )?;
    writeln!(
        o,
        "  platform fee    {} an hour ({})",
        eur(n.fee_per_hour),
        line(&n.fee)
    )?;
    writeln!(o, "  travel          {} an hour", eur(n.travel_per_hour))?;
    if let Some(c) = n.vog_cost {
        writeln!(
            o,
            "  VOG             {} an hour ({} once)",
            eur(n.vog_per_hour),
            eur(c)
        )?;
    }
    writeln!(
        o,
        "  net             {} an hour, {} a week",
        eur(n.net_per_hour),
        eur(n.net_per_week)
    )?;
    if let (Some(w), Some(t)) = (n.weeks, n.net_total) {
        writeln!(o, "  for {w:.0} weeks    {}", eur(t))?;
    }
    if let (Some(w), Some(t)) = (n.weeks_with_options, n.net_total_with_options) {
        writeln!(o, "  with options    {} ({w:.0} weeks)", eur(t))?;
    }
    if let Some(g) = &n.g_account {
        writeln!(
            o,
            "  G-rekening      {}% withheld: {} a week{}, paid to you later (cash flow, not lost)",
            g.percent,
            eur(g.per_week),
            g.total
                .map_or(String::new(), |t| format!(", {} in all", eur(t)))
        )?;
    }
    for note in &n.notes {
        writeln!(o, "  ({})", line(note))?;
    }
    Ok(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn euros_in_dutch() {
        assert_eq!(eur(66045.45), "€ 66.045,45");
        assert_eq!(eur(0.057), "€ 0,06");
        assert_eq!(eur(-2.5), "-€ 2,50");
        assert_eq!(eur(132132.25), "€ 132.132,25");
    }
}
