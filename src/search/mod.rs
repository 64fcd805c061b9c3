//! Finding postings: filters (region, scale, stage, deadline, hours, text) and
//! fuzzy matching on folded keys. Pure: no I/O, shared by the command line
//! and the interface.

pub mod filter;
pub mod fuzzy;
pub mod key;
pub mod narrow;
pub mod packed;
pub mod parse;
pub mod skim;

pub use filter::{Filter, StageFilter, apply, by_deadline};
pub use fuzzy::{Matcher, Query};
pub use parse::{parse_due, parse_scale};
