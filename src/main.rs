//! The `tenderdesk` binary: thin dispatch to the library's front ends.

use clap::Parser;

fn main() {
    let cli = tenderdesk::cli::Cli::parse();
    match tenderdesk::cli::run(cli) {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("tenderdesk: {e:#}");
            std::process::exit(1);
        }
    }
}
