//! The reliability harness (issue 9): each check tries hard to lose data and
//! panics with the reason when it does; on success it returns a [`Figure`].
//!
//! Shared by the fast cases in `tests/reliability_fast.rs` (small counts,
//! debug binary, in CI) and the long runs in `examples/reliability.rs`
//! (driven by `reliability/run.sh`, release binary, full counts).
#![allow(dead_code)]

use rusqlite::Connection;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};
use tenderdesk::store::Store;
use tenderdesk::store::schema::LATEST;

/// The sample the generated postings are made from.
pub const SAMPLE: &str = "hilversum-30828-coordinator-vluchtelingenopvang.txt";

/// Where the harness runs: the `tenderdesk` binary, a scratch directory and
/// the repository (for `data/postings` and `tests/fixtures`).
pub struct Ctx {
    pub bin: PathBuf,
    pub work: PathBuf,
    pub repo: PathBuf,
}

/// One row of the figures table.
#[derive(Debug, Clone)]
pub struct Figure {
    pub check: &'static str,
    pub tried: String,
    pub result: String,
}

impl Figure {
    fn new(check: &'static str, tried: String, result: String) -> Figure {
        Figure {
            check,
            tried,
            result,
        }
    }
}

/// A small deterministic random number generator (xorshift64*).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

impl Ctx {
    pub fn samples(&self) -> PathBuf {
        self.repo.join("data/postings")
    }

    pub fn td(&self, db: &Path) -> Command {
        let mut c = Command::new(&self.bin);
        c.arg("--db").arg(db).env_remove("TENDERDESK_DB");
        c
    }

