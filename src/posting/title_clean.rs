//! A title made readable: without the segments that name the organisation,
//! advertise or give a reference ("FREELANCE OPPORTUNITY – Data Engineer
//! (Azure) – Municipality of Eindhoven", "… (ref. 4821117)"), and a title
//! in capitals in ordinary case.

use super::normalize::fold;
use super::title::names_a_role;
use super::title_frame::{
    last_crumb, unquoted, without_badge, without_career_site, without_hours, without_role_label,
};

/// Words of a title segment that advertises rather than names the work.
const MARKETING: &[&str] = &[
    "opportunity",
    "vacature",
    "gezocht",
    "nieuwe opdracht",
    "freelance opdracht",
    "interim opdracht",
    "we are hiring",
    "wij zoeken",
    "hiring",
    "call for tender",
    "request for proposal",
];

/// Browsers whose name a window title puts beside the page's title.
const BROWSERS: &[&str] = &[
    "Mozilla Firefox",
    "Firefox",
    "Google Chrome",
    "Chrome",
    "Safari",
    "Microsoft Edge",
    "Opera",
];

/// A title without the number of its link at its end ("… [3]", "… [12").
fn without_link_number(title: &str) -> &str {
    let t = title.trim_end();
    let t2 = t.strip_suffix(']').unwrap_or(t);
    match t2.rsplit_once(" [") {
        Some((head, n))
            if !n.is_empty() && n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit()) =>
        {
            head
        }
        _ => title,
    }
}

/// A title taken from a document's file name, without its extension
/// ("Vergunningverlener Water.pdf").
fn without_extension(title: &str) -> &str {
    let t = title.trim_end();
    [".pdf", ".docx", ".doc", ".odt", ".txt", ".rtf"]
        .iter()
        .find_map(|ext| {
            let cut = t.len().checked_sub(ext.len())?;
            (t.is_char_boundary(cut) && t[cut..].eq_ignore_ascii_case(ext)).then(|| &t[..cut])
        })
        .filter(|head| head.ends_with(|c: char| c.is_alphanumeric() || c == ')'))
        .unwrap_or(title)
}

