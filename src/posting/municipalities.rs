//! The Dutch municipalities (`data/gemeenten.txt`) and their provinces:
//! where a municipality's name ends in copied text, and which province a
//! municipality that hires lies in (the posting's region where the text
//! names none; Fryslân by its own name, as a Dutch reader writes it).

use std::sync::LazyLock;

/// Each municipality as it names itself, with its province ("Bergen" is
/// two municipalities, in two provinces: none).
static MUNICIPALITIES: LazyLock<Vec<(&'static str, Option<&'static str>)>> = LazyLock::new(|| {
    include_str!("../../data/gemeenten.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once('\t') {
            Some((name, province)) => (name.trim(), Some(province.trim())),
            None => (l, None),
        })
        .collect()
});

/// Whether the text is a known municipality's name and nothing more.
pub fn is_municipality(text: &str) -> bool {
    let t = text.trim();
    municipality_at_start(t).is_some_and(|m| m.len() == t.len())
}

/// The known municipality a text starts with (longest match, whole words).
pub fn municipality_at_start(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    MUNICIPALITIES
        .iter()
        .map(|(m, _)| *m)
        .filter(|m| {
            let ml = m.to_lowercase();
            lower.starts_with(&ml)
                && lower[ml.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric() && c != '-')
        })
        .max_by_key(|m| m.len())
}

/// The province of a municipality named exactly ("Apeldoorn" gives
/// "Gelderland"; "Bergen" none: there are two).
pub fn province_of(name: &str) -> Option<&'static str> {
    let t = name.trim();
    MUNICIPALITIES
        .iter()
        .find(|(m, _)| m.eq_ignore_ascii_case(t) || *m == t)
        .and_then(|(_, p)| *p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_provinces() {
        assert_eq!(province_of("Apeldoorn"), Some("Gelderland"));
        assert_eq!(province_of("Súdwest-Fryslân"), Some("Fryslân"));
        assert_eq!(province_of("Bergen"), None);
        assert_eq!(province_of("Nergenshuizen"), None);
        assert_eq!(
            municipality_at_start("Leidschendam-Voorburg Leidschendam Interim"),
            Some("Leidschendam-Voorburg")
        );
        assert!(is_municipality("Alphen aan den Rijn"));
        assert!(!is_municipality("Alphen aan den Rijn Interim"));
    }

    #[test]
    fn every_municipality_has_a_province_but_bergen() {
        // Fryslân by its own name, the others as the province list spells them
        let named = |p: &str| {
            super::super::regions::PROVINCES.contains(&p)
                || super::super::regions::province_named(p) == Some("Fryslân")
        };
        for (name, province) in MUNICIPALITIES.iter() {
            match province {
                Some(p) => assert!(named(p), "{name}: {p}"),
                None => assert_eq!(*name, "Bergen"),
            }
        }
        assert!(MUNICIPALITIES.len() >= 340);
    }
}
