//! A thread of text messages copied as text, where a long message was sent
//! in numbered parts ("(1/3) Hoi, nieuwe opdracht …", "(2/3) …"): the part
//! marks are removed, so each part reads as the paragraph it is, and the
//! role the first part announces ("Nieuwe opdracht Gemeente X: Adviseur
//! Y.") is given a title label, as a thread has no title line of its own
//! (its first lines are the sender's name and number).

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// "(2/4) ": the mark of one part of a message sent in parts; a social
/// thread's post marks it without brackets, the first with a thread sign
/// ("🧵 1/6 …", "2/6 …").
static PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\((\d{1,2})/(\d{1,2})\)|(?:🧵\s*)?(\d{1,2})/(\d{1,2}))\s+")
        .expect("static pattern")
});

/// The part's number and the number of parts of a mark's captures.
fn numbers(c: &regex::Captures) -> Option<(u32, u32)> {
    let n = c.get(1).or_else(|| c.get(3))?.as_str().parse().ok()?;
    let of = c.get(2).or_else(|| c.get(4))?.as_str().parse().ok()?;
    Some((n, of))
}

/// "nieuwe opdracht Veiligheidsregio X: Adviseur Y." in the first part: the
/// client and the role.
static ANNOUNCED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:nieuwe |new )?(?:opdracht|aanvraag|uitvraag|assignment)(?: bij| van| voor| for)? ([^:.\n]{3,60}): ([^.:;\n]{3,80})(?:[.;\n]|$)")
        .expect("static pattern")
});

/// An alert's first part that opens with its number, the role and the
/// client ("#4471 Adviseur Risicobeheersing - Veiligheidsregio X. …"):
/// the role.
fn numbered_role(part: &str) -> Option<String> {
    static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*#?\d{2,8}:?\s+([^.:;\n]{3,80}?)\s+[-–—]\s+[^.:;\n]{3,80}(?:\.|$)")
            .expect("static pattern")
    });
    Some(NUMBERED.captures(part)?[1].trim().to_string())
}

/// The text without its part marks and with the announced role as a
/// "Functie:" line before the first part; a text of fewer than two parts
/// of one message is returned as it came.
pub fn repair(text: &str) -> Cow<'_, str> {
    if !text.contains('/') {
        return Cow::Borrowed(text);
    }
    let parts: Vec<(usize, u32, u32)> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.trim_start().starts_with(['(', '🧵']) || l.starts_with(char::is_numeric))
        .filter_map(|(i, l)| {
            let (n, of) = numbers(&PART.captures(l)?)?;
            Some((i, n, of))
        })
        .collect();
    let whole = parts.first().map_or(0, |p| p.2);
    let same = parts
        .iter()
        .filter(|(_, n, of)| *of == whole && *n >= 1 && n <= of)
        .count();
    if whole < 2 || same < 2 {
        return Cow::Borrowed(text);
    }
    let first_part = parts.first().map_or(0, |p| p.0);
    let mut out: Vec<String> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let unmarked = PART.replace(line, "");
        if i == first_part
            && let Some(role) = ANNOUNCED
                .captures(&unmarked)
                .map(|c| c[2].trim().to_string())
                .or_else(|| numbered_role(&unmarked))
                .filter(|r| super::title::names_a_role(r))
        {
            out.push(format!("Functie: {role}"));
            out.push(String::new());
        }
        out.push(unmarked.into_owned());
    }
    let mut joined = out.join("\n");
    if text.ends_with('\n') {
        joined.push('\n');
    }
    Cow::Owned(joined)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_of_one_message() {
        let t = "Interimbureau Noord\n06 11 22 33 44\n\nMa 4 jan. 2027 09:12\n(1/2) Goedemorgen! Nieuwe opdracht bij Gemeente Oss: Jurist Omgevingsrecht. Start 1-3-2027.\n\n(2/2) Sluiting: vr 15-1 10:00.\n";
        assert_eq!(
            repair(t),
            "Interimbureau Noord\n06 11 22 33 44\n\nMa 4 jan. 2027 09:12\nFunctie: Jurist Omgevingsrecht\n\nGoedemorgen! Nieuwe opdracht bij Gemeente Oss: Jurist Omgevingsrecht. Start 1-3-2027.\n\nSluiting: vr 15-1 10:00.\n"
        );
    }

    #[test]
    fn an_alerts_numbered_first_part_names_the_role() {
        let t = "InhuurSMS\n(1/2) #4471 Adviseur Risicobeheersing - Veiligheidsregio Gelderland-Midden (VGGM). Kenmerk: V-1.\n(2/2) Start: ma 11-01-2027.\n";
        assert!(repair(t).starts_with("InhuurSMS\nFunctie: Adviseur Risicobeheersing\n\n#4471"));
    }

    #[test]
    fn a_social_threads_post_marks() {
        let t = "🧵 1/3 Gezocht: jurist\n\n2/3 Uren: 24\n\n3/3 Reageren voor 2 mei";
        assert_eq!(
            repair(t),
            "Gezocht: jurist\n\nUren: 24\n\nReageren voor 2 mei"
        );
    }

    #[test]
    fn a_text_with_one_bracketed_fraction_is_left_alone() {
        let t = "Uren: 32 (4/5 van een week)\nStart: 1 maart 2027";
        assert_eq!(repair(t), t);
    }
}
