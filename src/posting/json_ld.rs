//! A page copied with its source's schema.org JobPosting (JSON-LD in a
//! `<script type="application/ld+json">` block): the block becomes labelled
//! lines ("Functie:", "Referentie:", "Regio:", "Sluitingsdatum:", …) after
//! the page's own text, where the page's labels come first, so the facts only the page's data holds (the identifier, the
//! province of the address) are read like the page's own labels, and the
//! JSON's words ("employmentType": "CONTRACTOR") are no text of the posting.

use super::label_table::Field;
use super::labels::Candidate;
use super::lines::{Line, LineKind};
use serde_json::Value;
use std::borrow::Cow;
use std::collections::HashSet;

const OPEN: &str = "application/ld+json";

/// The heading the JobPosting's facts are written under.
pub const DATA_HEADING: &str = "Gegevens uit de pagina";

/// The text with each JSON-LD block replaced by the JobPosting's facts.
pub fn repair(text: &str) -> Cow<'_, str> {
    if !text.contains(OPEN) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut data = String::new();
    let mut descriptions = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find(OPEN) {
        let Some(tag_start) = rest[..at].rfind("<script") else {
            break;
        };
        let Some(body_start) = rest[at..].find('>').map(|i| at + i + 1) else {
            break;
        };
        out.push_str(&rest[..tag_start]);
        let Some(body_end) = rest[body_start..].find("</script>").map(|i| body_start + i) else {
            // a page copied up to a cut inside the block: what it held
            let body = rest[body_start..].trim_start();
            if let Some(v) = super::cut_documents::close_json(body) {
                for line in job_posting(&v).map(facts).unwrap_or_default() {
                    data.push_str(&line);
                    data.push('\n');
                }
                descriptions.extend(description(&v));
                rest = "";
            } else {
                out.truncate(out.len() - tag_start);
            }
            break;
        };
        if let Ok(v) = serde_json::from_str::<Value>(&rest[body_start..body_end]) {
            for line in job_posting(&v).map(facts).unwrap_or_default() {
                data.push_str(&line);
                data.push('\n');
            }
            descriptions.extend(description(&v));
        }
        rest = &rest[body_end + "</script>".len()..];
    }
    out.push_str(rest);
    // a page copied as little but its data (its text cut off inside the
    // block): the posting's description is the text there is
    if !data.is_empty() && own_words(&out) < 40 {
        for desc in descriptions.iter().take(1) {
            data.push_str(&super::html_fragment::text(desc));
            data.push('\n');
        }
    }
    // after the page's own text, under a heading of their own: where the
    // page and its data disagree, the page a person reads comes first
    if !data.is_empty() {
        out.push_str("\n\n## ");
        out.push_str(DATA_HEADING);
        out.push('\n');
        out.push_str(&data);
    }
    Cow::Owned(out)
}

/// The label candidates with the page's data kept only for the fields the
/// page's own text does not state: where a page and its JSON-LD disagree
/// (a title shortened, an older rate or closing time), the page a person
/// reads is the posting. A heading on the page is its own title.
pub fn page_first(lines: &[Line], cands: Vec<Candidate>) -> Vec<Candidate> {
    let Some(at) = lines
        .iter()
        .position(|l| l.kind == LineKind::Heading && l.text.trim() == DATA_HEADING)
    else {
        return cands;
    };
    let mut stated: HashSet<Field> = cands
        .iter()
        .filter(|c| c.line < at)
        .map(|c| c.field)
        .collect();
    if lines[..at].iter().any(|l| l.kind == LineKind::Heading) {
        stated.insert(Field::Title);
    }
    cands
        .into_iter()
        .filter(|c| c.line < at || !stated.contains(&c.field))
        .collect()
}

/// The JobPosting in a JSON-LD value: itself, an item of a list or of its
/// `@graph`.
fn job_posting(v: &Value) -> Option<&Value> {
    match v {
        Value::Array(items) => items.iter().find_map(job_posting),
        Value::Object(o) => {
            let job = o.get("@type").is_some_and(|kind| {
                kind.as_str() == Some("JobPosting")
                    || kind
                        .as_array()
                        .is_some_and(|a| a.iter().any(|k| k.as_str() == Some("JobPosting")))
            });
            if job {
                Some(v)
            } else {
                o.get("@graph").and_then(job_posting)
            }
        }
        _ => None,
    }
}

