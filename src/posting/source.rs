//! Where a posting was copied from: its web address and the site.
//!
//! A copied posting may start with a `# source: URL` line (tenderdesk's own
//! convention, also what people paste above a posting). The address becomes
//! the posting's `url`; its host names the site through a table of known
//! Dutch interim sites, else the host's own name ("mast.nl" gives "Mast").
//! The last readable part of the address's path is a provisional title for a
//! posting whose text has none ("externe-projectleider-mfa-valken-68").

use super::{hosted_site, site_name, wrapped_address};

/// Known sites by a part of their host name, and how people call them.
const SITES: &[(&str, &str)] = &[
    ("opdrachtoverheid", "Opdracht Overheid"),
    ("oo-nuxt", "Opdracht Overheid"),
    ("opdrachtinformatiemanagement", "Opdracht Overheid"),
    ("flextender", "Flextender"),
    ("talentenregio", "Talentenregio"),
    ("huurtin", "Talentenregio"),
    ("1uptalent", "1UP Talent"),
    ("bijoranje", "Bij Oranje"),
    ("carrierebrug", "Carrièrebrug"),
    ("dcengineers", "DC Engineers"),
    ("dcprofessionals", "DC Professionals"),
    ("depubliekepartner", "De Publieke Partner"),
    ("gemeenteprojecten", "Gemeenteprojecten"),
    ("inhuurdesk", "Inhuurdesk"),
    ("jobbird", "Jobbird"),
    ("matchd", "Matchd"),
    ("potentialpeak", "Potential Peak Placements"),
    ("werkeningelderland", "Werken in Gelderland"),
    ("zeelenberg", "Zeelenberg"),
    ("striive", "Striive"),
    ("negometrix", "Negometrix"),
    ("mercell", "Mercell"),
    ("tenderned", "TenderNed"),
    ("werkenvoornederland", "Werken voor Nederland"),
    ("nationalevacaturebank", "Nationale Vacaturebank"),
    ("indeed", "Indeed"),
    ("linkedin", "LinkedIn"),
    ("tenderplace", "Tenderplace"),
    ("hinttech", "HintTech"),
    ("freelance.nl", "Freelance.nl"),
    ("freelancer.nl", "Freelancer.nl"),
    ("interimnetwerk", "Interim Netwerk"),
    ("werkeninnoordhollandnoord", "Werken in Noord-Holland Noord"),
    ("werkeninzuidholland", "Werken in Zuid-Holland"),
    ("werkenbijdeoverheid", "Werken bij de overheid"),
    ("ctm-solution", "CTM Solution"),
    ("ctmsolution", "CTM Solution"),
    ("inhuurbureau", "Inhuurbureau"),
    ("mast", "Mast"),
];

/// The `# source: URL` line (or a bare address on the first line) and the
/// text without it.
pub fn split_source(text: &str) -> (Option<String>, &str) {
    let first_end = text.find('\n').unwrap_or(text.len());
    let first = text[..first_end].trim();
    let lower = first.to_lowercase();
    let rest = text.get(first_end + 1..).unwrap_or("");
    for prefix in [
        "# source:",
        "#source:",
        "source:",
        "bron:",
        "# bron:",
        "url:",
    ] {
        if let Some(v) = lower.strip_prefix(prefix) {
            let start = first.len() - v.len();
            return (address(first[start..].trim()), rest);
        }
    }
    if (lower.starts_with("http://") || lower.starts_with("https://")) && !first.contains(' ') {
        return (address(first), rest);
    }
    // a browser's print header: the page's title, a gap, its address
    // ("Projectleider … | Vechtzoom Opd…        https://www.vechtzoom.nl/…");
    // the title is the page's heading again further on
    if let Some((title, url)) = first.rsplit_once("  ")
        && !title.trim().is_empty()
        && (url.starts_with("https://") || url.starts_with("http://"))
        && !url.contains(' ')
    {
        return (address(url), rest);
    }
    (None, text)
}

/// Extensions of the files a site exports its postings to.
const EXPORT_FILES: &[&str] = &[".csv", ".xlsx", ".xls", ".json", ".xml", ".ods"];

/// The site a source line names for a file exported from it: "# source:
/// opdrachten.csv (Inkoop Oost, DAS Inhuur, \"Exporteer\")" gives "Inkoop
/// Oost", the first item in brackets after the file's name. A chat's or
/// phone's export names no file and so no site.
pub fn export_site(text: &str) -> Option<String> {
    let first = text.lines().next()?.trim();
    let lower = first.to_lowercase();
    let v = ["# source:", "#source:", "source:", "bron:", "# bron:"]
        .iter()
        .find_map(|p| lower.strip_prefix(p))?;
    let v = first[first.len() - v.len()..].trim();
    let (file, rest) = v.split_once(" (")?;
    let file = file.trim().to_lowercase();
    if file.contains(' ') || !EXPORT_FILES.iter().any(|e| file.ends_with(e)) {
        return None;
    }
    let name = rest.split([',', ')', ';']).next()?.trim();
    let words = name.split_whitespace().count();
    ((1..=6).contains(&words) && name.starts_with(char::is_uppercase)).then(|| name.to_string())
}

