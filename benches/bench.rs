//! tenderdesk benchmarks (not run in CI; `cargo bench --no-run` compiles them).
//!
//! `cargo bench --bench bench -- SUBCOMMAND ARGS`; see BENCHMARKS.md and
//! `benches/run.sh`, which runs them all.
//!
//! - `gen DIR COUNT [SEED]`: write COUNT generated postings as files in DIR
//! - `parse COUNT`: parse alone, one core and every core
//! - `parse-dir DIR`: parse alone, every core, the files in DIR (as import reads them)
//! - `ratio DIR ROUNDS TD [TD…]`: import/parse on the same files, interleaved
//! - `keys DB OUT`: write every posting's search key to OUT (for fzf)
//! - `startup DB`: what the interface does before its first frame
//! - `typing DB`: search while typing, per keystroke, both matchers
//! - `typing-gen COUNT`: the same over keys built from COUNT generated postings
//!   (the store's key formula, without importing them first)
//! - `typing-app DB [ROUNDS]`: the interface itself, key to results drawn
//! - `filters DB`: region + scale + stage over every posting
//! - `fts DB`: full-text search, a word and a phrase

use chrono::{NaiveDate, Utc};
use std::path::Path;
use std::time::{Duration, Instant};
use tenderdesk::corpus;
use tenderdesk::pipeline::Stage;
use tenderdesk::search::{self, Filter, Matcher, StageFilter};
use tenderdesk::store::Store;

#[path = "support/parse_dir.rs"]
mod parse_dir;
#[path = "support/typing_app.rs"]
mod typing_app;

/// The binary's allocator (src/main.rs), so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const SEED: u64 = 20_260_601;

fn now() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 1).expect("date")
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let a = |i: usize| args.get(i).cloned().unwrap_or_default();
    match a(0).as_str() {
        "gen" => gen_files(
            Path::new(&a(1)),
            a(2).parse().unwrap_or(10_000),
            a(3).parse().unwrap_or(SEED),
        ),
        "parse" => parse(a(1).parse().unwrap_or(10_000)),
        "parse-dir" => parse_dir::parse_dir(Path::new(&a(1))),
        "ratio" => parse_dir::ratio(
            Path::new(&a(1)),
            a(2).parse().unwrap_or(3),
            args.get(3..).unwrap_or_default(),
        ),
        "keys" => keys(Path::new(&a(1)), Path::new(&a(2))),
        "startup" => startup(Path::new(&a(1))),
        "typing" => typing(Path::new(&a(1))),
        "typing-app" => typing_app::run(Path::new(&a(1)), QUERIES, a(2).parse().unwrap_or(3)),
        "typing-gen" => typing_keys(gen_keys(a(1).parse().unwrap_or(100_000))),
        "filters" => filters(Path::new(&a(1))),
        "fts" => fts(Path::new(&a(1))),
        _ => eprintln!(
            "usage: cargo bench --bench bench -- gen|parse|parse-dir|ratio|keys|startup|typing|typing-app|filters|fts ARGS (see the file's header)"
        ),
    }
}

fn gen_files(dir: &Path, count: u64, seed: u64) {
    std::fs::create_dir_all(dir).expect("create dir");
    let t = Instant::now();
    let mut bytes = 0;
    // dates around today, so that "open" and "due within" filters find postings
    let today = Utc::now().date_naive();
    for g in corpus::corpus(seed, count, today).enumerate() {
        let (i, g) = g;
        bytes += g.text.len();
        std::fs::write(dir.join(format!("{i:06}.txt")), g.text).expect("write");
    }
    println!(
        "gen: {count} postings, {:.1} MB in {:.2?}",
        bytes as f64 / 1e6,
        t.elapsed()
    );
}

fn parse(count: u64) {
    let texts: Vec<String> = corpus::corpus(SEED, count, now()).map(|g| g.text).collect();
    let mb = texts.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    let t = Instant::now();
    for x in &texts {
        let _ = std::hint::black_box(tenderdesk::posting::parse(x));
    }
    let one = t.elapsed().as_secs_f64();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let t = Instant::now();
    std::thread::scope(|s| {
        for chunk in texts.chunks(texts.len().div_ceil(cores)) {
            s.spawn(move || {
                for x in chunk {
                    let _ = std::hint::black_box(tenderdesk::posting::parse(x));
                }
            });
        }
    });
    let all = t.elapsed().as_secs_f64();
    println!(
        "parse: {count} postings ({mb:.1} MB): 1 core {:.0} postings/s {:.2} MB/s ({:.3} ms each); {cores} cores {:.0} postings/s {:.2} MB/s",
        count as f64 / one,
        mb / one,
        one * 1e3 / count as f64,
        count as f64 / all,
        mb / all
    );
}

