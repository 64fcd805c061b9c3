//! The import service: files → text → [`Posting`](crate::posting::Posting) →
//! store, several whole postings per short transaction. One bad file never
//! stops the others.

use crate::input;
use crate::posting;
use crate::posting::Posting;
use crate::store::{ImportKind, Store};
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// What an import did, file by file.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ImportReport {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Each failed file with a one-line reason.
    pub failed: Vec<(PathBuf, String)>,
    /// The ids of the postings that came in with warnings (see `show`).
    pub with_warnings: Vec<String>,
    /// Postings kept beside a stored one with the same organisation and
    /// title but a deadline months away: (new id, the earlier round's id).
    pub new_rounds: Vec<(String, String)>,
    /// Of the updated, the ids whose deadline, criteria, points, rate,
    /// hours, DBA text or another field a bidder acts on changed (kept as
    /// a version: `tenderdesk changes ID`).
    pub changed: Vec<String>,
    /// Postings whose deadline moved earlier: (id, before, now).
    pub deadline_earlier: Vec<(String, String, String)>,
    /// Files a folder held beside its postings (data, pictures, a README)
    /// and that were not read: named, so none goes missing unsaid.
    pub skipped: Vec<PathBuf>,
}

/// The loudest line the product prints: a deadline moved earlier.
pub fn earlier_deadline_words(id: &str, before: &str, now: &str) -> String {
    format!(
        "!! DEADLINE MOVED EARLIER: {id} now closes {now} (was {before}): `tenderdesk changes {id}`"
    )
}

impl fmt::Display for ImportReport {
    /// `added N, updated N, changed N, unchanged N, failed N`, then a loud
    /// line per deadline moved earlier, then `PATH: reason` lines.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "added {}, updated {}, changed {}, unchanged {}, failed {}",
            self.added,
            self.updated,
            self.changed.len(),
            self.unchanged,
            self.failed.len()
        )?;
        // every one when a few moved; a bulk import names the first ten
        const NAMED: usize = 10;
        for (id, before, now) in self.deadline_earlier.iter().take(NAMED) {
            write!(f, "\n{}", earlier_deadline_words(id, before, now))?;
        }
        if self.deadline_earlier.len() > NAMED {
            write!(
                f,
                "\n!! and {} more DEADLINES MOVED EARLIER: `tenderdesk changes` lists them all",
                self.deadline_earlier.len() - NAMED
            )?;
        }
        if !self.changed.is_empty() {
            let ids = first_ten(&self.changed);
            write!(
                f,
                "\n{} changed ({ids}): `tenderdesk changes` lists what changed",
                self.changed.len()
            )?;
        }
        if !self.with_warnings.is_empty() {
            let n = self.with_warnings.len();
            let ids = first_ten(&self.with_warnings);
            write!(
                f,
                "\n{n} came in with warnings ({ids}): `tenderdesk show ID` lists them"
            )?;
        }
        for (id, of) in &self.new_rounds {
            write!(
                f,
                "\n{id}: a new round of {of} (same organisation and title, deadline more than {} days apart): both kept",
                crate::store::NEW_ROUND_DAYS
            )?;
        }
        if !self.skipped.is_empty() {
            let names: Vec<String> = self
                .skipped
                .iter()
                .take(5)
                .map(|p| {
                    p.file_name()
                        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
                })
                .collect();
            let more = if self.skipped.len() > 5 { ", …" } else { "" };
            write!(
                f,
                "\nskipped {} data file{} in the folder ({}{more}): name a file to import it",
                self.skipped.len(),
                if self.skipped.len() == 1 { "" } else { "s" },
                names.join(", ")
            )?;
        }
        for (path, reason) in &self.failed {
            write!(f, "\n{}: {reason}", path.display())?;
        }
        Ok(())
    }
}

/// At most ten ids, then "…".
fn first_ten(ids: &[String]) -> String {
    let mut out = ids.iter().take(10).cloned().collect::<Vec<_>>().join(", ");
    if ids.len() > 10 {
        out.push_str(", …");
    }
    out
}

