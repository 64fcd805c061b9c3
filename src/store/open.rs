//! Opening a database file: create it private (0600), check that it is ours
//! and not from a newer tenderdesk *before* changing anything, then switch to
//! WAL and migrate while holding an exclusive lock file, so two processes
//! opening an old database at once cannot both run the same migration.

use super::StoreError;
use super::schema::{self, APPLICATION_ID, LATEST};
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::fs::{self, File, OpenOptions};
use std::io::{ErrorKind, Read};
use std::path::{Path, PathBuf};
use std::time::Duration;

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";
pub(crate) const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Opens (creating if needed) and migrates the database at `path`.
pub(crate) fn open_connection(path: &Path) -> Result<Connection, StoreError> {
    let open_err = |reason: String| StoreError::Open {
        path: path.to_path_buf(),
        reason,
    };
    create_private(path).map_err(|e| open_err(e.to_string()))?;
    if !looks_like_sqlite(path).map_err(|e| open_err(e.to_string()))? {
        return Err(StoreError::NotOurs {
            path: path.to_path_buf(),
        });
    }
    if let Some(reason) = settled_truncation(path).map_err(|e| open_err(e.to_string()))? {
        return Err(StoreError::Damaged {
            path: path.to_path_buf(),
            reason,
        });
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).map_err(|e| open_err(e.to_string()))?;
    conn.busy_handler(Some(wait_for_lock))
        .map_err(|e| open_err(e.to_string()))?;
    if conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(true) {
        return Err(StoreError::ReadOnly {
            path: path.to_path_buf(),
        });
    }
    conn.pragma_update(None, "foreign_keys", true)?;
    let mut conn = conn;
    let kind = identify(&conn, path)?;
    if !matches!(kind, Kind::Empty)
        && fs::metadata(path).is_ok_and(|m| m.len() <= QUICK_CHECK_MAX_BYTES)
    {
        quick_check(&conn, path)?;
    }
    if !matches!(kind, Kind::Empty) {
        super::schema_check::verify(&conn, path)?;
    }
    match kind {
        Kind::Current if journal_mode(&conn)? == "wal" => {}
        _ => migrate_locked(&mut conn, path)?,
    }
    conn.pragma_update(None, "synchronous", "FULL")?;
    Ok(conn)
}

/// How often a waiting connection retries a lock another process holds.
const BUSY_POLL: Duration = Duration::from_millis(2);

/// The busy handler: retry every [`BUSY_POLL`] for [`BUSY_TIMEOUT`].
///
/// SQLite's own `busy_timeout` backs off to sleeps of 100 ms, and a waiter
/// then keeps missing the few milliseconds between an import's transactions:
/// the reliability harness saw a stage change wait 7 s (and so fail with
/// "database is locked") beside an import whose transactions each took
/// under 100 ms. Polling every 2 ms gets in at the first gap.
fn wait_for_lock(retries: i32) -> bool {
    let waited = BUSY_POLL * u32::try_from(retries).unwrap_or(u32::MAX);
    if waited >= BUSY_TIMEOUT {
        return false;
    }
    std::thread::sleep(BUSY_POLL);
    true
}

/// Creates the file and its parent directories with owner-only modes.
fn create_private(path: &Path) -> std::io::Result<()> {
    if let Some(parent) = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty() && !p.exists())
    {
        {
            let mut b = fs::DirBuilder::new();
            b.recursive(true);
            #[cfg(unix)]
            std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
            b.create(parent)?;
        }
    }
    match private_options().write(true).create_new(true).open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e),
    }
}

/// OpenOptions that create files readable by the owner only.
pub(crate) fn private_options() -> OpenOptions {
    let mut o = OpenOptions::new();
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    o
}

/// An empty file (new) or one starting with SQLite's magic header.
fn looks_like_sqlite(path: &Path) -> std::io::Result<bool> {
    let mut head = Vec::with_capacity(16);
    File::open(path)?.take(16).read_to_end(&mut head)?;
    Ok(head.is_empty() || head.as_slice() == SQLITE_MAGIC)
}

/// Why the file looks cut short, if it does: SQLite reads the missing end
/// of a page as zeros, so a file that lost its last bytes can pass
/// `quick_check`. A database is whole pages, and without a `-wal` at least
/// as long as the page count in its header says.
fn truncation(path: &Path) -> std::io::Result<Option<String>> {
    let len = fs::metadata(path)?.len();
    if len == 0 {
        return Ok(None);
    }
    let mut head = Vec::with_capacity(100);
    File::open(path)?.take(100).read_to_end(&mut head)?;
    if head.len() < 100 {
        return Ok(Some(format!("truncated: only {len} bytes")));
    }
    let be32 = |at: usize| u32::from_be_bytes([head[at], head[at + 1], head[at + 2], head[at + 3]]);
    let page_size = match u16::from_be_bytes([head[16], head[17]]) {
        1 => 65536,
        n => u64::from(n),
    };
    if !page_size.is_power_of_two() || !(512..=65536).contains(&page_size) {
        return Ok(Some(format!("bad page size {page_size}")));
    }
    if len % page_size != 0 {
        return Ok(Some(format!(
            "truncated: {len} bytes is not a whole number of {page_size}-byte pages"
        )));
    }
    // the header's page count is valid when the change counter matches
    let pages = u64::from(be32(28));
    let wal = fs::metadata(super::with_suffix(path, "-wal")).map_or(0, |m| m.len());
    if be32(24) == be32(92) && wal == 0 && len < pages * page_size {
        return Ok(Some(format!(
            "truncated: {} of {pages} pages",
            len / page_size
        )));
    }
    Ok(None)
}

