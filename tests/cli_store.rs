//! The command line over a real database file: imports, stages, notes,
//! errors as one line, file modes, refusing files that are not ours.

use assert_cmd::Command;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

const SAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/postings");

fn td(db: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_tenderdesk"));
    c.arg("--db").arg(db).env_remove("TENDERDESK_DB");
    c
}

fn setup() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("data").join("t.db");
    (dir, db)
}

fn list_json(db: &Path) -> Vec<serde_json::Value> {
    let out = td(db).args(["list", "--json"]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn first_id(db: &Path) -> String {
    list_json(db)[0]["id"].as_str().unwrap().to_string()
}

fn stderr_one_line(out: &std::process::Output) -> String {
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(err.trim_end().lines().count(), 1, "not one line: {err:?}");
    assert!(!err.contains("panicked"), "{err}");
    err
}

fn sha(path: &Path) -> Vec<u8> {
    Sha256::digest(std::fs::read(path).unwrap()).to_vec()
}

#[test]
fn import_twice_gives_no_duplicates() {
    let (_d, db) = setup();
    td(&db).args(["import", SAMPLES]).assert().success().stdout(
        "added 5, updated 0, changed 0, unchanged 0, failed 0\n\
             2 came in with warnings (p1, 28590): `tenderdesk show ID` lists them\n",
    );
    td(&db).args(["import", SAMPLES]).assert().success().stdout(
        "added 0, updated 0, changed 0, unchanged 5, failed 0\n\
             2 came in with warnings (p1, 28590): `tenderdesk show ID` lists them\n",
    );
    assert_eq!(list_json(&db).len(), 5);
}

#[test]
fn one_bad_file_never_stops_the_others_and_exits_non_zero() {
    let (d, db) = setup();
    let bad = d.path().join("bad.txt");
    std::fs::write(&bad, b"\0\0\0binary").unwrap();
    let good = Path::new(SAMPLES).join("hilversum-30662-klantmanager-inburgering.txt");
    let out = td(&db).arg("import").arg(&bad).arg(&good).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let mut lines = stdout.lines();
    assert_eq!(
        lines.next(),
        Some("added 1, updated 0, changed 0, unchanged 0, failed 1")
    );
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with(&format!("{}: ", bad.display()))
    );
}

#[test]
fn reimport_after_stage_change_keeps_stage_history_and_notes() {
    let (_d, db) = setup();
    td(&db).args(["import", SAMPLES]).assert().success();
    let id = first_id(&db);
    td(&db)
        .args(["stage", &id, "applied", "--note", "sent CV"])
        .assert()
        .success();
    td(&db)
        .args(["note", &id, "called Ruth"])
        .assert()
        .success();
    td(&db).args(["import", SAMPLES]).assert().success();
    let out = td(&db).args(["show", &id, "--json"]).output().unwrap();
    let d: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(d["record"]["stage"], "applied");
    assert_eq!(d["history"].as_array().unwrap().len(), 1);
    assert_eq!(d["history"][0]["note"], "sent CV");
    assert_eq!(d["notes"][0]["text"], "called Ruth");
}

#[test]
fn undo_reverts_the_last_change() {
    let (_d, db) = setup();
    td(&db).args(["import", SAMPLES]).assert().success();
    let id = first_id(&db);
    td(&db).args(["stage", &id, "interview"]).assert().success();
    td(&db)
        .arg("undo")
        .assert()
        .success()
        .stdout(predicates::str::starts_with(format!(
            "{id}: undid stage change open → interview; now open ("
        )));
    td(&db)
        .arg("undo")
        .assert()
        .success()
        .stdout("nothing to undo\n");
}

#[test]
fn unknown_id_and_unknown_stage_fail_with_one_line() {
    let (_d, db) = setup();
    td(&db).args(["import", SAMPLES]).assert().success();
    let id = first_id(&db);
    let err = stderr_one_line(&td(&db).args(["stage", "nope", "applied"]).output().unwrap());
    assert!(err.contains("unknown posting id 'nope'"), "{err}");
    let err = stderr_one_line(&td(&db).args(["stage", &id, "bogus"]).output().unwrap());
    assert!(err.contains("unknown stage 'bogus'"), "{err}");
    stderr_one_line(&td(&db).args(["show", "nope"]).output().unwrap());
    stderr_one_line(&td(&db).args(["note", "nope", "x"]).output().unwrap());
    stderr_one_line(&td(&db).args(["list", "--due", "soon"]).output().unwrap());
}

#[cfg(unix)]
#[test]
fn database_and_backup_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let (d, db) = setup();
    td(&db).args(["import", SAMPLES]).assert().success();
    assert_eq!(
        std::fs::metadata(&db).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let copy = d.path().join("copy.db");
    td(&db).arg("backup").arg(&copy).assert().success();
    assert_eq!(
        std::fs::metadata(&copy).unwrap().permissions().mode() & 0o777,
        0o600
    );
    stderr_one_line(&td(&db).arg("backup").arg(&copy).output().unwrap());
    td(&db)
        .arg("backup")
        .arg(&copy)
        .arg("--force")
        .assert()
        .success();
    assert_eq!(list_json(&copy).len(), 5);
}

#[test]
fn newer_schema_is_refused_untouched() {
    let (_d, db) = setup();
    td(&db).args(["import", SAMPLES]).assert().success();
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.pragma_update(None, "user_version", tenderdesk::store::schema::LATEST + 1)
            .unwrap();
    }
    let before = sha(&db);
    let err = stderr_one_line(&td(&db).arg("list").output().unwrap());
    assert!(err.contains("newer tenderdesk"), "{err}");
    stderr_one_line(&td(&db).args(["stage", "p1", "applied"]).output().unwrap());
    assert_eq!(before, sha(&db));
}

