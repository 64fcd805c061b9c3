//! The `tenderdesk` binary: thin dispatch to the library's front ends.

use clap::Parser;

/// mimalloc: reading 100,000 postings spent a fifth of its time in glibc's
/// malloc and free (`malloc_consolidate`, `unlink_chunk`); see BENCHMARKS.md.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's option `purge_delay` (the same index in its v2 and v3 headers):
/// how long freed memory is kept before it goes back to the system.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Freed memory goes back to the system at once, and no transparent huge
/// pages: mimalloc's defaults (a second's delay, THP where the system allows
/// them) doubled the peak of a 9 MB text on one line (430 → 216 MB) and kept
/// 204 MB instead of 124 MB for `list --stage open` at 100,000 postings
/// (BENCHMARKS.md, "The allocator gives memory back").
///
/// Set by a constructor, before the program's first allocation: set in
/// `main`, it came after the standard library's start-up had allocated, and
/// the kernel cleared a whole 2 MB huge page for that on every run
/// (BENCHMARKS.md, "Starting a command").
extern "C" fn allocator_gives_memory_back() {
    // SAFETY: one integer option of the allocator and one flag of this
    // process, set before anything allocates or any other thread starts
    unsafe {
        libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0);
        #[cfg(target_os = "linux")]
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

/// Runs [`allocator_gives_memory_back`] among the first constructors: the
/// linker orders numbered `.init_array` entries before unnumbered ones.
#[cfg(target_os = "linux")]
#[used]
#[unsafe(link_section = ".init_array.00200")]
static EARLY_SETTINGS: extern "C" fn() = allocator_gives_memory_back;

fn main() {
    #[cfg(not(target_os = "linux"))]
    allocator_gives_memory_back();
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
