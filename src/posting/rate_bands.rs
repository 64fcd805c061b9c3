//! A price criterion's hourly-rate bands: "Uurtarief tussen €120,- en
//! €125,-; (5 punten)" as a bullet under it, or all on the criterion's own
//! line ("Tarief (20 punten): lager dan € 100: 20 punten; € 100 – € 110: 10
//! punten").

use super::criteria_points::points_of;
use super::model::RateBand;
use super::money::find_euro_amounts;
use super::normalize::fold;

/// A price criterion with its bands on its own line ("Tarief (20 punten):
/// lager dan € 100: 20 punten; € 100 – € 110: 10 punten"): the criterion
/// and its bands, where each part after it is a band.
pub(super) fn inline_bands(text: &str) -> Option<(&str, Vec<RateBand>)> {
    let (head, rest) = text.split_once("):")?;
    let head = &text[..head.len() + 1];
    let bands: Vec<RateBand> = rest
        .split(';')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|part| rate_band(&format!("tarief {part}")))
        .collect::<Option<_>>()?;
    (bands.len() >= 2 && points_of(head).is_some()).then_some((head, bands))
}

/// The line's text and bands: split where it holds its bands (see
/// [`inline_bands`]), else the text whole.
pub(super) fn with_bands(text: &str) -> (String, Vec<RateBand>) {
    match inline_bands(text) {
        Some((head, bands)) => (head.to_string(), bands),
        None => (text.to_string(), Vec::new()),
    }
}

/// A bullet that scores the hourly rate: "Uurtarief tussen €120,- en €125,-; (5 punten)".
pub fn rate_band(text: &str) -> Option<RateBand> {
    let points = points_of(text)?;
    let lower = fold(text);
    if !lower.contains("tarief") && !text.contains('€') {
        return None;
    }
    let amounts = find_euro_amounts(text);
    let mut band = RateBand {
        above: None,
        below: None,
        from: None,
        to: None,
        points,
    };
    let has = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    match amounts.as_slice() {
        [] => return None,
        [a] => {
            if has(&["hoger dan", "meer dan", "boven", "groter dan"]) {
                band.above = Some(*a);
            } else if has(&["lager dan", "minder dan", "onder", "beneden", "kleiner dan"]) {
                band.below = Some(*a);
            } else if has(&["vanaf", "minimaal", "of meer", "of hoger"]) {
                band.from = Some(*a);
            } else {
                band.to = Some(*a); // "tot en met", "maximaal", "t/m"
            }
        }
        [a, b, ..] => {
            band.from = Some(*a.min(b));
            band.to = Some(*a.max(b));
        }
    }
    Some(band)
}
