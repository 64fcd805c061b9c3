//! Issue 15, net rate: `assess` and `show --json` (`net`) through the
//! binary on the samples, against a worked example done by hand.
//!
//! Profile: € 95 an hour, ZZP, no VOG on file, travel € 0,23 per km over
//! 30 km one way (€ 13,80 a day), VOG € 41,35, G-rekening 25%.
//!
//! 13995 (Nieuwegein): 24-28 hours → 28; Flextender fee € 2,25 an hour;
//! G-rekening; VOG asked; 6 maanden = 26 weeks, options 2 maal 3 maanden =
//! 26 more.
//! - travel: 28 h = 4 days × € 13,80 = € 55,20 a week = € 1,971 an hour
//! - VOG: € 41,35 over 26 × 28 = 728 hours = € 0,0568 an hour
//! - net an hour: 95 − 2,25 − 1,9714 − 0,0568 = € 90,72
//! - a week: 28 × 95 = 2660 − 63 − 55,20 − 41,35 / 26 = € 2.540,21
//! - 26 weeks: (2660 − 63 − 55,20) × 26 − 41,35 = 66.086,80 − 41,35 = € 66.045,45
//! - 52 weeks: 2541,80 × 52 − 41,35 = € 132.132,25
//! - G-rekening: 25% of 2660 = € 665 a week withheld, 26 × 665 = € 17.290
//!
//! 30828 (Hilversum): 20-28 hours → 28; "geen fee"; no G-rekening; VOG
//! asked; 6 maanden + 2 x 3 maand(en).
//! - net an hour: 95 − 1,9714 − 0,0568 = € 92,97; a week 2660 − 55,20 − 1,59 = € 2.603,21
//! - 26 weeks: 2604,80 × 26 − 41,35 = € 67.683,45; 52 weeks: € 135.408,25

mod cli_support;
use cli_support::{SAMPLES, out};

use assert_cmd::Command;
use serde_json::{Value, json};
use std::path::Path;

fn net(db: &Path, id: &str) -> Value {
    let v: Value = serde_json::from_str(&out(db, &["show", id, "--json"])).unwrap();
    v["net"].clone()
}

#[test]
fn the_worked_example_on_two_samples() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    out(&db, &["import", SAMPLES]);
    // without a rate there is no net, and assess says what to set
    assert_eq!(net(&db, "13995"), Value::Null);
    assert!(
        out(&db, &["assess", "13995"])
            .contains("net: set your hourly rate first (tenderdesk profile --rate 95)\n")
    );
    out(
        &db,
        &[
            "profile",
            "--rate",
            "95",
            "--travel-per-km",
            "0.23",
            "--distance-km",
            "30",
        ],
    );
    let n = net(&db, "13995");
    assert_eq!(n["hours_per_week"], 28);
    assert_eq!(n["fee"], "2.25 per hour");
    assert_eq!(
        json!([
            n["fee_per_hour"],
            n["travel_per_hour"],
            n["vog_cost"],
            n["vog_per_hour"]
        ]),
        json!([2.25, 1.97, 41.35, 0.06])
    );
    assert_eq!(
        json!([
            n["net_per_hour"],
            n["net_per_week"],
            n["weeks"],
            n["net_total"]
        ]),
        json!([90.72, 2540.21, 26.0, 66045.45])
    );
    assert_eq!(
        json!([n["weeks_with_options"], n["net_total_with_options"]]),
        json!([52.0, 132132.25])
    );
    assert_eq!(
        n["g_account"],
        json!({"percent": 25.0, "per_week": 665.0, "total": 17290.0})
    );
    let text = out(&db, &["assess", "13995"]);
    for want in [
        "net at your rate € 95,00 an hour, 28 hours a week:\n",
        "  platform fee    € 2,25 an hour (2.25 per hour)\n",
        "  VOG             € 0,06 an hour (€ 41,35 once)\n",
        "  net             € 90,72 an hour, € 2.540,21 a week\n",
        "  for 26 weeks    € 66.045,45\n",
        "  with options    € 132.132,25 (52 weeks)\n",
        "  G-rekening      25% withheld: € 665,00 a week, € 17.290,00 in all, paid to you later (cash flow, not lost)\n",
        "  (travel € 13,80 a day, 4 days a week (all-in rate))\n",
    ] {
        assert!(text.contains(want), "{want:?} not in\n{text}");
    }
    let n = net(&db, "30828");
    assert_eq!(n["fee"], "none");
    assert_eq!(n["g_account"], Value::Null);
    assert_eq!(
        json!([
            n["net_per_hour"],
            n["net_per_week"],
            n["net_total"],
            n["net_total_with_options"]
        ]),
        json!([92.97, 2603.21, 67683.45, 135408.25])
    );
    // a VOG recent enough at the start costs nothing; through an agency neither
    let today = chrono::Utc::now().date_naive().to_string();
    out(&db, &["profile", "--vog-date", &today]);
    let n = net(&db, "30828");
    assert_eq!(
        json!([n["vog_cost"], n["net_total"]]),
        json!([null, 67724.8])
    );
    out(
        &db,
        &["profile", "--vog-date", "none", "--bidder", "agency"],
    );
    let n = net(&db, "30828");
    assert_eq!(n["vog_cost"], Value::Null);
    assert!(n["notes"].to_string().contains("through an agency"));
    // a cost a day wins over km; a bad amount names its flag
    out(&db, &["profile", "--travel-per-day", "0"]);
    assert_eq!(net(&db, "30828")["net_per_hour"], 95.0);
    let o = Command::new(env!("CARGO_BIN_EXE_tenderdesk"))
        .arg("--db")
        .arg(&db)
        .args(["profile", "--g-account-percent", "120"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "tenderdesk: --g-account-percent must be 0 to 100\n"
    );
}

