//! Reading postings from disk or standard input into clean text.
//!
//! This is the I/O edge below the parser: it finds files, enforces a size
//! cap, refuses binary data and decodes the bytes (UTF-8, UTF-16 with BOM,
//! Windows-1252 and other legacy encodings). It never panics on bad input;
//! every failure is an [`InputError`] whose message is one line.

mod decode;

pub use decode::decode;

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
}

/// Reads one file and decodes it to text.
pub fn read_file(path: &Path) -> Result<String, InputError> {
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
    read_capped(std::io::stdin().lock())
}

fn read_capped(reader: impl Read) -> Result<String, InputError> {
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
    decode(&bytes)
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
                        .filter(|p| {
                            !p.file_name()
                                .and_then(|n| n.to_str())
                                .is_some_and(|n| n.starts_with('.'))
                        })
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
