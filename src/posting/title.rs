//! The posting's title: a title label, else the first short line of the
//! header that is not page chrome (a logo's alt text, an address, a
//! relative closing time, a site's name, a lone province or strip), else a
//! provisional one from the page address or the first sentence.

use super::conditions;
use super::dates::first_date;
use super::labels::{Candidate, Field, first};
use super::lines::{Line, LineKind, Section, heading_section};
use super::normalize::fold;
use super::regions::province_in;
use super::source;
use regex::Regex;
use std::sync::LazyLock;

static POSTCODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\d{4} ?[A-Z]{2}\b").expect("static pattern"));

/// Single words sites put around a title.
const CHROME_WORDS: &[&str] = &[
    "image",
    "request",
    "info",
    "vacatures",
    "vacature",
    "opdracht",
    "details",
    "home",
    "terug",
    "delen",
    "apply now",
    "solliciteer",
    "gesloten",
    "nieuw",
    "interim",
    "omschrijving",
];

/// Whether a header line is page chrome rather than a title.
fn is_chrome(text: &str, site: Option<&str>) -> bool {
    let f = fold(text);
    let f = f.trim();
    f.starts_with("logo ")
        || f.starts_with("sluit ")
        || f.starts_with("je hebt nog")
        || f.starts_with("bekijk ")
        || f.starts_with("deze opdracht is")
        || POSTCODE.is_match(text)
        || CHROME_WORDS.contains(&f)
        || site.is_some_and(|s| fold(s) == f)
        || province_in(text).is_some_and(|p| fold(p).replace('-', " ") == f.replace('-', " "))
        || text.starts_with(|c: char| c.is_ascii_digit())
        || (f.starts_with("gemeente ") && text.split_whitespace().count() <= 4)
}

/// The title: a "Titel" label, else the first markdown heading, else the
/// first short line that is not a banner, a label, page chrome or a sentence.
pub fn from_lines(lines: &[Line], cands: &[Candidate], site: Option<&str>) -> Option<String> {
    if let Some(t) = first(cands, Field::Title, |c| {
        let v = c.value.trim();
        (!v.is_empty() && v.chars().count() <= 120 && !v.ends_with('.')).then(|| v.to_string())
    }) {
        return Some(t);
    }
    let label_lines: std::collections::HashSet<usize> = cands.iter().map(|c| c.line).collect();
    let mut in_banner = false;
    for (i, line) in lines.iter().enumerate().take(60) {
        let f = fold(&line.text);
        if line.kind == LineKind::Blank {
            in_banner = false;
            continue;
        }
        if conditions::expired_banner(&f) || f.starts_with("hartelijk dank") {
            in_banner = true;
        }
        if in_banner {
            // the banner ends with its sentence, blank line or not
            in_banner = !line.text.ends_with('.');
            continue;
        }
        if label_lines.contains(&i)
            || heading_section(line).is_some_and(|s| s != Section::Other)
            || is_chrome(&line.text, site)
        {
            continue;
        }
        let n = line.text.chars().count();
        let ok = (2..=120).contains(&n)
            && line.text.chars().next().is_some_and(|c| !c.is_lowercase())
            && (!line.text.ends_with(['.', ';', ':', ',']) || line.text.ends_with(" a.i."))
            && !line.text.contains('\t');
        if ok
            && (line.kind == LineKind::Heading || line.kind == LineKind::Plain)
            && first_date(&line.text).is_none()
        {
            return Some(with_wrapped_tail(lines, i, &label_lines));
        }
    }
    None
}

/// A title and, when a PDF wrapped it, its tail on the next line ("…
/// Integraal" / "werken", "… Vluchtelingenopvangbeleid" / "Wijdmeren"): a
/// short line directly below that continues in lowercase or is one word (a
/// capitalised line of several words is a subtitle, not a tail).
fn with_wrapped_tail(
    lines: &[Line],
    i: usize,
    label_lines: &std::collections::HashSet<usize>,
) -> String {
    let title = lines[i].text.clone();
    match lines.get(i + 1) {
        Some(next)
            if next.kind == LineKind::Plain
                && !label_lines.contains(&(i + 1))
                && (next.text.chars().next().is_some_and(char::is_lowercase)
                    || !next.text.trim().contains(' '))
                && heading_section(next).is_none()
                && next.text.chars().count() <= 40
                && !next.text.ends_with('.') =>
        {
            format!("{title} {}", next.text)
        }
        _ => title,
    }
}

/// A provisional title for a text without a title line: from the page
/// address, else the first sentence (cut at 80 characters).
pub fn provisional(url: Option<&str>, sentences: &[String]) -> Option<String> {
    if let Some(t) = url.and_then(source::title_from_address) {
        return Some(t);
    }
    let first = sentences
        .iter()
        .find(|s| s.split_whitespace().count() >= 3)?;
    let mut t: String = first.chars().take(80).collect();
    if first.chars().count() > 80 {
        t = match t.rfind(' ') {
            Some(i) => format!("{}…", &t[..i]),
            None => t,
        };
    }
    Some(t.trim_end_matches(['.', ':', ';']).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::posting::labels::candidates;
    use crate::posting::lines::split_lines;

    fn title(text: &str) -> Option<String> {
        let lines = split_lines(text);
        from_lines(&lines, &candidates(&lines), Some("Gemeenteprojecten"))
    }

    #[test]
    fn chrome_is_skipped() {
        assert_eq!(
            title("Logo van Gemeente Amsterdam\n\nInkomen - Projectmanager\n\nAmstel 1, 1011 PN Amsterdam").as_deref(),
            Some("Inkomen - Projectmanager")
        );
        assert_eq!(
            title("Gemeenteprojecten\n\nFreelance projectleider (zzp)\n").as_deref(),
            Some("Freelance projectleider (zzp)")
        );
        assert_eq!(
            title("image\nGelderland\n36 uur p/w\nJurist RO").as_deref(),
            Some("Jurist RO")
        );
    }

    #[test]
    fn provisional_titles() {
        assert_eq!(
            provisional(Some("https://x.nl/opdracht/projectleider-woo/123"), &[]).as_deref(),
            Some("Projectleider woo")
        );
        assert_eq!(
            provisional(
                None,
                &["Met het verstrekken van de opdracht mag géén arbeidsrelatie ontstaan.".into()]
            )
            .as_deref(),
            Some("Met het verstrekken van de opdracht mag géén arbeidsrelatie ontstaan")
        );
    }
}