/// A title without the segments that name the organisation or advertise
/// ("FREELANCE OPPORTUNITY – Data Engineer (Azure) – Municipality of
/// Eindhoven" gives "Data Engineer (Azure)").
pub fn clean(title: &str, organisation: Option<&str>) -> String {
    if let Some(role) = super::title_sought::sought(title) {
        return clean(&role, organisation);
    }
    // a card's title cut short glued to the title in full
    // ("Assetmanager waterkeringen…Assetmanager waterkeringen (primaire …)")
    if let Some((cut, full)) = title.split_once('…')
        && !cut.trim().is_empty()
        && fold(full.trim()).starts_with(&fold(cut.trim()))
    {
        return clean(full, organisation);
    }
    // a site builder's spacing inside the title ("Projectleider  Openbare
    // Ruimte"), once a badge set apart by it is gone
    // a mail's text part marks a linked title with its link's number
    // ("ADVISEUR KLIMAATADAPTATIE [3]")
    let title = without_extension(without_link_number(title));
    let spaced: String = without_badge(last_crumb(title.trim()))
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let title = without_place(
        without_hours(without_career_site(without_role_label(&spaced))),
        organisation,
    );
    // the client glued on after a bracket ("Regisseur Jeugdhulp
    // (interim)Gemeente Leeuwarden"), a line break a page copy lost
    let title = match title.find(')') {
        Some(at)
            if title[at + 1..].starts_with(char::is_uppercase)
                && ["gemeente ", "provincie ", "waterschap "]
                    .iter()
                    .any(|w| fold(&title[at + 1..]).starts_with(w)) =>
        {
            &title[..=at]
        }
        _ => title,
    };
    // a browser's window title around the page's ("Firefox – Beleidsadviseur
    // Peilbeheer", "Adviseur Wmo — Mozilla Firefox")
    let title = BROWSERS.iter().fold(title, |t, b| {
        let t = t
            .strip_prefix(b)
            .and_then(|r| r.trim_start().strip_prefix(['–', '—', '-', '|']))
            .map_or(t, str::trim_start);
        t.strip_suffix(b)
            .map(str::trim_end)
            .and_then(|r| r.strip_suffix(['–', '—', '-', '|']))
            .map_or(t, str::trim_end)
    });
    // a forwarded or answered e-mail's subject ("Fwd: Klantmanager Wmo")
    // … or a letter's, its label without a colon ("Onderwerp Uitnodiging …")
    let title = ["Onderwerp ", "Betreft "]
        .iter()
        .find_map(|p| title.strip_prefix(p))
        .filter(|rest| rest.starts_with(char::is_uppercase))
        .unwrap_or(title);
    let title = ["Fwd:", "FWD:", "Fw:", "FW:", "Re:", "RE:", "Doorgestuurd:"]
        .iter()
        .fold(title.trim(), |t, p| {
            t.strip_prefix(p).map_or(t, str::trim_start)
        });
    // "Meervoudig onderhandse offerteaanvraag inhuur Projectleider …": the
    // procedure before the role
    let title = PROCEDURE
        .iter()
        .find_map(|p| {
            title
                .get(..p.len())
                .filter(|h| h.eq_ignore_ascii_case(p))
                .map(|_| title[p.len()..].trim_start_matches([' ', '–', '-', ':']))
        })
        .filter(|rest| names_a_role(rest))
        .unwrap_or(title);
    // the kind of request before the role ("Aanvraag inhuur: Projectmanager",
    // "Nieuwe opdracht voor jou: Adviseur …")
    let title = match title.split_once(": ") {
        Some((head, rest)) if request_head(head) && names_a_role(rest) => rest.trim(),
        _ => title,
    };
    // "Inhuur Vergunningverlener milieu", "Uitvraag inhuur Procesadviseur …"
    let title = [
        "Uitvraag inhuur ",
        "Aanvraag inhuur ",
        "Inhuuraanvraag ",
        "Inhuurverzoek ",
        "Inhuuropdracht ",
        "Inhuur ",
        "Uitvraag ",
    ]
    .iter()
    .find_map(|p| {
        let rest = unquoted(title.strip_prefix(p)?);
        // the role before a reference or client after a dash ("… – ref. DNK-26-052")
        let role = [" – ", " — ", " | ", " - "]
            .iter()
            .find_map(|sep| rest.split_once(sep).map(|(role, _)| role))
            .unwrap_or(rest);
        (rest.starts_with(char::is_uppercase) && names_a_role(role)).then_some(rest)
    })
    .unwrap_or(title);
    // the client in brackets after the role ("Adviseur Vakbekwaamheid
    // (Veiligheidsregio Twente)")
    let title = match title.strip_suffix(')').and_then(|t| t.rsplit_once(" (")) {
        Some((role, inside))
            if organisation.is_some_and(|o| fold(inside) == fold(o)) && names_a_role(role) =>
        {
            role.trim_end()
        }
        _ => title,
    };
    // a remark in brackets about the name ("(zo heet hij in de
    // uitvraag)", "(zo staat ie in de aanvraag)") or the client's initials
    // ("(OFGV)")
    let title = match title.strip_suffix(')').and_then(|t| t.rsplit_once(" (")) {
        Some((role, inside))
            if names_a_role(role)
                && (["uitvraag", "aanvraag", "zo staat", "zo heet", "official"]
                    .iter()
                    .any(|w| fold(inside).contains(w))
                    || organisation.is_some_and(|o| inside == initials(o))) =>
        {
            role.trim_end()
        }
        _ => title,
    };
    let sep = [" – ", " — ", " | ", " - ", " · "]
        .into_iter()
        .find(|s| title.contains(s));
    let Some(sep) = sep else {
        return title.to_string();
    };
    let kept: Vec<&str> = title
        .split(sep)
        .map(str::trim)
        .filter(|seg| {
            let f = fold(seg);
            let names_org = f.starts_with("gemeente ")
                || super::organisation::is_municipality(seg)
                || f.starts_with("municipality ")
                || f.starts_with("provincie ")
                || organisation.is_some_and(|o| f == fold(o) || abbreviates(seg, o));
            // "Aanvraag SEL-2026-0877": a reference, not the work
            let reference = seg.split_whitespace().count() <= 3
                && seg
                    .split_whitespace()
                    .any(|w| w.chars().any(|c| c.is_ascii_digit()))
                && !names_a_role(seg);
            // "Offerteaanvraag inhuur – Projectleider …": the kind of request
            let kind = f.split_whitespace().all(|w| REQUEST_KIND.contains(&w))
                // "Uitnodiging tot het indienen van een offerte – Projectleider …"
                || (f.starts_with("uitnodiging") || f.starts_with("verzoek tot"))
                    && f.contains("offerte")
                    && !names_a_role(seg);
            // "Adviseur Brandveiligheid · team Risicobeheersing": the team
            // after a dot (after a dash it may be the posting's own name:
            // "Contractmanager Sociaal Domein - Team Dienstverlening")
            let unit = sep == " · "
                && ["team ", "afdeling ", "cluster ", "sector ", "directie "]
                    .iter()
                    .any(|u| f.starts_with(u));
            !names_org && !reference && !kind && !unit && !MARKETING.iter().any(|m| f.contains(m))
        })
        .collect();
    if kept.is_empty() {
        title.to_string()
    } else {
        kept.join(sep)
    }
}

