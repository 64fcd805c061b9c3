//! Postings from other sites through the binary and the real store: a
//! folder of them imports whole (its README and answers file are skipped),
//! the same posting republished on two sites is one posting, and a deadline
//! stated without a time is shown as a day, never as a made-up time.

use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn run(db: &Path, args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tenderdesk"))
        .args(args)
        .env("TENDERDESK_DB", db)
        .output()
        .expect("run tenderdesk");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn platforms() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/platforms")
        .display()
        .to_string()
}

#[test]
fn a_folder_of_other_sites_imports_whole_and_republished_postings_are_one() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let (ok, out, err) = run(&db, &["import", &platforms()]);
    assert!(ok, "{err}");
    // 29 postings; 09 (Opdracht Overheid) and 21 (1UP Talent) are the same one
    assert!(out.contains("added 28, updated 1"), "{out}");
    assert!(out.contains("failed 0"), "{out}");
    let (_, json, _) = run(&db, &["list", "--json"]);
    let rows: Vec<Value> = serde_json::from_str(&json).unwrap();
    assert_eq!(rows.len(), 28);
    let same: Vec<&Value> = rows
        .iter()
        .filter(|r| r["posting"]["title"] == "Assistent Projectleider Locatieontwikkeling")
        .collect();
    assert_eq!(same.len(), 1, "one posting for two sites");
    assert!(
        rows.iter().all(|r| r["posting"]["title"]
            .as_str()
            .is_some_and(|t| !t.is_empty())),
        "every posting has a title, made up where the page has none"
    );
}

#[test]
fn a_deadline_without_a_time_is_a_day_and_passes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let file = format!(
        "{}/29-dcengineers-noordbrabant-projectleider-woo.txt",
        platforms()
    );
    let (ok, _, err) = run(&db, &["import", &file]);
    assert!(ok, "{err}");
    let (_, show, _) = run(&db, &["show", "117268"]);
    assert!(
        show.contains("deadline: 2026-03-06 (time not stated)"),
        "{show}"
    );
    let (_, json, _) = run(&db, &["show", "117268", "--json"]);
    let v: Value = serde_json::from_str(&json).unwrap();
    let p = &v["record"]["posting"];
    assert!(p["deadline"].is_null(), "no time is made up: {p}");
    assert_eq!(p["deadline_date"], "2026-03-06");
    let (_, list, _) = run(&db, &["list", "--json"]);
    let rows: Vec<Value> = serde_json::from_str(&list).unwrap();
    assert_eq!(rows[0]["status"], "expired", "6 March 2026 has passed");
}

#[test]
fn parse_lines_shows_a_table_of_one_cell_a_line_as_the_readers_see_it() {
    let dir = std::env::temp_dir().join(format!("td-lines-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("page.txt");
    std::fs::write(
        &file,
        "Adviseur Bodem\nGunningscriteria\nCriterium\nPunten\nErvaring\n60\nPrijs\n40\n",
    )
    .unwrap();
    let (ok, out, err) = run(
        &dir.join("t.db"),
        &["parse", "--lines", file.to_str().unwrap()],
    );
    assert!(ok, "{err}");
    assert!(out.contains("  bullet | Ervaring (60 punten)"), "{out}");
    assert!(out.contains("  bullet | Prijs (40 punten)"), "{out}");
    let (ok, _, err) = run(
        &dir.join("t.db"),
        &["parse", "--lines", "/nonexistent/x.txt"],
    );
    assert!(!ok && err.contains("/nonexistent/x.txt"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}
