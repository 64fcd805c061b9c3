//! A posting as a site's XML export gives it (`<opdracht>` with its facts
//! in attributes: `<periode start=".." eind=".."/>`, `<tarief max=".."/>`,
//! `<moment type="sluiting" datum=".."/>`, `<eisen><eis tekst=".."/>…`).
//! The document is read as the tree it is and handed to the reader of a
//! site's JSON object ([`super::json_fields`]), whose keys are the same
//! words: attributes and child elements become keys, an element whose
//! children all share one name becomes a list, a typed moment
//! (`type="sluiting" datum=".."`) becomes the key its type names, text
//! (CDATA too) becomes `text`. Its facts replace the XML in place. A
//! namespace prefix a copy left undeclared (`<freep:export>`) is read
//! without its prefix. Any other text is returned as it came.

use roxmltree::{Document, Node, ParsingOptions};
use serde_json::{Map, Value};

/// How deep elements are followed; a posting's facts sit a few levels down.
const MAX_DEPTH: usize = 8;
/// Attributes that name a moment's kind, and those that give its value.
const KIND: &[&str] = &["type", "soort", "kind"];
const WHEN: &[&str] = &["datum", "date", "value", "tijd", "moment"];

/// Where the XML starts (the first line opening with `<` and not `<!--`)
/// and ends (after the last line that closes an element).
fn span(text: &str) -> Option<(usize, usize)> {
    let mut at = 0;
    let mut start = None;
    let mut end = None;
    for line in text.split_inclusive('\n') {
        let t = line.trim();
        if start.is_none() && t.starts_with('<') && !t.starts_with("<!--") {
            start = Some(at + (line.len() - line.trim_start().len()));
        }
        if start.is_some() && t.starts_with('<') && t.ends_with('>') {
            end = Some(at + line.trim_end().len());
        }
        at += line.len();
    }
    Some((start?, end?))
}

/// The XML with undeclared namespace prefixes taken off the tag names.
fn without_prefixes(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..=i]);
        rest = &rest[i + 1..];
        let slash = usize::from(rest.starts_with('/'));
        let name_len = rest[slash..]
            .find(|c: char| !(c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | ':')))
            .unwrap_or(rest.len() - slash);
        let name = &rest[slash..slash + name_len];
        match name.rsplit_once(':') {
            Some((_, local)) if !local.is_empty() => {
                out.push_str(&rest[..slash]);
                out.push_str(local);
                rest = &rest[slash + name_len..];
            }
            _ => {}
        }
    }
    out.push_str(rest);
    out
}

/// An element as a JSON value (see the module).
fn to_value(node: Node, depth: usize) -> Value {
    let elements: Vec<Node> = node.children().filter(Node::is_element).collect();
    let text: String = node
        .children()
        .filter(Node::is_text)
        .filter_map(|n| n.text())
        .collect::<String>()
        .trim()
        .to_string();
    let attrs: Vec<(&str, &str)> = node.attributes().map(|a| (a.name(), a.value())).collect();
    if elements.is_empty() {
        if attrs.is_empty() {
            return Value::String(text);
        }
        // `<titel lang="nl" value="Adviseur"/>`: the value is the element's
        if let Some((_, v)) = attrs.iter().find(|(k, _)| matches!(*k, "value" | "waarde"))
            && attrs.len() <= 2
        {
            return Value::String((*v).to_string());
        }
    }
    // `<eisen><eis …/><eis …/></eisen>`: a list
    if attrs.is_empty() && text.is_empty() && is_list(node, &elements) {
        return Value::Array(
            elements
                .iter()
                .filter(|_| depth < MAX_DEPTH)
                .map(|e| to_value(*e, depth + 1))
                .collect(),
        );
    }
    let mut map = Map::new();
    for (k, v) in attrs {
        map.insert(k.to_string(), Value::String(v.to_string()));
    }
    if !text.is_empty() {
        map.insert("text".into(), Value::String(text));
    }
    for e in elements.iter().filter(|_| depth < MAX_DEPTH) {
        if let Some((kind, when)) = moment(*e) {
            map.entry(kind).or_insert(Value::String(when));
            continue;
        }
        let name = e.tag_name().name().to_string();
        let value = to_value(*e, depth + 1);
        match map.get_mut(&name) {
            Some(Value::Array(list)) => list.push(value),
            Some(old) => *old = Value::Array(vec![old.take(), value]),
            None => {
                map.insert(name, value);
            }
        }
    }
    Value::Object(map)
}

/// Whether an element's children are a list: two or more of one name, or
/// one whose name the element's is the plural of (`<eisen><eis/>`), and
/// not typed moments.
fn is_list(node: Node, elements: &[Node]) -> bool {
    let Some(first) = elements.first().map(|e| e.tag_name().name()) else {
        return false;
    };
    let parent = node.tag_name().name();
    let common = parent
        .chars()
        .zip(first.chars())
        .take_while(|(a, b)| a.eq_ignore_ascii_case(b))
        .count();
    elements.iter().all(|e| e.tag_name().name() == first)
        && (elements.len() >= 2 || common >= first.chars().count().min(4))
        && !elements.iter().all(|e| moment(*e).is_some())
}

