//! The twelve provinces, with the spellings postings use. A posting's
//! region is one of the twelve names, so a filter by region finds every
//! posting of a province: Friesland also where the text writes "Fryslân"
//! (its Frisian name, which the province itself uses).

use super::normalize::fold;

/// Canonical province names.
pub const PROVINCES: [&str; 12] = [
    "Drenthe",
    "Flevoland",
    "Friesland",
    "Gelderland",
    "Groningen",
    "Limburg",
    "Noord-Brabant",
    "Noord-Holland",
    "Overijssel",
    "Utrecht",
    "Zeeland",
    "Zuid-Holland",
];

/// Other spellings (folded) and their province, English names too.
const ALIASES: &[(&str, &str)] = &[
    ("fryslan", "Fryslân"),
    ("frisia", "Friesland"),
    ("noord brabant", "Noord-Brabant"),
    ("brabant", "Noord-Brabant"),
    ("noord holland", "Noord-Holland"),
    ("zuid holland", "Zuid-Holland"),
    ("north holland", "Noord-Holland"),
    ("north-holland", "Noord-Holland"),
    ("south holland", "Zuid-Holland"),
    ("south-holland", "Zuid-Holland"),
    ("north brabant", "Noord-Brabant"),
    ("north-brabant", "Noord-Brabant"),
];

/// The province named in `text`, if any ("Regio Noord Holland" gives "Noord-Holland").
pub fn province_in(text: &str) -> Option<&'static str> {
    let f = fold(text);
    let hit = |name: &str| {
        f.match_indices(name).any(|(i, _)| {
            let before = f[..i].chars().next_back();
            let after = f[i + name.len()..].chars().next();
            before.is_none_or(|c| !c.is_alphanumeric() && c != '-')
                && after.is_none_or(|c| !c.is_alphanumeric() && c != '-')
        })
    };
    // longest names first so "noord-holland" wins over "holland"-like aliases
    PROVINCES
        .iter()
        .map(|p| (fold(p), *p))
        .chain(ALIASES.iter().map(|(a, p)| (a.to_string(), *p)))
        .filter(|(k, _)| hit(k))
        .max_by_key(|(k, _)| k.len())
        .map(|(_, p)| p)
}

/// The province `text` is the name of and nothing more, in any of its
/// spellings ("South Holland", "Noord Brabant", "Fryslân").
pub fn province_named(text: &str) -> Option<&'static str> {
    let squash = |t: &str| fold(t.trim()).replace(['-', ' '], "");
    let t = squash(text);
    PROVINCES
        .iter()
        .find(|p| squash(p) == t)
        .copied()
        .or_else(|| {
            ALIASES
                .iter()
                .find(|(a, _)| squash(a) == t)
                .map(|(_, p)| *p)
        })
}

/// The posting's region: a province in a region label, in the location, in
/// the header's strip, the province that is the client or that the text
/// names as its own, a place's province in brackets, a hashtag, else the
/// province of the municipality that hires or of the place of work, else a
/// region label's value as written.
pub fn of_posting(
    cands: &[super::labels::Candidate],
    strip_region: Option<&'static str>,
    organisation: Option<&str>,
    text: &str,
    flat: &str,
) -> Option<String> {
    let region = read_region(cands, strip_region, organisation, text, flat)?;
    // one name for each province, so a filter by region finds them all:
    // Friesland, however the text spells it
    Some(if region == "Fryslân" {
        "Friesland".to_string()
    } else {
        region
    })
}

fn read_region(
    cands: &[super::labels::Candidate],
    strip_region: Option<&'static str>,
    organisation: Option<&str>,
    text: &str,
    flat: &str,
) -> Option<String> {
    use super::labels::{Field, first};
    first(cands, Field::Region, |c| {
        super::header::region_province(&c.value)
    })
    .or_else(|| {
        first(cands, Field::Location, |c| {
            province_in(&c.value).map(str::to_string)
        })
    })
    .or_else(|| strip_region.map(str::to_string))
    .or_else(|| {
        organisation?
            .strip_prefix("Provincie ")
            .and_then(province_in)
            .map(str::to_string)
    })
    .or_else(|| {
        // "… de grootste gemeente van de provincie Fryslân"
        super::organisation::named_province_or_board(text)?
            .strip_prefix("Provincie ")
            .map(str::to_string)
    })
    .or_else(|| bracketed_province(flat).map(str::to_string))
    .or_else(|| hashtag_province(text).map(str::to_string))
    // a municipality that hires lies in its province
    .or_else(|| super::municipalities::province_of(organisation?).map(str::to_string))
    // or the place of work's ("Standplaats: Nijmegen")
    .or_else(|| {
        first(cands, Field::Location, |c| {
            let place = super::municipalities::municipality_at_start(c.value.trim())?;
            super::municipalities::province_of(place).map(str::to_string)
        })
    })
    // a body named for its part of a province ("Omgevingsdienst
    // Zuidoost-Brabant", "Veiligheidsregio Gelderland-Zuid")
    .or_else(|| province_of_body(organisation?).map(str::to_string))
    // the address in the letterhead ("Wilhelminaplein 1, 5611 HE Eindhoven")
    .or_else(|| letterhead_province(text).map(str::to_string))
    // a region that is no province ("Midden-Nederland (kavel 3)") as
    // written, where nothing names the province
    .or_else(|| first(cands, Field::Region, |c| super::header::region(&c.value)))
}

