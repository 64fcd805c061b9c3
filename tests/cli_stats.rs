//! Issue 15, stats: `tenderdesk stats` through the binary on a real
//! database holding a fixed set of eight bids and one posting not bid on.
//! Every figure below is worked out by hand in the comments.
//!
//! The bids (rate = your rate when the outcome was recorded; expected = the
//! expected score kept with the outcome, fixed in the file since the
//! answers behind it are not the point here; dates of the stage changes
//! fixed in the file too, since the binary writes the clock's):
//!
//! | id    | org        | region        | platform   | max   | rate | expected | result             | points |
//! |-------|------------|---------------|------------|-------|------|----------|--------------------|--------|
//! | 30828 | Hilversum  | Noord-Holland | Flextender | 110   | 95   | 85       | won                | 80     |
//! | 30662 | Hilversum  | Noord-Holland | Flextender | 77.50 | 95   | 55       | lost               | 60     |
//! | 28590 | Hilversum  | Noord-Holland | Flextender | 130   | 120  | 78       | lost               | 70     |
//! | p1    | Heerde     | Gelderland    | Flextender | -     | 95   | 80       | no response        | -      |
//! | 13995 | Nieuwegein | Utrecht       | Flextender | -     | 95   | -        | won (stage only)   | -      |
//! | h1    | Utrecht    | Utrecht       | unknown    | 100   | 95   | 70       | waiting            | -      |
//! | h2    | Utrecht    | Utrecht       | unknown    | 90    | 85   | -        | withdrawn          | -      |
//! | h3    | Amersfoort | Utrecht       | unknown    | -     | 95   | 52       | lost               | 50     |

mod cli_support;
use cli_support::{SAMPLES, out};

use assert_cmd::Command;
use serde_json::{Value, json};
use std::path::Path;

fn add(db: &Path, org: &str, max: Option<&str>) -> String {
    let mut args = vec![
        "add",
        "--title",
        "Adviseur",
        "--organisation",
        org,
        "--region",
        "Utrecht",
    ];
    if let Some(m) = max {
        args.extend(["--max-rate", m]);
    }
    out(db, &args).trim().to_string()
}

/// The eight bids of the table, and one open posting that is no bid.
fn year_of_bids(db: &Path) {
    out(db, &["import", SAMPLES]);
    let h1 = add(db, "Utrecht", Some("100"));
    let h2 = add(db, "Utrecht", Some("90"));
    let h3 = add(db, "Amersfoort", None);
    add(db, "Zeist", None); // stays open: not a bid
    for id in ["30828", "30662", "28590", "p1", "13995", &h1, &h2, &h3] {
        out(db, &["stage", id, "applied"]);
    }
    out(db, &["profile", "--rate", "95"]);
    let rec = |id: &str, rest: &[&str]| {
        let mut a = vec!["outcome", id, "--result"];
        a.extend(rest);
        out(db, &a);
    };
    rec("30828", &["won", "--points", "80"]);
    rec("30662", &["lost", "--points", "60"]);
    rec("p1", &["no-response"]);
    rec(&h1, &["waiting"]);
    rec(&h3, &["lost", "--points", "50"]);
    out(db, &["profile", "--rate", "120"]);
    rec("28590", &["lost", "--points", "70"]);
    out(db, &["profile", "--rate", "85"]);
    rec(&h2, &["withdrawn"]);
    out(db, &["profile", "--rate", "95"]); // 13995's rate: the profile's now
    out(db, &["stage", "13995", "interview"]);
    out(db, &["stage", "13995", "awarded"]);
    // an undone stage change counts for nothing
    out(db, &["stage", "13995", "passed"]);
    out(db, &["undo", "13995"]);

    let c = rusqlite::Connection::open(db).unwrap();
    for (id, e) in [
        ("30828", 85.0),
        ("30662", 55.0),
        ("28590", 78.0),
        ("p1", 80.0),
    ]
    .into_iter()
    .chain([(h1.as_str(), 70.0), (h3.as_str(), 52.0)])
    {
        c.execute(
            "UPDATE outcomes SET expected_score = ?2 WHERE posting_id = ?1",
            rusqlite::params![id, e],
        )
        .unwrap();
    }
    for (id, to, day) in [
        ("30828", "applied", "2026-03-01"),
        ("30828", "awarded", "2026-03-15"),
        ("30662", "applied", "2026-03-02"),
        ("30662", "rejected", "2026-03-12"),
        ("28590", "applied", "2026-03-03"),
        ("28590", "rejected", "2026-03-23"),
        ("p1", "applied", "2026-03-05"),
        ("13995", "applied", "2026-03-01"),
        ("13995", "interview", "2026-03-08"),
        ("13995", "awarded", "2026-03-18"),
        (&h1, "applied", "2026-04-01"),
        (&h1, "waiting_room", "2026-04-11"),
        (&h2, "applied", "2026-04-02"),
        (&h2, "withdrawn", "2026-04-05"),
        (&h3, "applied", "2026-04-03"),
        (&h3, "rejected", "2026-04-24"),
    ] {
        let n = c
            .execute(
                "UPDATE stage_history SET at = ?3 || 'T09:00:00.000000Z'
                 WHERE posting_id = ?1 AND to_stage = ?2 AND undoes IS NULL",
                rusqlite::params![id, to, day],
            )
            .unwrap();
        assert_eq!(n, 1, "{id} {to}");
    }
}

fn group(v: &Value, name: &str) -> Value {
    let g = v
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["name"] == name)
        .unwrap_or_else(|| panic!("no group {name} in {v}"));
    json!([g["bids"], g["decided"], g["won"], g["win_rate"]])
}

