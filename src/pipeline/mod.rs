//! The application pipeline: stages, stage changes and what a stored posting
//! looks like to the layers above the store. Pure data, no I/O.

pub mod outcome;
pub mod outcome_values;
mod record;
mod revision;
mod stage;

pub use outcome::Outcome;
pub use record::{Change, Note, PostingDetail, PostingRecord, StageChange};
pub use revision::{ChangeMark, Revision};
pub use stage::{Stage, Status, UnknownStage};
