//! Running the binary on a database for the command-line tests: the
//! command's standard output, the test failing with its error otherwise.
#![allow(dead_code)]

use assert_cmd::Command;
use std::path::Path;

/// The bundled sample postings.
pub const SAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/postings");

/// `tenderdesk --db DB ARGS…`'s standard output; fails the test, naming
/// the arguments and the error, when the command fails.
pub fn out(db: &Path, args: &[&str]) -> String {
    let o = Command::new(env!("CARGO_BIN_EXE_tenderdesk"))
        .arg("--db")
        .arg(db)
        .env_remove("TENDERDESK_DB")
        .args(args)
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}
