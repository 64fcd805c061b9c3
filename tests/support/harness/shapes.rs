//! Inputs of odd shapes (issue 16): a page nested thousands of `<div>`s
//! deep, a text on one line, a text of thousands of numbered criteria. Each
//! is made from a real sample posting, so a reader that copes with the shape
//! still finds the posting in it.

use super::*;

/// One shape of input, made at a given size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A saved page with the sample inside `n` nested `<div>`s.
    DeepPage,
    /// The sample repeated, with every line break made a space, to `n` bytes.
    OneLine,
    /// The sample followed by `n` numbered award criteria.
    ManyCriteria,
}

impl Shape {
    pub const ALL: [Shape; 3] = [Shape::DeepPage, Shape::OneLine, Shape::ManyCriteria];

    /// The size the issue names: 100,000 `<div>`s (1 MB), 9 MB on one line,
    /// 200,000 criteria (7.5 MB).
    pub fn full(self) -> usize {
        match self {
            Shape::DeepPage => 100_000,
            Shape::OneLine => 9_000_000,
            Shape::ManyCriteria => 200_000,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Shape::DeepPage => "deep-page",
            Shape::OneLine => "one-line",
            Shape::ManyCriteria => "many-criteria",
        }
    }

    /// The file name the shape is written to, with the extension a user's
    /// saved file would have.
    pub fn file_name(self, n: usize) -> String {
        let ext = if self == Shape::DeepPage {
            "html"
        } else {
            "txt"
        };
        format!("{}-{n}.{ext}", self.name())
    }

    /// The input itself, made from the sample posting text `sample`.
    pub fn make(self, sample: &str, n: usize) -> String {
        match self {
            Shape::DeepPage => deep_page(sample, n),
            Shape::OneLine => one_line(sample, n),
            Shape::ManyCriteria => many_criteria(sample, n),
        }
    }
}

/// The sample as a saved page: each line a paragraph, inside `depth` `<div>`s.
pub fn deep_page(sample: &str, depth: usize) -> String {
    let mut s = String::with_capacity(depth * 11 + sample.len() * 2);
    s.push_str("<!DOCTYPE html>\n<html><head><title>Opdracht</title></head><body>\n");
    for _ in 0..depth {
        s.push_str("<div>");
    }
    for line in sample.lines().filter(|l| !l.trim().is_empty()) {
        let line = line.replace('&', "&amp;").replace('<', "&lt;");
        s.push_str("<p>");
        s.push_str(&line);
        s.push_str("</p>\n");
    }
    for _ in 0..depth {
        s.push_str("</div>");
    }
    s.push_str("\n</body></html>\n");
    s
}

/// The sample repeated to `bytes` bytes (at least once), every line break a
/// space: a text with no line break at all.
pub fn one_line(sample: &str, bytes: usize) -> String {
    let flat: String = sample.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut s = String::with_capacity(bytes + flat.len() + 1);
    loop {
        s.push_str(&flat);
        if s.len() >= bytes {
            break;
        }
        s.push(' ');
    }
    s
}

/// The sample, then a section of `n` numbered award criteria with points.
pub fn many_criteria(sample: &str, n: usize) -> String {
    let mut s = String::with_capacity(sample.len() + n * 40);
    s.push_str(sample);
    s.push_str("\n\n## Gunningscriteria\n\n");
    for i in 1..=n {
        s.push_str(&format!("{i}. Kennis van opvang; ({} punten)\n", 1 + i % 9));
    }
    s
}

/// Writes every shape into `dir` at its full size divided by `divide`;
/// returns each shape with its file.
pub fn write_shapes(repo: &Path, dir: &Path, divide: usize) -> Vec<(Shape, PathBuf)> {
    let sample = std::fs::read_to_string(repo.join("data/postings").join(SAMPLE))
        .expect("the sample posting");
    std::fs::create_dir_all(dir).expect("a directory for the shapes");
    Shape::ALL
        .iter()
        .map(|&shape| {
            let n = shape.full() / divide.max(1);
            let path = dir.join(shape.file_name(n));
            std::fs::write(&path, shape.make(&sample, n)).expect("write a shape");
            (shape, path)
        })
        .collect()
}
