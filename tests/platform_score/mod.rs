//! How a folder of postings with its `expected.toml` is scored through the
//! binary (`tenderdesk parse --json`): every value a careful reader takes,
//! compared field by field, the misses named; and the share a blind set
//! must reach.

use chrono::DateTime;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn fixtures(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The day a set's writer read it as: its "Reference date" comment, or
/// else the first of December 2026, when the sets without one were written
/// (a date without its year is placed after it, as on the day of writing).
fn reference_day(expected: &str) -> String {
    expected
        .lines()
        .take_while(|l| l.starts_with('#'))
        .filter(|l| l.contains("Reference date"))
        .find_map(|l| {
            let at = l.find("2026-").or_else(|| l.find("2027-"))?;
            l.get(at..at + 10).map(str::to_string)
        })
        .unwrap_or_else(|| "2026-12-01".to_string())
}

fn parse_json(file: &Path, day: &str) -> Result<Value, String> {
    let out = Command::new(env!("CARGO_BIN_EXE_tenderdesk"))
        .env("TENDERDESK_TODAY", day)
        .args(["parse", "--json"])
        .arg(file)
        .output()
        .expect("run tenderdesk");
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).trim().to_string());
    }
    serde_json::from_slice(&out.stdout).map_err(|e| format!("invalid JSON: {e}"))
}