/// A title without where or for whom the work is, said after the role
/// ("Casemanager Wmo in Heerlen", "Adviseur … bij Veiligheidsregio
/// Brabant-Zuidoost 🚒"), or a site's one-word name after a bar
/// ("Projectleider Wijkvernieuwing | Inhuurloods"), or a closing emoji.
fn without_place<'a>(title: &'a str, organisation: Option<&str>) -> &'a str {
    let title = title
        .trim_end_matches(|c: char| !c.is_alphanumeric() && !matches!(c, ')' | '.' | '"' | '\''))
        .trim_end();
    for joint in [" in ", " bij ", " voor "] {
        if let Some((role, place)) = title.rsplit_once(joint) {
            let place = place.trim();
            let f = fold(place);
            let names_place = super::municipalities::is_municipality(place)
                || !super::bodies::mentions(place).is_empty()
                || f.starts_with("gemeente ")
                || f.starts_with("provincie ")
                || organisation.is_some_and(|o| f == fold(o) || abbreviates(place, o));
            if names_place && names_a_role(role) && place.split_whitespace().count() <= 5 {
                return role.trim_end();
            }
        }
    }
    if let Some((role, site)) = title.rsplit_once(" | ")
        && !site.trim().contains(' ')
        && !names_a_role(site)
        && names_a_role(role)
    {
        return role.trim_end();
    }
    title
}

/// The capitals of a name's capitalised words ("Omgevingsdienst Flevoland
/// & Gooi en Vechtstreek" gives "OFGV").
fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// An abbreviation of the name in its capitals ("OMWB" of "Omgevingsdienst
/// Midden- en West-Brabant"): the name's first capital, then the others in
/// order.
fn abbreviates(segment: &str, name: &str) -> bool {
    let seg = segment.trim();
    if !(2..=6).contains(&seg.chars().count()) || !seg.chars().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let capitals: Vec<char> = name.chars().filter(|c| c.is_uppercase()).collect();
    let mut rest = capitals.iter();
    capitals.first() == seg.chars().next().as_ref() && seg.chars().all(|c| rest.any(|&k| k == c))
}

/// Whether the words before a title's colon name the kind of request or
/// a record's number, not the work ("Aanvraag inhuur", "Inhuur", "Nieuwe
/// opdracht voor jou", "Event #4471").
pub(super) fn request_head(head: &str) -> bool {
    head.split_whitespace().count() <= 5
        && !names_a_role(head)
        // "Event #4471: …", "Taak #812: …": a record's number
        && (head.split_whitespace().any(|w| {
            w.strip_prefix('#')
                .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()))
        }) || fold(head).split_whitespace().any(|w| {
            [
                "aanvraag",
                "inhuur",
                "vacature",
                "uitvraag",
                "opdracht",
                "assignment",
                "vacancy",
            ]
            .iter()
            .any(|k| w.starts_with(k) || w.ends_with(k))
        }))
}

