//! The posting's title: a title label, else the first short line of the
//! header that is not page chrome (a logo's alt text, an address, a
//! relative closing time, a site's name, a lone province or strip), else a
//! provisional one from the page address or the first sentence.

use super::conditions;
use super::dates::first_date;
use super::labels::{Candidate, Field, first};
use super::lines::{Line, LineKind, Section, heading_section};
use super::normalize::fold;
use super::source;
use super::title_chrome::is_chrome;
pub use super::title_clean::{clean, upper_words, without_reference};
pub use super::title_frame::without_site;
use super::title_roles::is_person;
pub(super) use super::title_roles::names_a_role;
use super::title_tail::with_wrapped_tail;
use regex::Regex;
use std::collections::HashSet;
use std::sync::LazyLock;

/// A role in emphasis in a chat or e-mail ("zoeken we een *Projectleider
/// Warmtetransitie (wijkaanpak)*").
static EMPHASIS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\*{1,2}([^*\n]{3,100}?)\*{1,2}").expect("static pattern"));

/// The title: a "Titel" label, else the first markdown heading, else the
/// first short line that is not a banner, a label, page chrome or a sentence.
pub fn from_lines(
    text: &str,
    lines: &[Line],
    cands: &[Candidate],
    site: Option<&str>,
    organisation: Option<&str>,
) -> Option<String> {
    // a form's "Naam" is the sender's name: a title's other labels first
    let by_name = |c: &&Candidate| {
        lines.get(c.line).is_some_and(|l| {
            let f = super::normalize::fold(&l.text);
            f.strip_prefix("naam")
                .is_some_and(|r| r.starts_with([' ', ':', '\t']) && !r.contains("opdracht"))
        })
    };
    let (named, others): (Vec<Candidate>, Vec<Candidate>) =
        cands.iter().cloned().partition(|c| by_name(&c));
    let ordered: Vec<Candidate> = others.into_iter().chain(named).collect();
    if let Some(t) = first(&ordered, Field::Title, |c| {
        let v = c.value.trim();
        // a value wrapped inside its brackets continues on the next line
        // and one that ends on a joining word ("Kwartiermaker Inkoop
        // Jeugdhulp en" / "Wmo (regio Flevoland)")
        let open = v.matches('(').count() > v.matches(')').count()
            || [
                " en", " of", " &", " -", " –", " /", " voor", " van", " met",
            ]
            .iter()
            .any(|w| v.ends_with(w));
        let v = if open { c.value_with_next.trim() } else { v };
        (!v.is_empty() && v.chars().count() <= 120 && !v.ends_with('.')).then(|| v.to_string())
    }) {
        return Some(t);
    }
    let label_lines: HashSet<usize> = cands.iter().map(|c| c.line).collect();
    let candidates = title_lines(lines, &label_lines, site, organisation);
    // a line that names a role ("… adviseur", "Projectleider …") before any other
    // a role word inside the site's name ("via de website van DC
    // Engineers") names no role
    let names_role = |t: &str| match site {
        Some(s) if !s.trim().is_empty() => names_a_role(&fold(t).replace(&fold(s), " ")),
        _ => names_a_role(t),
    };
    let roles: Vec<usize> = candidates
        .iter()
        .copied()
        .filter(|&i| names_role(&lines[i].text))
        .collect();
    // a search page's list of result cards with the chosen one again in its
    // detail pane (a job panel, Indeed): the role named twice, where others
    // are named once
    let twice = |i: usize| {
        roles
            .iter()
            .filter(|&&j| lines[j].text == lines[i].text)
            .count()
            >= 2
    };
    let repeated = (roles.len() >= 3)
        .then(|| roles.iter().copied().find(|&i| twice(i)))
        .flatten()
        .filter(|_| roles.iter().any(|&i| !twice(i)))
        // a slip's short name of the role named in full above it
        // ("Consulent Leerplicht" under "Consulent Leerplicht en RMC")
        .filter(|&i| {
            !roles.iter().any(|&j| {
                j < i
                    && lines[j]
                        .text
                        .strip_prefix(lines[i].text.trim())
                        .is_some_and(|rest| {
                            !rest.is_empty() && !rest.contains(['-', '–', '—', '|', '·', ':', '('])
                        })
            })
        });
    let pick = repeated.or_else(|| roles.first().copied());
    // "zoeken wij een ervaren **Functioneel beheerder Salesforce**" above
    // any line that names a role (a social post's comments come after it)
    if let Some((role, at)) = sought_role(text, lines)
        && pick.is_none_or(|i| i > at)
    {
        return Some(role);
    }
    if pick.is_none()
        && let Some(role) = emphasised_role(text).or_else(|| subject_role(lines))
    {
        return Some(role);
    }
    let pick = pick.or_else(|| candidates.first().copied())?;
    Some(upper_words(&with_wrapped_tail(
        lines,
        pick,
        &label_lines,
        organisation,
    )))
}

