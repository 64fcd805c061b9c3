//! A document inside a transfer's envelope, as a tool that fetched it saves
//! it: `curl -i` and HTTPie print the HTTP response's status line and
//! headers before the page or JSON, a web archive's WARC record puts its
//! own headers before that response. The headers (a server's date, a
//! cookie, a content length) are no part of the posting: [`body`] gives
//! what follows them, so the page is read as the page it is.

/// The body after each envelope of headers the bytes open with (a WARC
/// record's, then the HTTP response's in it), or `None` where they open
/// with none.
pub fn body(bytes: &[u8]) -> Option<&[u8]> {
    let mut rest = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut opened = false;
    // a WARC record holds an HTTP response: two envelopes at most, and a
    // few more where a response was redirected ("HTTP/1.1 301", then "200")
    for _ in 0..4 {
        let start = rest
            .iter()
            .position(|c| !c.is_ascii_whitespace())
            .unwrap_or(rest.len());
        let mut head = &rest[start..];
        // the command that fetched it, copied from the terminal above it
        // ("$ curl -i https://…", "$ http https://…")
        if !opened
            && head.starts_with(b"$ ")
            && let Some(nl) = head.iter().position(|&c| c == b'\n')
            && opens_envelope(&head[nl + 1..])
        {
            head = &head[nl + 1..];
        }
        if !opens_envelope(head) {
            break;
        }
        let Some(end) = headers_end(head) else {
            break;
        };
        rest = &head[end..];
        opened = true;
    }
    opened.then_some(rest)
}

/// A status line of HTTP ("HTTP/1.1 200 OK", "HTTP/2 200") or the version
/// line of a WARC record ("WARC/1.1").
fn opens_envelope(b: &[u8]) -> bool {
    let line = b.split(|&c| c == b'\n').next().unwrap_or(b);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let version = |rest: &[u8]| rest.first().is_some_and(u8::is_ascii_digit);
    match (line.strip_prefix(b"HTTP/"), line.strip_prefix(b"WARC/")) {
        (Some(rest), _) => {
            version(rest)
                && rest
                    .split(|&c| c == b' ')
                    .nth(1)
                    .is_some_and(|code| code.len() == 3 && code.iter().all(u8::is_ascii_digit))
        }
        (_, Some(rest)) => version(rest) && line.len() <= 12,
        _ => false,
    }
}

/// Where the body starts: after the first empty line (LF or CRLF), where
/// every line before it is the status line or a "Name: value" header (at
/// the end where the text ends in the headers); `None` where a line is none.
fn headers_end(b: &[u8]) -> Option<usize> {
    let mut at = 0;
    for (i, line) in b.split(|&c| c == b'\n').enumerate() {
        let next = at + line.len() + 1;
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.is_empty() {
            return Some(next.min(b.len()));
        }
        let header = line.iter().position(|&c| c == b':').is_some_and(|colon| {
            colon > 0
                && line[..colon]
                    .iter()
                    .all(|c| c.is_ascii_alphanumeric() || *c == b'-' || *c == b'_')
        });
        // a header folded over lines goes on with a space or a tab
        let folded = line.first().is_some_and(|c| *c == b' ' || *c == b'\t');
        if i > 0 && !header && !folded {
            return None;
        }
        at = next;
    }
    // headers alone, cut before the body: nothing of a posting after them
    Some(b.len())
}

#[cfg(test)]
mod tests {
    use super::body;

    #[test]
    fn curl_headers_are_taken_off_the_page() {
        let b = b"HTTP/2 200 \r\ndate: Sun, 06 Dec 2026 10:14:52 GMT\r\ncontent-type: text/html\r\n\r\n<!DOCTYPE html><p>x</p>";
        assert_eq!(body(b), Some(&b"<!DOCTYPE html><p>x</p>"[..]));
    }

    #[test]
    fn the_command_above_the_headers_goes_with_them() {
        let b = b"$ http https://api.x.nl/v2/1\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"a\": 1}";
        assert_eq!(body(b), Some(&b"{\"a\": 1}"[..]));
    }

    #[test]
    fn a_warc_record_gives_the_response_body() {
        let b = b"WARC/1.1\nWARC-Type: response\nContent-Length: 99\n\nHTTP/1.1 200 OK\nContent-Type: text/html\n\n<html>y</html>";
        assert_eq!(body(b), Some(&b"<html>y</html>"[..]));
    }

    #[test]
    fn text_that_only_names_http_is_no_envelope() {
        assert_eq!(body(b"HTTP/2 is een protocol.\nDe opdracht: x\n"), None);
        assert_eq!(body(b"Startdatum: 1 februari 2027\n\nTekst"), None);
        // a status line over prose is not headers
        assert_eq!(body(b"HTTP/1.1 200 OK\nDit is geen header\n\nx"), None);
    }
}
