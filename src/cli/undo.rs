//! `tenderdesk undo [ID]`: the last change of one posting, or of any.

use super::output::line;
use crate::store::Store;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Undo the last change of this posting (without it: of any posting)
    pub id: Option<String>,
}

pub fn run(store: &mut Store, args: Args) -> anyhow::Result<i32> {
    let undone = match &args.id {
        Some(id) => store.undo_posting(id)?,
        None => store.undo_last()?,
    };
    match undone {
        Some(u) => println!("{} ({})", line(&u.to_string()), line(&u.title)),
        None => match &args.id {
            Some(id) => println!("{}: nothing to undo", line(id)),
            None => println!("nothing to undo"),
        },
    }
    Ok(0)
}
