//! A title a print or a PDF wrapped over two lines, and where its tail
//! ends: a short line below that continues it in lowercase, one word that
//! closes it, or a name of a few capitalised words below a long line; never
//! a date, a code, a site's address, a label or the organisation. A phone's
//! narrow page may wrap it over up to four lines, down to the client's name.

use super::lines::{Line, LineKind, heading_section};
use super::normalize::fold;
use super::title::names_organisation;
use super::title_chrome::is_chrome;
use std::collections::HashSet;

/// A title and, when a PDF wrapped it, its tail on the next line ("…
/// Integraal" / "werken", "… Vluchtelingenopvangbeleid" / "Wijdmeren"): a
/// short line directly below that continues in lowercase or is one word (a
/// capitalised line of several words is a subtitle, not a tail).
pub(super) fn with_wrapped_tail(
    lines: &[Line],
    i: usize,
    label_lines: &HashSet<usize>,
    organisation: Option<&str>,
) -> String {
    let title = lines[i].text.clone();
    if let Some(t) = phone_wrapped(lines, i, label_lines, organisation) {
        return t;
    }
    match lines.get(i + 1) {
        Some(next)
            if next.kind == LineKind::Plain
                && !label_lines.contains(&(i + 1))
                // the title again (a breadcrumb's last crumb, then the heading)
                && fold(next.text.trim()) != fold(title.trim())
                && (next.text.chars().next().is_some_and(char::is_lowercase)
                    || open_end(&title)
                    || bracketed(&next.text)
                    || one_word_tail(&title, &next.text, lines.get(i + 2))
                    || wrapped_name(&title, &next.text, lines.get(i + 2)))
                && heading_section(next).is_none()
                && !organisation.is_some_and(|o| names_organisation(&next.text, o))
                && !is_chrome(&next.text, None)
                && !address_or_byline(&next.text)
                && next.text.chars().count() <= 40
                && !next.text.ends_with('.')
                // "geplaatst 2 december 2026", "ref. HDSR-IO-2026-093": a
                // date or a code below the title is no part of it
                && next.text.chars().filter(char::is_ascii_digit).count() < 3 =>
        {
            join_wrapped(&title, &next.text)
        }
        _ => title,
    }
}

/// A title a phone's narrow page wrapped over two to four lines, down to
/// the client's name ("Adviseur Openbare" / "Verlichting en Slimme" /
/// "Lantaarnpalen" / "Gemeente Heerenveen"): only in a text whose lines
/// are nearly all that narrow, and only where the client's name closes the
/// run.
fn phone_wrapped(
    lines: &[Line],
    i: usize,
    label_lines: &HashSet<usize>,
    organisation: Option<&str>,
) -> Option<String> {
    const NARROW: usize = 40;
    let organisation = organisation?;
    // (a criterion's lines the parser joined may be longer)
    let wide = lines
        .iter()
        .filter(|l| l.text.chars().count() > NARROW)
        .count();
    let narrow = lines.len() >= 15 && wide <= (lines.len() / 20).max(2);
    if !narrow {
        return None;
    }
    let closes = |l: &Line| {
        names_organisation(&l.text, organisation) || super::layout::names_client(l.text.trim())
    };
    let mut parts = vec![lines[i].text.trim()];
    for (k, next) in lines.iter().enumerate().skip(i + 1).take(3) {
        if closes(next) {
            return (parts.len() > 1).then(|| parts.join(" "));
        }
        let t = next.text.trim();
        let fits = next.kind == LineKind::Plain
            && !label_lines.contains(&k)
            && t.starts_with(char::is_alphabetic)
            && heading_section(next).is_none()
            && !is_chrome(t, None)
            && !address_or_byline(t)
            && !t.ends_with(['.', ':'])
            && t.chars().filter(char::is_ascii_digit).count() < 3;
        if !fits {
            return None;
        }
        parts.push(t);
    }
    None
}

/// A site's address ("ijmondinzet.nl", "ijmondinzet.nl · Opgeslagen …") or
/// a reader's byline ("by Team Inkoop", "door Redactie") below a title.
fn address_or_byline(next: &str) -> bool {
    let next = next.trim();
    let address = is_address(next.split_whitespace().next().unwrap_or(""));
    let byline = ["by ", "door "].iter().any(|b| {
        next.strip_prefix(b)
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    });
    address || byline
}

/// A word that is a site's address ("vrzhz.nl", "ijmondinzet.nl").
fn is_address(word: &str) -> bool {
    let word = word.to_lowercase();
    [".nl", ".com", ".org", ".eu", ".net", ".io", ".app", ".be"]
        .iter()
        .any(|tld| word.ends_with(tld))
}

/// One word on the line below a title that ends it ("… Vluchtelingen-
/// opvangbeleid" / "Wijdemeren"): not after a title closed by its
/// brackets, not a label ("Datum:"), and not the first of a column of
/// short lines (a strip split into its items: "Roermond" / "Watersystemen";
/// a card's "Status" / "🟢 Open").
fn one_word_tail(title: &str, next: &str, after: Option<&Line>) -> bool {
    let next = next.trim();
    // "vrzhz.nl": a site's address below the title
    !next.contains(' ')
        && !is_address(next)
        && (open_end(title)
            || !title.trim_end().ends_with(')')
                && !next.ends_with(':')
                && after.is_none_or(|l| {
                    l.kind == LineKind::Blank || l.text.split_whitespace().count() >= 4
                }))
}

/// A title a line break cut after a small word or a hyphen goes on
/// ("Beleidsadviseur Openbare Orde en" / "Veiligheid", "Teamleider
/// Vergunningen, Toezicht en" / "Handhaving (VTH)", "… Noordoost-" /
/// "Twente").
fn open_end(title: &str) -> bool {
    let title = title.trim_end();
    let small = title.split_whitespace().last().is_some_and(|w| {
        [
            "en", "of", "van", "voor", "de", "het", "in", "met", "&", "and", "for", "-", "–",
        ]
        .contains(&w.to_lowercase().as_str())
    });
    let hyphen =
        title.ends_with('-') && title.chars().rev().nth(1).is_some_and(char::is_alphabetic);
    small || hyphen || title.ends_with(',')
}

/// A line that is only a bracketed part of the title above it
/// ("Vergunningverlener Omgevingswet" / "(bouwen en gebruik)").
fn bracketed(next: &str) -> bool {
    let next = next.trim();
    next.starts_with('(')
        && next.ends_with(')')
        && next.matches('(').count() == 1
        && super::title_full::part_of_title(&next[1..next.len() - 1])
}

/// The title with its wrapped tail: a word a hyphen split at a capital
/// keeps its hyphen and no space ("Noordoost-" / "Twente").
fn join_wrapped(title: &str, tail: &str) -> String {
    let title = title.trim_end();
    let tail = tail.trim();
    if title.ends_with('-') && !title.ends_with(" -") && tail.starts_with(char::is_uppercase) {
        format!("{title}{tail}")
    } else {
        format!("{title} {tail}")
    }
}

/// A long title line wrapped by a print before a name of a few capitalised
/// words ("… Gebiedsontwikkeling" / "Hoofddorp Centrum"), a blank line after.
fn wrapped_name(title: &str, next: &str, after: Option<&Line>) -> bool {
    title.chars().count() >= 45
        && !title.trim_end().ends_with(')')
        && after.is_none_or(|l| l.kind == LineKind::Blank)
        && next.split_whitespace().count() <= 3
        && next
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !next.contains(|c: char| c.is_ascii_digit())
}