/// The role an e-mail's subject names after what the mail is
/// ("Onderwerp: Uitnodiging tot het uitbrengen van een offerte –
/// Projectleider Huisvesting Aandachtsgroepen").
fn subject_role(lines: &[Line]) -> Option<String> {
    lines.iter().take(20).find_map(|l| {
        let t = l.text.trim();
        let f = fold(t);
        // a letter's label column has no colon ("Onderwerp  Uitnodiging …")
        let head = [
            "onderwerp:",
            "subject:",
            "betreft:",
            "onderwerp ",
            "betreft ",
        ]
        .iter()
        .find(|h| f.starts_with(*h))?;
        let value = t.get(head.len()..)?.trim();
        if head.ends_with(' ') && !value.starts_with(char::is_uppercase) {
            return None;
        }
        value
            .split([':', '–', '|'])
            .chain(value.split(" - "))
            .map(str::trim)
            .filter(|part| part.split_whitespace().count() <= 8)
            .find(|part| names_a_role(part))
            .map(str::to_string)
    })
}

/// A role in emphasis right after the verb of the search ("zoeken wij een
/// ervaren **Functioneel beheerder Salesforce**"), with the index of the
/// line that says it.
fn sought_role(text: &str, lines: &[Line]) -> Option<(String, usize)> {
    static SOUGHT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:zoek(?:t|en)|looking for)(?: \w+){0,3}? (?:een|a|an)(?: \w+)? \*{1,2}([^*\n]{3,100}?)\*{1,2}")
            .expect("static pattern")
    });
    let role = SOUGHT
        .captures_iter(text)
        .filter_map(|c| c.get(1))
        .map(|m| m.as_str().trim())
        .find(|t| names_a_role(t))?;
    let at = lines.iter().position(|l| {
        let f = fold(&l.text);
        l.text.contains(role) && (f.contains("zoek") || f.contains("looking for"))
    })?;
    Some((role.to_string(), at))
}

/// A role in emphasis in the first lines ("*Projectleider Warmtetransitie*").
fn emphasised_role(text: &str) -> Option<String> {
    text.lines().take(20).find_map(|l| {
        EMPHASIS
            .captures_iter(l)
            .filter_map(|c| c.get(1))
            .map(|m| m.as_str().trim())
            .find(|t| names_a_role(t))
            .map(str::to_string)
    })
}

