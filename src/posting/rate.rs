//! The maximum hourly rate as a header or strip states it: "100", "€140 per
//! uur", "€95 - €105 per uur", "Max 115 p/u", and the explicit "Geen
//! maximum", which is not the same as saying nothing.

use super::header::is_none_value;
use super::money::{Money, parse_amount_prefix};
use super::normalize::fold;
use regex::Regex;
use std::sync::LazyLock;

/// What a rate value says about the maximum hourly rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RateValue {
    /// The highest rate a bid may have.
    Max(Money),
    /// The posting says there is no maximum ("Geen maximum").
    NoMaximum,
}

/// A rate's label says it is left to agreement ("n.o.t.k.", "in overleg",
/// "marktconform"): the posting states no maximum of its own, so no amount
/// elsewhere (a related posting's "€ 96,- p/u") stands in for one.
pub fn withheld(v: &str) -> bool {
    let f = fold(v).replace(['.', ' '], "");
    [
        "notk",
        "inoverleg",
        "marktconform",
        "nadertebepalen",
        "nogtebepalen",
        "nvt",
        "ntb",
    ]
    .iter()
    .any(|w| f.starts_with(w))
}

/// A rate value: "100", "€140 per uur", "€95 - €105 per uur" (the top of
/// the range), "max €100 per uur", "Max 115 p/u", "Geen maximum", "geen max
/// tarief". Monthly salaries ("1938 - 3063", "per maand") and amounts
/// outside 35..=400 euros an hour are no hourly rate (below 35, a temp's
/// wage: "€ 20,65 - € 29,04 per uur").
pub fn rate(v: &str) -> Option<RateValue> {
    let f = fold(v);
    if f.starts_with("geen max") || f.contains("no maximum") || f.starts_with("onbeperkt") {
        return Some(RateValue::NoMaximum);
    }
    // "Uurtarief – 30 punten": a criterion's weight, not a rate
    if is_none_value(v)
        || f.contains("maand")
        || f.contains("month")
        || f.contains("jaar")
        || f.contains("punt")
        || f.contains("points")
        // a wage an agency pays its temp ("€ 31,20 - € 39,80 bruto per
        // uur", "uurloon"), not the rate a bid may ask
        || f.contains("bruto")
        || f.contains("uurloon")
        || f.contains("gross")
    {
        return None;
    }
    // "€ 125,- per uur exclusief btw. Inschrijvingen boven …": the first sentence
    let v = match v
        .match_indices(". ")
        .find(|(i, _)| v[i + 2..].starts_with(|c: char| c.is_uppercase()))
    {
        Some((i, _)) => &v[..i],
        None => v,
    };
    // "(schaal 10 resp. schaal 11)": a remark in brackets without an amount
    // ("tot € 75 (9)", a filter's count, stays and is no rate)
    let unbracketed = BRACKETED.replace_all(v, "");
    let v = unbracketed.trim();
    if v.chars().count() > 60 {
        return None;
    }
    let mut best: Option<Money> = None;
    let mut i = 0;
    while i < v.len() {
        let rest = &v[i..];
        let starts_number = rest.starts_with(|c: char| c.is_ascii_digit())
            && !v[..i].ends_with(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
        if starts_number && let Some((m, used)) = parse_amount_prefix(rest) {
            if !(3500..=40000).contains(&m.0) {
                return None;
            }
            best = Some(best.map_or(m, |b: Money| b.max(m)));
            i += used.max(1);
            continue;
        }
        i += rest.chars().next().map_or(1, char::len_utf8);
    }
    best.map(RateValue::Max)
}

static BRACKETED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\([^()€]*\p{L}[^()€]*\)").expect("static pattern"));

static PROSE_MAX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:het )?(?:maximale|maximaal|maximum|max\.?|plafond)[ -]?(?:uur)?tarief(?:\s+(?:bedraagt|is|van|ligt op)|\s+(?:dat|die)\s[^.;€\d]{0,50}?\s(?:is|bedraagt)|\s+van\s+(?:de|het)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:is|bedraagt))?\s*:?\s*(?:€|eur)?\s*(\d{2,3}(?:[.,]\d{1,2}|,-)?)|(?-u:\b)(?:uur)?tarief van (?:maximaal|max\.?|ten hoogste) (?:€|eur)?\s*(\d{2,3}(?:[.,]\d{1,2}|,-)?)|(?-u:\b)(?:max(?:imaal)?\.?|tot|up to) (?:€|eur)\s*(\d{2,3}(?:[.,]\d{1,2}|,-)?)\s*(?:per uur|p/u|/uur|/u(?-u:\b)|per hour|/hr(?-u:\b)|/hour|an hour)|(?-u:\b)(?:max(?:imaal)?\.?|tot) (\d{2,3}(?:[.,]\d{1,2})?) (?:euro|eur) ?(?:per uur|p/u|/uur|per hour)|(?-u:\b)(?:uur)?tarief[^.;]{0,30}? (?:niet hoger (?:zijn |liggen )?dan|ten hoogste|hoogstens) (?:€|eur)\s*(\d{2,3}(?:[.,]\d{1,2}|,-)?)|(?-u:\b)niet (?:boven|hoger dan|meer dan|over) (?:de |het )?(?:€|eur)\s*(\d{2,3}(?:[.,]\d{1,2}|,-)?)\s*(?:per uur|p/u|/uur)|(?-u:\b)(?:maximum|max\.?|highest) (?:hourly )?rate (?:is|of|will be|we pay is)\s*(?:€|eur)?\s*(\d{2,3}(?:[.,]\d{1,2})?)\s*(?:€|euros?|eur)?(?:\s*(?:per hour|an hour|/hr|/hour)|[,.;]|\s+excl)")
        .expect("static pattern")
});

