//! A posting as a site's API gives it: one JSON object (`curl … | jq .`,
//! a developer console's copy) with fields named in the API's own words
//! ("closesAt", "hoursPerWeek": {"min", "max"}, "knockOutCriteria": […],
//! "awardCriteria": [{"name", "weightPercent"}]). Its facts become the
//! labelled lines a page would print ("Sluitingsdatum: 2026-12-10 17:00",
//! "Uren per week: 28 - 32", a criteria heading with its list), in the
//! object's place. A key's words count, not its spelling ("closes_at",
//! "ClosesAt"); a time with its zone is read in Dutch time; other postings
//! the object lists ("related", "similar") and contacts are left out. Any
//! other text is returned as it came.

use chrono::DateTime;
use chrono_tz::Europe::Amsterdam;
use serde_json::{Map, Value};

use super::json_keys::{AWARD, CLIENT, DESCRIPTION, INVITED, KNOCKOUT, LABELLED, ORDER, SKIPPED};

pub(super) fn key_words(key: &str) -> String {
    key.chars()
        .filter(|c| !matches!(c, '_' | '-' | ' '))
        .flat_map(char::to_lowercase)
        .collect()
}

/// A time with its zone, with a `T` or (as normalised text has it) a space
/// between date and time.
fn zoned_time(s: &str) -> Option<DateTime<chrono::FixedOffset>> {
    let s = s.trim();
    DateTime::parse_from_rfc3339(s)
        .or_else(|_| DateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S%:z"))
        .or_else(|_| DateTime::parse_from_str(&s.replace('Z', "+00:00"), "%Y-%m-%d %H:%M:%S%:z"))
        .ok()
}

/// A scalar as text; a time with its zone in Dutch time ("2026-12-10
/// 17:00"), a date as written.
fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() => Some(match zoned_time(s) {
            Some(t) => t
                .with_timezone(&Amsterdam)
                .format("%Y-%m-%d %H:%M")
                .to_string(),
            None => s.trim().to_string(),
        }),
        Value::Number(n) => Some(n.to_string()),
        Value::Array(a) => {
            let parts: Vec<String> = a.iter().filter_map(scalar).collect();
            (!parts.is_empty()).then(|| parts.join(" en "))
        }
        Value::Object(o) => {
            // a range {"min": 28, "max": 32}, or an amount's "max…" field
            let get = |names: &[&str]| {
                o.iter()
                    .find(|(k, _)| names.contains(&key_words(k).as_str()))
                    .and_then(|(_, v)| scalar(v))
            };
            match (get(&["min", "from", "van"]), get(&["max", "to", "tot"])) {
                (Some(a), Some(b)) => Some(format!("{a} - {b}")),
                (a, b) => a.or(b),
            }
        }
        _ => None,
    }
}

/// A criterion of a list: its text, with its points where an object gives them.
fn criterion(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Object(o) => {
            let mut text = None;
            let mut points = None;
            for (k, v) in o {
                let k = key_words(k);
                if [
                    "name",
                    "naam",
                    "criterium",
                    "criterion",
                    "description",
                    "omschrijving",
                    "text",
                    "tekst",
                ]
                .contains(&k.as_str())
                {
                    text = scalar(v);
                } else if k.contains("weight")
                    || k.contains("point")
                    || k.contains("punten")
                    || k.contains("weging")
                {
                    points = scalar(v);
                }
            }
            let text = text?;
            Some(match points {
                Some(p) => format!("{text} ({p} punten)"),
                None => text,
            })
        }
        _ => None,
    }
}

/// A key that says only what kind of value it holds, read as its parent
/// names it: `"gesprekken": {"datum": …, "aantal_kandidaten": 3}` holds
/// the interviews' date and how many are invited; `"sluiting": {"datum":
/// …}` the closing date. Any other key is itself.
fn named_by_parent(parent: &str, k: &str) -> String {
    const DATE: &[&str] = &[
        "datum", "date", "dates", "data", "dag", "dagen", "days", "when", "wanneer",
    ];
    const COUNT: &[&str] = &[
        "aantal",
        "aantalkandidaten",
        "kandidaten",
        "candidates",
        "count",
        "number",
    ];
    let interviews = LABELLED
        .iter()
        .any(|(keys, label)| *label == "Gesprekken" && keys.contains(&parent));
    if !parent.is_empty()
        && DATE.contains(&k)
        && LABELLED.iter().any(|(keys, _)| keys.contains(&parent))
    {
        parent.to_string()
    } else if interviews && COUNT.contains(&k) {
        INVITED[0].to_string()
    } else {
        k.to_string()
    }
}

