//! A static site's source file: YAML front matter between two "---" lines
//! ("id: IRZ-2026-0342", "provincie: Overijssel", "eind: 2027-12-31",
//! `sluiting: "2027-01-12 10:00"`) above the Markdown body. Its keys are
//! written in lowercase and its values may be quoted, so the label reader
//! would pass them by as wrapped sentences: each key becomes a capitalised
//! label with its value unquoted ("Provincie: Overijssel"), "id" the
//! "Kenmerk" it is, and keys of no fact (lists, yes/no flags, a layout's
//! name) are dropped.

use std::borrow::Cow;

/// Keys that hold no fact of the posting.
const SKIPPED: &[&str] = &["layout", "tags", "draft", "concept", "slug", "permalink"];

/// Keys of the posting's own reference, before which a site's id
/// ("vacature_id: 20841") is no reference.
const REFERENCE: &[&str] = &[
    "kenmerk",
    "referentie",
    "aanvraagnummer",
    "reference",
    "ref",
];

/// Where the front matter opens: after any comment lines a copy put on
/// top ("# source: …"), a "---" (YAML) or "+++" (TOML) line. The bytes
/// before its first key and the fence.
fn opening(text: &str) -> Option<(usize, &'static str)> {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let t = line.trim();
        at += line.len();
        match t {
            "---" => return Some((at, "---")),
            "+++" => return Some((at, "+++")),
            _ if t.is_empty() || t.starts_with("# ") => {}
            _ => return None,
        }
    }
    None
}

/// One key and its value as the label reader should see it, or none for
/// a key of no fact.
fn line(key: &str, value: &str, has_reference: bool) -> Option<String> {
    let key = key.trim();
    let lower = key.to_lowercase();
    let value = value.trim().trim_matches(['"', '\'']).trim();
    if value.is_empty() || SKIPPED.contains(&lower.as_str()) {
        return None;
    }
    // a site's own id beside the reference
    if has_reference && (lower == "id" || lower.ends_with("_id")) {
        return None;
    }
    let flag = match value.to_lowercase().as_str() {
        "true" | "yes" => Some(true),
        "false" | "no" => Some(false),
        _ => None,
    };
    // "vog: true": a yes or no the reader knows; other flags say nothing
    let value = match flag {
        Some(yes) if lower.contains("vog") => (if yes { "ja" } else { "nee" }).to_string(),
        Some(_) => return None,
        // an inline list ("gesprekken: [\"2027-01-13\", \"2027-01-14\"]")
        None if value.starts_with('[') => {
            let items: Vec<&str> = value
                .trim_matches(['[', ']'])
                .split(',')
                .map(|i| i.trim().trim_matches(['"', '\'']).trim())
                .filter(|i| !i.is_empty())
                .collect();
            if items.is_empty() {
                return None;
            }
            items.join(" en ")
        }
        None => value.to_string(),
    };
    let label = match lower.as_str() {
        "id" | "ref" => "Kenmerk".to_string(),
        k => {
            let k = k.replace('_', " ");
            let mut c = k.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        }
    };
    Some(format!("{label}: {value}"))
}

/// A TOML front matter's keys, its tables' keys too ("[extra]", "[taxonomies]"),
/// with their values as written.
fn toml_pairs(block: &str) -> Option<Vec<(String, String)>> {
    fn walk(t: &toml::Table, out: &mut Vec<(String, String)>) {
        for (k, v) in t {
            match v {
                toml::Value::Table(inner) => walk(inner, out),
                toml::Value::String(s) => out.push((k.clone(), s.clone())),
                toml::Value::Array(a) => {
                    let items: Vec<String> = a
                        .iter()
                        .filter_map(|i| match i {
                            toml::Value::String(s) => Some(s.clone()),
                            toml::Value::Table(_) | toml::Value::Array(_) => None,
                            other => Some(other.to_string()),
                        })
                        .collect();
                    out.push((k.clone(), format!("[{}]", items.join(", "))));
                }
                other => out.push((k.clone(), other.to_string())),
            }
        }
    }
    let table = toml::from_str::<toml::Table>(block).ok()?;
    let mut out = Vec::new();
    walk(&table, &mut out);
    Some(out)
}

