//! Issue 15, expected against received points per kind of award
//! criterion: `stats`, `stats --json` and the `S` view on a real store
//! holding five bids on the samples with points per criterion. Every
//! figure is worked out by hand below.
//!
//! Profile € 95 an hour; "partly" counts nothing. Kinds by keyword:
//! "werkervaring" → experience, "tarief" → rate, "opleiding" → education,
//! the rest → other. A criterion counts when it has both an expected figure
//! (answered, or the rate criterion at the rate bid) and points received.
//!
//! | bid   | criterion: answer → expected / received (kind)                       |
//! |-------|----------------------------------------------------------------------|
//! | 30828 | 6 met 25/20, 7 not 0/5 (exp.); 8 met 25/25, 9 met 15/15 (other);   |
//! |       | 10 rate at 95 ≤ 110: 20/20 (rate)                                     |
//! | 30662 | 4 met 30/25, 5 partly 0/10, 8 met 5/5 (exp.); 6 met 20/20,          |
//! |       | 7 not 0/0 (other)                                                     |
//! | 28590 | 5 met 20/15, 6 met 20/20, 7 partly 0/10, 9 not 0/5 (exp.);          |
//! |       | 8 met 10/10 (education); 10 band "below 110" at 95: 15/15 (rate)     |
//! | 13995 | 4 met 40/30, 5 met 20/20, 6 not 0/10 (exp.)                          |
//! | p1    | 5 met 25/20, 6 met 15/10 (exp.); 4 (education) and 8 received but    |
//! |       | not judged: left out                                                  |
//!
//! experience, per bid expected/received: 25/25, 35/40, 40/50, 60/60,
//! 40/30: 5 bids, expected 200 ÷ 5 = 40, received 205 ÷ 5 = 41, +1.
//! rate: 2 bids (30828, 28590): too few. education: 1 (28590): too few.
//! other: 2 (30828, 30662): too few. No vision or competences criteria.

mod cli_support;
use cli_support::{SAMPLES, out};

mod tui_support;

use serde_json::{Value, json};
use std::path::Path;
use tenderdesk::store::Store;
use tenderdesk::tui::app::App;
use tenderdesk::tui::theme::Theme;
use tui_support::{draw, keys, now, screen_text};

fn bids(db: &Path) {
    out(db, &["import", SAMPLES]);
    out(db, &["profile", "--rate", "95"]);
    let bid = |id: &str, answers: &[&str], result: &str, points: &[&str]| {
        let mut a = vec!["assess", id];
        for x in answers {
            a.extend(["--award", x]);
        }
        out(db, &a);
        out(db, &["stage", id, "applied"]);
        let mut o = vec!["outcome", id, "--result", result];
        for p in points {
            o.extend(["--criterion-points", p]);
        }
        out(db, &o);
    };
    bid(
        "30828",
        &["6=met", "7=not_met", "8=met", "9=met"],
        "won",
        &["6=20", "7=5", "8=25", "9=15", "10=20"],
    );
    bid(
        "30662",
        &["4=met", "5=partly", "6=met", "7=not_met", "8=met"],
        "lost",
        &["4=25", "5=10", "6=20", "7=0", "8=5"],
    );
    bid(
        "28590",
        &["5=met", "6=met", "7=partly", "8=met", "9=not_met"],
        "lost",
        &["5=15", "6=20", "7=10", "8=10", "9=5", "10=15"],
    );
    bid(
        "13995",
        &["4=met", "5=met", "6=not_met"],
        "lost",
        &["4=30", "5=20", "6=10"],
    );
    bid(
        "p1",
        &["5=met", "6=met"],
        "lost",
        &["4=15", "5=20", "6=10", "8=20"],
    );
}

#[test]
fn expected_against_received_per_kind_as_worked_out_by_hand() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    bids(&db);
    let v: Value = serde_json::from_str(&out(&db, &["stats", "--json"])).unwrap();
    assert_eq!(
        v["points_by_kind"],
        json!([
            {"kind": "rate", "bids": 2, "mean_expected": null, "mean_received": null, "mean_difference": null},
            {"kind": "experience", "bids": 5, "mean_expected": 40.0, "mean_received": 41.0, "mean_difference": 1.0},
            {"kind": "education", "bids": 1, "mean_expected": null, "mean_received": null, "mean_difference": null},
            {"kind": "other", "bids": 2, "mean_expected": null, "mean_received": null, "mean_difference": null},
        ])
    );
    let text = out(&db, &["stats"]);
    assert!(
        text.contains(
            "\nexpected against received points per kind of criterion (means per bid):\n\
             \x20 rate         too few (2)\n\
             \x20 experience   received 41, expected 40: +1 points (5 bids)\n\
             \x20 education    too few (1)\n\
             \x20 other        too few (2)\n"
        ),
        "{text}"
    );

    // S: the same lines on the screen
    let mut a = App::new(Box::new(Store::open(&db).unwrap()), now()).unwrap();
    keys(&mut a, "S");
    for _ in 0..30 {
        let s = screen_text(&draw(&a, 120, 40, &Theme::mono()));
        if s.contains("experience   received 41, expected 40: +1 points (5 bids)") {
            assert!(s.contains("per kind of criterion"), "{s}");
            assert!(s.contains("rate         too few (2)"), "{s}");
            return;
        }
        keys(&mut a, "j");
    }
    panic!(
        "no per-kind lines in S:\n{}",
        screen_text(&draw(&a, 120, 40, &Theme::mono()))
    );
}
