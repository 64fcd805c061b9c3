//! A saved web page to text: html2text without decoration, at a width that
//! never wraps, so a header table reads as "Label value" lines. Site chrome
//! (navigation, header, footer, scripts, styles, cookie banners, related
//! items) is removed from the DOM first; when the page has a `<main>` or
//! `<article>`, only that is read.

use super::InputError;
use html2text::{Element, Handle};
use std::rc::Rc;

/// Wide enough that no posting line wraps.
const WIDTH: usize = 10_000;

/// Elements that are never posting text.
const DROP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "aside", "form", "button", "iframe", "svg",
    "select", "dialog",
];

/// Words in an `id`, `class` or `role` that mark chrome around the posting.
const DROP_MARKS: &[&str] = &[
    "cookie",
    "consent",
    "gdpr",
    "navigation",
    "breadcrumb",
    "skip-link",
];

/// The page's own address: its canonical link (`<link rel="canonical">`),
/// else its `og:url`.
pub fn canonical(html: &str) -> Option<String> {
    use regex::Regex;
    use std::sync::LazyLock;
    static TAG: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?is)<(?:link|meta)\b[^>]*(?:rel\s*=\s*["']?canonical|property\s*=\s*["']og:url)[^>]*>"#)
            .expect("static pattern")
    });
    static VALUE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?is)\b(?:href|content)\s*=\s*["']([^"']+)["']"#).expect("static pattern")
    });
    TAG.find_iter(html).find_map(|tag| {
        let v = VALUE.captures(tag.as_str())?.get(1)?.as_str().trim();
        (v.starts_with("http://") || v.starts_with("https://")).then(|| v.replace("&amp;", "&"))
    })
}

/// The page's schema.org data blocks (`<script type="application/ld+json">`
/// … `</script>`), as written: the parser reads a JobPosting's facts from
/// them (`posting::json_ld`), which a page may hold nowhere else.
pub fn json_ld_blocks(html: &str) -> Vec<&str> {
    use regex::Regex;
    use std::sync::LazyLock;
    static BLOCK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?is)<script\b[^>]*application/ld\+json[^>]*>.*?</script\s*>"#)
            .expect("static pattern")
    });
    BLOCK.find_iter(html).map(|m| m.as_str()).collect()
}

/// Converts HTML to plain text, with the page's JSON-LD blocks kept first.
pub fn to_text(html: &str) -> Result<String, InputError> {
    let blocks = json_ld_blocks(html);
    match body_text(html) {
        Ok(text) if blocks.is_empty() => Ok(text),
        Ok(text) => Ok(format!("{}\n{text}", blocks.join("\n"))),
        // a page whose posting is only in its data
        Err(_) if !blocks.is_empty() => Ok(blocks.join("\n")),
        // a page cut before its body: what its head holds
        Err(e) => match super::cut_page::head_page(html) {
            Some(head) => {
                let blocks = json_ld_blocks(&head).join("\n");
                let text = body_text(&head).unwrap_or_default();
                let text = format!("{blocks}\n{text}");
                if text.trim().is_empty() {
                    Err(e)
                } else {
                    Ok(text)
                }
            }
            None => Err(e),
        },
    }
}