/// A typed moment (`<moment type="sluiting" datum="…"/>`): its kind and value.
fn moment(node: Node) -> Option<(String, String)> {
    let get = |names: &[&str]| {
        node.attributes()
            .find(|a| names.contains(&a.name()))
            .map(|a| a.value().to_string())
    };
    Some((get(KIND)?, get(WHEN)?))
}

/// The text with a site's XML export written as a posting's labelled
/// lines (see the module).
pub fn repair(text: &str) -> String {
    let Some((start, end)) = span(text) else {
        return text.to_string();
    };
    let xml = &text[start..end];
    let options = || ParsingOptions {
        allow_dtd: true,
        nodes_limit: 200_000,
        ..ParsingOptions::default()
    };
    let (unprefixed, closed);
    let mut end = end;
    let doc = match Document::parse_with_options(xml, options()) {
        Ok(doc) => doc,
        Err(_) => {
            unprefixed = without_prefixes(xml);
            match Document::parse_with_options(&unprefixed, options()) {
                Ok(doc) => doc,
                // a document cut off before its end: what it held
                Err(_) => match super::cut_documents::close_xml(&text[start..]) {
                    Some(whole) => {
                        closed = without_prefixes(&whole);
                        end = text.len();
                        match Document::parse_with_options(&closed, options()) {
                            Ok(doc) => doc,
                            Err(_) => return text.to_string(),
                        }
                    }
                    None => return text.to_string(),
                },
            }
        }
    };
    let root = doc.root_element();
    // a page's markup is read elsewhere
    if root.tag_name().name().eq_ignore_ascii_case("html") {
        return text.to_string();
    }
    let o = match to_value(root, 0) {
        Value::Object(o) => o,
        // an export of one posting: the first
        Value::Array(items) => match items.into_iter().next() {
            Some(Value::Object(o)) => o,
            _ => return text.to_string(),
        },
        _ => return text.to_string(),
    };
    let Some(mut lines) = super::json_fields::labelled_lines(&o) else {
        return text.to_string();
    };
    // the site the export came from (`<export source="freep.nl">`)
    if let Some(site) = root
        .attributes()
        .find(|a| matches!(a.name(), "source" | "bron" | "site" | "platform"))
        .map(|a| a.value().trim())
        .filter(|v| v.contains('.') && !v.contains(char::is_whitespace))
    {
        let scheme = if site.contains("://") { "" } else { "https://" };
        lines.insert(0, format!("Bron: {scheme}{site}"));
    }
    super::json_fields::splice(text, start, end, &lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_export_becomes_labelled_lines() {
        let t = "<?xml version=\"1.0\"?>\n<x:export source=\"freep.nl\">\n<opdracht id=\"7\">\n  <titel lang=\"nl\" value=\"Adviseur\"/>\n  <opdrachtgever naam=\"GGD Zeeland\" kvk=\"1\"/>\n  <referentie opdrachtgever=\"GZ-1\" platform=\"P-7\"/>\n  <periode start=\"2027-01-04\" eind=\"2027-12-31\"/>\n  <planning>\n    <moment type=\"sluiting\" datum=\"2026-12-15 12:00:00+01:00\"/>\n  </planning>\n  <eisen>\n    <eis nr=\"1\" tekst=\"Hbo\"/>\n  </eisen>\n  <wensen>\n    <wens punten=\"60\" tekst=\"Ervaring\"/>\n    <wens punten=\"40\" tekst=\"Prijs\"/>\n  </wensen>\n  <gerelateerd><opdracht titel=\"Ander\" sluiting=\"2026-12-09\"/></gerelateerd>\n</opdracht>\n</x:export>\n";
        let r = repair(t);
        for line in [
            "Bron: https://freep.nl",
            "Titel: Adviseur",
            "Opdrachtgever: GGD Zeeland",
            "Aanvraagnummer: GZ-1",
            "Startdatum: 2027-01-04",
            "Einddatum: 2027-12-31",
            "Sluitingsdatum: 2026-12-15 12:00",
            "- Hbo",
            "- Prijs (40 punten)",
        ] {
            assert!(r.lines().any(|l| l == line), "{line} in {r}");
        }
        assert!(!r.contains("Ander") && !r.contains('<'), "{r}");
    }

    #[test]
    fn text_and_broken_xml_are_left() {
        for t in ["Functie: Jurist\n", "<p>Functie\n<b>open\n", "<a>\n</b>\n"] {
            assert_eq!(repair(t), t);
        }
    }
}
