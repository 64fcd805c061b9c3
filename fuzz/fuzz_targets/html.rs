//! Any text through the HTML reader: never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = tenderdesk::input::html_to_text(text);
});
