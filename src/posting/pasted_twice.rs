//! A text pasted twice into the same note or file, the second copy often
//! cut off part way (a bidder pastes, pastes again, and the editor keeps
//! both): the text's first lines come back later in the same order. Read
//! as it stands, the second copy adds its knock-outs to the first's and
//! its headings to the title's candidates; only the longer copy is kept.

use std::borrow::Cow;

/// How many of the text's first lines must come back, in order, to make
/// a second copy, and how long they must be together.
const OPENING_LINES: usize = 3;
const OPENING_BYTES: usize = 40;

/// The text with a second copy of itself taken out (or the first, where
/// that is the shorter).
pub fn repair(text: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = text.lines().collect();
    let filled: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].trim().is_empty())
        .collect();
    if filled.len() < OPENING_LINES * 2 {
        return Cow::Borrowed(text);
    }
    let opening: Vec<&str> = filled[..OPENING_LINES]
        .iter()
        .map(|&i| lines[i].trim())
        .collect();
    if opening.iter().map(|l| l.len()).sum::<usize>() < OPENING_BYTES {
        return Cow::Borrowed(text);
    }
    // a letterhead a document prints again on each page follows the last
    // page's footer ("Pagina 1 van 3"): no second copy
    let after_page_end = |k: usize| {
        filled[k.saturating_sub(2)..k]
            .iter()
            .any(|&i| is_page_end(lines[i]))
    };
    let again = (OPENING_LINES..=filled.len() - OPENING_LINES).find(|&k| {
        filled[k..k + OPENING_LINES]
            .iter()
            .zip(&opening)
            .all(|(&i, o)| lines[i].trim() == *o)
            && !after_page_end(k)
    });
    let Some(k) = again else {
        return Cow::Borrowed(text);
    };
    let split = filled[k];
    let first = &lines[..split];
    let second = &lines[split..];
    let size = |part: &[&str]| part.iter().map(|l| l.len() + 1).sum::<usize>();
    let mut kept = if size(second) > size(first) {
        second
    } else {
        first
    };
    while let [rest @ .., last] = kept
        && last.trim().is_empty()
    {
        kept = rest;
    }
    let mut out = kept.join("\n");
    out.push('\n');
    Cow::Owned(out)
}

/// A page's footer: "Pagina 1 van 3", "Page 2 of 4", "- 2 -", "blz. 2".
fn is_page_end(line: &str) -> bool {
    let f = line.trim().to_lowercase();
    let words: Vec<&str> = f.split_whitespace().collect();
    match words.as_slice() {
        [
            "pagina" | "page" | "blz." | "blad",
            n,
            "van" | "of" | "/",
            m,
        ] => n.parse::<u32>().is_ok() && m.parse::<u32>().is_ok(),
        ["pagina" | "page" | "blz." | "blad", n] => n.parse::<u32>().is_ok(),
        ["-", n, "-"] => n.parse::<u32>().is_ok(),
        _ => words.windows(4).any(|w| {
            matches!(w[0], "pagina" | "page")
                && w[1].parse::<u32>().is_ok()
                && matches!(w[2], "van" | "of")
                && w[3].parse::<u32>().is_ok()
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const POSTING: &str = "Inhuuropdracht Leerplichtambtenaar\nGemeente Almere – team Leerplicht\nOpdrachtnummer: ALM-2026-0533\n\nKnock-outcriteria\n1. Hbo.\n2. Boa.\n3. Twee jaar ervaring.\n";

    #[test]
    fn the_second_copy_cut_off_is_dropped() {
        let text = format!(
            "{POSTING}\nInhuuropdracht Leerplichtambtenaar\nGemeente Almere – team Leerplicht\nOpdrachtnummer: ALM-2026-0533\n\nKnock-outcriteria\n1. Hb"
        );
        assert_eq!(repair(&text), format!("{POSTING}"));
    }

    #[test]
    fn a_first_copy_cut_off_gives_way_to_the_whole_second() {
        let text = format!(
            "Inhuuropdracht Leerplichtambtenaar\nGemeente Almere – team Leerplicht\nOpdrachtnummer: ALM-2026-0533\nKnock-out\n\n{POSTING}"
        );
        assert_eq!(repair(&text), POSTING);
    }

    #[test]
    fn a_text_said_once_is_left() {
        assert_eq!(repair(POSTING), POSTING);
        // a heading that comes back alone is no copy
        let t = "Adviseur Wonen\nGemeente Ede\nReferentie EDE-1\n\nAdviseur Wonen\nTekst die anders is.\nMeer tekst.\n";
        assert_eq!(repair(t), t);
    }

    #[test]
    fn a_letterhead_printed_again_on_each_page_is_no_second_copy() {
        let text = "Hoogheemraadschap\nDe Stichtse Rijnlanden\nPostbus 550, 3990 GJ Houten\n\nFunctie: Adviseur\nEisen\n1. Hbo.\n\nPagina 1 van 2\n\nHoogheemraadschap\nDe Stichtse Rijnlanden\nPostbus 550, 3990 GJ Houten\n\nPlanning\nSluiting: 6 januari 2027 17:00\n";
        assert_eq!(repair(text), text);
    }
}
