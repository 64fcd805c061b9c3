//! `tenderdesk undo`

use super::output::line;
use crate::store::Store;

pub fn run(store: &mut Store) -> anyhow::Result<i32> {
    match store.undo()? {
        Some((id, change)) => println!("{}: {} -> {} (undone)", line(&id), change.from, change.to),
        None => println!("nothing to undo"),
    }
    Ok(0)
}