fn address(v: &str) -> Option<String> {
    let v = v.trim_matches(['<', '>', '"', '\'']);
    let lower = v.to_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www."))
        .then(|| v.to_string())
}

/// The host of an address, lowercase, without "www.".
fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next()?.to_lowercase();
    let host = host.rsplit_once('@').map_or(host.as_str(), |(_, h)| h);
    let host = host.split(':').next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then(|| host.to_string())
}

/// The site an address belongs to: a known site's name, else its host's
/// main name, capitalised ("jobs.example-werk.nl" gives "Example-werk").
pub fn site(url: &str) -> Option<String> {
    site_in(url, "")
}

/// The site an address belongs to, spelled as `text` spells it where the
/// host glues its words ("publicspirit.nl" and "Public Spirit" in the text
/// give "Public Spirit"); else as [`site`] names it.
pub fn site_in(url: &str, text: &str) -> Option<String> {
    if let Some(inner) =
        wrapped_address::decoded_inner(url).or_else(|| wrapped_address::archived_from(url, text))
    {
        return site_in(&inner, text);
    }
    let host = host(url)?;
    let squashed = host.replace('-', "");
    if let Some((_, name)) = SITES
        .iter()
        .find(|(key, _)| host.contains(key) || squashed.contains(key))
    {
        return Some((*name).to_string());
    }
    // a site on a service that hosts it is named by its own part of the
    // address ("padlet.com/flexpooltwente/…"), or not by the address at all
    let path = url.split_once("://").map_or(url, |(_, r)| r);
    let path = path.find('/').map_or("", |at| &path[at..]);
    let path = path.split(['?', '#']).next().unwrap_or("");
    if let Some(tenant) = hosted_site::tenant(&host, path) {
        return site_in(&format!("https://{}.nl", tenant?), text);
    }
    let parts: Vec<&str> = host.split('.').collect();
    let (sub, main) = match parts.as_slice() {
        [.., sub, main, _tld] => (Some(*sub), *main),
        [main, _tld] => (None, *main),
        _ => (None, parts[0]),
    };
    let glued: Vec<String> = [sub.map(|s| format!("{s}{main}")), Some(main.to_string())]
        .into_iter()
        .flatten()
        .map(|l| l.replace('-', ""))
        .collect();
    if let Some(spelled) = glued
        .iter()
        .find_map(|l| site_name::spelled_in(text, l).or_else(|| site_name::abbreviated_in(text, l)))
        .or_else(|| {
            glued
                .iter()
                .find_map(|l| site_name::name_before_province(text, l))
        })
        .or_else(|| {
            // the host's words in another order, its subdomain's too
            let mains: Vec<String> = main.split('-').map(str::to_string).collect();
            let with_sub: Vec<String> = sub
                .filter(|s| *s != "www")
                .into_iter()
                .map(str::to_string)
                .chain(mains.iter().cloned())
                .collect();
            site_name::reordered_in(text, &with_sub)
                .or_else(|| site_name::reordered_in(text, &mains))
        })
    {
        return Some(spelled);
    }
    // "fishbowlapp.com" of an app that calls itself "Fishbowl"
    if let Some(stem) = ["app", "hq", "online"]
        .iter()
        .find_map(|end| main.strip_suffix(end))
        .filter(|stem| stem.len() >= 4)
        && let Some(spelled) = site_name::spelled_in(text, stem)
    {
        return Some(spelled);
    }
    // "noordflex-inhuur.nl" of a site that calls itself "Noordflex"
    if let Some((lead, rest)) = main.split_once('-')
        && rest.split('-').all(|w| TRADE_WORDS.contains(&w))
        && let Some(spelled) = site_name::spelled_in(text, lead)
    {
        return Some(spelled);
    }
    let name = site_name::respelled(&site_name::words_of(main), text);
    if name.is_empty() {
        return None;
    }
    match sub
        .map(site_name::words_of)
        .filter(|s| s.starts_with("Werken "))
    {
        Some(prefix) => Some(format!("{prefix} {name}")),
        None => Some(name),
    }
}

/// A provisional title from the address: the last part of its path that
/// holds words ("…/externe-projectleider-mfa-valken-68/d4f9…" gives
/// "Externe projectleider mfa valken 68"); none for ids and numbers.
pub fn title_from_address(url: &str) -> Option<String> {
    if let Some(inner) = wrapped_address::decoded_inner(url) {
        return title_from_address(&inner);
    }
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let path = rest.split(['?', '#']).next()?;
    let segments: Vec<&str> = path.split('/').skip(1).collect();
    let segment = segments.into_iter().rev().find(|s| {
        let letters = s.chars().filter(|c| c.is_alphabetic()).count();
        letters >= 6 && !looks_like_id(s) && !only_site_words(s)
    })?;
    let words: Vec<String> = segment
        .split(['-', '_', '+'])
        .filter(|w| !w.is_empty())
        .map(|w| w.replace("%20", " "))
        .collect();
    let text = words.join(" ");
    let mut chars = text.chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}

