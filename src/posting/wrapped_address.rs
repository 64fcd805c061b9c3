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

/// The inner address decoded where a query carried it encoded, up to its own
/// end (the next parameter of the outer address).
pub fn decoded_inner(url: &str) -> Option<String> {
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
    fn an_ordinary_address_carries_none() {
        assert_eq!(
            decoded_inner("https://www.flextender.nl/opdracht/123"),
            None
        );
    }
}
