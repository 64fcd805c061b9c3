//! What a copy glues together that belongs apart:
//!
//! - a strip whose labels and values lost every space and colon ("Uren per
//!   week32Startdatum01-03-2026Einddatum…") gets one "Label: value" line per
//!   label, and so does a line that opens with a label glued to its value
//!   ("Startdatum4 jan 2027") where three or more lines do;
//! - a place and its province glued to the name before them ("Gemeente
//!   HeerlenHeerlen, Limburg") get a line of their own;
//! - an ISO timestamp's date and time ("2026-02-23T10:00") are split, so
//!   both are read, a zoned one in Amsterdam time first ([`super::zoned_times`]);
//! - a line of words that lost the spaces between them, a menu or a page's
//!   header ("Zuid-LimburgOpdrachtenOrganisatiesInloggen", "(interim)Gemeente
//!   Heerlen", "10:00Nog 13 dagenReageren": three or more such joins), is cut
//!   at every join.

use super::glued_labels::{
    caps_label_end, glued_label_hits, glued_step_hits, opens_with_weekday_date, short_label_end,
    step_glued_to_date,
};
use super::layout::glue_labels;
use super::steps::step;
use regex::Regex;
use std::sync::LazyLock;

/// The text with these repairs made.
pub fn repair(text: &str) -> String {
    let zoned = super::zoned_times::repair(text);
    let mut text = String::from(ISO_TIME.replace_all(&zoned, "$1 $2"));
    step!(text = unglue_label_runs(&text));
    step!(text = unglue_label_lines(&text));
    step!(text = map_lines(&text, |l| unglue_words(l, false)));
    // a glued strip the word joins just cut into lines ("Planning" /
    // "Sluitingsdatum5 januari 2027 om 09.00 uur" / …)
    step!(text = unglue_label_lines(&text));
    step!(text = map_lines(&text, super::label_colon::spaced));
    step!(text = unglue_points(&text));
    unglue_place(&text)
}

/// Award criteria glued one after another, each ending with its points
/// ("Ervaring met recreatie en toerisme40 puntenKennis van …20
/// puntenPrijs40 punten"): a line each, the points apart from the words.
fn unglue_points(text: &str) -> String {
    if !text.contains("punten") && !text.contains("ptn") {
        return text.to_string();
    }
    map_lines(text, |line| {
        if !line.contains("punten") && !line.contains("ptn") {
            return line.to_string();
        }
        // each criterion's points end the line or meet the next one's capital
        let ends: Vec<(usize, usize)> = POINTS_GLUED
            .captures_iter(line)
            .filter_map(|c| {
                let all = c.get(0)?;
                let next = line[all.end()..].chars().next();
                next.is_none_or(char::is_uppercase)
                    .then(|| (c.get(1).map_or(all.start(), |d| d.start()), all.end()))
            })
            .collect();
        if ends.len() < 2 {
            return line.to_string();
        }
        let mut out = String::with_capacity(line.len() + 8);
        let mut last = 0;
        for (digits, end) in ends {
            out.push_str(line[last..digits].trim_end());
            out.push(' ');
            out.push_str(&line[digits..end]);
            out.push('\n');
            last = end;
        }
        out.push_str(&line[last..]);
        out.trim_end().to_string()
    })
}

/// A criterion's words, its points glued on ("toerisme40 punten").
static POINTS_GLUED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\p{Ll}\s?(\d{1,3})\s?(?:punten|ptn)").expect("static pattern"));

/// The text with the lines of joined words cut (see the module doc) and
/// nothing else repaired: for reading a site's name from its menu.
pub fn unglue_joined(text: &str) -> String {
    map_lines(text, |l| unglue_words(l, true))
}

/// Where a word starts without a space before it: a capital and a small
/// letter right after a small letter, a digit or a closing bracket.
/// The characters are walked three at a time, never collected: a 9 MB
/// line would take 16 bytes a character (issue 16).
fn word_joins(line: &str) -> Vec<usize> {
    let mut joins = Vec::new();
    let mut chars = line.char_indices();
    let (Some((_, mut p)), Some((mut at, mut c))) = (chars.next(), chars.next()) else {
        return joins;
    };
    for (next_at, n) in chars {
        if (p.is_lowercase() || p.is_ascii_digit() || p == ')')
            && c.is_uppercase()
            && n.is_lowercase()
        {
            joins.push(at);
        }
        (p, at, c) = (c, next_at, n);
    }
    joins
}

