//! Bad input through `tenderdesk parse`: one line per bad file naming it and
//! what is wrong, a non-zero exit, the good files still parsed, no panic.

use std::path::Path;
use std::process::{Command, Output};

fn parse(args: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tenderdesk"))
        .arg("parse")
        .args(args)
        .output()
        .expect("run tenderdesk")
}

fn sample() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/postings/nieuwegein-13995-wijkcoordinator.txt")
}

#[test]
fn each_bad_file_gets_one_line_and_the_rest_still_parse() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let binary = dir.path().join("photo.txt");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00").unwrap();
    let letter = dir.path().join("letter.txt");
    std::fs::write(&letter, "Beste Jan,\nDank voor je bericht. Tot maandag!\n").unwrap();
    let huge = dir.path().join("huge.txt");
    let f = std::fs::File::create(&huge).unwrap();
    f.set_len(50 * 1024 * 1024).unwrap();
    let missing = dir.path().join("missing.txt");
    let good = sample();

    let out = parse(&[&empty, &binary, &good, &letter, &huge, &missing]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(1),
        "non-zero exit when a file failed"
    );
    assert!(
        stdout.contains("Wijkcoördinator"),
        "the good file is still parsed: {stdout}"
    );
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 5, "one line per bad file: {stderr}");
    for (path, reason) in [
        (&empty, "empty"),
        (&binary, "binary"),
        (&letter, "not a posting"),
        (&huge, "too large"),
        (&missing, "no such file"),
    ] {
        let name = path.display().to_string();
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with(&name) && l.contains(reason)),
            "{name}: {reason} in {stderr}"
        );
    }
    assert!(!stderr.contains("panicked"));
}

#[test]
fn windows_1252_posting_parses_like_utf8() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(sample())
        .unwrap()
        .replace(['’'], "'")
        .replace(['“', '”'], "\"");
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!unmappable);
    let cp1252 = dir.path().join("cp1252.txt");
    std::fs::write(&cp1252, &bytes).unwrap();
    let utf8 = dir.path().join("utf8.txt");
    std::fs::write(&utf8, &text).unwrap();
    let a = Command::new(env!("CARGO_BIN_EXE_tenderdesk"))
        .args(["parse", "--json"])
        .arg(&cp1252)
        .output()
        .unwrap();
    let b = Command::new(env!("CARGO_BIN_EXE_tenderdesk"))
        .args(["parse", "--json"])
        .arg(&utf8)
        .output()
        .unwrap();
    assert!(a.status.success(), "{}", String::from_utf8_lossy(&a.stderr));
    assert_eq!(
        String::from_utf8_lossy(&a.stdout),
        String::from_utf8_lossy(&b.stdout)
    );
    assert!(String::from_utf8_lossy(&a.stdout).contains("Wijkcoördinator"));
}
