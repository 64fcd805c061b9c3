//! Postings as users hold them: PDFs from three producers, saved web pages
//! with site chrome, forwarded e-mails, platform alerts, and broken files.
//! Fixtures: `tests/fixtures/formats/` (made by its `make.sh`).

mod common;

use assert_cmd::Command;
use common::{check, expected, parse_json};
use std::path::{Path, PathBuf};

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
    c.arg("--db").arg(db).env_remove("TENDERDESK_DB");
    c
}

fn list_json(db: &Path) -> Vec<serde_json::Value> {
    let out = tenderdesk(db).args(["list", "--json"]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
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
        "{} renderings differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn all_renderings_of_the_five_samples_import_as_five_postings() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    // One folder with every rendering (the known gaps left out: their
    // misread organisation or title would make them a sixth posting).
    let all = dir.path().join("all");
    std::fs::create_dir(&all).unwrap();
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/postings");
    for entry in std::fs::read_dir(&samples).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, all.join(path.file_name().unwrap())).unwrap();
    }
    let mut copied = 0;
    for (folder, _) in RENDERINGS {
        for entry in std::fs::read_dir(fixtures().join(folder)).unwrap() {
            let path = entry.unwrap().path();
            let name = format!("{folder}/{}", path.file_name().unwrap().to_string_lossy());
            std::fs::copy(&path, all.join(name.replace('/', "-"))).unwrap();
            copied += 1;
        }
    }
    assert_eq!(copied, 25);
    let out = tenderdesk(&db).arg("import").arg(&all).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let postings = list_json(&db);
    let titles: Vec<_> = postings.iter().map(|p| p["title"].to_string()).collect();
    assert_eq!(postings.len(), 5, "{titles:#?}");
}

#[test]
fn broken_files_each_give_one_line_naming_the_file_and_the_rest_import() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let broken = dir.path().join("broken");
    std::fs::create_dir(&broken).unwrap();
    for entry in std::fs::read_dir(fixtures().join("broken")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, broken.join(path.file_name().unwrap())).unwrap();
    }
    // 50 MB, made here rather than committed.
    let big = broken.join("huge.pdf");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(50 * 1024 * 1024).unwrap();
    std::fs::copy(
        fixtures().join("html/nieuwegein-13995-wijkcoordinator.html"),
        broken.join("good.html"),
    )
    .unwrap();

    let out = tenderdesk(&db).arg("import").arg(&broken).output().unwrap();
    assert!(!out.status.success(), "exit status must be non-zero");
    let report =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(!report.contains("panicked"), "{report}");
    let expect = [
        ("encrypted.pdf", "encrypted PDF"),
        ("random-bytes.bin", "binary"),
        ("text-named.pdf", ""),
        ("truncated.pdf", "PDF"),
        ("zero-pages.pdf", "no pages"),
        ("huge.pdf", "too large"),
    ];
    for (file, reason) in expect {
        let lines: Vec<&str> = report.lines().filter(|l| l.contains(file)).collect();
        assert_eq!(lines.len(), 1, "{file}: {report}");
        assert!(lines[0].contains(reason), "{file}: {}", lines[0]);
    }
    assert!(report.contains("added 1"), "{report}");
    assert_eq!(list_json(&db).len(), 1);
}

#[test]
fn an_alert_imports_as_summary_only_and_the_full_posting_completes_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let alert = fixtures().join("alert/nieuwegein-13995-alert.eml");
    tenderdesk(&db).arg("import").arg(&alert).assert_ok();
    let list = list_json(&db);
    assert_eq!(list.len(), 1);
    let id = list[0]["id"].as_str().unwrap().to_string();
    let show = |db: &Path| -> serde_json::Value {
        let out = tenderdesk(db)
            .args(["show", &id, "--json"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let before = show(&db).to_string();
    assert!(before.contains("\"summary_only\":true"), "{before}");
    assert!(
        before.contains("https://www.flextender.nl/opdrachten/13995"),
        "{before}"
    );

    tenderdesk(&db)
        .args(["stage", &id, "applied", "--note", "alert gezien"])
        .assert_ok();
    tenderdesk(&db).args(["note", &id, "bellen"]).assert_ok();
    tenderdesk(&db)
        .arg("import")
        .arg(fixtures().join("pdf-fpdf2/nieuwegein-13995-wijkcoordinator.pdf"))
        .assert_ok();
    // The alert again does not undo the full posting.
    tenderdesk(&db).arg("import").arg(&alert).assert_ok();

    assert_eq!(list_json(&db).len(), 1);
    let after = show(&db);
    let text = after.to_string();
    assert!(!text.contains("\"summary_only\":true"), "{text}");
    assert!(text.contains("\"knockout\":[{"), "{text}");
    assert_eq!(after["record"]["stage"], "applied");
    assert_eq!(after["history"][0]["note"], "alert gezien");
    assert_eq!(after["notes"][0]["text"], "bellen");
}

#[test]
fn stdin_takes_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    for file in [
        "pdf-chromium/heerde-coordinator-welzijn.pdf",
        "html/heerde-coordinator-welzijn.html",
        "eml/heerde-coordinator-welzijn.eml",
    ] {
        let bytes = std::fs::read(fixtures().join(file)).unwrap();
        let out = tenderdesk(&db)
            .args(["import", "-"])
            .write_stdin(bytes)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{file}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // Heerde has no request number: title, organisation and deadline match.
    assert_eq!(list_json(&db).len(), 1);
}

trait AssertOk {
    fn assert_ok(&mut self);
}

impl AssertOk for Command {
    fn assert_ok(&mut self) {
        let out = self.output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
