//! Which reader a file needs, decided by its first bytes, never by its name.

/// The kind of document a byte string holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Pdf,
    Html,
    Email,
    Text,
}

impl Format {
    /// A short name for messages: "PDF", "HTML", "e-mail", "text".
    pub fn name(self) -> &'static str {
        match self {
            Format::Pdf => "PDF",
            Format::Html => "HTML",
            Format::Email => "e-mail",
            Format::Text => "text",
        }
    }
}

/// How far into the file the signatures are looked for.
const HEAD: usize = 1024;

/// Header names that only an RFC 822 message starts with. A posting's
/// "Label: value" lines never use these English mail headers.
const MAIL_HEADERS: &[&str] = &[
    "from",
    "received",
    "return-path",
    "mime-version",
    "delivered-to",
    "message-id",
    "x-mozilla-status",
    "x-apple-mail",
];

/// Sniffs the format: `%PDF-` near the start; `<!DOCTYPE html` or `<html`
/// (case-insensitive, after a BOM, whitespace and comments), or an element
/// copied alone (`<article …>` … `</…>`); a block of mail
/// headers that includes `From:`, `Received:`, `MIME-Version:` and the like;
/// otherwise text.
pub fn sniff(bytes: &[u8]) -> Format {
    let head = &bytes[..bytes.len().min(HEAD)];
    if find(head, b"%PDF-").is_some() {
        return Format::Pdf;
    }
    let text = skip_bom_space(head);
    if looks_html(text) {
        return Format::Html;
    }
    if looks_email(bytes) {
        return Format::Email;
    }
    Format::Text
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn skip_bom_space(b: &[u8]) -> &[u8] {
    let b = b.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(b);
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    &b[start..]
}

fn starts_with_ci(b: &[u8], prefix: &[u8]) -> bool {
    b.len() >= prefix.len() && b[..prefix.len()].eq_ignore_ascii_case(prefix)
}

fn looks_html(mut b: &[u8]) -> bool {
    // Skip leading comments ("<!-- saved from url=... -->") and an XML prolog.
    for _ in 0..8 {
        if starts_with_ci(b, b"<!--") {
            match find(b, b"-->") {
                Some(end) => b = skip_bom_space(&b[end + 3..]),
                None => return false,
            }
        } else if starts_with_ci(b, b"<?xml") {
            match find(b, b"?>") {
                Some(end) => b = skip_bom_space(&b[end + 2..]),
                None => return false,
            }
        } else {
            break;
        }
    }
    [
        &b"<!doctype html"[..],
        b"<html",
        b"<head",
        b"<body",
        b"<meta",
    ]
    .iter()
    .any(|p| starts_with_ci(b, p))
        || is_fragment(b)
}

/// A page's element copied alone, as a browser's "Copy outerHTML" gives
/// it: a block element's opening tag first and closing tags after it.
fn is_fragment(b: &[u8]) -> bool {
    const BLOCKS: [&[u8]; 10] = [
        b"<article",
        b"<section",
        b"<div",
        b"<main",
        b"<table",
        b"<dl",
        b"<ul",
        b"<header",
        b"<h1",
        b"<form",
    ];
    BLOCKS.iter().any(|tag| {
        starts_with_ci(b, tag)
            && b.get(tag.len())
                .is_some_and(|c| *c == b' ' || *c == b'>' || *c == b'\n')
    }) && find(b, b"</").is_some()
}

/// The first lines are all `Name: value` headers (or folded continuations),
/// up to a blank line, and one of them is a mail-only header.
fn looks_email(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(16 * 1024)];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let mut mail_header = false;
    let mut headers = 0;
    for (i, line) in head.split(|&c| c == b'\n').enumerate() {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.is_empty() {
            break;
        }
        if i == 0 && line.starts_with(b"From ") {
            continue; // mbox separator line
        }
        if line[0] == b' ' || line[0] == b'\t' {
            if headers == 0 {
                return false;
            }
            continue;
        }
        let Some(colon) = line.iter().position(|&c| c == b':') else {
            return false;
        };
        let name = &line[..colon];
        if name.is_empty() || !name.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-') {
            return false;
        }
        headers += 1;
        let lower = name.to_ascii_lowercase();
        if MAIL_HEADERS
            .iter()
            .any(|h| h.as_bytes() == lower.as_slice())
        {
            mail_header = true;
        }
    }
    mail_header && headers >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_content() {
        assert_eq!(sniff(b"%PDF-1.7\n%\xe2\xe3"), Format::Pdf);
        assert_eq!(
            sniff(b"\xEF\xBB\xBF  \n<!DOCTYPE HTML><html>"),
            Format::Html
        );
        assert_eq!(
            sniff(b"<!-- saved from url=(0022)https://x.nl/ -->\n<html lang=nl>"),
            Format::Html
        );
        assert_eq!(sniff(b"<HTML><body>x"), Format::Html);
        // an element copied alone ("Copy outerHTML")
        assert_eq!(
            sniff(b"<article class=\"od\"><h1>Adviseur</h1></article>"),
            Format::Html
        );
        assert_eq!(sniff(b"<divisie> is geen tag</x>"), Format::Text);
        assert_eq!(sniff(b"<div> zonder einde"), Format::Text);
        assert_eq!(
            sniff(b"From: a@b.nl\r\nSubject: Fwd: x\r\nMIME-Version: 1.0\r\n\r\nbody"),
            Format::Email
        );
        assert_eq!(
            sniff(b"Received: from x\n\tby y\nFrom: a@b.nl\n\nbody"),
            Format::Email
        );
        assert_eq!(
            sniff(b"Aanvraagnummer: 123\nRegio: Utrecht\n\nTekst"),
            Format::Text
        );
        assert_eq!(
            sniff(b"Subject: x\nTo: y\n\nno mail-only header"),
            Format::Text
        );
        assert_eq!(sniff(b"# Titel\n\nFrom: here"), Format::Text);
        assert_eq!(sniff(b""), Format::Text);
    }
}