    /// Runs a command that must succeed without "locked" on stderr.
    pub fn ok(&self, c: &mut Command) -> String {
        let out = c.output().expect("run tenderdesk");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{c:?} failed: {err}");
        assert!(!err.contains("locked"), "{c:?}: {err}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn dir(&self, name: &str) -> PathBuf {
        let d = self.work.join(name);
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    /// A database with the five samples imported, one of them applied for
    /// with a note and an assessment answer, and checkpointed (no -wal).
    pub fn base_db(&self, path: &Path) -> Vec<String> {
        self.ok(self.td(path).arg("import").arg(self.samples()));
        let ids = ids(path);
        self.ok(self
            .td(path)
            .args(["stage", &ids[0], "applied", "--note", "sent"]));
        self.ok(self.td(path).args(["stage", &ids[1], "interview"]));
        self.ok(self.td(path).args(["undo"]));
        self.ok(self.td(path).args(["note", &ids[0], "called back"]));
        checkpoint(path);
        ids
    }
}

pub fn ids(db: &Path) -> Vec<String> {
    Store::open(db)
        .unwrap()
        .list()
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect()
}

/// Moves everything from the -wal into the database file.
pub fn checkpoint(db: &Path) {
    let c = Connection::open(db).unwrap();
    c.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .unwrap();
}

/// Copies a database file (the -wal too, if any) to `to`.
pub fn copy_db(from: &Path, to: &Path) {
    for suffix in ["", "-wal", "-shm", ".lock"] {
        let _ = std::fs::remove_file(with_suffix(to, suffix));
    }
    std::fs::copy(from, to).unwrap();
    let wal = with_suffix(from, "-wal");
    if wal.exists() {
        std::fs::copy(&wal, with_suffix(to, "-wal")).unwrap();
    }
}

pub fn with_suffix(p: &Path, suffix: &str) -> PathBuf {
    let mut s = p.as_os_str().to_os_string();
    s.push(suffix);
    PathBuf::from(s)
}

pub fn count(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

/// `quick_check` (or the full `integrity_check`) is "ok" and
/// `foreign_key_check` is empty.
pub fn assert_sound(conn: &Connection, full: bool) {
    let pragma = if full {
        "PRAGMA integrity_check"
    } else {
        "PRAGMA quick_check"
    };
    let check: String = conn.query_row(pragma, [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok", "{pragma}");
    assert_eq!(
        count(conn, "SELECT count(*) FROM pragma_foreign_key_check"),
        0,
        "foreign_key_check"
    );
}

/// Every posting's stage equals the `to` of its last history row (or is
/// `open` with no history).
pub fn assert_stage_matches_history(conn: &Connection) {
    let bad: i64 = count(
        conn,
        "SELECT count(*) FROM postings p WHERE p.stage IS NOT COALESCE(
            (SELECT h.to_stage FROM stage_history h WHERE h.posting_id = p.id ORDER BY h.id DESC LIMIT 1),
            'open')",
    );
    assert_eq!(
        bad, 0,
        "a posting's stage differs from its last history row"
    );
    let bad_undo: i64 = count(
        conn,
        "SELECT count(*) FROM stage_history u JOIN stage_history h ON u.undoes = h.id
         WHERE u.posting_id <> h.posting_id OR u.to_stage <> h.from_stage",
    );
    assert_eq!(bad_undo, 0, "an undo row does not revert the row it undoes");
}

/// The rows a user made (history, notes, answers, profile, stages), as text.
pub fn user_rows(conn: &Connection) -> Vec<String> {
    let mut out = Vec::new();
    for sql in [
        "SELECT quote(id)||quote(posting_id)||quote(from_stage)||quote(to_stage)||quote(at)||quote(note)||quote(undoes) FROM stage_history ORDER BY id",
        "SELECT quote(id)||quote(posting_id)||quote(at)||quote(text) FROM notes ORDER BY id",
        "SELECT quote(posting_id)||quote(kind)||quote(number)||quote(answer)||quote(at) FROM assessments ORDER BY 1",
        "SELECT quote(json) FROM profile",
        "SELECT quote(id)||quote(stage)||quote(content_hash) FROM postings ORDER BY id",
    ] {
        let mut stmt = conn.prepare(sql).unwrap();
        let rows = stmt.query_map([], |r| r.get::<_, String>(0)).unwrap();
        out.extend(rows.map(Result::unwrap));
    }
    out
}

/// SHA-256 over every row of every table (over the columns it has now).
pub fn data_checksum(conn: &Connection, tables: &[(String, Vec<String>)]) -> Vec<(String, String)> {
    use sha2::{Digest, Sha256};
    tables
        .iter()
        .map(|(t, cols)| {
            let sql = format!(
                "SELECT quote({}) FROM {t} ORDER BY rowid",
                cols.join(") || '|' || quote(")
            );
            let mut stmt = conn.prepare(&sql).unwrap();
            let mut h = Sha256::new();
            for row in stmt.query_map([], |r| r.get::<_, String>(0)).unwrap() {
                h.update(row.unwrap().as_bytes());
                h.update(b"\n");
            }
            let hex: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
            (t.clone(), hex)
        })
        .collect()
}

/// Each table with its columns.
pub fn tables(conn: &Connection) -> Vec<(String, Vec<String>)> {
    let mut stmt = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .unwrap();
    let names: Vec<String> = stmt
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    names
        .into_iter()
        .map(|t| {
            let mut s = conn
                .prepare(&format!("SELECT name FROM pragma_table_info('{t}')"))
                .unwrap();
            let cols = s
                .query_map([], |r| r.get(0))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            (t, cols)
        })
        .collect()
}

/// `count` posting files made from the sample by varying its request number
/// (`p40000.txt`, ...: the import reads them in this order).
pub fn many_postings(ctx: &Ctx, name: &str, count: usize) -> PathBuf {
    let sample = std::fs::read_to_string(ctx.samples().join(SAMPLE)).unwrap();
    let out = ctx.dir(name);
    for n in 0..count {
        let number = 40000 + n;
        let text = sample.replace("30828", &number.to_string());
        std::fs::write(out.join(format!("p{number}.txt")), text).unwrap();
    }
    out
}

fn sigkill_group(child: &Child) {
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{}", child.id())])
        .status();
}

/// Item 1: SIGKILL an import of `files` postings at a random moment in
/// `0..max_ms`; each time the database is sound, holds exactly the postings
/// whose import committed (a prefix of the files, each whole) and the
/// user's rows are unchanged.
pub fn kill_during_import(ctx: &Ctx, kills: usize, files: usize, max_ms: u64, seed: u64) -> Figure {
    let dir = ctx.dir("kill-import");
    let postings = many_postings(ctx, "kill-import-files", files);
    let texts: Vec<String> = (0..files)
        .map(|n| std::fs::read_to_string(postings.join(format!("p{}.txt", 40000 + n))).unwrap())
        .collect();
    let base = dir.join("base.db");
    ctx.base_db(&base);
    let before = user_rows(&Connection::open(&base).unwrap());
    let db = dir.join("t.db");
    let mut rng = Rng::new(seed);
    let (mut mid_import, mut committed_total) = (0usize, 0usize);
    for round in 0..kills {
        copy_db(&base, &db);
        let mut child = ctx
            .td(&db)
            .arg("import")
            .arg(&postings)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(rng.below(max_ms + 1)));
        if child.try_wait().unwrap().is_none() {
            mid_import += 1;
        }
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();

        let conn = Connection::open(&db).unwrap();
        assert_sound(&conn, round.is_multiple_of(50));
        let mut after = user_rows(&conn);
        after.retain(|r| !r.starts_with("'4"));
        assert_eq!(after, before, "round {round}: the user's rows changed");
        let mut stmt = conn
            .prepare(
                "SELECT id, posting_json, original_text,
                    (SELECT count(*) FROM criteria c WHERE c.posting_id = p.id) FROM postings p
                 WHERE id LIKE '4%' ORDER BY id",
            )
            .unwrap();
        let rows: Vec<(String, String, String, i64)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        for (n, (id, json, text, criteria)) in rows.iter().enumerate() {
            // the import goes file by file in order: what committed is a prefix
            assert_eq!(id, &(40000 + n).to_string(), "round {round}: a gap");
            assert_eq!(text, &texts[n], "round {round}: posting {id} text");
            let p: tenderdesk::posting::Posting = serde_json::from_str(json).unwrap();
            assert_eq!(
                *criteria as usize,
                p.knockout.len() + p.award.len(),
                "round {round}: posting {id} is partial"
            );
        }
        committed_total += rows.len();
        drop(stmt);
        drop(conn);
        // and tenderdesk itself opens it
        ctx.ok(ctx.td(&db).arg("list"));
    }
    Figure::new(
        "1. kill -9 during import",
        format!(
            "{kills} kills at 0-{max_ms} ms into importing {files} files ({mid_import} mid-import)"
        ),
        format!(
            "{kills} sound, {committed_total} committed postings all whole, 0 partial, user rows unchanged"
        ),
    )
}

/// Item 2: SIGKILL a loop of stage changes and undos at a random moment;
/// every posting's stage equals its last history row.
pub fn kill_during_stage_changes(ctx: &Ctx, kills: usize, max_ms: u64, seed: u64) -> Figure {
    let dir = ctx.dir("kill-stage");
    let db = dir.join("t.db");
    let ids = ctx.base_db(&db);
    let bin = ctx.bin.display().to_string();
    let script = format!(
        r#"set -u; i=0
        while :; do
          i=$((i+1))
          for id in {ids}; do
            "{bin}" --db "{db}" stage "$id" applied --note "loop $i" >/dev/null 2>&1
            "{bin}" --db "{db}" stage "$id" interview >/dev/null 2>&1
            "{bin}" --db "{db}" undo >/dev/null 2>&1
          done
        done"#,
        ids = ids.join(" "),
        db = db.display()
    );
    let mut rng = Rng::new(seed);
    for round in 0..kills {
        let mut child = {
            use std::os::unix::process::CommandExt;
            Command::new("sh")
                .args(["-c", &script])
                .process_group(0)
                .env_remove("TENDERDESK_DB")
                .spawn()
                .unwrap()
        };
        std::thread::sleep(Duration::from_millis(20 + rng.below(max_ms)));
        sigkill_group(&child);
        child.wait().unwrap();
        let conn = Connection::open(&db).unwrap();
        assert_sound(&conn, round.is_multiple_of(50));
        assert_stage_matches_history(&conn);
    }
    let conn = Connection::open(&db).unwrap();
    let changes = count(&conn, "SELECT count(*) FROM stage_history");
    ctx.ok(ctx.td(&db).arg("list"));
    Figure::new(
        "2. kill -9 during stage changes and undo",
        format!("{kills} kills of a stage/undo loop"),
        format!("{changes} changes recorded; every stage equals its last history row"),
    )
}

/// Item 3: a reader (an open store, as the interface keeps) every 100 ms
/// beside `writers` processes each making `changes` stage changes.
pub fn readers_beside_writers(ctx: &Ctx, writers: usize, changes: usize) -> Figure {
    let dir = ctx.dir("concurrent");
    let db = dir.join("t.db");
    let ids = ctx.base_db(&db);
    let before = count(
        &Connection::open(&db).unwrap(),
        "SELECT count(*) FROM stage_history",
    );
    let stop = Arc::new(AtomicBool::new(false));
    let reads = Arc::new(AtomicU64::new(0));
    let reader = {
        let (db, stop, reads) = (db.clone(), stop.clone(), reads.clone());
        std::thread::spawn(move || -> Vec<String> {
            let store = Store::open(&db).unwrap();
            let mut errors = Vec::new();
            while !stop.load(Ordering::Relaxed) {
                let ok = store.list().map_err(|e| e.to_string()).and_then(|rows| {
                    rows.first()
                        .map(|r| store.detail(&r.id).map(|_| ()).map_err(|e| e.to_string()))
                        .unwrap_or(Ok(()))
                });
                if let Err(e) = ok {
                    errors.push(e);
                }
                reads.fetch_add(1, Ordering::Relaxed);
                std::thread::sleep(Duration::from_millis(100));
            }
            errors
        })
    };
    let stages = [
        "applied",
        "interview",
        "rejected",
        "awarded",
        "waiting_room",
    ];
    let children: Vec<Child> = (0..writers)
        .map(|w| {
            let mut script = String::from("set -u\n");
            for i in 0..changes {
                let id = &ids[(i + w) % ids.len()];
                let stage = stages[(i + w) % stages.len()];
                script.push_str(&format!(
                    "\"{}\" --db \"{}\" stage {id} {stage} --note \"w{w} i{i}\" >/dev/null || echo \"FAILED w{w} i{i}\" >&2\n",
                    ctx.bin.display(),
                    db.display()
                ));
            }
            // a file, not `sh -c`: 1,000 lines exceed the argument limit
            let file = dir.join(format!("writer{w}.sh"));
            std::fs::write(&file, script).unwrap();
            Command::new("sh")
                .arg(&file)
                .env_remove("TENDERDESK_DB")
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut stderr = String::new();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(out.status.success());
        stderr.push_str(&String::from_utf8_lossy(&out.stderr));
    }
    stop.store(true, Ordering::Relaxed);
    let reader_errors = reader.join().unwrap();
    let locked = stderr.matches("locked").count()
        + reader_errors
            .iter()
            .filter(|e| e.contains("locked"))
            .count();
    assert_eq!(locked, 0, "locked: {stderr} {reader_errors:?}");
    assert!(stderr.is_empty(), "writers failed: {stderr}");
    assert!(reader_errors.is_empty(), "reader: {reader_errors:?}");
    let conn = Connection::open(&db).unwrap();
    let total = (writers * changes) as i64;
    assert_eq!(
        count(&conn, "SELECT count(*) FROM stage_history") - before,
        total
    );
    assert_eq!(
        count(
            &conn,
            "SELECT count(DISTINCT note) FROM stage_history WHERE note GLOB 'w*i*'"
        ),
        total,
        "a change was lost or doubled"
    );
    assert_stage_matches_history(&conn);
    assert_sound(&conn, true);
    Figure::new(
        "3. reader beside writers",
        format!(
            "{writers} writer processes x {changes} stage changes, a reader every 100 ms ({} reads)",
            reads.load(Ordering::Relaxed)
        ),
        format!("{total} changes, 0 lost, 0 \"database is locked\", 0 reader errors"),
    )
}

/// Item 4a: a command waits out another process's `hold_ms` write and succeeds.
pub fn long_writer(ctx: &Ctx, hold_ms: u64) -> Figure {
    let dir = ctx.dir("long-writer");
    let db = dir.join("t.db");
    let ids = ctx.base_db(&db);
    let conn = Connection::open(&db).unwrap();
    conn.execute_batch("BEGIN IMMEDIATE; INSERT INTO notes (posting_id, at, text) VALUES ((SELECT id FROM postings LIMIT 1), '2026-01-01T00:00:00.000000Z', 'long writer');")
        .unwrap();
    let start = Instant::now();
    let child = ctx
        .td(&db)
        .args(["stage", &ids[2], "applied", "--note", "waited"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(hold_ms));
    conn.execute_batch("COMMIT").unwrap();
    let out = child.wait_with_output().unwrap();
    let waited = start.elapsed();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    let conn = Connection::open(&db).unwrap();
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM stage_history WHERE note = 'waited'"
        ),
        1
    );
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM notes WHERE text = 'long writer'"
        ),
        1
    );
    Figure::new(
        "4. long writer",
        format!("`stage` while another process holds the write lock {hold_ms} ms"),
        format!(
            "succeeded after {} ms, both writes kept",
            waited.as_millis()
        ),
    )
}

/// Item 4b: while `files` postings import, a probe process keeps asking
/// for the write lock, polling every millisecond; its longest wait is the
/// longest the import held the lock in one go. Returns that wait.
pub fn import_lock_hold(ctx: &Ctx, files: usize) -> (Figure, Duration) {
    let dir = ctx.dir("lock-hold");
    let db = dir.join("t.db");
    ctx.ok(ctx.td(&db).arg("list"));
    let postings = many_postings(ctx, "lock-hold-files", files);
    let mut child = ctx
        .td(&db)
        .arg("import")
        .arg(&postings)
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let conn = Connection::open(&db).unwrap();
    conn.busy_handler(Some(|n: i32| {
        std::thread::sleep(Duration::from_millis(1));
        n < 20_000
    }))
    .unwrap();
    let (mut longest, mut probes) = (Duration::ZERO, 0u64);
    while child.try_wait().unwrap().is_none() {
        let t = Instant::now();
        conn.execute_batch("BEGIN IMMEDIATE").unwrap();
        longest = longest.max(t.elapsed());
        conn.execute_batch("ROLLBACK").unwrap();
        probes += 1;
        std::thread::sleep(Duration::from_millis(3));
    }
    assert!(child.wait().unwrap().success());
    assert_eq!(
        count(&conn, "SELECT count(*) FROM postings") as usize,
        files
    );
    (
        Figure::new(
            "4. import holds the write lock",
            format!("{probes} write-lock probes during an import of {files} files"),
            format!(
                "longest wait {} ms (one posting per transaction)",
                longest.as_millis()
            ),
        ),
        longest,
    )
}

/// Item 4c: a stage change made through the store's own busy handler while
/// an import of `files` postings runs: it gets in between two postings.
pub fn stage_change_during_import(ctx: &Ctx, files: usize, changes: usize) -> Figure {
    let dir = ctx.dir("stage-during-import");
    let db = dir.join("t.db");
    let ids = ctx.base_db(&db);
    let postings = many_postings(ctx, "stage-during-import-files", files);
    let mut child = ctx
        .td(&db)
        .arg("import")
        .arg(&postings)
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let mut store = Store::open(&db).unwrap();
    let (mut made, mut longest) = (0usize, Duration::ZERO);
    while made < changes {
        let t = Instant::now();
        let stage = if made.is_multiple_of(2) {
            "applied"
        } else {
            "interview"
        };
        store
            .set_stage(
                &ids[made % ids.len()],
                stage.parse().unwrap(),
                Some("during import"),
            )
            .unwrap_or_else(|e| panic!("change {made} beside an import: {e}"));
        longest = longest.max(t.elapsed());
        made += 1;
        std::thread::sleep(Duration::from_millis(20));
    }
    let import_was_running = child.try_wait().unwrap().is_none();
    assert!(child.wait().unwrap().success());
    let conn = Connection::open(&db).unwrap();
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM stage_history WHERE note = 'during import'"
        ) as usize,
        changes
    );
    assert_stage_matches_history(&conn);
    Figure::new(
        "4. stage changes beside an import",
        format!(
            "{changes} stage changes while {files} files import{}",
            if import_was_running {
                ""
            } else {
                " (import ended first)"
            }
        ),
        format!(
            "all {changes} made, 0 \"database is locked\", longest {} ms",
            longest.as_millis()
        ),
    )
}