/// The facts of one object, in its order, as lines.
fn facts(o: &Map<String, Value>, parent: &str, depth: usize, out: &mut Vec<String>) {
    for (key, value) in o {
        let k = named_by_parent(parent, &key_words(key));
        if SKIPPED.contains(&k.as_str()) || k.ends_with("display") {
            continue;
        }
        if let Some((_, label)) = LABELLED.iter().find(|(keys, _)| keys.contains(&k.as_str()))
            && let Some(v) = match (label, value) {
                // the client's own number before the site's
                (&"Aanvraagnummer", Value::Object(refs)) => refs
                    .iter()
                    .find(|(k, _)| CLIENT.contains(&key_words(k).as_str()))
                    .or_else(|| refs.iter().next())
                    .and_then(|(_, v)| scalar(v)),
                _ => scalar(value),
            }
        {
            out.push(format!("{label}: {v}"));
            continue;
        }
        if CLIENT.contains(&k.as_str()) {
            match value {
                Value::Object(c) => {
                    if let Some(name) = c.get("name").or_else(|| c.get("naam")).and_then(scalar) {
                        out.push(format!("Opdrachtgever: {name}"));
                    }
                }
                v => {
                    if let Some(name) = scalar(v) {
                        out.push(format!("Opdrachtgever: {name}"));
                    }
                }
            }
            continue;
        }
        let list = KNOCKOUT
            .contains(&k.as_str())
            .then_some("Knock-outcriteria")
            .or_else(|| AWARD.contains(&k.as_str()).then_some("Gunningscriteria"));
        if let (Some(heading), Value::Array(items)) = (list, value) {
            out.push(String::new());
            out.push(heading.to_string());
            out.extend(items.iter().filter_map(criterion).map(|c| format!("- {c}")));
            out.push(String::new());
            continue;
        }
        match value {
            Value::String(s) if DESCRIPTION.contains(&k.as_str()) => {
                out.push(String::new());
                out.push(super::html_fragment::text(s.trim()).into_owned());
                out.push(String::new());
            }
            Value::String(_) | Value::Number(_) if INVITED.contains(&k.as_str()) => {
                if let Some(n) = scalar(value) {
                    out.push(format!(
                        "De {n} best scorende kandidaten worden uitgenodigd voor een gesprek."
                    ));
                }
            }
            Value::String(s) if k == "vog" || k == "vogverplicht" || k == "vogrequired" => {
                let yes = ["verplicht", "ja", "true", "yes", "vereist", "required"];
                let no = ["nee", "false", "no", "niet vereist", "geen"];
                let s = s.trim().to_lowercase();
                if yes.contains(&s.as_str()) {
                    out.push("Een VOG is vereist.".to_string());
                } else if no.contains(&s.as_str()) {
                    out.push("Een VOG is niet vereist.".to_string());
                }
            }
            // a stance in the site's own sentence ("dba_tekst")
            Value::String(s)
                if (k.contains("dba") || k.contains("zzp")) && s.split_whitespace().count() > 5 =>
            {
                out.push(String::new());
                out.push(s.trim().to_string());
                out.push(String::new());
            }
            Value::Bool(b) if k.contains("vog") => out.push(
                if *b {
                    "Een VOG is vereist."
                } else {
                    "Een VOG is niet vereist."
                }
                .to_string(),
            ),
            Value::Bool(b) if k.contains("zzp") || k.contains("selfemployed") => out.push(
                if *b {
                    "Inzet als zzp'er is mogelijk."
                } else {
                    "Inzet als zzp'er is niet mogelijk."
                }
                .to_string(),
            ),
            Value::Object(inner) if depth < 4 => facts(inner, &k, depth + 1, out),
            _ => {}
        }
    }
}

/// Where a JSON object starts: a line that opens with `{`.
fn object_start(text: &str) -> Option<usize> {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if line.trim_start().starts_with('{') {
            return Some(at + (line.len() - line.trim_start().len()));
        }
        at += line.len();
    }
    None
}

