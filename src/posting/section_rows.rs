//! A sheet or export whose rows name their section in the first column and
//! the item in the second ("Eisen⇥Eis 1⇥Afgeronde wo-opleiding …",
//! "Gunning⇥Criterium 1 (60 punten)⇥Ervaring met …", "Gunning⇥Totaal⇥100
//! punten"), as a content system exports a posting field by field: each run
//! of a criteria section becomes its heading and numbered items, the points
//! the item's cell names kept, a total row dropped. Any other text is
//! returned as it came.

use super::normalize::fold;
use regex::Regex;
use std::sync::LazyLock;

/// An item's cell: its kind's word, its number and any points
/// ("Eis 1", "Criterium 2 (40 punten)", "Wens 3 (25%)").
static ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:eis|ko|knock-out|criterium|wens|gunningscriterium|selectiecriterium)\s*(\d{1,2})\s*(?:\((\d{1,3})\s*(punten|punt|pnt|%)\))?$")
        .expect("static pattern")
});

/// The heading a section's name in the first column stands for.
fn heading(cell: &str) -> Option<&'static str> {
    match fold(cell.trim().trim_end_matches(':')).as_str() {
        "eisen" | "knock-out" | "knock-outcriteria" | "knockout" | "ko" | "minimumeisen" => {
            Some("Eisen (knock-out)")
        }
        "gunning" | "gunningscriteria" | "wensen" | "selectiecriteria" | "beoordeling" => {
            Some("Gunningscriteria")
        }
        _ => None,
    }
}

/// The text with section rows as headings and numbered items (see the
/// module doc).
pub fn repair(text: &str) -> String {
    if !text.contains('\t') {
        return text.to_string();
    }
    let mut out: Vec<String> = Vec::new();
    let mut open: Option<&str> = None;
    let mut changed = false;
    for line in text.lines() {
        let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
        let section = cells.first().and_then(|c| heading(c));
        let row = match (section, cells.get(1), cells.get(2)) {
            (Some(h), Some(key), Some(value)) if !value.is_empty() => Some((h, *key, *value)),
            _ => None,
        };
        let Some((h, key, value)) = row else {
            open = None;
            out.push(line.to_string());
            continue;
        };
        if fold(key).starts_with("totaal") {
            changed = true;
            continue;
        }
        let Some(item) = ITEM.captures(key) else {
            open = None;
            out.push(line.to_string());
            continue;
        };
        if open != Some(h) {
            out.push(String::new());
            out.push(h.to_string());
            open = Some(h);
        }
        let points = match (item.get(2), item.get(3)) {
            (Some(p), Some(u)) if u.as_str() == "%" => format!(" ({}%)", p.as_str()),
            (Some(p), Some(_)) => format!(" ({} punten)", p.as_str()),
            _ => String::new(),
        };
        out.push(format!("{}. {value}{points}", &item[1]));
        changed = true;
    }
    if !changed {
        return text.to_string();
    }
    super::normalize::join_like(&out.iter().map(String::as_str).collect::<Vec<_>>(), text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn section_rows_become_headings_and_items() {
        let t = "Functie\tTitel\tEpidemioloog\nEisen\tEis 1\tWo-opleiding.\nEisen\tEis 2\tDrie jaar ervaring.\nDocumenten\tBijlage 1\tPvE.pdf\nGunning\tCriterium 1 (60 punten)\tErvaring met R.\nGunning\tCriterium 2 (40 punten)\tTarief.\nGunning\tTotaal\t100 punten\n";
        assert_eq!(
            repair(t),
            "Functie\tTitel\tEpidemioloog\n\nEisen (knock-out)\n1. Wo-opleiding.\n2. Drie jaar ervaring.\nDocumenten\tBijlage 1\tPvE.pdf\n\nGunningscriteria\n1. Ervaring met R. (60 punten)\n2. Tarief. (40 punten)\n"
        );
        let plain = "Eisen\tzie bijlage\n";
        assert_eq!(repair(plain), plain);
    }
}
