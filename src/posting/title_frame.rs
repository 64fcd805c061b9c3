//! What is written around a title and is no part of it: a breadcrumb's
//! sections before it ("Inhuuropdrachten / Projectleider Spoorzone"), a
//! label before it ("Role (as in the request): …"), its hours in brackets
//! after it ("… (28u)"), a site's badge before it ("NIEUW  …"), a career
//! site's name after it ("… - Werken bij X") and the quotes around it.

use super::normalize::fold;
use super::title::names_a_role;

/// Words that label a title in a record or a message ("Role – …", "Rol
/// (zoals in de uitvraag): …").
const ROLE_LABELS: &[&str] = &[
    "role",
    "rol",
    "functie",
    "functietitel",
    "functienaam",
    "position",
    "job title",
    "job",
];

/// A title without a label before it, a remark in brackets allowed after
/// the label ("Role (as in the request): Data-analist Mobiliteit").
pub(super) fn without_role_label(title: &str) -> &str {
    let Some((head, rest)) = [": ", " – ", " — ", " - "]
        .iter()
        .find_map(|sep| title.split_once(sep))
    else {
        return title;
    };
    let head = match head.split_once(" (") {
        Some((label, remark)) if remark.ends_with(')') => label,
        _ => head,
    };
    let rest = rest.trim();
    // "Functie / rol": each of its words a label
    let labels = fold(head.trim());
    let labels_only = labels.split('/').all(|l| ROLE_LABELS.contains(&l.trim()));
    if labels_only && names_a_role(rest) {
        rest
    } else {
        title
    }
}

/// A title without its hours abbreviated in brackets after it
/// ("Klantmanager Schuldhulpverlening (28u)", "… (24-32 uur p/w)").
pub(super) fn without_hours(title: &str) -> &str {
    let Some((role, inside)) = title.strip_suffix(')').and_then(|t| t.rsplit_once(" (")) else {
        return title;
    };
    let f = fold(inside);
    let figures =
        f.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '-' | '–' | ' ' | ','));
    let hours = figures.len() < f.len()
        // abbreviated, as a title's own note is not ("(32 uur)" may be
        // the posting's name as its client wrote it)
        && ["u", "u/w", "u p/w", "uur p/w", "hrs", "h", "u/wk"]
        .contains(&figures.trim());
    if hours && names_a_role(role) {
        role.trim_end()
    } else {
        title
    }
}

/// A title in quotes without them ('Uitvraag inhuur "Adviseur …"').
pub(super) fn unquoted(text: &str) -> &str {
    for (open, close) in [('"', '"'), ('“', '”'), ('„', '”'), ('‘', '’')] {
        if let Some(inner) = text.strip_prefix(open).and_then(|t| t.strip_suffix(close))
            && !inner.contains(close)
        {
            return inner.trim();
        }
    }
    text
}

/// The sections of a site a breadcrumb names before a posting.
const SECTIONS: &[&str] = &[
    "home",
    "opdrachten",
    "aanvragen",
    "inhuuropdrachten",
    "alle opdrachten",
    "vacatures",
    "inhuur",
    "werken bij",
    "jobs",
    "assignments",
    "interim",
    "freelance",
    "zzp",
];

