//! The title's steps after the title line is chosen (`title.rs`): a title
//! stated outright, cleaned of what is written around it, a letter's role
//! named in a sentence, the role spelled as the text spells it, and a body
//! heading given up for the page address's words; and, for a text with no
//! title line, a title made up from the address or the first sentence, with
//! the warning that says so naming the title as shown.

use super::labels::Candidate;
use super::lines::Line;
use super::model::{PROVISIONAL_TITLE, Posting};
use super::normalize::fold;
use super::{source, title};

/// Sets `p.title` from the text's lines and the steps after them.
pub(super) fn settle(p: &mut Posting, text: &str, lines: &[Line], cands: &[Candidate], flat: &str) {
    p.title = title::from_lines(
        text,
        lines,
        cands,
        p.platform.as_deref(),
        p.organisation.as_deref(),
    )
    .unwrap_or_default();
    // a title stated outright ("De officiële titel is …") before a line
    if let Some(t) = super::stated_title::title(flat) {
        p.title = t;
    }
    p.title = title::upper_words(&title::without_reference(&title::clean(
        &p.title,
        p.organisation.as_deref(),
    )));
    if let Some(site) = p.platform.as_deref() {
        let without = title::without_site(&p.title, site);
        // what the site's name hid ("… (20 uur) - Tjongerwerk")
        if without != p.title {
            p.title = title::clean(&without, p.organisation.as_deref());
        }
    }
    // a letter whose heading is its sender ("Burgemeester en wethouders"):
    // the role its sentence names
    if !title::names_a_role(&p.title)
        && let Some(role) = super::title_sought::function_named(text)
    {
        p.title = role;
    }
    // "inhuur coördinator huisvesting statushouders": as the text spells it
    if let Some(t) = super::title_spelled::respelled(&p.title, text) {
        p.title = title::clean(&t, p.organisation.as_deref());
    }
    // "Coördinator Wmo" in a subject, "Coördinator Wmo (toegang en
    // beschikkingen)" further on: the title in full
    if let Some(t) = super::title_full::in_full(&p.title, lines) {
        p.title = title::upper_words(&title::clean(&t, p.organisation.as_deref()));
    }
    // a body's heading taken for the title ("Scope van het project") where
    // the page address names a role and shares no word with it (a
    // translated page's title does: "Employee permits events and APV" /
    // "…/medewerker-vergunningen-evenementen-en-apv"): the address's words
    // are the better guess, made up and said so below
    let words = |t: &str| -> Vec<String> {
        fold(t)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 3)
            .map(str::to_string)
            .collect()
    };
    if !p.title.is_empty()
        && !title::names_a_role(&p.title)
        && p.url
            .as_deref()
            .and_then(source::title_from_address)
            .is_some_and(|t| {
                let own = words(&p.title);
                title::names_a_role(&t) && !words(&t).iter().any(|w| own.contains(w))
            })
    {
        p.title.clear();
    }
}

/// A title made up for a text with no title line, and the warning.
pub(super) fn made_up(p: &mut Posting, text: &str, sentences: &[String]) {
    if p.title.is_empty()
        && let Some(t) = title::provisional(p.url.as_deref(), sentences)
    {
        let from = if p.url.is_some()
            && source::title_from_address(p.url.as_deref().unwrap_or("")).is_some()
        {
            "the page address"
        } else {
            "the first sentence"
        };
        p.title = title::clean(&t, p.organisation.as_deref());
        // the role in the made-up title as the text spells it
        let from = match super::title_spelled::respelled(&p.title, text) {
            Some(spelled) => {
                p.title = title::clean(&spelled, p.organisation.as_deref());
                format!("{from}, as the text spells it")
            }
            None => from.to_string(),
        };
        // the warning names the title as it is shown
        p.warnings.push(format!(
            "{PROVISIONAL_TITLE} \"{}\" is made up from {from}: correct it with `tenderdesk edit`",
            p.title
        ));
    }
}
