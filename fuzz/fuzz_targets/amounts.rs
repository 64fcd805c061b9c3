//! Amount parsing never panics, and the length it reports is a char boundary.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Some((_, len)) = tenderdesk::posting::money::parse_amount_prefix(text) {
        assert!(len <= text.len() && text.is_char_boundary(len));
    }
    let _ = tenderdesk::posting::money::find_euro_amounts(text);
});
