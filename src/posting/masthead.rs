//! A site's name from the page's own masthead, where no address or sender
//! names it: a career site's "Werken bij X" in the text's first lines (its
//! capitalised words, up to a "|" or a menu word glued on, "Werken bij
//! Provincie DrentheVacatures"), a portal's short line of capitalised words
//! with its kind in them ("Drechtsteden Inhuurportaal"), or a network's
//! name alone on the first line ("LinkedIn"), a post's furniture that
//! only one network draws ("Sanne Verhoeven • 2e"), or a name opening the
//! page that the page names again as a site ("Opdrachtenbank Noord  |
//! Opdrachten" … "© 2026 Opdrachtenbank Noord B.V.").

use super::normalize::fold;
use regex::Regex;
use std::sync::LazyLock;

/// The lines a masthead is looked for in.
const HEAD_LINES: usize = 3;

const CAREER: [&str; 4] = ["Werken bij ", "Werken voor ", "Werkenbij ", "Werken in "];

/// Words naming a portal of hiring requests, folded.
const PORTALS: [&str; 3] = ["inhuurportaal", "inhuurloket", "inhuurplein"];

/// Networks whose name alone on the first line is the page's site.
const NETWORKS: [&str; 9] = [
    "LinkedIn",
    "Indeed",
    "XING",
    "Element",
    "Threema",
    "Mattermost",
    "Rocket.Chat",
    "Signal",
    "Telegram",
];

/// The site the text's masthead names.
pub fn site(text: &str) -> Option<String> {
    let head: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(HEAD_LINES)
        .collect();
    head.iter()
        .find_map(|l| career(l))
        .or_else(|| head.iter().find_map(|l| portal(l)))
        .or_else(|| {
            let first = head.first()?;
            NETWORKS.iter().find(|n| *n == first).map(|n| n.to_string())
        })
        .or_else(|| furniture(&head))
        .or_else(|| app_title(text))
        .or_else(|| head.iter().find_map(|l| named_again(l, text)))
        .or_else(|| head.iter().find_map(|l| source_line(l, text)))
        .or_else(|| head.iter().find_map(|l| platform_label(l)))
        .or_else(|| tagged_name(text))
        // a record's field further down ("Bron: Omgevingsflex", an export's
        // column named for where the row came from)
        .or_else(|| {
            text.lines()
                .take(FIELD_LINES)
                .find_map(|l| platform_label(l.trim()))
        })
}

/// How far down a record's own field for its site is looked for.
const FIELD_LINES: usize = 40;

/// Skip links and menu words a page's copy opens with, before its name.
const SKIP_LINKS: [&str; 10] = [
    "ga naar de inhoud",
    "ga direct naar de inhoud",
    "direct naar de inhoud",
    "ga naar hoofdinhoud",
    "naar hoofdinhoud",
    "naar de inhoud",
    "skip to content",
    "skip to main content",
    "spring naar de inhoud",
    "menu",
];

/// Whether a folded line is a skip link ("naar de inhoud").
pub(super) fn is_skip_link(folded: &str) -> bool {
    SKIP_LINKS.contains(&folded)
}

/// Words of a tagline that says what a site is ("Dynamisch aankoopsysteem
/// voor de inhuur van externen door …", "de opdrachtenbank voor
/// waterschappen").
const TAGLINE_WORDS: [&str; 12] = [
    "dynamisch aankoopsysteem",
    "das ",
    "inkoop",
    "aanbested",
    "inhuur",
    "opdrachtenbank",
    "vacaturebank",
    "marktplaats",
    "platform",
    "portaal",
    "leveranciers",
    "freelancers",
];

