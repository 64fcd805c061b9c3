//! Issue 16's import/parse ratio: parsing alone on the files an import
//! reads, and the import of the same files, on the same cores.
//!
//! - `parse-dir DIR`: the files are read into memory first (not timed),
//!   then parsed as the import parses them (`import::posting_from`) on
//!   every core; best of three passes.
//! - `ratio DIR ROUNDS TD [TD…]`: rounds of one parse pass, then each
//!   binary's `TD --db TMP import DIR` into a fresh database, one after the
//!   other, so that parse and imports see about the same load on a shared
//!   machine. Per binary: the median over rounds of import rate / parse
//!   rate (wall clock), and CPU seconds (user + system, all threads) per
//!   1,000 postings for the import and for parsing.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;
use tenderdesk::{import, input};

fn load(dir: &Path) -> Vec<input::Document> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| input::read_document(p).ok())
        .collect()
}

/// One parse pass on every core: (wall seconds, CPU seconds).
fn pass(docs: &[input::Document]) -> (f64, f64) {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let cpu = cpu_seconds(libc::RUSAGE_SELF);
    let t = Instant::now();
    std::thread::scope(|s| {
        for chunk in docs.chunks(docs.len().div_ceil(cores).max(1)) {
            s.spawn(move || {
                for d in chunk {
                    let _ = std::hint::black_box(import::posting_from(d));
                }
            });
        }
    });
    (
        t.elapsed().as_secs_f64(),
        cpu_seconds(libc::RUSAGE_SELF) - cpu,
    )
}

/// User + system CPU seconds of this process or of its waited-for children.
fn cpu_seconds(who: i32) -> f64 {
    // SAFETY: rusage is plain integers (all-zero is valid), and getrusage
    // writes the struct it is given and nothing else
    let u = unsafe {
        let mut u: libc::rusage = std::mem::zeroed();
        libc::getrusage(who, &mut u);
        u
    };
    let s = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    s(u.ru_utime) + s(u.ru_stime)
}

pub fn parse_dir(dir: &Path) {
    let docs = load(dir);
    let mb = docs.iter().map(|d| d.text.len()).sum::<usize>() as f64 / 1e6;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    // best of three passes: the machine is shared
    let best = (0..3).map(|_| pass(&docs).0).fold(f64::MAX, f64::min);
    let n = docs.len();
    println!(
        "parse-dir: {n} files ({mb:.1} MB), {cores} cores: {:.0} postings/s {:.2} MB/s ({best:.2} s, best of 3)",
        n as f64 / best,
        mb / best
    );
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

pub fn ratio(dir: &Path, rounds: usize, binaries: &[String]) {
    let docs = load(dir);
    let n = docs.len() as f64;
    let db = std::env::temp_dir().join(format!("td-ratio-{}.db", std::process::id()));
    let clean = || {
        for ext in ["", "-wal", "-shm", ".lock"] {
            let mut p = db.clone().into_os_string();
            p.push(ext);
            let _ = std::fs::remove_file(p);
        }
    };
    // per binary: (wall ratios, import walls, import CPU); parse walls, CPU
    let mut runs = vec![(Vec::new(), Vec::new(), Vec::new()); binaries.len()];
    let (mut parse_wall, mut parse_cpu) = (Vec::new(), Vec::new());
    for round in 1..=rounds {
        let (pw, pc) = pass(&docs);
        parse_wall.push(pw);
        parse_cpu.push(pc);
        for (b, run) in binaries.iter().zip(runs.iter_mut()) {
            clean();
            let cpu = cpu_seconds(libc::RUSAGE_CHILDREN);
            let t = Instant::now();
            let ok = Command::new(b)
                .arg("--db")
                .arg(&db)
                .arg("import")
                .arg(dir)
                .stdout(Stdio::null())
                .status()
                .expect("run the binary")
                .success();
            let wall = t.elapsed().as_secs_f64();
            assert!(ok, "{b} import failed");
            run.0.push(pw / wall);
            run.1.push(wall);
            run.2.push(cpu_seconds(libc::RUSAGE_CHILDREN) - cpu);
            println!(
                "round {round}: parse {:.0}/s, {b}: import {:.0}/s, import/parse {:.2}",
                n / pw,
                n / wall,
                pw / wall
            );
        }
    }
    clean();
    let per_k = |s: f64| s / n * 1000.0;
    let pcpu = per_k(median(&mut parse_cpu));
    println!(
        "parse alone: median {:.0} postings/s, {pcpu:.2} CPU s per 1,000",
        n / median(&mut parse_wall)
    );
    for (b, (r, w, c)) in binaries.iter().zip(runs.iter_mut()) {
        let (lo, hi) = (
            r.iter().copied().fold(f64::MAX, f64::min),
            r.iter().copied().fold(0.0, f64::max),
        );
        println!(
            "{b}: import median {:.0} postings/s, {:.2} CPU s per 1,000 ({:.2}x parse's CPU); import/parse median {:.2} (range {lo:.2}-{hi:.2}, {rounds} rounds; goal >= 0.50)",
            n / median(w),
            per_k(median(c)),
            per_k(median(c)) / pcpu,
            median(r)
        );
    }
}
