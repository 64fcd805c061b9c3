//! `tenderdesk agenda`: every coming date across postings, soonest first.

use super::output::line;
use crate::assess::agenda::{agenda, day_mark};
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
    let items = agenda(&store.list()?, today);
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
