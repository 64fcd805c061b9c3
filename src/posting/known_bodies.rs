//! The regional public bodies of the Netherlands whose names a pattern
//! cannot tell the end of: the 21 water boards, the 25 GGD regions, the 25
//! veiligheidsregio's and the omgevingsdiensten, as they name themselves
//! ("Hoogheemraadschap van Schieland en de Krimpenerwaard", "GGD Hart voor
//! Brabant", "Omgevingsdienst Flevoland & Gooi en Vechtstreek", "Waterschap
//! Drents Overijsselse Delta"). A name found in the text is taken whole, as
//! the text spaces it; a name a pattern reads is cut where the words stop
//! looking like one.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::sync::LazyLock;

/// The bodies' names; a hyphen in a name also matches a space.
const NAMES: &[&str] = &[
    // water boards
    "Wetterskip Fryslân",
    "Waterschap Noorderzijlvest",
    "Waterschap Hunze en Aa's",
    "Waterschap Drents Overijsselse Delta",
    "Waterschap Vechtstromen",
    "Waterschap Zuiderzeeland",
    "Waterschap Vallei en Veluwe",
    "Waterschap Rijn en IJssel",
    "Waterschap Rivierenland",
    "Hoogheemraadschap De Stichtse Rijnlanden",
    "Waterschap Amstel, Gooi en Vecht",
    "Hoogheemraadschap Hollands Noorderkwartier",
    "Hoogheemraadschap van Rijnland",
    "Hoogheemraadschap van Delfland",
    "Hoogheemraadschap van Schieland en de Krimpenerwaard",
    "Waterschap Hollandse Delta",
    "Waterschap Scheldestromen",
    "Waterschap Brabantse Delta",
    "Waterschap De Dommel",
    "Waterschap Aa en Maas",
    "Waterschap Limburg",
    // GGD regions
    "GGD Noord- en Oost-Gelderland",
    "GGD Gelderland-Zuid",
    "GGD Gelderland-Midden",
    "GGD regio Utrecht",
    "GGD Gooi en Vechtstreek",
    "GGD Zaanstreek-Waterland",
    "GGD Hollands Noorden",
    "GGD Hollands Midden",
    "GGD Rotterdam-Rijnmond",
    "GGD Zuid-Holland Zuid",
    "GGD West-Brabant",
    "GGD Hart voor Brabant",
    "GGD Brabant-Zuidoost",
    "GGD Limburg-Noord",
    "GGD Zuid-Limburg",
    "Dienst Gezondheid & Jeugd Zuid-Holland Zuid",
    "Veiligheids- en Gezondheidsregio Gelderland-Midden",
    // veiligheidsregio's
    "Veiligheidsregio Noord- en Oost-Gelderland",
    "Veiligheidsregio Gelderland-Midden",
    "Veiligheidsregio Gelderland-Zuid",
    "Veiligheidsregio Noord-Holland Noord",
    "Veiligheidsregio Zaanstreek-Waterland",
    "Veiligheidsregio Amsterdam-Amstelland",
    "Veiligheidsregio Gooi en Vechtstreek",
    "Veiligheidsregio Hollands Midden",
    "Veiligheidsregio Rotterdam-Rijnmond",
    "Veiligheidsregio Zuid-Holland Zuid",
    "Veiligheidsregio Midden- en West-Brabant",
    "Veiligheidsregio Brabant-Noord",
    "Veiligheidsregio Brabant-Zuidoost",
    "Veiligheidsregio Limburg-Noord",
    "Veiligheidsregio Zuid-Limburg",
    // omgevingsdiensten
    "Fryske Utfieringstsjinst Miljeu en Omjouwing",
    "Omgevingsdienst Flevoland & Gooi en Vechtstreek",
    "Omgevingsdienst Noord-Holland Noord",
    "Omgevingsdienst Noordzeekanaalgebied",
    "Omgevingsdienst West-Holland",
    "Omgevingsdienst Midden-Holland",
    "Omgevingsdienst Zuid-Holland Zuid",
    "Omgevingsdienst Midden- en West-Brabant",
    "Omgevingsdienst Brabant Noord",
    "Omgevingsdienst Zuidoost-Brabant",
    "Omgevingsdienst Veluwe IJssel",
    "Omgevingsdienst de Vallei",
    "Omgevingsdienst Regio Arnhem",
    "Omgevingsdienst Regio Nijmegen",
    "Omgevingsdienst regio Utrecht",
    "Regionale Uitvoeringsdienst Limburg-Noord",
    "Regionale Uitvoeringsdienst Zuid-Limburg",
    "DCMR Milieudienst Rijnmond",
];

/// One automaton over every name and its spelling with spaces for hyphens,
/// the longest name found at a place, ASCII case ignored.
static AUTOMATON: LazyLock<(AhoCorasick, Vec<String>)> = LazyLock::new(|| {
    let mut patterns: Vec<String> = Vec::new();
    for name in NAMES {
        patterns.push((*name).to_string());
        // "Noord- en Oost-Gelderland" keeps the hyphen before "en"
        let spaced = name
            .replace("- ", "\u{0}")
            .replace('-', " ")
            .replace('\u{0}', "- ");
        if spaced != *name {
            patterns.push(spaced);
        }
    }
    let automaton = AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(&patterns)
        .expect("static patterns");
    (automaton, patterns)
});

/// Every known body named in the text, with where: in its own capitals,
/// with a hyphen or a space as the text has it. A name must stand as whole
/// words ("Waterschap Limburgse …" is not "Waterschap Limburg").
pub fn mentions(text: &str) -> Vec<(String, usize)> {
    let (automaton, patterns) = &*AUTOMATON;
    automaton
        .find_iter(text)
        .filter(|m| {
            let before = text[..m.start()].chars().next_back();
            let after = text[m.end()..].chars().next();
            before.is_none_or(|c| !c.is_alphanumeric())
                && after.is_none_or(|c| !c.is_alphanumeric())
        })
        .map(|m| (patterns[m.pattern().as_usize()].clone(), m.start()))
        .collect()
}

/// The known body a value opens with.
pub fn at_start(value: &str) -> Option<String> {
    mentions(value)
        .into_iter()
        .find(|(_, pos)| *pos == 0)
        .map(|(name, _)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_whole_as_written() {
        let m = mentions("Het Hoogheemraadschap van Schieland en de Krimpenerwaard zoekt");
        assert_eq!(
            m[0].0,
            "Hoogheemraadschap van Schieland en de Krimpenerwaard"
        );
        assert_eq!(
            at_start("GGD Zuid Limburg, afdeling Jeugd").as_deref(),
            Some("GGD Zuid Limburg")
        );
        assert_eq!(
            at_start("Omgevingsdienst Flevoland & Gooi en Vechtstreek (OFGV)").as_deref(),
            Some("Omgevingsdienst Flevoland & Gooi en Vechtstreek")
        );
        assert_eq!(
            at_start("waterschap drents overijsselse delta").as_deref(),
            Some("Waterschap Drents Overijsselse Delta")
        );
        assert!(mentions("Waterschap Limburgse Maas").is_empty());
        assert!(at_start("De GGD Hart voor Brabant").is_none());
    }
}
