//! Issue 9, item 9: a posting file full of terminal escapes and bidi
//! controls goes the whole way (file → parser → store) and then through every
//! command-line output and every interface screen (over the real store, in
//! ratatui's `TestBackend`). None of those characters comes out.
//! (`tests/tui.rs` covers hand-made postings in memory; this is end to end.)

mod tui_support;

use std::path::{Path, PathBuf};
use std::process::Command;
use tenderdesk::tui::app::App;
use tui_support::every_screen;

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/data/postings/hilversum-30828-coordinator-vluchtelingenopvang.txt"
);

/// One of each: OSC 52 (clipboard), OSC 8 (link), OSC 0 (title), CSI 2J,
/// 8-bit CSI, DCS, APC, CR, BS, BEL, RLO and LRI (and the other isolates).
const HOSTILE: &[(&str, &str)] = &[
    ("OSC 52", "\u{1b}]52;c;ZXZpbA==\u{7}"),
    (
        "OSC 8",
        "\u{1b}]8;;https://evil.example\u{1b}\\klik\u{1b}]8;;\u{1b}\\",
    ),
    ("OSC 0", "\u{1b}]0;pwned\u{7}"),
    ("CSI 2J", "\u{1b}[2J\u{1b}[H"),
    ("C1 CSI", "\u{9b}31m"),
    ("DCS", "\u{1b}Pq#0;2;0;0;0\u{1b}\\\u{90}1$r\u{9c}"),
    ("APC", "\u{1b}_Gf=100;AAAA\u{1b}\\\u{9f}x\u{9c}"),
    ("CR", "overschreven\rX"),
    ("BS", "abc\u{8}\u{8}\u{8}"),
    ("BEL", "\u{7}\u{7}"),
    ("RLO", "\u{202E}lanigiro"),
    ("isolates", "\u{2066}a\u{2067}b\u{2068}c\u{2069}\u{200F}"),
];

fn evil() -> String {
    HOSTILE
        .iter()
        .map(|(_, s)| *s)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A character that must never reach a terminal.
fn forbidden(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn assert_clean(what: &str, s: &str) {
    if let Some(c) = s.chars().find(|&c| forbidden(c)) {
        panic!("{what}: {c:?} came out in {s:?}");
    }
}

fn td(db: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_tenderdesk"));
    c.arg("--db").arg(db).env_remove("TENDERDESK_DB");
    c
}

/// Runs a command; both of its streams must be clean. Returns stdout.
fn clean_run(db: &Path, args: &[&str]) -> String {
    let out = td(db).args(args).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_clean(&format!("{args:?} stdout"), &stdout);
    assert_clean(&format!("{args:?} stderr"), &stderr);
    stdout
}

/// The sample with the hostile text in its title, body and criteria.
fn hostile_posting(dir: &Path) -> PathBuf {
    let e = evil();
    let sample = std::fs::read_to_string(SAMPLE).unwrap();
    let mut text = String::new();
    for (n, line) in sample.lines().enumerate() {
        text.push_str(line);
        // every tenth line gets the whole lot (denser text is refused as binary)
        if n % 10 == 0 {
            text.push(' ');
            text.push_str(&e);
        }
        text.push('\n');
    }
    let path = dir.join(format!("evil {}.txt", HOSTILE[0].1));
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn hostile_text_never_reaches_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let file = hostile_posting(dir.path());
    let e = evil();
    let f = file.to_str().unwrap();
    let report = clean_run(&db, &["import", f]);
    assert!(report.starts_with("added 1"), "{report}");
    let list = clean_run(&db, &["list", "--json"]);
    let v: Vec<serde_json::Value> = serde_json::from_str(&list).unwrap();
    let id = v[0]["id"].as_str().unwrap().to_string();
    let mut tried = 0;
    for args in [
        vec!["parse", f],
        vec!["parse", "--json", f],
        vec!["import", f],
        vec!["stage", &id, "applied", "--note", &e],
        vec!["note", &id, &e],
        vec!["list"],
        vec!["list", "--json"],
        vec!["show", &id],
        vec!["show", &id, "--json"],
        vec!["export", "--format", "csv"],
        vec!["export", "--format", "json"],
        vec!["agenda"],
        vec!["agenda", "--json"],
        vec!["assess", &id, "--ko", "1=met"],
        vec!["profile"],
        vec!["undo"],
        vec!["show", &e],
        vec!["stage", &e, "applied"],
        vec!["stage", &id, &e],
        vec!["note", &e, "x"],
        vec!["assess", &e],
    ] {
        let out = clean_run(&db, &args);
        if args[0] == "show" && args[1] == id {
            // the hostile posting did arrive, minus its controls
            assert!(out.contains("lanigiro"), "{out}");
        }
        tried += 1;
    }
    assert_eq!(tried, 21);
}

#[test]
fn hostile_text_never_reaches_an_interface_screen() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let file = hostile_posting(dir.path());
    let e = evil();
    assert!(
        td(&db)
            .arg("import")
            .arg(&file)
            .output()
            .unwrap()
            .status
            .success()
    );
    let list = clean_run(&db, &["list", "--json"]);
    let v: Vec<serde_json::Value> = serde_json::from_str(&list).unwrap();
    let id = v[0]["id"].as_str().unwrap().to_string();
    clean_run(&db, &["note", &id, &e]);
    clean_run(&db, &["stage", &id, "interview", "--note", &e]);
    let store = tenderdesk::store::Store::open(&db).unwrap();
    let mut a = App::new(Box::new(store), chrono::Utc::now()).unwrap();
    let mut screens = 0;
    every_screen(&mut a, |name, t| {
        screens += 1;
        for cell in t.backend().buffer().content() {
            assert_clean(name, cell.symbol());
        }
    });
    assert!(screens >= 45, "{screens}");
}
