//! A printed document's page furniture: the page number ("Pagina 2 van
//! 3", "Page 2 of 3") and the running header and footer around it (the
//! client's name, the request's number, an address, a version line), which
//! a PDF's text puts in the middle of a sentence, a list or a word broken
//! over the page. The lines around a page number that are blank or repeat
//! elsewhere are taken out, so the text runs on over the page; what they
//! say that the text says nowhere else is kept once, at the end.

use regex::Regex;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// A page number alone, or at the end of a running line after a gap, or
/// with the print's date and time after it ("Pagina 1 van 3      6-12-2026 10:42"),
/// or alone between dashes ("– 2 –").
static PAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|\s{2,}|\t|\|\s*)(?:pagina|page|blz\.?|p\.)\s*\d{1,3}\s*(?:van|of|/)\s*\d{1,3}(?:\s{2,}[\d./: -]{6,20})?\s*$|^\s*[-–—]\s?\d{1,3}\s?[-–—]\s*$",
    )
    .expect("static pattern")
});

/// How far from a page number its header and footer reach.
const REACH: usize = 6;

/// The text without its page furniture.
pub fn repair(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let marks: Vec<usize> = (0..lines.len())
        .filter(|&i| PAGE.is_match(lines[i].trim_end()))
        .collect();
    if marks.is_empty() {
        return text.to_string();
    }
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for l in &lines {
        let t = l.trim();
        if !t.is_empty() {
            *seen.entry(t).or_default() += 1;
        }
    }
    let furniture = |i: usize| {
        let t = lines[i].trim();
        t.is_empty() || seen.get(t).copied().unwrap_or(0) >= 2
    };
    let mut dropped: HashSet<usize> = HashSet::new();
    for &m in &marks {
        dropped.insert(m);
        for i in (m.saturating_sub(REACH)..m).rev() {
            if !furniture(i) {
                break;
            }
            dropped.insert(i);
        }
        for i in m + 1..(m + 1 + REACH).min(lines.len()) {
            if !furniture(i) {
                break;
            }
            dropped.insert(i);
        }
    }
    // what a running line says before its page number ("Gemeente Gouda –
    // Uitvraag 2026-017      Pagina 2 van 6")
    let head_of = |m: usize| {
        let l = lines[m];
        let at = PAGE.find(l)?.start();
        let head = l[..at].trim().trim_end_matches('|').trim();
        (!head.is_empty()).then_some(head)
    };
    // the first page's header opens the document (the client, the
    // request's title and number): it stays where it is, its page number
    // taken off
    let first = marks[0];
    let opening = (0..first).all(|i| dropped.contains(&i));
    let opening_head = if opening {
        for i in 0..=first {
            dropped.remove(&i);
        }
        Some((first, head_of(first).unwrap_or("")))
    } else {
        None
    };
    let running: Vec<&str> = marks.iter().filter_map(|&m| head_of(m)).collect();
    let kept_text: HashSet<&str> = (0..lines.len())
        .filter(|i| !dropped.contains(i))
        .map(|i| match opening_head {
            Some((m, head)) if m == i => head,
            _ => lines[i].trim(),
        })
        .collect();
    // a block of furniture becomes one blank line, or nothing where a
    // sentence or a broken word runs on over the page
    let mut out: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !dropped.contains(&i) {
            match opening_head {
                Some((m, head)) if m == i => {
                    if !head.is_empty() {
                        out.push(head);
                    }
                }
                _ => out.push(lines[i]),
            }
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && dropped.contains(&i) {
            i += 1;
        }
        let before = out.last().map(|l| l.trim_end()).unwrap_or("");
        let after = lines.get(i).map(|l| l.trim_start()).unwrap_or("");
        let runs_on = before.ends_with(|c: char| c == '-' || c == ',' || c.is_lowercase())
            && after.starts_with(char::is_lowercase);
        // (furniture that closes the text leaves no blank of its own)
        if !runs_on && start > 0 && !before.is_empty() && i < lines.len() {
            out.push("");
        }
    }
    let mut lost: Vec<&str> = Vec::new();
    let dropped_text = (0..lines.len())
        .filter(|i| dropped.contains(i) && !marks.contains(i))
        .map(|i| lines[i].trim())
        .chain(running);
    for t in dropped_text {
        if !t.is_empty() && !kept_text.contains(t) && !lost.contains(&t) {
            lost.push(t);
        }
    }
    if !lost.is_empty() {
        out.push("");
        out.extend(lost);
    }
    let mut joined = out.join("\n");
    if text.ends_with('\n') {
        joined.push('\n');
    }
    joined
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_break_in_a_list_runs_on() {
        let page = "\nPostbus 2120, 6040 CC Roermond\nPagina 1 van 3\n\nWaterschap Limburg\nInhuuraanvraag WL-1\n\n";
        let text = format!(
            "Inhuuraanvraag WL-1\nKnock-outcriteria\n3. Ervaring als (deel)pro-\n{page}jectleider.\n4. Rijbewijs B\n{}Slot\n",
            page.replace("1 van", "2 van")
        );
        assert_eq!(
            repair(&text),
            "Inhuuraanvraag WL-1\nKnock-outcriteria\n3. Ervaring als (deel)pro-\njectleider.\n4. Rijbewijs B\n\nSlot\n\nPostbus 2120, 6040 CC Roermond\nWaterschap Limburg\n"
        );
    }

    #[test]
    fn a_page_number_between_dashes_is_furniture() {
        let text = "Gunning\n5.1 Cv: 50 punten.\n\n   – 2 –\nRegio Fryslân\n\n5.2 Prijs: 50 punten.\n\n   – 3 –\nRegio Fryslân\n";
        assert_eq!(
            repair(text),
            "Gunning\n5.1 Cv: 50 punten.\n\n5.2 Prijs: 50 punten.\n\nRegio Fryslân\n"
        );
        // a range in a sentence is no page number
        let text = "Uren: 24 - 32\n";
        assert_eq!(repair(text), text);
    }

    #[test]
    fn a_running_line_with_its_page_number_is_kept_once_at_the_end() {
        let text = "Kenmerk: 17\n\nGouda – Uitvraag 17          Pagina 2 van 6\n1. Inleiding\nTekst.\n\nGouda – Uitvraag 17          Pagina 3 van 6\n2. Planning\n";
        assert_eq!(
            repair(text),
            "Kenmerk: 17\n\n1. Inleiding\nTekst.\n\n2. Planning\n\nGouda – Uitvraag 17\n"
        );
    }

    #[test]
    fn a_text_without_page_numbers_is_kept() {
        let text = "Pagina's vol ervaring\nDe pagina 2 van het rapport\n";
        assert_eq!(repair(text), text);
    }
}
