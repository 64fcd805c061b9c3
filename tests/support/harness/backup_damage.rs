//! Items 7 and 8: backups under load, and damaged databases refused.

use super::*;

/// Item 7: `backups` backups while another process keeps writing.
pub fn backup_under_load(ctx: &Ctx, backups: usize) -> Figure {
    use std::os::unix::fs::PermissionsExt;
    let dir = ctx.dir("backup");
    let db = dir.join("t.db");
    let ids = ctx.base_db(&db);
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (db, stop, ids) = (db.clone(), stop.clone(), ids.clone());
        std::thread::spawn(move || {
            let mut store = Store::open(&db).unwrap();
            let mut n = 0usize;
            while !stop.load(Ordering::Relaxed) {
                let stage = if n.is_multiple_of(2) {
                    "applied"
                } else {
                    "interview"
                };
                store
                    .set_stage(&ids[n % ids.len()], stage.parse().unwrap(), Some("load"))
                    .unwrap();
                n += 1;
            }
            n
        })
    };
    let conn = Connection::open(&db).unwrap();
    for i in 0..backups {
        let target = dir.join(format!("copy-{i}.db"));
        let low = count(&conn, "SELECT count(*) FROM stage_history");
        ctx.ok(ctx.td(&db).arg("backup").arg(&target));
        let high = count(&conn, "SELECT count(*) FROM stage_history");
        let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "backup {i} mode {mode:o}");
        let copy = Connection::open(&target).unwrap();
        assert_sound(&copy, true);
        let n = count(&copy, "SELECT count(*) FROM stage_history");
        assert!(
            low <= n && n <= high,
            "backup {i}: {n} not in {low}..={high}"
        );
        assert_stage_matches_history(&copy);
        drop(copy);
        std::fs::remove_file(&target).unwrap();
    }
    stop.store(true, Ordering::Relaxed);
    let writes = writer.join().unwrap();
    // an existing target is not overwritten without --force
    let target = dir.join("precious.db");
    std::fs::write(&target, b"my precious file").unwrap();
    let out = ctx.td(&db).arg("backup").arg(&target).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--force"));
    assert_eq!(std::fs::read(&target).unwrap(), b"my precious file");
    ctx.ok(ctx.td(&db).arg("backup").arg(&target).arg("--force"));
    assert_sound(&Connection::open(&target).unwrap(), true);
    Figure::new(
        "7. backup under load",
        format!("{backups} backups during {writes} concurrent stage changes"),
        format!(
            "{backups} copies pass integrity_check, 0600, counts in range; existing target kept without --force"
        ),
    )
}

/// Whether tenderdesk's stderr names the damage clearly.
pub(super) fn clear_refusal(err: &str) -> bool {
    err.starts_with("tenderdesk: ")
        && err.trim_end().lines().count() == 1
        && (err.contains("is damaged") || err.contains("not a tenderdesk database"))
}

/// Item 8: truncated and bit-flipped copies of a database. Each command on
/// each copy either refuses it with a clear one-line message and a non-zero
/// exit, or (a flip inside stored text that stays valid) reads it; the file is
/// never modified, and nothing in its directory is deleted.
pub fn corrupt_databases(ctx: &Ctx, flips: usize, seed: u64) -> Figure {
    let dir = ctx.dir("corrupt");
    let good = dir.join("good.db");
    ctx.base_db(&good);
    let bytes = std::fs::read(&good).unwrap();
    let page = 4096usize;
    let mut cases: Vec<(String, Vec<u8>, bool)> = Vec::new(); // (name, bytes, must refuse)
    for cut in [
        100,
        1000,
        page,
        page + 1,
        bytes.len() / 2,
        bytes.len() - page,
        bytes.len() - 1,
    ] {
        cases.push((format!("truncated at {cut}"), bytes[..cut].to_vec(), true));
    }
    // the schema table's page header (page 1 after the 100-byte file header)
    for off in [100, 103, 105] {
        let mut b = bytes.clone();
        b[off] ^= 0xFF;
        cases.push((format!("schema page byte {off} flipped"), b, true));
    }
    let mut rng = Rng::new(seed);
    for _ in 0..flips {
        let off = 100 + rng.below((bytes.len() - 100) as u64) as usize;
        let bit = rng.below(8);
        let mut b = bytes.clone();
        b[off] ^= 1 << bit;
        cases.push((format!("bit {bit} of byte {off} flipped"), b, false));
    }
    let (mut refused, mut read_ok) = (0usize, 0usize);
    let tried = cases.len();
    for (i, (name, b, must_refuse)) in cases.into_iter().enumerate() {
        let case_dir = dir.join(format!("case{i}"));
        std::fs::create_dir_all(&case_dir).unwrap();
        let db = case_dir.join("t.db");
        std::fs::write(&db, &b).unwrap();
        let mut any_refused = false;
        for args in [
            vec!["list"],
            vec!["show", "30828"],
            vec!["export", "--format", "json"],
            vec!["stage", "30828", "passed"],
        ] {
            let out = ctx.td(&db).args(&args).output().unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(
                !err.contains("panicked"),
                "{name}: {args:?} panicked: {err}"
            );
            if out.status.success() {
                assert!(!must_refuse, "{name}: {args:?} accepted a damaged file");
            } else if !(args[0] == "show" && err.contains("unknown posting id")) {
                assert!(clear_refusal(&err), "{name}: {args:?}: unclear: {err}");
                any_refused = true;
            }
            // a refused command and a reading one write nothing; a stage
            // change on a file whose damage SQLite cannot see may write
            if !out.status.success() || args[0] != "stage" {
                assert!(
                    std::fs::read(&db).unwrap() == b,
                    "{name}: {args:?} modified the file: {err}"
                );
            }
        }
        let left: Vec<_> = std::fs::read_dir(&case_dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert!(
            left.iter().any(|n| n == "t.db"),
            "{name}: the database was deleted"
        );
        if any_refused {
            refused += 1;
        } else {
            read_ok += 1;
        }
        let _ = std::fs::remove_dir_all(&case_dir);
    }
    Figure::new(
        "8. corrupt database",
        format!(
            "{tried} damaged copies (7 truncations, 3 schema-page flips, {flips} random bit flips) x 4 commands"
        ),
        format!(
            "{refused} refused with one clear line and exit 1, {read_ok} flips SQLite cannot see (inside stored text or unused space) read as is; 0 unclear, 0 modified, 0 deleted"
        ),
    )
}
