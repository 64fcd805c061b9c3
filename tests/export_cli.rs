//! Issue 14, item 7: exports agree with their help. The calendar holds the
//! coming dates (`--all`: every one), `--stage` narrows every format, the
//! CSV carries score, verdict, notes, interview and next dates, `-o` never
//! writes over a file without `--force`, and `list` opens with the coming
//! deadlines like the interface. Over a real database holding the demo's
//! postings (dates around today).

use chrono::Utc;
use std::path::Path;
use std::process::{Command, Output};
use tenderdesk::store::Store;

fn td(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tenderdesk"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("run tenderdesk")
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn setup() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let mut store = Store::open(&db).unwrap();
    let today = Utc::now()
        .with_timezone(&chrono_tz::Europe::Amsterdam)
        .date_naive();
    for (p, text, stage) in tenderdesk::tui::demo::postings(today) {
        let id = store.import(&p, text).unwrap().id;
        if stage != tenderdesk::pipeline::Stage::Open {
            store.set_stage(&id, stage, None).unwrap();
        }
    }
    (dir, db)
}

fn today_stamp() -> String {
    Utc::now()
        .with_timezone(&chrono_tz::Europe::Amsterdam)
        .format("%Y%m%d")
        .to_string()
}

/// The dates (YYYYMMDD) of every DTSTART in a calendar.
fn starts(ics: &str) -> Vec<String> {
    ics.lines()
        .filter(|l| l.starts_with("DTSTART"))
        .map(|l| {
            let v = l.rsplit(':').next().unwrap();
            v[..8].to_string()
        })
        .collect()
}

#[test]
fn the_calendar_holds_coming_dates_unless_all() {
    let (_d, db) = setup();
    let coming = starts(&ok(&td(&db, &["export", "--format", "ics"])));
    let all = starts(&ok(&td(&db, &["export", "--format", "ics", "--all"])));
    let today = today_stamp();
    assert!(!coming.is_empty());
    // (UTC times can fall on the day before in Amsterdam: allow a day)
    let yesterday = (Utc::now() - chrono::Duration::days(1))
        .format("%Y%m%d")
        .to_string();
    assert!(
        coming.iter().all(|d| *d >= yesterday),
        "{coming:?} before {today}"
    );
    assert!(
        all.len() > coming.len(),
        "{} vs {}",
        all.len(),
        coming.len()
    );
    assert!(all.iter().any(|d| *d < yesterday));
}

#[test]
fn stage_narrows_every_format() {
    let (_d, db) = setup();
    let csv = ok(&td(
        &db,
        &["export", "--format", "csv", "--stage", "applied"],
    ));
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(rows.len(), 1, "{csv}");
    assert!(rows[0].contains(";applied;"), "{csv}");
    let json = ok(&td(&db, &["export", "--format", "json", "--stage", "open"]));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let stages: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["stage"].as_str().unwrap())
        .collect();
    assert_eq!(stages, ["open", "open"]);
}

#[test]
fn the_csv_has_score_verdict_notes_and_dates() {
    let (_d, db) = setup();
    ok(&td(&db, &["profile", "--bidder", "zzp", "--rate", "80"]));
    ok(&td(&db, &["note", "30828", "gebeld"]));
    let csv = ok(&td(&db, &["export"]));
    let mut lines = csv.lines();
    let header: Vec<&str> = lines
        .next()
        .unwrap()
        .trim_start_matches('\u{feff}')
        .split(';')
        .collect();
    let col = |name: &str| {
        header
            .iter()
            .position(|h| *h == name)
            .unwrap_or_else(|| panic!("no {name}"))
    };
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(';').collect()).collect();
    let row = |id: &str| rows.iter().find(|r| r[0] == id).unwrap();
    assert_eq!(row("30828")[col("notes")], "1");
    assert_eq!(row("30662")[col("verdict")], "knockout");
    assert_eq!(row("30662")[col("reachable")], "0");
    assert_eq!(row("30828")[col("expected_score")], "20");
    assert!(row("30828")[col("interview_dates")].starts_with("20"));
    assert!(
        row("30828")[col("next_date")].contains(' '),
        "{:?}",
        row("30828")
    );
    let heerde = rows
        .iter()
        .find(|r| r[col("organisation")] == "Heerde")
        .unwrap();
    assert_eq!(heerde[col("verdict")], "dba_excluded");
}

#[test]
fn output_is_not_written_over_without_force() {
    let (d, db) = setup();
    let file = d.path().join("out.csv");
    std::fs::write(&file, "mine").unwrap();
    let out = td(&db, &["export", "-o", file.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--force"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "mine");
    ok(&td(
        &db,
        &["export", "-o", file.to_str().unwrap(), "--force"],
    ));
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("expected_score")
    );
    let fresh = d.path().join("new.ics");
    ok(&td(
        &db,
        &["export", "--format", "ics", "-o", fresh.to_str().unwrap()],
    ));
    assert!(
        std::fs::read_to_string(&fresh)
            .unwrap()
            .contains("BEGIN:VCALENDAR")
    );
}

#[test]
fn short_help_names_ics() {
    let (_d, db) = setup();
    let help = ok(&td(&db, &["export", "-h"]));
    assert!(help.contains("ics"), "{help}");
    let top = ok(&td(&db, &["-h"]));
    assert!(top.contains("iCalendar"), "{top}");
}

#[test]
fn list_opens_with_the_coming_deadlines_like_the_interface() {
    let (_d, db) = setup();
    let json = ok(&td(&db, &["list", "--json"]));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let ids: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    // 30662 closes in 2 days, 30828 in 10; then the passed ones, latest first
    assert_eq!(&ids[..3], ["30662", "30828", "28590"], "{ids:?}");
    assert_eq!(ids.last(), Some(&"13995"));
}

#[test]
fn assess_judges_the_rate_knockout_from_the_rate() {
    let (_d, db) = setup();
    ok(&td(&db, &["profile", "--rate", "80"]));
    let out = ok(&td(&db, &["assess", "30662"]));
    let k3 = out.lines().find(|l| l.contains(" 3. Uurtarief")).unwrap();
    assert!(k3.trim_start().starts_with('✗'), "{k3}");
    assert!(out.contains("none reachable"), "{out}");
    ok(&td(&db, &["profile", "--rate", "75"]));
    let out = ok(&td(&db, &["assess", "30662"]));
    let k3 = out.lines().find(|l| l.contains(" 3. Uurtarief")).unwrap();
    assert!(k3.trim_start().starts_with('€'), "{k3}");
}
