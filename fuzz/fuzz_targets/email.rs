//! Bytes after a block of mail headers go to the e-mail reader: never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let mut mail =
        b"From: a@example.nl\r\nTo: b@example.nl\r\nMIME-Version: 1.0\r\nSubject: Opdracht\r\n".to_vec();
    mail.extend_from_slice(bytes);
    let _ = tenderdesk::input::to_document(&mail);
});
