//! Prints the text tenderdesk reads from each file (PDF, web page, e-mail
//! or text): `cargo run --example totext -- FILE...`.
fn main() {
    for arg in std::env::args().skip(1) {
        match tenderdesk::input::read_file(std::path::Path::new(&arg)) {
            Ok(text) => println!("{text}"),
            Err(e) => eprintln!("{arg}: {e}"),
        }
    }
}
