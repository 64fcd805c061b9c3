//! The long runs of the reliability harness (issue 9); see RELIABILITY.md.
//!
//! `cargo run --release --example reliability -- [--quick] [--bin PATH]
//! [--work DIR] [--seed N] [--only NAME]` prints the figures table.
//! `... -- make-fixtures` writes `tests/fixtures/db/v<N>.db` for every
//! earlier schema version. `... -- slow-inputs TARGET DIR...` times each
//! fuzz corpus input and lists those slower than 100 ms. `... -- make-shapes
//! [DIR]` writes the odd-shaped inputs of issue 16 at full size.

#[path = "../tests/support/harness/mod.rs"]
mod harness;

use harness::{Ctx, Figure};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

struct Counts {
    import_kills: usize,
    import_files: usize,
    stage_kills: usize,
    writers: usize,
    changes: usize,
    hold_ms: u64,
    migrate_procs: usize,
    migrate_rounds: usize,
    backups: usize,
    flips: usize,
    big_mb: usize,
}

const FULL: Counts = Counts {
    import_kills: 1000,
    import_files: 200,
    stage_kills: 200,
    writers: 4,
    changes: 1000,
    hold_ms: 3000,
    migrate_procs: 8,
    migrate_rounds: 50,
    backups: 100,
    flips: 200,
    big_mb: 200,
};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    match args.first().map(String::as_str) {
        Some("make-fixtures") => return make_fixtures(&repo),
        Some("slow-inputs") => return slow_inputs(&args[1], &args[2..]),
        Some("make-shapes") => {
            let dir = args
                .get(1)
                .map_or_else(|| repo.join("target/shapes"), PathBuf::from);
            for (shape, path) in harness::write_shapes(&repo, &dir, 1) {
                println!("{} {}", shape.name(), path.display());
            }
            return;
        }
        _ => {}
    }
    let value = |flag: &str| -> Option<String> {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1).cloned())
    };
    let num = |flag: &str, default: usize| -> usize {
        value(flag).map_or(default, |v| v.parse().expect("a number"))
    };
    let mut c = FULL;
    c.import_kills = num("--import-kills", c.import_kills);
    c.stage_kills = num("--stage-kills", c.stage_kills);
    c.changes = num("--changes", c.changes);
    c.migrate_rounds = num("--migrate-rounds", c.migrate_rounds);
    c.backups = num("--backups", c.backups);
    c.flips = num("--flips", c.flips);
    let seed: u64 = value("--seed").map_or_else(
        || {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_secs())
        },
        |s| s.parse().expect("a number"),
    );
    let only = value("--only");
    let bin = value("--bin").map_or_else(|| repo.join("target/release/tenderdesk"), PathBuf::from);
    assert!(
        bin.exists(),
        "build it first: cargo build --release ({})",
        bin.display()
    );
    let work = value("--work").map_or_else(
        || std::env::temp_dir().join("tenderdesk-reliability"),
        PathBuf::from,
    );
    let ctx = Ctx { bin, work, repo };
    let _ = std::fs::remove_dir_all(&ctx.work);
    std::fs::create_dir_all(&ctx.work).unwrap();

    eprintln!("seed {seed}; work in {}", ctx.work.display());
    println!("| check | tried | result | time |");
    println!("|---|---|---|---|");
    let run = |name: &str, f: &dyn Fn() -> Figure| {
        if only.as_deref().is_some_and(|o| !name.contains(o)) {
            return;
        }
        eprintln!("running {name} ...");
        let t = Instant::now();
        let fig = f();
        println!(
            "| {} | {} | {} | {:.0} s |",
            fig.check,
            fig.tried,
            fig.result,
            t.elapsed().as_secs_f64()
        );
    };
    run("import-kills", &|| {
        harness::kill_during_import(&ctx, c.import_kills, c.import_files, 500, seed)
    });
    run("stage-kills", &|| {
        harness::kill_during_stage_changes(&ctx, c.stage_kills, 400, seed)
    });
    run("concurrent", &|| {
        harness::readers_beside_writers(&ctx, c.writers, c.changes)
    });
    run("long-writer", &|| harness::long_writer(&ctx, c.hold_ms));
    run("lock-hold", &|| {
        let (fig, longest) = harness::import_lock_hold(&ctx, c.import_files);
        assert!(
            longest < Duration::from_millis(250),
            "an import transaction held the lock {longest:?}"
        );
        fig
    });
    run("stage-during-import", &|| {
        harness::stage_change_during_import(&ctx, c.import_files, 50)
    });
    run("migrations", &|| {
        harness::migrations(&ctx, c.migrate_procs, c.migrate_rounds)
    });
    run("backup", &|| harness::backup_under_load(&ctx, c.backups));
    run("corrupt", &|| {
        harness::corrupt_databases(&ctx, c.flips, seed)
    });
    run("bad-files", &|| harness::bad_files(&ctx, c.big_mb));
    run("odd-inputs", &|| harness::odd_inputs(&ctx, 1, true));
    let _ = std::fs::remove_dir_all(&ctx.work);
}

