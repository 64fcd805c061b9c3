//! The organisation that hires: a municipality by its own name (without
//! "Gemeente"), a province or water board with "Provincie"/"Waterschap"
//! kept, or another body as a label or logo names it ("Kadaster").
//!
//! Where a municipality's name ends in copied text is known from the list of
//! Dutch municipalities ([`super::municipalities`]): "Gemeente
//! Leidschendam-Voorburg Leidschendam Interim" names Leidschendam-Voorburg.
//! A name missing from the list is read up to the first word that cannot be
//! part of a name.

use super::bodies;
use super::known_bodies;
use super::normalize::fold;
use super::regions::province_in;
use regex::Regex;
use std::sync::LazyLock;

/// "gemeente X": the words after it on the same line, capitalised ones and
/// the small words inside Dutch place names.
static GEMEENTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[Gg]emeente[ \t]+((?:'s-|’s-)?\p{Lu}[\w'’-]*(?:[ \t]+(?:(?:aan|op|bij)[ \t]+(?:de|den)[ \t]+|(?:aan|op|bij|de|den|en|van)[ \t]+)?(?:\p{Lu}|IJ)[\w'’-]*)*)")
        .expect("static pattern")
});

static PROVINCE_OR_BOARD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)([Pp]rovincie|[Ww]aterschap|[Hh]oogheemraadschap)[ \t]+((?:De[ \t]+|Het[ \t]+)?\p{Lu}[\w'’-]*(?:[ \t]+(?:en[ \t]+)?\p{Lu}[\w'’-]*)?)")
        .expect("static pattern")
});

/// "Municipality of Eindhoven", as English pages write it.
static MUNICIPALITY_EN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[Mm]unicipality of[ \t]+((?:'s-)?\p{Lu}[\w'’-]*(?:[ \t]+(?:aan|op|bij|den|de)[ \t]+(?:(?:de|den)[ \t]+)?\p{Lu}[\w'’-]*)?)")
        .expect("static pattern")
});

/// Capitalised words that follow a name in page chrome but are no part of it.
pub(super) const NOT_A_NAME: &[&str] = &[
    "organisatie",
    "aanvraagnummer",
    "interim",
    "opdracht",
    "nederland",
    "vacature",
    "locatie",
    "zoekt",
    "is",
    "heeft",
    "uren",
    "start",
    "regio",
    "detachering",
    "zzp",
    "freelance",
];

pub use super::municipalities::{is_municipality, municipality_at_start};

/// Official names people do not use: the name they do.
const USUAL_NAMES: &[(&str, &str)] =
    &[("'s-Gravenhage", "Den Haag"), ("’s-Gravenhage", "Den Haag")];

/// The municipality a "gemeente …" capture names.
fn municipality_name(capture: &str) -> String {
    if let Some(known) = municipality_at_start(capture) {
        return USUAL_NAMES
            .iter()
            .find(|(official, _)| *official == known)
            .map_or(known, |(_, usual)| usual)
            .to_string();
    }
    let mut kept: Vec<&str> = Vec::new();
    for w in capture.split_whitespace() {
        // a dash or bar before the province or the team ("Heiloo — Noord-Holland")
        let mark = !w.chars().any(char::is_alphanumeric);
        if mark || NOT_A_NAME.contains(&fold(w).as_str()) || kept.len() == 4 {
            break;
        }
        kept.push(w);
    }
    while kept
        .last()
        .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase))
    {
        kept.pop();
    }
    kept.join(" ")
}

/// The municipality named most often as "gemeente X" (ties: the first);
/// [`named`] is what the parser calls, this one the tests.
#[cfg(test)]
pub fn named_municipality(text: &str) -> Option<String> {
    most_often(
        GEMEENTE
            .captures_iter(text)
            .filter_map(|c| c.get(1))
            .map(|m| (municipality_name(m.as_str()), m.start())),
    )
}

/// A province or water board named as client ("De provincie Gelderland
/// heeft …"), with "Provincie"/"Waterschap" kept.
pub fn named_province_or_board(text: &str) -> Option<String> {
    most_often(province_or_board_mentions(text).into_iter())
}

fn province_or_board_mentions(text: &str) -> Vec<(String, usize)> {
    PROVINCE_OR_BOARD
        .captures_iter(text)
        .filter_map(|c| {
            let kind = c.get(1)?.as_str();
            let name = c.get(2)?;
            let mut kind_cap = kind.to_string();
            if let Some(first) = kind_cap.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            if kind.eq_ignore_ascii_case("provincie") {
                let province = province_in(name.as_str())?;
                return Some((format!("Provincie {province}"), name.start()));
            }
            Some((format!("{kind_cap} {}", name.as_str()), name.start()))
        })
        .collect()
}