/// Words of a public body's name that place it in one province.
const PART_OF: &[(&str, &str)] = &[
    ("twente", "Overijssel"),
    ("ijsselland", "Overijssel"),
    ("achterhoek", "Gelderland"),
    ("veluwe", "Gelderland"),
    ("kennemerland", "Noord-Holland"),
    ("noorderkwartier", "Noord-Holland"),
    ("haaglanden", "Zuid-Holland"),
    ("rijnmond", "Zuid-Holland"),
    ("zeeuws", "Zeeland"),
    // water boards named for their waters, seated in one province
    ("scheldestromen", "Zeeland"),
    ("zuiderzeeland", "Flevoland"),
    ("noorderzijlvest", "Groningen"),
    ("delfland", "Zuid-Holland"),
    ("schieland", "Zuid-Holland"),
    ("stichtse", "Utrecht"),
    ("dommel", "Noord-Brabant"),
    ("vechtstromen", "Overijssel"),
];

/// The one province a public body's name places it in, where its words name
/// a province or a part of one, joined to a compass word or not
/// ("Zuidoost-Brabant", "Limburg-Noord", "Twente"); none where they name
/// two ("Drents Overijsselse Delta").
pub fn province_of_body(name: &str) -> Option<&'static str> {
    let f = fold(name);
    let mut found: Vec<&'static str> = f
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 3)
        .filter_map(|w| {
            province_named(w)
                .or_else(|| PART_OF.iter().find(|(p, _)| *p == w).map(|(_, p)| *p))
                .or_else(|| ALIASES.iter().find(|(a, _)| *a == w).map(|(_, p)| *p))
        })
        .collect();
    found.dedup();
    match found.as_slice() {
        [one] => Some(one),
        _ => None,
    }
}

/// The province of the place in the first postal address among the
/// posting's first lines ("5611 HE Eindhoven"): the client's letterhead.
fn letterhead_province(text: &str) -> Option<&'static str> {
    static POSTCODE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"\b\d{4}\s?[A-Z]{2}\s+(\p{Lu}[\p{L}'.-]*(?:[ -]\p{L}[\p{L}'.-]*){0,3})")
            .expect("static pattern")
    });
    text.lines().take(12).find_map(|line| {
        let place = POSTCODE.captures(line)?.get(1)?.as_str();
        let town = super::municipalities::municipality_at_start(place)?;
        super::municipalities::province_of(town)
    })
}

/// A client's name with its province after a dash, comma or bar
/// ("Gemeente Venlo - Limburg"): the name and the province.
pub fn split_province(organisation: &str) -> Option<(String, &'static str)> {
    [" - ", " – ", " — ", ", ", " | "].iter().find_map(|sep| {
        let (name, tail) = organisation.rsplit_once(sep)?;
        let tail = tail.trim();
        let province = province_named(tail)?;
        (!name.trim().is_empty()).then(|| (name.trim().to_string(), province))
    })
}

/// A place and its province in brackets in a sentence ("… the Municipality
/// of Haarlemmermeer (Hoofddorp, Noord-Holland)"), or a name with its
/// province alone in brackets ("Gemeente Emmen (Drenthe)", "Veiligheidsregio
/// Twente (Overijssel)"), the province said as one ("(Breda, provincie
/// Noord-Brabant)").
pub fn bracketed_province(text: &str) -> Option<&'static str> {
    static PLACE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"\((\p{Lu}[^(),\n]{1,40}), (?:(?i:provincie|prov\.|province(?: of)?) )?([^(),\n]{4,20})\)").expect("static pattern")
    });
    static NAME: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"\p{Lu}[\p{L}'’-]+ \((?:(?i:provincie|province(?: of)?) )?([\p{L}-]{4,20})\)",
        )
        .expect("static pattern")
    });
    PLACE
        .captures_iter(text)
        .find_map(|c| province_named(c.get(2)?.as_str()))
        .or_else(|| {
            NAME.captures_iter(text)
                .find_map(|c| province_named(c.get(1)?.as_str()))
        })
}

