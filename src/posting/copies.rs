//! Repairs what other routes than a web page do to a posting's text, before
//! [`super::layout`] repairs the page's own layout:
//!
//! - a calendar item's own start and end are removed
//!   ([`super::invitation`]), a chat export's stamps and senders
//!   ([`super::chat_export`]) and the part marks of a text message sent in
//!   parts ([`super::sms`]);
//! - an e-mail forward quotes the original with "> " on every line;
//! - a newsletter numbers its postings between separator lines ("-----",
//!   "1. …", "-----", "2. …"): the mail headers and the first item are kept;
//! - a page lists other postings after the body ("Vergelijkbare
//!   opdrachten", "Similar jobs"), with their own hours, rates and
//!   deadlines: the text ends where that list starts;
//! - a phone copy puts the facts on one line separated by " – " ("Gemeente
//!   Venlo – Venlo, Limburg – 20 à 24 uur per week – vanaf 4 mei 2026 – t/m
//!   31 januari 2027 – €80 – €100 per uur"): one line per fact, a range or
//!   a time split by the same dash joined again;
//! - a Word table numbers its rows in a cell of their own ("1⇥Afgeronde
//!   wo-opleiding"): "1. Afgeronde wo-opleiding", as the criteria reader
//!   knows items.

use super::dates::{find_dates, first_time};
use super::normalize::fold;
use super::steps::step;
use regex::Regex;
use std::sync::LazyLock;

/// The text with these repairs made.
pub fn repair(text: &str) -> String {
    let mut text = String::from(super::invitation::repair(text));
    step!(text = super::chat_export::repair(&text));
    step!(text = super::sms::repair(&text));
    step!(text = without_post_author(&text));
    step!(text = without_group_header(&text));
    step!(text = without_other_postings(&text));
    step!(text = newsletter_first_item(&text));
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        match dash_strip(line) {
            Some(items) => out.extend(items),
            None => out.push(numbered_row(line)),
        }
    }
    super::normalize::join_like(&out, &text)
}

/// A forwarded e-mail's quoted lines ("> Start: 16 maart 2026", a reply's
/// "> > Uren per week: 32-36") without their quote marks, when three or
/// more lines are quoted. The layout repairs start with it: a quoted page
/// holds any of their layouts.
pub fn unquote(text: &str) -> String {
    let quoted = text
        .lines()
        .filter(|l| l.trim_start().starts_with('>'))
        .count();
    if quoted < 3 {
        return text.to_string();
    }
    let mut out = text
        .lines()
        .map(|l| {
            let t = l.trim_start();
            if !t.starts_with('>') {
                return l;
            }
            // every level: ">>", "> >"
            let mut rest = t;
            while let Some(r) = rest.strip_prefix('>') {
                rest = r.strip_prefix(' ').unwrap_or(r);
            }
            rest
        })
        .collect::<Vec<_>>()
        .join("\n");
    if text.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// Headings of a list of other postings after the body (folded).
const OTHER_POSTINGS: &[&str] = &[
    "vergelijkbare opdrachten",
    "gerelateerde opdrachten",
    "gerelateerde vacatures",
    "ook interessant",
    "misschien ook interessant",
    "vergelijkbare vacatures",
    "andere opdrachten",
    "meer nieuwe opdrachten",
    "meer opdrachten",
    "meer vacatures",
    "meer zoals dit",
    "bekijk ook deze",
    "ook deze week",
    "andere matches",
    "meer matches",
    "andere vacatures",
    "nog meer opdrachten",
    "similar jobs",
    "similar assignments",
    "related jobs",
    "more jobs",
];

/// A post's author block at its top ("Sanne Verhoeven • 2e", their
/// headline, "3 d • Bewerkt"): the lines up to the first blank one, which
/// name the one who posted, not the posting.
fn without_post_author(text: &str) -> String {
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty());
    let Some((first, line)) = lines.next() else {
        return text.to_string();
    };
    if !super::masthead::is_post_author(line) {
        return text.to_string();
    }
    let all: Vec<&str> = text.lines().collect();
    let end = (first..all.len())
        .find(|&i| all[i].trim().is_empty())
        .unwrap_or(all.len());
    let mut out = all[end..].join("\n");
    if text.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// A group's header above its posts ("ZZP & Interim Overheid
/// Noord-Holland" / "Besloten groep · 4,3K leden"): the group's name and
/// kind, which name no posting, are dropped.
fn without_group_header(text: &str) -> String {
    const KINDS: [&str; 4] = [
        "besloten groep",
        "openbare groep",
        "private group",
        "public group",
    ];
    let lines: Vec<&str> = text.lines().collect();
    let Some(at) = lines
        .iter()
        .take(12)
        .position(|l| KINDS.iter().any(|k| fold(l.trim()).starts_with(k)))
    else {
        return text.to_string();
    };
    let name = lines[..at].iter().rposition(|l| !l.trim().is_empty());
    let out: Vec<&str> = lines
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != at && Some(*i) != name)
        .map(|(_, l)| *l)
        .collect();
    super::normalize::join_like(&out, text)
}

