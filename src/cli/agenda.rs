//! `tenderdesk agenda`: every coming date across postings, soonest first,
//! and a follow-up for each bid without news (see `assess::agenda`).

use super::output::line;
use crate::assess::agenda::{day_mark, with_follow_ups};
use crate::store::Store;
use chrono::Utc;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print as JSON
    #[arg(long)]
    pub json: bool,
}

pub fn run(store: &Store, args: Args) -> anyhow::Result<i32> {
    let today = Utc::now()
        .with_timezone(&chrono_tz::Europe::Amsterdam)
        .date_naive();
    let outcomes = store.outcomes()?;
    let days = store.profile()?.no_response_days();
    let items = with_follow_ups(&store.list()?, today, days, |id| outcomes.contains_key(id));
    if args.json {
        println!("{}", super::output::json(&items)?);
        return Ok(0);
    }
    if items.is_empty() {
        println!("no coming dates");
    }
    for i in &items {
        let mark = day_mark(i.date, today).map_or("        ".to_string(), |m| format!("{m:<8}"));
        let time = i
            .time
            .map_or("     ".to_string(), |t| t.format("%H:%M").to_string());
        println!(
            "{mark} {} {time}  {:<18} {:<8} {}",
            i.date.format("%a %d %b %Y"),
            i.kind.label(),
            line(&i.posting_id),
            line(&i.title)
        );
    }
    Ok(0)
}
