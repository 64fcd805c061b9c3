//! Reading postings from disk or standard input into clean text.
//!
//! This is the I/O edge below the parser: it finds files, enforces a size
//! cap, sniffs the format by content (PDF, saved web page, e-mail, text; see
//! [`sniff`]), and turns each into text: PDF via lopdf (`pdf.rs`), HTML via
//! html2text (`html.rs`), e-mail via mail-parser (`email.rs`), text by
//! decoding the bytes (UTF-8, UTF-16 with BOM, Windows-1252 and other legacy
//! encodings). A transfer's headers before a page (`curl -i`, a WARC
//! record) are taken off first (`envelope.rs`). It never panics on bad input; every failure is an
//! [`InputError`] whose message is one line.

mod chips;
mod cut_page;
mod decode;
mod email;
mod envelope;
mod facts_aside;
mod html;
mod nesting;
mod pdf;
mod sniff;

pub use decode::decode;
pub use sniff::{Format, sniff};

use std::io::Read;
use std::path::{Path, PathBuf};

/// The largest posting file tenderdesk reads. Real postings are 10-20 KB;
/// a PDF rendering of one is under 1 MB.
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// Why a file could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InputError {
    #[error("cannot read: {0}")]
    Io(String),
    #[error("empty file")]
    Empty,
    #[error("binary file, not text (NUL bytes near the start)")]
    Binary,
    #[error("too large: {size} bytes (the limit is {limit} bytes)")]
    TooLarge { size: u64, limit: u64 },
    #[error("not a regular file")]
    NotAFile,
    #[error("no text layer (scanned?)")]
    NoTextLayer,
    #[error("encrypted PDF")]
    EncryptedPdf,
    #[error("malformed PDF: {0}")]
    BadPdf(String),
    #[error("unreadable web page: {0}")]
    Html(String),
    #[error("unreadable e-mail: {0}")]
    Email(String),
}

/// A file's text and what it was made from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub text: String,
    pub format: Format,
    /// The posting's address: an e-mail's first web link (a platform
    /// alert's link), a saved page's canonical link.
    pub link: Option<String>,
    /// An e-mail's sender address (a forward's original sender): the site
    /// or agency it came from, where no link names one.
    pub sender: Option<String>,
}

/// Turns the bytes of a PDF, web page, e-mail or text file into text.
pub fn to_document(bytes: &[u8]) -> Result<Document, InputError> {
    if let Some((line, rest)) = source_line(bytes)
        && (sniff(rest) != Format::Text || envelope::body(rest).is_some())
    {
        // A saved page or mail under the "# source: URL" line a person (or
        // a clipping tool) wrote above it: read what is below, and keep the
        // line above the text for the parser.
        let mut doc = to_document(rest)?;
        doc.text = format!("{}\n{}", String::from_utf8_lossy(line).trim_end(), doc.text);
        return Ok(doc);
    }
    // a page or JSON as curl, HTTPie or a web archive saved it: the
    // headers above it are the transfer's, not the posting's
    if let Some(body) = envelope::body(bytes) {
        return to_document(body);
    }
    let format = sniff(bytes);
    let (text, link, sender) = match format {
        Format::Pdf => (pdf::to_text(bytes)?, None, None),
        Format::Html => {
            let page = decode(bytes)?;
            (html::to_text(&page)?, html::canonical(&page), None)
        }
        Format::Email => {
            let mail = email::to_text(bytes)?;
            (mail.text, mail.link, mail.sender)
        }
        Format::Text => (decode(bytes)?, None, None),
    };
    Ok(Document {
        text,
        format,
        link,
        sender,
    })
}

/// A first line naming where the text came from ("# source: URL",
/// "bron: URL"), and the bytes after it.
fn source_line(bytes: &[u8]) -> Option<(&[u8], &[u8])> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let end = bytes.iter().position(|&c| c == b'\n')?;
    let line = &bytes[..end];
    let lower = line.to_ascii_lowercase();
    let lower = lower
        .strip_prefix(b"#")
        .unwrap_or(&lower)
        .trim_ascii_start();
    (lower.starts_with(b"source:") || lower.starts_with(b"bron:"))
        .then(|| (line, &bytes[end + 1..]))
}

/// Converts HTML to text as for a saved web page.
pub fn html_to_text(html: &str) -> Result<String, InputError> {
    html::to_text(html)
}

/// Reads one file (any supported format) as text.
pub fn read_file(path: &Path) -> Result<String, InputError> {
    read_document(path).map(|d| d.text)
}