/// Path words every site uses ("opdracht-listing", "job-details").
/// Words a site's address adds to its name ("noordflex-inhuur.nl").
const TRADE_WORDS: &[&str] = &[
    "inhuur",
    "interim",
    "opdrachten",
    "vacatures",
    "jobs",
    "werk",
    "platform",
    "portal",
    "nl",
];

fn only_site_words(s: &str) -> bool {
    const SITE_WORDS: &[&str] = &[
        "opdracht",
        "opdrachten",
        "listing",
        "job",
        "jobs",
        "details",
        "vacature",
        "vacatures",
        "project",
        "projects",
        "inhuuropdracht",
        "aanvragen",
        "aanvraag",
        "en",
        "nl",
        "detail",
    ];
    s.split(['-', '_'])
        .filter(|w| !w.is_empty())
        .all(|w| SITE_WORDS.contains(&w.to_lowercase().as_str()))
}

/// A UUID or another token of hex digits and dashes.
fn looks_like_id(s: &str) -> bool {
    s.chars().all(|c| c.is_ascii_hexdigit() || c == '-')
        && s.chars().filter(char::is_ascii_digit).count() >= 4
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_line_is_split_off() {
        let (url, rest) =
            split_source("# source: https://www.bijoranje.nl/job-details/Yn\nTitel\n");
        assert_eq!(
            url.as_deref(),
            Some("https://www.bijoranje.nl/job-details/Yn")
        );
        assert_eq!(rest, "Titel\n");
        let (url, rest) = split_source("Titel\nmeer");
        assert_eq!(url, None);
        assert_eq!(rest, "Titel\nmeer");
    }

    #[test]
    fn the_site_an_export_came_from() {
        assert_eq!(
            export_site("# source: lijst_2027-01-05.xlsx (Inhuurloket West, tabblad Open)\nx")
                .as_deref(),
            Some("Inhuurloket West")
        );
        assert_eq!(
            export_site("# source: sms-gesprek (Berichten, iPhone)\nx"),
            None
        );
        assert_eq!(export_site("# source: https://x.nl/a.csv\nx"), None);
    }

    #[test]
    fn sites_by_host() {
        assert_eq!(
            site("https://www.opdrachtoverheid.nl/inhuuropdracht/x").as_deref(),
            Some("Opdracht Overheid")
        );
        assert_eq!(
            site("https://gemeenteprojecten.talent-pool.com/projects/x").as_deref(),
            Some("Gemeenteprojecten")
        );
        assert_eq!(
            site("https://jobs.onbekend-bureau.nl/v/1").as_deref(),
            Some("Onbekend Bureau")
        );
        assert_eq!(
            site("https://werkenbij.vru.nl/v").as_deref(),
            Some("Werken bij VRU")
        );
        assert_eq!(
            site("https://www.werkenbijtilburg.nl/x").as_deref(),
            Some("Werken bij Tilburg")
        );
        assert_eq!(
            site("https://www.provincie-utrecht.nl/x").as_deref(),
            Some("Provincie Utrecht")
        );
        assert_eq!(
            site("https://ggdhaaglanden.nl/x").as_deref(),
            Some("GGD Haaglanden")
        );
        assert_eq!(
            site_in(
                "https://www.wurkjebyharns.frl/x",
                "Wurkje by Harns · Súdwest-Fryslân"
            )
            .as_deref(),
            Some("Wurkje by Harns")
        );
        assert_eq!(
            site_in(
                "https://wurkjebysudwest.frl/x",
                "Wurkje by ús gemeente Súdwest"
            )
            .as_deref(),
            Some("Wurkje by Súdwest")
        );
        assert_eq!(
            site("https://inhuurloket-regioassen.nl/x").as_deref(),
            Some("Inhuurloket Regio Assen")
        );
        assert_eq!(
            site_in(
                "https://interim.vos-bureau.nl/x",
                "Bureau Vos Interim › Opdrachten"
            )
            .as_deref(),
            Some("Bureau Vos Interim")
        );
        assert_eq!(
            site_in("https://www.drenthe.nl/x", "Provincie Drenthe logo Home").as_deref(),
            Some("Provincie Drenthe")
        );
    }

    #[test]
    fn titles_from_paths() {
        assert_eq!(
            title_from_address(
                "https://www.opdrachtoverheid.nl/inhuuropdracht/katwijk/externe-projectleider-mfa-valken-68/d4f93dd5-6404-41fd-99d0-434df542c2c4"
            )
            .as_deref(),
            Some("Externe projectleider mfa valken 68")
        );
        assert_eq!(
            title_from_address("https://www.carrierebrug.nl/opdracht-listing/26339").as_deref(),
            None
        );
    }
}
