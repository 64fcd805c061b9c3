//! Conditions a bidder must meet besides the criteria: the VOG (and VOG-P),
//! an integrity statement, SROI, Waadi registration, a G-rekening; and the
//! facts around them: Flextender's fee, hybrid work, workdays, DAS, the
//! platform and the "response period has passed" banner.

use super::lines::{Line, LineKind};
use super::model::{Hybrid, Vog};
use super::money::{Money, find_euro_amounts};
use super::normalize::fold;
use regex::Regex;
use std::sync::LazyLock;

static WEEKS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(\d{1,2})\s*(?:weken|wk)").expect("static pattern"));
static HYBRID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)hybride?\s+werken\s+mogelijk\s*[:?]?\s*(ja\s*/\s*nee|nee\s*/\s*ja|ja|nee)")
        .expect("static pattern")
});
static WORKDAYS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)volgende werkdagen\s*:\s*([^\n]+)").expect("static pattern"));
static VOG_WORD: LazyLock<Regex> = LazyLock::new(|| {
    // "VOG", or a label in small letters ("Vog: ja", a front matter's "vog: true")
    Regex::new(r"\bVOG\b|(?i)verklaring omtrent (?:het )?gedrag|(?i)^\W{0,3}vog\s*[:|]")
        .expect("static pattern")
});
static VOG_P: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\bVOG[- ]?P\b").expect("static pattern"));

/// The VOG demand, from the sentences that mention one.
/// "Een VOG is voor deze rol niet vereist": the VOG denied a few words on;
/// a form's or export's "VOG: Nee".
static VOG_NOT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:vog|verklaring omtrent (?:het )?gedrag)\b[^.;]{0,30}?\bniet\s+(?:vereist|nodig|verplicht|noodzakelijk|gevraagd|van\s+toepassing)\b|(?-u:\b)vog(?: (?:vereist|nodig|verplicht))?(?:\s*[:|]\s*|\s+)(?:nee|n\.?v\.?t\.?|niet van toepassing|niet nodig|niet vereist|geen)(?-u:\b)|\b(?:vog|certificate of conduct)\b[^.;]{0,30}?\b(?:is\s+)?not\s+(?:required|needed|necessary|requested)\b|\bno\s+(?:vog|certificate of conduct)\b|\b(?:vog|verklaring omtrent (?:het )?gedrag)\b[^.;]{0,15}?\b(?:vragen|vraagt|eisen|eist|verlangen|verlangt)\b[^.;]{0,40}?\bniet\b")
        .expect("static pattern")
});

/// Words that make a mention of the VOG a demand ("vereist", "in bezit
/// van", "overleggen", "VOG: ja").
static VOG_DEMAND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:vereis\w*|verplicht\w*|nodig|noodzakelijk|bezit|overleg\w*|aanvra\w*|aan te vragen|aanlever\w*|indien\w*|beschik\w*|eis\w*|moet\w*|dien\w*|vraagt|gevraagd|verzoek\w*|required|requires|mandatory|needed|ja|yes|geldig\w*|afgegeven|screening|lever\w*|vog[- ]?p)(?-u:\b)")
        .expect("static pattern")
});

pub fn vog(sentences: &[String]) -> Vog {
    let mut vog = Vog::default();
    let (mut demanded, mut mentioned, mut waived) = (false, false, false);
    for s in sentences
        .iter()
        .filter(|s| VOG_WORD.is_match(s) || VOG_P.is_match(s))
    {
        let f = fold(s);
        let negated = [
            "geen vog",
            "vog is niet nodig",
            "vog niet vereist",
            "vog hoeft niet",
            "geen verklaring omtrent",
        ]
        .iter()
        .any(|n| f.contains(n))
            || VOG_NOT.is_match(&f);
        // "VOG nodig?": a question asks, it does not demand
        let question = s.trim_end().ends_with('?');
        if !negated && !question {
            // a mention that neither demands nor waives ("graag check op
            // tarief en VOG") gives way to a statement that none is needed
            if VOG_DEMAND.is_match(&f) {
                demanded = true;
            } else {
                mentioned = true;
            }
        }
        waived |= negated;
        vog.evidence.push(s.clone());
        let vog_p_at = VOG_P.find(s).map(|m| m.start());
        if vog_p_at.is_some() {
            vog.vog_p_mentioned = true;
        }
        for c in WEEKS.captures_iter(s) {
            let (Some(all), Some(n)) = (c.get(0), c.get(1)) else {
                continue;
            };
            let Ok(weeks) = n.as_str().parse::<u32>() else {
                continue;
            };
            if vog_p_at.is_some_and(|p| p < all.start()) {
                vog.vog_p_lead_time_weeks.get_or_insert(weeks);
            } else {
                vog.lead_time_weeks.get_or_insert(weeks);
            }
        }
    }
    vog.required = demanded || (mentioned && !waived);
    vog
}

