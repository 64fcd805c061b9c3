//! Flattens elements nested deeper than any real page nests them, before
//! html5ever reads the page.
//!
//! html5ever looks through the stack of open elements at every start tag
//! ("is a `<p>` open in button scope?"), so a page nested 100,000 `<div>`s
//! deep took 30 s to parse (issue 16), and the text below depth 512 was
//! dropped afterwards anyway. Here the tags deeper than [`MAX_DEPTH`] are
//! taken out and their text kept, a block tag leaving a `<br>` behind where
//! text came before it (so two deep paragraphs stay two lines). A page that
//! never nests that deep is returned as it is, byte for byte.

use std::borrow::Cow;

/// Deeper than any real posting page (those nest 10-40 elements deep), far
/// below html2text's own limits.
pub const MAX_DEPTH: usize = 200;

/// Elements without content: never on the stack.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen", "frame", "basefont", "bgsound",
];

/// Elements whose content is not markup: skipped to their end tag.
const RAW: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
];

/// Elements that a later one of the same name closes ("<li>a<li>b").
const SIBLING_CLOSED: &[&str] = &["p", "li", "dt", "dd", "tr", "td", "th", "option"];

/// Elements that end a line: a dropped one leaves a `<br>`.
const BLOCK: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// An element on the stack: its name, and whether it is SVG or MathML
/// (where `<path/>` closes itself).
struct Open {
    name: String,
    foreign: bool,
}

/// The page with every element deeper than `max` taken out (its text kept).
pub fn flatten_deep(html: &str, max: usize) -> Cow<'_, str> {
    let b = html.as_bytes();
    let mut out = String::new();
    let mut copied = 0; // html[copied..] is not in `out` yet
    let mut open: Vec<Open> = Vec::new(); // kept elements, at most `max`
    let mut dropped: Vec<Open> = Vec::new(); // elements below them, taken out
    let mut text_since_break = false;
    let mut i = 0;
    while let Some(off) = html[i..].find('<') {
        let at = i + off;
        text_since_break |= !html[i..at].trim().is_empty();
        let rest = &b[at + 1..];
        let Some(&first) = rest.first() else { break };
        if rest.starts_with(b"!--") {
            i = html[at + 4..]
                .find("-->")
                .map_or(b.len(), |e| at + 4 + e + 3);
            continue;
        }
        if first == b'!' || first == b'?' {
            i = html[at..].find('>').map_or(b.len(), |e| at + e + 1);
            continue;
        }
        let closing = first == b'/';
        let name_start = at + 1 + usize::from(closing);
        let name_len = b[name_start..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b':'))
            .count();
        if name_len == 0 || !b[name_start].is_ascii_alphabetic() {
            i = at + 1; // a '<' in text
            continue;
        }
        let name = html[name_start..name_start + name_len].to_ascii_lowercase();
        let end = tag_end(b, name_start + name_len);
        // "<div/>" opens a div in HTML; only SVG and MathML close themselves
        let in_foreign = dropped.last().or(open.last()).is_some_and(|o| o.foreign);
        let self_closing = in_foreign && b.get(end.saturating_sub(2)) == Some(&b'/');
        let mut omit = false;
        if closing {
            if !dropped.is_empty() {
                omit = true;
                pop_to(&mut dropped, &name, 64);
            } else {
                let all = open.len();
                pop_to(&mut open, &name, all);
            }
        } else if RAW.contains(&name.as_str()) {
            i = raw_end(html, end, &name);
            continue;
        } else if !VOID.contains(&name.as_str()) && !self_closing {
            let stack = if dropped.is_empty() {
                &mut open
            } else {
                &mut dropped
            };
            if SIBLING_CLOSED.contains(&name.as_str()) {
                pop_to(stack, &name, 3);
            }
            if BLOCK.contains(&name.as_str()) && stack.last().is_some_and(|t| t.name == "p") {
                stack.pop();
            }
            omit = !dropped.is_empty() || open.len() >= max;
            let foreign = in_foreign || matches!(name.as_str(), "svg" | "math");
            if omit { &mut dropped } else { &mut open }.push(Open {
                name: name.clone(),
                foreign,
            });
        }
        if omit {
            out.push_str(&html[copied..at]);
            if BLOCK.contains(&name.as_str()) && text_since_break {
                out.push_str("<br>");
                text_since_break = false;
            }
            copied = end;
        }
        i = end;
    }
    if copied == 0 {
        return Cow::Borrowed(html);
    }
    out.push_str(&html[copied..]);
    Cow::Owned(out)
}

