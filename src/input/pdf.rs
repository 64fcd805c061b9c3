//! PDF to text with lopdf: the text-showing operators of each page are placed
//! by their text matrix, runs on the same baseline are joined into one line
//! (so a table row printed as cells reads "Label value"), and lines keep the
//! content-stream order, which is reading order for the PDFs that browsers,
//! office suites and PDF libraries print. Parsing runs behind
//! `catch_unwind` with the panic message silenced, under a size cap and a
//! bound on decompressed page content.

use super::InputError;
use lopdf::content::Content;
use lopdf::{Document, Encoding, Object};
use std::cell::Cell;
use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Once;

/// The most decompressed content one page (or one font's CMap) may have.
const MAX_PAGE_CONTENT: usize = 16 * 1024 * 1024;
/// The most pages read; postings are a few pages long.
const MAX_PAGES: usize = 200;
/// The most text kept, in bytes.
const MAX_TEXT: usize = 4 * 1024 * 1024;

/// Extracts the text of a PDF, page by page.
pub fn to_text(bytes: &[u8]) -> Result<String, InputError> {
    match quietly(|| extract(bytes)) {
        Some(result) => result,
        None => Err(InputError::BadPdf(
            "the PDF reader failed on this file".into(),
        )),
    }
}

thread_local! {
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f`, catching a panic; while it runs, this thread's panic messages
/// are not printed (other threads still print theirs).
fn quietly<T>(f: impl FnOnce() -> T) -> Option<T> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                previous(info);
            }
        }));
    });
    let was = QUIET.with(|q| q.replace(true));
    let result = catch_unwind(AssertUnwindSafe(f));
    QUIET.with(|q| q.set(was));
    result.ok()
}

fn extract(bytes: &[u8]) -> Result<String, InputError> {
    let encrypted_marker = bytes.windows(8).any(|w| w == b"/Encrypt");
    let doc = match Document::load_mem(bytes) {
        Ok(doc) => doc,
        Err(lopdf::Error::InvalidPassword | lopdf::Error::Decryption(_)) => {
            return Err(InputError::EncryptedPdf);
        }
        Err(_) if encrypted_marker => return Err(InputError::EncryptedPdf),
        Err(e) => return Err(InputError::BadPdf(one_line(&e.to_string()))),
    };
    if doc.is_encrypted() {
        return Err(InputError::EncryptedPdf);
    }
    let pages = doc.get_pages();
    if pages.is_empty() {
        return Err(InputError::BadPdf("no pages".into()));
    }
    let mut text = String::new();
    let mut errors = 0;
    for (_, page_id) in pages.iter().take(MAX_PAGES) {
        match page_text(&doc, *page_id) {
            Ok(t) => {
                if !text.is_empty() && !t.is_empty() {
                    text.push_str("\n\n");
                }
                text.push_str(&t);
            }
            Err(_) => errors += 1,
        }
        if text.len() > MAX_TEXT {
            break;
        }
    }
    if text.trim().is_empty() {
        return Err(if errors > 0 {
            InputError::BadPdf("no page could be read".into())
        } else {
            InputError::NoTextLayer
        });
    }
    Ok(text)
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A 2D affine matrix `[a b c d e f]` as in PDF.
type Matrix = [f32; 6];
const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `m × n` (first `m`, then `n`).
fn mul(m: &Matrix, n: &Matrix) -> Matrix {
    [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]
}

fn num(o: &Object) -> Option<f32> {
    match o {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) => Some(*r),
        _ => None,
    }
    .filter(|v| v.is_finite())
}

fn nums<const N: usize>(ops: &[Object]) -> Option<[f32; N]> {
    let mut out = [0.0; N];
    if ops.len() < N {
        return None;
    }
    for (o, v) in ops.iter().zip(out.iter_mut()) {
        *v = num(o)?;
    }
    Some(out)
}

/// One piece of text as placed on the page.
struct Run {
    x: f32,
    y: f32,
    x_end: f32,
    size: f32,
    text: String,
    /// Which `BT`..`ET` block the run is in.
    block: usize,
}

fn page_text(doc: &Document, page_id: lopdf::ObjectId) -> Result<String, lopdf::Error> {
    let fonts = doc.get_page_fonts(page_id)?;
    let encodings: BTreeMap<Vec<u8>, Encoding> = fonts
        .into_iter()
        .filter_map(|(name, font)| {
            font.get_font_encoding_with_limit(doc, MAX_PAGE_CONTENT)
                .ok()
                .map(|e| (name, e))
        })
        .collect();
    let data = doc.get_page_content_with_limit(page_id, MAX_PAGE_CONTENT)?;
    let content = Content::decode(&data)?;

    let mut runs: Vec<Run> = Vec::new();
    let mut ctm = IDENTITY;
    let mut stack: Vec<Matrix> = Vec::new();
    let (mut tm, mut tlm) = (IDENTITY, IDENTITY);
    let mut leading = 0.0f32;
    let mut font_size = 1.0f32;
    let mut encoding: Option<&Encoding> = None;
    let mut block = 0usize;

    for op in &content.operations {
        let args = &op.operands;
        match op.operator.as_str() {
            "q" if stack.len() < 256 => stack.push(ctm),
            "Q" => ctm = stack.pop().unwrap_or(IDENTITY),
            "cm" => {
                if let Some(m) = nums::<6>(args) {
                    ctm = mul(&m, &ctm);
                }
            }
            "BT" => {
                block += 1;
                tm = IDENTITY;
                tlm = IDENTITY;
            }
            "Tf" => {
                encoding = args
                    .first()
                    .and_then(|n| n.as_name().ok())
                    .and_then(|n| encodings.get(n));
                if let Some(s) = args.get(1).and_then(num) {
                    font_size = s;
                }
            }
            "TL" => {
                if let Some(l) = args.first().and_then(num) {
                    leading = l;
                }
            }
            "Td" | "TD" => {
                if let Some([tx, ty]) = nums::<2>(args) {
                    if op.operator == "TD" {
                        leading = -ty;
                    }
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, tx, ty], &tlm);
                    tm = tlm;
                }
            }
            "Tm" => {
                if let Some(m) = nums::<6>(args) {
                    tlm = m;
                    tm = m;
                }
            }
            "T*" => {
                tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -leading], &tlm);
                tm = tlm;
            }
            "Tj" | "TJ" | "'" | "\"" => {
                if op.operator != "Tj" && op.operator != "TJ" {
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -leading], &tlm);
                    tm = tlm;
                }
                let Some(enc) = encoding else { continue };
                let shown = match op.operator.as_str() {
                    "\"" => args.get(2..3).unwrap_or(&[]),
                    _ => args.as_slice(),
                };
                let (text, advance) = show(enc, shown);
                let start = mul(&tm, &ctm);
                tm = mul(&[1.0, 0.0, 0.0, 1.0, advance * font_size, 0.0], &tm);
                let end = mul(&tm, &ctm);
                let scale = (start[2] * start[2] + start[3] * start[3]).sqrt();
                let size = (font_size.abs() * scale).clamp(1.0, 500.0);
                if !text.is_empty() {
                    runs.push(Run {
                        x: start[4],
                        y: start[5],
                        x_end: end[4],
                        size,
                        text,
                        block,
                    });
                }
            }
            _ => {}
        }
    }
    Ok(lay_out(&runs))
}

/// The text of a `Tj`/`TJ` operand list and its estimated advance in text
/// space units (em): half an em per character, plus `TJ` adjustments. A
/// `TJ` gap wider than a quarter em is a word space.
fn show(enc: &Encoding, operands: &[Object]) -> (String, f32) {
    let mut text = String::new();
    let mut advance = 0.0;
    for o in operands {
        match o {
            Object::String(bytes, _) => {
                if let Ok(s) = Document::decode_text(enc, bytes) {
                    advance += 0.5 * s.chars().count() as f32;
                    text.push_str(&s);
                }
            }
            Object::Array(items) => {
                for item in items {
                    match item {
                        Object::String(..) => {
                            let (t, a) = show(enc, std::slice::from_ref(item));
                            text.push_str(&t);
                            advance += a;
                        }
                        other => {
                            if let Some(n) = num(other) {
                                advance -= n / 1000.0;
                                if n < -250.0 && !text.ends_with(' ') {
                                    text.push(' ');
                                }
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    (text, advance)
}

/// Joins runs on one baseline into a line and puts a blank line where the
/// vertical gap is larger than usual. Runs of one text block (`BT`..`ET`)
/// are joined as they are: producers that place glyph by glyph (Chromium)
/// write the spaces themselves. Between blocks, a gap wider than a tenth of
/// an em is a space; a gap wider than about an em separates cells (a tab).
fn lay_out(runs: &[Run]) -> String {
    let mut out = String::new();
    let mut line = String::new();
    let mut prev: Option<&Run> = None;
    let mut line_y = 0.0f32;
    for run in runs {
        let same_line = prev.is_some_and(|p| {
            (run.y - p.y).abs() <= 0.4 * p.size.max(run.size) && run.x >= p.x - 0.5 * p.size
        });
        if let (true, Some(p)) = (same_line, prev) {
            let gap = run.x - p.x_end;
            let touching =
                line.ends_with(char::is_whitespace) || run.text.starts_with(char::is_whitespace);
            let cell_gap = if run.block == p.block { 1.0 } else { 0.8 };
            if gap > cell_gap * p.size {
                line.push('\t');
            } else if run.block != p.block && gap > 0.1 * p.size && !touching {
                line.push(' ');
            }
            line.push_str(&run.text);
        } else {
            if let Some(p) = prev {
                push_line(&mut out, &line);
                line.clear();
                if (line_y - run.y).abs() > 2.0 * p.size.max(run.size) {
                    out.push('\n');
                }
            }
            line_y = run.y;
            line.push_str(&run.text);
        }
        prev = Some(run);
    }
    push_line(&mut out, &line);
    out
}

fn push_line(out: &mut String, line: &str) {
    let line = line.trim_end();
    out.push_str(line);
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_is_a_clear_error() {
        let e = to_text(b"%PDF-1.4\nnot really").unwrap_err();
        assert!(matches!(e, InputError::BadPdf(_)), "{e}");
        assert!(!e.to_string().contains('\n'));
    }

    #[test]
    fn panics_are_caught_quietly() {
        assert_eq!(quietly(|| -> u8 { panic!("boom") }), None);
        assert_eq!(quietly(|| 7), Some(7));
    }

    #[test]
    fn cells_on_one_baseline_join() {
        let run = |x: f32, y: f32, text: &str| Run {
            x,
            y,
            x_end: x + 5.0 * text.len() as f32,
            size: 10.0,
            text: text.into(),
            block: x as usize,
        };
        let runs = [
            run(50.0, 700.0, "Uren per week"),
            run(200.0, 700.0, "20 tot 28 uur"),
            run(50.0, 688.0, "Regio"),
            run(77.0, 688.0, "Utrecht"),
            run(50.0, 640.0, "Na een witregel"),
        ];
        assert_eq!(
            lay_out(&runs),
            "Uren per week\t20 tot 28 uur\nRegio Utrecht\n\nNa een witregel\n"
        );
    }
}