/// Writes the short keys (what is matched fuzzily: title, organisation,
/// region, number), one line per posting, to OUT, and the whole keys
/// (criteria too, on one line) to OUT.full.
fn keys(db: &Path, out: &Path) {
    let store = Store::open(db).expect("open");
    let recs = store.list().expect("list");
    let short: String = recs
        .iter()
        .map(|r| format!("{}\n", tenderdesk::search::key::split(&r.search_key).0))
        .collect();
    let full: String = recs
        .iter()
        .map(|r| format!("{}\n", r.search_key.replace('\n', " ")))
        .collect();
    std::fs::write(out, short).expect("write");
    let mut full_path = out.as_os_str().to_owned();
    full_path.push(".full");
    std::fs::write(&full_path, full).expect("write");
    println!(
        "keys: {} lines to {} and {}",
        recs.len(),
        out.display(),
        Path::new(&full_path).display()
    );
}

fn startup(db: &Path) {
    let mut runs = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let store = Store::open(db).expect("open");
        let opened = t.elapsed();
        let recs = store.list().expect("list");
        let listed = t.elapsed();
        let hits = search::apply(&recs, &Filter::default(), Utc::now());
        let total = t.elapsed();
        std::hint::black_box(hits);
        runs.push((opened, listed, total, recs.len()));
    }
    runs.sort_by_key(|r| r.2);
    let (o, l, tot, n) = runs[runs.len() / 2];
    println!(
        "load (median of 5: Store::open {o:.1?}, list() of {n} {:.1?}, filter+sort {:.1?}): total {tot:.1?}",
        l - o,
        tot - l
    );
    // the interface: open, build the app (the first screen from the deadline
    // index; the rest on its loading thread), draw the first frame (120x40,
    // in memory), then wait until the whole list is in and draw again
    let mut frames = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let store = Store::open(db).expect("open");
        let mut app = tenderdesk::tui::app::App::new(Box::new(store), Utc::now()).expect("app");
        let built = t.elapsed();
        let mut term =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).expect("terminal");
        let theme = tenderdesk::tui::theme::Theme::from_env();
        term.draw(|f| tenderdesk::tui::draw(f, &app, &theme))
            .expect("draw");
        let first = t.elapsed();
        app.wait_loaded();
        term.draw(|f| tenderdesk::tui::draw(f, &app, &theme))
            .expect("draw");
        frames.push((first, built, t.elapsed(), app.state.records.len()));
    }
    frames.sort();
    let (first, built, whole, n) = frames[frames.len() / 2];
    println!(
        "first frame (median of 5; tui::App::new {built:.1?} incl. open and the first screen, then draw): {first:.1?} (terminal set-up and process start not included)"
    );
    println!("whole list of {n} in and drawn again: {whole:.1?}");
}

