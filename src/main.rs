//! The `tenderdesk` binary: thin dispatch to the library's front ends.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    for path in args {
        match std::fs::read_to_string(&path) {
            Ok(text) => match tenderdesk::posting::parse(&text) {
                Ok(p) => println!("{path}: {}", p.title),
                Err(e) => eprintln!("{path}: {e}"),
            },
            Err(e) => eprintln!("{path}: {e}"),
        }
    }
}
