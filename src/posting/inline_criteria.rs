//! Knock-out criteria written on one line after their heading word, as a
//! chat, a text message or a short list writes them ("• Knock-outs (3):
//! BOA domein II, rijbewijs B, mbo-4", "… thuis. Knock-outs: hbo, 3 jaar
//! ervaring, piket. VOG nodig."): the heading gets a line of its own and
//! each criterion a numbered line, as the criteria reader knows a list.
//! The list ends where its sentence ends; the text after it keeps a line
//! of its own.

use std::borrow::Cow;

/// Heading words (lowercase) of an inline knock-out list.
const HEADINGS: &[&str] = &[
    "knock-outcriteria",
    "knock-out criteria",
    "knock-outs",
    "knockouts",
    "knock-out",
    "knockout",
    "ko-criteria",
    "ko-eisen",
];

/// The text with each inline knock-out list of two or more items written
/// as a heading and numbered items.
pub fn repair(text: &str) -> Cow<'_, str> {
    // a cheap look for the heading words before any line is read
    if !["nock", "NOCK", "ko-", "KO-"]
        .iter()
        .any(|w| text.contains(w))
    {
        return Cow::Borrowed(text);
    }
    super::normalize::rewrite_lines(text, split)
}

/// A line's text before the list, the heading, the items and the text after.
fn split(line: &str) -> Option<Vec<String>> {
    if !line.contains(':') {
        return None;
    }
    let lower = line.to_lowercase();
    if !lower.contains("knock") && !lower.contains("ko-") {
        return None;
    }
    let (at, word) = HEADINGS.iter().find_map(|w| {
        lower.match_indices(w).find_map(|(i, _)| {
            // at the line's start (after a bullet) or a sentence's start
            let before = lower[..i].trim_end();
            let opens = before.is_empty()
                || before.ends_with('.')
                || before.chars().all(|c| !c.is_alphanumeric());
            opens.then_some((i, *w))
        })
    })?;
    // byte offsets of the lowercase line and the line agree where the
    // heading's letters are ASCII; a line where they do not is left alone
    let heading = line.get(at..at + word.len())?;
    if !heading.eq_ignore_ascii_case(word) {
        return None;
    }
    let after = &line[at + word.len()..];
    // "(3)": the count the line gives
    let after = match after.trim_start().strip_prefix('(') {
        Some(r) => r.split_once(')').map_or(after, |(n, rest)| {
            if n.trim().chars().all(|c| c.is_ascii_digit()) {
                rest
            } else {
                after
            }
        }),
        None => after,
    };
    let list = after.trim_start().strip_prefix(':')?.trim_start();
    if list.is_empty() || list.starts_with(|c: char| c.is_ascii_digit()) || list.contains('\t') {
        return None;
    }
    let (items_text, rest) = sentence_end(list);
    let items = items(items_text);
    if items.len() < 2 {
        return None;
    }
    let mut out = Vec::new();
    let before = line[..at].trim_end();
    if before.chars().any(char::is_alphanumeric) {
        out.push(before.to_string());
    }
    out.push(format!("{heading}:"));
    for (n, item) in items.iter().enumerate() {
        let item = without_code(item);
        let end = if item.ends_with(['.', ')', '!', '?']) {
            ""
        } else {
            "."
        };
        out.push(format!("{}. {item}{end}", n + 1));
    }
    if !rest.trim().is_empty() {
        out.push(String::new());
        out.push(rest.trim().to_string());
    }
    Some(out)
}

/// An item without its own code ("K1: CISSP" → "CISSP"): the list numbers it.
fn without_code(item: &str) -> &str {
    let letters = item.chars().take_while(char::is_ascii_uppercase).count();
    let rest = item[letters..]
        .strip_prefix('-')
        .unwrap_or(&item[letters..]);
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    match rest[digits..].strip_prefix([':', '.', ')']) {
        Some(text) if (1..=2).contains(&letters) && (1..=2).contains(&digits) => text.trim_start(),
        _ => item,
    }
}

/// The list up to the end of its sentence (". " before a capital), and
/// the rest of the line.
pub(super) fn sentence_end(list: &str) -> (&str, &str) {
    let bytes = list.as_bytes();
    for (i, _) in list.match_indices(". ") {
        if bytes.get(i + 2).is_some_and(u8::is_ascii_uppercase) {
            return (&list[..i], &list[i + 2..]);
        }
    }
    (list.trim_end().trim_end_matches('.'), "")
}

/// The items apart by commas outside brackets, or by semicolons where the
/// list has them ("K1: CISSP, CISM of ISO 27001; K2: …": commas inside an
/// item).
pub(super) fn items(list: &str) -> Vec<String> {
    let apart = if list.contains(';') { ';' } else { ',' };
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (i, c) in list.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            c if c == apart && depth == 0 => {
                out.push(list[start..i].trim().to_string());
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(list[start..].trim().to_string());
    out.retain(|i| i.chars().any(char::is_alphanumeric));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bullet_of_knock_outs() {
        assert_eq!(
            repair(
                "• Uren: 32\n• Knock-outs (2): rijbewijs B, hbo (bestuurskunde, recht)\n• VOG: ja"
            ),
            "• Uren: 32\nKnock-outs:\n1. rijbewijs B.\n2. hbo (bestuurskunde, recht)\n• VOG: ja"
        );
    }

    #[test]
    fn a_list_inside_a_message() {
        assert_eq!(
            repair("Werkplek Zwolle. Knock-outs: wo, min. 5 jr ervaring, BIG-registratie. Bel me!"),
            "Werkplek Zwolle.\nKnock-outs:\n1. wo.\n2. min. 5 jr ervaring.\n3. BIG-registratie.\n\nBel me!"
        );
    }

    #[test]
    fn items_apart_by_semicolons_keep_their_commas() {
        assert_eq!(
            repair("Knock-outs: K1: CISSP, CISM of ISO 27001; K2: min. 5 jr ervaring"),
            "Knock-outs:\n1. CISSP, CISM of ISO 27001.\n2. min. 5 jr ervaring."
        );
    }

    #[test]
    fn headings_and_single_items_are_left_alone() {
        for t in [
            "Knock-outcriteria\n1. Hbo.",
            "Knock-out: minimaal 5 jaar ervaring.",
            "Eisen (knock-out)",
            "Deze knock-out: geldt, echt",
        ] {
            assert_eq!(repair(t), t);
        }
    }
}