fn pct(v: &mut [Duration], p: f64) -> Duration {
    v.sort();
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

const QUERIES: &[&str] = &[
    "coordinator vluchtelingen",
    "klantmanager inburgering",
    "beleidsadviseur wmo",
    "hilversum",
    "coordwmo",
];

/// One keystroke: match `query` against the candidates (all keys, or the
/// previous hits when the query grew), split over `threads`.
fn search_step(
    keys: &[String],
    candidates: &[u32],
    threads: usize,
    score: &(dyn Fn(&str) -> bool + Sync),
) -> Vec<u32> {
    let chunk = candidates.len().div_ceil(threads).max(1);
    std::thread::scope(|s| {
        let handles: Vec<_> = candidates
            .chunks(chunk)
            .map(|c| {
                s.spawn(move || {
                    c.iter()
                        .copied()
                        .filter(|&i| score(&keys[i as usize]))
                        .collect::<Vec<u32>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

/// Builds the per-key test for one typed query.
type MakeScorer<'a> = dyn Fn(&str) -> Box<dyn Fn(&str) -> bool + Sync + 'a> + 'a;

fn typing_with(name: &str, keys: &[String], threads: usize, make: &MakeScorer) {
    let mut all = Vec::new();
    let mut full_pass = Vec::new();
    for q in QUERIES {
        let mut prev: Option<(String, Vec<u32>)> = None;
        let everyone: Vec<u32> = (0..keys.len() as u32).collect();
        for end in 1..=q.len() {
            let typed = &q[..end];
            let narrowing = prev
                .as_ref()
                .is_some_and(|(p, _)| typed.starts_with(p.as_str()));
            let cands: &[u32] = match &prev {
                Some((_, hits)) if narrowing => hits,
                _ => &everyone,
            };
            let t = Instant::now();
            let score = make(typed);
            let hits = search_step(keys, cands, threads, &*score);
            let e = t.elapsed();
            all.push(e);
            if end == 1 {
                full_pass.push(e);
            }
            prev = Some((typed.to_string(), hits));
        }
        let n = prev.map_or(0, |p| p.1.len());
        print!("{q:?}={n} hits; ");
    }
    let mut v = all.clone();
    println!(
        "\n  {name}, {threads} thread(s): per keystroke p50 {:.2?} p99 {:.2?} max {:.2?}; first key (full pass) median {:.2?}",
        pct(&mut v, 0.5),
        pct(&mut v, 0.99),
        v.last().copied().unwrap_or_default(),
        pct(&mut full_pass, 0.5)
    );
}

/// Search keys as the store builds them (title, organisation, region,
/// request number, criteria; folded), from generated postings.
fn gen_keys(count: u64) -> Vec<String> {
    use tenderdesk::posting::{AwardCriterion, KnockoutCriterion, Posting};
    corpus::corpus(SEED, count, now())
        .map(|g| {
            let s = g.spec;
            // the store's key formula (search::key), on the values generated
            let p = Posting {
                title: s.title,
                organisation: Some(s.organisation),
                region: Some(s.region.to_string()),
                request_number: Some(s.request_number),
                knockout: s
                    .knockout
                    .into_iter()
                    .enumerate()
                    .map(|(i, text)| KnockoutCriterion {
                        number: i as u32 + 1,
                        text,
                    })
                    .collect(),
                award: s
                    .award
                    .into_iter()
                    .enumerate()
                    .map(|(i, a)| AwardCriterion {
                        number: i as u32 + 1,
                        text: a.0,
                        points: None,
                        rate_bands: vec![],
                    })
                    .collect(),
                ..Posting::default()
            };
            search::key::search_key(&p)
        })
        .collect()
}

fn typing(db: &Path) {
    let store = Store::open(db).expect("open");
    let keys: Vec<String> = store
        .list()
        .expect("list")
        .into_iter()
        .map(|r| r.search_key)
        .collect();
    typing_keys(keys);
}

fn typing_keys(keys: Vec<String>) {
    println!("typing over {} keys, queries {QUERIES:?}:", keys.len());
    for threads in [2, 1] {
        // the app's matcher (fuzzy-matcher SkimMatcherV2 on folded keys)
        typing_with("fuzzy-matcher (search::Matcher)", &keys, threads, &|q| {
            let m = Matcher::default();
            let q = search::Query::new(q);
            Box::new(move |k: &str| m.score_query(k, &q).is_some())
        });
        if threads == 1 {
            continue; // nucleo for comparison on two threads only
        }
        typing_with("nucleo-matcher", &keys, threads, &|q| {
            use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
            let pattern = Pattern::parse(q, CaseMatching::Ignore, Normalization::Smart);
            Box::new(move |k: &str| {
                thread_local! {
                    static M: std::cell::RefCell<nucleo_matcher::Matcher> =
                        std::cell::RefCell::new(nucleo_matcher::Matcher::new(nucleo_matcher::Config::DEFAULT));
                }
                let mut buf = Vec::new();
                M.with(|m| {
                    pattern
                        .score(
                            nucleo_matcher::Utf32Str::new(k, &mut buf),
                            &mut m.borrow_mut(),
                        )
                        .is_some()
                })
            })
        });
    }
}

fn filters(db: &Path) {
    let store = Store::open(db).expect("open");
    let recs = store.list().expect("list");
    let f = Filter {
        region: Some("noord-holland".into()),
        scale: Some((9, 11)),
        stage: Some(StageFilter::Stage(Stage::Open)),
        ..Filter::default()
    };
    let mut v = Vec::new();
    let mut n = 0;
    for _ in 0..11 {
        let t = Instant::now();
        n = search::apply(&recs, &f, Utc::now()).len();
        v.push(t.elapsed());
    }
    println!(
        "filters region+scale+stage over {}: {n} hits, median {:.2?}",
        recs.len(),
        pct(&mut v, 0.5)
    );
}

fn fts(db: &Path) {
    let store = Store::open(db).expect("open");
    for q in [
        "opvang",
        "\"huisvesting van vergunninghouders\"",
        "vluchtelingenopvangbeleid",
    ] {
        let mut v = Vec::new();
        let mut n = 0;
        for _ in 0..7 {
            let t = Instant::now();
            n = store.search_text(q).expect("search").len();
            v.push(t.elapsed());
        }
        println!("fts {q}: {n} hits, median {:.2?}", pct(&mut v, 0.5));
    }
}