/// Writes `tests/fixtures/db/v<N>.db` for every schema version before the
/// current one, from `seed-v<N>.sql` (rows in every table of that version).
fn make_fixtures(repo: &Path) {
    use tenderdesk::store::schema::{LATEST, migrations};
    let dir = repo.join("tests/fixtures/db");
    for v in 1..LATEST {
        let db = dir.join(format!("v{v}.db"));
        if db.exists() {
            continue; // a committed fixture never changes
        }
        let seed = dir.join(format!("seed-v{v}.sql"));
        let Ok(sql) = std::fs::read_to_string(&seed) else {
            panic!("missing {}: write the rows for schema v{v}", seed.display());
        };
        let mut conn = rusqlite::Connection::open(&db).unwrap();
        migrations().to_version(&mut conn, v as usize).unwrap();
        conn.execute_batch(&sql).unwrap();
        conn.execute_batch("VACUUM").unwrap();
        println!("wrote {}", db.display());
    }
}

/// Times every input in the given corpus directories through one fuzz
/// target's function; prints those over 100 ms and exits 1 if any.
fn slow_inputs(target: &str, dirs: &[String]) {
    let run = |bytes: &[u8]| match target {
        "decode" => {
            let _ = tenderdesk::input::decode(bytes);
        }
        "document" => {
            let _ = tenderdesk::input::to_document(bytes);
        }
        // as the fuzz targets do: a header in front sends the bytes to the reader
        "pdf" | "email" => {
            let mut input = if target == "pdf" {
                b"%PDF-1.4\n".to_vec()
            } else {
                b"From: a@example.nl\r\nTo: b@example.nl\r\nMIME-Version: 1.0\r\nSubject: Opdracht\r\n"
                    .to_vec()
            };
            input.extend_from_slice(bytes);
            let _ = tenderdesk::input::to_document(&input);
        }
        _ => {
            let Ok(text) = std::str::from_utf8(bytes) else {
                return;
            };
            match target {
                "html" => {
                    let _ = tenderdesk::input::html_to_text(text);
                }
                "parse" => {
                    let _ = tenderdesk::posting::parse(text);
                }
                "dates" => {
                    let _ = tenderdesk::posting::dates::find_dates(text);
                }
                "amounts" => {
                    let _ = tenderdesk::posting::money::parse_amount_prefix(text);
                    let _ = tenderdesk::posting::money::find_euro_amounts(text);
                }
                other => panic!("unknown target {other}"),
            }
        }
    };
    let (mut n, mut slow) = (0usize, 0usize);
    let mut slowest = Duration::ZERO;
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(dir) else {
            continue;
        };
        for e in entries.flatten() {
            let bytes = std::fs::read(e.path()).unwrap_or_default();
            let t = Instant::now();
            run(&bytes);
            let took = t.elapsed();
            slowest = slowest.max(took);
            n += 1;
            if took > Duration::from_millis(100) {
                slow += 1;
                println!("SLOW {} ms: {}", took.as_millis(), e.path().display());
            }
        }
    }
    println!(
        "{target}: {n} inputs, slowest {} ms, {slow} over 100 ms",
        slowest.as_millis()
    );
    if slow > 0 {
        std::process::exit(1);
    }
}