/// Pops `stack` down to and including the nearest element named `name`
/// among its top `within` entries; leaves it as it is when there is none.
fn pop_to(stack: &mut Vec<Open>, name: &str, within: usize) {
    if let Some(k) = stack.iter().rev().take(within).position(|t| t.name == name) {
        stack.truncate(stack.len() - 1 - k);
    }
}

/// Where the end tag `</name` of a raw-text element whose content starts
/// at `from` begins (any case), else the end of the page.
fn raw_end(html: &str, from: usize, name: &str) -> usize {
    let b = html.as_bytes();
    let mut k = from;
    while let Some(off) = html[k..].find("</") {
        let at = k + off;
        let tag = b.get(at + 2..at + 2 + name.len());
        if tag.is_some_and(|t| t.eq_ignore_ascii_case(name.as_bytes())) {
            return at;
        }
        k = at + 2;
    }
    b.len()
}

/// The index just past the `>` that ends a tag whose name ends at `from`
/// (quoted attribute values may hold `>`).
fn tag_end(b: &[u8], from: usize) -> usize {
    let mut k = from;
    let mut after_eq = false;
    while let Some(&c) = b.get(k) {
        match c {
            b'>' => return k + 1,
            b'=' => after_eq = true,
            b'"' | b'\'' if after_eq => {
                k = b[k + 1..]
                    .iter()
                    .position(|&q| q == c)
                    .map_or(b.len(), |p| k + 1 + p);
                after_eq = false;
            }
            c if c.is_ascii_whitespace() => {}
            _ => after_eq = false,
        }
        k += 1;
    }
    b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_of_ordinary_depth_is_returned_as_it_is() {
        let page = "<!DOCTYPE html><html><body><ul><li>a<li>b</ul><p>x<p>y<div><p>z</div>\
                    <script>if (a<b) {}</script><!-- <div> --><a href='x>y'>k</a> a < b\
                    <svg><path/><path/><path/><path/><path/><path/></svg></body></html>";
        assert!(matches!(flatten_deep(page, 6), Cow::Borrowed(_)));
    }

    #[test]
    fn elements_below_the_limit_are_taken_out_and_their_lines_kept() {
        let page = format!(
            "<body>{}<p>Aanvraagnummer 30828</p><p>Regio Utrecht</p>{}</body>",
            "<div>".repeat(1000),
            "</div>".repeat(1000)
        );
        let flat = flatten_deep(&page, 5);
        assert_eq!(flat.matches("<div>").count(), 4, "{flat}");
        assert!(
            flat.contains("Aanvraagnummer 30828<br>Regio Utrecht"),
            "{flat}"
        );
        assert_eq!(flat.matches("</div>").count(), 4, "{flat}");
    }

    #[test]
    fn a_tag_closed_with_a_slash_outside_svg_still_counts() {
        let page = format!("<body>{}<p>text</p></body>", "<div/>".repeat(1000));
        assert_eq!(flatten_deep(&page, 5).matches("<div/>").count(), 4);
    }

    #[test]
    fn unclosed_list_items_and_paragraphs_do_not_count_as_depth() {
        let items = "<li>x".repeat(500);
        let paras = "<p>y".repeat(500);
        let page = format!("<body><ul>{items}</ul>{paras}<div>z</div></body>");
        assert!(matches!(flatten_deep(&page, 6), Cow::Borrowed(_)));
    }
}
