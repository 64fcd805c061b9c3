//! Public bodies other than municipalities and provinces: named by their
//! kind and place ("Veiligheidsregio Utrecht", "Omgevingsdienst Midden- en
//! West-Brabant", "Wetterskip Fryslân"), bodies of municipalities together
//! ("Werkorganisatie BUCH", "Servicecentrum Drechtsteden", "Dienst
//! Dommelvallei", a gemeenschappelijke regeling), or known by one name
//! ("Kadaster"). They keep their full name.

use super::normalize::fold;
use super::organisation::NOT_A_NAME;
use regex::Regex;
use std::sync::LazyLock;

/// Public bodies other than municipalities and provinces, named by their
/// kind and place ("Veiligheidsregio Utrecht", "Hoogheemraadschap van
/// Rijnland", "Omgevingsdienst Midden- en West-Brabant", "GGD Haaglanden",
/// "DCMR Milieudienst Rijnmond" with its acronym).
static BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)((?:[A-Z]{2,6}[ \t]+)?(?:Hoogheemraadschap(?:[ \t]+van(?:[ \t]+de)?)?|Waterschap|Wetterskip|Veiligheidsregio|Omgevingsdienst|Regionale Uitvoeringsdienst|GGD|Ministerie[ \t]+van|Vervoerregio|Metropoolregio|Belastingsamenwerking|Werkorganisatie|Servicecentrum|Gemeenschappelijke [Rr]egeling|Uitvoeringsorganisatie|Samenwerkingsorganisatie|Milieudienst|Dienst))[ \t]+((?:regio[ \t]+)?(?:\p{Lu}|IJ)[\w'’-]*(?: {1,2}(?:en |van |de )?(?:\p{Lu}|IJ)[\w'’-]*){0,3})")
        .expect("static pattern")
});

/// Bodies known by one name.
const SINGLE_NAME_BODIES: &[&str] = &[
    "Rijkswaterstaat",
    "Kadaster",
    "UWV",
    "Belastingdienst",
    "Rijksvastgoedbedrijf",
    "DUO",
    "CJIB",
    "RVO",
    "ProRail",
    "Staatsbosbeheer",
    "COA",
    "IND",
    "Nationale Politie",
    "RIVM",
    "Dienst Justitiële Inrichtingen",
    "Logius",
    "SVB",
];

/// Every body named in the text, with where.
pub fn mentions(text: &str) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = BODY
        .captures_iter(text)
        .filter_map(|c| {
            let kind = c.get(1)?;
            let name = c.get(2)?;
            let words: Vec<&str> = name
                .as_str()
                .split_whitespace()
                .enumerate()
                // "Omgevingsdienst regio Utrecht", "… Regio Zwolle": "regio"
                // opens the name
                .take_while(|(i, w)| {
                    (*i == 0 && w.eq_ignore_ascii_case("regio"))
                        || !NOT_A_NAME.contains(&fold(w).as_str())
                })
                .map(|(_, w)| w)
                .collect();
            let kind = kind
                .as_str()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            Some((
                format!("{kind} {}", words.join(" ")).trim().to_string(),
                kind.len(),
            ))
            .map(|(n, _)| (n, c.get(0).map_or(0, |m| m.start())))
        })
        .collect();
    for body in SINGLE_NAME_BODIES {
        for (pos, _) in text.match_indices(body) {
            let before = text[..pos].chars().next_back();
            let after = text[pos + body.len()..].chars().next();
            if before.is_none_or(|c| !c.is_alphanumeric())
                && after.is_none_or(|c| !c.is_alphanumeric())
            {
                out.push((body.to_string(), pos));
            }
        }
    }
    out
}

/// Words that open a part of an organisation, not the organisation itself.
const UNIT_WORDS: &[&str] = &[
    "team",
    "afdeling",
    "cluster",
    "sector",
    "directie",
    "domein",
    "unit",
    "department",
];

/// An organisation without the team or department written after it
/// ("Gemeente Nijmegen - Team Informatiemanagement", "Omgevingsdienst
/// IJmond, afdeling Vergunningverlening").
pub(super) fn without_unit(v: &str) -> &str {
    let cut = [" - ", " – ", " — ", " | ", " · ", ", "]
        .iter()
        .find_map(|sep| {
            let (head, tail) = v.split_once(sep)?;
            let first = super::normalize::fold(tail.split_whitespace().next()?);
            UNIT_WORDS.contains(&first.as_str()).then_some(head.trim())
        });
    match cut {
        // a unit within a unit ("HLTsamen, cluster Omgeving – afdeling VTH")
        Some(head) if head.len() < v.len() => without_unit(head),
        _ => v,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_team_after_the_organisation_is_not_it() {
        assert_eq!(
            without_unit("Gemeente Nieuwplaats - Team Burgerzaken"),
            "Gemeente Nieuwplaats"
        );
        assert_eq!(
            without_unit("Omgevingsdienst Zuid | Afdeling Toezicht"),
            "Omgevingsdienst Zuid"
        );
        assert_eq!(
            without_unit("Veiligheidsregio Kennemerland, sector Risicobeheersing"),
            "Veiligheidsregio Kennemerland"
        );
        assert_eq!(
            without_unit("HLTsamen, cluster Omgeving – afdeling Vergunningen"),
            "HLTsamen"
        );
        assert_eq!(
            without_unit("Gemeente Nieuwplaats - Oost"),
            "Gemeente Nieuwplaats - Oost"
        );
    }

    #[test]
    fn bodies_keep_their_full_name() {
        for body in [
            "Werkorganisatie BUCH",
            "Servicecentrum Drechtsteden",
            "Dienst Dommelvallei",
            "Wetterskip Fryslân",
            "Veiligheidsregio Brabant-Noord",
            "Kadaster",
            // an acronym before the kind is part of the name
            "DCMR Milieudienst Rijnmond",
        ] {
            let found = mentions(&format!("{body} zoekt een adviseur"));
            assert_eq!(found.first().map(|m| m.0.as_str()), Some(body));
        }
    }

    #[test]
    fn a_capital_regio_opens_the_name() {
        let m = mentions("Namens de Omgevingsdienst Regio Deventer, team Bodem, zoeken wij");
        assert_eq!(m[0].0, "Omgevingsdienst Regio Deventer");
    }
}
