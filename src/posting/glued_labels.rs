//! Where a label sits glued to its value in a copy, for [`super::glued`] to
//! cut it loose: a label the label table knows, in any case, at a line's
//! start or right after a value ("…-07Uren16 - 20", "OPDRACHTGEVERProvincie
//! Gelderland", "VOGVereist"), and a planning's step glued to its date
//! ("Vragen tot21-12-2026"). Each finder says where the label starts and
//! ends; none rewrites the text.

use super::label_lookup::CLIENT_WORDS;
use super::layout::glue_labels;

/// Steps of a planning that a block of glued labels writes like them.
const GLUED_STEPS: [&str; 7] = [
    "vragen stellen tot",
    "vragen tot",
    "vragen",
    "nota van inlichtingen",
    "gesprekken",
    "sollicitatiegesprekken",
    "interviews",
];

/// A planning's steps and a condition's abbreviation glued to the value
/// before them ("…vóór 12:00Vragentot en met 9 december…Gesprekkenma 21
/// december", "10 (indicatie)VOGniet vereist"): where each starts and ends.
pub(super) fn glued_step_hits(value: &str) -> Vec<(usize, usize)> {
    let mut hits = Vec::new();
    let mut prev: Option<char> = None;
    for (i, c) in value.char_indices() {
        if c.is_uppercase()
            && prev
                .is_some_and(|p| p.is_ascii_digit() || p.is_lowercase() || matches!(p, '.' | ')'))
        {
            let rest = &value[i..];
            let step = GLUED_STEPS
                .iter()
                .find(|step| {
                    rest.get(..step.len())
                        .is_some_and(|h| h.eq_ignore_ascii_case(step))
                })
                .map(|step| step.len());
            let condition = CONDITIONS
                .iter()
                .find(|a| rest.starts_with(*a) && rest[a.len()..].starts_with(char::is_lowercase))
                .map(|a| a.len());
            if let Some(len) = step.or(condition) {
                hits.push((i, i + len));
            }
        }
        prev = Some(c);
    }
    hits
}

/// The conditions' abbreviations a block of glued labels writes as labels.
const CONDITIONS: [&str; 4] = ["VOG", "DBA", "ZZP", "SROI"];

/// A planning's steps and the conditions, glued with their colon to the
/// value before them wherever they stand ([`super::layout`]).
pub(super) fn steps_and_conditions() -> impl Iterator<Item = &'static str> {
    GLUED_STEPS.into_iter().chain(["Wet DBA"]).chain(CONDITIONS)
}
/// Where a planning's step ends that its date is glued to ("Vragen
/// tot21-12-2026").
pub(super) fn step_glued_to_date(line: &str) -> Option<usize> {
    GLUED_STEPS.iter().find_map(|step| {
        let head = line.get(..step.len())?;
        (head.eq_ignore_ascii_case(step)
            && line[step.len()..].starts_with(|c: char| c.is_ascii_digit()))
        .then_some(step.len())
    })
}

/// Where a label ends that the label table knows but that is too short,
/// or qualified, to be looked for inside words ("Uren32 per week",
/// "Eind31 december 2027", "VormZzp", "Referentie
/// opdrachtgeverPOV-INH-2026-0219", "VOGVereist"): at the first small
/// letter followed by a capital or a digit, or after an abbreviation in
/// capitals that a capitalised word follows.
pub(super) fn short_label_end(line: &str) -> Option<usize> {
    let chars: Vec<(usize, char)> = line.char_indices().take(40).collect();
    let end = chars.windows(2).find_map(|w| {
        let ((_, a), (i, b)) = (w[0], w[1]);
        (a.is_lowercase() && (b.is_uppercase() || b.is_ascii_digit())).then_some(i)
    });
    let end = end.or_else(|| {
        // "VOGVereist": the abbreviation, then a word with its capital
        let caps = chars.iter().take_while(|(_, c)| c.is_uppercase()).count();
        (2..=4)
            .contains(&caps.saturating_sub(1))
            .then(|| chars.get(caps - 1).map(|(i, _)| *i))
            .flatten()
            .filter(|_| chars.get(caps).is_some_and(|(_, c)| c.is_lowercase()))
    })?;
    let head = &line[..end];
    // a condition's abbreviation the label table leaves to the text's readers
    let condition = CONDITIONS.contains(&head);
    (condition || (head.len() >= 3 && super::labels::exact_label(&format!("{head}:")).is_some()))
        .then_some(end)
}

/// A value that opens with a weekday and a day ("ma 1 feb 2027", "vr 30
/// juli").
pub(super) fn opens_with_weekday_date(value: &str) -> bool {
    let mut words = value.split_whitespace();
    let (Some(day_name), Some(day)) = (words.next(), words.next()) else {
        return false;
    };
    let day_name = day_name.trim_end_matches(['.', ',']).to_lowercase();
    super::dates::WEEKDAYS.contains(&day_name.as_str())
        && day.starts_with(|c: char| c.is_ascii_digit())
}

