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

/// The text with its front matter as labelled lines, when it opens with one.
pub fn repair(text: &str) -> Cow<'_, str> {
    let mut lines = text.lines();
    if lines.next().map(str::trim) != Some("---") {
        return Cow::Borrowed(text);
    }
    let mut out: Vec<String> = Vec::new();
    let mut closed = false;
    let mut used = 1;
    for line in lines.by_ref() {
        used += 1;
        if line.trim() == "---" {
            closed = true;
            break;
        }
        let Some((key, value)) = line.split_once(':') else {
            return Cow::Borrowed(text);
        };
        let key = key.trim();
        // a front matter key is one word of letters ("opdrachtgever", "start_datum")
        if key.is_empty()
            || !key
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
        {
            return Cow::Borrowed(text);
        }
        let value = value.trim().trim_matches(['"', '\'']).trim();
        let flag = ["true", "false", "yes", "no"].contains(&value.to_lowercase().as_str());
        if value.is_empty() || value.starts_with('[') || flag || SKIPPED.contains(&key) {
            continue;
        }
        let label = match key.to_lowercase().as_str() {
            "id" | "ref" => "Kenmerk".to_string(),
            k => {
                let k = k.replace('_', " ");
                let mut c = k.chars();
                c.next()
                    .map(|f| f.to_uppercase().chain(c).collect())
                    .unwrap_or_default()
            }
        };
        out.push(format!("{label}: {value}"));
    }
    if !closed || out.is_empty() {
        return Cow::Borrowed(text);
    }
    out.push(String::new());
    let rest: Vec<&str> = text.lines().skip(used).collect();
    let mut joined = out.join("\n");
    joined.push('\n');
    joined.push_str(&rest.join("\n"));
    if text.ends_with('\n') {
        joined.push('\n');
    }
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
    fn a_separator_line_is_no_front_matter() {
        let t = "---\nDit is een gewone tekst, met een komma.\n---\n";
        assert_eq!(repair(t), t);
        let t = "Functie: Jurist\n---\nid: 3\n---\n";
        assert_eq!(repair(t), t);
    }
}
