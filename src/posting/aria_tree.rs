//! A page as its accessibility tree: Chrome's DevTools dump (`heading
//! "Eisen" level: 2`, `rowheader "Kenmerk"` / `cell "STW-1"`, `StaticText
//! "…"`, indented by depth) or a Playwright ARIA snapshot (`- heading
//! "Eisen" [level=2]`, `- term: Start` / `- definition: 1 maart 2027`, `-
//! listitem: …`, `- row "Kwaliteit 40"`). Each node becomes the page's
//! text: the page's title first, a heading with a blank line before it, a
//! row header or term with its cell or definition as "Label: value", a
//! list item as a bullet, a row as its cells; the banner, navigation,
//! footer, links, buttons and images are left out, and a text that only
//! repeats its parent's name is said once. Any other text is returned as
//! it came.

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// A node of Chrome's dump: its role, its name in quotes, properties after.
static CHROME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^(\s*)([A-Za-z]+) "((?:[^"\\]|\\.)*)"(?:\s+[A-Za-z-]+: \S+)*\s*$"#)
        .expect("static pattern")
});

/// A node of a Playwright snapshot: `- role "name" [attrs]:` or `- role: text`.
static PLAYWRIGHT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^(\s*)- (/?[A-Za-z]+)(?: "((?:[^"\\]|\\.)*)")?(?: \[[^\]]*\])*(?::\s*(.*))?$"#)
        .expect("static pattern")
});

/// Roles whose whole subtree is the page's furniture.
const FURNITURE: &[&str] = &[
    "banner",
    "navigation",
    "contentinfo",
    "button",
    "link",
    "image",
    "img",
    "/url",
    "search",
    "combobox",
    "textbox",
    "checkbox",
];

struct Node {
    depth: usize,
    role: String,
    text: String,
}

fn unquote(s: &str) -> String {
    let s = s.trim();
    let inner = s
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .map(|r| r.replace("\\\"", "\"").replace("\\\\", "\\"))
        .or_else(|| {
            s.strip_prefix('\'')
                .and_then(|r| r.strip_suffix('\''))
                .map(|r| r.replace("''", "'"))
        });
    inner.unwrap_or_else(|| s.to_string())
}

fn node(line: &str) -> Option<Node> {
    if let Some(c) = PLAYWRIGHT.captures(line) {
        let name = c.get(3).map(|m| m.as_str().replace("\\\"", "\""));
        let text = c.get(4).map(|m| unquote(m.as_str())).unwrap_or_default();
        return Some(Node {
            depth: c[1].len(),
            role: c[2].to_string(),
            text: name.filter(|n| !n.is_empty()).unwrap_or(text),
        });
    }
    CHROME.captures(line).map(|c| Node {
        depth: c[1].len(),
        role: c[2].to_string(),
        text: c[3].replace("\\\"", "\""),
    })
}