/// A province among a line of hashtags ("#GGD #JGZ #Gelderland #interim"),
/// as a channel or social post tags it.
pub fn hashtag_province(text: &str) -> Option<&'static str> {
    text.lines()
        .filter(|l| {
            let words: Vec<&str> = l.split_whitespace().collect();
            words.len() >= 2 && words.iter().all(|w| w.starts_with('#'))
        })
        .flat_map(str::split_whitespace)
        .find_map(|tag| province_named(tag.trim_start_matches('#')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_named_for_part_of_a_province() {
        assert_eq!(
            province_of_body("Omgevingsdienst Zuidoost-Brabant"),
            Some("Noord-Brabant")
        );
        assert_eq!(
            province_of_body("Veiligheidsregio Gelderland-Zuid"),
            Some("Gelderland")
        );
        assert_eq!(province_of_body("Regio Twente"), Some("Overijssel"));
        assert_eq!(
            province_of_body("Waterschap Drents Overijsselse Delta"),
            None
        );
        assert_eq!(
            province_of_body("Omgevingsdienst Midden- en West-Brabant"),
            Some("Noord-Brabant")
        );
        assert_eq!(province_of_body("Hoogheemraadschap van Rijnland"), None);
    }

    #[test]
    fn the_letterhead_address_places_the_client() {
        let text = "INHUURVERZOEK 88\nOmgevingsdienst\nWilhelminaplein 1, 5611 HE Eindhoven\n";
        assert_eq!(letterhead_province(text), Some("Noord-Brabant"));
        assert_eq!(letterhead_province("Postbus 1, 1000 AA\n"), None);
    }

    #[test]
    fn a_place_and_its_province_in_brackets() {
        assert_eq!(
            bracketed_province("for the Municipality of Ede (Bennekom, Gelderland). Quick"),
            Some("Gelderland")
        );
        assert_eq!(bracketed_province("(Ede, Wageningen)"), None);
        assert_eq!(
            bracketed_province("Opdrachtgever: Gemeente Assen (Drenthe)\n"),
            Some("Drenthe")
        );
        assert_eq!(bracketed_province("de Wet (Omgevingswet) en"), None);
        assert_eq!(
            bracketed_province(
                "Waterschap Brabantse Delta (Breda, provincie Noord-Brabant) nodigt"
            ),
            Some("Noord-Brabant")
        );
        assert_eq!(
            bracketed_province("Gemeente Súdwest-Fryslân (provincie Friesland)"),
            Some("Friesland")
        );
    }

    #[test]
    fn a_province_among_hashtags() {
        assert_eq!(
            hashtag_province("Reageer via de link.\n\n#inhuur #NoordBrabant #wmo\n"),
            Some("Noord-Brabant")
        );
        assert_eq!(hashtag_province("Kom werken in #Limburg, zie site"), None);
    }

    #[test]
    fn a_client_with_its_province() {
        assert_eq!(
            split_province("Gemeente Weert - Limburg"),
            Some(("Gemeente Weert".to_string(), "Limburg"))
        );
        assert_eq!(
            split_province("Heusden, Noord Brabant"),
            Some(("Heusden".to_string(), "Noord-Brabant"))
        );
        assert_eq!(split_province("Gemeente Utrecht"), None);
        assert_eq!(split_province("Dienst Wonen - Beheer"), None);
    }

    #[test]
    fn provinces() {
        assert_eq!(province_in("Noord-Holland"), Some("Noord-Holland"));
        assert_eq!(province_in("regio noord holland"), Some("Noord-Holland"));
        // Friesland as the text spells it
        assert_eq!(province_in("Fryslân"), Some("Fryslân"));
        assert_eq!(province_in("Friesland"), Some("Friesland"));
        assert_eq!(
            province_in("Amstelveen, North Holland, Netherlands"),
            Some("Noord-Holland")
        );
        assert_eq!(province_in("South Holland"), Some("Zuid-Holland"));
        assert_eq!(province_in("Utrechtseweg"), None);
        assert_eq!(province_in("Gooi en Vechtstreek"), None);
        assert_eq!(province_named("North Brabant"), Some("Noord-Brabant"));
        assert_eq!(province_named("Zeeland"), Some("Zeeland"));
        assert_eq!(province_named("Zeeland en Brabant"), None);
    }
}
