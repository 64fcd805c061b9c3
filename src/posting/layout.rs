//! Repairs what copying a web page does to a posting's layout, before the
//! lines are read.
//!
//! - A label glued to the previous value ("Z.S.M.Einddatum:", "1 sept
//!   2026Publicatiedatum:", "Opdracht tarief 100Opdracht uren 24") is moved
//!   to a line of its own.
//! - A date glued to the next sentence ("19 aug 2025De provincie") and a
//!   list item glued to the body ("mogelijk.Ben jij") are split.
//! - Icon names left as text ("date-icon15.07.2025", "salary icon") are
//!   removed.
//! - A strip whose labels and values lost every space and colon, a place
//!   glued to a name and an ISO timestamp are split ([`super::glued`]).
//!
//! What other routes than a page do (a forward, a phone copy, a Word table,
//! a list of other postings) is repaired first, in [`super::copies`].
//!
//! Which words are labels comes from the label table ([`super::labels::LABELS`]),
//! so a new label spelling is repaired as soon as it is read.

use super::glued;
use super::labels::LABELS;
use super::normalize::fold;
use super::steps::step;
use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

static ICON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)[a-z]+[- ]icon(\d|(?-u:\b) ?)").expect("static pattern")
});
static YEAR_GLUED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"((?-u:\b)\d{4})(\p{Lu}\p{Ll})").expect("static pattern"));
/// "Knock-out:\t1. Minimaal …": a heading with its first item on its line.
static HEADING_WITH_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^([\p{Lu}][\w /-]{2,40}):[ \t]*\t[ \t]*(\d{1,2}[.)] )")
        .expect("static pattern")
});
static SENTENCE_GLUED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\p{Ll}{3}[.!?])(\p{Lu}\p{Ll})").expect("static pattern"));

/// The section number of an EU procurement notice's standard form
/// ("II.2.5) Gunningscriteria", "IV.2.2) Termijn …"): dropped, so its
/// heading or label stands alone.
static EU_FORM_SECTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^[ \t]*[IVX]{1,4}(?:\.\d{1,2}){1,3}\)[ \t]+").expect("static pattern")
});

/// The text with glued labels, dates and sentences split onto lines of
/// their own and icon names removed.
pub fn repair(text: &str) -> String {
    let mut text = super::copies::unquote(text);
    step!(text = super::embedded_tables::repair(&text));
    step!(text = super::wiki_markup::repair(&text));
    step!(text = super::citation_marks::repair(&text));
    step!(text = super::flat_rows::repair(&text));
    step!(text = super::spaced_points::repair(&text));
    step!(text = super::line_numbers::repair(&text));
    step!(text = super::broken_ranges::repair(&text));
    step!(text = super::change_rows::repair(&text));
    step!(text = super::form_fields::repair(&text));
    step!(text = super::bracket_fields::repair(&text));
    step!(text = super::digest::repair(&text));
    step!(text = super::page_furniture::repair(&text));
    step!(text = super::teasers::repair(&text));
    step!(text = super::framed_captions::repair(&text));
    step!(text = super::us_dates::repair_month_first(&text));
    step!(text = super::value_first::repair(&text));
    step!(text = super::faq_facts::repair(&text));
    step!(text = super::label_typos::repair(&text));
    step!(text = super::shorthand::repair(&text));
    step!(text = super::arrow_labels::repair(&text));
    step!(text = super::label_blocks::repair(&text));
    step!(text = super::section_rows::repair(&text));
    step!(text = super::kind_column::bare_pipe_rows(&text));
    step!(text = super::kind_column::repair(&text));
    step!(text = super::struck::repair(&text));
    step!(text = super::text_columns::repair(&text));
    step!(text = super::hanging_values::repair(&text));
    step!(text = super::question_list::repair(&text));
    step!(text = super::indented_items::repair(&text));
    step!(text = EU_FORM_SECTION.replace_all(&text, ""));
    step!(text = super::check_boxes::repair(&text));
    step!(text = super::us_dates::repair(&text));
    step!(text = super::icon_glyphs::repair(&text));
    step!(text = super::icon_glyphs::repair_names(&text));
    step!(text = super::icon_glyphs::repair_classes(&text));
    step!(text = super::icon_glyphs::repair_bars(&text));
    step!(text = super::emoji_lines::repair(&text));
    step!(text = super::worded_rows::repair(&text));
    step!(text = super::cell_rows::repair(&text));
    step!(text = super::cell_lines::repair(&text));
    step!(text = super::form_answers::repair(&text));
    step!(text = super::ocr::repair(&text));
    step!(text = super::ocr_letters::repair(&text));
    step!(text = super::short_year::expand(&text));
    step!(text = super::number_words::repair(&text));
    step!(text = super::field_value_rows::repair(&text));
    step!(text = super::field_keys::repair(&text));
    step!(text = super::two_columns::repair(&text));
    step!(text = super::point_words::repair(&text));
    step!(text = super::table_rows::repair(&text));
    step!(text = super::points_column::repair(&text));
    step!(text = DOTTED_LEADER.replace_all(&text, "$1: $2$3"));
    step!(text = PADDED_COLON.replace_all(&text, "$1: $2"));
    step!(text = equals_labels(&text));
    step!(text = super::copies::repair(&text));
    // after the copies: a sheet's row becomes "Sluit: 15-12 10:00" there
    step!(text = super::slash_dates::repair(&text));
    step!(text = super::inline_numbered::repair(&text));
    step!(text = super::inline_criteria::repair(&text));
    step!(text = super::counted_demands::repair(&text));
    step!(text = super::inline_award::repair(&text));
    step!(text = super::bilingual::repair(&text));
    step!(text = super::label_runs::repair(&text));
    step!(text = ICON.replace_all(&text, "$1"));
    step!(text = glued::repair(&text));
    step!(text = split_strips(&text));
    step!(text = HEADING_WITH_ITEM.replace_all(&text, "$1:\n$2"));
    step!(text = super::numbered_sections::repair(&text));
    step!(text = glued::unglue_labels(&text));
    step!(text = YEAR_GLUED.replace_all(&text, "$1\n$2"));
    step!(text = SENTENCE_GLUED.replace_all(&text, "$1\n$2"));
    text
}