/// Whether any sentence (folded) contains one of the phrases.
pub fn mentions(folded_text: &str, phrases: &[&str]) -> bool {
    phrases.iter().any(|p| folded_text.contains(p))
}

pub fn integrity_statement(folded: &str) -> bool {
    mentions(
        folded,
        &[
            "integriteitsverklaring",
            "verklaring integriteit",
            "integriteits verklaring",
        ],
    )
}

pub fn sroi(folded: &str) -> bool {
    mentions(folded, &["sroi", "social return"])
}

pub fn waadi(folded: &str) -> bool {
    mentions(
        folded,
        &["waadi", "wet allocatie arbeidskrachten door intermediairs"],
    )
}

pub fn g_account(folded: &str) -> bool {
    mentions(
        folded,
        &["g-rekening", "g rekening", "geblokkeerde rekening"],
    )
}

/// "Helaas is de reactietermijn verlopen": the page says it is closed.
pub fn expired_banner(folded: &str) -> bool {
    mentions(
        folded,
        &[
            "reactietermijn verlopen",
            "reactietermijn is verlopen",
            "niet meer mogelijk te reageren",
            "niet meer mogelijk om te reageren",
            "inschrijftermijn is verlopen",
            "deze aanvraag is gesloten",
        ],
    )
}

/// Flextender's fee from the fee section (or a sentence naming a fee):
/// `("none", None)` or `("2.25 per hour", Some(€ 2,25))`.
pub fn fee(fee_sections: &[&[Line]], sentences: &[String]) -> Option<(String, Option<Money>)> {
    let section_text: Vec<String> = fee_sections
        .iter()
        .flat_map(|s| {
            s.iter()
                .filter(|l| l.kind != LineKind::Blank)
                .map(|l| l.text.clone())
        })
        .collect();
    let fee_sentences: Vec<&String> = sentences
        .iter()
        .filter(|s| fold(s).contains(" fee "))
        .collect();
    let candidates: Vec<&str> = section_text
        .iter()
        .map(String::as_str)
        .chain(fee_sentences.iter().map(|s| s.as_str()))
        .collect();
    for text in candidates {
        let f = fold(text);
        if f.contains("geen fee") || f.contains("geen kosten") || f.contains("kosteloos") {
            return Some(("none".to_string(), None));
        }
        if let Some(pct) = percent(text) {
            return Some((format!("{pct}%"), None));
        }
        if let Some(amount) = find_euro_amounts(text).into_iter().next() {
            if f.contains("uur") {
                return Some((format!("{:.2} per hour", amount.as_eur()), Some(amount)));
            }
            return Some((format!("{amount}"), None));
        }
    }
    None
}

/// A percentage in a fee text ("een fee van 3,5% van het uurtarief" →
/// "3.5"), written with a dot.
fn percent(text: &str) -> Option<String> {
    let i = text.find('%')?;
    let digits: String = text[..i]
        .trim_end()
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let n: f64 = digits.replace(',', ".").parse().ok()?;
    (n > 0.0 && n < 100.0).then(|| n.to_string())
}

/// "Is hybride werken mogelijk: ja" (yes), "nee" (no), "ja/nee" (unknown).
pub fn hybrid(flat: &str) -> Hybrid {
    match HYBRID
        .captures(flat)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().to_lowercase())
    {
        Some(v) if v.contains('/') => Hybrid::Unknown,
        Some(v) if v == "ja" => Hybrid::Yes,
        Some(v) if v == "nee" => Hybrid::No,
        _ => Hybrid::Unknown,
    }
}

/// "De opdracht wordt vervuld op de volgende werkdagen: ma t/m vrij".
pub fn workdays(text: &str) -> Option<String> {
    let v = WORKDAYS
        .captures(text)?
        .get(1)?
        .as_str()
        .trim()
        .trim_end_matches('.')
        .trim();
    // the rest of the line: on a text without line breaks, the rest of the
    // text (megabytes); a list of days is a short sentence
    let v = match v.char_indices().nth(MAX_WORKDAYS) {
        None => v,
        Some((cut, _)) => v[..cut].split_once(". ")?.0,
    };
    (!v.is_empty()).then(|| v.to_string())
}

/// Longer than any list of working days.
const MAX_WORKDAYS: usize = 200;