/// Every organisation named in the text, with where: municipalities
/// ("gemeente X"), provinces and water boards, other public bodies.
fn mentions(text: &str) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = GEMEENTE
        .captures_iter(text)
        .filter_map(|c| c.get(1))
        .map(|m| (municipality_name(m.as_str()), m.start()))
        .collect();
    out.extend(province_or_board_mentions(text));
    out.extend(
        MUNICIPALITY_EN
            .captures_iter(text)
            .filter_map(|c| c.get(1))
            .map(|m| (municipality_name(m.as_str()), m.start())),
    );
    out.extend(bodies::mentions(text));
    // a known body's whole name over the part a pattern read of it
    // ("Waterschap Drents Overijsselse" of "… Delta")
    let known = known_bodies::mentions(text);
    out.retain(|(n, pos)| {
        !n.is_empty()
            && !known.iter().any(|(k, at)| {
                (*at..at + k.len()).contains(pos)
                    && k.len() > n.len()
                    && fold(k).starts_with(&fold(n))
            })
    });
    out.extend(known);
    // one mention read by two patterns ("Waterschap Scheldestromen" is a
    // water board and a public body) counts once
    out.sort_by_key(|(_, pos)| *pos);
    let mut seen: Vec<(String, usize)> = Vec::with_capacity(out.len());
    for (name, pos) in out {
        if !seen
            .iter()
            .any(|(n, p)| *n == name && pos.abs_diff(*p) <= 25)
        {
            seen.push((name, pos));
        }
    }
    seen
}

/// The organisation the text is for: the first one named in its header
/// (the first `header_len` bytes), else the one named most often.
pub fn named(text: &str, header_len: usize) -> Option<String> {
    let mut all = mentions(text);
    all.sort_by_key(|(_, pos)| *pos);
    if let Some((name, _)) = all.iter().find(|(_, pos)| *pos < header_len) {
        return Some(name.clone());
    }
    most_often(all.into_iter())
}

/// An organisation as a label or logo gives it: "Gemeente Apeldoorn" gives
/// "Apeldoorn", "Provincie Flevoland" and "Kadaster" stay as written.
pub fn from_value(v: &str) -> Option<String> {
    // a form in capitals ("GEMEENTE MAASTRICHT, CLUSTER RUIMTE") read as words
    let words = super::title_clean::upper_words(v);
    let v = bodies::without_unit(words.trim().trim_end_matches(['.', ',']));
    if v.is_empty() || v.contains(['!', '?', ':']) {
        return None;
    }
    // a menu's item after a menu's "Organisatie" ("Ik wil...", "Wij zijn …")
    let first = fold(v.split_whitespace().next().unwrap_or(""));
    if words.trim().ends_with(['…'])
        || words.trim().ends_with("...")
        || ["ik", "wij", "we", "jij", "je"].contains(&first.as_str())
    {
        return None;
    }
    // a sender's name and address ("Gemeente Oss <inhuur@oss.nl>")
    let v = match v.split_once(" <") {
        Some((name, address)) if address.ends_with('>') && address.contains('@') => name.trim(),
        _ => v,
    };
    if let Some(body) = known_bodies::at_start(v) {
        return Some(body);
    }
    // a portal's "Buyer  Sanne Verhulst (Inkoop)": a person and her desk
    // ("Gemeente Utrecht (Inkoop)" is the client's own desk)
    if let Some((who, desk)) = v.strip_suffix(')').and_then(|t| t.rsplit_once(" ("))
        && [
            "inkoop",
            "inkoper",
            "buyer",
            "procurement",
            "purchasing",
            "contactpersoon",
        ]
        .contains(&fold(desk).as_str())
        && (2..=4).contains(&who.split_whitespace().count())
        && known_bodies::at_start(who).is_none()
        && !is_municipality(who)
        && !fold(who).split_whitespace().any(|w| {
            [
                "gemeente",
                "provincie",
                "waterschap",
                "ggd",
                "regio",
                "dienst",
                "omgevingsdienst",
                "veiligheidsregio",
                "hoogheemraadschap",
                "wetterskip",
            ]
            .contains(&w)
        })
    {
        return None;
    }
    // "Gemeente Maastricht, namens de Heuvellandgemeenten (…)": the body
    // that acts for the others is the client
    let v = [", namens ", " namens ", ", on behalf of ", " on behalf of "]
        .iter()
        .find_map(|p| v.find(p).filter(|&i| i > 2).map(|i| &v[..i]))
        .unwrap_or(v);
    // "(Gemeente) Emmen zoekt een Vergunningverlener": a sentence; the
    // name is what comes before its verb
    let v = [
        " zoekt ",
        " is op zoek ",
        " zoeken ",
        " is looking ",
        " seeks ",
    ]
    .iter()
    .find_map(|p| v.find(p).filter(|&i| i > 1).map(|i| &v[..i]))
    .unwrap_or(v);
    // "Municipality of Amstelveen (Gemeente Amstelveen)"
    if let Some(c) = GEMEENTE
        .captures(v)
        .or_else(|| MUNICIPALITY_EN.captures(v))
        .and_then(|c| c.get(1))
        .filter(|_| v.chars().count() <= 80)
    {
        return Some(municipality_name(c.as_str()));
    }
    // "Zaanstad – Formulier INH-01", "Maastricht - Inhuur Externen": a
    // municipality and what of it the page is
    if let Some(m) = municipality_at_start(v)
        && [" – ", " - ", " | ", ", ", " ("]
            .iter()
            .any(|sep| v.get(m.len()..).is_some_and(|rest| rest.starts_with(sep)))
    {
        return Some(municipality_name(m));
    }
    // "Dienst Dommelvallei (werkorganisatie van Geldrop-Mierlo, …)": the name
    let v = match v.find(" (") {
        Some(i) if v.ends_with(')') && i > 2 => &v[..i],
        _ => v,
    };
    // "Veiligheidsregio Twente, Hengelo": the body and the town of its office
    let v = match v.rsplit_once(", ") {
        Some((name, place))
            if is_municipality(place.trim()) && name.split_whitespace().count() >= 2 =>
        {
            name
        }
        _ => v,
    };
    if v.chars().count() > 60 {
        return None;
    }
    // "Belastingsamenwerking Gemeenten en Hoogheemraadschap Utrecht" is
    // the whole body, not the board its name holds
    let other_body = bodies::mentions(v).iter().any(|(name, pos)| {
        *pos == 0
            && !["Waterschap", "Hoogheemraadschap", "Wetterskip"]
                .iter()
                .any(|k| name.starts_with(k))
            && v.starts_with(name.as_str())
    });
    if !other_body && let Some(p) = named_province_or_board(v) {
        return Some(p);
    }
    let words = v.split_whitespace().count();
    let capitalised = v.chars().next().is_some_and(char::is_uppercase);
    (capitalised && words <= 5 && !v.contains(". ")).then(|| v.to_string())
}

