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

use serde_json::{Map, Value};

pub(super) use super::json_scalars::key_words;
use super::json_scalars::{criterion, labelled_end, scalar};

use super::json_keys::{AWARD, CLIENT, DESCRIPTION, INVITED, KNOCKOUT, LABELLED, ORDER, SKIPPED};

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
    // a stance in the site's own words beside its yes/no flag
    // ("wetDba": {"zzpToegestaan": false, "toelichting": "…"}): the words
    let about_dba = |k: &str| k.contains("dba") || k.contains("zzp");
    let explained = o.iter().any(|(k, v)| {
        v.as_str().is_some_and(|s| s.split_whitespace().count() > 5)
            && (about_dba(&key_words(k)) || about_dba(parent))
    });
    // a range's ends in two keys ("urenPerWeekMin", "urenPerWeekMax")
    let mut ends: Vec<(&str, Option<String>, Option<String>)> = Vec::new();
    for (key, value) in o {
        let k = named_by_parent(parent, &key_words(key));
        if SKIPPED.contains(&k.as_str()) || k.ends_with("display") {
            continue;
        }
        if !LABELLED.iter().any(|(keys, _)| keys.contains(&k.as_str()))
            && let Some((label, upper)) = labelled_end(&k)
            && let Some(v) = scalar(value)
        {
            let at = match ends.iter().position(|(l, _, _)| *l == label) {
                Some(at) => at,
                None => {
                    ends.push((label, None, None));
                    ends.len() - 1
                }
            };
            if upper {
                ends[at].2 = Some(v);
            } else {
                ends[at].1 = Some(v);
            }
            continue;
        }
        if let Some((_, label)) = LABELLED.iter().find(|(keys, _)| keys.contains(&k.as_str()))
            && let Some(v) = match (label, value) {
                // the client's own number before the site's
                (&"Aanvraagnummer", Value::Object(refs)) => refs
                    .iter()
                    .find(|(k, _)| CLIENT.contains(&key_words(k).as_str()))
                    .and_then(|(_, v)| scalar(v))
                    .or_else(|| scalar(value))
                    .or_else(|| refs.values().next().and_then(scalar)),
                _ => scalar(value),
            }
        {
            out.push(format!("{label}: {v}"));
            continue;
        }
        if CLIENT.contains(&k.as_str()) {
            match value {
                Value::Object(c) => {
                    let name = c
                        .iter()
                        .find(|(k, _)| {
                            let k = key_words(k);
                            k == "name" || k == "naam" || CLIENT.contains(&k.as_str())
                        })
                        .and_then(|(_, v)| scalar(v));
                    if let Some(name) = name {
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
        // the list as one text ("Eisen": "1. Wo-niveau\n2. …")
        if let (Some(heading), Value::String(items)) = (list, value)
            && items.contains('\n')
        {
            out.push(String::new());
            out.push(heading.to_string());
            out.extend(items.lines().filter_map(list_line));
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
                if (about_dba(&k) || about_dba(parent)) && s.split_whitespace().count() > 5 =>
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
            Value::Bool(b) if (k.contains("zzp") || k.contains("selfemployed")) && !explained => {
                out.push(
                    if *b {
                        "Inzet als zzp'er is mogelijk."
                    } else {
                        "Inzet als zzp'er is niet mogelijk."
                    }
                    .to_string(),
                )
            }
            Value::Object(inner) if depth < 4 => facts(inner, &k, depth + 1, out),
            _ => {}
        }
    }
    for (label, lo, hi) in ends {
        out.push(match (lo, hi) {
            (Some(lo), Some(hi)) if lo != hi => format!("{label}: {lo} - {hi}"),
            (_, Some(hi)) if label == "Tarief" => format!("Maximaal uurtarief: {hi}"),
            (Some(v), _) | (None, Some(v)) => format!("{label}: {v}"),
            (None, None) => continue,
        });
    }
}

/// A line of a list written as one text: "Prijs: 20" is a criterion with
/// its points ("- Prijs (20 punten)", not a label), "(totaal 100)" its sum.
fn list_line(line: &str) -> Option<String> {
    let t = line.trim();
    let bare = t.trim_matches(['(', ')']).to_lowercase();
    if t.is_empty() || bare.starts_with("totaal") || bare.starts_with("total") {
        return None;
    }
    match t.rsplit_once(':') {
        Some((name, points))
            if !name.trim().is_empty()
                && points
                    .trim()
                    .trim_end_matches('%')
                    .trim()
                    .parse::<u32>()
                    .is_ok() =>
        {
            let p = points.trim().trim_end_matches('%').trim();
            Some(format!("- {} ({p} punten)", name.trim()))
        }
        _ => Some(t.to_string()),
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
    fn wrapped_values_ranges_in_two_keys_and_lists_as_text() {
        let t = "{\n  \"Title\": \"Programmamanager\",\n  \"Uren_x0020_per_x0020_week\": \"32\",\n  \"Schaal\": {\"Value\": \"13\"},\n  \"inzet\": {\"urenPerWeekMin\": 24, \"urenPerWeekMax\": 28},\n  \"tarief\": {\"maximumPerUur\": 78.5},\n  \"Eisen\": \"1. Wo-niveau\\n2. Acht jaar ervaring\",\n  \"wetDba\": {\"zzpToegestaan\": false, \"toelichting\": \"Inzet van zzp'ers is bij deze aanvraag niet toegestaan.\"}\n}\n";
        let r = repair(t);
        for line in [
            "Uren per week: 32",
            "Schaal: 13",
            "Uren per week: 24 - 28",
            "Tarief: 78,5",
            "Knock-outcriteria",
            "2. Acht jaar ervaring",
            "Inzet van zzp'ers is bij deze aanvraag niet toegestaan.",
        ] {
            assert!(r.lines().any(|l| l == line), "{line} in {r}");
        }
        assert!(!r.contains("zzp'er is niet mogelijk"), "{r}");
        // award criteria as one text: "Prijs: 20" a criterion, not a label
        let t = "{\"titel\": \"Adviseur\", \"referentie\": \"A-1\", \"Gunningscriteria\": \"Plan van aanpak: 50\\nPrijs: 20\\n(totaal 100)\"}\n";
        let r = repair(t);
        assert!(r.lines().any(|l| l == "- Prijs (20 punten)"), "{r}");
        assert!(!r.contains("totaal"), "{r}");
    }

    #[test]
    fn text_without_an_object_is_left() {
        let t = "Functie: Jurist\n{niet: json}\n";
        assert_eq!(repair(t), t);
    }
}