/// Imports every file (directories expanded; `-` is standard input).
///
/// Files are read and parsed on every core while this thread writes them in
/// file order, several postings per transaction (each posting whole, under
/// its own savepoint). A batch is closed at [`BATCH_MAX`] postings or after
/// [`BATCH_WAIT`], and one transaction takes postings for at most
/// [`WRITE_BUDGET`], so the write lock is never held long, also on a busy
/// machine.
pub fn import_paths(store: &mut Store, paths: &[PathBuf]) -> ImportReport {
    let (files, unreadable) = input::expand_paths(paths);
    let mut report = ImportReport {
        failed: unreadable
            .into_iter()
            .map(|(p, e)| (p, e.to_string()))
            .collect(),
        skipped: input::data_files_in(paths),
        ..ImportReport::default()
    };
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .clamp(1, 8)
        .min(files.len().max(1));
    let next = AtomicUsize::new(0);
    let (send, recv) = mpsc::sync_channel::<(usize, Parsed)>(BATCH_MAX * 2);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let send = send.clone();
            let (files, next) = (&files, &next);
            scope.spawn(move || {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(file) = files.get(i) else { break };
                    if send.send((i, read_posting(file))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(send);
        let mut pending: BTreeMap<usize, Parsed> = BTreeMap::new();
        let mut expected = 0;
        let mut batch: Vec<(usize, Posting, String)> = Vec::new();
        let mut opened = Instant::now();
        let mut flush = |batch: &mut Vec<(usize, Posting, String)>, report: &mut ImportReport| {
            write_batch(store, &files, batch, report);
            batch.clear();
        };
        loop {
            let timeout = BATCH_WAIT.saturating_sub(opened.elapsed());
            match recv.recv_timeout(timeout) {
                Ok((i, parsed)) => {
                    pending.insert(i, parsed);
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    flush(&mut batch, &mut report);
                    opened = Instant::now();
                    continue;
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            }
            while let Some(parsed) = pending.remove(&expected) {
                match parsed {
                    Ok((posting, text)) => {
                        if batch.is_empty() {
                            opened = Instant::now();
                        }
                        batch.push((expected, posting, text));
                    }
                    Err(reason) => report.failed.push((files[expected].clone(), reason)),
                }
                expected += 1;
                if batch.len() >= BATCH_MAX {
                    flush(&mut batch, &mut report);
                }
            }
        }
        flush(&mut batch, &mut report);
    });
    report
}

/// At most this many postings per write transaction.
pub const BATCH_MAX: usize = 128;
/// A batch is written at the latest this long after its first posting arrived.
pub const BATCH_WAIT: Duration = Duration::from_millis(50);
/// One write transaction takes postings for at most this long (then commits
/// and lets another writer in). The reliability harness saw a fixed batch
/// hold the lock 439 ms while the machine was busy compiling, then 337 ms
/// with a 100 ms budget and no pause between transactions.
pub const WRITE_BUDGET: Duration = Duration::from_millis(50);
/// The pause between two transactions of one import: longer than a waiting
/// writer's poll (2 ms, see `store::open`), so it gets the lock in between
/// instead of waiting for the whole import.
pub const LOCK_GAP: Duration = Duration::from_millis(3);

type Parsed = Result<(Posting, String), String>;

fn write_batch(
    store: &mut Store,
    files: &[PathBuf],
    batch: &[(usize, Posting, String)],
    report: &mut ImportReport,
) {
    let mut rest = batch;
    while !rest.is_empty() {
        let items: Vec<(&Posting, &str)> = rest.iter().map(|(_, p, t)| (p, t.as_str())).collect();
        match store.import_batch(&items, WRITE_BUDGET) {
            Ok(outcomes) => {
                let taken = outcomes.len().max(1);
                for ((i, posting, _), outcome) in rest.iter().zip(outcomes) {
                    let o = match outcome {
                        Ok(o) => o,
                        Err(e) => {
                            report.failed.push((files[*i].clone(), e.to_string()));
                            continue;
                        }
                    };
                    match o.kind {
                        ImportKind::Added => report.added += 1,
                        ImportKind::Updated => report.updated += 1,
                        ImportKind::Unchanged => report.unchanged += 1,
                    }
                    if !posting.warnings.is_empty() {
                        report.with_warnings.push(o.id.clone());
                    }
                    if let Some(c) = &o.changed {
                        report.changed.push(o.id.clone());
                        if let Some((before, now)) = &c.deadline {
                            let words =
                                |d: &Option<String>| d.clone().unwrap_or_else(|| "?".into());
                            report
                                .deadline_earlier
                                .push((o.id.clone(), words(before), words(now)));
                        }
                    }
                    if let Some(of) = o.new_round_of {
                        report.new_rounds.push((o.id, of));
                    }
                }
                rest = &rest[taken.min(rest.len())..];
                if !rest.is_empty() {
                    std::thread::sleep(LOCK_GAP);
                }
            }
            Err(e) => {
                for (i, _, _) in rest {
                    report.failed.push((files[*i].clone(), e.to_string()));
                }
                return;
            }
        }
    }
}

/// Reads a file (or `-`) in any supported format and parses the posting.
pub fn read_posting(file: &Path) -> Result<(posting::Posting, String), String> {
    let doc = if file.as_os_str() == "-" {
        input::read_stdin_document()
    } else {
        input::read_document(file)
    }
    .map_err(|e| e.to_string())?;
    let posting = posting_from(&doc)?;
    Ok((posting, doc.text))
}

/// The Dutch calendar day a posting is read on, against which a date
/// written without its year ("vr 18/12") is placed. `TENDERDESK_TODAY`
/// (YYYY-MM-DD) sets it, so a test reads a fixture as of the day it was
/// written.
pub fn reading_day() -> chrono::NaiveDate {
    std::env::var("TENDERDESK_TODAY")
        .ok()
        .and_then(|d| chrono::NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok())
        .unwrap_or_else(|| {
            chrono::Utc::now()
                .with_timezone(&chrono_tz::Europe::Amsterdam)
                .date_naive()
        })
}

/// An alert shorter than this with a link and no criteria is a summary.
const SUMMARY_MAX_CHARS: usize = 3000;

/// Parses a document's text; an e-mail with a link, no criteria and little
/// text is a platform alert: the posting is marked summary-only.
pub fn posting_from(doc: &input::Document) -> Result<posting::Posting, String> {
    let mut parsed = posting::parse_on(&doc.text, reading_day()).map_err(|e| e.to_string())?;
    if parsed.url.is_none() {
        parsed.url = doc.link.clone();
    }
    if parsed.platform.is_none() {
        parsed.platform = parsed
            .url
            .as_deref()
            .and_then(|u| posting::source::site_in(u, &doc.text))
            .or_else(|| {
                let sender = doc.sender.as_deref()?;
                posting::site_name::site_of_sender(sender, &doc.text)
            });
    }
    if doc.format == input::Format::Email && doc.link.is_some() {
        parsed.summary_only = parsed.knockout.is_empty()
            && parsed.award.is_empty()
            && doc.text.chars().count() < SUMMARY_MAX_CHARS;
    }
    Ok(parsed)
}
