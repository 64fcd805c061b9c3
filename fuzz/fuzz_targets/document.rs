//! Any bytes through the format sniffer and the PDF, HTML, e-mail and text
//! readers: never a panic; text that comes out is non-empty.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(doc) = tenderdesk::input::to_document(bytes) {
        let _ = tenderdesk::posting::parse(&doc.text);
    }
});
