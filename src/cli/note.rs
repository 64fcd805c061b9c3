//! `tenderdesk note ID TEXT`

use super::output::line;
use crate::store::Store;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The posting id
    #[arg(value_parser = super::posting_id)]
    pub id: String,
    /// The note
    pub text: String,
}

pub fn run(store: &mut Store, args: Args) -> anyhow::Result<i32> {
    let note = store.add_note(&args.id, &args.text)?;
    println!("{}: note {} added", line(&args.id), note.id);
    Ok(0)
}
