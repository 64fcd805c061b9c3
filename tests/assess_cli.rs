//! Self-assessment, profile, agenda and the iCalendar export, through the
//! command line over a real database.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

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
        "failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/postings")
}

fn setup() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    ok(&td(&db, &["import", samples().to_str().unwrap()]));
    (dir, db)
}

#[test]
fn ics_of_the_samples_reads_back_with_amsterdam_times() {
    let (_dir, db) = setup();
    // the samples' dates are past: --all exports them (the default is the
    // coming dates, see export_cli.rs)
    let ics = ok(&td(&db, &["export", "--format", "ics", "--all"]));
    let reader = ical::IcalParser::new(std::io::BufReader::new(ics.as_bytes()));
    let cals: Vec<_> = reader
        .collect::<Result<Vec<_>, _>>()
        .expect("valid iCalendar");
    assert_eq!(cals.len(), 1);
    let events = &cals[0].events;
    let prop = |e: &ical::parser::ical::component::IcalEvent, name: &str| -> Option<String> {
        e.properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
    };
    let by_uid = |uid: &str| {
        events
            .iter()
            .find(|e| prop(e, "UID").as_deref() == Some(uid))
            .unwrap_or_else(|| panic!("no event {uid}"))
    };
    // 30828: deadline maandag 6 juli 2026 09:00 Amsterdam (CEST) = 07:00 UTC
    let deadline = by_uid("30828-deadline-0@tenderdesk");
    assert_eq!(
        prop(deadline, "DTSTART").as_deref(),
        Some("20260706T070000Z")
    );
    assert_eq!(deadline.alarms.len(), 1, "a reminder before the deadline");
    assert!(
        deadline.alarms[0]
            .properties
            .iter()
            .any(|p| p.name == "TRIGGER" && p.value.as_deref() == Some("-PT86400S"))
    );
    // Heerde (p-id): deadline dinsdag 25 november 2025 09:00 (CET) = 08:00 UTC
    let heerde = events
        .iter()
        .find(|e| {
            prop(e, "SUMMARY").is_some_and(|s| s.starts_with("Deadline: Coördinator welzijn"))
        })
        .expect("Heerde deadline");
    assert_eq!(prop(heerde, "DTSTART").as_deref(), Some("20251125T080000Z"));
    // all-day dates end the next day
    let start = by_uid("30662-start-0@tenderdesk");
    assert_eq!(prop(start, "DTSTART").as_deref(), Some("20260801"));
    assert_eq!(prop(start, "DTEND").as_deref(), Some("20260802"));
    let week = by_uid("28590-interview-week-0@tenderdesk");
    assert_eq!(prop(week, "DTSTART").as_deref(), Some("20260330"));
    // UIDs are unique and stable across exports
    let uids: Vec<String> = events.iter().filter_map(|e| prop(e, "UID")).collect();
    let mut sorted = uids.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), uids.len(), "unique UIDs");
    let again = ok(&td(&db, &["export", "--format", "ics", "--all"]));
    let uids_again: Vec<&str> = again
        .lines()
        .filter(|l| l.starts_with("UID:") && l.ends_with("@tenderdesk"))
        .collect();
    let uids_first: Vec<&str> = ics
        .lines()
        .filter(|l| l.starts_with("UID:") && l.ends_with("@tenderdesk"))
        .collect();
    assert_eq!(uids_first, uids_again);
    // --stage narrows the calendar
    ok(&td(&db, &["stage", "30828", "applied"]));
    let applied = ok(&td(
        &db,
        &["export", "--format", "ics", "--all", "--stage", "applied"],
    ));
    assert!(applied.contains("UID:30828-deadline-0@tenderdesk") && !applied.contains("UID:30662"));
}

#[test]
fn assessment_scores_and_survives_reimport() {
    let (dir, db) = setup();
    ok(&td(&db, &["profile", "--rate", "105", "--hours", "32"]));
    let out = ok(&td(
        &db,
        &[
            "assess", "28590", "--ko", "1=met", "--award", "5=met", "--award", "6=partly",
        ],
    ));
    assert!(out.contains("expected score 35 of 100"), "{out}");
    ok(&td(&db, &["profile", "--rate", "131"]));
    let out = ok(&td(&db, &["assess", "28590"]));
    assert!(
        out.contains("KNOCK-OUT FAIL") && out.contains("€ 130,-"),
        "{out}"
    );

    // re-import an edited posting: same number, criterion 5 reworded
    let text =
        std::fs::read_to_string(samples().join("hilversum-28590-adviseur-integraal-werken.txt"))
            .unwrap();
    let edited = dir.path().join("28590-edited.txt");
    std::fs::write(
        &edited,
        text.replace("Minimaal 7 jaar aantoonbare", "Minimaal 8 jaar aantoonbare"),
    )
    .unwrap();
    let out = ok(&td(&db, &["import", edited.to_str().unwrap()]));
    assert!(out.contains("updated 1"), "{out}");
    let out = ok(&td(&db, &["assess", "28590"]));
    assert!(out.contains("✓ 1."), "the knock-out answer is kept: {out}");
    assert!(
        out.contains("✓ 5.") && out.contains("text changed: look again"),
        "{out}"
    );
    assert!(out.contains("½ 6."), "{out}");
}

#[test]
fn dba_and_bad_answers() {
    let (_dir, db) = setup();
    ok(&td(&db, &["profile", "--bidder", "zzp"]));
    let heerde = ok(&td(&db, &["list", "--json"]));
    let id = serde_json::from_str::<serde_json::Value>(&heerde)
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["posting"]["organisation"] == "Heerde")
        .map(|r| r["id"].as_str().unwrap().to_string())
        .expect("heerde id");
    let out = ok(&td(&db, &["assess", &id]));
    assert!(out.contains("Not open to you"), "{out}");
    for bad in [
        vec!["assess", "28590", "--ko", "99=met"],
        vec!["assess", "28590", "--award", "5=maybe"],
        vec!["assess", "nope"],
        vec!["profile", "--vog-date", "yesterday"],
    ] {
        let out = td(&db, &bad);
        assert_eq!(out.status.code(), Some(1), "{bad:?}");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr).lines().count(),
            1,
            "{bad:?}: one line"
        );
    }
}
