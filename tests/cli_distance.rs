//! Issue 15, a distance per posting: `tenderdesk edit ID --distance-km N`
//! through the binary on a real store. The distance is a field set by hand
//! (marked, kept over a re-import, in the journal, undone by `undo`) and
//! the net counts travel with it instead of the profile's distance.
//!
//! Worked by hand for 30828 (20-28 hours → 28, "geen fee", VOG asked, 26
//! weeks): profile € 95 an hour, € 0,23 per km over 10 km one way.
//! - profile's distance: 10 × 2 × 0,23 = € 4,60 a day, 4 days (28 h ÷ 8,
//!   rounded up) = € 18,40 a week ÷ 28 h = € 0,657 → € 0,66 an hour
//! - set to 50 km: 50 × 2 × 0,23 = € 23 a day × 4 = € 92 a week ÷ 28 =
//!   € 3,2857 → € 3,29 an hour
//! - VOG € 41,35 over 26 × 28 = 728 hours = € 0,0568 an hour
//! - net at 50 km: 95 − 3,2857 − 0,0568 = € 91,6575 → € 91,66
//! - set to 0 km: no travel: 95 − 0,0568 = € 94,94

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

const SAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/postings");

fn run(db: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_tenderdesk"))
        .arg("--db")
        .arg(db)
        .env_remove("TENDERDESK_DB")
        .args(args)
        .output()
        .unwrap()
}

fn out(db: &Path, args: &[&str]) -> String {
    let o = run(db, args);
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

fn show(db: &Path, id: &str) -> Value {
    serde_json::from_str(&out(db, &["show", id, "--json"])).unwrap()
}

#[test]
fn a_distance_set_by_hand_is_used_by_the_net_kept_and_undone() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    out(&db, &["import", SAMPLES]);
    out(
        &db,
        &[
            "profile",
            "--rate",
            "95",
            "--travel-per-km",
            "0.23",
            "--distance-km",
            "10",
        ],
    );
    let v = show(&db, "30828");
    assert_eq!(v["record"]["posting"].get("distance_km"), None);
    assert_eq!(v["net"]["travel_per_hour"], 0.66);

    let said = out(&db, &["edit", "30828", "--distance-km", "50"]);
    assert!(said.contains("distance_km changed, set by hand"), "{said}");
    let v = show(&db, "30828");
    assert_eq!(v["record"]["posting"]["distance_km"], 50);
    assert_eq!(v["hand_set"], serde_json::json!(["distance_km"]));
    assert_eq!(v["net"]["travel_per_hour"], 3.29);
    assert_eq!(v["net"]["net_per_hour"], 91.66);
    let notes = v["net"]["notes"].to_string();
    assert!(
        notes.contains("50 km one way set for this posting"),
        "{notes}"
    );
    let assess = out(&db, &["assess", "30828"]);
    assert!(
        assess.contains("  travel          € 3,29 an hour\n"),
        "{assess}"
    );
    assert!(assess.contains("(50 km one way set for this posting)"));
    // the other postings keep the profile's distance
    assert_eq!(
        show(&db, "28590")["record"]["posting"].get("distance_km"),
        None
    );

    // a bad value names the flag and stores nothing
    let o = run(&db, &["edit", "30828", "--distance-km", "far"]);
    assert!(!o.status.success());
    assert_eq!(
        String::from_utf8_lossy(&o.stderr).trim(),
        "tenderdesk: --distance-km: 'far' is not a whole number of km; expected km one way such as 35 (0: no travel)"
    );
    assert_eq!(show(&db, "30828")["record"]["posting"]["distance_km"], 50);

    // a re-import of the posting keeps the distance set by hand
    let changed = dir.path().join("30828.txt");
    let text = std::fs::read_to_string(
        Path::new(SAMPLES).join("hilversum-30828-coordinator-vluchtelingenopvang.txt"),
    )
    .unwrap();
    std::fs::write(&changed, text.replace("28 uur", "32 uur")).unwrap();
    out(&db, &["import", changed.to_str().unwrap()]);
    let v = show(&db, "30828");
    assert_eq!(v["record"]["posting"]["distance_km"], 50);
    assert_eq!(v["record"]["posting"]["hours_max"], 32);

    // 0 km: no travel at all
    out(&db, &["edit", "30828", "--distance-km", "0"]);
    let v = show(&db, "30828");
    assert_eq!(v["net"]["travel_per_hour"], 0.0);
    // undo puts back 50 km (an import is not a change to undo), a second
    // undo no distance: the profile's again
    let said = out(&db, &["undo", "30828"]);
    assert!(said.contains("undid the edit of distance_km"), "{said}");
    assert_eq!(show(&db, "30828")["record"]["posting"]["distance_km"], 50);
    out(&db, &["undo", "30828"]);
    let v = show(&db, "30828");
    assert_eq!(v["record"]["posting"].get("distance_km"), None);
    assert_eq!(v["hand_set"], serde_json::json!([]));
}
