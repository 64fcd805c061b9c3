//! Property tests: the parser never panics, on arbitrary text and on real
//! postings cut, spliced and sprinkled with hostile characters. The case
//! count is small in CI; raise it with PROPTEST_CASES for a long run.

use proptest::prelude::*;
use tenderdesk::posting::parse;

fn samples() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/postings");
    let mut out: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .map(|e| std::fs::read_to_string(e.path()).unwrap())
        .collect();
    out.sort();
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(64)))]

    #[test]
    fn arbitrary_text(s in "\\PC{0,2000}") {
        let _ = parse(&s);
    }

    #[test]
    fn mutated_postings(which in 0usize..5, cut_a in 0usize..20_000, cut_b in 0usize..20_000,
                        junk in prop::collection::vec(prop::sample::select(vec![
                            "\u{1b}[2J", "\u{1b}]52;c;eA==\u{7}", "\u{9b}", "\u{202E}", "\r", "\u{0}", "€", "punten)",
                            "1. ", "- ", "\n\n", "Eindtijd", "31 juni 2026", "99999999999999999999 uur", "schaal 999999999999",
                        ]), 0..20), at in 0usize..20_000) {
        let all = samples();
        let text = &all[which % all.len()];
        let chars: Vec<char> = text.chars().collect();
        let (a, b) = (cut_a % chars.len(), cut_b % chars.len());
        let (lo, hi) = (a.min(b), a.max(b));
        let mut mutated: String = chars[..lo].iter().chain(chars[hi..].iter()).collect();
        let pos = mutated.char_indices().nth(at % (mutated.chars().count() + 1)).map_or(mutated.len(), |(i, _)| i);
        mutated.insert_str(pos, &junk.concat());
        if let Ok(p) = parse(&mutated) {
            prop_assert!(!p.title.contains('\u{1b}'), "escape in title");
            let json = serde_json::to_string(&p).unwrap();
            prop_assert!(!json.contains('\u{9b}'), "CSI in json");
        }
    }
}

/// Every blind set's postings, with their separators written in characters
/// of several bytes: a reader that slices a line by byte counts ("one byte
/// past the label", "forty bytes on") panics on them. Both such panics the
/// blind sets found (a label glued to "€", a label's reach ending inside
/// "€") are of this kind.
#[test]
fn separators_of_several_bytes_are_no_panic() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|d| d.file_name().to_string_lossy().starts_with("unseen"))
        .flat_map(|d| std::fs::read_dir(d.path()).unwrap().filter_map(Result::ok))
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    // every third file, its first 3,000 characters: the test stays quick
    for path in files.iter().step_by(3) {
        let text: String = std::fs::read_to_string(path)
            .unwrap()
            .chars()
            .take(3_000)
            .collect();
        for variant in [
            text.replace(": ", "€"),
            text.replace(' ', " €"),
            text.replace('-', "–€"),
        ] {
            let read = std::panic::catch_unwind(|| parse(&variant));
            assert!(
                read.is_ok(),
                "{} panicked with its separators in €",
                path.display()
            );
        }
    }
}