#[test]
fn every_figure_of_a_fixed_year_of_bids_as_worked_out_by_hand() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    year_of_bids(&db);
    let s: Value = serde_json::from_str(&out(&db, &["stats", "--json"])).unwrap();
    // 8 bids (the open Zeist posting is none); decided = 2 won + 3 lost + 1 no response
    assert_eq!(s["bids"], 8);
    assert_eq!(
        s["results"],
        json!({"won": 2, "lost": 3, "waiting": 1, "withdrawn": 1, "no_response": 1, "pending": 0})
    );
    assert_eq!((&s["decided"], &s["won"]), (&json!(6), &json!(2)));
    assert!((s["win_rate"].as_f64().unwrap() - 2.0 / 6.0).abs() < 1e-9);
    // expected score: 75-89 = 30828 W, 28590 L, p1 NR: 1 of 3
    let third = json!(1.0 / 3.0);
    let e = &s["by_expected_score"];
    assert_eq!(group(e, "75 to 89"), json!([3, 3, 1, third]));
    assert_eq!(group(e, "under 60"), json!([2, 2, 0, null])); // 30662, h3: too few
    assert_eq!(group(e, "60 to 74"), json!([1, 0, 0, null])); // h1 waiting
    assert_eq!(group(e, "not assessed"), json!([2, 1, 1, null])); // 13995 W, h2
    // platform: Flextender 5 bids, 2 won of 5 decided; the hand-added 3: 1 decided
    assert_eq!(
        group(&s["by_platform"], "Flextender"),
        json!([5, 5, 2, 0.4])
    );
    assert_eq!(group(&s["by_platform"], "unknown"), json!([3, 1, 0, null]));
    let orgs: Vec<&str> = s["by_organisation"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        orgs,
        ["Hilversum", "Utrecht", "Amersfoort", "Heerde", "Nieuwegein"]
    );
    assert_eq!(
        group(&s["by_organisation"], "Hilversum"),
        json!([3, 3, 1, third])
    );
    assert_eq!(
        group(&s["by_organisation"], "Utrecht"),
        json!([2, 0, 0, null])
    );
    assert_eq!(
        group(&s["by_region"], "Noord-Holland"),
        json!([3, 3, 1, third])
    );
    assert_eq!(group(&s["by_region"], "Utrecht"), json!([4, 2, 1, null]));
    assert_eq!(group(&s["by_region"], "Gelderland"), json!([1, 1, 0, null]));
    // rate: 95/110 = 86% (30828); 120/130 = 92%, 95/100, 85/90 = 94% (28590, h1, h2);
    // 95 over 77.50 (30662); no maximum: p1 NR, 13995 W, h3 L = 1 of 3
    let r = &s["by_rate_vs_max"];
    assert_eq!(
        group(r, "90% of the maximum or less"),
        json!([1, 1, 1, null])
    );
    assert_eq!(
        group(r, "over 90% up to the maximum"),
        json!([3, 1, 0, null])
    );
    assert_eq!(group(r, "over the maximum"), json!([1, 1, 0, null]));
    assert_eq!(group(r, "no maximum stated"), json!([3, 3, 1, third]));
    // points: (85,80) (55,60) (78,70) (52,50): differences -5 +5 -8 -2 = -10 / 4
    assert_eq!(
        s["points"],
        json!({"bids": 4, "mean_difference": -2.5, "mean_expected": 67.5, "mean_received": 65.0})
    );
    // applied: 14 10 20 7 10 3 21 days = 85 / 7; interview once (13995, 10 days)
    let days = s["stage_days"].as_array().unwrap();
    assert_eq!(days.len(), 2, "{days:?}");
    assert_eq!(days[0]["stage"], "applied");
    assert_eq!(days[0]["times"], 7);
    assert!((days[0]["mean_days"].as_f64().unwrap() - 85.0 / 7.0).abs() < 1e-9);
    assert_eq!(
        days[1],
        json!({"stage": "interview", "times": 1, "mean_days": null})
    );

    let text = out(&db, &["stats"]);
    for want in [
        "bids: 8 (won 2, lost 3, no response 1, waiting room 1, withdrawn 1, no result yet 0)\n",
        "win rate: 33% (2 of 6)\n",
        "  Flextender                     5 bids  win rate 40% (2 of 5)\n",
        "  Utrecht                        2 bids  win rate too few (0)\n",
        "  Heerde                         1 bid   win rate too few (1)\n",
        "  received 65 on average, expected 67.5: -2.5 points\n",
        "  applied        12.1 days on average (7 times)\n",
        "  interview      too few (1)\n",
    ] {
        assert!(text.contains(want), "{want:?} not in\n{text}");
    }

    // since April: h1 waiting, h2 withdrawn, h3 lost
    let s: Value =
        serde_json::from_str(&out(&db, &["stats", "--json", "--since", "2026-04-01"])).unwrap();
    assert_eq!(s["bids"], 3);
    assert_eq!(
        (&s["decided"], &s["won"], &s["win_rate"]),
        (&json!(1), &json!(0), &Value::Null)
    );
    assert_eq!(s["since"], "2026-04-01");
    assert!(out(&db, &["stats", "--since", "2026-04-01"]).contains("win rate: too few (1)\n"));
}

#[test]
fn a_bad_since_is_one_line_naming_the_flag() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let o = Command::new(env!("CARGO_BIN_EXE_tenderdesk"))
        .arg("--db")
        .arg(&db)
        .args(["stats", "--since", "april"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8(o.stderr).unwrap();
    assert_eq!(
        err,
        "tenderdesk: --since: 'april' is not a date as YYYY-MM-DD, e.g. 2026-01-01\n"
    );
    // an empty store has no bids and says so
    let text = out(&db, &["stats"]);
    assert!(text.starts_with("bids: 0 (won 0,"), "{text}");
    assert!(text.contains("win rate: too few (0)\n"));
}
