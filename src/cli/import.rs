//! `tenderdesk import FILE|DIR...`

use crate::import::import_paths;
use crate::store::Store;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Posting files or directories of them; `-` reads standard input
    #[arg(required = true, value_name = "FILE|DIR")]
    pub paths: Vec<PathBuf>,
}

pub fn run(store: &mut Store, args: Args) -> anyhow::Result<i32> {
    let report = import_paths(store, &args.paths);
    println!("{}", super::output::text(&report.to_string()));
    Ok(if report.failed.is_empty() { 0 } else { 1 })
}
