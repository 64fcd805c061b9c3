//! `tenderdesk backup PATH [--force]`

use crate::store::Store;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Where to write the copy
    pub path: PathBuf,
    /// Replace the file if it exists
    #[arg(long)]
    pub force: bool,
}

pub fn run(store: &Store, args: Args) -> anyhow::Result<i32> {
    store.backup(&args.path, args.force)?;
    println!(
        "backup written to {}",
        super::output::line(&args.path.display().to_string())
    );
    Ok(0)
}
