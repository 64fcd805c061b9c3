//! `tenderdesk changes [ID] [--json]`: what re-imports changed. Without an
//! id, every changed posting (not yet looked at first); with one, each
//! version's changes field by field, which also marks them seen (the list's
//! `Δ` goes), as opening the posting in the interface does.

use super::output::{json, line};
use crate::pipeline::Revision;
use crate::store::Store;
use std::fmt::Write as _;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// A posting id: its changes field by field (marks them seen)
    pub id: Option<String>,
    /// Print JSON (nothing is marked seen)
    #[arg(long)]
    pub json: bool,
}

pub fn run(store: &mut Store, args: Args) -> anyhow::Result<i32> {
    let mut revisions = store.revisions(args.id.as_deref())?;
    if args.json {
        println!("{}", json(&revisions)?);
        return Ok(0);
    }
    match &args.id {
        Some(id) => {
            print!("{}", render_one(&revisions));
            if revisions.is_empty() {
                println!("{}: no re-import has changed it", line(id));
            }
            store.mark_changes_seen(id)?;
        }
        None => {
            if revisions.is_empty() {
                println!("no re-import has changed a posting");
                return Ok(0);
            }
            // not yet looked at first, the newest first within each
            revisions.sort_by_key(|r| r.seen);
            print!("{}", render_all(&revisions));
        }
    }
    Ok(0)
}

/// One line per re-import: mark, when, id, title, the fields it changed.
fn render_all(revisions: &[Revision]) -> String {
    let mut o = String::new();
    for r in revisions {
        let mark = match (r.seen, r.deadline_earlier) {
            (false, true) => "Δ!",
            (false, false) => "Δ ",
            (true, _) => "  ",
        };
        let _ = writeln!(
            o,
            "{mark} {}  {}  {}: {}",
            r.at.format("%Y-%m-%d %H:%M"),
            line(&r.id),
            line(&r.title),
            line(&r.summary())
        );
    }
    o.push_str("(Δ: not looked at yet; `tenderdesk changes ID` shows one field by field)\n");
    o
}

/// Every version's changes of one posting, oldest first, old → new.
pub fn render_one(revisions: &[Revision]) -> String {
    let mut o = String::new();
    for r in revisions {
        let _ = writeln!(
            o,
            "{}  re-import{}{}",
            r.at.format("%Y-%m-%d %H:%M"),
            if r.seen { "" } else { " (new)" },
            if r.deadline_earlier {
                ": !! DEADLINE MOVED EARLIER"
            } else {
                ""
            },
        );
        for f in &r.fields {
            let _ = writeln!(o, "  {}", line(&f.plain()));
        }
    }
    o
}
