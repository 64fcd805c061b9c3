//! Bytes after a `%PDF-` header go to the PDF reader: never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let mut pdf = b"%PDF-1.4\n".to_vec();
    pdf.extend_from_slice(bytes);
    let _ = tenderdesk::input::to_document(&pdf);
});
