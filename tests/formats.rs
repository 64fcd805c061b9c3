//! Postings as users hold them: PDFs from three producers, saved web pages
//! with site chrome, forwarded e-mails, platform alerts, and broken files.
//! Fixtures: `tests/fixtures/formats/` (made by its `make.sh`).

mod common;

use common::{check, expected, parse_json};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The folders that hold one rendering of each of the five samples.
const RENDERINGS: &[(&str, &str)] = &[
    ("pdf-chromium", "pdf"),
    ("pdf-libreoffice", "pdf"),
    ("pdf-fpdf2", "pdf"),
    ("html", "html"),
    ("eml", "eml"),
];

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/formats")
}

fn tenderdesk(db: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_tenderdesk"));
    c.env("TENDERDESK_DB", db);
    c
}

#[test]
fn every_expected_value_comes_out_of_every_rendering() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for (file, want) in &expected() {
        let stem = file.trim_end_matches(".txt");
        for (dir, ext) in RENDERINGS {
            let path = fixtures().join(dir).join(format!("{stem}.{ext}"));
            let name = format!("{dir}/{stem}.{ext}");
            let want = want.as_table().expect("a table per file");
            let result = std::panic::catch_unwind(|| {
                let got = parse_json(&path);
                check(&name, want, &got);
            });
            checked += 1;
            if let Err(e) = result {
                let msg = e
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                failures.push(format!("{name}: {msg}"));
            }
        }
    }
    assert_eq!(checked, 25);
    assert!(
        failures.is_empty(),
        "{} of 25 renderings differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
