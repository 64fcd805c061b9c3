//! A PDF's logical structure as an accessibility checker shows it (PAC's
//! tree view, Acrobat's tags panel copied as text): each element on a line
//! of its own behind its tag, indented and opened with a triangle ("▾ <TR>
//! <TH> Provincie <TD> Gelderland", "<H2> Eisen", "<LI> <Lbl> ☑ <LBody>
//! Hbo-diploma"). The tags become the page's lines: a heading with a blank
//! line before it, a table row's header and data cells as "label: value",
//! a list item as a bullet, a paragraph's text as it is; figures (their
//! alt text), the structure's own elements and the checker's remarks are
//! dropped. Only a text that holds the structure's own elements (<Sect>,
//! <Document>, <LBody> …) is read so; a feed or a page in HTML is left for
//! the readers of those. Any other text is returned as it came.

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// A tag as the tree shows it ("<TH>", "<LBody>", "</P>").
static TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"</?([A-Za-z][A-Za-z0-9]*)>").expect("static pattern"));

/// A figure's alt text ("<Figure> Alt: \"pictogram kalender\"").
static FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"<Figure>\s*(?:Alt:\s*"[^"]*"|Alt:\s*\S+)?"#).expect("static pattern")
});

/// The text with a PDF's tag tree read as the page (see the module).
pub fn repair(text: &str) -> Cow<'_, str> {
    let tagged = text
        .lines()
        .filter(|l| {
            let t = l.trim_start_matches([' ', '▾', '▸', '▿', '▹', '-', '+']);
            t.starts_with('<') && TAG.is_match(t)
        })
        .take(6)
        .count();
    // a PDF's structure, not a feed's or a page's markup that uses <P>
    let structure = ["<Document>", "<Sect>", "<Part>", "<LBody>", "<Art>"]
        .iter()
        .any(|t| text.contains(t));
    if tagged < 6 || !structure {
        return Cow::Borrowed(text);
    }
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        let t = line
            .trim_start_matches([' ', '\t', '▾', '▸', '▿', '▹', '-', '+'])
            .trim_end();
        if !t.starts_with('<') {
            if !t.is_empty() {
                out.push(line.to_string());
            }
            continue;
        }
        let t = FIGURE.replace_all(t, "");
        let first = TAG
            .captures(&t)
            .map(|c| c[1].to_string())
            .unwrap_or_default();
        match first.as_str() {
            "H" | "H1" | "H2" | "H3" | "H4" | "H5" | "H6" | "Title" => {
                out.push(String::new());
                out.push(cells(&t).join(" "));
            }
            "TR" => {
                let c = cells(&t);
                match c.as_slice() {
                    [] => {}
                    [one] => out.push(one.clone()),
                    [label, rest @ ..] if t.contains("<TH>") => {
                        out.push(format!("{label}: {}", rest.join(" ")))
                    }
                    all => out.push(all.join("\t")),
                }
            }
            "LI" => {
                let body = match t.find("<LBody>") {
                    Some(at) => cells(&t[at..]).join(" "),
                    None => cells(&t).join(" "),
                };
                if !body.is_empty() {
                    out.push(format!("- {body}"));
                }
            }
            "P" | "Span" | "Link" | "TD" | "TH" | "Note" | "Caption" | "Lbl" | "LBody" => {
                let text = cells(&t).join(" ");
                // the checker's own remarks on the tags
                if !text.is_empty() && !text.starts_with("⚠ PAC") {
                    out.push(text);
                }
            }
            _ => {}
        }
    }
    Cow::Owned(super::normalize::join_like(&out, text))
}

/// The texts between the tags of one line, trimmed, empty ones left out.
fn cells(line: &str) -> Vec<String> {
    TAG.split(line)
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn tags_become_the_pages_lines() {
        let t = "PAC 2024 – Logische structuur\n▾ <Document>\n  ▾ <Sect>\n    <Figure> Alt: \"Logo\"\n    <H1> Inhuuraanvraag – Teamleider\n    <P> Kenmerk: APD-2026-3310\n    ▾ <Table>\n      ▾ <TR> <TH> Provincie <TD> Gelderland\n      ▾ <TR> <TH> <Figure> Alt: \"pictogram klok\" Uren <TD> 36 per week\n    <H2> Eisen\n    ▾ <L>\n      ▾ <LI> <Lbl> ☑ <LBody> Hbo-diploma\n    <P> ⚠ PAC: Lijstitem zonder <Lbl>-inhoud (2x)\n";
        assert_eq!(
            repair(t),
            "PAC 2024 – Logische structuur\n\nInhuuraanvraag – Teamleider\nKenmerk: APD-2026-3310\nProvincie: Gelderland\nUren: 36 per week\n\nEisen\n- Hbo-diploma\n"
        );
    }

    #[test]
    fn a_feed_with_upper_case_html_is_left() {
        let t = "<rss version=\"2.0\">\n<channel>\n<title>Opdrachten</title>\n<item>\n<title>Teamleider (WF-2026-0412)</title>\n<guid>x</guid>\n<description><![CDATA[<P><STRONG>Regio:</STRONG> Noord-Holland<BR/>\n<P>Start 1 maart</P>]]></description>\n</item>\n";
        assert_eq!(repair(t), t);
    }

    #[test]
    fn a_text_naming_a_tag_or_two_is_left() {
        let t = "Titel\nGebruik <P> voor alinea's.\nStart: 1 maart\n";
        assert_eq!(repair(t), t);
    }
}
