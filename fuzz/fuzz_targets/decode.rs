//! The bytes decoder never panics; what it returns is non-empty text without NUL.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(text) = tenderdesk::input::decode(bytes) {
        assert!(!text.trim().is_empty());
        assert!(!text.chars().take(8000).any(|c| c == '\0'));
    }
});