/// A YAML front matter's keys and values, a key a line; none where a line
/// is no `key: value` of one word.
fn yaml_pairs(block: &str) -> Option<Vec<(String, String)>> {
    block
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let (key, value) = line.split_once(':')?;
            let key = key.trim();
            // a front matter key is one word of letters ("opdrachtgever", "start_datum")
            (!key.is_empty()
                && key
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '_' || c == '-'))
            .then(|| (key.to_string(), value.to_string()))
        })
        .collect()
}

/// The text with its front matter as labelled lines, when it opens with one.
pub fn repair(text: &str) -> Cow<'_, str> {
    let Some((from, fence)) = opening(text) else {
        return Cow::Borrowed(text);
    };
    let rest = &text[from..];
    let Some(close) = rest
        .split_inclusive('\n')
        .scan(0, |at, l| {
            let start = *at;
            *at += l.len();
            Some((start, *at, l.trim() == fence))
        })
        .find(|(_, _, is_fence)| *is_fence)
    else {
        return Cow::Borrowed(text);
    };
    let block = &rest[..close.0];
    let pairs = if fence == "+++" {
        toml_pairs(block)
    } else {
        yaml_pairs(block)
    };
    let Some(pairs) = pairs else {
        return Cow::Borrowed(text);
    };
    let has_reference = pairs
        .iter()
        .any(|(k, _)| REFERENCE.contains(&k.to_lowercase().as_str()));
    let mut out: Vec<String> = pairs
        .iter()
        .filter_map(|(k, v)| line(k, v, has_reference))
        .collect();
    if out.is_empty() {
        return Cow::Borrowed(text);
    }
    out.push(String::new());
    let mut joined = out.join("\n");
    joined.push('\n');
    joined.push_str(&rest[close.1..]);
    Cow::Owned(joined)
}

/// The page's address a read-later tool's front matter gives ("url:
/// https://www.tjongerwerk.nl/opdracht/hv-26-204", "original_url: …").
pub fn address(text: &str) -> Option<String> {
    let mut lines = text.lines();
    if lines.next().map(str::trim) != Some("---") {
        return None;
    }
    lines.take_while(|l| l.trim() != "---").find_map(|line| {
        let (key, value) = line.split_once(':')?;
        let key = key.trim().to_ascii_lowercase();
        let value = value.trim().trim_matches(['"', '\'']).trim();
        ([
            "url",
            "link",
            "source",
            "source_url",
            "original_url",
            "canonical",
            "canonical_url",
        ]
        .contains(&key.as_str())
            && (value.starts_with("https://") || value.starts_with("http://"))
            && !value.contains(' '))
        .then(|| value.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_become_labels() {
        let t = "---\nlayout: vacature\nid: AB-2027-01\ntitel: \"Jurist Wonen\"\nprovincie: Drenthe\neind_datum: 2027-06-30\ntags: [a, b]\nconcept: false\n---\n\n# Jurist Wonen\n";
        assert_eq!(
            repair(t),
            "Kenmerk: AB-2027-01\nTitel: Jurist Wonen\nProvincie: Drenthe\nEind datum: 2027-06-30\n\n\n# Jurist Wonen\n"
        );
    }

    #[test]
    fn toml_front_matter_under_a_source_line() {
        let t = "# source: https://codeberg.org/x/site/raw/a.md\n+++\ntitle = \"Teamleider VTH\"\ndraft = false\n\n[taxonomies]\nregio = [\"Drenthe\"]\n\n[extra]\nsite_id = 4471\nkenmerk = \"EMM-14\"\nvog = \"nee\"\ngesprekken = [\"2026-12-22\", \"2026-12-23\"]\n+++\n\nTekst\n";
        let r = repair(t);
        for line in [
            "Title: Teamleider VTH",
            "Regio: Drenthe",
            "Kenmerk: EMM-14",
            "Vog: nee",
            "Gesprekken: 2026-12-22 en 2026-12-23",
        ] {
            assert!(r.lines().any(|l| l == line), "{line} in {r}");
        }
        assert!(!r.contains("4471") && !r.contains("draft"), "{r}");
        // a yes or no of a VOG is kept, in words
        let t = "---\ntitel: Jurist\nvog: true\ndraft: false\n---\n";
        assert!(repair(t).contains("Vog: ja"));
    }

    #[test]
    fn a_separator_line_is_no_front_matter() {
        let t = "---\nDit is een gewone tekst, met een komma.\n---\n";
        assert_eq!(repair(t), t);
        let t = "Functie: Jurist\n---\nid: 3\n---\n";
        assert_eq!(repair(t), t);
    }
}