/// Words that name the kind of request a title is, not the work.
const REQUEST_KIND: &[&str] = &[
    "offerteaanvraag",
    "aanvraag",
    "uitvraag",
    "inhuuraanvraag",
    "inhuuropdracht",
    "inhuurverzoek",
    "inhuur",
    "voor",
    "offerte",
    "opdracht",
    "request",
    "for",
    "quotation",
    "extern",
    "externe",
    "tijdelijke",
    // a supplier's form for offering someone ("Aanbieding kandidaat - …")
    "aanbieding",
    "kandidaat",
];

/// A title without a reference in brackets at its end ("… (ref. 4821117)",
/// "… (vacaturenummer 2026-14)") or a code before it, as a procurement page
/// heads its item ("VS-2026-061  Projectleider …").
pub fn without_reference(text: &str) -> String {
    let t = text.trim_end();
    // "Interim projectleider Huisvesting Arbeidsmigranten 12904": a site's
    // number after the title (never a year: "Verkiezingen 2027")
    let t = match t.rsplit_once(' ') {
        Some((head, n))
            if (5..=8).contains(&n.len())
                && n.bytes().all(|b| b.is_ascii_digit())
                && head.chars().any(char::is_alphabetic) =>
        {
            head.trim_end()
        }
        _ => t,
    };
    let t = match t.split_once(' ') {
        Some((head, rest)) if is_code(head) && rest.trim().chars().any(char::is_lowercase) => rest
            .trim_start_matches([' ', '–', '-', '|', ':'])
            .trim_start(),
        _ => t,
    };
    if t.ends_with(')')
        && let Some(open) = t.rfind('(')
    {
        let inside = t[open + 1..t.len() - 1].to_lowercase();
        let reference = inside.chars().any(|c| c.is_ascii_digit())
            && (inside.starts_with("ref")
                || inside.starts_with("nr")
                || inside.starts_with("vacature")
                || inside.starts_with("aanvraag")
                || inside.starts_with("kenmerk")
                || inside.starts_with("opdrachtnummer")
                || inside.chars().all(|c| c.is_ascii_digit() || c == '-')
                || is_code(&t[open + 1..t.len() - 1]));
        if reference {
            return t[..open].trim_end().to_string();
        }
    }
    t.to_string()
}

/// A reference code of capitals and digits apart by dashes ("WF-2026-0412"),
/// as a feed puts it in its item's title.
fn is_code(text: &str) -> bool {
    text.contains('-')
        && text.chars().filter(char::is_ascii_digit).count() >= 3
        && text.starts_with(|c: char| c.is_ascii_uppercase())
        && text
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-' || c == '/')
}

/// A title written in capitals, in ordinary case: words of four letters and
/// more get a capital and lowercase; shorter ones (GGD, ICT) stay.
pub fn upper_words(text: &str) -> String {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 5 || letters.iter().any(|c| c.is_lowercase()) {
        return text.to_string();
    }
    text.split(' ')
        .map(|w| {
            if w.chars().filter(|c| c.is_alphabetic()).count() <= 3 {
                return w.to_string();
            }
            let mut chars = w.chars();
            match chars.next() {
                Some(first) => first
                    .to_uppercase()
                    .chain(chars.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Procedures named before the role in a document's title.
const PROCEDURE: [&str; 6] = [
    "meervoudig onderhandse offerteaanvraag inhuur",
    "meervoudig onderhandse offerteaanvraag",
    "enkelvoudig onderhandse offerteaanvraag inhuur",
    "enkelvoudig onderhandse offerteaanvraag",
    "offerteaanvraag inhuur",
    "verzoek tot offerte",
];

#[cfg(test)]
#[path = "title_clean_tests.rs"]
mod tests;