/// Converts HTML to plain text.
fn body_text(html: &str) -> Result<String, InputError> {
    let config = html2text::config::plain_no_decorate().no_table_borders();
    // html5ever's time grows with the square of the nesting depth
    let html = super::facts_aside::repair(html);
    let html = super::chips::repair(&html);
    let marked = mark_cell_ends(&super::nesting::flatten_deep(
        &html,
        super::nesting::MAX_DEPTH,
    ));
    let dom = config
        .parse_html(marked.as_bytes())
        .map_err(|e| InputError::Html(e.to_string()))?;
    let content = find_first(&dom.document, &|n| tag(n) == Some("main"))
        .or_else(|| find_first(&dom.document, &|n| attr(n, "role") == Some("main".into())))
        .or_else(|| find_first(&dom.document, &|n| tag(n) == Some("article")));
    if let Some(content) = &content {
        keep_only(&dom.document, content);
    }
    strip(&dom.document, content.is_some(), 0);
    let tree = config
        .dom_to_render_tree(&dom)
        .map_err(|e| InputError::Html(e.to_string()))?;
    let text = config
        .render_to_string(tree, WIDTH)
        .map_err(|e| InputError::Html(e.to_string()))?;
    // Each table cell ends with CELL_END: between cells it becomes a tab,
    // which the parser reads as a cell boundary ("Label\tvalue").
    let text: String = text
        .lines()
        .map(|l| {
            let l = l.trim_end().trim_end_matches(CELL_END).trim_end();
            cells_to_tabs(l)
        })
        .collect::<Vec<_>>()
        .join("\n");
    if text.trim().is_empty() {
        return Err(InputError::Html("no text in the page".into()));
    }
    Ok(text)
}

/// A private-use character put at the end of every table cell.
const CELL_END: char = '\u{E000}';

/// Inserts [`CELL_END`] before every `</td>` and `</th>` (any case).
fn mark_cell_ends(html: &str) -> String {
    let lower = html.to_ascii_lowercase();
    let mut out = String::with_capacity(html.len() + 256);
    let mut last = 0;
    for (i, _) in lower.match_indices("</t") {
        if matches!(lower.as_bytes().get(i + 3), Some(b'd' | b'h')) {
            out.push_str(&html[last..i]);
            out.push(CELL_END);
            last = i;
        }
    }
    out.push_str(&html[last..]);
    out
}

/// Cell ends (with the padding after them) become one tab.
fn cells_to_tabs(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c == CELL_END {
            while chars.peek().is_some_and(|c| *c == ' ' || *c == CELL_END) {
                chars.next();
            }
            out.push('\t');
        } else {
            out.push(c);
        }
    }
    out
}

fn tag(node: &Handle) -> Option<&str> {
    match &node.data {
        Element { name, .. } => Some(&name.local),
        _ => None,
    }
}

fn attr(node: &Handle, key: &str) -> Option<String> {
    match &node.data {
        Element { attrs, .. } => attrs
            .borrow()
            .iter()
            .find(|a| &*a.name.local == key)
            .map(|a| a.value.to_ascii_lowercase()),
        _ => None,
    }
}

fn find_first(node: &Handle, pred: &dyn Fn(&Handle) -> bool) -> Option<Handle> {
    let mut stack = vec![node.clone()];
    while let Some(n) = stack.pop() {
        if pred(&n) {
            return Some(n);
        }
        stack.extend(n.children.borrow().iter().rev().cloned());
    }
    None
}

fn contains(node: &Handle, target: &Handle) -> bool {
    Rc::ptr_eq(node, target) || node.children.borrow().iter().any(|c| contains(c, target))
}

/// Removes every element that is neither on the path to `target`, inside it,
/// nor the document `<head>`.
fn keep_only(node: &Handle, target: &Handle) {
    if Rc::ptr_eq(node, target) {
        return;
    }
    node.children
        .borrow_mut()
        .retain(|c| tag(c) == Some("head") || contains(c, target));
    let children: Vec<Handle> = node.children.borrow().clone();
    for c in &children {
        keep_only(c, target);
    }
}

/// Drops chrome elements. `<header>`/`<footer>` are dropped only outside the
/// selected content (an article's own header holds its title).
fn strip(node: &Handle, inside_content: bool, depth: usize) {
    if depth > 512 {
        node.children.borrow_mut().clear();
        return;
    }
    node.children
        .borrow_mut()
        .retain(|c| !is_chrome(c, inside_content));
    let children: Vec<Handle> = node.children.borrow().clone();
    for c in &children {
        let inside = inside_content || matches!(tag(c), Some("main" | "article"));
        strip(c, inside, depth + 1);
    }
}