/// A line of three or more joined words cut at each join (see the module
/// doc); any other line as it is. A line of words only (no label, no
/// number) is a menu the reader skips as it is, unless `lines` asks for a
/// line per item (to read a site's name from it).
fn unglue_words(line: &str, lines: bool) -> String {
    let joins = word_joins(line);
    if joins.len() < 3 {
        return line.to_string();
    }
    let menu = !lines
        && !line.contains(':')
        && !line
            .split_whitespace()
            .any(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    if menu {
        return line.to_string();
    }
    let sep = "\n";
    let mut out = String::with_capacity(line.len() + joins.len());
    let mut last = 0;
    for j in joins {
        out.push_str(&line[last..j]);
        out.push_str(sep);
        last = j;
    }
    out.push_str(&line[last..]);
    out
}

/// "2026-02-23T10:00": an ISO timestamp's date and time.
static ISO_TIME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{4}-\d{2}-\d{2})T(\d{1,2}:\d{2})").expect("static pattern"));

/// "Gemeente HeerlenHeerlen, Limburg": a name, then a place and a
/// province glued to it.
static PLACE_GLUED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(.*\p{Ll})(\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+)*, ([\p{L} -]+))$")
        .expect("static pattern")
});

fn unglue_place(text: &str) -> String {
    map_lines(text, |line| {
        let t = line.trim();
        let Some(c) = PLACE_GLUED.captures(t) else {
            return line.to_string();
        };
        let province = &c[3];
        let exact = super::regions::province_in(province).is_some_and(|p| {
            super::normalize::fold(p).replace('-', " ")
                == super::normalize::fold(province.trim()).replace('-', " ")
        });
        if exact {
            format!("{}\n{}", &c[1], &c[2])
        } else {
            line.to_string()
        }
    })
}

/// Each line of `text` through `f`, the last newline kept.
pub(super) fn map_lines(text: &str, f: impl Fn(&str) -> String) -> String {
    let mut joined = text.lines().map(f).collect::<Vec<_>>().join("\n");
    if text.ends_with('\n') {
        joined.push('\n');
    }
    joined
}

/// A line of three or more labels glued to their values with no space or
/// colon ("Uren per week32Startdatum01-03-2026Einddatum…"): one "Label:
/// value" line per label.
fn unglue_label_runs(text: &str) -> String {
    map_lines(text, |line| {
        // in a line that is a run already, a value may start in small
        // letters ("Ingangsdatumz.s.m.", "Sluitingsdatumwoensdag 9 …")
        let strict = glued_label_hits(line, false);
        let hits = if strict.len() >= 2 {
            glued_label_hits(line, true)
        } else {
            strict
        };
        if hits.len() < 3 {
            return line.to_string();
        }
        // a planning's step among them ("…2026-12-15 09:00Gesprekken21 en
        // 22 december 2026")
        let mut hits: Vec<(usize, usize)> = hits
            .iter()
            .copied()
            .chain(
                glued_step_hits(line)
                    .into_iter()
                    .filter(|s| !hits.iter().any(|h| h.0 <= s.0 && s.0 < h.1)),
            )
            .collect();
        hits.sort_unstable();
        let mut out = line[..hits[0].0].trim_end().to_string();
        let mut last = hits[0].0;
        for (start, end) in hits {
            out.push_str(line[last..start].trim());
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&line[start..end]);
            out.push_str(": ");
            last = end;
        }
        out.push_str(line[last..].trim_start());
        out
    })
}

