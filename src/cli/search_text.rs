//! `tenderdesk search-text QUERY [--json]`: full-text search in the original texts.

use super::output::{json, line};
use crate::store::Store;
use std::io::Write as _;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Words that must all occur (also inside compounds: "opvang" finds
    /// "Vluchtelingenopvangbeleid"), or one "phrase in double quotes"
    pub query: String,
    /// Print JSON instead of `ID<TAB>TITLE` lines
    #[arg(long)]
    pub json: bool,
}

pub fn run(store: &Store, args: Args) -> anyhow::Result<i32> {
    let hits = store.search_text(&args.query)?;
    if args.json {
        println!("{}", json(&hits)?);
        return Ok(0);
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for h in &hits {
        writeln!(out, "{}\t{}", line(&h.id), line(&h.title))?;
    }
    out.flush()?;
    Ok(if hits.is_empty() { 1 } else { 0 })
}
