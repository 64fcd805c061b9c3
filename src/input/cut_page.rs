//! A saved page cut before its body shows (a person copied only the top of
//! its source): what its head holds becomes the text. A schema.org block cut
//! off mid-way is closed after its last whole property, so the JobPosting's
//! facts before the cut are read as from a whole block; the page's
//! `<title>` and its description follow as lines of their own.

use regex::Regex;
use std::sync::LazyLock;

const OPEN: &str = "application/ld+json";

/// The head's text as a small page: the cut data block closed and put back
/// in its `<script>`, then the title and the description as paragraphs.
/// None when the head holds none of them.
pub fn head_page(html: &str) -> Option<String> {
    let mut out = String::new();
    if let Some(block) = cut_block(html).and_then(close) {
        out.push_str(&format!("<script type=\"{OPEN}\">{block}</script>\n"));
    }
    for text in [title(html), description(html)].into_iter().flatten() {
        out.push_str(&format!("<p>{text}</p>\n"));
    }
    (!out.is_empty()).then_some(out)
}

/// The body of a data block that is opened and never closed.
fn cut_block(html: &str) -> Option<&str> {
    let at = html.rfind(OPEN)?;
    let body = at + html[at..].find('>')? + 1;
    let rest = &html[body..];
    (!rest.to_ascii_lowercase().contains("</script")).then_some(rest)
}

/// A JSON text cut off mid-way, closed after its last whole value: cut at a
/// comma outside any string, with the brackets still open closed in turn.
/// Tries the last few commas until one gives valid JSON.
fn close(cut: &str) -> Option<String> {
    // where the last commas stand (a few, however long the text)
    let mut commas = std::collections::VecDeque::with_capacity(8);
    scan(cut, |i, c| {
        if c == ',' {
            if commas.len() == 8 {
                commas.pop_front();
            }
            commas.push_back(i);
        }
    });
    commas.iter().rev().find_map(|&at| {
        let mut text = cut[..at].to_string();
        let mut open = Vec::new();
        scan(&text, |_, c| match c {
            '{' | '[' => open.push(c),
            '}' | ']' => {
                open.pop();
            }
            _ => {}
        });
        for c in open.iter().rev() {
            text.push(if *c == '{' { '}' } else { ']' });
        }
        serde_json::from_str::<serde_json::Value>(&text)
            .is_ok()
            .then_some(text)
    })
}

/// Calls `f` with each character of `text` outside a JSON string (with its
/// byte offset).
fn scan(text: &str, mut f: impl FnMut(usize, char)) {
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
        } else if c == '"' {
            in_string = true;
        } else {
            f(i, c);
        }
    }
}

/// The page's `<title>`, as written.
fn title(html: &str) -> Option<String> {
    static TITLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?is)<title\b[^>]*>(.*?)</title\s*>").expect("static pattern")
    });
    let t = TITLE.captures(html)?.get(1)?.as_str().trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// The page's description (`<meta name="description" content="…">`).
fn description(html: &str) -> Option<String> {
    static META: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?is)<meta\b[^>]*\bname\s*=\s*["']description["'][^>]*>"#)
            .expect("static pattern")
    });
    static CONTENT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r#"(?is)\bcontent\s*=\s*"([^"]*)""#).expect("static pattern"));
    let tag = META.find(html)?.as_str();
    let t = CONTENT.captures(tag)?.get(1)?.as_str().trim();
    (!t.is_empty()).then(|| t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_data_block_is_closed_after_its_last_whole_property() {
        let cut = "{\n \"@type\": \"JobPosting\",\n \"title\": \"Adviseur\",\n \"hiringOrganization\": { \"name\": \"Gemeente X\" },\n \"description\": \"<p>In de gem";
        let closed = close(cut).expect("closes");
        let v: serde_json::Value = serde_json::from_str(&closed).expect("valid");
        assert_eq!(v["title"], "Adviseur");
        assert_eq!(v["hiringOrganization"]["name"], "Gemeente X");
        assert!(v.get("description").is_none());
    }

    #[test]
    fn a_head_without_a_body_gives_its_facts() {
        let html = "<!DOCTYPE html><html><head><title>Inhuur: Adviseur | Werken bij X</title>\n<meta name=\"description\" content=\"32 uur, reageren tot 17 december.\">\n<script type=\"application/ld+json\">\n{\"@type\": \"JobPosting\", \"title\": \"Adviseur\", \"description\": \"<p>Wij";
        let page = head_page(html).expect("a head");
        assert!(page.contains("\"title\": \"Adviseur\"}</script>"), "{page}");
        assert!(page.contains("<p>Inhuur: Adviseur | Werken bij X</p>"));
        assert!(page.contains("<p>32 uur, reageren tot 17 december.</p>"));
    }

    #[test]
    fn a_hostile_cut_block_is_read_once_through() {
        // deeper than any JSON reader takes, with a comma in every item
        let cut = format!("{}{}", "[".repeat(10_000), "1,".repeat(100_000));
        assert_eq!(close(&cut), None);
        let cut = format!("[{}", "1,".repeat(100_000));
        assert!(close(&cut).is_some_and(|t| t.ends_with("1]")));
    }

    #[test]
    fn a_page_with_neither_has_no_head_text() {
        assert_eq!(head_page("<html><head><style>p{}</style></head>"), None);
        // a whole data block is the page's own business, not a cut one
        assert_eq!(
            cut_block("<script type=\"application/ld+json\">{}</script>"),
            None
        );
    }
}