fn local(v: &Value) -> Option<String> {
    let dt = DateTime::parse_from_rfc3339(v.as_str()?).ok()?;
    Some(
        dt.with_timezone(&chrono_tz::Europe::Amsterdam)
            .format("%Y-%m-%dT%H:%M")
            .to_string(),
    )
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether one expected value came out; `Err` holds what came out instead.
fn field_ok(key: &str, want: &toml::Value, got: &Value) -> Result<(), String> {
    let shown = |v: &Value| v.to_string();
    match key {
        // a page in capitals gives its title in capitals: case is not compared
        "title" | "organisation" | "region" => {
            let same = match (got[key].as_str(), want.as_str()) {
                (Some(g), Some(w)) => g.to_lowercase() == w.to_lowercase(),
                _ => false,
            };
            same.then_some(()).ok_or_else(|| shown(&got[key]))
        }
        "end_date" | "request_number" | "scale" | "answers_published" | "interview_week_of"
        | "interview_time" => (got[key].as_str() == want.as_str())
            .then_some(())
            .ok_or_else(|| shown(&got[key])),
        "start" => {
            let w = want.as_str().unwrap_or_default();
            let ok = if w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                got["start_date"].as_str() == Some(w)
            } else {
                got["start_asap"] == Value::Bool(true) && got["start_date"].is_null()
            };
            ok.then_some(()).ok_or_else(|| {
                format!(
                    "start_date {} asap {}",
                    got["start_date"], got["start_asap"]
                )
            })
        }
        "hours_min" | "hours_max" => (got[key].as_i64() == want.as_integer())
            .then_some(())
            .ok_or_else(|| shown(&got[key])),
        "max_rate_eur" => {
            let w = want
                .as_float()
                .or_else(|| want.as_integer().map(|i| i as f64));
            (got[key].as_f64() == w)
                .then_some(())
                .ok_or_else(|| shown(&got[key]))
        }
        "deadline" | "questions_deadline" => (local(&got[key]).as_deref() == want.as_str())
            .then_some(())
            .ok_or_else(|| shown(&got[key])),
        "dba" => (got["dba"]["stance"].as_str() == want.as_str())
            .then_some(())
            .ok_or_else(|| shown(&got["dba"]["stance"])),
        "dba_reason" => {
            let w = squash(want.as_str().unwrap_or_default());
            let ev = got["dba"]["evidence"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            ev.iter()
                .filter_map(Value::as_str)
                .map(squash)
                .any(|e| e.contains(&w) || (e.len() > 15 && w.contains(&e)))
                .then_some(())
                .ok_or_else(|| shown(&got["dba"]["evidence"]))
        }
        "platform" => {
            // the site's name; the answers may add a note in brackets
            let w = want.as_str().unwrap_or_default().to_lowercase();
            got[key]
                .as_str()
                .is_some_and(|g| !g.is_empty() && w.starts_with(&g.to_lowercase()))
                .then_some(())
                .ok_or_else(|| shown(&got[key]))
        }
        // whether the posting demands a VOG
        "vog" => (got["vog"]["required"].as_bool() == want.as_bool())
            .then_some(())
            .ok_or_else(|| shown(&got["vog"]["required"])),
        "interviews_invited" => (got[key].as_i64() == want.as_integer())
            .then_some(())
            .ok_or_else(|| shown(&got[key])),
        "interview_dates" => {
            let w: Vec<&str> = want
                .as_array()
                .map(|a| a.iter().filter_map(|d| d.as_str()).collect())
                .unwrap_or_default();
            let g: Vec<&str> = got[key]
                .as_array()
                .map(|a| a.iter().filter_map(|d| d.as_str()).collect())
                .unwrap_or_default();
            (g == w).then_some(()).ok_or_else(|| shown(&got[key]))
        }
        "knockout_count" => (got["knockout"].as_array().map(|a| a.len() as i64)
            == want.as_integer())
        .then_some(())
        .ok_or_else(|| {
            format!(
                "{} knock-outs",
                got["knockout"].as_array().map_or(0, Vec::len)
            )
        }),
        "award_points" => {
            // the points of each award criterion, in order
            let points = |a: &Value| -> Vec<Option<i64>> {
                a.as_array()
                    .map(|a| a.iter().map(|c| c["points"].as_i64()).collect())
                    .unwrap_or_default()
            };
            let w: Vec<Option<i64>> = want
                .as_array()
                .map(|a| a.iter().map(toml::Value::as_integer).collect())
                .unwrap_or_default();
            (points(&got["award"]) == w)
                .then_some(())
                .ok_or_else(|| format!("{:?}", points(&got["award"])))
        }
        other => Err(format!("the test does not know the key {other}")),
    }
}

/// Fields that must stay empty where the answers leave them out: a relative
/// closing time is no deadline, a duration no end date, "Geen maximum" no rate.
const ABSENT_MEANS_EMPTY: &[&str] = &["deadline", "end_date", "max_rate_eur"];

/// Every answer in `dir`'s expected.toml checked against `parse --json`:
/// (right, total, refused files, misses).
pub fn score(dir: &Path) -> (usize, usize, Vec<String>, Vec<String>) {
    let text = std::fs::read_to_string(dir.join("expected.toml")).expect("read expected.toml");
    let day = reference_day(&text);
    let expected: toml::Table = text.parse().expect("valid TOML");
    let (mut right, mut total) = (0usize, 0usize);
    let mut refused = Vec::new();
    let mut misses = Vec::new();
    for (file, want) in &expected {
        let want = want.as_table().expect("a table per file");
        let got = match parse_json(&dir.join(file), &day) {
            Ok(v) => v,
            Err(e) => {
                refused.push(format!("{file}: {e}"));
                total += want.len();
                continue;
            }
        };
        for (key, w) in want {
            total += 1;
            match field_ok(key, w, &got) {
                Ok(()) => right += 1,
                Err(g) => misses.push(format!("{file}: {key}: want {w}, got {g}")),
            }
        }
        for key in ABSENT_MEANS_EMPTY {
            if !want.contains_key(*key) {
                total += 1;
                if got[*key].is_null() {
                    right += 1;
                } else {
                    misses.push(format!("{file}: {key}: not stated, got {}", got[*key]));
                }
            }
        }
    }
    println!(
        "{}: {right} of {total} values right ({:.1}%)",
        dir.display(),
        right as f64 * 100.0 / total as f64
    );
    for m in &misses {
        println!("  miss {m}");
    }
    (right, total, refused, misses)
}

pub fn check_unseen(right: usize, total: usize, refused: Vec<String>, misses: Vec<String>) {
    check_unseen_at(0.90, right, total, refused, misses);
}

pub fn check_unseen_at(
    least: f64,
    right: usize,
    total: usize,
    refused: Vec<String>,
    misses: Vec<String>,
) {
    let share = right as f64 / total as f64;
    assert!(refused.is_empty(), "refused: {refused:#?}");
    assert!(
        share >= least,
        "{right} of {total} values right ({:.1}%); misses: {misses:#?}",
        share * 100.0
    );
}
