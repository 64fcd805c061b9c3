//! Mutated PDFs, web pages and e-mails fed to the readers: no panic, and
//! each file is read within a time limit. `PROPTEST_CASES=5000` for a long run.

use proptest::prelude::*;
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

const SEEDS: &[&str] = &[
    "pdf-chromium/nieuwegein-13995-wijkcoordinator.pdf",
    "pdf-libreoffice/heerde-coordinator-welzijn.pdf",
    "pdf-fpdf2/hilversum-30662-klantmanager-inburgering.pdf",
    "html/hilversum-30828-coordinator-vluchtelingenopvang.html",
    "eml/hilversum-30662-klantmanager-inburgering.eml",
    "alert/nieuwegein-13995-alert.eml",
];

/// Each mutated file must be read (or refused) within this time.
const LIMIT: Duration = Duration::from_secs(10);

fn seed(i: usize) -> Vec<u8> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/formats");
    std::fs::read(root.join(SEEDS[i % SEEDS.len()])).unwrap()
}

fn read_in_time(bytes: Vec<u8>) {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let result = std::panic::catch_unwind(|| tenderdesk::input::to_document(&bytes).is_ok());
        let _ = tx.send(result.is_ok());
    });
    match rx.recv_timeout(LIMIT) {
        Ok(no_panic) => assert!(no_panic, "a reader panicked"),
        Err(_) => panic!("a reader took longer than {LIMIT:?}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn mutated_files_never_panic_or_hang(
        which in 0usize..SEEDS.len(),
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..40),
        cut in any::<prop::sample::Index>(),
        truncate in any::<bool>(),
    ) {
        let mut bytes = seed(which);
        for (at, byte) in flips {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        if truncate {
            bytes.truncate(cut.index(bytes.len()).max(8));
        }
        read_in_time(bytes);
    }
}