/// "Logo van X" as page copies leave the logo's alt text: X when it is a
/// name, not a description of the picture.
pub fn from_logo(text: &str) -> Option<String> {
    text.lines().take(30).find_map(|l| {
        let l = l.trim();
        let rest = l
            .strip_prefix("Logo van ")
            .or_else(|| l.strip_prefix("logo van "))?;
        if rest.ends_with('.') || rest.split_whitespace().count() > 4 {
            return None;
        }
        from_value(rest)
    })
}

/// A known municipality named at the start of a line or sentence of the
/// body ("Midden-Delfland is een informele organisatie"), most often.
pub fn bare_municipality(text: &str) -> Option<String> {
    let starts = text
        .split(['\n', '.', '!', '?'])
        .map(str::trim_start)
        .filter_map(|s| {
            let m = municipality_at_start(s)?;
            let after = fold(&s[m.len()..]);
            [" is ", " zoekt", " heeft", " werkt"]
                .iter()
                .any(|v| after.starts_with(v))
                .then(|| (m.to_string(), 0))
        });
    most_often(starts)
}

fn most_often(names: impl Iterator<Item = (String, usize)>) -> Option<String> {
    let mut counts: Vec<(String, usize, usize)> = Vec::new();
    for (name, pos) in names {
        if name.is_empty() {
            continue;
        }
        match counts.iter_mut().find(|(n, _, _)| *n == name) {
            Some(e) => e.1 += 1,
            None => counts.push((name, 1, pos)),
        }
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)))
        .map(|(n, _, _)| n)
}

/// A client's name with what a page copy glued onto it cut off: at the
/// first small letter followed directly by a capital ("Gemeente
/// RoosendaalSluit over 8 dagen", "Wetterskip FryslânLeeuwardenPerceel 2"),
/// where the part before is a municipality or two words or more, so that
/// a name written so ("ProRail", "TenneT") is kept.
pub fn cut_at_join(name: &str) -> &str {
    let mut prev: Option<char> = None;
    for (i, c) in name.char_indices() {
        if c.is_uppercase() && prev.is_some_and(char::is_lowercase) {
            let before = name[..i].trim_end();
            if before.split_whitespace().count() >= 2 || is_municipality(before) {
                return before;
            }
        }
        prev = Some(c);
    }
    name
}

#[cfg(test)]
#[path = "organisation_tests.rs"]
mod tests;
