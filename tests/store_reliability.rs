//! The store under stress: two processes writing at once, a kill -9 in the
//! middle of an import, migrations from every earlier schema version, and
//! several processes migrating one old database at once.

use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use tenderdesk::store::Store;
use tenderdesk::store::schema::{LATEST, migrations};

#[path = "support/seeds.rs"]
mod seeds;
use seeds::SEEDS;

const SAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/postings");
const SAMPLE: &str = "hilversum-30828-coordinator-vluchtelingenopvang.txt";

fn td(db: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_tenderdesk"));
    c.arg("--db").arg(db).env_remove("TENDERDESK_DB");
    c
}

fn ok(out: Output) -> String {
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "failed: {err}");
    assert!(!err.contains("locked"), "{err}");
    String::from_utf8_lossy(&out.stdout).to_string()
}

fn ids(db: &Path) -> Vec<String> {
    Store::open(db)
        .unwrap()
        .list()
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect()
}

/// Every posting's stage equals the `to` of its last history row (or is
/// `open` with no history).
fn assert_stage_matches_history(conn: &Connection) {
    let bad: i64 = conn
        .query_row(
            "SELECT count(*) FROM postings p WHERE p.stage IS NOT COALESCE(
                (SELECT h.to_stage FROM stage_history h WHERE h.posting_id = p.id ORDER BY h.id DESC LIMIT 1),
                'open')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(bad, 0);
}

