//! The command line: clap definitions and dispatch to one file per command.
//! Thin: every command calls into the library and formats its result. Every
//! string that comes from a posting is sanitised before it is printed (see
//! `output.rs`). Errors end as one line on stderr.

mod agenda;
mod assess;
mod backup;
mod changes;
mod editor;
mod export;
mod hand;
mod import;
mod list;
mod net;
mod note;
mod outcome;
mod output;
mod parse;
mod profile;
mod search_text;
mod show;
mod stage;
mod stats;
mod undo;

use crate::store::Store;
use anyhow::Context;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// A posting id as typed: an id from `list`, or the aanvraagnummer as the
/// posting writes it ("VLI/2026/INH/0177" names "VLI2026INH0177").
pub(crate) fn posting_id(typed: &str) -> Result<String, String> {
    let id = crate::store::id_of_number(typed);
    if id.is_empty() {
        Err(format!(
            "'{typed}' is no posting id (see `tenderdesk list`)"
        ))
    } else {
        Ok(id)
    }
}

/// Track Dutch municipal interim postings (inhuuropdrachten) from posting
/// text to gunning.
#[derive(Debug, Parser)]
#[command(name = "tenderdesk", version, about)]
pub struct Cli {
    /// The database file [default: $XDG_DATA_HOME/tenderdesk/tenderdesk.db]
    #[arg(long, global = true, env = "TENDERDESK_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Open the interface on a throwaway database filled with the bundled
    /// sample postings, their dates moved to around today. Never uses
    /// TENDERDESK_DB; with --db, a new file to keep the demo in
    #[arg(long)]
    pub demo: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read posting files and print what tenderdesk extracts from each.
    Parse(parse::ParseArgs),
    /// Import posting files or directories (`-` reads standard input)
    Import(import::Args),
    /// List postings, soonest deadline first
    List(list::Args),
    /// Full-text search in the original posting texts (exit 1 when nothing matches)
    #[command(
        after_help = "Examples:\n  tenderdesk search-text opvang\n  tenderdesk search-text '\"huisvesting van vergunninghouders\"'"
    )]
    SearchText(search_text::Args),
    /// Show everything about one posting
    Show(show::Args),
    /// What re-imports changed (deadline, criteria, points, rate, hours, DBA
    /// text…): every changed posting, or one posting field by field
    #[command(
        after_help = "Examples:\n  tenderdesk changes            # every changed posting, not yet looked at first\n  tenderdesk changes 30828      # old → new, field by field"
    )]
    Changes(changes::Args),
    /// Add a posting by hand (prints its id); without flags, fill in a form in $EDITOR
    #[command(
        after_help = "Examples:\n  tenderdesk add --title 'Beleidsadviseur Wonen' --organisation Utrecht --deadline '2027-03-01 12:00' --hours 24-32 --max-rate 95\n  tenderdesk add            # opens $EDITOR on a form"
    )]
    Add(hand::AddArgs),
    /// Correct fields by hand (a re-import never overwrites them); without flags, in $EDITOR
    #[command(
        after_help = "Examples:\n  tenderdesk edit 30828 --deadline '2026-07-08 12:00' --max-rate 97.50\n  tenderdesk edit 30828      # opens $EDITOR on all fields"
    )]
    Edit(hand::EditArgs),
    /// Move a posting to the archive (`list --archived`); --purge removes it for good
    Delete(hand::DeleteArgs),
    /// Bring a posting back from the archive
    Restore(hand::RestoreArgs),
    /// Move a posting to another stage
    Stage(stage::Args),
    /// Undo the last change (stage, answer, add, edit, archive, restore, outcome) of
    /// one posting, or without an id of any posting
    Undo(undo::Args),
    /// Add a note to a posting
    Note(note::Args),
    /// Record how a bid ended (won moves it to awarded, lost to rejected)
    #[command(
        after_help = "Examples:\n  tenderdesk outcome 30828 --result lost --points 71.5 --rank 3 --of 7 --awarded-rate 92.50 --reason 'tarief te hoog'\n  tenderdesk outcome 30828 --result won --date 2026-07-20"
    )]
    Outcome(outcome::Args),
    /// What your bids teach: win rates by score, platform, organisation,
    /// region and rate; expected against received points; days per stage
    Stats(stats::Args),
    /// Export postings with their stage and score (CSV for Dutch Excel, JSON, or an iCalendar of coming dates)
    Export(export::Args),
    /// Write a consistent copy of the database
    Backup(backup::Args),
    /// Show or change your profile (rate, hours, how you bid, VOG date)
    Profile(profile::Args),
    /// Judge a posting's criteria and see your expected score and checks
    Assess(assess::Args),
    /// Every coming date across postings, soonest first
    Agenda(agenda::Args),
}

