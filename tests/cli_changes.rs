//! Issue 15, "What changed": a sample imported, then an edited copy of it
//! (the deadline moved earlier, a knock-out reworded, points changed)
//! imported through the binary into the real store. Every version is kept,
//! `import` says `changed 1` and shouts about the deadline, the list marks
//! the posting until it is opened, `changes` and `show --json` give the
//! per-field diff.

use serde_json::Value;
use std::path::Path;
use std::process::Command;

const SAMPLE: &str = "data/postings/hilversum-30828-coordinator-vluchtelingenopvang.txt";

fn td(db: &Path, args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tenderdesk"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn ok(db: &Path, args: &[&str]) -> String {
    let (success, out, err) = td(db, args);
    assert!(success, "{args:?}: {err}");
    out
}

fn json(db: &Path, args: &[&str]) -> Value {
    serde_json::from_str(&ok(db, args)).unwrap()
}

/// The sample with its deadline a year on (so it has not passed), and the
/// edited copy: deadline four days earlier, knock-out 2 reworded, award 6
/// worth 30 instead of 25 points.
fn versions(dir: &Path) -> (String, String) {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE))
        .unwrap()
        .replace("maandag 6 juli 2026", "dinsdag 6 juli 2027");
    let edited = text
        .replace("dinsdag 6 juli 2027", "vrijdag 2 juli 2027")
        .replace(
            "2. Aantoonbare werkervaring met bestuurlijke advisering",
            "2. Minimaal 3 jaar aantoonbare werkervaring met bestuurlijke advisering",
        )
        .replacen("(25 punten)", "(30 punten)", 1);
    assert_ne!(text, edited, "the sample no longer has the edited phrases");
    let (a, b) = (dir.join("a.txt"), dir.join("b.txt"));
    std::fs::write(&a, text).unwrap();
    std::fs::write(&b, edited).unwrap();
    (a.display().to_string(), b.display().to_string())
}

fn row<'a>(list: &'a Value, id: &str) -> &'a Value {
    list.as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("{id} not listed"))
}

#[test]
fn a_reimport_with_an_earlier_deadline_is_kept_shown_and_shouted() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let (a, b) = versions(dir.path());
    let first = ok(&db, &["import", &a]);
    assert!(
        first.starts_with("added 1, updated 0, changed 0, unchanged 0, failed 0"),
        "{first}"
    );
    ok(&db, &["stage", "30828", "applied"]);

    let second = ok(&db, &["import", &b]);
    assert!(
        second.starts_with("added 0, updated 1, changed 1, unchanged 0, failed 0"),
        "{second}"
    );
    assert!(
        second.contains(
            "!! DEADLINE MOVED EARLIER: 30828 now closes 2027-07-02 09:00 (was 2027-07-06 09:00)"
        ),
        "{second}"
    );
    // the same text again changes nothing more
    assert!(ok(&db, &["import", &b]).starts_with("added 0, updated 0, changed 0, unchanged 1"));

    // the list marks it, loudest, until it is opened; the stage is kept
    let list = json(&db, &["list", "--json"]);
    assert_eq!(row(&list, "30828")["changed"], "deadline_earlier");
    assert_eq!(row(&list, "30828")["stage"], "applied");
    assert!(ok(&db, &["list"]).contains("Δ! DEADLINE MOVED EARLIER"));

    // the per-field diff, in `changes --json` and `show --json`
    let changes = json(&db, &["changes", "--json", "30828"]);
    let fields: Vec<String> = changes[0]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        fields,
        ["deadline", "knockout 2", "award 6", "award 6 points"]
    );
    assert_eq!(changes[0]["deadline_earlier"], true);
    assert_eq!(changes[0]["seen"], false);
    let shown = json(&db, &["show", "--json", "30828"]);
    let import: Vec<&Value> = shown["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "import")
        .collect();
    assert_eq!(import.len(), 1);
    assert_eq!(import[0]["fields"][0]["old"], "2027-07-06 09:00");
    assert_eq!(import[0]["fields"][0]["new"], "2027-07-02 09:00");
    assert_eq!(
        import[0]["fields"][3],
        serde_json::json!({"field": "award 6 points", "old": "25", "new": "30"})
    );
    let ko = &import[0]["fields"][1];
    assert_eq!(
        ko["words"][0],
        serde_json::json!({"how": "removed", "text": "Aantoonbare"})
    );
    assert_eq!(
        ko["words"][1],
        serde_json::json!({"how": "added", "text": "Minimaal 3 jaar aantoonbare"})
    );
    // the stage change and the re-import are both in the one list of changes
    assert_eq!(shown["changes"].as_array().unwrap().len(), 2);

    // the text of every change, then the posting is seen: the mark goes
    let one = ok(&db, &["changes", "30828"]);
    assert!(
        one.contains("re-import (new): !! DEADLINE MOVED EARLIER"),
        "{one}"
    );
    assert!(
        one.contains("  deadline: 2027-07-06 09:00 → 2027-07-02 09:00"),
        "{one}"
    );
    assert!(
        one.contains("  knockout 2: [-Aantoonbare-]{+Minimaal 3 jaar aantoonbare+} werkervaring"),
        "{one}"
    );
    let list = json(&db, &["list", "--json"]);
    assert!(row(&list, "30828").get("changed").is_none(), "{list}");
    assert_eq!(json(&db, &["changes", "--json"])[0]["seen"], true);
    // `show` still says the deadline moved earlier, as long as it lies ahead
    assert!(ok(&db, &["show", "30828"]).contains("!! DEADLINE MOVED EARLIER"));
}

