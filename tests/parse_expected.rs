//! Every value a careful reader takes from the sample postings
//! (`tests/expected.toml`, a copy of the shared answers) must come out of
//! `tenderdesk parse --json` for its file in `data/postings/`.

mod common;

use common::{check, parse_json};
use std::path::Path;

#[test]
fn every_expected_value_comes_out_of_parse_json() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let expected: toml::Table = std::fs::read_to_string(root.join("tests/expected.toml"))
        .expect("read expected.toml")
        .parse()
        .expect("valid TOML");
    assert_eq!(expected.len(), 5);
    for (file, want) in &expected {
        let got = parse_json(&root.join("data/postings").join(file));
        check(file, want.as_table().expect("a table per file"), &got);
    }
}

#[test]
fn json_has_the_keys_scripts_rely_on() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let got =
        parse_json(&root.join("data/postings/hilversum-30828-coordinator-vluchtelingenopvang.txt"));
    for key in [
        "title",
        "request_number",
        "organisation",
        "region",
        "start_date",
        "start_asap",
        "end_date",
        "hours_min",
        "hours_max",
        "education_level",
        "deadline",
        "questions_deadline",
        "interview_dates",
        "scale",
        "scale_valid",
        "max_rate_eur",
        "knockout",
        "award",
        "competences",
        "cvs_forwarded",
        "professionals_needed",
        "vog",
        "integrity_statement",
        "sroi",
        "waadi",
        "dba",
        "expired_banner",
        "warnings",
    ] {
        assert!(got.get(key).is_some(), "missing key {key}");
    }
    assert_eq!(got["deadline"], "2026-07-06T09:00:00+02:00");
    assert!(got["knockout"][0].get("number").is_some() && got["knockout"][0].get("text").is_some());
    for k in ["number", "text", "points", "rate_bands"] {
        assert!(got["award"][0].get(k).is_some(), "award key {k}");
    }
    assert!(got["vog"].get("required").is_some() && got["vog"].get("vog_p_mentioned").is_some());
    assert!(got["dba"].get("stance").is_some() && got["dba"].get("evidence").is_some());
}