/// The JobPosting's description, as its HTML.
fn description(v: &Value) -> Option<String> {
    job_posting(v)?
        .get("description")?
        .as_str()
        .map(str::to_string)
}

/// How many words the page's own text holds, its source line aside.
fn own_words(text: &str) -> usize {
    text.lines()
        .filter(|l| !l.starts_with("# source:"))
        .flat_map(str::split_whitespace)
        .count()
}

/// A text value, or the `value`/`name` of an object.
fn text_of(v: &Value) -> Option<String> {
    let text = match v {
        Value::String(s) => Some(s.trim().to_string()),
        // an amount as a Dutch page writes it: "99", "87,50"
        Value::Number(n) => n.as_f64().map(|f| {
            if f.fract() == 0.0 {
                format!("{f:.0}")
            } else {
                format!("{f:.2}").replace('.', ",")
            }
        }),
        Value::Object(o) => o.get("value").or_else(|| o.get("name")).and_then(text_of),
        Value::Array(a) => a.first().and_then(text_of),
        _ => None,
    };
    text.filter(|s| !s.is_empty())
}

/// "2027-02-01T09:00:00+01:00" as "2027-02-01 09:00" (the time as written).
fn date_time(s: &str) -> String {
    match s.split_once('T') {
        Some((date, time)) => format!("{date} {}", time.get(..5).unwrap_or(time)),
        None => s.to_string(),
    }
}

/// The JobPosting's facts as labelled lines.
fn facts(job: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut line = |label: &str, v: Option<String>| {
        if let Some(v) = v {
            out.push(format!("{label}: {v}"));
        }
    };
    line("Functie", job.get("title").and_then(text_of));
    line("Referentie", job.get("identifier").and_then(text_of));
    line(
        "Opdrachtgever",
        job.get("hiringOrganization")
            .and_then(|o| o.get("name"))
            .and_then(text_of),
    );
    let address = job
        .get("jobLocation")
        .map(|l| l.as_array().and_then(|a| a.first()).unwrap_or(l))
        .and_then(|l| l.get("address"));
    line(
        "Regio",
        address
            .and_then(|a| a.get("addressRegion"))
            .and_then(text_of),
    );
    line("Gepubliceerd", job.get("datePosted").and_then(text_of));
    line("Startdatum", job.get("jobStartDate").and_then(text_of));
    line(
        "Sluitingsdatum",
        job.get("validThrough")
            .and_then(text_of)
            .map(|s| date_time(&s)),
    );
    line("Uren per week", job.get("workHours").and_then(text_of));
    let salary = job.get("baseSalary").and_then(|s| s.get("value"));
    if salary
        .and_then(|v| v.get("unitText"))
        .and_then(Value::as_str)
        .is_some_and(|u| u.eq_ignore_ascii_case("hour"))
    {
        line(
            "Max. uurtarief",
            salary
                .and_then(|v| v.get("maxValue"))
                .and_then(text_of)
                .map(|m| format!("€ {m}")),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_job_posting_becomes_labels() {
        let t = "Jurist\nTekst.\n<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\"},{\"@type\":\"JobPosting\",\"title\":\"Jurist omgevingsrecht\",\"identifier\":{\"@type\":\"PropertyValue\",\"value\":\"OSS-12\"},\"employmentType\":\"CONTRACTOR\",\"validThrough\":\"2027-03-01T10:00:00+01:00\",\"jobLocation\":[{\"address\":{\"addressRegion\":\"Noord-Brabant\"}}],\"baseSalary\":{\"value\":{\"maxValue\":95,\"unitText\":\"HOUR\"}}}]}</script>\nEinde";
        assert_eq!(
            repair(t),
            "Jurist\nTekst.\n\nEinde\n\n## Gegevens uit de pagina\nFunctie: Jurist omgevingsrecht\nReferentie: OSS-12\nRegio: Noord-Brabant\nSluitingsdatum: 2027-03-01 10:00\nMax. uurtarief: € 95\n"
        );
    }

    #[test]
    fn other_scripts_and_texts_are_left() {
        let t = "Titel\n<script type=\"application/ld+json\">{\"@type\":\"Organization\",\"name\":\"X\"}</script>\nRest";
        assert_eq!(repair(t), "Titel\n\nRest");
        assert_eq!(repair("Titel\nRest"), "Titel\nRest");
    }
}