/// The text with an API's JSON object written as a posting's labelled
/// lines (see the module).
pub fn repair(text: &str) -> String {
    let Some(start) = object_start(text) else {
        return text.to_string();
    };
    let mut stream = serde_json::Deserializer::from_str(&text[start..]).into_iter::<Value>();
    let (o, end) = match stream.next() {
        Some(Ok(Value::Object(o))) => (o, start + stream.byte_offset()),
        // an object cut off before its end: what it held up to the cut
        Some(Err(e)) if e.is_eof() => match super::cut_documents::close_json(&text[start..]) {
            Some(Value::Object(o)) => (o, text.len()),
            _ => return text.to_string(),
        },
        _ => return text.to_string(),
    };
    let mut o = o;
    rendered(&mut o);
    let Some(lines) = labelled_lines(&o) else {
        return text.to_string();
    };
    splice(text, start, end, &lines)
}

/// A WordPress site's fields (`"title": {"rendered": "…"}`) as the text
/// they render, throughout the object.
fn rendered(o: &mut Map<String, Value>) {
    for v in o.values_mut() {
        if let Value::Object(inner) = v {
            match inner.remove("rendered") {
                Some(r @ Value::String(_)) => *v = r,
                Some(other) => {
                    inner.insert("rendered".to_string(), other);
                    rendered(inner);
                }
                None => rendered(inner),
            }
        }
    }
}

/// The text with its bytes `start..end` (an object's or document's) given
/// as `lines`.
pub(super) fn splice(text: &str, start: usize, end: usize, lines: &[String]) -> String {
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..start]);
    out.push_str(&lines.join("\n"));
    out.push('\n');
    out.push_str(&text[end..]);
    out
}

/// An object's facts as a page's lines: the labels in a page's order,
/// then the text and the lists; none where fewer than three facts are found.
pub(super) fn labelled_lines(o: &Map<String, Value>) -> Option<Vec<String>> {
    let mut found = Vec::new();
    facts(o, "", 0, &mut found);
    if found.len() < 3 {
        return None;
    }
    // the labels in a page's order (an object's keys come in any order),
    // the publication before the planning, then the text and the lists
    let rank = |line: &String| {
        ORDER
            .iter()
            .position(|label| line.starts_with(label) && line[label.len()..].starts_with(": "))
    };
    let (mut lines, rest): (Vec<String>, Vec<String>) =
        found.into_iter().partition(|l| rank(l).is_some());
    lines.sort_by_key(|l| rank(l));
    lines.extend(rest);
    Some(lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_api_object_becomes_labelled_lines() {
        let t = "$ curl -s https://api.example.nl/v2/opdrachten/1 | jq .\n{\n  \"reference\": \"GGDD-1\",\n  \"title\": \"Projectleider\",\n  \"client\": {\"name\": \"GGD Drenthe\", \"phone\": \"0592\"},\n  \"hoursPerWeek\": {\"min\": 28, \"max\": 32},\n  \"closesAt\": \"2026-12-10T16:00:00Z\",\n  \"closesAtDisplay\": \"do 10 dec\",\n  \"knockOutCriteria\": [\"Hbo\"],\n  \"awardCriteria\": [{\"name\": \"Tarief\", \"weightPercent\": 40}],\n  \"related\": [{\"title\": \"Ander\", \"closesAt\": \"2026-12-07T11:00:00Z\"}]\n}\n";
        let r = repair(t);
        assert!(r.starts_with("$ curl"));
        for line in [
            "Aanvraagnummer: GGDD-1",
            "Titel: Projectleider",
            "Opdrachtgever: GGD Drenthe",
            "Uren per week: 28 - 32",
            "Sluitingsdatum: 2026-12-10 17:00",
            "- Hbo",
            "- Tarief (40 punten)",
        ] {
            assert!(r.lines().any(|l| l == line), "{line} in {r}");
        }
        assert!(!r.contains("Ander") && !r.contains("do 10 dec"), "{r}");
    }

    #[test]
    fn a_kind_of_value_is_named_by_its_parent() {
        let t = "{\n  \"titel\": \"Adviseur\",\n  \"gesprekken\": {\"aantal_kandidaten\": 3, \"datum\": \"2026-12-21\"}\n}\n";
        let out = repair(t);
        assert!(out.contains("Gesprekken: 2026-12-21"), "{out}");
        assert!(out.contains("De 3 best scorende kandidaten"), "{out}");
    }

    #[test]
    fn text_without_an_object_is_left() {
        let t = "Functie: Jurist\n{niet: json}\n";
        assert_eq!(repair(t), t);
    }
}