/// How many times a file that looks cut short is read again before it is
/// called damaged, and how long apart.
const TRUNCATION_RECHECKS: u32 = 4;
const TRUNCATION_RECHECK_PAUSE: Duration = Duration::from_millis(50);

/// [`truncation`], read again when it finds something: another process may
/// be writing the file between our reading its length and its header (a
/// migration of an old database in rollback mode under `<db>.lock`, or the
/// checkpoint when the last connection closes). A file whose header is
/// ahead of its length while such a write is under way is whole once the
/// write ends, so the check waits for any migration to finish (a shared
/// lock on `<db>.lock`, if there is one) and must find the file short every
/// time (a true cut costs a refusal 0.2 s later, nothing else).
fn settled_truncation(path: &Path) -> std::io::Result<Option<String>> {
    let Some(mut reason) = truncation(path)? else {
        return Ok(None);
    };
    // no lock file: no migration has run or runs now (nothing is created)
    let lock = File::open(lock_path(path)).ok();
    if let Some(lock) = &lock {
        lock.lock_shared()?;
    }
    for _ in 0..TRUNCATION_RECHECKS {
        match truncation(path)? {
            None => return Ok(None),
            Some(r) => reason = r,
        }
        std::thread::sleep(TRUNCATION_RECHECK_PAUSE);
    }
    Ok(Some(reason))
}

enum Kind {
    Empty,
    Older,
    Current,
}

/// Reads (never writes) what the file is: empty, ours at some version, or not ours.
fn identify(conn: &Connection, path: &Path) -> Result<Kind, StoreError> {
    let not_ours = || StoreError::NotOurs {
        path: path.to_path_buf(),
    };
    // one read transaction: the three of one moment. Read one by one, a
    // file another process was creating could give the id from before its
    // migration and the version and tables from after, and be called not
    // ours (a flaky test of six processes opening an empty file at once)
    let read = || -> rusqlite::Result<(i64, i64, i64)> {
        let tx = conn.unchecked_transaction()?;
        let app: i64 = tx.pragma_query_value(None, "application_id", |r| r.get(0))?;
        let version: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let objects: i64 = tx.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
        tx.commit()?;
        Ok((app, version, objects))
    };
    let (app, version, objects) = match read() {
        Ok(v) => v,
        Err(e) if is_locked(&e) => return Err(e.into()),
        Err(e) if super::error::is_damage(&e) => {
            return Err(StoreError::Damaged {
                path: path.to_path_buf(),
                reason: super::error::first_line(&e),
            });
        }
        Err(_) => return Err(not_ours()),
    };
    if app == 0 && version == 0 && objects == 0 {
        return Ok(Kind::Empty);
    }
    if app != APPLICATION_ID {
        return Err(not_ours());
    }
    if version > LATEST {
        return Err(StoreError::TooNew {
            path: path.to_path_buf(),
            found: version,
            known: LATEST,
        });
    }
    Ok(if version == LATEST {
        Kind::Current
    } else {
        Kind::Older
    })
}

/// The largest database checked page by page at every open. `quick_check`
/// reads the whole file: ~15 ms for 5 MB, but 23 s for the 1.7 GB of
/// 100,000 postings (BENCHMARKS.md), which every command and the interface
/// would wait for. Above this size (about 1,000 postings) the cheap checks
/// stay (header, truncation) and damage is caught when SQLite reads a bad
/// page, which ends the command with the same one-line "damaged" message.
const QUICK_CHECK_MAX_BYTES: u64 = 16 * 1024 * 1024;

/// `PRAGMA quick_check` before anything is written: a damaged file is refused
/// with a clear message instead of failing later halfway through a command.
/// It reads every page once (about 15 ms for 5 MB).
fn quick_check(conn: &Connection, path: &Path) -> Result<(), StoreError> {
    let damaged = |reason: String| StoreError::Damaged {
        path: path.to_path_buf(),
        reason,
    };
    let first: String = match conn.query_row("PRAGMA quick_check(1)", [], |r| r.get(0)) {
        Ok(v) => v,
        Err(e) if is_locked(&e) => return Err(e.into()),
        Err(e) => return Err(damaged(super::error::first_line(&e))),
    };
    if first == "ok" {
        Ok(())
    } else {
        // the first line may be a "*** in database main ***" banner
        let reason = first
            .lines()
            .find(|l| !l.starts_with("***") && !l.trim().is_empty())
            .unwrap_or("quick_check failed");
        Err(damaged(reason.to_string()))
    }
}

fn is_locked(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

fn journal_mode(conn: &Connection) -> Result<String, StoreError> {
    Ok(conn.pragma_query_value(None, "journal_mode", |r| r.get(0))?)
}

/// Switches to WAL and migrates to [`LATEST`] under `<db>.lock`, re-reading
/// the version once the lock is held.
fn migrate_locked(conn: &mut Connection, path: &Path) -> Result<(), StoreError> {
    let lock_path = lock_path(path);
    let lock = private_options()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&lock_path)
        .map_err(|e| {
            StoreError::io(
                format!("cannot create lock file {}", lock_path.display()),
                e,
            )
        })?;
    lock.lock()
        .map_err(|e| StoreError::io(format!("cannot lock {}", lock_path.display()), e))?;
    // Re-check under the lock: another process may have migrated meanwhile.
    identify(conn, path)?;
    let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::Open {
            path: path.to_path_buf(),
            reason: format!("cannot use WAL mode (got {mode})"),
        });
    }
    conn.set_transaction_behavior(TransactionBehavior::Exclusive);
    let result = schema::migrations()
        .to_latest(conn)
        .map_err(|e| StoreError::Migration(e.to_string()));
    conn.set_transaction_behavior(TransactionBehavior::Deferred);
    drop(lock);
    result
}

fn lock_path(path: &Path) -> PathBuf {
    super::with_suffix(path, ".lock")
}