#[test]
fn files_that_are_not_our_database_are_refused_untouched() {
    let (d, _) = setup();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "text.db",
            b"just some text, not a database".to_vec(),
            "not a tenderdesk database",
        ),
        (
            "truncated.db",
            b"SQLite format 3\0\x10\x00".to_vec(),
            "is damaged (truncated",
        ),
    ];
    for (name, bytes, says) in cases {
        let path = d.path().join(name);
        std::fs::write(&path, &bytes).unwrap();
        let err = stderr_one_line(&td(&path).arg("list").output().unwrap());
        assert!(err.contains(says), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), bytes);
    }
    // another program's SQLite database
    let other = d.path().join("other.db");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (1);")
        .unwrap();
    let before = sha(&other);
    stderr_one_line(&td(&other).arg("list").output().unwrap());
    assert_eq!(before, sha(&other));
}

#[test]
fn export_csv_has_bom_and_semicolons() {
    let (d, db) = setup();
    td(&db).args(["import", SAMPLES]).assert().success();
    let out = d.path().join("x.csv");
    td(&db)
        .args(["export", "--format", "csv", "-o"])
        .arg(&out)
        .assert()
        .success();
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBFid;stage;status;title;"));
    assert_eq!(String::from_utf8(bytes).unwrap().lines().count(), 6);
    let out = td(&db)
        .args(["export", "--format", "json"])
        .output()
        .unwrap();
    let v: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.len(), 5);
}

