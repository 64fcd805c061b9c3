//! Prints generated posting N of seed S (and what the parser reads from it):
//! `cargo run --example corpus_one -- SEED N`.
fn main() {
    let mut a = std::env::args().skip(1);
    let seed: u64 = a.next().and_then(|s| s.parse().ok()).unwrap_or(20_260_601);
    let n: u64 = a.next().and_then(|s| s.parse().ok()).unwrap_or(0);
    let now = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).expect("date");
    let g = tenderdesk::corpus::generate(seed, n, now);
    println!("{}\n----\n{:#?}", g.text, g.spec);
    if let Ok(p) = tenderdesk::posting::parse(&g.text) {
        println!("----\n{p:#?}");
    }
}