/// The other three samples, by hand, with the same profile (€ 95, travel
/// € 0,23 × 30 km × 2 = € 13,80 a day, one day per 8 hours, VOG € 41,35):
///
/// 30662 (Hilversum): 32 hours, "geen fee", no G-rekening, VOG asked,
/// 3 maanden = 13 weeks, options 2 x 3 maand(en) = 26 more.
/// - travel: 4 days × 13,80 = 55,20 a week = 1,725 an hour
/// - VOG: 41,35 over 13 × 32 = 416 hours = 0,0994 an hour
/// - an hour: 95 − 1,725 − 0,0994 = 93,1756 → € 93,18
/// - a week: 32 × 95 = 3040 − 55,20 − 41,35 / 13 = € 2.981,62
/// - 13 weeks: 2984,80 × 13 − 41,35 = 38.802,40 − 41,35 = € 38.761,05
/// - 39 weeks: 2984,80 × 39 − 41,35 = € 116.365,85
///
/// 28590 (Hilversum): up to 32 hours, an end date but no start or
/// duration: no weeks, so no totals and the VOG not per hour.
/// - an hour: 95 − 1,725 = € 93,28 (93,275); a week 3040 − 55,20 = € 2.984,80
///
/// Heerde (p1): 24 hours = 3 days: 41,40 a week = 1,725 an hour.
/// - an hour: € 93,28; a week: 24 × 95 = 2280 − 41,40 = € 2.238,60
#[test]
fn the_worked_example_on_the_other_three_samples() {
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
            "30",
        ],
    );
    let figures = |n: &Value| {
        json!([
            n["hours_per_week"],
            n["travel_per_hour"],
            n["net_per_hour"],
            n["net_per_week"],
            n["weeks"],
            n["net_total"],
            n["weeks_with_options"],
            n["net_total_with_options"]
        ])
    };
    let n = net(&db, "30662");
    assert_eq!(n["vog_per_hour"], 0.1);
    assert_eq!(
        figures(&n),
        json!([32, 1.73, 93.18, 2981.62, 13.0, 38761.05, 39.0, 116365.85])
    );
    assert_eq!(
        figures(&net(&db, "28590")),
        json!([32, 1.73, 93.28, 2984.8, null, null, null, null])
    );
    let heerde: Value = serde_json::from_str(&out(&db, &["list", "--json"])).unwrap();
    let heerde = heerde
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["posting"]["organisation"] == "Heerde")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        figures(&net(&db, &heerde)),
        json!([24, 1.73, 93.28, 2238.6, null, null, null, null])
    );
}
