//! Text read from a scan by OCR: words apart by two spaces, the letters of
//! a heading and the digits of a number apart by one ("W a t e r s c h a p",
//! "0 1 - 0 2 - 2 0 2 7", "€ 1 1 5 ,-"), a space before punctuation and the
//! letter O in a year ("2 O 2 8"). When most gaps between words in a text
//! are two spaces wide, [`repair`] closes the gaps inside words and numbers
//! and makes the gaps between words one space again; any other text is
//! returned as it came.

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// Whether the text is laid out as OCR output: of the gaps between two
/// words inside a line, at least half (and 30 in all) are exactly two
/// spaces wide.
fn is_ocr(text: &str) -> bool {
    let (mut double, mut all) = (0usize, 0usize);
    for line in text.lines() {
        let t = line.trim();
        let mut run = 0usize;
        for c in t.chars() {
            if c == ' ' {
                run += 1;
                continue;
            }
            if run > 0 {
                all += 1;
                if run == 2 {
                    double += 1;
                }
            }
            run = 0;
        }
    }
    double >= 30 && double * 2 >= all
}

/// A year or a run of digits with the letter O read for a zero ("2O28").
static O_FOR_ZERO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b([12])[O0]([0-9O])([0-9O])\b").expect("static pattern"));

/// A space before closing punctuation or after an opening bracket.
static SPACE_PUNCT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r" +([,.;:)\]])|([(\[]) +").expect("static pattern"));

/// Repairs OCR spacing (see the module doc); other text is left alone.
pub fn repair(text: &str) -> Cow<'_, str> {
    if !is_ocr(text) {
        return Cow::Borrowed(text);
    }
    let lines: Vec<String> = text.lines().map(repair_line).collect();
    Cow::Owned(lines.join("\n"))
}

/// One line: tokens apart by one space that are single characters are one
/// word ("3 6" → "36"), gaps of two or more spaces become one, the
/// alignment gap after a label ("Functienaam :       X") stays a tab.
fn repair_line(line: &str) -> String {
    let indent = &line[..line.len() - line.trim_start().len()];
    let mut groups: Vec<String> = Vec::new();
    let mut wide_before: Vec<bool> = Vec::new();
    let mut rest = line.trim();
    let mut gap = 0usize;
    while !rest.is_empty() {
        let end = rest.find("  ").unwrap_or(rest.len());
        groups.push(join_letters(&rest[..end]));
        wide_before.push(gap >= 4);
        let after = &rest[end..];
        let trimmed = after.trim_start_matches(' ');
        gap = after.len() - trimmed.len();
        rest = trimmed;
    }
    let mut out = String::from(indent);
    for (i, g) in groups.iter().enumerate() {
        if i > 0 {
            // a label's alignment ("Startdatum :        0 1 - …") keeps
            // label and value apart
            out.push(if wide_before[i] && groups[i - 1].ends_with(':') {
                '\t'
            } else {
                ' '
            });
        }
        out.push_str(g);
    }
    let out = SPACE_PUNCT.replace_all(&out, "$1$2");
    let out = O_FOR_ZERO.replace_all(&out, |c: &regex::Captures<'_>| {
        format!("{}0{}{}", &c[1], &c[2], &c[3]).replace('O', "0")
    });
    out.into_owned()
}

/// Joins runs of single-character tokens inside one group of words:
/// "0 1 - 0 2 - 2 0 2 7" → "01-02-2027", "€ 1 1 5 ,-" → "€ 115 ,-".
fn join_letters(group: &str) -> String {
    let tokens: Vec<&str> = group.split(' ').filter(|t| !t.is_empty()).collect();
    let mut out = String::new();
    // a letter, a digit, or the dash, dot or slash inside a date or number
    let joins = |t: &str| {
        let mut cs = t.chars();
        matches!((cs.next(), cs.next()), (Some(c), None) if c.is_alphanumeric() || "-./".contains(c))
    };
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 && !(joins(t) && joins(tokens[i - 1])) {
            out.push(' ');
        }
        out.push_str(t);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan() -> String {
        let body = "Het  waterschap  werkt  samen  met  de  gemeenten  aan  de  dijk  langs  de  Maas  en  het  project  zit  in  de  fase  van  de  planuitwerking  en  de  realisatie  start  later  dan  gedacht  in  het  jaar .";
        let body = format!("{body}\n{body}");
        format!(
            "W a t e r s c h a p   A a   e n   M a a s\nStartdatum :        0 1 - 0 2 - 2 0 2 7\nEinddatum :         3 1 - 0 1 - 2 O 2 8\nUren  per  week :   3 6\nMaximum  uurtarief : € 1 1 5 ,-  excl.  btw\n{body}"
        )
    }

    #[test]
    fn ocr_spacing_is_closed() {
        let t = scan();
        let r = repair(&t);
        let lines: Vec<&str> = r.lines().collect();
        assert_eq!(lines[0], "Waterschap Aa en Maas");
        assert_eq!(lines[1], "Startdatum:\t01-02-2027");
        assert_eq!(lines[2], "Einddatum:\t31-01-2028");
        assert_eq!(lines[3], "Uren per week: 36");
        assert_eq!(lines[4], "Maximum uurtarief: € 115,- excl. btw");
        assert!(lines[5].ends_with("in het jaar."), "{}", lines[5]);
    }

    #[test]
    fn ordinary_text_is_left_alone() {
        let t = "Uren per week: 3 6\nStart  1 mei 2026\nEen gewone tekst met een paar woorden, zoals in elke opdracht.";
        assert!(matches!(repair(t), Cow::Borrowed(_)));
    }
}