/// The committed fixture of schema version `v`.
pub fn fixture(ctx: &Ctx, v: i64) -> PathBuf {
    ctx.repo.join(format!("tests/fixtures/db/v{v}.db"))
}

/// Items 5 and 6: every committed fixture of an earlier schema migrates with
/// equal data checksums, an empty `foreign_key_check`, and (item 5) with
/// `procs` processes opening it at once, `rounds` times.
pub fn migrations(ctx: &Ctx, procs: usize, rounds: usize) -> Figure {
    let dir = ctx.dir("migrate");
    let mut opened = 0usize;
    let mut versions = Vec::new();
    for v in 1..LATEST {
        let fx = fixture(ctx, v);
        assert!(
            fx.exists(),
            "no fixture for schema v{v}: run reliability/make_fixtures.sh"
        );
        versions.push(v);
        let (t, want) = {
            let c = Connection::open_with_flags(&fx, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
                .unwrap();
            let v_found: i64 = c
                .pragma_query_value(None, "user_version", |r| r.get(0))
                .unwrap();
            assert_eq!(v_found, v, "fixture v{v} has user_version {v_found}");
            let t = tables(&c);
            let sums = data_checksum(&c, &t);
            (t, sums)
        };
        for round in 0..rounds.max(1) {
            let db = dir.join(format!("v{v}-{round}.db"));
            copy_db(&fx, &db);
            let commands: [&[&str]; 4] = [
                &["list"],
                &["show", "30828"],
                &["export", "--format", "json"],
                &["agenda"],
            ];
            let children: Vec<Child> = (0..procs)
                .map(|k| {
                    ctx.td(&db)
                        .args(commands[k % commands.len()])
                        .stdout(Stdio::null())
                        .stderr(Stdio::piped())
                        .spawn()
                        .unwrap()
                })
                .collect();
            for c in children {
                let out = c.wait_with_output().unwrap();
                assert!(
                    out.status.success(),
                    "v{v} round {round}: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
                opened += 1;
            }
            let c = Connection::open(&db).unwrap();
            let now: i64 = c
                .pragma_query_value(None, "user_version", |r| r.get(0))
                .unwrap();
            assert_eq!(now, LATEST);
            let mode: String = c
                .pragma_query_value(None, "journal_mode", |r| r.get(0))
                .unwrap();
            assert_eq!(mode, "wal");
            assert_eq!(
                data_checksum(&c, &t),
                want,
                "v{v} round {round}: data changed"
            );
            assert_sound(&c, true);
            assert_stage_matches_history(&c);
            drop(c);
            let _ = std::fs::remove_file(&db);
        }
    }
    Figure::new(
        "5/6. migration of every earlier schema",
        format!(
            "fixtures v{versions:?}; {procs} processes at once x {} rounds each",
            rounds.max(1)
        ),
        format!(
            "{opened} opens succeeded, schema v{LATEST}, checksums equal, foreign_key_check empty"
        ),
    )
}

/// Item 7: `backups` backups while another process keeps writing.
pub fn backup_under_load(ctx: &Ctx, backups: usize) -> Figure {
    use std::os::unix::fs::PermissionsExt;
    let dir = ctx.dir("backup");
    let db = dir.join("t.db");
    let ids = ctx.base_db(&db);
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (db, stop, ids) = (db.clone(), stop.clone(), ids.clone());
        std::thread::spawn(move || {
            let mut store = Store::open(&db).unwrap();
            let mut n = 0usize;
            while !stop.load(Ordering::Relaxed) {
                let stage = if n.is_multiple_of(2) {
                    "applied"
                } else {
                    "interview"
                };
                store
                    .set_stage(&ids[n % ids.len()], stage.parse().unwrap(), Some("load"))
                    .unwrap();
                n += 1;
            }
            n
        })
    };
    let conn = Connection::open(&db).unwrap();
    for i in 0..backups {
        let target = dir.join(format!("copy-{i}.db"));
        let low = count(&conn, "SELECT count(*) FROM stage_history");
        ctx.ok(ctx.td(&db).arg("backup").arg(&target));
        let high = count(&conn, "SELECT count(*) FROM stage_history");
        let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "backup {i} mode {mode:o}");
        let copy = Connection::open(&target).unwrap();
        assert_sound(&copy, true);
        let n = count(&copy, "SELECT count(*) FROM stage_history");
        assert!(
            low <= n && n <= high,
            "backup {i}: {n} not in {low}..={high}"
        );
        assert_stage_matches_history(&copy);
        drop(copy);
        std::fs::remove_file(&target).unwrap();
    }
    stop.store(true, Ordering::Relaxed);
    let writes = writer.join().unwrap();
    // an existing target is not overwritten without --force
    let target = dir.join("precious.db");
    std::fs::write(&target, b"my precious file").unwrap();
    let out = ctx.td(&db).arg("backup").arg(&target).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--force"));
    assert_eq!(std::fs::read(&target).unwrap(), b"my precious file");
    ctx.ok(ctx.td(&db).arg("backup").arg(&target).arg("--force"));
    assert_sound(&Connection::open(&target).unwrap(), true);
    Figure::new(
        "7. backup under load",
        format!("{backups} backups during {writes} concurrent stage changes"),
        format!(
            "{backups} copies pass integrity_check, 0600, counts in range; existing target kept without --force"
        ),
    )
}