/// Where a label in capitals ends that its value is glued to
/// ("OPDRACHTGEVERProvincie Gelderland", "STARTmaandag 4 januari",
/// "REFERENTIE OPDRACHTGEVERPG-2026-1184"): the longest run of capitals at
/// the line's start that is a known label (a client's qualifier after it
/// allowed), with a value after it.
pub(super) fn caps_label_end(line: &str) -> Option<usize> {
    let run = line
        .char_indices()
        .take_while(|(_, c)| c.is_uppercase() || *c == ' ')
        .last()
        .map(|(i, c)| i + c.len_utf8())?;
    if line[..run].chars().filter(|c| c.is_uppercase()).count() < 4 {
        return None;
    }
    // with its colon, as the glue stands for one: a client's qualifier
    // ("REFERENTIE OPDRACHTGEVER") is read as the label table reads it
    let is_label = |head: &str| super::labels::exact_label(&format!("{head}:")).is_some();
    line[..run]
        .char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .rev()
        .filter(|&end| end >= 4 && !line[..end].ends_with(' '))
        .find(|&end| {
            let rest = &line[end..];
            let mut chars = rest.chars();
            let (first, second) = (chars.next(), chars.next());
            // the value opens past the capitals ("STARTmaandag"), with its
            // own capital ("OPDRACHTGEVERProvincie") or with a code in
            // capitals ("PG-2026-1184"), not inside a word in capitals
            // ("OPDRACHT|GEVER")
            let caps_then = rest
                .chars()
                .find(|c| !c.is_uppercase())
                .is_some_and(|c| c.is_ascii_digit() || c == '-');
            let value_opens = match (first, second) {
                (Some(a), _) if !a.is_uppercase() => end == run && a != ':' && a != ' ',
                (Some(_), Some(b)) if b.is_lowercase() => true,
                (Some(_), _) => caps_then,
                (None, _) => false,
            };
            value_opens && is_label(&line[..end])
        })
}

/// Labels too short for the label table's glue ([`glue_labels`]), known
/// as labels only when their figure is glued on.
const SHORT_LABELS: [&str; 2] = ["uren", "duur"];

/// Where capitalised labels sit glued: at the line's start or right after
/// a value, with their own value glued on (a digit, "€" or a capital) or
/// after one space ("Locatie Den HaagUren per week 36Startdatum per direct").
pub(super) fn glued_label_hits(line: &str, small_value: bool) -> Vec<(usize, usize)> {
    let mut hits = Vec::new();
    let mut prev: Option<char> = None;
    let mut skip_to = 0;
    for (i, c) in line.char_indices() {
        let after_value =
            prev.is_none_or(|p| p.is_ascii_digit() || p.is_lowercase() || matches!(p, '.' | ')'));
        // a label's value may open with a word the table knows as a label
        // ("OpdrachtgeverGemeente Tholen", "StandplaatsGemeentehuis")
        let opens_value = hits.last().is_some_and(|&(_, end)| end == i);
        if i >= skip_to && c.is_uppercase() && after_value && !opens_value {
            let rest = &line[i..];
            let head_is = |l: &str| {
                rest.get(..l.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(l))
            };
            // a short label only with its figure glued on ("…-07Uren16 - 20")
            let short = || {
                SHORT_LABELS.into_iter().find(|l| {
                    head_is(l) && rest[l.len()..].starts_with(|a: char| a.is_ascii_digit())
                })
            };
            let best = glue_labels()
                .filter(|l| head_is(l))
                .max_by_key(|l| l.len())
                .or_else(short);
            // the client's label beside an agency's own, its qualifier
            // glued to the value ("Kenmerk gemeenteDBT-INH-2026-119")
            let best = best.map(|l| {
                CLIENT_WORDS
                    .into_iter()
                    .find(|q| {
                        rest[l.len()..].strip_prefix(' ').is_some_and(|r| {
                            r.strip_prefix(q).is_some_and(|v| {
                                v.starts_with(|a: char| a.is_uppercase() || a.is_ascii_digit())
                            })
                        })
                    })
                    .map_or(l.len(), |q| l.len() + 1 + q.len())
            });
            if let Some(len) = best
                && (rest[len..].chars().next().is_some_and(|a| {
                    a.is_ascii_digit()
                        || a == '€'
                        || a.is_uppercase()
                        || (small_value && a.is_lowercase())
                }) || rest[len..]
                    .strip_prefix(' ')
                    .is_some_and(|v| v.starts_with(|a: char| !a.is_whitespace())))
            {
                hits.push((i, i + len));
                skip_to = i + len;
            }
        }
        prev = Some(c);
    }
    hits
}
