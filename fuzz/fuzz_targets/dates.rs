//! Date finding never panics and its ranges are valid slices of the input.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for found in tenderdesk::posting::dates::find_dates(text) {
        assert!(text.get(found.span.clone()).is_some());
    }
    let _ = tenderdesk::posting::dates::find_times(text);
    let _ = tenderdesk::posting::dates::date_time_at_start(text);
});