/// A social network's bar under a post ("Vind ik leuk    Reageren
/// Reposten    Verzenden", "Like · Comment · Repost · Send"): what follows
/// it is what others said, not the posting.
fn is_reaction_bar(folded: &str) -> bool {
    let has = |words: &[&str]| words.iter().any(|w| folded.contains(w));
    has(&["vind ik leuk", "like"])
        && has(&["reageren", "reactie", "comment"])
        && has(&["verzenden", "delen", "repost", "send", "share"])
        // the counts under a group's post ("👍❤️ 23 · 9 opmerkingen · 4 keer gedeeld")
        || has(&["opmerkingen", "comments", "reacties"])
            && has(&["gedeeld", "shares", "reposts"])
            && folded.contains(|c: char| c.is_ascii_digit())
}

/// Whether a post is one part of a thread that goes on ("Opdracht (1/3):
/// …"): its last counter is short of the count, so the parts after the
/// reaction bar are the posting's, not what others said.
fn thread_goes_on(before: &str) -> bool {
    static COUNTER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\((\d{1,2})/(\d{1,2})\)").expect("static pattern"));
    COUNTER.captures_iter(before).last().is_some_and(|c| {
        let n = |i: usize| c[i].parse::<u32>().unwrap_or(0);
        (2..=20).contains(&n(2)) && n(1) >= 1 && n(1) < n(2)
    })
}

/// The text up to a heading of other postings in its last two thirds (a
/// menu item of that name near the top does not end it), or up to a social
/// post's reaction bar.
fn without_other_postings(text: &str) -> String {
    let mut end = 0;
    for line in text.split_inclusive('\n') {
        let f = fold(line.trim());
        if end > 0
            && f.split_whitespace().map(str::len).sum::<usize>() < 80
            && is_reaction_bar(&f)
            && !thread_goes_on(&text[..end])
        {
            return text[..end].to_string();
        }
        // a heading, or one opening a line of teasers ("Meer zoals dit – …"),
        // not a sentence that starts with the same words
        let heading = OTHER_POSTINGS.iter().any(|h| {
            f.strip_prefix(h).is_some_and(|rest| {
                let rest = rest.trim_start();
                !f.ends_with('.')
                    && (f.chars().count() <= 60 || rest.starts_with(['–', '-', '·', ':', '|']))
            })
        });
        if end * 3 >= text.len() && heading {
            return text[..end].to_string();
        }
        end += line.len();
    }
    text.to_string()
}

/// A money amount alone ("€80", "€ 80,-").
static MONEY_ALONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:€|EUR)\s?\d[\d.,]*-?$").expect("static pattern"));