/// Runs the command line; returns the process exit code.
pub fn run(cli: Cli) -> anyhow::Result<i32> {
    let db = || -> anyhow::Result<Store> {
        let path = match &cli.db {
            Some(p) => p.clone(),
            None => default_db_path()?,
        };
        Ok(Store::open(&path)?)
    };
    if cli.demo {
        anyhow::ensure!(
            cli.command.is_none(),
            "--demo opens the interface; it takes no command"
        );
        // TENDERDESK_DB names the user's database: the demo never uses it;
        // only a --db given on the command line (a new file) keeps the demo
        let from_env = std::env::var_os("TENDERDESK_DB").map(PathBuf::from);
        let keep = cli
            .db
            .as_deref()
            .filter(|p| from_env.as_deref() != Some(*p));
        crate::tui::run_demo(keep)?;
        return Ok(0);
    }
    match cli.command {
        Some(Command::Parse(ref args)) => parse::run(args),
        None => {
            let path = match &cli.db {
                Some(p) => p.clone(),
                None => default_db_path()?,
            };
            crate::tui::run(&path)?;
            Ok(0)
        }
        Some(Command::Import(a)) => import::run(&mut db()?, a),
        Some(Command::List(a)) => list::run(&db()?, a),
        Some(Command::Show(a)) => show::run(&mut db()?, a),
        Some(Command::Changes(a)) => changes::run(&mut db()?, a),
        Some(Command::SearchText(a)) => search_text::run(&db()?, a),
        Some(Command::Add(a)) => hand::add(&mut db()?, a),
        Some(Command::Edit(a)) => hand::edit(&mut db()?, a),
        Some(Command::Delete(a)) => hand::delete(&mut db()?, a),
        Some(Command::Restore(a)) => hand::restore(&mut db()?, a),
        Some(Command::Stage(a)) => stage::run(&mut db()?, a),
        Some(Command::Undo(a)) => undo::run(&mut db()?, a),
        Some(Command::Note(a)) => note::run(&mut db()?, a),
        Some(Command::Outcome(a)) => outcome::run(&mut db()?, a),
        Some(Command::Stats(a)) => stats::run(&db()?, a),
        Some(Command::Export(a)) => export::run(&db()?, a),
        Some(Command::Backup(a)) => backup::run(&db()?, a),
        Some(Command::Profile(a)) => profile::run(&mut db()?, a),
        Some(Command::Assess(a)) => assess::run(&mut db()?, a),
        Some(Command::Agenda(a)) => agenda::run(&db()?, a),
    }
}

/// `$XDG_DATA_HOME/tenderdesk/tenderdesk.db` (the platform's equivalent elsewhere).
pub fn default_db_path() -> anyhow::Result<PathBuf> {
    use etcetera::AppStrategy;
    let strategy = etcetera::choose_app_strategy(etcetera::AppStrategyArgs {
        top_level_domain: "nl".into(),
        author: "tenderdesk".into(),
        app_name: "tenderdesk".into(),
    })
    .context("cannot find the home directory for the default database (use --db)")?;
    Ok(strategy.data_dir().join("tenderdesk.db"))
}
