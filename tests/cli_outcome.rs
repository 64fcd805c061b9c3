//! Issue 15, outcomes: `tenderdesk outcome` through the binary on a real
//! database file: the stage it moves, `show`, `show --json`, the exports,
//! undo, values refused whole, and a bid without news flagged in `list`,
//! `show` and the agenda.

use assert_cmd::Command;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

const SAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/postings");

fn td(db: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_tenderdesk"));
    c.arg("--db").arg(db).env_remove("TENDERDESK_DB");
    c
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

fn show(db: &Path, id: &str) -> Value {
    serde_json::from_str(&out(db, &["show", id, "--json"])).unwrap()
}

/// The five samples imported; 30828 (deadline 2026-07-06) applied.
fn setup() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    out(&db, &["import", SAMPLES]);
    out(&db, &["stage", "30828", "applied"]);
    (dir, db)
}

#[test]
fn a_lost_bid_is_recorded_whole_moves_the_stage_and_shows_everywhere() {
    let (_d, db) = setup();
    let printed = out(
        &db,
        &[
            "outcome",
            "30828",
            "--result",
            "lost",
            "--points",
            "71.5",
            "--criterion-points",
            "6=20",
            "--rank",
            "3",
            "--of",
            "7",
            "--awarded-rate",
            "92.50",
            "--reason",
            "tarief te hoog",
            "--date",
            "2026-07-20",
        ],
    );
    assert!(
        printed.starts_with(
            "30828: lost, 2026-07-20, 71.5 points, rank 3 of 7, awarded at € 92,50\nstage: applied -> rejected\n"
        ),
        "{printed}"
    );
    let v = show(&db, "30828");
    assert_eq!(v["record"]["stage"], "rejected");
    let o = &v["outcome"];
    assert_eq!(o["result"], "lost");
    assert_eq!(o["date"], "2026-07-20");
    assert_eq!(o["points"], 71.5);
    assert_eq!(o["criterion_points"]["6"], 20.0);
    assert_eq!(o["rank"], 3);
    assert_eq!(o["candidates"], 7);
    assert_eq!(o["awarded_rate"], 92.5);
    assert_eq!(o["reason"], "tarief te hoog");
    let h = v["history"].as_array().unwrap();
    assert_eq!(h.last().unwrap()["note"], "outcome: lost");
    let text = out(&db, &["show", "30828"]);
    assert!(text.contains("outcome: lost, 2026-07-20, 71.5 points, rank 3 of 7"));
    assert!(text.contains("  criterion 6: 20 points\n  reason: tarief te hoog\n"));
    // the CSV and the JSON export carry it
    let csv = out(&db, &["export", "--format", "csv"]);
    let mut lines = csv.trim_start_matches('\u{feff}').lines();
    let head: Vec<&str> = lines.next().unwrap().split(';').collect();
    let row: Vec<&str> = lines
        .find(|l| l.starts_with("30828;"))
        .unwrap()
        .split(';')
        .collect();
    let col = |n: &str| row[head.iter().position(|h| *h == n).unwrap()];
    assert_eq!(col("outcome"), "lost");
    assert_eq!(col("outcome_date"), "2026-07-20");
    assert_eq!(col("points_received"), "71,5");
    assert_eq!(col("rank"), "3");
    assert_eq!(col("candidates"), "7");
    assert_eq!(col("awarded_rate_eur"), "92,50");
    assert_eq!(col("outcome_reason"), "tarief te hoog");
    let json: Vec<Value> =
        serde_json::from_str(&out(&db, &["export", "--format", "json"])).unwrap();
    let e = json.iter().find(|r| r["id"] == "30828").unwrap();
    assert_eq!(e["outcome"]["result"], "lost");
    assert!(json.iter().any(|r| r["outcome"].is_null()));
}

#[test]
fn undo_takes_back_the_outcome_and_its_stage_change_together() {
    let (_d, db) = setup();
    out(&db, &["outcome", "30828", "--result", "waiting"]);
    out(
        &db,
        &[
            "outcome",
            "30828",
            "--result",
            "won",
            "--points",
            "88",
            "--date",
            "2026-07-21",
        ],
    );
    let v = show(&db, "30828");
    assert_eq!(v["record"]["stage"], "awarded");
    assert_eq!(v["outcome"]["result"], "won");
    let undone = out(&db, &["undo", "30828"]);
    assert!(
        undone.starts_with(
            "30828: undid the outcome (back to waiting room (wachtkamer)) and the stage change waiting_room → awarded; now waiting_room"
        ),
        "{undone}"
    );
    let v = show(&db, "30828");
    assert_eq!(v["record"]["stage"], "waiting_room");
    assert_eq!(v["outcome"]["result"], "waiting");
    out(&db, &["undo", "30828"]);
    let v = show(&db, "30828");
    assert_eq!(v["record"]["stage"], "applied");
    assert!(v["outcome"].is_null());
    let words: Vec<&str> = v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["what"].as_str().unwrap())
        .collect();
    assert!(
        words.contains(&"outcome: won (gunning), 2026-07-21, 88 points"),
        "{words:?}"
    );
}

#[test]
fn a_result_already_in_its_stage_adds_no_stage_change() {
    let (_d, db) = setup();
    out(&db, &["stage", "30828", "awarded"]);
    let printed = out(&db, &["outcome", "30828", "--result", "won"]);
    assert!(!printed.contains("stage:"), "{printed}");
    let v = show(&db, "30828");
    assert_eq!(v["history"].as_array().unwrap().len(), 2);
    // no response moves nothing
    out(&db, &["outcome", "30662", "--result", "no-response"]);
    assert_eq!(show(&db, "30662")["record"]["stage"], "open");
}

