//! An icon font's glyphs as a browser copies them: characters of the
//! private use area (U+E000..U+F8FF) before each fact of a strip
//! (" Roermond     24 - 32 uur     max. € 88,-"). They draw a pin or a
//! clock on the page and carry no text; each opens an item, so between
//! items a glyph becomes the strip's separator " · ", and at a line's start
//! it goes.
//!
//! An icon font drawn from ligatures (Google's Material Icons) copies as
//! the icons' names instead: "location_on Heerenveen, Friesland",
//! "event_busy Einde 31-07-2027", "favorite_border Bewaar opdracht   share
//! Deel". A known name at a line's start, before a value that does not go
//! on in small letters, goes too.
//!
//! An icon drawn by a style sheet's class copies as the class's name
//! ("icon-clock Uren per week 32", "svg-icon-euro Uurtarief", "mdi-calendar
//! 4-1-2027"): at a line's start it goes, between facts of a strip
//! ("icon-map-marker Venlo icon-clock 32 uur") it becomes the separator.

//!
//! A bar chart drawn in block characters beside a weight ("Prijs
//! ███████   35") draws the figure after it: the bar becomes the column's
//! gap it stands in.

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// A bar of two or more block characters, with the spaces around it.
static BAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[ \t]*[█▉▊▋▌▍▎▏▓▒░■]{2,}[ \t]*").expect("static pattern"));

/// The text with each drawn bar before a figure as a column's gap.
pub fn repair_bars(text: &str) -> Cow<'_, str> {
    if !text.contains(['█', '▓', '▒', '░', '■']) {
        return Cow::Borrowed(text);
    }
    super::normalize::rewrite_lines(text, |line| {
        let m = BAR.find(line)?;
        let after = line[m.end()..].trim();
        (after.starts_with(|c: char| c.is_ascii_digit()) && after.len() <= 12)
            .then(|| vec![format!("{}     {}", line[..m.start()].trim_end(), after)])
    })
}

/// A style sheet's icon class as a word of its own ("icon-clock",
/// "svg-icon-calendar-end", "mdi-euro").
static ICON_CLASS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(^|[ \t])[ \t]*(?:svg-|fas? fa-|fa-)?(?:icon|mdi|glyphicon)-[a-z0-9]+(?:-[a-z0-9]+)*(?:[ \t]+|$)")
        .expect("static pattern")
});

/// The text with icon classes' names dropped at a line's start and as
/// separators between the facts they open.
pub fn repair_classes(text: &str) -> Cow<'_, str> {
    if !text.contains("icon-") && !text.contains("mdi-") {
        return Cow::Borrowed(text);
    }
    super::normalize::rewrite_lines(text, |line| {
        if !ICON_CLASS.is_match(line) {
            return None;
        }
        // a class opening its line goes; one between facts separates them
        let out = ICON_CLASS.replace_all(line, |c: &regex::Captures| {
            if c.get(1)
                .is_some_and(|m| m.start() == 0 && m.as_str().is_empty())
            {
                ""
            } else {
                " · "
            }
        });
        Some(vec![out.trim_end_matches(" · ").trim_end().to_string()])
    })
}

/// Material Icons' names that a posting's card or strip draws before a
/// fact or a button.
const ICON_NAMES: &[&str] = &[
    "location_on",
    "location_city",
    "place",
    "pin_drop",
    "schedule",
    "access_time",
    "watch_later",
    "timer",
    "hourglass_empty",
    "hourglass_bottom",
    "euro",
    "euro_symbol",
    "payments",
    "attach_money",
    "event",
    "event_busy",
    "event_available",
    "event_note",
    "today",
    "date_range",
    "calendar_today",
    "calendar_month",
    "work",
    "work_outline",
    "business",
    "business_center",
    "apartment",
    "domain",
    "badge",
    "school",
    "person",
    "group",
    "tag",
    "numbers",
    "update",
    "alarm",
    "info",
    "description",
    "assignment",
    "favorite_border",
    "favorite",
    "bookmark_border",
    "share",
    "checklist",
    "check",
    "star",
    "groups",
    "gavel",
    "verified",
    "visibility",
    "print",
    "help",
    "mail",
    "email",
    "phone",
    "call",
    "language",
    "public",
    "handshake",
    "rule",
    "article",
    "list",
    "flag",
    "warning",
    "lock",
    "map",
    "send",
];