/// The facts of a phone copy's " – " line, one per item: four or more
/// short items, two of them with a number. A range the dash split ("€80"
/// and "€100 per uur") and a time after its date ("18 maart 2026" and
/// "17:00") are joined again; "vanaf 4 mei 2026" and "t/m 31 januari
/// 2027" make one period.
fn dash_strip(line: &str) -> Option<Vec<String>> {
    let t = line.trim();
    if !t.contains(" – ") {
        return None;
    }
    let raw: Vec<&str> = t.split(" – ").map(str::trim).collect();
    let mut items: Vec<String> = Vec::new();
    for item in raw {
        let joins_previous = items.last().is_some_and(|prev: &String| {
            let time_only = first_time(item).is_some_and(|(_, span)| span.len() + 4 >= item.len())
                && find_dates(item).is_empty()
                && !find_dates(prev).is_empty();
            let money_range = MONEY_ALONE.is_match(prev) && item.starts_with(['€', 'E']);
            let until = ["t/m ", "tot "].iter().any(|w| item.starts_with(w))
                && !find_dates(prev).is_empty()
                && fold(prev).starts_with("vanaf");
            time_only || money_range || until
        });
        match items.last_mut() {
            Some(prev) if joins_previous => {
                let sep = if MONEY_ALONE.is_match(prev) {
                    " – "
                } else {
                    " "
                };
                prev.push_str(sep);
                prev.push_str(item);
            }
            _ => items.push(item.to_string()),
        }
    }
    let numbers = items
        .iter()
        .filter(|i| i.contains(|c: char| c.is_ascii_digit() || c == '€'))
        .count();
    (items.len() >= 4 && numbers >= 2 && items.iter().all(|i| i.chars().count() <= 60))
        .then_some(items)
}

/// A separator line between a newsletter's items ("-----", "=====").
fn is_separator(line: &str) -> bool {
    let t = line.trim();
    t.chars().count() >= 10
        && t.chars()
            .all(|c| matches!(c, '-' | '=' | '_' | '*' | '─' | '━'))
}

