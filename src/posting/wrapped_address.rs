//! An address that carries another: an archive's snapshot
//! ("archive.ph/2026.11.28-154210/https://veenpoort.nl/…"), a proxy or a
//! print, translate or reader service ("…/print?url=https%3A%2F%2Fsite.nl%2F…").
//! The posting is the inner page's, so the site and a provisional title are
//! read from the inner address; the outer one stays the posting's `url`.

use percent_encoding::percent_decode_str;

/// Where an address carried by `url` starts, or none.
fn carried(url: &str) -> Option<&str> {
    let after_scheme = url.find("://")? + 3;
    let rest = &url[after_scheme..];
    let lower = rest.to_ascii_lowercase();
    ["https://", "http://", "https%3a%2f%2f", "http%3a%2f%2f"]
        .iter()
        .filter_map(|p| lower.find(p))
        .min()
        .map(|at| &rest[at..])
}

/// A cache that names the page's host in its own: Google's AMP cache
/// ("www-site-nl.cdn.ampproject.org/c/s/www.site.nl/…") and its translate
/// proxy ("www-site-nl.translate.goog/path"), where a dash stands for a dot
/// and two dashes for a dash.
fn cached(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let host = host.to_ascii_lowercase();
    if host.ends_with(".cdn.ampproject.org") {
        let inner = path
            .strip_prefix("/c/s/")
            .or_else(|| path.strip_prefix("/c/"))?;
        return Some(format!("https://{inner}"));
    }
    let coded = host.strip_suffix(".translate.goog")?;
    let host = coded
        .replace("--", "\u{0}")
        .replace('-', ".")
        .replace('\u{0}', "-");
    let path = path.split(['?', '#']).next().unwrap_or("");
    Some(format!("https://{host}{path}"))
}

/// The inner address decoded where a query carried it encoded, up to its own
/// end (the next parameter of the outer address).
pub fn decoded_inner(url: &str) -> Option<String> {
    if let Some(inner) = cached(url) {
        return Some(inner);
    }
    let inner = carried(url)?;
    let encoded = !inner.starts_with("http://") && !inner.starts_with("https://");
    let inner = if encoded {
        inner.split('&').next().unwrap_or(inner)
    } else {
        inner
    };
    let decoded = percent_decode_str(inner).decode_utf8().ok()?;
    let decoded = decoded.trim();
    (decoded.len() > "https://x.nl".len() - 1).then(|| decoded.to_string())
}

/// Archives whose snapshot address carries no page address of its own.
const ARCHIVES: &[&str] = &[
    "ghostarchive.org",
    "archive.ph",
    "archive.today",
    "archive.is",
    "archive.org",
    "webcitation.org",
    "perma.cc",
];

/// The archived page's address as an archive's page states it ("Archived
/// from: https://www.maarwerk.nl/opdracht/…", "Original: …"), when `url`
/// is an archive's snapshot.
pub fn archived_from(url: &str, text: &str) -> Option<String> {
    let host = url
        .split_once("://")?
        .1
        .split('/')
        .next()?
        .to_ascii_lowercase();
    if !ARCHIVES
        .iter()
        .any(|a| host == *a || host.ends_with(&format!(".{a}")))
    {
        return None;
    }
    text.lines().take(40).find_map(|line| {
        let lower = line.to_ascii_lowercase();
        let at = [
            "archived from:",
            "archived from",
            "original:",
            "original url:",
            "saved from:",
            "gearchiveerd van:",
            "gearchiveerd van",
            "origineel:",
        ]
        .iter()
        .find_map(|label| lower.find(label).map(|at| at + label.len()))?;
        let rest = line[at..].trim_start();
        let address = rest.split_whitespace().next()?;
        address
            .starts_with("http")
            .then(|| address.trim_end_matches([',', ')', '.']).to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_archive_snapshot_carries_the_page_in_its_path() {
        assert_eq!(
            decoded_inner(
                "https://archive.ph/2026.11.28-154210/https://veenpoort.nl/opdrachten/7731-x"
            )
            .as_deref(),
            Some("https://veenpoort.nl/opdrachten/7731-x")
        );
    }

    #[test]
    fn a_proxy_carries_the_page_encoded_in_its_query() {
        assert_eq!(
            decoded_inner(
                "https://eu-browse.example.com/av/proxy?ep=6f3a&url=https%3A%2F%2Fopdrachtenlint.nl%2Fopdracht%2Flvc-114&x=1"
            )
            .as_deref(),
            Some("https://opdrachtenlint.nl/opdracht/lvc-114")
        );
    }

    #[test]
    fn a_cache_names_the_page_s_host_in_its_own() {
        assert_eq!(
            decoded_inner(
                "https://www-ketel-nl.cdn.ampproject.org/c/s/www.ketel.nl/amp/opdracht/8841"
            )
            .as_deref(),
            Some("https://www.ketel.nl/amp/opdracht/8841")
        );
        assert_eq!(
            decoded_inner("https://www-over--ijssel-nl.translate.goog/werken/x?_x_tr_sl=nl")
                .as_deref(),
            Some("https://www.over-ijssel.nl/werken/x")
        );
    }

    #[test]
    fn an_archive_page_states_the_page_it_holds() {
        let text = "ghostarchive.org  Search\nArchived from: https://www.maarwerk.nl/opdracht/nzv-1 on 29 Nov 2026\n";
        assert_eq!(
            archived_from("https://ghostarchive.org/archive/Kq7Rz", text).as_deref(),
            Some("https://www.maarwerk.nl/opdracht/nzv-1")
        );
        assert_eq!(archived_from("https://www.maarwerk.nl/x", text), None);
    }

    #[test]
    fn an_ordinary_address_carries_none() {
        assert_eq!(
            decoded_inner("https://www.flextender.nl/opdracht/123"),
            None
        );
    }
}
