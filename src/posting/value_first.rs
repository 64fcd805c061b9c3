//! Facts written value first: a page's cards of a big figure over its
//! caption ("32" / "uur per week", "14 dec 2026 · 12:00" /
//! "sluitingsdatum"), a timeline's date over its step ("17 dec 2026 ·
//! 10:00" / "Sluiting inschrijving"), and a planning's rows with the date
//! before the step ("ma 4 jan, 10:00⇥sluiting inschrijving"). Each pair is
//! written caption first ("sluitingsdatum: 14 dec 2026 · 12:00"), as the
//! label readers know it. A run counts only when it is two pairs or more,
//! the line above it is blank or a timeline's heading (or every caption
//! is in small letters, as a card's is) and the line below it no value: label over value ("Startdatum" / "1 feb 2027") is never turned round.

use super::labels::exact_label;
use super::normalize::fold;
use regex::Regex;
use std::sync::LazyLock;

/// Words of a caption that names a fact or a step of the procedure.
const CAPTION_WORDS: &[&str] = &[
    "vragen",
    "inlichtingen",
    "sluiting",
    "sluit",
    "inschrijving",
    "gesprek",
    "interview",
    "start",
    "publicatie",
    "deadline",
    "datum",
    "uur per week",
    "uren",
    "tarief",
    "reageren",
    "einde",
    "schaal",
    "antwoorden",
    "insturen",
];

/// Headings over a timeline or over cards of figures.
const RUN_HEADINGS: &[&str] = &[
    "tijdlijn",
    "tijdpad",
    "planning",
    "procedure",
    "planning en procedure",
    "belangrijke data",
    "data",
    "in het kort",
    "kerngegevens",
    "de opdracht in cijfers",
    "timeline",
    "procurement timeline",
    "key dates",
    "schedule",
];

/// Words before a timeline's day that say how it binds ("uiterlijk do 10
/// december", "vóór vrijdag 18 december 2026").
const QUALIFIERS: &[&str] = &[
    "uiterlijk",
    "vóór",
    "voor",
    "tot",
    "t/m",
    "op",
    "by",
    "before",
    "until",
];

/// A short value: a figure, an amount or a date, with a digit in it.
fn is_value(line: &str) -> bool {
    let t = line.trim();
    let mut words = t.split_whitespace().peekable();
    if words
        .peek()
        .is_some_and(|w| QUALIFIERS.contains(&fold(w).as_str()))
    {
        words.next();
    }
    let first = fold(words.next().unwrap_or("").trim_end_matches(['.', ',']));
    let starts = first.starts_with(|c: char| c.is_ascii_digit())
        || first.starts_with('€')
        || super::dates::WEEKDAYS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(&first));
    starts && t.chars().count() <= 48 && t.contains(|c: char| c.is_ascii_digit())
}

/// A caption: a few words without a digit that name a fact or a step.
fn is_caption(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty()
        || t.contains(|c: char| c.is_ascii_digit())
        || !t.starts_with(char::is_alphabetic)
        || t.split_whitespace().count() > 7
    {
        return false;
    }
    let f = fold(t);
    exact_label(t).is_some() || CAPTION_WORDS.iter().any(|w| f.contains(w))
}

/// A time in a step's name ("uiterste datum vragen (12:00 uur)",
/// "sluiting, uiterlijk 09:00 uur"): it belongs with the date.
static STEP_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),?\s*\(?\s*(?:uiterlijk\s+|om\s+|vóór\s+|voor\s+|tot\s+)?(\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)(?:\s*uur)?\s*\)?")
        .expect("static pattern")
});

/// A planning row with the date first: "ma 4 jan, 10:00⇥sluiting
/// inschrijving", "● 10 dec 12:00     Laatste dag voor vragen".
fn tab_row(line: &str) -> Option<(&str, &str)> {
    let line = line
        .trim_start()
        .trim_start_matches([
            '●', '•', '-', '*', '▪', '○', '┃', '│', '◆', '◇', '▸', '►', '→',
        ])
        .trim_start();
    // apart by a tab, a gap, or a dash or a drawn line between spaces
    // ("wo 6 januari 2027 — gesprekken", "● vr 18 december 2026 ── Sluiting")
    let (value, caption) = line
        .split_once('\t')
        .or_else(|| line.split_once(" — "))
        .or_else(|| line.split_once(" – "))
        .or_else(|| line.split_once(" ─"))
        .or_else(|| line.split_once("  "))?;
    let caption = caption.trim().trim_start_matches(['─', '—', '–', ' ']);
    let bare = STEP_TIME.replace(caption, "");
    (is_value(value) && is_dated(value) && is_caption(step_name(&bare)) && !caption.contains('\t'))
        .then(|| (value.trim(), caption))
}