/// An app's or a card's facts, a line each with the label glued to its
/// value ("Application numberMD-2026-0391", "OpdrachtgeverGemeente
/// Midden-Drenthe", "Startdatum4 jan 2027"): where three or more lines
/// open so, each gets its colon.
fn unglue_label_lines(text: &str) -> String {
    let glued_at_start = |line: &str| -> Option<usize> {
        caps_label_end(line).or_else(|| {
            let (start, end) = *glued_label_hits(line, false).first()?;
            (start == 0 && !line[end..].starts_with(char::is_whitespace)).then_some(end)
        })
    };
    // a line of several glued labels whose first value opens in small
    // letters ("Tariefmax. 86 euro per uur excl. btwSchaal10 (indicatie)")
    let run_in_small = |line: &str| -> Option<usize> {
        let hits = glued_label_hits(line, true);
        (hits.len() >= 2 && hits[0].0 == 0).then(|| hits[0].1)
    };
    // among such lines a value may open in small letters with a weekday
    // ("Startma 1 feb 2027", "Eindevr 30 juli"), and a planning's step
    // that no label names may be glued to its date ("Vragen
    // tot21-12-2026", "Gesprekken20 januari 2027")
    let in_block = |line: &str| -> Option<usize> {
        glued_at_start(line)
            .or_else(|| {
                let (start, end) = *glued_label_hits(line, true).first()?;
                (start == 0 && opens_with_weekday_date(&line[end..])).then_some(end)
            })
            .or_else(|| step_glued_to_date(line))
            .or_else(|| short_label_end(line))
            .or_else(|| run_in_small(line))
    };
    if text
        .lines()
        .filter(|l| in_block(l).is_some())
        .nth(2)
        .is_none()
    {
        return text.to_string();
    }
    map_lines(text, |line| match in_block(line) {
        Some(end) => {
            let value = &line[end..];
            // more labels glued to the value ("Opdrachtgever Noaberkracht
            // TubbergenReferentieNDT-INH-2026-033", "Uren28 per
            // weekStartmaandag 4 januari 2027Eindewoensdag 30 juni 2027"),
            // each value opening as it may in such a block
            let mut out = format!("{}: ", &line[..end]);
            let mut last = 0;
            let mut hits: Vec<(usize, usize)> = glued_label_hits(value, true)
                .into_iter()
                .chain(glued_step_hits(value))
                .filter(|&(start, _)| start > 0)
                .collect();
            hits.sort_unstable();
            hits.dedup_by_key(|h| h.0);
            for (start, label_end) in hits {
                out.push_str(value[last..start].trim_end());
                out.push('\n');
                out.push_str(&value[start..label_end]);
                out.push_str(": ");
                last = label_end;
            }
            out.push_str(value[last..].trim_start());
            out
        }
        None => line.to_string(),
    })
}

/// Starts a new line at every capitalised label that follows a value
/// without a space: after a digit, a lowercase letter, a full stop or a
/// bracket, and followed by a colon (or, after a digit, by a space).
pub(super) fn unglue_labels(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        // or after a 12-hour clock's mark ("02:00 PMVragen tot:")
        let after_clock = || {
            let before = &text[..i];
            (before.ends_with("AM") || before.ends_with("PM"))
                && before[..before.len() - 2].ends_with(|b: char| b == ' ' || b.is_ascii_digit())
        };
        if c.is_uppercase()
            && let Some(p) = prev
            && (p.is_ascii_digit()
                || p.is_lowercase()
                || p == '.'
                || p == ')'
                || p == '-'
                || (p == 'M' && after_clock()))
        {
            let rest = &text[i..];
            // a planning's step or a condition with its colon ("…10:00
            // AMNota van inlichtingen:11-12-2026", "…kandidaten:2VOG:Ja")
            let step = super::glued_labels::steps_and_conditions().any(|step| {
                rest.get(..step.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(step))
                    && rest[step.len()..].starts_with(':')
            });
            let glued = step
                || glue_labels().any(|label| {
                    let Some(head) = rest.get(..label.len()) else {
                        return false;
                    };
                    if !head.eq_ignore_ascii_case(label) {
                        return false;
                    }
                    let after = &rest[label.len()..];
                    after.starts_with(':')
                        || (p.is_ascii_digit() && after.starts_with(' '))
                        || (p == '.' && after.starts_with(['\n', ' ']))
                });
            if glued {
                out.push('\n');
            }
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

#[cfg(test)]
#[path = "glued_tests.rs"]
mod tests;