/// A portal's name over its tagline or its menu at the top of the page
/// ("DAS Inhuur Lingeland" / "Dynamisch aankoopsysteem voor de inhuur …",
/// "TenderAtlas" / "Zoeken   Aankondigingen   Inhuur"): a short name that is
/// no client, with a line under it that says what the site is, or a menu
/// under a name that holds a word of what a site offers.
fn tagged_name(text: &str) -> Option<String> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("# source:"))
        .filter(|l| !SKIP_LINKS.contains(&fold(l).as_str()))
        .take(2)
        .collect();
    let [name, next] = lines.as_slice() else {
        return None;
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    let f_name = fold(name);
    let fits = (1..=4).contains(&words.len())
        && name.chars().count() <= 40
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) || ["en", "&", "-", "–"].contains(w)
        })
        && !name.contains(|c: char| {
            c.is_ascii_digit() || matches!(c, ':' | '|' | '·' | ';' | ',' | '\t')
        })
        && super::bodies::mentions(name).is_empty()
        && !["gemeente", "provincie", "municipality"]
            .iter()
            .any(|b| f_name.starts_with(b))
        && !super::municipalities::is_municipality(name)
        && super::regions::province_named(name).is_none()
        // a posting's title over its first sentence is no site, nor a
        // document's kind ("Aanbestedingsleidraad", "Inhuurverzoek")
        && !super::title::names_a_role(name)
        && !super::title_chrome::is_document_kind(&f_name);
    if !fits {
        return None;
    }
    let f_next = fold(next);
    // a labelled row ("Portaal: DAS Reitdiep - inhuur …") is no tagline
    let labelled = next
        .split_once([':', ';'])
        .is_some_and(|(label, _)| !label.trim().contains(' '));
    let tagline = !labelled
        && next.starts_with(char::is_uppercase)
        && (3..=16).contains(&next.split_whitespace().count())
        && TAGLINE_WORDS.iter().any(|w| f_next.contains(w));
    let menu = next.matches("  ").count() + next.matches(" | ").count() >= 2
        && SITE_KINDS
            .iter()
            .chain(&["inkoop", "aanbested"])
            .any(|k| f_name.contains(k));
    (tagline || menu).then(|| name.to_string())
}

/// A record's own field for its site ("Platform: Inhuurkompas", an export's
/// first column).
fn platform_label(line: &str) -> Option<String> {
    let (label, value) = line.split_once([':', '\t'])?;
    // the name before its tagline ("DAS Reitdiep - inhuur Groningse gemeenten")
    let value = [" - ", " – ", " | ", " · "]
        .iter()
        .find_map(|sep| value.split_once(sep).map(|(name, _)| name))
        .unwrap_or(value)
        .trim();
    let value = value.trim_end_matches('\t').trim();
    (["platform", "portaal", "inhuurplatform", "bron"].contains(&fold(label.trim()).as_str())
        && value.chars().next().is_some_and(char::is_uppercase)
        && !value.contains(['\t', '/', ':'])
        && super::bodies::mentions(value).is_empty()
        && (1..=3).contains(&value.split_whitespace().count()))
    .then(|| value.to_string())
}

/// An app's screen copied whole: under the status bar ("09:41", "4G 87%")
/// and the back button ("‹ Terug"), the title bar names the app when its
/// one or two words say what a site offers ("Opdrachtradar").
fn app_title(text: &str) -> Option<String> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(6)
        .collect();
    let back = lines.iter().position(|l| {
        let rest = l.trim_start_matches(['‹', '<', '←', '❮', ' ']);
        rest.len() < l.len() && ["terug", "back", "vorige"].contains(&fold(rest).as_str())
    })?;
    let title = lines.get(back + 1)?;
    let f = fold(title);
    let words = title.split_whitespace().count();
    ((1..=2).contains(&words)
        && title.chars().next().is_some_and(char::is_uppercase)
        && SITE_KINDS.iter().any(|k| f.contains(k)))
    .then(|| title.to_string())
}

/// The site a source line in the head names ("Bron: https://freep.nl", as
/// a site's export is read): the host, spelled as the text spells it.
fn source_line(line: &str, text: &str) -> Option<String> {
    let lower = line.to_lowercase();
    let rest = ["bron:", "source:"]
        .iter()
        .find_map(|p| lower.strip_prefix(p))?
        .trim();
    if rest.contains(char::is_whitespace) || !rest.contains('.') {
        return None;
    }
    let url = if rest.contains("://") {
        rest.to_string()
    } else {
        format!("https://{rest}")
    };
    super::source::site_in(&url, text)
}

/// A network known by what it draws around a post: LinkedIn's degree of
/// connection after the author's name ("Sanne Verhoeven • 2e", "• 3rd+").
fn furniture(head: &[&str]) -> Option<String> {
    head.iter()
        .any(|l| is_post_author(l))
        .then(|| "LinkedIn".to_string())
}