/// Whether a row's value is a day ("ma 4 jan", "10-12-2026", "17 dec"),
/// not an item's number ("2.3  Uren per week  20").
fn is_dated(value: &str) -> bool {
    super::dates::first_date(value).is_some()
        || value.split_whitespace().any(|w| {
            let w = fold(w.trim_end_matches([',', '.']));
            super::dates::WEEKDAYS.contains(&w.as_str()) || super::dates::month_number(&w).is_some()
        })
}

/// A step's name without what it says of itself ("gesprekken met de beste
/// 3 kandidaten", "Gesprekken (5 kandidaten)", "einde (verlenging …)"):
/// its words up to the first figure, bracket or "met".
fn step_name(caption: &str) -> &str {
    let end = caption
        .find(|c: char| c.is_ascii_digit() || c == '(')
        .unwrap_or(caption.len());
    let end = caption[..end].find(" met ").unwrap_or(end);
    // "vragen stellen via inhuur@…": where to is no part of the name
    let end = caption[..end].find(" via ").unwrap_or(end);
    caption[..end].trim_end()
}

/// A planning row written caption first, a time in the step's name moved
/// to the date.
fn row_pair(value: &str, caption: &str) -> String {
    let (value, bare) = match STEP_TIME.captures(caption) {
        Some(c) => (
            format!("{value} {}", &c[1]),
            STEP_TIME.replace(caption, "").trim().to_string(),
        ),
        None => (value.to_string(), caption.to_string()),
    };
    // what the step says of itself goes after its date ("Gesprekken: wo 6
    // januari 2027 (5 kandidaten)"), so the label is the step's name
    let name = step_name(&bare);
    let remark = bare[name.len()..].trim();
    if remark.is_empty() {
        pair(&value, name)
    } else {
        pair(&format!("{value} {remark}"), name)
    }
}

/// "caption: value", a date's " · " before its time written as a comma,
/// so that no strip reader takes the two apart.
fn pair(value: &str, caption: &str) -> String {
    // a capital, as a label has, so that readers see where the fact ends
    let caption = super::normalize::upper_first(caption.trim().trim_end_matches(':'));
    format!("{caption}: {}", value.trim().replace(" · ", ", "))
}

