//! Bytes to text: UTF-8 first, then UTF-16 (by BOM), then UTF-8 with a few
//! stray legacy bytes (each read as Windows-1252), then a detected legacy
//! encoding such as Windows-1252 (chardetng with the Dutch TLD as a hint).

use super::InputError;

/// How many leading bytes are checked for NUL to call a file binary.
const SNIFF_BYTES: usize = 8000;

/// Decodes posting bytes to a `String`. Refuses empty and binary input.
pub fn decode(bytes: &[u8]) -> Result<String, InputError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(InputError::Empty);
    }
    if let Some(text) = decode_utf16_bom(bytes) {
        return checked(text);
    }
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    if head.contains(&0) {
        return Err(InputError::Binary);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) if has_utf8_beyond_ascii(bytes) => utf8_with_stray_bytes(bytes),
        Err(_) => {
            let mut detector =
                chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(bytes, true);
            let encoding = detector.guess(Some(b"nl"), chardetng::Utf8Detection::Allow);
            let (text, _, _) = encoding.decode(bytes);
            text.into_owned()
        }
    };
    checked(text)
}

/// Refuses decoded text that is empty or binary after all.
fn checked(text: String) -> Result<String, InputError> {
    if text.trim().is_empty() {
        return Err(InputError::Empty);
    }
    if text.chars().take(SNIFF_BYTES).any(|c| c == '\0') || looks_binary(&text) {
        return Err(InputError::Binary);
    }
    Ok(text)
}

/// Whether the bytes hold at least one valid multi-byte UTF-8 sequence: then
/// the file is UTF-8, and invalid bytes in it are stray (pasted) legacy bytes,
/// not a sign that the whole file is Windows-1252.
fn has_utf8_beyond_ascii(bytes: &[u8]) -> bool {
    bytes.utf8_chunks().any(|chunk| !chunk.valid().is_ascii())
}

/// UTF-8 text in which each invalid byte is read as Windows-1252 (so a pasted
/// "é" stays "é" and the rest of the file is not turned into mojibake).
fn utf8_with_stray_bytes(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        let (legacy, _, _) = encoding_rs::WINDOWS_1252.decode(chunk.invalid());
        text.push_str(&legacy);
    }
    text
}

fn decode_utf16_bom(bytes: &[u8]) -> Option<String> {
    let (encoding, rest) = if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        (encoding_rs::UTF_16LE, rest)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        (encoding_rs::UTF_16BE, rest)
    } else {
        return None;
    };
    let (text, _) = encoding.decode_without_bom_handling(rest);
    Some(text.into_owned())
}

/// Text with many control characters (other than whitespace) is not a posting.
fn looks_binary(text: &str) -> bool {
    let sample: Vec<char> = text.chars().take(SNIFF_BYTES).collect();
    let controls = sample
        .iter()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    controls * 20 > sample.len().max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_decodes_exactly() {
        let (bytes, _, _) =
            encoding_rs::WINDOWS_1252.encode("Coördinator, uurtarief €110,- en € 77,50 – België.");
        assert!(std::str::from_utf8(&bytes).is_err());
        assert_eq!(
            decode(&bytes).unwrap(),
            "Coördinator, uurtarief €110,- en € 77,50 – België."
        );
    }

    #[test]
    fn utf8_bom_and_utf16() {
        assert_eq!(decode(b"\xEF\xBB\xBFhallo").unwrap(), "hallo");
        let mut utf16 = vec![0xFF, 0xFE];
        for u in "Coördinator".encode_utf16() {
            utf16.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&utf16).unwrap(), "Coördinator");
    }

    #[test]
    fn empty_and_binary_are_refused() {
        assert_eq!(decode(b""), Err(InputError::Empty));
        assert_eq!(decode(b" \n\t "), Err(InputError::Empty));
        assert_eq!(decode(b"PK\x03\x04\x00\x00binary"), Err(InputError::Binary));
        assert_eq!(
            decode(&[1u8, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17]),
            Err(InputError::Binary)
        );
    }

    #[test]
    fn utf8_with_one_stray_legacy_byte_keeps_its_utf8() {
        // found by the reliability harness: one Latin-1 byte made the whole
        // file Windows-1252, so every "ö" and "€" came out as mojibake
        let mut bytes = "Coördinator €110,- en ".as_bytes().to_vec();
        bytes.extend_from_slice(b"\xe9n fout\n");
        assert_eq!(decode(&bytes).unwrap(), "Coördinator €110,- en én fout\n");
    }

    #[test]
    fn short_windows_1252_decodes_exactly() {
        assert_eq!(
            decode(b"Co\xf6rdinator \x80110,-").unwrap(),
            "Coördinator €110,-"
        );
    }

    #[test]
    fn bom_only_and_utf16_nul_are_refused() {
        // found by the reliability harness: a bare BOM came out as an empty
        // posting, and UTF-16 NULs skipped the binary check
        assert_eq!(decode(b"\xEF\xBB\xBF"), Err(InputError::Empty));
        assert_eq!(decode(b"\xFF\xFE"), Err(InputError::Empty));
        assert_eq!(decode(b"\xFE\xFF\x00 \x00\n"), Err(InputError::Empty));
        assert_eq!(
            decode(b"\xFF\xFEa\x00\x00\x00b\x00"),
            Err(InputError::Binary)
        );
        let mut be = vec![0xFE, 0xFF];
        for u in "Coördinator €".encode_utf16() {
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode(&be).unwrap(), "Coördinator €");
    }

    #[test]
    fn invalid_utf8_mid_file_still_decodes() {
        let mut bytes = "Aanvraagnummer 123\n".as_bytes().to_vec();
        bytes.push(0xE9); // é in Latin-1
        bytes.extend_from_slice(b"n gemeente\n");
        let text = decode(&bytes).unwrap();
        assert!(text.starts_with("Aanvraagnummer 123"));
    }
}