/// The platform the posting was published on: the known name mentioned most.
pub fn platform(folded: &str) -> Option<String> {
    const PLATFORMS: &[(&str, &str)] = &[
        ("flextender", "Flextender"),
        ("striive", "Striive"),
        ("negometrix", "Negometrix"),
        ("tenderned", "TenderNed"),
        ("mercell", "Mercell"),
        ("ctm solution", "CTM Solution"),
        ("inhuurdesk", "Inhuurdesk"),
        ("werkenvoornederland", "Werken voor Nederland"),
    ];
    PLATFORMS
        .iter()
        .map(|(k, name)| (folded.matches(k).count(), *name))
        .filter(|(n, _)| *n > 0)
        .max_by_key(|(n, _)| *n)
        .map(|(_, name)| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vog_and_lead_times() {
        let s = vec![
            "De gemeente verzoekt altijd om een Verklaring Omtrent het Gedrag (VOG).".to_string(),
            "De verwerkingstijd is maximaal 4 weken, en bij VOG-P screening maximaal 8 weken."
                .to_string(),
        ];
        let v = vog(&s);
        assert!(v.required && v.vog_p_mentioned);
        assert_eq!(
            (v.lead_time_weeks, v.vog_p_lead_time_weeks),
            (Some(4), Some(8))
        );
        assert!(!vog(&["Een VOG is niet nodig; geen VOG vereist.".to_string()]).required);
        assert!(!vog(&["VOG: niet van toepassing".to_string()]).required);
        assert!(!vog(&["VOG: n.v.t.".to_string()]).required);
        assert!(vog(&["VOG: vereist".to_string()]).required);
        for t in [
            "Een Verklaring Omtrent het Gedrag is niet nodig voor deze opdracht.",
            "Een Verklaring Omtrent het Gedrag vragen wij voor deze interimopdracht niet.",
            "A certificate of conduct (VOG) is not required for this assignment.",
        ] {
            assert!(!vog(&[t.to_string()]).required, "{t}");
        }
        let chat = [
            "Prima. VOG nodig?".to_string(),
            "Nee, VOG hoeft niet voor deze".to_string(),
        ];
        assert!(!vog(&chat).required);
        assert!(!vog(&["Een VOG wordt voor deze functie niet gevraagd.".to_string()]).required);
        // a form's or export's column: "VOG: Nee"
        assert!(!vog(&["VOG vereist: Nee".to_string()]).required);
        assert!(vog(&["VOG: ja".to_string()]).required);
        assert!(vog(&["Vog: ja".to_string()]).required);
        assert!(!vog(&["Vog: nee".to_string()]).required);
        // a yes-or-no field without its colon
        assert!(!vog(&["Voorwaarden VOG vereist Nee Inzet zzp Toegestaan".to_string()]).required);
        // a note that names the VOG gives way to the posting's "not needed"
        let noted = [
            "@Marloes graag check op tarief en VOG.".to_string(),
            "VOG niet vereist".to_string(),
        ];
        assert!(!vog(&noted).required);
        // … but a demand does not, even beside a waived VOG-P
        let both = [
            "In het bezit van een geldige VOG.".to_string(),
            "Een VOG-P is niet nodig.".to_string(),
        ];
        assert!(vog(&both).required);
        // a mention alone is still taken as asked
        assert!(vog(&["Graag check op tarief en VOG.".to_string()]).required);
    }

    #[test]
    fn hybrid_and_workdays() {
        assert_eq!(hybrid("Is hybride werken mogelijk: ja"), Hybrid::Yes);
        assert_eq!(
            hybrid("Is hybride werken mogelijk:  ja/nee"),
            Hybrid::Unknown
        );
        assert_eq!(hybrid("Is hybride werken mogelijk: nee De"), Hybrid::No);
        assert_eq!(
            workdays("op de volgende werkdagen: In overleg.\n").as_deref(),
            Some("In overleg")
        );
        // a text on one line: the sentence, not the rest of the text
        let long = format!(
            "volgende werkdagen: ma t/m do. {}",
            "Meer tekst. ".repeat(50)
        );
        assert_eq!(workdays(&long).as_deref(), Some("ma t/m do"));
        assert_eq!(
            workdays(&format!("volgende werkdagen: {}", "x".repeat(300))),
            None
        );
    }

    #[test]
    fn fee_forms() {
        let s = vec!["Flextender brengt voor deze opdracht geen fee in rekening.".to_string()];
        assert_eq!(fee(&[], &s).map(|f| f.0).as_deref(), Some("none"));
        let lines = crate::posting::lines::split_lines(
            "Flextender brengt voor deze opdracht € 2,25 per gewerkt uur in rekening",
        );
        assert_eq!(
            fee(&[&lines], &[]),
            Some(("2.25 per hour".to_string(), Some(Money(225))))
        );
        let s = vec!["Het platform rekent een fee van 3,5% over het uurtarief.".to_string()];
        assert_eq!(fee(&[], &s), Some(("3.5%".to_string(), None)));
    }
}