/// Material Icons' names in two or more words, written with an underscore
/// ("check_circle", "looks_one", "verified_user"): no word of a posting is.
fn is_compound_icon_name(head: &str) -> bool {
    head.contains('_')
        && !head.starts_with('_')
        && !head.ends_with('_')
        && head
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// A line without the icon name it opens with ("event_busy Einde …" →
/// "Einde …"), if it does.
fn without_icon_name(line: &str) -> Option<&str> {
    let t = line.trim_start();
    let (head, rest) = t.split_once(' ')?;
    let rest = rest.trim_start();
    let value_follows = rest
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() && !c.is_lowercase() || matches!(c, '€' | '+'));
    ((ICON_NAMES.contains(&head) || is_compound_icon_name(head)) && value_follows).then_some(rest)
}

/// The text with icon names taken from the lines they open.
pub fn repair_names(text: &str) -> Cow<'_, str> {
    super::normalize::rewrite_lines(text, |line| {
        without_icon_name(line).map(|rest| vec![rest.to_string()])
    })
}

fn is_glyph(c: char) -> bool {
    ('\u{E000}'..='\u{F8FF}').contains(&c)
}

/// The text with icon glyphs as separators between the items they open.
pub fn repair(text: &str) -> Cow<'_, str> {
    if !text.contains(is_glyph) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let items: Vec<&str> = line
            .split(is_glyph)
            .map(str::trim)
            .filter(|i| !i.is_empty())
            .collect();
        out.push_str(&items.join(" · "));
        if line.ends_with('\n') {
            out.push('\n');
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::{repair, repair_classes};

    #[test]
    fn icon_classes_are_dropped_or_separate_a_strips_facts() {
        assert_eq!(
            repair_classes(
                "icon-clock Uren per week 32\nsvg-icon-calendar-end Einddatum\nicon-map-marker Venlo icon-clock 32 uur\nSolliciteer icon-heart\n"
            ),
            "Uren per week 32\nEinddatum\nVenlo · 32 uur\nSolliciteer\n"
        );
        let t = "Een iconische lexicon-achtige fa-tastische zin\n";
        assert_eq!(repair_classes(t), t);
    }

    #[test]
    fn glyphs_separate_a_strip_s_items() {
        assert_eq!(
            repair(
                "\u{F3C5} Roermond    \u{F017} 24 - 32 uur    \u{F153} max. € 88,-\nTekst \u{E001}\n"
            ),
            "Roermond · 24 - 32 uur · max. € 88,-\nTekst\n"
        );
        assert_eq!(repair("Geen glyphs hier\n"), "Geen glyphs hier\n");
    }

    #[test]
    fn icon_names_before_a_value_go() {
        use super::repair_names;
        assert_eq!(
            repair_names(
                "location_on Heerenveen, Friesland\nevent_busy Einde 31-07-2027\nschedule 32 uur per week\n"
            ),
            "Heerenveen, Friesland\nEinde 31-07-2027\n32 uur per week\n"
        );
        // a word of the text, not an icon's name
        assert_eq!(repair_names("work in progress\n"), "work in progress\n");
        assert_eq!(repair_names("Event Start\n"), "Event Start\n");
        // any name of two words with an underscore, and a list's icons
        assert_eq!(
            repair_names(
                "checklist Knock-outcriteria\ncheck_circle Afgeronde hbo\nlooks_3 Prijs – 35 punten\n"
            ),
            "Knock-outcriteria\nAfgeronde hbo\nPrijs – 35 punten\n"
        );
        assert_eq!(
            repair_names("snake_case is geen icoon\n"),
            "snake_case is geen icoon\n"
        );
    }

    #[test]
    fn a_bar_drawn_before_a_weight_is_a_gap() {
        use super::repair_bars;
        assert_eq!(
            repair_bars("Aanpak N307     ████████  40\nPrijs    ███████   35\n"),
            "Aanpak N307     40\nPrijs     35\n"
        );
        assert_eq!(
            repair_bars("Voortgang ██░░ bijna klaar\n"),
            "Voortgang ██░░ bijna klaar\n"
        );
    }
}
