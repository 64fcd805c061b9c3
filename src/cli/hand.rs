//! `tenderdesk add`, `edit`, `delete` and `restore`: postings added and
//! corrected by hand. Field flags, or with none the `field: value` form in
//! `$EDITOR`. A bad value is one line naming the flag and the expected form.

use super::editor;
use super::output::line;
use crate::hand::{Field, form};
use crate::posting::Posting;
use crate::store::{Store, StoreError};
use anyhow::bail;

/// The fields, as flags (shared by `add` and `edit`).
#[derive(Debug, Default, clap::Args)]
pub struct Fields {
    /// The title of the job
    #[arg(long)]
    pub title: Option<String>,
    /// The client, e.g. Hilversum
    #[arg(long)]
    pub organisation: Option<String>,
    /// The province, e.g. Noord-Holland
    #[arg(long)]
    pub region: Option<String>,
    /// Closing date and time, Amsterdam time: "YYYY-MM-DD HH:MM"
    #[arg(long)]
    pub deadline: Option<String>,
    /// First day: YYYY-MM-DD (or asap)
    #[arg(long)]
    pub start: Option<String>,
    /// Hours a week: 32 or 24-32
    #[arg(long)]
    pub hours: Option<String>,
    /// Highest hourly rate in euros: 95 or 95.50
    #[arg(long, value_name = "EUR")]
    pub max_rate: Option<String>,
    /// Pay scale: 10 or 10-11
    #[arg(long)]
    pub scale: Option<String>,
    /// The posting's web address
    #[arg(long)]
    pub url: Option<String>,
    /// Your distance to the place of work in km, one way (the net counts
    /// travel with it instead of the profile's --distance-km)
    #[arg(long, value_name = "KM")]
    pub distance_km: Option<String>,
}

impl Fields {
    /// The flags given, as (field, value), in the order of the form.
    pub fn edits(&self) -> Vec<(Field, String)> {
        let v = [
            (Field::Title, &self.title),
            (Field::Organisation, &self.organisation),
            (Field::Region, &self.region),
            (Field::Deadline, &self.deadline),
            (Field::Start, &self.start),
            (Field::Hours, &self.hours),
            (Field::MaxRate, &self.max_rate),
            (Field::Scale, &self.scale),
            (Field::Url, &self.url),
            (Field::DistanceKm, &self.distance_km),
        ];
        v.into_iter()
            .filter_map(|(f, v)| v.clone().map(|v| (f, v)))
            .collect()
    }
}

#[derive(Debug, clap::Args)]
pub struct AddArgs {
    #[command(flatten)]
    pub fields: Fields,
}

#[derive(Debug, clap::Args)]
pub struct EditArgs {
    /// The posting id (see `tenderdesk list`)
    #[arg(value_parser = super::posting_id)]
    pub id: String,
    #[command(flatten)]
    pub fields: Fields,
}

#[derive(Debug, clap::Args)]
pub struct DeleteArgs {
    /// The posting id
    #[arg(value_parser = super::posting_id)]
    pub id: String,
    /// Remove it for good, with its history, notes and answers (asks first)
    #[arg(long)]
    pub purge: bool,
    /// With --purge: do not ask
    #[arg(long, short = 'y')]
    pub yes: bool,
}

#[derive(Debug, clap::Args)]
pub struct RestoreArgs {
    /// The posting id (see `tenderdesk list --archived`)
    #[arg(value_parser = super::posting_id)]
    pub id: String,
}

/// A field refused: named as the flag when it came from one.
fn flagged(e: StoreError, from_flags: bool) -> anyhow::Error {
    match e {
        StoreError::Field(f) if from_flags => anyhow::anyhow!(f.as_flag()),
        e => e.into(),
    }
}

/// Fields from the form in the editor, or a clear refusal without a terminal.
fn from_editor(p: &Posting, heading: &str, what: &str) -> anyhow::Result<Vec<(Field, String)>> {
    if !editor::on_terminal() {
        bail!(
            "{what} needs field flags when not run on a terminal (e.g. --title T --organisation O); see --help"
        );
    }
    let saved = editor::edit(&form::render(p, heading))?;
    form::changes(p, &saved).map_err(|e| anyhow::anyhow!("the form, {e}; nothing was stored"))
}

pub fn add(store: &mut Store, args: AddArgs) -> anyhow::Result<i32> {
    let mut edits = args.fields.edits();
    let from_flags = !edits.is_empty();
    if !from_flags {
        edits = from_editor(&Posting::default(), "A new posting", "add")?;
        if edits.is_empty() {
            println!("nothing filled in; no posting added");
            return Ok(1);
        }
    }
    if !edits.iter().any(|(f, _)| *f == Field::Title) {
        bail!(
            "{}",
            if from_flags {
                "--title: a posting needs a title; expected one line of text"
            } else {
                "title: a posting needs a title; nothing was stored"
            }
        );
    }
    let id = store
        .add_by_hand(&edits)
        .map_err(|e| flagged(e, from_flags))?;
    println!("{id}");
    Ok(0)
}

pub fn edit(store: &mut Store, args: EditArgs) -> anyhow::Result<i32> {
    let mut edits = args.fields.edits();
    let from_flags = !edits.is_empty();
    if !from_flags {
        let d = store.detail(&args.id)?;
        let heading = format!("Editing {}: {}", d.record.id, d.record.posting.title);
        edits = from_editor(&d.record.posting, &heading, "edit")?;
        if edits.is_empty() {
            println!("{}: nothing changed", line(&args.id));
            return Ok(0);
        }
    }
    let changed = store
        .edit(&args.id, &edits)
        .map_err(|e| flagged(e, from_flags))?;
    let names = |v: Vec<Field>| v.iter().map(|f| f.name()).collect::<Vec<_>>().join(", ");
    let set = names(edits.iter().map(|(f, _)| *f).collect());
    if changed.is_empty() {
        println!("{}: {set} set by hand (values unchanged)", line(&args.id));
    } else {
        println!(
            "{}: {} changed, set by hand (tenderdesk undo {} reverts it)",
            line(&args.id),
            names(changed),
            line(&args.id)
        );
    }
    Ok(0)
}

pub fn delete(store: &mut Store, args: DeleteArgs) -> anyhow::Result<i32> {
    let id = line(&args.id);
    if !args.purge {
        store.archive(&args.id)?;
        println!("{id} moved to the archive (tenderdesk restore {id} brings it back)");
        return Ok(0);
    }
    let d = store.detail(&args.id)?;
    if !args.yes {
        if !editor::on_terminal() {
            bail!(
                "delete --purge removes {id} for good: add --yes to confirm (there is no terminal to ask on)"
            );
        }
        eprint!(
            "Remove {id} \"{}\" for good, with its history, notes and answers? Type yes to confirm: ",
            line(&d.record.posting.title)
        );
        let mut answer = String::new();
        std::io::stdin().read_line(&mut answer)?;
        if !matches!(answer.trim().to_lowercase().as_str(), "yes" | "y") {
            println!("nothing removed");
            return Ok(1);
        }
    }
    store.purge(&args.id)?;
    println!("{id} removed for good");
    Ok(0)
}

pub fn restore(store: &mut Store, args: RestoreArgs) -> anyhow::Result<i32> {
    store.restore(&args.id)?;
    println!("{} is back from the archive", line(&args.id));
    Ok(0)
}