/// A maximum rate stated in a sentence ("Het maximale uurtarief bedraagt €
/// 100,-", "tarief van maximaal € 95", "max. € 110 per uur", "max 95 euro
/// p/u", "tot 92 euro/uur"), or that
/// there is none ("Er geldt geen maximumtarief").
pub fn in_prose(flat: &str) -> Option<RateValue> {
    let f = fold(flat);
    if [
        "geen maximumtarief",
        "geen maximum tarief",
        "geen maximaal uurtarief",
        "geen maximum uurtarief",
        "no maximum rate",
    ]
    .iter()
    .any(|p| f.contains(p))
    {
        return Some(RateValue::NoMaximum);
    }
    PROSE_MAX.captures_iter(flat).find_map(|c| {
        let amount = c
            .get(1)
            .or(c.get(2))
            .or(c.get(3))
            .or(c.get(4))
            .or(c.get(5))
            .or(c.get(6))
            .or(c.get(7))?;
        let (m, _) = parse_amount_prefix(amount.as_str())?;
        (3500..=40000).contains(&m.0).then_some(RateValue::Max(m))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rate_left_to_agreement_is_withheld() {
        for v in [
            "n.o.t.k.",
            "N.O.T.K",
            "In overleg",
            "marktconform",
            "n.t.b.",
        ] {
            assert!(withheld(v), "{v}");
        }
        for v in ["€ 95,-", "max 100 p/u", "Geen maximum"] {
            assert!(!withheld(v), "{v}");
        }
    }

    #[test]
    fn a_rate_in_euros_per_hour_in_prose() {
        assert_eq!(
            in_prose(
                "Voor deze inhuuropdracht geldt een maximumtarief van max. 110 euro/uur exclusief btw."
            ),
            Some(RateValue::Max(Money(11000)))
        );
        assert_eq!(
            in_prose("Budget tot 92 euro/uur (excl. btw) Locatie Oss"),
            Some(RateValue::Max(Money(9200)))
        );
    }

    #[test]
    fn a_wage_is_no_rate() {
        assert_eq!(rate("€ 31,20 - € 39,80 bruto per uur"), None);
        assert_eq!(rate("uurloon € 35"), None);
        assert_eq!(rate("€ 20,65 - € 29,04 per uur"), None);
    }

    #[test]
    fn rates() {
        let max = |e: i64| Some(RateValue::Max(Money(e * 100)));
        assert_eq!(rate("100"), max(100));
        assert_eq!(rate("€95 - €105 per uur"), max(105));
        assert_eq!(rate("max €100 per uur"), max(100));
        assert_eq!(rate("Max 115 p/u"), max(115));
        assert_eq!(rate("€ 92,50 per uur"), Some(RateValue::Max(Money(9250))));
        assert_eq!(rate("Geen maximum"), Some(RateValue::NoMaximum));
        assert_eq!(rate("geen max tarief"), Some(RateValue::NoMaximum));
        assert_eq!(rate("1938 - 3063"), None);
        assert_eq!(rate("Unknown"), None);
        assert_eq!(rate("€ 4.500 per maand"), None);
        assert_eq!(
            rate("€ 80,00 – € 96,00 excl. btw (schaal 10 resp. schaal 11)"),
            max(96)
        );
        assert_eq!(
            rate("€ 125,- per uur exclusief btw. Inschrijvingen boven het plafond"),
            max(125)
        );
        assert_eq!(
            in_prose(
                "Het maximale uurtarief dat wij voor deze opdracht hanteren is € 84,50 exclusief btw."
            ),
            Some(RateValue::Max(Money(8450)))
        );
        assert_eq!(
            in_prose("Het maximale uurtarief bedraagt € 100,- exclusief btw."),
            max(100)
        );
        assert_eq!(
            in_prose("en het maximaal uurtarief bedraagt € 97,50 excl"),
            Some(RateValue::Max(Money(9750)))
        );
        assert_eq!(
            in_prose("Het maximumtarief van de gemeente is € 78,50 per uur excl. btw."),
            Some(RateValue::Max(Money(7850)))
        );
        assert_eq!(
            in_prose("The maximum rate is 98 euros per hour, excluding VAT."),
            max(98)
        );
        assert_eq!(
            in_prose("Rate up to €102/hr (excl. VAT)"),
            Some(RateValue::Max(Money(10200)))
        );
        assert_eq!(
            in_prose("Er geldt geen maximumtarief; prijs weegt mee"),
            Some(RateValue::NoMaximum)
        );
        assert_eq!(in_prose("een tarief van maximaal € 95 per uur"), max(95));
        assert_eq!(
            in_prose("we willen niet boven de € 68 per uur exclusief btw uitkomen"),
            max(68)
        );
        assert_eq!(
            in_prose("Het uurtarief mag niet hoger zijn dan € 99 exclusief btw."),
            max(99)
        );
        assert_eq!(
            in_prose("• Een uurtarief van maximaal € 84,- exclusief btw"),
            max(84)
        );
        assert_eq!(in_prose("24 uur p/w, max 88 euro p/u. Interesse?"), max(88));
        assert_eq!(in_prose("Wij betalen 4.000 per maand"), None);
        assert_eq!(rate("max. 95 euro per uur (excl. btw)"), max(95));
        assert_eq!(
            rate("€112.50 per hour (excl. VAT)"),
            Some(RateValue::Max(Money(11250)))
        );
    }
}
