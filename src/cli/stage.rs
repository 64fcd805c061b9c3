//! `tenderdesk stage ID STAGE [--note TEXT]`

use super::output::line;
use crate::pipeline::Stage;
use crate::store::Store;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The posting id (see `tenderdesk list`)
    #[arg(value_parser = super::posting_id)]
    pub id: String,
    /// open, applied, interview, awarded, rejected, waiting_room, withdrawn or passed
    pub stage: String,
    /// Why, or what happened
    #[arg(long)]
    pub note: Option<String>,
}

pub fn run(store: &mut Store, args: Args) -> anyhow::Result<i32> {
    let to: Stage = args.stage.parse()?;
    let change = store.set_stage(&args.id, to, args.note.as_deref())?;
    println!("{}: {} -> {}", line(&args.id), change.from, change.to);
    Ok(0)
}
