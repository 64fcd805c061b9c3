//! Award criteria written on one line after their heading word, as a
//! spreadsheet's cell, a chat or a short summary writes them ("Gunning:
//! Prijs 20 / Kwaliteit 80", "Weging: plan van aanpak 60%, cv 40%"): the
//! heading gets a line of its own and each criterion a numbered line with
//! its points, as the criteria reader knows a list; so is a sentence that
//! opens with the heading word ("Gunning vindt plaats op basis van beste
//! prijs-kwaliteitverhouding: cv 50 punten, …"). A line is read so only
//! where every item ends in its points and they add up to 100.

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// A heading word of award criteria, then a colon and the rest of the line.
static HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^[\s•*-]*(?:(?:de|het)\s+)?(gunningscriteria|gunningscriterium|gunning|weging|beoordeling|wensen|award criteria|selectiecriteria|evaluation|weighting)(?:\s[^:\n]{0,80}?)?\s*:\s*(.+)$",
    )
    .expect("static pattern")
});
/// One criterion: its name, then its points or weight.
static ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(\p{L}.*?)[\s:–-]*\(?(\d{1,3})\s*(?:%|procent|punten|punt|pnt\.?|ptn\.?|pts\.?|pt\.?|points|p)?\)?\.?$",
    )
    .expect("static pattern")
});

/// A sentence that says what the offers are judged on ("De aanbiedingen
/// worden beoordeeld op kwaliteit (60 punten: cv, …) en prijs (40
/// punten)."): capture 1 is the list, to the sentence's full stop.
static JUDGED_ON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:beoordeeld|gewogen|gescoord|gegund|beoordelen|scoren|evaluate[sd]?|assesse[sd]|judged|scored|weighted)(?:\s+(?:we|wij|ze|zij))?\s+(?:op|naar|op basis van|aan de hand van|on|by|against|on the basis of|based on):?\s+(.+?\))\.(?:\s|$)")
        .expect("static pattern")
});

/// One criterion of such a sentence: its name, then its points in brackets.
static BRACKETED_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|,\s*|\s+(?:en|and)\s+)(\p{L}[^(,;]*?)\s*\((\d{1,3})\s*(?:(?:punten|punt|procent)\b|%)[^)]*\)")
        .expect("static pattern")
});

/// The text with each one-line list of award criteria written as a heading
/// and numbered items.
pub fn repair(text: &str) -> Cow<'_, str> {
    let text = super::normalize::rewrite_lines(text, |line| {
        split(line)
            .or_else(|| judged_on(line))
            .or_else(|| super::grouped_award::split(line))
    });
    match judged_on_wrapped(&text) {
        Some(joined) => Cow::Owned(joined),
        None => text,
    }
}

/// How many lines a hard-wrapped sentence of criteria may run over.
const WRAPPED_LINES: usize = 5;

/// The text with a sentence of criteria that a PDF or a mail wrapped over
/// several lines ("… beoordeeld op relevante werkervaring (40 punten), de
/// visie op de" / "opgave (30 punten) en de prijs (30 punten).") read as
/// one: `None` when there is none.
fn judged_on_wrapped(text: &str) -> Option<String> {
    const JUDGED: [&str; 8] = [
        "beoordeeld",
        "gewogen",
        "gescoord",
        "gegund",
        "evaluate",
        "assesse",
        "judged",
        "weighted",
    ];
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = Vec::new();
    let mut changed = false;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let next_has_text = lines.get(i + 1).is_some_and(|l| !l.trim().is_empty());
        // a line read whole already (by `judged_on`) is not read again
        if next_has_text && JUDGED.iter().any(|w| line.contains(w)) && judged_on(line).is_none() {
            let mut joined = line.trim_end().to_string();
            let mut found = None;
            for (k, more) in lines.iter().enumerate().skip(i + 1).take(WRAPPED_LINES - 1) {
                if more.trim().is_empty() {
                    break;
                }
                joined.push(' ');
                joined.push_str(more.trim());
                if let Some(parts) = judged_on(&joined) {
                    found = Some((k, parts));
                    break;
                }
            }
            if let Some((last, parts)) = found {
                out.extend(parts);
                changed = true;
                i = last + 1;
                continue;
            }
        }
        out.push(line.to_string());
        i += 1;
    }
    changed.then(|| super::normalize::join_like(&out, text))
}

