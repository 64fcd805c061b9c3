//! A label whose value is a small JSON object, as an automation maps a
//! form's or a list's field into a mail ("Uren: {\"min\": 20, \"max\": 24}",
//! "Schaal: {\"@odata.type\": …, \"Value\": \"12\"}"): the value becomes
//! what the object holds ("Uren: 20 - 24", "Schaal: 12"), and a `null`
//! becomes no value. Any other line stays as it came.

use serde_json::{Map, Value};
use std::borrow::Cow;

/// The text with each such label's value read.
pub fn repair(text: &str) -> Cow<'_, str> {
    if !text.contains(": {") && !text.contains(": null") {
        return Cow::Borrowed(text);
    }
    if !text.lines().any(|l| read(l).is_some()) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(super::glued::map_lines(text, |l| {
        read(l).unwrap_or_else(|| l.to_string())
    }))
}

/// A "Label: {…}" or "Label: null" line as "Label: value".
fn read(line: &str) -> Option<String> {
    let (label, value) = line.split_once(": ")?;
    let label_words = label.split_whitespace().count();
    if !(1..=4).contains(&label_words) || label.contains(['{', '"']) {
        return None;
    }
    let value = value.trim();
    if value == "null" {
        return Some(format!("{label}:"));
    }
    if !value.starts_with('{') || !value.ends_with('}') {
        return None;
    }
    let Value::Object(o) = serde_json::from_str::<Value>(value).ok()? else {
        return None;
    };
    Some(format!("{label}: {}", held(&o)?))
}

/// What an object holds: a range of "min" and "max", else its one value.
fn held(o: &Map<String, Value>) -> Option<String> {
    let get = |names: &[&str]| {
        o.iter()
            .find(|(k, _)| names.iter().any(|n| k.eq_ignore_ascii_case(n)))
            .and_then(|(_, v)| scalar(v))
    };
    match (get(&["min", "van", "from"]), get(&["max", "tot", "to"])) {
        (Some(lo), Some(hi)) if lo != hi => return Some(format!("{lo} - {hi}")),
        (Some(v), _) | (None, Some(v)) => return Some(v),
        (None, None) => {}
    }
    if let Some(v) = get(&["value", "waarde", "label", "text", "tekst", "name", "naam"]) {
        return Some(v);
    }
    // nothing but empty fields: no value
    o.values().all(Value::is_null).then(String::new)
}

fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn a_small_object_gives_what_it_holds() {
        let t = "Uren: {\"min\": 20, \"max\": 24, \"toelichting\": null}\nSchaal: {\"@odata.type\":\"#SP\",\"Id\":3,\"Value\":\"12\"}\nEinde: null\nContact: {\"naam\": \"L. Peeters\", \"telefoon\": \"0475\"}\nTekst: {geen json}\n";
        assert_eq!(
            repair(t),
            "Uren: 20 - 24\nSchaal: 12\nEinde:\nContact: L. Peeters\nTekst: {geen json}\n"
        );
    }
}