#[test]
fn hostile_text_never_reaches_the_terminal() {
    let (d, db) = setup();
    let f = d.path().join("evil.txt");
    let body = std::fs::read_to_string(
        Path::new(SAMPLES).join("hilversum-30828-coordinator-vluchtelingenopvang.txt"),
    )
    .unwrap();
    let evil = format!(
        "# Evil\u{202E} \u{1b}]52;c;ZXZpbA==\u{7}title\u{9b}2J\n\n{body}\nNote \u{1b}[2J\u{2066}x\n"
    );
    std::fs::write(&f, evil).unwrap();
    td(&db).arg("import").arg(&f).assert().success();
    let id = first_id(&db);
    for args in [
        vec!["list"],
        vec!["list", "--json"],
        vec!["show", &id],
        vec!["show", &id, "--json"],
        vec!["export"],
    ] {
        let out = td(&db).args(&args).output().unwrap();
        let s = String::from_utf8(out.stdout).unwrap();
        assert!(
            !s.contains(['\u{1b}', '\u{7}', '\u{9b}', '\u{202E}']),
            "{args:?}: {s:?}"
        );
    }
}

#[test]
fn changed_text_with_same_request_number_updates_and_keeps_stage() {
    let (d, db) = setup();
    let src = Path::new(SAMPLES).join("hilversum-30828-coordinator-vluchtelingenopvang.txt");
    let file = d.path().join("30828.txt");
    std::fs::copy(&src, &file).unwrap();
    td(&db).arg("import").arg(&file).assert().success();
    td(&db)
        .args(["stage", "30828", "applied"])
        .assert()
        .success();
    td(&db).args(["note", "30828", "sent"]).assert().success();
    let mut text = std::fs::read_to_string(&src).unwrap();
    text.push_str("\nAanvulling: de startdatum kan schuiven.\n");
    std::fs::write(&file, text).unwrap();
    td(&db)
        .arg("import")
        .arg(&file)
        .assert()
        .success()
        .stdout("added 0, updated 1, changed 0, unchanged 0, failed 0\n");
    let rows = list_json(&db);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["id"], "30828");
    assert_eq!(rows[0]["stage"], "applied");
    let out = td(&db).args(["show", "30828", "--json"]).output().unwrap();
    let d: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(d["original_text"].as_str().unwrap().contains("Aanvulling"));
    assert_eq!(d["history"].as_array().unwrap().len(), 1);
    assert_eq!(d["notes"].as_array().unwrap().len(), 1);
}

/// `list --search` reads the search indexes (schema v4) and loads only the
/// hits: the same answer as matching every posting, also for a database
/// that an older tenderdesk left (the migration fills the indexes).
#[test]
fn search_finds_by_title_and_by_criteria_also_after_migration() {
    let (_d, db) = setup();
    td(&db).arg("import").arg(SAMPLES).assert().success();
    let ids = |db: &Path, q: &str| -> Vec<String> {
        let out = td(db)
            .args(["list", "--json", "--search", q])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
        let mut ids: Vec<String> = v.iter().map(|r| r["id"].as_str().unwrap().into()).collect();
        ids.sort();
        ids
    };
    assert_eq!(ids(&db, "coordinator").len(), 3);
    // "bijeenkomsten" is in 13995's criteria only, in no title
    assert_eq!(ids(&db, "bijeenkomsten"), ["13995"]);
    assert_eq!(ids(&db, "bijeenkomsten hbo"), ["13995"]);
    assert!(ids(&db, "qqqzzz").is_empty());

    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("v3.db");
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/db/v3.db"),
        &old,
    )
    .unwrap();
    // the fixture's 30828 has "hbo" in its criteria part only
    assert_eq!(ids(&old, "hbo"), ["30828"]);
    assert_eq!(ids(&old, "hilversum"), ["30828"]);
}

/// `tenderdesk list | head -1`: the reader goes away early; the list ends
/// quietly, never with a panic.
#[cfg(unix)]
#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    use std::process::{Command, Stdio};
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let bin = env!("CARGO_BIN_EXE_tenderdesk");
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let ok = Command::new(bin)
        .arg("import")
        .arg(root.join("tests/fixtures/platforms"))
        .env("TENDERDESK_DB", &db)
        .output()
        .unwrap();
    assert!(ok.status.success());
    let mut child = Command::new(bin)
        .arg("list")
        .env("TENDERDESK_DB", &db)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // the read end is closed before the list is written: it meets a closed pipe
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
}