/// A line whose sentence names the criteria with their points in brackets:
/// the text before it, the heading and the numbered criteria, the text after.
fn judged_on(line: &str) -> Option<Vec<String>> {
    if !line.contains("punt") && !line.contains('%') && !line.contains("procent") {
        return None;
    }
    let caps = JUDGED_ON.captures(line)?;
    let list = caps.get(1)?;
    let items: Vec<(String, u32)> = BRACKETED_ITEM
        .captures_iter(list.as_str())
        .filter_map(|c| Some((c.get(1)?.as_str().trim().to_string(), c[2].parse().ok()?)))
        .collect();
    let list = as_list(&items)?;
    let whole = caps.get(0)?;
    let mut out = vec![format!(
        "{}.",
        line[..whole.end()].trim_end().trim_end_matches('.')
    )];
    out.extend(list);
    let rest = line[whole.end()..].trim();
    if !rest.is_empty() {
        out.push(String::new());
        out.push(rest.to_string());
    }
    Some(out)
}

/// The heading and one numbered line per criterion, if the line is such a
/// list.
fn split(line: &str) -> Option<Vec<String>> {
    if !line.contains(':') {
        return None;
    }
    let Some(caps) = HEADING.captures(line) else {
        return split_inside(line);
    };
    let list = caps.get(2)?.as_str().trim();
    // the sentence after the list ("…; Prijs 20p. Max 1 kandidaat per
    // leverancier.") is no criterion: it follows on a line of its own
    let end = list
        .match_indices(". ")
        .find(|(i, _)| list[i + 2..].starts_with(char::is_uppercase))
        .map(|(i, _)| i);
    if let Some(end) = end {
        let mut out = split_list(&list[..end])?;
        out.push(list[end + 1..].trim().to_string());
        return Some(out);
    }
    split_list(list)
}

/// A heading word after a sentence or a message's part mark inside a line
/// ("… Geen VOG nodig. Gunning: erv. 45 pt, …", "Ilse: 4/4 Gunning: …"):
/// the text before it keeps a line of its own.
fn split_inside(line: &str) -> Option<Vec<String>> {
    static INSIDE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:[.!?]|\d/\d)\s+(?:gunningscriteria|gunning|weging|award criteria|selectiecriteria)\s*:")
            .expect("static pattern")
    });
    let m = INSIDE.find(line)?;
    let word = m.start() + m.as_str().find(char::is_alphabetic)?;
    let mut out = vec![line[..word].trim_end().to_string()];
    out.extend(split(&line[word..])?);
    Some(out)
}

/// The heading and numbered lines of a list of criteria with their points.
fn split_list(list: &str) -> Option<Vec<String>> {
    // the sum written after the last item ("… / prijs 20 = 100")
    let list = match list.trim_end().rsplit_once('=') {
        Some((items, sum)) if sum.trim().trim_end_matches(['.', '%']).trim() == "100" => {
            items.trim_end()
        }
        _ => list,
    };
    // the first mark between items that gives a whole list: a name may
    // hold a slash or a comma of its own
    ['/', ';', '·', '•', '|', ',']
        .into_iter()
        .filter(|apart| list.contains(*apart))
        .find_map(|apart| as_list(&items_apart(list, apart)?))
}