/// A label and its value joined by dot leaders, as a form or PDF prints
/// them ("Beoogde start ..................... 1 maart 2027").
static DOTTED_LEADER: LazyLock<Regex> = LazyLock::new(|| {
    // two dots only between spaces ("Nota van inlichtingen .. 16-12-2026"),
    // three only before a figure that ends the line ("Ervaring ... 25")
    Regex::new(r"(?m)^([^\n]*?[^.\s])(?: *\.{4,} *| \.\. | \.{3} (\d{1,3}\s*%?\s*$))(\S?)")
        .expect("static pattern")
});

/// A label padded to a column before its colon, as a form or a plain-text
/// mail aligns them ("Uren per week     : 24"), also where a forward
/// indents the block ("  Functie          : Adviseur").
static PADDED_COLON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^[ \t]*(\p{Lu}[^:\n\t]{0,30}?[^\s:]) {2,}: *(\S)").expect("static pattern")
});

/// A label and its value joined by "=", as a summary block writes them
/// ("Uurtarief        = max. € 104,00").
static EQUALS_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^(\p{Lu}[^=:\n\t]{0,30}?[^\s=]) *= *([^\s=])").expect("static pattern")
});

/// The text with "Label = value" lines as "Label: value", where three or
/// more lines are so written (one "x = 30" is a formula).
fn equals_labels(text: &str) -> Cow<'_, str> {
    if EQUALS_LABEL.find_iter(text).nth(2).is_none() {
        return Cow::Borrowed(text);
    }
    EQUALS_LABEL.replace_all(text, "$1: $2")
}

/// How long ago a post was posted, as a social network writes it ("3 d",
/// "1 w", "5 min", "2 dagen").
static TIME_AGO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{1,2} ?(?:d|w|min|mnd|dag|dagen|wk|weken)$").expect("static pattern")
});

/// A table cell of points: "40 punten", "30%".
static POINTS_CELL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\d{1,3}\s*(?:punten|pnt\.?|points|%)$").expect("static pattern")
});

/// Separators between the items of one line of page chrome or key facts.
const SEPARATORS: &[&str] = &[" | ", " · ", " • ", " > ", " › ", " » ", " / ", "   "];