fn is_chrome(node: &Handle, inside_content: bool) -> bool {
    let Some(t) = tag(node) else {
        return false;
    };
    if DROP_TAGS.contains(&t) {
        return true;
    }
    if !inside_content && matches!(t, "header" | "footer") {
        return true;
    }
    if (attr(node, "aria-hidden").as_deref() == Some("true") || attr(node, "hidden").is_some())
        && !is_folded_panel(node)
    {
        return true;
    }
    ["id", "class", "role"].iter().any(|k| {
        attr(node, k).is_some_and(|v| {
            DROP_MARKS.iter().any(|m| v.contains(m))
                || (*k == "role" && matches!(v.as_str(), "banner" | "contentinfo" | "navigation"))
        })
    })
}

/// Words in a hidden element's `class`, `id` or `role` that mark a folded
/// panel of the posting (an accordion's "Planning", a tab's "Eisen"): text
/// the reader opens with a click, which a saved page holds hidden.
const PANEL_MARKS: &[&str] = &[
    "panel",
    "accordion",
    "acc-",
    "collapse",
    "tab-pane",
    "tabpanel",
    "expand",
    "toggle",
];

fn is_folded_panel(node: &Handle) -> bool {
    ["class", "id", "role"]
        .iter()
        .any(|k| attr(node, k).is_some_and(|v| PANEL_MARKS.iter().any(|m| v.contains(m))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_links() {
        assert_eq!(
            canonical(r#"<head><link href="https://x.nl/a?b=1&amp;c=2" rel="canonical"></head>"#)
                .as_deref(),
            Some("https://x.nl/a?b=1&c=2")
        );
        assert_eq!(
            canonical(r#"<meta property="og:url" content="https://y.nl/p">"#).as_deref(),
            Some("https://y.nl/p")
        );
        assert_eq!(canonical("<link rel=stylesheet href=a.css>"), None);
    }

    #[test]
    fn chrome_is_dropped_and_entities_decoded() {
        let html = r#"<!DOCTYPE html><html><head><title>T</title><style>p{}</style>
            <script>var Regio = 1;</script></head><body>
            <div class="cookie-banner">Wij gebruiken cookies</div>
            <header>Site</header><nav><a>Start</a></nav>
            <main><h1>Co&ouml;rdinator</h1>
            <table><tr><td>Uren per week</td><td>20 tot 28 uur</td></tr></table>
            <p>Tarief &euro;&nbsp;110,- &amp; meer</p></main>
            <footer>Copyright</footer></body></html>"#;
        let text = to_text(html).unwrap();
        assert!(text.contains("Coördinator"), "{text}");
        assert!(text.contains("Uren per week\t20 tot 28 uur"), "{text}");
        assert!(text.contains("€\u{a0}110,- & meer"), "{text}");
        for chrome in ["cookies", "Site", "Start", "Copyright", "var Regio", "p{}"] {
            assert!(!text.contains(chrome), "{chrome} leaked: {text}");
        }
    }

    #[test]
    fn without_main_the_chrome_still_goes() {
        let html = "<html><body><nav>Menu</nav><h1>Titel</h1><p>Tekst</p>\
                    <footer>Voet</footer></body></html>";
        let text = to_text(html).unwrap();
        assert!(text.contains("Titel") && text.contains("Tekst"));
        assert!(!text.contains("Menu") && !text.contains("Voet"));
    }

    #[test]
    fn a_folded_panel_is_read_and_other_hidden_text_is_not() {
        let html = "<html><body><main><h1>Titel</h1><div hidden>Cookies</div>\
                    <div class=\"acc-panel\" hidden><p>Gesprekken: 18 december</p></div>\
                    </main></body></html>";
        let text = to_text(html).unwrap();
        assert!(text.contains("Gesprekken: 18 december"), "{text}");
        assert!(!text.contains("Cookies"), "{text}");
    }

    #[test]
    fn empty_page_is_an_error() {
        assert!(to_text("<html><body><script>x</script></body></html>").is_err());
    }
}
