//! A posting as a personal tracker's TOML export gives it (`[[opdracht]]`
//! with `titel = "…"`, `sluiting = 2026-12-17T12:00:00`, a table of
//! `[opdracht.eisen]` and `[[opdracht.gunning]]` rows): the document is read
//! as the tree it is and the first table that names a title is handed to
//! the reader of a site's JSON object ([`super::json_fields`]), whose keys
//! are the same words. The export's own fields (the app, its version, the
//! time it was made) are no part of the posting. Any other text is
//! returned as it came.

use serde_json::{Map, Value};

/// A TOML value as JSON; a date or a time as it is written.
fn to_json(v: &toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::String(s.clone()),
        toml::Value::Integer(i) => Value::from(*i),
        toml::Value::Float(f) => {
            serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number)
        }
        toml::Value::Boolean(b) => Value::Bool(*b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.iter().map(to_json).collect()),
        toml::Value::Table(t) => {
            Value::Object(t.iter().map(|(k, v)| (k.clone(), to_json(v))).collect())
        }
    }
}

/// Whether a key names the title, in the words of the JSON reader's table.
fn is_title_key(key: &str) -> bool {
    let words = super::json_fields::key_words(key);
    super::json_keys::LABELLED
        .iter()
        .any(|(keys, label)| *label == "Titel" && keys.contains(&words.as_str()))
}

/// The first table, depth first, that names the posting's title.
fn posting(v: &Value, depth: usize) -> Option<&Map<String, Value>> {
    match v {
        Value::Object(o) if o.keys().any(|k| is_title_key(k)) => Some(o),
        Value::Object(o) if depth < 4 => o.values().find_map(|v| posting(v, depth + 1)),
        Value::Array(a) if depth < 4 => a.first().and_then(|v| posting(v, depth + 1)),
        _ => None,
    }
}

/// Whether a text looks like TOML: several `key = value` lines and a table.
fn looks_like_toml(text: &str) -> bool {
    let lines = || text.lines().map(str::trim);
    lines().any(|l| l.starts_with('[') && l.ends_with(']') && !l.contains(' '))
        && lines()
            .filter(|l| {
                l.split_once(" = ").is_some_and(|(k, _)| {
                    !k.is_empty()
                        && k.bytes()
                            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
                })
            })
            .take(5)
            .count()
            == 5
}

/// The text with a tracker's TOML export written as a posting's labelled
/// lines (see the module).
pub fn repair(text: &str) -> String {
    if !looks_like_toml(text) {
        return text.to_string();
    }
    let Ok(doc) = toml::from_str::<toml::Table>(text) else {
        return text.to_string();
    };
    let doc = to_json(&toml::Value::Table(doc));
    let Some(o) = posting(&doc, 0) else {
        return text.to_string();
    };
    match super::json_fields::labelled_lines(o) {
        Some(lines) => lines.join("\n") + "\n",
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_export_becomes_labelled_lines() {
        let t = "# export\n[export]\napp = \"Logboek\"\n\n[[opdracht]]\nid = 2\ntitel = \"Assetmanager\"\nreferentie = \"RL-1\"\nsluiting = 2026-12-17T12:00:00\nuren_per_week = \"32 - 36\"\n\n[opdracht.eisen]\nknock_out = [\"Hbo\", \"5 jaar\"]\n\n[[opdracht.gunning]]\ncriterium = \"Prijs\"\npunten = 35\n";
        let r = repair(t);
        for line in [
            "Titel: Assetmanager",
            "Aanvraagnummer: RL-1",
            "Uren per week: 32 - 36",
            "- Hbo",
            "- Prijs (35 punten)",
        ] {
            assert!(r.lines().any(|l| l == line), "{line} in {r}");
        }
        assert!(r.contains("Sluitingsdatum: 2026-12-17"), "{r}");
        assert!(!r.contains("Logboek"), "{r}");
    }

    #[test]
    fn other_texts_are_left() {
        let t = "Functie = Adviseur\nUren = 32\n[zie bijlage]\n";
        assert_eq!(repair(t), t);
    }
}
