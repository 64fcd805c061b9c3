//! The posting parser never panics, whatever the text.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = tenderdesk::posting::parse(text);
});
