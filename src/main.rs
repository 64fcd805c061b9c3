//! The `tenderdesk` binary: thin dispatch to the library's front ends.

use clap::Parser;

fn main() {
    let cli = tenderdesk::cli::Cli::parse();
    match tenderdesk::cli::run(cli) {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            let msg = tenderdesk::posting::normalize::sanitize_line(&format!("{e:#}"));
            eprintln!("tenderdesk: {msg}");
            std::process::exit(1);
        }
    }
}
