//! Shared by the tests that compare `tenderdesk parse --json` with
//! `tests/expected.toml`: for the sample text files (`parse_expected.rs`) and
//! for their PDF, web-page and e-mail renderings (`formats.rs`).
#![allow(dead_code)]

use chrono::DateTime;
use serde_json::Value;
use std::path::Path;
use std::process::Command;

pub fn parse_json(file: &Path) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_tenderdesk"))
        .args(["parse", "--json"])
        .arg(file)
        .output()
        .expect("run tenderdesk");
    assert!(
        out.status.success(),
        "parse failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("utf-8 output");
    assert_eq!(text.lines().count(), 1, "one JSON object per file");
    serde_json::from_str(text.trim()).expect("valid JSON")
}

/// A JSON date-time in RFC 3339 as local Amsterdam "YYYY-MM-DDTHH:MM".
fn local(v: &Value) -> String {
    let s = v
        .as_str()
        .unwrap_or_else(|| panic!("expected a date-time, got {v}"));
    let dt = DateTime::parse_from_rfc3339(s).unwrap_or_else(|e| panic!("{s}: {e}"));
    let ams = dt.with_timezone(&chrono_tz::Europe::Amsterdam);
    assert_eq!(
        dt.offset().local_minus_utc(),
        ams.naive_local()
            .signed_duration_since(dt.naive_utc())
            .num_seconds() as i32,
        "{s} carries Amsterdam's offset"
    );
    ams.format("%Y-%m-%dT%H:%M").to_string()
}

pub fn check(file: &str, want: &toml::Table, got: &Value) {
    let ctx = |k: &str| format!("{file}: {k}");
    for (key, w) in want {
        match key.as_str() {
            "title"
            | "request_number"
            | "organisation"
            | "region"
            | "duration"
            | "extension_options"
            | "education_level"
            | "answers_published"
            | "end_date"
            | "scale"
            | "cvs_forwarded"
            | "professionals_needed"
            | "fee"
            | "interview_time"
            | "interview_week_of" => {
                assert_eq!(got[key].as_str(), w.as_str(), "{}", ctx(key));
            }
            "start" => match w.as_str() {
                Some("Z.s.m.") => {
                    assert_eq!(got["start_asap"], Value::Bool(true), "{}", ctx(key));
                    assert!(got["start_date"].is_null(), "{}", ctx(key));
                }
                other => assert_eq!(got["start_date"].as_str(), other, "{}", ctx(key)),
            },
            "hours_min" | "hours_max" | "interviews_invited" | "interviews_invited_min" => {
                assert_eq!(got[key].as_i64(), w.as_integer(), "{}", ctx(key));
            }
            "das" | "integrity_statement" | "sroi" | "waadi" | "expired_banner" | "g_account" => {
                assert_eq!(got[key].as_bool(), w.as_bool(), "{}", ctx(key));
            }
            "deadline" | "questions_deadline" => {
                assert_eq!(
                    local(&got[key]),
                    w.as_str().unwrap_or_default(),
                    "{}",
                    ctx(key)
                );
            }
            "interview_dates" => {
                let want: Vec<&str> = w
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter_map(|d| d.as_str())
                    .collect();
                let got: Vec<&str> = got[key]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter_map(|d| d.as_str())
                    .collect();
                assert_eq!(got, want, "{}", ctx(key));
            }
            "knockout_count" => {
                assert_eq!(
                    got["knockout"].as_array().map(Vec::len),
                    w.as_integer().map(|n| n as usize),
                    "{}",
                    ctx(key)
                );
            }
            "competences_count" => {
                assert_eq!(
                    got["competences"].as_array().map(Vec::len),
                    w.as_integer().map(|n| n as usize),
                    "{}",
                    ctx(key)
                );
            }
            "award_points" => {
                let want: Vec<i64> = w
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter_map(|p| p.as_integer())
                    .collect();
                let got: Vec<i64> = got["award"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|c| c["points"].as_i64().unwrap_or(-1))
                    .collect();
                assert_eq!(got, want, "{}", ctx(key));
            }
            "max_rate_eur" => {
                let want = w.as_float().or_else(|| w.as_integer().map(|i| i as f64));
                assert_eq!(got[key].as_f64(), want, "{}", ctx(key));
            }
            "rate_bands" => {
                let bands = got["award"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|c| !c["rate_bands"].as_array().unwrap().is_empty())
                    .map(|c| c["rate_bands"].clone())
                    .unwrap_or_else(|| panic!("{}: no criterion has rate bands", ctx(key)));
                let want = w.as_array().unwrap();
                assert_eq!(bands.as_array().unwrap().len(), want.len(), "{}", ctx(key));
                for (g, w) in bands.as_array().unwrap().iter().zip(want) {
                    for (k, v) in w.as_table().unwrap() {
                        let wv = v.as_float().or_else(|| v.as_integer().map(|i| i as f64));
                        assert_eq!(g[k].as_f64(), wv, "{}: band {k}", ctx(key));
                    }
                }
            }
            "hybrid" => {
                let want = if w.as_bool() == Some(true) {
                    "yes"
                } else {
                    "no"
                };
                assert_eq!(got["hybrid"].as_str(), Some(want), "{}", ctx(key));
            }
            "vog" => assert_eq!(
                got["vog"]["required"].as_bool(),
                w.as_bool(),
                "{}",
                ctx(key)
            ),
            "vog_p_mentioned" => {
                assert_eq!(
                    got["vog"]["vog_p_mentioned"].as_bool(),
                    w.as_bool(),
                    "{}",
                    ctx(key)
                );
            }
            "dba" => {
                assert_eq!(got["dba"]["stance"].as_str(), w.as_str(), "{}", ctx(key));
                if w.as_str() != Some("not_stated") {
                    assert!(
                        !got["dba"]["evidence"].as_array().unwrap().is_empty(),
                        "{}: evidence",
                        ctx(key)
                    );
                }
            }
            other => panic!("{file}: the test does not know the expected key {other}"),
        }
    }
    // absent means not stated: those fields must be empty, not guessed
    for (key, absent) in [
        ("request_number", Value::Null),
        ("end_date", Value::Null),
        ("scale", Value::Null),
        ("max_rate_eur", Value::Null),
        ("education_level", Value::Null),
        ("interview_time", Value::Null),
        ("interview_week_of", Value::Null),
        ("g_account", Value::Bool(false)),
        ("integrity_statement", Value::Bool(false)),
    ] {
        if !want.contains_key(key) {
            assert_eq!(got[key], absent, "{file}: {key} is not in the posting");
        }
    }
    if !want.contains_key("hybrid") {
        assert_eq!(got["hybrid"].as_str(), Some("unknown"), "{file}: hybrid");
    }
    if !want.contains_key("hours_min") {
        assert!(got["hours_min"].is_null(), "{file}: hours_min");
    }
}

/// The expected values, one table per sample file name.
pub fn expected() -> toml::Table {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(root.join("tests/expected.toml"))
        .expect("read expected.toml")
        .parse()
        .expect("valid TOML")
}
