//! The reliability harness (issue 9): each check tries hard to lose data and
//! panics with the reason when it does; on success it returns a [`Figure`].
//!
//! Shared by the fast cases in `tests/reliability_fast.rs` (small counts,
//! debug binary, in CI) and the long runs in `examples/reliability.rs`
//! (driven by `reliability/run.sh`, release binary, full counts).
#![allow(dead_code)]

mod backup_damage;
mod bad_files;
mod common;
mod kills;
mod locking;
mod migration;
mod odd_inputs;
mod shapes;

pub use backup_damage::*;
pub use bad_files::*;
pub use common::*;
pub use kills::*;
pub use locking::*;
pub use migration::*;
pub use odd_inputs::*;
pub use shapes::*;

use rusqlite::Connection;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};
use tenderdesk::store::Store;
use tenderdesk::store::schema::LATEST;
