//! The `tenderdesk` binary: thin dispatch to the library's front ends.

use clap::Parser;

/// mimalloc: reading 100,000 postings spent a fifth of its time in glibc's
/// malloc and free (`malloc_consolidate`, `unlink_chunk`); see BENCHMARKS.md.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    // `tenderdesk list | head`: end quietly when the reader goes away, as
    // every Unix tool does, instead of panicking on a broken pipe
    #[cfg(unix)]
    // SAFETY: restoring the default action of one signal before any thread starts
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = tenderdesk::cli::Cli::parse();
    match tenderdesk::cli::run(cli) {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            let msg = tenderdesk::posting::normalize::sanitize_line(&format!("{e:#}"));
            // not eprintln!: it panics when stderr is a hung-up terminal
            use std::io::Write;
            let _ = writeln!(std::io::stderr(), "tenderdesk: {msg}");
            std::process::exit(1);
        }
    }
}