/// Lines of several items: a markdown table row ("| Label | value |")
/// becomes tab-separated cells; a line of facts joined by separators
/// ("Aanvang: 4 mei 2026 | Einde: 3 mei 2027 | Inzet: 28-32 uur p/w") one
/// line per fact; a menu or breadcrumb ("Inloggen | Registreren",
/// "Home > Vacatures > Adviseur") is dropped.
fn split_strips(text: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let all: Vec<&str> = text.lines().collect();
    for (n, line) in all.iter().enumerate() {
        let line = *line;
        // a breadcrumb copied without its spaces ("Home›Inhuur›Adviseur")
        let spaced;
        let t = if line.matches(['›', '»']).count() >= 2 && !line.contains(" › ") {
            spaced = line.replace('›', " › ").replace('»', " » ");
            spaced.trim()
        } else {
            line.trim()
        };
        // a row with its first cell empty ("| Projectleider …")
        let t = match t.strip_prefix("| ") {
            Some(rest) if !rest.contains('|') => rest.trim(),
            _ => t,
        };
        if t.starts_with('|') && t.ends_with('|') && t.len() > 1 {
            let cells: Vec<&str> = t[1..t.len() - 1].split('|').map(str::trim).collect();
            if cells
                .iter()
                .all(|c| c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
            {
                continue; // the row under a table's head
            }
            out.push(cells.join("\t"));
            continue;
        }
        let Some(sep) = SEPARATORS
            .iter()
            .filter(|s| t.contains(**s))
            .max_by_key(|s| t.matches(**s).count())
        else {
            out.push(line.to_string());
            continue;
        };
        let items: Vec<&str> = t
            .split(sep)
            .map(|i| i.trim().trim_matches('|').trim())
            .filter(|i| !i.is_empty())
            .collect();
        let short = |i: &&str| i.chars().count() <= 60;
        // a post's byline: its author's role and its age ("Beheerder · 3 d · 🌐")
        if items.len() >= 2
            && items.len() <= 4
            && items
                .iter()
                .any(|i| TIME_AGO.is_match(i.trim_end_matches([' ', '·', '•'])))
            && items.iter().all(|i| i.split_whitespace().count() <= 3)
        {
            continue;
        }
        if let [criterion, weight] = items.as_slice()
            && (*sep == " | " || *sep == "   " && POINTS_CELL.is_match(weight))
        {
            // a criteria table: "Ervaring | 40 punten" is one criterion with
            // its points, "Criterium | Weging" the table's head
            if POINTS_CELL.is_match(weight) {
                out.push(format!("{criterion} ({weight})"));
                continue;
            }
            // a list's item and its bare points ("- Prijs | 30")
            let bullet = t.starts_with(['-', '•', '*']);
            if *sep == " | "
                && (bullet || criterion.split_whitespace().count() >= 3)
                && criterion.starts_with(|c: char| c.is_alphabetic() || "-•* ".contains(c))
                && weight.parse::<u32>().is_ok_and(|n| (1..=100).contains(&n))
            {
                out.push(format!(
                    "{} ({weight} punten)",
                    line.split(" | ").next().unwrap_or(line).trim_end()
                ));
                continue;
            }
            if ["weging", "punten", "weight", "points", "gewicht", "score"]
                .contains(&weight.to_lowercase().as_str())
            {
                continue;
            }
        }
        // "een gemeente > 100.000 inwoners" compares, it leads nowhere
        let compares = *sep == " > "
            && items
                .iter()
                .skip(1)
                .any(|i| i.starts_with(|c: char| c.is_ascii_digit()));
        if items.len() < 2 || !items.iter().all(short) || compares {
            out.push(line.to_string());
        } else if [" | ", " · ", " • ", "   "].contains(sep)
            && (items.iter().filter(|i| i.contains(':')).count() >= 2
                || items.iter().any(|i| first_word_is_label(i)))
        {
            out.extend(items.iter().map(|i| as_reference(i)));
        } else if *sep == "   "
            && let [_, second] = items.as_slice()
            && super::title::names_a_role(second)
        {
            // two columns: "Aanvraag ZHZ-27-0012        Beleidsadviseur Jeugd"
            out.extend(items.iter().map(|i| i.to_string()));
        } else if [" > ", " › ", " » "].contains(sep)
            || (*sep == " / "
                && ["home", "start", "homepage", "hoofdpagina"].contains(&fold(items[0]).as_str()))
        {
            // a breadcrumb: its last crumb is the page's title; a crumb
            // that is a province alone ("Opdrachten > Gelderland > Nijmegen")
            // is the region
            if let Some(p) = items[..items.len().saturating_sub(1)].iter().find_map(|i| {
                super::regions::province_in(i)
                    .filter(|p| fold(p).replace('-', " ") == fold(i).replace('-', " "))
            }) {
                out.push(format!("Provincie: {p}"));
            }
            // a last crumb that shortens the title under it is no title
            let next = all[n + 1..]
                .iter()
                .map(|l| l.trim())
                .find(|l| !l.is_empty());
            if let Some(last) = items
                .last()
                .filter(|l| !next.is_some_and(|x| x.len() > l.len() && x.starts_with(**l)))
            {
                out.push(last.to_string());
            }
        } else if [" | ", " · ", " • "].contains(sep)
            && items
                .iter()
                .any(|i| i.contains(|c: char| c.is_ascii_digit() || c == '€'))
        {
            // a strip of facts ("Utrecht | 32-36 uur | € 95 - € 110 per uur",
            // "SRQ203317 · Gemeente Zaanstad · Zaandam")
            out.extend(items.iter().map(|i| as_reference(i)));
        } else if items.iter().any(|i| {
            i.rsplit_once(", ")
                .is_some_and(|(_, p)| super::regions::province_named(p).is_some())
        }) || (*sep != "   "
            && items.iter().all(|i| i.split_whitespace().count() <= 4)
            && items
                .iter()
                .any(|i| super::regions::province_named(i).is_some() || names_client(i)))
        {
            // a strip with the place ("Delft, South Holland · Hybrid"), the
            // province in a cell ("Tijdelijke opdracht · Enschede · Overijssel")
            // or the client ("Gemeente Lelystad · Sociaal Domein · Jeugd")
            out.extend(items.iter().map(|i| as_reference(i)));
        } else if items.len() >= 3
            && items.iter().all(|i| i.split_whitespace().count() <= 4)
            && !items.iter().any(|i| {
                super::dates::first_date(i).is_some() || super::dates::first_time(i).is_some()
            })
            && !(*sep == "   "
                && items
                    .iter()
                    .any(|i| i.contains(|c: char| c.is_ascii_digit())))
        {
            // a menu; a row with a day or a time is a planning's step
            // ("Gesprekken      di 22 december 2026      09:00–13:00 uur"),
            // and a grid's row with a figure holds facts ("UITNODIGING
            // max. 4 kandidaten      VOG      Ja, vereist")
        } else {
            out.push(line.to_string());
        }
    }
    super::normalize::join_like(&out, text)
}

/// An item of a strip that is a code alone ("SRQ203317", "ZHZ-27-0012") as
/// the reference it is; any other item as it is.
fn as_reference(item: &str) -> String {
    let letters = item.chars().take_while(char::is_ascii_uppercase).count();
    let digits = item.chars().filter(char::is_ascii_digit).count();
    let code = (2..=6).contains(&letters)
        && digits >= 4
        && item.len() <= 24
        && item
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-' || c == '/');
    if code {
        format!("Referentie: {item}")
    } else if item.starts_with(char::is_lowercase) && names_a_date_or_figure(item) {
        // "sluit 14-12-2026 09:00" from a strip: a label of a date or a
        // figure, as a line it is capitalised
        super::normalize::upper_first(item)
    } else {
        item.to_string()
    }
}

/// Whether an item names a public client by its kind ("Gemeente Lelystad",
/// "Waterschap Vechtstromen").
pub(super) fn names_client(item: &str) -> bool {
    [
        "Gemeente ",
        "Provincie ",
        "Waterschap ",
        "Hoogheemraadschap ",
        "Wetterskip ",
    ]
    .iter()
    .any(|k| {
        item.trim_start_matches(['*', '_'])
            .strip_prefix(k)
            .is_some_and(|r| r.starts_with(char::is_uppercase))
    })
}

/// Whether an item starts with the label of a date or a figure ("start
/// 18-01-2027", "sluit 14-12-2026 09:00").
fn names_a_date_or_figure(item: &str) -> bool {
    use super::label_table::Field;
    let lower = item.to_lowercase();
    // a closing day without its time is a teaser's of another posting
    // ("Gemeente Arnhem · 36 uur · sluit 18-12-2026")
    let timed = super::dates::first_time(item).is_some();
    LABELS.iter().any(|(l, f)| {
        (matches!(f, Field::Start | Field::End | Field::Hours)
            || *f == Field::DeadlineDate && timed)
            && lower.starts_with(l)
            && lower[l.len()..].starts_with([' ', ':'])
    })
}

/// Whether an item starts with a known label ("Kenmerk 412877").
fn first_word_is_label(item: &str) -> bool {
    let lower = item.to_lowercase();
    LABELS.iter().any(|(l, _)| {
        l.len() >= 5
            && lower.starts_with(l)
            && (lower.len() == l.len() || lower[l.len()..].starts_with([' ', ':']))
    })
}

/// Labels long enough not to occur inside other words by chance.
pub(super) fn glue_labels() -> impl Iterator<Item = &'static str> {
    LABELS.iter().map(|(l, _)| *l).filter(|l| l.len() >= 5)
}

#[cfg(test)]
#[path = "layout_tests.rs"]
mod tests;