/// A breadcrumb's last crumb ("Opdrachten ‣ Groningen ‣ Projectleider
/// Versterking", "U bent hier: Werken bij / Inhuur / Toezichthouder"):
/// the page's own name; any other title as it came.
pub(super) fn last_crumb(title: &str) -> &str {
    let t = ["U bent hier:", "Je bent hier:", "You are here:"]
        .iter()
        .find_map(|p| {
            title
                .get(..p.len())
                .filter(|h| h.eq_ignore_ascii_case(p))
                .map(|_| title[p.len()..].trim_start())
        })
        .unwrap_or(title);
    // "Home/Aanvragen/Noord-Holland/Adviseur …", "Aanvragen/Gemeente
    // Roosendaal/Medewerker …": a crumb trail from home or a site's section
    // without spaces
    let folded = fold(t);
    let first = folded.split('/').next().unwrap_or("");
    if (["home", "start", "homepage"].contains(&first) || SECTIONS.contains(&first))
        && t.matches('/').count() >= 2
    {
        return t.rsplit('/').next().unwrap_or(t).trim();
    }
    for sep in [" ‣ ", " › ", " » ", " > ", " / "] {
        let crumbs = t.matches(sep).count();
        let marked = t.len() < title.len();
        if crumbs >= 2 || (marked && crumbs >= 1) {
            return t.rsplit(sep).next().unwrap_or(t).trim();
        }
        // "Inhuuropdrachten / Projectleider Spoorzone": a section, then the
        // page
        if let Some((head, page)) = t.split_once(sep)
            && crumbs == 1
            && head.split_whitespace().count() <= 3
            && !names_a_role(head)
            && names_a_role(page)
            && SECTIONS.contains(&fold(head.trim()).as_str())
        {
            return page.trim();
        }
    }
    t
}
/// A title without the site's name beside it, as a page's `<title>` or a
/// saved page's first line carries it ("Beleidsadviseur OOV | Bataviahaven
/// Interim").
pub fn without_site(title: &str, site: &str) -> String {
    let site = fold(site);
    for sep in [" | ", " – ", " — ", " - ", " · "] {
        if let Some((head, tail)) = title.rsplit_once(sep)
            && fold(tail.trim()) == site
            && names_a_role(head)
        {
            return head.trim().to_string();
        }
        if let Some((head, tail)) = title.split_once(sep)
            && fold(head.trim()) == site
            && names_a_role(tail)
        {
            return tail.trim().to_string();
        }
    }
    title.to_string()
}
/// A title without the career site after it ("Senior adviseur
/// afvalwaterketen (inhuur) - Werken bij Waterschap Hollandse Delta") or
/// the kind of hire in brackets that stood before that.
pub(super) fn without_career_site(title: &str) -> &str {
    [" - ", " – ", " | "]
        .iter()
        .find_map(|sep| {
            let (role, site) = title.rsplit_once(sep)?;
            let f = fold(site.trim());
            let role = role.trim_end();
            ["werken bij ", "werken voor ", "werkenbij", "vacatures bij "]
                .iter()
                .any(|w| f.starts_with(w))
                .then(|| {
                    role.strip_suffix(" (inhuur)")
                        .filter(|r| names_a_role(r))
                        .unwrap_or(role)
                })
        })
        .unwrap_or(title)
}

/// A title without a site's badge before it ("NIEUW  Beleidsadviseur …",
/// "Nieuw: Adviseur …", "SPOED | Projectleider …").
pub(super) fn without_badge(title: &str) -> &str {
    // and what became of the request ("HEROPEND – …", "Tweede ronde: …")
    // and an intranet's "Eerst intern: …" (staff may apply first)
    const BADGES: [&str; 20] = [
        "eerst intern",
        "alleen intern",
        "intern",
        "gewijzigd",
        "nieuw",
        "new",
        "spoed",
        "urgent",
        "hot",
        "top",
        "heropend",
        "reopened",
        "opnieuw",
        "opnieuw uitgezet",
        "herplaatst",
        "reposted",
        "tweede ronde",
        "2e ronde",
        "second round",
        "update",
    ];
    // "[NIEUW] Projectleider …", a mailing list's "[Inhuur] …", a board's
    // "[Sticky, geel] …": a tag in brackets before the role
    if let Some((badge, rest)) = title.strip_prefix('[').and_then(|t| t.split_once(']'))
        && badge.split_whitespace().count() <= 3
        && !names_a_role(badge)
        && names_a_role(rest)
    {
        return rest.trim_start();
    }
    let Some((head, rest)) = title
        .split_once("  ")
        .or_else(|| title.split_once(": "))
        .or_else(|| title.split_once(" | "))
        .or_else(|| title.split_once(" – "))
    else {
        return title;
    };
    let rest = rest.trim_start_matches([' ', '|', '–', ':']);
    if BADGES.contains(&fold(head.trim()).as_str()) && names_a_role(rest) {
        rest
    } else {
        title
    }
}