/// The lines of the first part of the text that could be a title.
fn title_lines(
    lines: &[Line],
    label_lines: &HashSet<usize>,
    site: Option<&str>,
    organisation: Option<&str>,
) -> Vec<usize> {
    let mut out = Vec::new();
    let mut in_banner = false;
    let mut seen = 0;
    // a page that writes in small letters (its menu, its title, its
    // labels) has its title in them too
    let small_page = {
        let heads: Vec<bool> = lines
            .iter()
            .take(40)
            .filter(|l| l.kind != LineKind::Blank)
            .filter_map(|l| l.text.chars().find(|c| c.is_alphabetic()))
            .map(char::is_lowercase)
            .collect();
        heads.len() >= 6 && heads.iter().filter(|s| **s).count() * 3 >= heads.len() * 2
    };
    for (i, line) in lines.iter().enumerate().take(60) {
        let f = fold(&line.text);
        if line.kind == LineKind::Blank {
            in_banner = false;
            continue;
        }
        seen += 1;
        // an e-mail's signature: no title below it
        if [
            "met vriendelijke groet",
            "vriendelijke groet",
            "kind regards",
            "best regards",
        ]
        .iter()
        .any(|g| f.starts_with(g))
        {
            break;
        }
        if conditions::expired_banner(&f) || f.starts_with("hartelijk dank") {
            in_banner = true;
        }
        if in_banner {
            // the banner ends with its sentence, blank line or not
            in_banner = !line.text.ends_with('.');
            continue;
        }
        // a heading word of the table ("Overige informatie", "Organisatie/Opdracht"),
        // whether a markdown heading or a line of its own
        let as_plain = Line {
            kind: LineKind::Plain,
            text: line.text.clone(),
        };
        let section_word = heading_section(line).is_some_and(|s| s != Section::Other)
            || heading_section(&as_plain).is_some();
        if label_lines.contains(&i)
            || section_word
            || is_chrome(&line.text, site)
            || organisation.is_some_and(|o| names_organisation(&line.text, o))
        {
            continue;
        }
        // a label the table does not know, with its value ("Gesprekken: week 51")
        // (not the kind of request before a role: "Inhuur: Projectmanager …")
        let unknown_label = line.text.split_once(": ").is_some_and(|(head, rest)| {
            let head = head.trim();
            !head.contains(' ')
                && !names_a_role(head)
                && !["fwd", "fw", "re", "doorgestuurd"].contains(&fold(head).as_str())
                && (!super::title_clean::request_head(head) || !names_a_role(rest))
        });
        // a contact's role and name ("Accountmanager: Henk Veenstra",
        // "Recruiter: mw. R. Lubbers")
        let contact = line
            .text
            .split_once(": ")
            .is_some_and(|(head, rest)| names_a_role(head) && is_person(rest));
        let n = line.text.chars().count();
        let ok = !unknown_label
            && !contact
            && (2..=120).contains(&n)
            && line.text.chars().next().is_some_and(|c| {
                !c.is_lowercase()
                    || small_page
                        && names_a_role(&line.text)
                        && line.text.split_whitespace().count() <= 6
                        && !line.text.contains([',', ':', '.'])
            })
            && (!line.text.ends_with(['.', ';', ':', ',']) || line.text.ends_with(" a.i."))
            && !line.text.contains('\t');
        // a note page's first line is its title, opened by an icon ("💼 Hydroloog")
        let first_line = lines[..i].iter().all(|l| l.kind == LineKind::Blank);
        // but a lone word there that names no role is the app the text was
        // copied from ("UpNote", "Recorder", "Flock")
        if first_line
            && !line.text.trim().contains(char::is_whitespace)
            && !names_a_role(&line.text)
        {
            continue;
        }
        // a chat or card opens each header line with an icon, the role's too
        // ("🩺 Interim Teamleider …", "▸ Regisseur Jeugd")
        // (or the first line of an indented card a mail quotes, after a blank)
        let block_start = i > 0 && lines[i - 1].kind == LineKind::Blank;
        let role_item = line.kind == LineKind::Bullet
            && (seen <= 6 || block_start)
            && !line.text.contains([':', '!', '#'])
            && names_a_role(&line.text);
        if ok
            && (line.kind == LineKind::Heading
                || line.kind == LineKind::Plain
                || (first_line && line.kind == LineKind::Bullet)
                || role_item)
            && first_date(&line.text).is_none()
        {
            out.push(i);
        }
    }
    out
}

/// Whether a line is the organisation's name and nothing more ("Veiligheidsregio
/// Utrecht", "Gemeente Zwolle").
pub(super) fn names_organisation(text: &str, organisation: &str) -> bool {
    let f = fold(text);
    let o = fold(organisation);
    f == o || f == format!("gemeente {o}") || f == format!("provincie {o}")
}

/// A provisional title for a text without a title line: from the page
/// address, else the first sentence (cut at 80 characters).
pub fn provisional(url: Option<&str>, sentences: &[String]) -> Option<String> {
    if let Some(t) = url.and_then(source::title_from_address) {
        return Some(t);
    }
    let first = sentences
        .iter()
        .find(|s| s.split_whitespace().count() >= 3)?;
    let mut t: String = first.chars().take(80).collect();
    if first.chars().count() > 80 {
        t = match t.rfind(' ') {
            Some(i) => format!("{}…", &t[..i]),
            None => t,
        };
    }
    Some(t.trim_end_matches(['.', ':', ';']).to_string())
}

#[cfg(test)]
#[path = "title_tests.rs"]
mod tests;