/// Whether tenderdesk's stderr names the damage clearly.
fn clear_refusal(err: &str) -> bool {
    err.starts_with("tenderdesk: ")
        && err.trim_end().lines().count() == 1
        && (err.contains("is damaged") || err.contains("not a tenderdesk database"))
}

/// Item 8: truncated and bit-flipped copies of a database. Each command on
/// each copy either refuses it with a clear one-line message and a non-zero
/// exit, or (a flip inside stored text that stays valid) reads it; the file is
/// never modified, and nothing in its directory is deleted.
pub fn corrupt_databases(ctx: &Ctx, flips: usize, seed: u64) -> Figure {
    let dir = ctx.dir("corrupt");
    let good = dir.join("good.db");
    ctx.base_db(&good);
    let bytes = std::fs::read(&good).unwrap();
    let page = 4096usize;
    let mut cases: Vec<(String, Vec<u8>, bool)> = Vec::new(); // (name, bytes, must refuse)
    for cut in [
        100,
        1000,
        page,
        page + 1,
        bytes.len() / 2,
        bytes.len() - page,
        bytes.len() - 1,
    ] {
        cases.push((format!("truncated at {cut}"), bytes[..cut].to_vec(), true));
    }
    // the schema table's page header (page 1 after the 100-byte file header)
    for off in [100, 103, 105] {
        let mut b = bytes.clone();
        b[off] ^= 0xFF;
        cases.push((format!("schema page byte {off} flipped"), b, true));
    }
    let mut rng = Rng::new(seed);
    for _ in 0..flips {
        let off = 100 + rng.below((bytes.len() - 100) as u64) as usize;
        let bit = rng.below(8);
        let mut b = bytes.clone();
        b[off] ^= 1 << bit;
        cases.push((format!("bit {bit} of byte {off} flipped"), b, false));
    }
    let (mut refused, mut read_ok) = (0usize, 0usize);
    let tried = cases.len();
    for (i, (name, b, must_refuse)) in cases.into_iter().enumerate() {
        let case_dir = dir.join(format!("case{i}"));
        std::fs::create_dir_all(&case_dir).unwrap();
        let db = case_dir.join("t.db");
        std::fs::write(&db, &b).unwrap();
        let mut any_refused = false;
        for args in [
            vec!["list"],
            vec!["show", "30828"],
            vec!["export", "--format", "json"],
            vec!["stage", "30828", "passed"],
        ] {
            let out = ctx.td(&db).args(&args).output().unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(
                !err.contains("panicked"),
                "{name}: {args:?} panicked: {err}"
            );
            if out.status.success() {
                assert!(!must_refuse, "{name}: {args:?} accepted a damaged file");
            } else if !(args[0] == "show" && err.contains("unknown posting id")) {
                assert!(clear_refusal(&err), "{name}: {args:?}: unclear: {err}");
                any_refused = true;
            }
            // a refused command and a reading one write nothing; a stage
            // change on a file whose damage SQLite cannot see may write
            if !out.status.success() || args[0] != "stage" {
                assert!(
                    std::fs::read(&db).unwrap() == b,
                    "{name}: {args:?} modified the file: {err}"
                );
            }
        }
        let left: Vec<_> = std::fs::read_dir(&case_dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert!(
            left.iter().any(|n| n == "t.db"),
            "{name}: the database was deleted"
        );
        if any_refused {
            refused += 1;
        } else {
            read_ok += 1;
        }
        let _ = std::fs::remove_dir_all(&case_dir);
    }
    Figure::new(
        "8. corrupt database",
        format!(
            "{tried} damaged copies (7 truncations, 3 schema-page flips, {flips} random bit flips) x 4 commands"
        ),
        format!(
            "{refused} refused with one clear line and exit 1, {read_ok} flips SQLite cannot see (inside stored text or unused space) read as is; 0 unclear, 0 modified, 0 deleted"
        ),
    )
}

/// Peak resident memory of this process, in KiB (Linux).
fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// Item 10: bad files through the decoder, the file reader and `import`.
pub fn bad_files(ctx: &Ctx, big_mb: usize) -> Figure {
    use tenderdesk::input::{InputError, decode, read_file};
    let dir = ctx.dir("bad-files");
    let mut tried = 0usize;
    let mut check = |name: &str, bytes: &[u8], want: Result<&str, InputError>| {
        tried += 1;
        let got = decode(bytes);
        match &want {
            Ok(text) => assert_eq!(got.as_deref(), Ok(*text), "{name}"),
            Err(e) => assert_eq!(got.as_ref().map(|_| ()), Err(e), "{name}"),
        }
    };
    for at in [0usize, 1, 100, 4000, 7999] {
        let mut b = vec![b'a'; 8100];
        b[at] = 0;
        check(&format!("NUL at {at}"), &b, Err(InputError::Binary));
    }
    check(
        "Windows-1252",
        b"Co\xf6rdinator \x80110,-",
        Ok("Coördinator €110,-"),
    );
    let mut le = vec![0xFF, 0xFE];
    let mut be = vec![0xFE, 0xFF];
    for u in "Coördinator €110,-".encode_utf16() {
        le.extend_from_slice(&u.to_le_bytes());
        be.extend_from_slice(&u.to_be_bytes());
    }
    check("UTF-16LE BOM", &le, Ok("Coördinator €110,-"));
    check("UTF-16BE BOM", &be, Ok("Coördinator €110,-"));
    let mut odd = le.clone();
    odd.push(b'x');
    check("UTF-16 odd length", &odd, Ok("Coördinator €110,-\u{FFFD}"));
    let mut mid = "Coördinator €110,- ".as_bytes().to_vec();
    mid.extend_from_slice(b"caf\xe9 \xff\xfe end");
    check(
        "invalid UTF-8 mid-file",
        &mid,
        Ok("Coördinator €110,- café ÿþ end"),
    );
    check("empty", b"", Err(InputError::Empty));
    check("whitespace", b" \r\n\t ", Err(InputError::Empty));
    check("UTF-8 BOM only", b"\xEF\xBB\xBF", Err(InputError::Empty));
    check("UTF-16 BOM only", b"\xFF\xFE", Err(InputError::Empty));
    check(
        "UTF-16 NULs",
        b"\xFF\xFE\x00\x00a\x00",
        Err(InputError::Binary),
    );
    check("UTF-8 BOM text", b"\xEF\xBB\xBFhallo", Ok("hallo"));

    // the same cases end to end through `import`: never a crash, one line each
    let db = dir.join("t.db");
    for (name, bytes) in [
        ("nul.txt", b"ab\0cd".to_vec()),
        ("empty.txt", Vec::new()),
        ("bom.txt", b"\xEF\xBB\xBF".to_vec()),
    ] {
        let f = dir.join(name);
        std::fs::write(&f, bytes).unwrap();
        let out = ctx.td(&db).arg("import").arg(&f).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{name}");
        let s = String::from_utf8_lossy(&out.stdout);
        assert!(s.contains("failed 1"), "{name}: {s}");
        tried += 1;
    }

    // a big file: refused by its size, quickly, without reading it in
    let big = dir.join("big.txt");
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&big).unwrap());
        let line = "Coördinator vluchtelingenopvang, uurtarief € 110,- per uur, 32 uur per week.\n";
        let mut written = 0usize;
        while written < big_mb * 1024 * 1024 {
            f.write_all(line.as_bytes()).unwrap();
            written += line.len();
        }
    }
    let rss_before = peak_rss_kib();
    let t = Instant::now();
    let got = read_file(&big);
    let elapsed_file = t.elapsed();
    assert!(matches!(got, Err(InputError::TooLarge { .. })), "{got:?}");
    let rss_grew = peak_rss_kib().saturating_sub(rss_before);
    // and through standard input, in a child limited to 300 MB of address space
    let t = Instant::now();
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "ulimit -v 307200; exec \"{}\" --db \"{}\" import - < \"{}\"",
            ctx.bin.display(),
            db.display(),
            big.display()
        ))
        .env_remove("TENDERDESK_DB")
        .output()
        .unwrap();
    let elapsed_stdin = t.elapsed();
    let s = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{s} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(s.contains("too large"), "{s}");
    std::fs::remove_file(&big).unwrap();
    tried += 2;
    Figure::new(
        "10. bad files",
        format!(
            "{tried} hostile files (NUL, legacy and UTF-16 encodings, invalid UTF-8, empty, BOM only, {big_mb} MB)"
        ),
        format!(
            "all decoded exactly or refused with one line; {big_mb} MB file refused in {} ms (+{} KiB peak), on stdin in {} ms under a 300 MB limit",
            elapsed_file.as_millis(),
            rss_grew,
            elapsed_stdin.as_millis()
        ),
    )
}

/// Runs a command and returns its output (for the callers' own checks).
pub fn output(c: &mut Command) -> Output {
    c.output().unwrap()
}