#[test]
fn bad_values_are_one_line_naming_the_flag_and_store_nothing() {
    let (_d, db) = setup();
    let before = show(&db, "30828");
    for (args, flag) in [
        (vec!["--result", "gewonnen?"], "--result"),
        (vec!["--result", "won", "--points", "veel"], "--points"),
        (vec!["--result", "won", "--points=-3"], "--points"),
        (vec!["--result", "won", "--rank", "0"], "--rank"),
        (
            vec!["--result", "won", "--rank", "8", "--of", "7"],
            "--rank 8",
        ),
        (vec!["--result", "won", "--of", "zeven"], "--of"),
        (
            vec!["--result", "won", "--awarded-rate", "€"],
            "--awarded-rate",
        ),
        (vec!["--result", "won", "--date", "20-07-2026"], "--date"),
        (
            vec!["--result", "won", "--criterion-points", "3=10"],
            "--criterion-points",
        ),
    ] {
        let mut all = vec!["outcome", "30828"];
        all.extend(args);
        let err = fails(&db, &all);
        assert!(
            err.starts_with(&format!("tenderdesk: {flag}")),
            "{all:?}: {err}"
        );
    }
    let err = fails(&db, &["outcome", "nope", "--result", "won"]);
    assert!(err.contains("unknown posting id 'nope'"), "{err}");
    assert_eq!(show(&db, "30828"), before);
}

#[test]
fn hostile_reason_text_is_cleaned_when_printed() {
    let (_d, db) = setup();
    out(
        &db,
        &[
            "outcome",
            "30828",
            "--result",
            "lost",
            "--reason",
            "te duur\u{1b}[2J\u{202e}x",
        ],
    );
    let text = out(&db, &["show", "30828"]);
    assert!(!text.contains('\u{1b}') && !text.contains('\u{202e}'));
    assert!(text.contains("reason: te duur"));
}

#[test]
fn a_bid_without_news_is_flagged_and_followed_up_until_it_has_an_outcome() {
    let (_d, db) = setup();
    // 30828's deadline (2026-07-06) is long past
    let list = out(&db, &["list"]);
    let row = list.lines().find(|l| l.starts_with("30828")).unwrap();
    assert!(row.ends_with("applied · no response yet"), "{row}");
    let rows: Vec<Value> = serde_json::from_str(&out(&db, &["list", "--json"])).unwrap();
    let flagged: Vec<&str> = rows
        .iter()
        .filter(|r| r["no_response_yet"] == true)
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(flagged, ["30828"]);
    assert!(
        out(&db, &["show", "30828"])
            .contains("no response yet: no news since the deadline (follow up from 2026-07-20;")
    );
    assert_eq!(show(&db, "30828")["no_response_yet"], true);
    let agenda = out(&db, &["agenda"]);
    assert!(
        agenda.contains("Mon 20 Jul 2026        follow up (no news) 30828"),
        "{agenda}"
    );
    // the profile's days move the follow-up
    out(&db, &["profile", "--no-response-days", "30"]);
    assert!(out(&db, &["agenda"]).contains("Wed 05 Aug 2026        follow up (no news) 30828"));
    assert!(fails(&db, &["profile", "--no-response-days", "0"]).contains("--no-response-days"));
    // news ends it
    out(&db, &["outcome", "30828", "--result", "no-response"]);
    assert!(!out(&db, &["list"]).contains("no response yet"));
    assert!(!out(&db, &["agenda"]).contains("follow up"));
    assert_eq!(show(&db, "30828")["no_response_yet"], false);
}

#[test]
fn the_expected_score_and_rate_are_kept_with_the_outcome_once_every_criterion_is_judged() {
    let (_d, db) = setup();
    out(&db, &["profile", "--rate", "95"]);
    // a criterion left unjudged: no expected score (it would be a guess)
    out(&db, &["assess", "30828", "--award", "6=met"]);
    out(&db, &["outcome", "30828", "--result", "waiting"]);
    let o = &show(&db, "30828")["outcome"];
    assert_eq!(
        (&o["expected_score"], &o["bid_rate"]),
        (&Value::Null, &json!(95.0))
    );
    // 25 + 15 + 0 + 15, and 20 for the rate (€ 95 under the € 110 maximum)
    out(
        &db,
        &[
            "assess",
            "30828",
            "--award",
            "7=met",
            "--award",
            "8=not_met",
            "--award",
            "9=met",
        ],
    );
    let printed = out(
        &db,
        &["outcome", "30828", "--result", "lost", "--points", "70"],
    );
    assert!(
        printed.ends_with("expected score at the time: 75\n"),
        "{printed}"
    );
    assert_eq!(show(&db, "30828")["outcome"]["expected_score"], 75.0);
}

#[test]
fn show_json_gives_the_status_the_list_and_detail_show() {
    let (_d, db) = setup();
    // 30662 is open and its deadline has passed: the screen says "expired"
    let open = show(&db, "30662");
    assert_eq!(open["record"]["stage"], "open");
    assert_eq!(open["status"], "expired");
    let applied = show(&db, "30828");
    assert_eq!(applied["record"]["stage"], "applied");
    assert_eq!(applied["status"], "applied");
}