/// A newsletter of postings between separator lines: its mail headers and
/// its first item ("1. Programmamanager …" without its number), without
/// the greeting before it and the items after it.
fn newsletter_first_item(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let seps: Vec<usize> = (0..lines.len())
        .filter(|&i| is_separator(lines[i]))
        .collect();
    let [first, second, ..] = seps[..] else {
        return text.to_string();
    };
    // the items are numbered: "1. …" after the first separator, "2. …" after the second
    let opens_with = |sep: usize, n: &str| {
        lines[sep + 1..]
            .iter()
            .find(|l| !l.trim().is_empty())
            .is_some_and(|l| l.trim_start().starts_with(n))
    };
    if !opens_with(first, "1. ") || !opens_with(second, "2. ") {
        return text.to_string();
    }
    let head_end = lines.iter().position(|l| l.trim().is_empty()).unwrap_or(0);
    let mail = lines[..head_end].iter().any(|l| {
        ["van:", "from:", "onderwerp:", "subject:"]
            .iter()
            .any(|h| l.to_lowercase().starts_with(h))
    });
    let mut out: Vec<String> = if mail {
        lines[..head_end]
            .iter()
            .map(|l| l.to_string())
            .chain([String::new()])
            .collect()
    } else {
        Vec::new()
    };
    let mut numbered = false;
    for line in &lines[first + 1..second] {
        let t = line.trim_start();
        let number = t
            .split_once(". ")
            .filter(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
        match number {
            Some((_, rest)) if !numbered && !t.is_empty() => out.push(rest.to_string()),
            _ => out.push(line.to_string()),
        }
        numbered |= !t.is_empty();
    }
    out.join("\n") + "\n"
}

/// "1⇥Afgeronde wo-opleiding⇥Bij voorkeur …": a table row numbered in a
/// cell of its own, as "1. Afgeronde wo-opleiding⇥Bij voorkeur …".
fn numbered_row(line: &str) -> String {
    static ROW: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(\d{1,2})\t+(\p{Lu}.*)$").expect("static pattern"));
    match ROW.captures(line.trim_end()) {
        Some(c) => format!("{}. {}", &c[1], &c[2]),
        None => line.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_groups_header_is_dropped() {
        assert_eq!(
            super::without_group_header(
                "Facebook\nZZP Overheid Noord\nBesloten groep · 4,3K leden\nJan Jansen\nJurist"
            ),
            "Facebook\nJan Jansen\nJurist"
        );
    }

    use super::*;

    #[test]
    fn a_forward_loses_its_quote_marks() {
        assert_eq!(
            unquote("Hoi,\n\n> Opdrachtgever: X\n>\n> Start: 16 maart 2026\n> Uren: 32\n"),
            "Hoi,\n\nOpdrachtgever: X\n\nStart: 16 maart 2026\nUren: 32\n"
        );
        // a reply's levels
        assert_eq!(
            unquote("> Linda\n>\n> > Start: 1 maart 2027\n>> Uren: 32\n"),
            "Linda\n\nStart: 1 maart 2027\nUren: 32\n"
        );
        // one quoted line is a quote, not a forward
        assert_eq!(unquote("> een citaat\nTekst"), "> een citaat\nTekst");
    }

    #[test]
    fn a_posts_author_is_no_part_of_the_posting() {
        let post = "Sanne Verhoeven • 2e\nRecruiter Overheid\n3 d • Bewerkt\n\nNieuwe opdracht\n";
        assert_eq!(without_post_author(post), "\nNieuwe opdracht\n");
        assert_eq!(
            without_post_author("Nieuwe opdracht\n"),
            "Nieuwe opdracht\n"
        );
    }

    #[test]
    fn a_post_ends_at_its_reaction_bar() {
        let post = "Nieuwe opdracht bij Rotterdam\n⏱ 36 uur per week\n\nVind ik leuk    Reageren    Reposten    Verzenden\n\nDennis • 1e\nIs 32 uur ook bespreekbaar?\n";
        assert_eq!(
            without_other_postings(post),
            "Nieuwe opdracht bij Rotterdam\n⏱ 36 uur per week\n\n"
        );
    }

    #[test]
    fn other_postings_after_the_body_are_cut() {
        let t = "Titel\nOver de opdracht: een lange beschrijving van het werk.\nTarief: € 90\nVergelijkbare opdrachten\nAdviseur – 36 uur – € 110 p/u\n";
        assert_eq!(
            repair(t),
            "Titel\nOver de opdracht: een lange beschrijving van het werk.\nTarief: € 90\n"
        );
        // a sentence that starts with those words ends nothing
        let t = "Titel\nOver de opdracht: een lange beschrijving van het werk.\nMeer opdrachten van deze gemeente vind je op de site.\nTarief: € 90\n";
        assert_eq!(repair(t), t);
        // a menu item of that name at the top ends nothing
        let menu = "Meer opdrachten\nTitel\nOver de opdracht: een lange beschrijving.\n";
        assert_eq!(repair(menu), menu);
    }

    #[test]
    fn a_phone_copy_gets_a_line_per_fact() {
        assert_eq!(
            repair(
                "Gemeente Venlo – Venlo, Limburg – 20 à 24 uur per week – vanaf 4 mei 2026 – t/m 31 januari 2027 – €80 – €100 per uur – Alleen zzp"
            ),
            "Gemeente Venlo\nVenlo, Limburg\n20 à 24 uur per week\nvanaf 4 mei 2026 t/m 31 januari 2027\n€80 – €100 per uur\nAlleen zzp"
        );
        // a title with a dash is no strip
        let title = "Beleidsadviseur – Gemeente Ede – team Wonen";
        assert_eq!(repair(title), title);
    }

    #[test]
    fn a_newsletter_gives_its_first_item() {
        let t = "Van: Nieuwsbrief <a@b.nl>\nOnderwerp: Nieuwe opdrachten\n\nGoedemorgen,\n\n----------\n1. Programmamanager\nGemeente Ede | Ede, Gelderland\n\n----------\n2. Projectsecretaris\n";
        assert_eq!(
            newsletter_first_item(t),
            "Van: Nieuwsbrief <a@b.nl>\nOnderwerp: Nieuwe opdrachten\n\n1. Programmamanager\nGemeente Ede | Ede, Gelderland\n\n"
                .replace("1. ", "")
        );
    }

    #[test]
    fn numbered_table_rows() {
        assert_eq!(
            repair("Nr.\tEis\n1\tAfgeronde wo-opleiding\tBij voorkeur"),
            "Nr.\tEis\n1. Afgeronde wo-opleiding\tBij voorkeur"
        );
    }
}