#[test]
fn show_marks_the_changes_seen_and_a_later_deadline_is_only_a_change() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let (a, b) = versions(dir.path());
    ok(&db, &["import", &b]);
    // from the earlier deadline to the later: changed, not loud
    let out = ok(&db, &["import", &a]);
    assert!(out.contains("changed 1"), "{out}");
    assert!(!out.contains("DEADLINE MOVED EARLIER"), "{out}");
    assert_eq!(
        row(&json(&db, &["list", "--json"]), "30828")["changed"],
        "changed"
    );
    let shown = ok(&db, &["show", "30828"]);
    assert!(shown.contains("Δ changed on re-import"), "{shown}");
    assert!(
        shown.contains("      deadline: 2027-07-02 09:00 → 2027-07-06 09:00"),
        "{shown}"
    );
    assert!(
        row(&json(&db, &["list", "--json"]), "30828")
            .get("changed")
            .is_none()
    );
    assert_eq!(
        ok(&db, &["changes"]).lines().count(),
        2,
        "one change and the key"
    );
}

#[test]
fn a_deadline_set_by_hand_stays_and_the_import_s_move_is_still_reported() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let (a, b) = versions(dir.path());
    ok(&db, &["import", &a]);
    ok(&db, &["edit", "30828", "--deadline", "2027-07-05 12:00"]);
    let out = ok(&db, &["import", &b]);
    assert!(
        out.contains(
            "!! DEADLINE MOVED EARLIER: 30828 now closes 2027-07-02 09:00 (was 2027-07-06 09:00)"
        ),
        "{out}"
    );
    let shown = json(&db, &["show", "--json", "30828"]);
    // the user's value is kept; the import's is beside it
    assert_eq!(shown["reimported"]["deadline"], "2027-07-02 09:00");
    assert!(
        shown["record"]["posting"]["deadline"]
            .as_str()
            .unwrap()
            .starts_with("2027-07-05T12:00"),
        "{}",
        shown["record"]["posting"]["deadline"]
    );
}

#[test]
fn changes_of_an_unknown_posting_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let (success, _, err) = td(&db, &["changes", "nope"]);
    assert!(!success);
    assert!(err.contains("nope"), "{err}");
    assert_eq!(
        ok(&db, &["changes"]).trim(),
        "no re-import has changed a posting"
    );
}

#[test]
fn a_deadline_moved_back_later_is_no_longer_shouted() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let (a, b) = versions(dir.path());
    ok(&db, &["import", &a]);
    ok(&db, &["import", &b]);
    assert!(ok(&db, &["show", "30828"]).contains("!! DEADLINE MOVED EARLIER"));
    let out = ok(&db, &["import", &a]);
    assert!(!out.contains("DEADLINE MOVED EARLIER"), "{out}");
    let shown = ok(&db, &["show", "30828"]);
    assert!(!shown.contains("!! DEADLINE MOVED EARLIER"), "{shown}");
    // both versions before this one are kept
    assert_eq!(
        json(&db, &["changes", "--json", "30828"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    // `show` opened it: seen
    assert_eq!(
        row(&json(&db, &["list", "--json"]), "30828").get("changed"),
        None
    );
    // unseen, moved earlier and back: marked changed, not loud
    ok(&db, &["import", &b]);
    ok(&db, &["import", &a]);
    assert_eq!(
        row(&json(&db, &["list", "--json"]), "30828")["changed"],
        "changed"
    );
}

#[test]
fn a_moved_deadline_that_has_passed_is_not_shouted_whatever_the_stage() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE);
    let text = std::fs::read_to_string(&sample).unwrap();
    let earlier = dir.path().join("earlier.txt");
    std::fs::write(
        &earlier,
        text.replace("maandag 6 juli 2026", "vrijdag 3 juli 2026"),
    )
    .unwrap();
    ok(&db, &["import", &sample.display().to_string()]);
    ok(&db, &["stage", "30828", "applied"]);
    let out = ok(&db, &["import", &earlier.display().to_string()]);
    assert!(out.contains("changed 1"), "{out}");
    // July 2026 has passed: an applied posting's old news is no alarm
    let shown = ok(&db, &["show", "30828"]);
    assert!(!shown.contains("!! DEADLINE MOVED EARLIER"), "{shown}");
}