#[test]
fn two_processes_changing_stages_lose_nothing_and_never_see_locked() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    ok(td(&db).args(["import", SAMPLES]).output().unwrap());
    let all = ids(&db);
    const ROUNDS: usize = 25;
    let workers: Vec<_> = [(0usize, "applied"), (1, "interview")]
        .into_iter()
        .map(|(w, stage)| {
            let db = db.clone();
            let all = all.clone();
            std::thread::spawn(move || {
                for i in 0..ROUNDS {
                    let id = &all[(i + w) % all.len()];
                    let note = format!("worker {w} round {i}");
                    ok(td(&db)
                        .args(["stage", id, stage, "--note", &note])
                        .output()
                        .unwrap());
                    ok(td(&db).args(["list"]).output().unwrap());
                }
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    let conn = Connection::open(&db).unwrap();
    let changes: i64 = conn
        .query_row("SELECT count(*) FROM stage_history", [], |r| r.get(0))
        .unwrap();
    assert_eq!(changes, 2 * ROUNDS as i64);
    for w in 0..2 {
        for i in 0..ROUNDS {
            let note = format!("worker {w} round {i}");
            let n: i64 = conn
                .query_row(
                    "SELECT count(*) FROM stage_history WHERE note = ?1",
                    [&note],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(n, 1, "{note}");
        }
    }
    assert_stage_matches_history(&conn);
}

/// `count` posting files made from one sample by varying its request number.
fn many_postings(dir: &Path, count: usize) -> PathBuf {
    let sample = std::fs::read_to_string(Path::new(SAMPLES).join(SAMPLE)).unwrap();
    let out = dir.join("postings");
    std::fs::create_dir(&out).unwrap();
    for n in 0..count {
        let number = 40000 + n;
        let text = sample.replace("30828", &number.to_string());
        std::fs::write(out.join(format!("p{number}.txt")), text).unwrap();
    }
    out
}

fn count(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn kill_during_import_leaves_only_whole_postings() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let files = many_postings(dir.path(), 300);
    // create the database first, so the reader below can open it
    ok(td(&db).arg("list").output().unwrap());
    let mut child = td(&db)
        .arg("import")
        .arg(&files)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let reader = Connection::open(&db).unwrap();
    reader
        .busy_timeout(std::time::Duration::from_secs(5))
        .unwrap();
    // wait until the import is under way, then kill -9
    loop {
        let n = count(&reader, "SELECT count(*) FROM postings");
        if n >= 10 || child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::yield_now();
    }
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    drop(reader);

    let conn = Connection::open(&db).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    assert_eq!(
        count(&conn, "SELECT count(*) FROM pragma_foreign_key_check"),
        0
    );
    fts_matches_table(&conn);
    // each stored posting has exactly the criteria its parsed record lists
    let mut stmt = conn
        .prepare("SELECT id, posting_json, (SELECT count(*) FROM criteria c WHERE c.posting_id = p.id) FROM postings p")
        .unwrap();
    let rows: Vec<(String, String, i64)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for (id, json, criteria) in &rows {
        let p: tenderdesk::posting::Posting = serde_json::from_str(json).unwrap();
        assert_eq!(
            *criteria as usize,
            p.knockout.len() + p.award.len(),
            "posting {id}"
        );
    }
    drop(stmt);
    drop(conn);
    // finishing the import afterwards gives every posting exactly once
    let out = ok(td(&db).arg("import").arg(&files).output().unwrap());
    assert!(
        out.starts_with(&format!(
            "added {}, updated 0, changed 0, unchanged {}, failed 0",
            300 - rows.len(),
            rows.len()
        )),
        "{out}"
    );
    assert_eq!(ids(&db).len(), 300);
    fts_matches_table(&Connection::open(&db).unwrap());
}

/// The full-text indexes hold exactly the stored texts (FTS5's own check
/// against the content table; the import fills them in bulk per transaction).
fn fts_matches_table(conn: &Connection) {
    for t in ["postings_words", "criteria_fts", "text_words_fts"] {
        conn.execute(
            &format!("INSERT INTO {t} ({t}, rank) VALUES ('integrity-check', 1)"),
            [],
        )
        .unwrap_or_else(|e| panic!("{t}: {e}"));
    }
}

/// Every table's rows, over the columns it had at the old version.
fn snapshot(conn: &Connection, tables: &[(String, Vec<String>)]) -> Vec<Vec<String>> {
    tables
        .iter()
        .map(|(t, cols)| {
            let sql = format!(
                "SELECT quote({}) FROM {t} ORDER BY 1", // FTS5 shadow tables have no rowid
                cols.join(") || '|' || quote(")
            );
            let mut stmt = conn.prepare(&sql).unwrap();
            stmt.query_map([], |r| r.get::<_, String>(0))
                .unwrap()
                .map(Result::unwrap)
                .collect()
        })
        .collect()
}

/// The tables that hold data, with their columns: not the full-text
/// indexes (virtual tables and their shadow tables), which are derived from
/// the rows and may be rebuilt in another form by a migration (v9).
fn tables(conn: &Connection) -> Vec<(String, Vec<String>)> {
    let mut stmt = conn
        .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap();
    let all: Vec<(String, String)> = stmt
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get::<_, Option<String>>(1)?.unwrap_or_default(),
            ))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let indexes: Vec<String> = all
        .iter()
        .filter(|(_, sql)| sql.starts_with("CREATE VIRTUAL TABLE"))
        .map(|(name, _)| name.clone())
        .collect();
    all.into_iter()
        .map(|(name, _)| name)
        .filter(|name| {
            !indexes
                .iter()
                .any(|v| name == v || name.starts_with(&format!("{v}_")))
        })
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

#[test]
fn every_earlier_schema_version_migrates_with_all_rows_kept() {
    assert_eq!(
        SEEDS.len() as i64,
        LATEST,
        "add a seed for the new schema version"
    );
    for version in 0..=LATEST as usize {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("old.db");
        let (tables_before, before) = {
            let mut conn = Connection::open(&db).unwrap();
            if version > 0 {
                migrations().to_version(&mut conn, version).unwrap();
                conn.execute_batch(SEEDS[version - 1]).unwrap();
            }
            let t = tables(&conn);
            let s = snapshot(&conn, &t);
            (t, s)
        };
        let store = Store::open(&db).unwrap_or_else(|e| panic!("from version {version}: {e}"));
        drop(store);
        let conn = Connection::open(&db).unwrap();
        let v: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, LATEST);
        assert_eq!(
            snapshot(&conn, &tables_before),
            before,
            "from version {version}"
        );
        assert_eq!(
            count(&conn, "SELECT count(*) FROM pragma_foreign_key_check"),
            0
        );
        assert_stage_matches_history(&conn);
        if version > 0 {
            let store = Store::open(&db).unwrap();
            let d = store.detail("30828").unwrap();
            // the full-text index covers the rows that were there before it
            let hits = store.search_text("coordinator").unwrap();
            assert_eq!(hits[0].id, "30828", "from version {version}");
            assert_eq!(d.notes.len(), 1);
            assert_eq!(d.history.len(), 1);
        }
    }
}

#[test]
fn processes_opening_an_old_database_at_once_all_succeed() {
    for version in 0..LATEST as usize {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("old.db");
        {
            let mut conn = Connection::open(&db).unwrap();
            if version > 0 {
                migrations().to_version(&mut conn, version).unwrap();
                conn.execute_batch(SEEDS[version - 1]).unwrap();
            }
        }
        let children: Vec<_> = (0..6)
            .map(|_| {
                td(&db)
                    .arg("list")
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
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let conn = Connection::open(&db).unwrap();
        let v: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, LATEST);
    }
}
