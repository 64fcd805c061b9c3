//! The command line: clap definitions and dispatch to one file per command.
//! Thin: every command calls into the library and formats its result.

mod parse;

use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// Track Dutch municipal interim postings (inhuuropdrachten) from posting
/// text to gunning.
#[derive(Debug, Parser)]
#[command(name = "tenderdesk", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read posting files and print what tenderdesk extracts from each.
    Parse(parse::ParseArgs),
}

/// Runs the command line; returns the process exit code.
pub fn run(cli: Cli) -> anyhow::Result<i32> {
    match cli.command {
        Some(Command::Parse(args)) => parse::run(&args),
        None => parse::run(&parse::ParseArgs {
            json: false,
            files: vec![PathBuf::from("data/postings")],
        }),
    }
}
