//! Adding, correcting, archiving and undoing by hand through the binary,
//! on a real database file (issue 13; issue 14 item 1).

use assert_cmd::Command;
use std::path::{Path, PathBuf};

const SAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/postings");

fn td(db: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_tenderdesk"));
    c.arg("--db").arg(db).env_remove("TENDERDESK_DB");
    c
}

fn setup() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    (dir, db)
}

fn out(db: &Path, args: &[&str]) -> String {
    let o = td(db).args(args).output().unwrap();
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

fn fails(db: &Path, args: &[&str]) -> String {
    let o = td(db).args(args).output().unwrap();
    assert_eq!(o.status.code(), Some(1), "{args:?}");
    let err = String::from_utf8(o.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    err
}

fn show(db: &Path, id: &str) -> serde_json::Value {
    serde_json::from_str(&out(db, &["show", id, "--json"])).unwrap()
}

fn ids(db: &Path, extra: &[&str]) -> Vec<String> {
    let mut args = vec!["list", "--json"];
    args.extend(extra);
    let v: Vec<serde_json::Value> = serde_json::from_str(&out(db, &args)).unwrap();
    v.iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn add_prints_the_id_and_every_field_is_marked_set_by_hand() {
    let (_d, db) = setup();
    let id = out(
        &db,
        &[
            "add",
            "--title",
            "Beleidsadviseur Wonen",
            "--organisation",
            "Utrecht",
            "--region",
            "Utrecht",
            "--deadline",
            "2027-03-01 12:00",
            "--start",
            "2027-04-01",
            "--hours",
            "24-32",
            "--max-rate",
            "95",
            "--scale",
            "10",
            "--url",
            "https://example.nl/opdracht/1",
        ],
    );
    assert_eq!(id, "p1\n");
    let d = show(&db, "p1");
    let p = &d["record"]["posting"];
    assert_eq!(p["deadline"], "2027-03-01T12:00:00+01:00");
    assert_eq!(p["hours_min"], 24);
    assert_eq!(p["max_rate_eur"], 95.0);
    assert_eq!(p["url"], "https://example.nl/opdracht/1");
    assert_eq!(d["hand_set"].as_array().unwrap().len(), 9);
    assert_eq!(ids(&db, &[]), ["p1"]);
    let text = out(&db, &["show", "p1"]);
    assert!(text.contains("  ✎ deadline: 2027-03-01 12:00\n"), "{text}");
}

#[test]
fn bad_values_name_the_flag_and_the_form_and_store_nothing() {
    let (_d, db) = setup();
    let err = fails(&db, &["add", "--title", "T", "--deadline", "31-02-2027"]);
    assert_eq!(
        err,
        "tenderdesk: --deadline: no 31 February; expected YYYY-MM-DD HH:MM\n"
    );
    let err = fails(&db, &["add", "--organisation", "Utrecht"]);
    assert!(err.contains("--title: a posting needs a title"), "{err}");
    let err = fails(&db, &["add", "--title", "T", "--hours", "32-24"]);
    assert!(err.contains("--hours: 32 is more than 24"), "{err}");
    assert!(ids(&db, &[]).is_empty());
    // no flags and no terminal: a clear refusal, not a hanging editor
    let err = fails(&db, &["add"]);
    assert!(
        err.contains("needs field flags when not run on a terminal"),
        "{err}"
    );
    out(&db, &["add", "--title", "T"]);
    let err = fails(&db, &["edit", "p1", "--max-rate", "lots"]);
    assert!(err.contains("--max-rate: 'lots' is not an amount"), "{err}");
    let err = fails(&db, &["edit", "p1"]);
    assert!(err.contains("needs field flags"), "{err}");
    assert_eq!(show(&db, "p1")["hand_set"], serde_json::json!(["title"]));
}

#[test]
fn an_edit_survives_a_reimport_with_the_import_shown_beside_it() {
    let (_d, db) = setup();
    out(&db, &["import", SAMPLES]);
    out(&db, &["stage", "30828", "applied"]);
    let said = out(
        &db,
        &[
            "edit",
            "30828",
            "--deadline",
            "2026-07-08 12:00",
            "--hours",
            "24",
        ],
    );
    assert_eq!(
        said,
        "30828: deadline, hours changed, set by hand (tenderdesk undo 30828 reverts it)\n"
    );
    out(&db, &["import", SAMPLES]);
    let d = show(&db, "30828");
    assert_eq!(
        d["record"]["posting"]["deadline"],
        "2026-07-08T12:00:00+02:00"
    );
    assert_eq!(d["hand_set"], serde_json::json!(["deadline", "hours"]));
    assert_eq!(d["reimported"]["deadline"], "2026-07-06 09:00");
    assert_eq!(d["reimported"]["hours"], "20-28");
    assert_eq!(d["record"]["stage"], "applied");
    let text = out(&db, &["show", "30828"]);
    assert!(
        text.contains("  ✎ deadline: 2026-07-08 12:00  (import says: 2026-07-06 09:00)\n"),
        "{text}"
    );
    assert!(text.contains("hours_min: 24  ✎\n"), "{text}");
    // the posting's own undo takes the edit back, then the stage
    let u = out(&db, &["undo", "30828"]);
    assert!(
        u.starts_with("30828: undid the edit of deadline, hours; now applied ("),
        "{u}"
    );
    let d = show(&db, "30828");
    assert_eq!(d["hand_set"], serde_json::json!([]));
    assert_eq!(
        d["record"]["posting"]["deadline"],
        "2026-07-06T09:00:00+02:00"
    );
    let u = out(&db, &["undo", "30828"]);
    assert!(
        u.starts_with("30828: undid stage change open → applied; now open"),
        "{u}"
    );
    assert_eq!(out(&db, &["undo", "30828"]), "30828: nothing to undo\n");
    let kinds: Vec<String> = show(&db, "30828")["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| format!("{} {}", c["what"].as_str().unwrap(), c["undone"]))
        .collect();
    assert_eq!(
        kinds,
        [
            "stage open → applied true",
            "set by hand: deadline, hours true",
            "undo of: set by hand: deadline, hours false",
            "undo of: stage open → applied false",
        ]
    );
}

#[test]
fn delete_archives_restore_brings_back_and_purge_asks() {
    let (_d, db) = setup();
    out(&db, &["import", SAMPLES]);
    assert_eq!(
        out(&db, &["delete", "30828"]),
        "30828 moved to the archive (tenderdesk restore 30828 brings it back)\n"
    );
    assert!(!ids(&db, &[]).contains(&"30828".to_string()));
    assert_eq!(ids(&db, &["--archived"]), ["30828"]);
    assert!(!out(&db, &["agenda"]).contains("30828"));
    assert!(out(&db, &["show", "30828"]).contains("in the archive since"));
    let err = fails(&db, &["delete", "30828"]);
    assert!(err.contains("already in the archive"), "{err}");
    assert_eq!(
        out(&db, &["restore", "30828"]),
        "30828 is back from the archive\n"
    );
    assert!(ids(&db, &[]).contains(&"30828".to_string()));
    let u = out(&db, &["undo"]);
    assert!(
        u.starts_with("30828: undid restoring it from the archive; now open, in the archive"),
        "{u}"
    );
    // purge: refused without a terminal or --yes, then gone for good
    let err = fails(&db, &["delete", "30828", "--purge"]);
    assert!(err.contains("add --yes to confirm"), "{err}");
    assert_eq!(ids(&db, &["--archived"]), ["30828"]);
    assert_eq!(
        out(&db, &["delete", "30828", "--purge", "--yes"]),
        "30828 removed for good\n"
    );
    assert!(ids(&db, &["--archived"]).is_empty());
    let err = fails(&db, &["show", "30828"]);
    assert!(err.contains("unknown posting id"), "{err}");
}

#[test]
fn a_posting_republished_elsewhere_is_one_and_a_later_round_is_two() {
    let (d, db) = setup();
    let text = |url: &str, deadline: &str| {
        format!(
            "# source: {url}\n# Adviseur Wonen\n\nOrganisatie: Gemeente Utrecht\nSluitingsdatum: {deadline}\nUren per week: 32\n\nEisen\n1. HBO werk- en denkniveau\n"
        )
    };
    let write = |name: &str, body: String| {
        let p = d.path().join(name);
        std::fs::write(&p, body).unwrap();
        p.to_string_lossy().into_owned()
    };
    let a = write(
        "a.txt",
        text("https://example.nl/opdracht/77", "1 maart 2027 12:00"),
    );
    let first = out(&db, &["import", &a]);
    assert!(first.starts_with("added 1,"), "{first}");
    let n = ids(&db, &[]).len();
    // the deadline moved two weeks: the same posting, updated
    let b = write(
        "b.txt",
        text("https://example.nl/opdracht/77", "15 maart 2027 12:00"),
    );
    let again = out(&db, &["import", &b]);
    assert!(again.starts_with("added 0, updated 1,"), "{again}");
    assert_eq!(ids(&db, &[]).len(), n);
    // a year on, without the address: a new round of the job, both kept
    let c = write(
        "c.txt",
        text("https://example.nl/opdracht/912", "1 maart 2028 12:00"),
    );
    let round = out(&db, &["import", &c]);
    assert!(round.starts_with("added 1,"), "{round}");
    assert!(round.contains("a new round of"), "{round}");
    assert_eq!(ids(&db, &[]).len(), n + 1);
}

/// A posting is named by its aanvraagnummer as the posting writes it, with
/// the slashes its id leaves out; text that names no id is refused.
#[test]
fn a_number_with_slashes_names_its_posting() {
    let (_dir, db) = setup();
    let scan = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/unseen18/13_scan_vlissingen_teamleider_publiekszaken_ocr.txt"
    );
    out(&db, &["import", scan]);
    let shown = show(&db, "VLI/2026/INH/0177");
    assert_eq!(shown["record"]["id"], "VLI2026INH0177", "{shown}");
    let o = td(&db).args(["show", "///"]).output().unwrap();
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("is no posting id"));
}
