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
    if args.json {
        let hits = store.search_text(&args.query)?;
        println!("{}", json(&hits)?);
        return Ok(0);
    }
    // each hit written as it is read: a word in most postings is tens of
    // thousands of lines
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let mut written = Ok(());
    let n = store.search_text_each(&args.query, |id, title| {
        if written.is_ok() {
            written = write_cell(&mut out, id)
                .and_then(|()| out.write_all(b"\t"))
                .and_then(|()| write_cell(&mut out, title))
                .and_then(|()| out.write_all(b"\n"));
        }
    })?;
    written?;
    out.flush()?;
    Ok(if n == 0 { 1 } else { 0 })
}

/// A cell of the output, cleaned for the terminal only where it needs it.
fn write_cell(out: &mut impl std::io::Write, s: &str) -> std::io::Result<()> {
    if s.chars()
        .all(|c| !c.is_control() && c.is_ascii() || c.is_alphanumeric())
    {
        out.write_all(s.as_bytes())
    } else {
        out.write_all(line(s).as_bytes())
    }
}