/// Reads one file (any supported format) with its format.
pub fn read_document(path: &Path) -> Result<Document, InputError> {
    let meta = std::fs::metadata(path).map_err(|e| InputError::Io(io_reason(&e)))?;
    if !meta.is_file() {
        return Err(InputError::NotAFile);
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(InputError::TooLarge {
            size: meta.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let file = std::fs::File::open(path).map_err(|e| InputError::Io(io_reason(&e)))?;
    read_capped(file)
}

/// Reads standard input (for `tenderdesk import -`), with the same cap.
pub fn read_stdin() -> Result<String, InputError> {
    read_stdin_document().map(|d| d.text)
}

/// Reads standard input (any supported format) with its format.
pub fn read_stdin_document() -> Result<Document, InputError> {
    read_capped(std::io::stdin().lock())
}

fn read_capped(reader: impl Read) -> Result<Document, InputError> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| InputError::Io(io_reason(&e)))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(InputError::TooLarge {
            size: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    to_document(&bytes)
}

/// Expands the given paths: files stay, directories become the regular files
/// directly inside them (sorted, hidden files skipped). Paths that cannot be
/// read are returned with their error, so one bad path never stops the rest.
pub fn expand_paths(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<(PathBuf, InputError)>) {
    let mut files = Vec::new();
    let mut failed = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            files.push(path.clone());
            continue;
        }
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => match std::fs::read_dir(path) {
                Ok(entries) => {
                    let mut inside: Vec<PathBuf> = entries
                        .filter_map(Result::ok)
                        .map(|e| e.path())
                        .filter(|p| p.is_file())
                        .filter(|p| !is_hidden(p) && !is_data_file(p))
                        .collect();
                    inside.sort();
                    files.extend(inside);
                }
                Err(e) => failed.push((path.clone(), InputError::Io(io_reason(&e)))),
            },
            Ok(_) => files.push(path.clone()),
            Err(e) => failed.push((path.clone(), InputError::Io(io_reason(&e)))),
        }
    }
    (files, failed)
}

/// The data files inside the given folders that [`expand_paths`] leaves
/// out (sorted), so an import can name them.
pub fn data_files_in(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = paths
        .iter()
        .filter(|p| p.is_dir())
        .filter_map(|p| std::fs::read_dir(p).ok())
        .flat_map(|entries| entries.filter_map(Result::ok).map(|e| e.path()))
        .filter(|p| p.is_file() && !is_hidden(p) && is_data_file(p))
        .collect();
    out.sort();
    out
}

/// A dot file, which a folder's listing leaves out.
fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

/// Files a folder of postings holds beside them that are no posting: data
/// and pictures by their extension, and a README. Named on the command line
/// they are still read.
fn is_data_file(path: &Path) -> bool {
    const DATA: &[&str] = &[
        "toml", "json", "jsonl", "csv", "tsv", "yaml", "yml", "db", "sqlite", "png", "jpg", "jpeg",
        "gif", "svg", "zip", "gz", "ics", "xml", "snap", "rs", "py", "sh",
    ];
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .map(str::to_ascii_lowercase);
    ext.is_some_and(|e| DATA.contains(&e.as_str()))
        || stem.is_some_and(|s| s == "readme" || s == "license")
}

/// An I/O error as a short reason without the OS error number.
fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_page_under_a_source_line_is_read_as_a_page() {
        let page = b"# source: https://x.nl/a/1\n<!DOCTYPE html><html><head><title>T</title>\
            <script>var d='1-1-2020';</script></head><body><h1>Adviseur</h1><p>Tekst</p></body></html>";
        let doc = to_document(page).expect("a page");
        assert_eq!(doc.format, Format::Html);
        assert!(
            doc.text.starts_with("# source: https://x.nl/a/1\n"),
            "{}",
            doc.text
        );
        assert!(doc.text.contains("Adviseur") && !doc.text.contains("1-1-2020"));
        // Text under such a line stays text, the line included.
        let text = to_document(b"bron: https://x.nl\nAdviseur <b>x</b>").expect("text");
        assert_eq!(text.format, Format::Text);
        assert!(text.text.starts_with("bron: https://x.nl\nAdviseur"));
    }

    #[test]
    fn a_folder_s_data_files_are_no_postings() {
        assert!(is_data_file(Path::new("x/expected.toml")));
        assert!(is_data_file(Path::new("x/README.md")));
        assert!(is_data_file(Path::new("x/export.CSV")));
        assert!(!is_data_file(Path::new("x/30828.txt")));
        assert!(!is_data_file(Path::new("x/opdracht.pdf")));
        assert!(!is_data_file(Path::new("x/opdracht.md")));
    }

    #[test]
    fn a_folder_s_data_files_are_named() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.txt"), "a").unwrap();
        std::fs::write(dir.path().join("expected.toml"), "x").unwrap();
        std::fs::write(dir.path().join("export.tsv"), "x").unwrap();
        let names: Vec<_> = data_files_in(&[dir.path().to_path_buf()])
            .iter()
            .map(|p| p.file_name().unwrap().to_owned())
            .collect();
        assert_eq!(names, ["expected.toml", "export.tsv"]);
    }

    #[test]
    fn missing_file_is_one_line() {
        let e = read_file(Path::new("/nonexistent/x.txt")).unwrap_err();
        assert_eq!(e.to_string(), "cannot read: no such file or directory");
    }

    #[test]
    fn directories_expand_sorted() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("b.txt"), "b").unwrap();
        std::fs::write(dir.path().join("a.txt"), "a").unwrap();
        std::fs::write(dir.path().join(".hidden"), "h").unwrap();
        let (files, failed) = expand_paths(&[dir.path().to_path_buf(), PathBuf::from("/nope")]);
        let names: Vec<_> = files
            .iter()
            .map(|p| p.file_name().unwrap().to_owned())
            .collect();
        assert_eq!(names, ["a.txt", "b.txt"]);
        assert_eq!(failed.len(), 1);
    }
}