/// The text with an accessibility tree read as its page (see the module).
pub fn repair(text: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let nodes = lines.iter().filter(|l| node(l).is_some()).count();
    if nodes < 8 || nodes * 10 < lines.len() * 8 {
        return Cow::Borrowed(text);
    }
    let mut out: Vec<String> = Vec::new();
    let mut skip_below: Option<usize> = None;
    // a row's cells, and a row header or term waiting for its value
    let mut row: Vec<String> = Vec::new();
    let mut row_depth: Option<usize> = None;
    let mut label: Option<String> = None;
    let mut headed = false;
    // a row header and its one cell are a label and its value; other rows
    // keep their cells apart as a table's
    let flush_row = |row: &mut Vec<String>, headed: bool, out: &mut Vec<String>| {
        match row.as_slice() {
            [] => {}
            [label, value] if headed => out.push(format!("{label}: {value}")),
            cells => out.push(cells.join("\t")),
        }
        row.clear();
    };
    for line in text.lines() {
        let Some(n) = node(line) else {
            if !line.trim().is_empty() {
                out.push(line.to_string());
            }
            continue;
        };
        if let Some(d) = skip_below {
            if n.depth > d {
                continue;
            }
            skip_below = None;
        }
        if row_depth.is_some_and(|d| n.depth <= d) {
            flush_row(&mut row, headed, &mut out);
            row_depth = None;
        }
        let role = n.role.to_lowercase();
        let t = n.text.trim().to_string();
        if FURNITURE.contains(&role.as_str()) {
            skip_below = Some(n.depth);
            continue;
        }
        match role.as_str() {
            "rootwebarea" | "webarea" | "document" if !t.is_empty() => out.push(t),
            "heading" if !t.is_empty() => {
                out.push(String::new());
                out.push(t);
                // its text node says the same again
                skip_below = Some(n.depth);
            }
            "row" if t.is_empty() => row_depth = Some(n.depth),
            // a snapshot's row names its cells with a space between:
            // points that end it are a column of their own
            "row" => out.push(match t.rsplit_once(' ') {
                Some((head, n))
                    if (1..=3).contains(&n.len()) && n.chars().all(|c| c.is_ascii_digit()) =>
                {
                    format!("{head}\t{n}")
                }
                _ => t,
            }),
            "rowheader" | "columnheader" | "cell" | "gridcell" if row_depth.is_some() => {
                if row.is_empty() {
                    headed = role == "rowheader";
                }
                row.push(t);
                skip_below = Some(n.depth);
            }
            "term" => label = Some(t),
            "definition" => match label.take() {
                Some(l) => out.push(format!("{l}: {t}")),
                None => out.push(t),
            },
            "listitem" if !t.is_empty() => out.push(format!("- {t}")),
            "listitem" => out.push("- ".to_string()),
            "statictext" | "text" | "paragraph" | "status" | "strong" | "emphasis" | "time"
            | "caption" | "note" | "alert" | "cell" | "gridcell" | "rowheader" | "columnheader"
            | "generic" | "group" | "region" | "article" | "section" | "blockquote" | "figure"
            | "definitionlist" | "descriptionlist" | "list" | "table" | "rowgroup" | "main"
            | "linebreak" | "separator" => {
                if t.is_empty() {
                    continue;
                }
                // a list item's text comes as its child
                if let Some(last) = out.last_mut()
                    && last == "- "
                {
                    last.push_str(&t);
                } else if out.last() != Some(&t) && !matches!(role.as_str(), "list" | "table") {
                    out.push(t);
                }
            }
            _ => {}
        }
    }
    flush_row(&mut row, headed, &mut out);
    if let Some(l) = label {
        out.push(l);
    }
    out.retain(|l| l != "- ");
    Cow::Owned(super::normalize::join_like(&out, text))
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn a_chrome_tree_reads_as_its_page() {
        let t = "RootWebArea \"Adviseur | Banensite\" focusable: true\n  banner \"\"\n    link \"Home\"\n  main \"\"\n    heading \"Adviseur\" level: 1\n      StaticText \"Adviseur\"\n    paragraph \"\"\n      StaticText \"Gemeente Ede\"\n    table \"Kenmerken\"\n      row \"\"\n        rowheader \"Startdatum\"\n        cell \"1 maart 2027\"\n      row \"\"\n        rowheader \"Uren\"\n        cell \"24\"\n    button \"Reageer\" focusable: true\n    list \"\"\n      listitem \"\"\n        StaticText \"Hbo\"\n";
        assert_eq!(
            repair(t),
            "Adviseur | Banensite\n\nAdviseur\nGemeente Ede\nStartdatum: 1 maart 2027\nUren: 24\n- Hbo\n"
        );
    }

    #[test]
    fn a_playwright_snapshot_reads_as_its_page() {
        let t = "- banner:\n  - link \"Site\":\n    - /url: /\n- main:\n  - heading \"Adviseur\" [level=1]\n  - paragraph: GGD Zeeland · Goes\n  - term: Start\n  - definition: 1 maart 2027\n  - term: Schaal\n  - definition: \"10\"\n  - list:\n    - listitem: Hbo\n  - table:\n    - rowgroup:\n      - row \"Kwaliteit 60\"\n      - row \"Prijs 40\"\n";
        assert_eq!(
            repair(t),
            "\nAdviseur\nGGD Zeeland · Goes\nStart: 1 maart 2027\nSchaal: 10\n- Hbo\nKwaliteit\t60\nPrijs\t40\n"
        );
    }

    #[test]
    fn a_yaml_list_of_facts_is_no_tree() {
        let t = "Opdracht:\n- Start: 1 maart\n- Uren: 24\n- Plaats: Ede\n";
        assert_eq!(repair(t), t);
    }
}
