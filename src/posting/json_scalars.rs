//! What one value of a site's JSON (or XML read as JSON) says as text: a
//! key's words whatever its spelling ("closes_at", "ClosesAt",
//! SharePoint's "Uren_x0020_per_x0020_week"), a range's ends in an object
//! or in two keys ("urenPerWeekMin"), an amount in a wrapper ({"Value":
//! "13"}, {"amount": 112.5}), a time with its zone in Dutch time, and a
//! criterion with its points. Used by [`super::json_fields`].

use chrono::DateTime;
use chrono_tz::Europe::Amsterdam;
use serde_json::Value;

use super::json_keys::LABELLED;

pub(super) fn key_words(key: &str) -> String {
    // SharePoint writes a space in a column's name as "_x0020_"
    // ("Uren_x0020_per_x0020_week")
    let key = if key.contains("_x00") {
        std::borrow::Cow::Owned(key.replace("_x0020_", " ").replace("_x002f_", "/"))
    } else {
        std::borrow::Cow::Borrowed(key)
    };
    key.chars()
        .filter(|c| !matches!(c, '_' | '-' | ' '))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether a key's words name a range's lower or upper end ("min",
/// "minimumHours", "maxPerHour", "to"), as `(lower, upper)`.
fn range_end(k: &str) -> (bool, bool) {
    let lower = matches!(k, "min" | "from" | "van" | "vanaf")
        || k.starts_with("minimum")
        || (k.starts_with("min") && !k.starts_with("minut"));
    let upper = matches!(k, "max" | "to" | "tot" | "totmet") || k.starts_with("max");
    (lower, upper)
}

/// A key that is a labelled key with a range's end before or after it
/// ("urenPerWeekMin", "uurtarief_max", "maxUren"): the label and which end.
pub(super) fn labelled_end(k: &str) -> Option<(&'static str, bool)> {
    const ENDS: &[(&str, bool)] = &[
        ("minimum", false),
        ("maximum", true),
        ("min", false),
        ("max", true),
    ];
    ENDS.iter().find_map(|(end, upper)| {
        let base = k.strip_suffix(end).or_else(|| k.strip_prefix(end))?;
        LABELLED
            .iter()
            .find(|(keys, _)| keys.contains(&base))
            .map(|(_, label)| (*label, *upper))
    })
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
pub(super) fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() => Some(match zoned_time(s) {
            Some(t) => t
                .with_timezone(&Amsterdam)
                .format("%Y-%m-%d %H:%M")
                .to_string(),
            None => s.trim().to_string(),
        }),
        // a fraction with the Dutch comma ("78,5"): a page's "78.5" reads
        // as a thousands point
        Value::Number(n) if n.as_f64().is_some_and(|f| f.fract() != 0.0) => {
            Some(n.to_string().replace('.', ","))
        }
        Value::Number(n) => Some(n.to_string()),
        Value::Array(a) => {
            let parts: Vec<String> = a.iter().filter_map(scalar).collect();
            (!parts.is_empty()).then(|| parts.join(" en "))
        }
        Value::Object(o) => {
            // a range {"min": 28, "max": 32}, or an amount's "max…" field
            // ({"maxPerHour": 78.5}, {"MinimumHours": …, "MaximumHours": …})
            let end = |upper: bool| {
                o.iter()
                    .find(|(k, _)| {
                        let (lo, hi) = range_end(&key_words(k));
                        if upper { hi } else { lo && !hi }
                    })
                    .and_then(|(_, v)| scalar(v))
            };
            match (end(false), end(true)) {
                (Some(a), Some(b)) if a != b => return Some(format!("{a} - {b}")),
                (Some(a), _) | (None, Some(a)) => return Some(a),
                (None, None) => {}
            }
            // one value in a wrapper ({"Value": "13"}, {"amount": 112.5},
            // an XML element's text beside its attributes)
            const HELD: &[&str] = &[
                "value", "waarde", "amount", "bedrag", "name", "naam", "text", "tekst",
            ];
            HELD.iter()
                .find_map(|h| o.iter().find(|(k, _)| key_words(k) == *h))
                .and_then(|(_, v)| scalar(v))
                // or in the one object it holds ({"Range": {…}})
                .or_else(|| {
                    let mut inner = o.values().filter(|v| v.is_object());
                    match (inner.next(), inner.next()) {
                        (Some(v), None) => scalar(v),
                        _ => None,
                    }
                })
        }
        _ => None,
    }
}

/// A criterion of a list: its text, with its points where an object gives them.
pub(super) fn criterion(v: &Value) -> Option<String> {
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