/// The text with each run of value-first pairs written caption first.
pub fn repair(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let tab_rows = lines.iter().filter(|l| tab_row(l).is_some()).count();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut changed = false;
    let mut i = 0;
    while i < lines.len() {
        // the pairs of a run from line i: value, caption, at most one blank
        let mut pairs = Vec::new();
        let mut j = i;
        while j + 1 < lines.len() && is_value(lines[j]) && is_caption(lines[j + 1]) {
            pairs.push(j);
            j += 2;
            if lines.get(j).is_some_and(|l| l.trim().is_empty())
                && lines.get(j + 1).is_some_and(|l| is_value(l))
            {
                j += 1;
            }
        }
        // above the run: nothing, or a heading over a timeline; a short
        // line of words may be a label whose value starts the run
        let above_free = i == 0 || {
            let above = fold(lines[i - 1].trim().trim_end_matches(':'));
            above.is_empty() || RUN_HEADINGS.contains(&above.as_str())
        };
        let below_free = lines.get(j).is_none_or(|l| !is_value(l));
        // captions in small letters ("uur per week", "start") are a card's,
        // never a label's over its value
        let small = pairs
            .iter()
            .all(|&p| lines[p + 1].trim().starts_with(char::is_lowercase));
        if pairs.len() >= 2 && (above_free || small) && below_free {
            for &p in &pairs {
                out.push(pair(lines[p], lines[p + 1]));
            }
            changed = true;
            i = j;
            continue;
        }
        // a run that is not one is passed whole, so no line is read twice
        let pass = (j - i).max(1);
        for l in &lines[i..i + pass] {
            match tab_row(l).filter(|_| tab_rows >= 2) {
                Some((value, caption)) => {
                    out.push(row_pair(value, caption));
                    changed = true;
                }
                None => out.push((*l).to_string()),
            }
        }
        i += pass;
    }
    if !changed {
        return text.to_string();
    }
    super::normalize::join_like(&out, text)
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn cards_of_a_figure_over_its_caption() {
        let t = "Adviseur\n\n32\nuur per week\n1 feb 2027\nstartdatum\n14 dec 2026 · 12:00\nsluitingsdatum\n\nReageer direct\n";
        assert_eq!(
            repair(t),
            "Adviseur\n\nUur per week: 32\nStartdatum: 1 feb 2027\nSluitingsdatum: 14 dec 2026, 12:00\n\nReageer direct\n"
        );
    }

    #[test]
    fn a_timeline_with_blank_lines_between_its_steps() {
        let t = "Tijdlijn\n\n10 dec 2026 · 12:00\nLaatste moment voor vragen\n\n17 dec 2026 · 10:00\nSluiting inschrijving\n\nOver de opdracht\n";
        assert_eq!(
            repair(t),
            "Tijdlijn\n\nLaatste moment voor vragen: 10 dec 2026, 12:00\nSluiting inschrijving: 17 dec 2026, 10:00\n\nOver de opdracht\n"
        );
    }

    #[test]
    fn a_timeline_with_a_dash_between_the_date_and_its_step() {
        let t = "Tijdpad\nma 21 december 2026, 09.00 uur — sluiting\nwo 6 januari 2027 — gesprekken met de beste 3 kandidaten\n●  vr 30 juli 2027 ── Einde (verlenging mogelijk)\n";
        assert_eq!(
            repair(t),
            "Tijdpad\nSluiting: ma 21 december 2026, 09.00 uur\nGesprekken: wo 6 januari 2027 met de beste 3 kandidaten\nEinde: vr 30 juli 2027 (verlenging mogelijk)\n"
        );
    }

    #[test]
    fn a_timeline_whose_days_say_how_they_bind() {
        let t = "Tijdlijn\n●  uiterlijk do 10 december, 12:00 — vragen stellen via inhuur@ofgv.example\n●  vóór vrijdag 18 december 2026 om 10.00 uur — cv en motivatie insturen\n●  dinsdag 22 december — gesprekken in Lelystad met de 3 beste kandidaten\n";
        assert_eq!(
            repair(t),
            "Tijdlijn\nVragen stellen: uiterlijk do 10 december, 12:00 via inhuur@ofgv.example\nCv en motivatie insturen: vóór vrijdag 18 december 2026 om 10.00 uur\nGesprekken in Lelystad: dinsdag 22 december met de 3 beste kandidaten\n"
        );
    }

    #[test]
    fn a_timeline_drawn_with_a_bar() {
        let t = "Tijdlijn\n┃ vr 11 dec 2026 – vragen stellen tot 17:00\n┃ do 17 dec 2026 – sluiting om 12.00 uur\n";
        assert_eq!(
            repair(t),
            "Tijdlijn\nVragen stellen: vr 11 dec 2026 17:00\nSluiting: do 17 dec 2026 12.00\n"
        );
    }

    #[test]
    fn a_planning_with_the_date_first() {
        let t = "Planning\nvr 11 dec, 12:00\tlaatste moment voor vragen\nma 4 jan, 10:00\tsluiting inschrijving\n";
        assert_eq!(
            repair(t),
            "Planning\nLaatste moment voor vragen: vr 11 dec, 12:00\nSluiting inschrijving: ma 4 jan, 10:00\n"
        );
        let dots = "● 10 dec 12:00     Laatste dag voor vragen\n● 21 dec 10:00     Sluiting\n";
        assert_eq!(
            repair(dots),
            "Laatste dag voor vragen: 10 dec 12:00\nSluiting: 21 dec 10:00\n"
        );
        let timed = "- 10-12-2026  uiterste datum vragen (12:00 uur)\n- 17-12-2026  sluiting, uiterlijk 09:00 uur\n";
        assert_eq!(
            repair(timed),
            "Uiterste datum vragen: 10-12-2026 12:00\nSluiting: 17-12-2026 09:00\n"
        );
    }

    #[test]
    fn labels_over_their_values_are_left() {
        let t = "Startdatum\n1 feb 2027\nEinddatum\n30 jul 2027\nUren per week\n32\n";
        assert_eq!(repair(t), t);
        let cards =
            "Gemeente Hardenberg\n32 - 36\nuur per week\nma 11 januari 2027\nstart\nHardenberg\n";
        assert_eq!(
            repair(cards),
            "Gemeente Hardenberg\nUur per week: 32 - 36\nStart: ma 11 januari 2027\nHardenberg\n"
        );
        let one = "Tekst\n32\nuur per week\nMeer tekst\n";
        assert_eq!(repair(one), one);
        // a label the caption words do not know, then label over value
        let shifted = "Opties tot verlenging\n2x 6 maanden\nUren per week\n32\nMax. uurtarief\n€ 104,00\nLocatie\nZaandam\n";
        assert_eq!(repair(shifted), shifted);
    }
}
