//! A tender system's questionnaire copied as text (Negometrix, Mercell,
//! TenderNed): each demand or criterion is a question with its number and
//! name, a line of its properties and its text under them:
//!
//! ```text
//! Vraag 3.1  Opleiding
//! Soort: Ja/Nee-vraag | Knock-out: Ja
//! De aangeboden kandidaat heeft een afgeronde opleiding op wo-niveau.
//! ```
//!
//! Each question becomes one bullet, "name: text", with "(knock-out)" or
//! "(30 punten)" from its properties; a question marked "Knock-out: Nee"
//! stays a plain line saying so, as it asks nothing a bidder can fail on.

use regex::Regex;
use std::sync::LazyLock;

/// "Vraag 3.1  Opleiding", "Question 4.2 Vision", "Eis 2 Rijbewijs".
static HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:vraag|question|eis|wens|criterium)\s+\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+(\S.{0,80})$")
        .expect("static pattern")
});

/// "Knock-out: Ja", "Knockout: nee".
static KNOCKOUT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bknock-?out\s*:\s*(ja|nee|yes|no)\b").expect("static pattern")
});

/// "Weging: 30 punten", "Weight: 25%".
static WEIGHT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:weging|weight|gewicht)\s*:\s*(\d{1,3})\s*(punten|points|%)?")
        .expect("static pattern")
});

/// A line of a question's properties: "Soort: …", "Knock-out: …", "Weging: …".
fn properties(line: &str) -> bool {
    let l = line.trim_start().to_lowercase();
    [
        "soort:",
        "type:",
        "knock-out:",
        "knockout:",
        "weging:",
        "weight:",
    ]
    .iter()
    .any(|p| l.starts_with(p))
}

/// The text with each question of a questionnaire as one line (see the module).
pub fn repair(text: &str) -> String {
    if !text.lines().any(properties) {
        return text.to_string();
    }
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let Some(name) = HEAD.captures(lines[i]).and_then(|c| c.get(1)) else {
            out.push(lines[i].to_string());
            i += 1;
            continue;
        };
        let mut j = i + 1;
        let mut props = Vec::new();
        while j < lines.len() && properties(lines[j]) {
            props.push(lines[j]);
            j += 1;
        }
        if props.is_empty() {
            out.push(lines[i].to_string());
            i += 1;
            continue;
        }
        let mut body = Vec::new();
        while j < lines.len() && !lines[j].trim().is_empty() && !HEAD.is_match(lines[j]) {
            body.push(lines[j].trim());
            j += 1;
        }
        let props = props.join(" ");
        let name = name.as_str().trim();
        let body = body.join(" ");
        let item = if body.is_empty() {
            name.to_string()
        } else {
            format!("{name}: {body}")
        };
        let knockout = KNOCKOUT
            .captures(&props)
            .map(|c| matches!(c[1].to_lowercase().as_str(), "ja" | "yes"));
        match (knockout, WEIGHT.captures(&props)) {
            (Some(false), _) => out.push(format!("{item} (geen knock-out)")),
            (Some(true), _) => out.push(format!("- {item} (knock-out)")),
            (None, Some(w)) => {
                let unit = if w.get(2).is_some_and(|u| u.as_str() == "%") {
                    "%"
                } else {
                    " punten"
                };
                out.push(format!("- {item} ({}{unit})", &w[1]));
            }
            (None, None) => out.push(format!("- {item}")),
        }
        i = j;
    }
    super::normalize::join_like(&out, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_become_items_with_their_weight() {
        let t = "3. Eisen\n\nVraag 3.1  Opleiding\nSoort: Ja/Nee-vraag | Knock-out: Ja\nDe kandidaat heeft\neen wo-opleiding.\n\n\
                 Vraag 3.5  Beschikbaarheid\nSoort: Informatief | Knock-out: Nee\nGeef aan wanneer.\n\n\
                 4. Gunning\n\nVraag 4.1  Visie\nSoort: Kwalitatief | Weging: 30 punten\nGeef uw visie.\n";
        assert_eq!(
            repair(t),
            "3. Eisen\n\n- Opleiding: De kandidaat heeft een wo-opleiding. (knock-out)\n\n\
             Beschikbaarheid: Geef aan wanneer. (geen knock-out)\n\n\
             4. Gunning\n\n- Visie: Geef uw visie. (30 punten)\n"
        );
    }

    #[test]
    fn a_question_without_properties_stays_as_it_is() {
        let t = "Vraag 2 Heeft u ervaring?\nJa, zeker.\n";
        assert_eq!(repair(t), t);
    }
}