/// Each part of the list between the marks as a name and its points, if
/// every part is one.
fn items_apart(list: &str, apart: char) -> Option<Vec<(String, u32)>> {
    // the last item after "en" ("… 35 punten en tarief 20 punten")
    static AND: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(\d{1,3}\s*(?:punten|punt|pnt\.?|pt\.?|%))\s+(?:en|and)\s+")
            .expect("static pattern")
    });
    let list = AND.replace_all(list, format!("${{1}}{apart} ").as_str());
    let mut items = Vec::new();
    for part in list.split(apart) {
        let c = ITEM.captures(part.trim())?;
        let name = c.get(1)?.as_str().trim().trim_end_matches([':', '-', '–']);
        let points: u32 = c.get(2)?.as_str().parse().ok()?;
        items.push((name.trim().to_string(), points));
    }
    Some(items)
}

/// The heading and one numbered line per criterion with its points, where
/// there are two or more and their points add up to 100.
pub(super) fn as_list(items: &[(String, u32)]) -> Option<Vec<String>> {
    if items.len() < 2 || items.iter().map(|(_, p)| p).sum::<u32>() != 100 {
        return None;
    }
    let mut out = vec!["Gunningscriteria:".to_string()];
    for (n, (name, points)) in items.iter().enumerate() {
        out.push(format!("{}. {name} ({points} punten)", n + 1));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn a_list_with_its_sum_after_it() {
        let out = repair("gunning: cv 50 / gesprek 30 / prijs 20 = 100");
        assert!(out.contains("3. prijs (20 punten)"), "{out}");
        assert!(!out.contains("100"), "{out}");
    }

    #[test]
    fn a_sentence_of_criteria_wrapped_over_lines() {
        assert_eq!(
            repair(
                "5 Gunningscriteria\nDe inschrijvingen worden beoordeeld op werkervaring (40 punten), de\nvisie op de opgave (30 punten) en de prijs (30 punten). Vragen kunnen\ntot en met 3 december."
            ),
            "5 Gunningscriteria\nDe inschrijvingen worden beoordeeld op werkervaring (40 punten), de visie op de opgave (30 punten) en de prijs (30 punten).\nGunningscriteria:\n1. werkervaring (40 punten)\n2. de visie op de opgave (30 punten)\n3. de prijs (30 punten)\n\nVragen kunnen\ntot en met 3 december."
        );
    }

    #[test]
    fn a_letters_sentence_with_the_last_item_after_en() {
        let out = repair(
            "De gunning geschiedt op grond van de navolgende criteria: relevante ervaring 45 punten, visie op de opgave 35 punten en tarief 20 punten.",
        );
        for line in [
            "1. relevante ervaring (45 punten)",
            "2. visie op de opgave (35 punten)",
            "3. tarief (20 punten)",
        ] {
            assert!(out.lines().any(|l| l == line), "{out}");
        }
    }

    #[test]
    fn wishes_on_one_line_with_their_points() {
        let out = repair(
            "Wensen: ervaring met bestuurlijk aanbesteden (40 punten), ervaring met regionale samenwerking (30 punten), prijs (30 punten).",
        );
        assert!(out.lines().any(|l| l == "3. prijs (30 punten)"), "{out}");
    }

    #[test]
    fn other_marks_between_items_and_an_english_sentence() {
        assert_eq!(
            repair("Gunning: Kwaliteit (60) · Prijs (40)"),
            "Gunningscriteria:\n1. Kwaliteit (60 punten)\n2. Prijs (40 punten)"
        );
        // a slash inside a name does not part the list
        assert_eq!(
            repair("Weging: cv/ervaring 70, prijs 30"),
            "Gunningscriteria:\n1. cv/ervaring (70 punten)\n2. prijs (30 punten)"
        );
        assert_eq!(
            repair(
                "The client evaluates on: relevant experience (40%), motivation (30%) and price (30%). The best three are invited."
            ),
            "The client evaluates on: relevant experience (40%), motivation (30%) and price (30%).\nGunningscriteria:\n1. relevant experience (40 punten)\n2. motivation (30 punten)\n3. price (30 punten)\n\nThe best three are invited."
        );
    }

    #[test]
    fn points_as_p_and_a_sentence_after_the_list() {
        assert_eq!(
            repair(
                "Gunning: W1 ervaring (zorg, hoogbouw) 40p; W2 aanpak 40p; Prijs 20p. Max 1 kandidaat per leverancier."
            ),
            "Gunningscriteria:\n1. W1 ervaring (zorg, hoogbouw) (40 punten)\n2. W2 aanpak (40 punten)\n3. Prijs (20 punten)\nMax 1 kandidaat per leverancier."
        );
    }

    #[test]
    fn a_cell_of_criteria_with_their_points() {
        assert_eq!(
            repair("Gunning: Prijs 20 / Kwaliteit 80\nOmschrijving: x"),
            "Gunningscriteria:\n1. Prijs (20 punten)\n2. Kwaliteit (80 punten)\nOmschrijving: x"
        );
        assert_eq!(
            repair("Weging: plan van aanpak 60%, cv 40%"),
            "Gunningscriteria:\n1. plan van aanpak (60 punten)\n2. cv (40 punten)"
        );
        assert_eq!(
            repair(
                "Gunningscriteria: Ervaring (35); Kennis JGZ (25); Competenties: verbinden (15); Tarief (25)"
            ),
            "Gunningscriteria:\n1. Ervaring (35 punten)\n2. Kennis JGZ (25 punten)\n3. Competenties: verbinden (15 punten)\n4. Tarief (25 punten)"
        );
        assert_eq!(
            repair(
                "Gunning vindt plaats op basis van beste prijs-kwaliteitverhouding: cv en relevante ervaring 50 punten, visie op de opgave (max. 1 A4) 30 punten, tarief 20 punten."
            ),
            "Gunningscriteria:\n1. cv en relevante ervaring (50 punten)\n2. visie op de opgave (max. 1 A4) (30 punten)\n3. tarief (20 punten)"
        );
    }

    #[test]
    fn a_sentence_of_what_the_offers_are_judged_on() {
        assert_eq!(
            repair(
                "De aanbiedingen worden beoordeeld op kwaliteit (60 punten: cv, relevante ervaring en motivatie) en prijs (40 punten). De beste twee kandidaten worden uitgenodigd."
            ),
            "De aanbiedingen worden beoordeeld op kwaliteit (60 punten: cv, relevante ervaring en motivatie) en prijs (40 punten).\nGunningscriteria:\n1. kwaliteit (60 punten)\n2. prijs (40 punten)\n\nDe beste twee kandidaten worden uitgenodigd."
        );
    }

    #[test]
    fn a_list_after_a_message_part_mark() {
        let out = repair(
            "Ilse: 4/4 Gunning: erv. watervergunningen 45 pt, kennis Omgevingswet 30 pt, motivatie 25 pt. Tot. 100 pt.",
        );
        assert!(
            out.contains("Ilse: 4/4\nGunningscriteria:\n1. erv. watervergunningen (45 punten)\n2. kennis Omgevingswet (30 punten)\n3. motivatie (25 punten)"),
            "{out}"
        );
    }

    #[test]
    fn a_sentence_in_the_active_voice() {
        let out = repair(
            "Wie daaraan voldoet, beoordelen we op kennis van de economie in Drenthe (50 punten), een netwerk onder ondernemers (30 punten) en de prijs (20 punten). Bel ons.",
        );
        assert!(
            out.contains("Gunningscriteria:\n1. kennis van de economie in Drenthe (50 punten)\n2. een netwerk onder ondernemers (30 punten)\n3. de prijs (20 punten)"),
            "{out}"
        );
    }

    #[test]
    fn dates_sentences_and_odd_sums_are_left_alone() {
        for t in [
            "Gunning: 26 januari 2027",
            "Beoordeling: de commissie kiest 3 kandidaten, 2 reserves",
            "Gunning: prijs 20 / kwaliteit 70",
        ] {
            assert_eq!(repair(t), t);
        }
    }
}