/// A post's author with the degree of connection ("Sanne Verhoeven • 2e").
pub fn is_post_author(line: &str) -> bool {
    static DEGREE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\p{Lu}[\p{Latin}.' -]{1,60}\s[•·]\s(?:1e|2e|3e\+|1st|2nd|3rd\+)$")
            .expect("static pattern")
    });
    DEGREE.is_match(line.trim())
}

/// Folded words that make a name a site's: what it offers or is.
const SITE_KINDS: [&str; 15] = [
    "opdracht",
    "flex",
    "inhuur",
    "interim",
    "portaal",
    "plein",
    "desk",
    "platform",
    "jobs",
    "vacature",
    "talent",
    "staffing",
    "tender",
    "freelance",
    "zzp",
];

/// The name a head line opens with (before a "|", "–", "›", "·", a tab or
/// a wide gap), where the page is that site: the name holds a word of what
/// a site offers and comes again further down ("Helpdesk Pro Inhuur"), or
/// the page's own furniture names it ("© 2026 X", "X B.V.", an address at
/// its domain).
fn named_again(line: &str, text: &str) -> Option<String> {
    static SEGMENT_END: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\s*(?:[|›>·•\t]|\s[–—]\s|\s-\s|\s{2,})").expect("static pattern")
    });
    let name = SEGMENT_END.split(line).next()?.trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let f_name = fold(name);
    let fits = (1..=3).contains(&words.len())
        && name.len() <= 40
        && words.iter().all(|w| {
            // a site named by its address ("Noorderinhuur.nl") too
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
                && !w.ends_with('.')
        })
        && !name.contains(':')
        && super::bodies::mentions(name).is_empty()
        && !["gemeente", "provincie"]
            .iter()
            .any(|b| f_name.starts_with(b))
        && !super::municipalities::is_municipality(name)
        && super::regions::province_named(name).is_none();
    if !fits {
        return None;
    }
    let f = fold(name);
    // "ZeelandFlex – het inhuurplatform van Zeeuwse overheden": the tagline
    // says what the site is
    let tagline = fold(line.get(name.len()..).unwrap_or(""));
    let kind = SITE_KINDS
        .iter()
        .any(|k| f.contains(k) || tagline.contains(k));
    let later = text
        .find(line)
        .and_then(|at| text.get(at + line.len()..))
        .unwrap_or("");
    let again = later.matches(name).count();
    let squashed: String = f.chars().filter(|c| c.is_alphanumeric()).collect();
    let own_furniture = later.contains(&format!("{name} B.V."))
        || later.contains(&format!("© {name}"))
        || later.contains(&format!("Helpdesk {name}"))
        || later.contains(&format!("{name} servicedesk"))
        || fold(later).contains(&format!("@{squashed}."))
        || fold(later).contains(&format!("www.{squashed}."));
    ((kind && again >= 1) || own_furniture).then(|| name.to_string())
}

/// Where a word glued to the next ends: at a capital after a small letter.
fn glued_end(word: &str) -> usize {
    let mut prev_lower = false;
    for (i, c) in word.char_indices() {
        if c.is_uppercase() && prev_lower {
            return i;
        }
        prev_lower = c.is_lowercase();
    }
    word.len()
}

fn career(line: &str) -> Option<String> {
    let (at, prefix) = CAREER
        .iter()
        .filter_map(|p| line.find(p).map(|i| (i, *p)))
        .min()?;
    let mut words = Vec::new();
    for w in line[at + prefix.len()..].split_whitespace() {
        let w = w.trim_end_matches([',', '.', ':', '›', '>']);
        // "Werken in de Kop": an article inside the name
        if ["de", "het", "den"].contains(&w) {
            words.push(w);
            continue;
        }
        if !w.starts_with(char::is_uppercase) {
            break;
        }
        let end = glued_end(w);
        words.push(&w[..end]);
        if end < w.len() || words.len() == 3 {
            break;
        }
    }
    while words
        .last()
        .is_some_and(|w| w.starts_with(char::is_lowercase))
    {
        words.pop();
    }
    (!words.is_empty()).then(|| {
        format!(
            "{}{}",
            prefix.replace("Werkenbij ", "Werken bij "),
            words.join(" ")
        )
    })
}

fn portal(line: &str) -> Option<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let fits = (2..=4).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && words
            .iter()
            .any(|w| PORTALS.contains(&super::normalize::fold(w).as_str()));
    fits.then(|| words.join(" "))
}

#[cfg(test)]
#[path = "masthead_tests.rs"]
mod tests;
