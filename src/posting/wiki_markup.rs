//! A wiki page copied in its markup, as an edit page or a wiki's export
//! gives it (MediaWiki and BlueSpice, DokuWiki, Trac, Confluence,
//! TiddlyWiki): headings between `=` signs or after `!!` become headings
//! ("== Eisen ==", "!! Eisen" as "## Eisen"; TiddlyWiki's "# item" is a
//! list item), a table's row of two cells becomes a labelled line ("^ Uren
//! per week | 36 |", "|!Kenmerk |PZ26-0142 |",
//! "||= Provincie =|| Flevoland ||", "| '''Kenmerk''' || PL-12" as
//! "Uren per week: 36"), a row of more cells a pipe row, and the markup's
//! own lines (`{|`, `|-`, `|}`, `__TOC__`, `{{template}}`, `[[macro]]`,
//! comments) and inline marks (`'''bold'''`, `//italic//`, `**bold**`)
//! nothing; a label in italics ("//Startdatum:// z.s.m.", as Zim writes a
//! fact) is a label, and a Zim file's own header lines go. A row of column headings without a figure ("^ Criterium ^
//! Punten ^") is dropped. Only a text with several lines of such markup is
//! a wiki page.

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// A heading between runs of `=`: "== Eisen ==", "====== Titel ======".
static HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(={1,6})\s*([^=].*?)\s*={1,6}\s*$").expect("static pattern"));

/// Inline marks: bold and italic quotes, `//italic//` not in an address,
/// `**bold**`, a link's `[[target|text]]`.
static INLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"'{2,3}|\*\*|(?:^|[^:])//|\[\[(?:[^\]|]*\|)?|\]\]").expect("static pattern")
});

/// A label in italics before its value, as Zim and DokuWiki write a
/// fact: "//Startdatum:// z.s.m.".
static ITALIC_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*//([^/:]{1,60}):\s*//\s*").expect("static pattern"));

/// A Zim page's own header lines ("Content-Type: text/x-zim-wiki",
/// "Wiki-Format: zim 0.6", "Creation-Date: …"): the file's, not the posting's.
fn is_zim_header(t: &str) -> bool {
    t.starts_with("Content-Type: text/x-zim-wiki")
        || t.starts_with("Wiki-Format:")
        || t.starts_with("Creation-Date:")
}

/// Whether a line is a table's row in one of the wikis' forms.
fn is_row(t: &str) -> bool {
    (t.starts_with('^')
        || t.starts_with("||")
        || (t.starts_with('|') && !t.starts_with("|-") && !t.starts_with("|}")))
        && t.len() > 2
}

/// Whether a line is the markup's own, with nothing of the posting.
fn is_markup_only(t: &str) -> bool {
    t.starts_with("{|")
        || t.starts_with("|-")
        || t.starts_with("|}")
        // a magic word: "__TOC__", "__NOTOC__"
        || (t.len() > 4
            && t.starts_with("__")
            && t.ends_with("__")
            && t[2..t.len() - 2].bytes().all(|b| b.is_ascii_uppercase()))
        || (t.starts_with("{{") && t.ends_with("}}"))
        || (t.starts_with("[[") && t.ends_with("]]") && t.contains('('))
        || (t.starts_with("<!--") && t.ends_with("-->"))
}

/// Whether a line is a row only a wiki writes (a Markdown table's "| a |
/// b |" is read elsewhere).
fn is_wiki_row(t: &str) -> bool {
    (t.starts_with('^') || t.starts_with("||") || t.starts_with("! ") || t.starts_with("|!"))
        && t.matches(['|', '^']).count() >= 2
}

/// How many lines look like a wiki's markup.
fn markup_lines(text: &str) -> usize {
    text.lines()
        .map(str::trim)
        .filter(|t| {
            HEADING.is_match(t)
                || tiddly_heading(t).is_some()
                || is_markup_only(t)
                || is_wiki_row(t)
                || ITALIC_LABEL.is_match(t)
                || t.starts_with("Wiki-Format:")
        })
        .take(4)
        .count()
}

/// TiddlyWiki's heading ("!! Eisen", "!!! Achtergrond"): its text.
fn tiddly_heading(t: &str) -> Option<&str> {
    let rest = t.strip_prefix("!!")?.trim_start_matches('!').trim();
    (!rest.is_empty() && !rest.contains('|')).then_some(rest)
}

/// A cell without its markup: Trac's "= label =", MediaWiki's attributes
/// before a `|` ("colspan=\"2\" | Kerngegevens").
fn cell(raw: &str) -> String {
    let c = raw.trim();
    let c = c
        .strip_prefix('=')
        .and_then(|c| c.strip_suffix('='))
        .unwrap_or(c);
    let c = match c.split_once(" | ") {
        Some((attrs, rest)) if attrs.contains('=') => rest,
        _ => c,
    };
    without_marks(c.trim()).trim().to_string()
}

/// Text without its inline marks ([`INLINE`]).
fn without_marks(t: &str) -> String {
    INLINE
        .replace_all(t, |m: &regex::Captures| {
            let s = &m[0];
            // keep the character before an italic's "//"
            if s.ends_with("//") && s.len() == 3 {
                s[..1].to_string()
            } else {
                String::new()
            }
        })
        .into_owned()
}

/// A MediaWiki cell's attributes before its `|` (`colspan="2" |`).
static ATTRS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?:\s*[\w-]+="[^"]*")+\s*\|"#).expect("static pattern"));

/// A row as its cells, and whether every cell is a heading.
fn cells(t: &str) -> (Vec<String>, bool) {
    let t = &*ATTRS.replace_all(t, "");
    let all_head = (t.starts_with('^') && t.trim_end().ends_with('^') && !t.contains('|'))
        || (t.starts_with("||=") && !t.contains("|| ") && t.contains("=||"))
        || t.starts_with('!');
    let body = t
        .trim_start_matches(['!', '^', '|'])
        .trim_end()
        .trim_end_matches(['|', '^']);
    let parts: Vec<String> = body
        .split("||")
        .flat_map(|p| p.split(['^', '|']).collect::<Vec<_>>())
        .map(cell)
        .filter(|c| !c.is_empty())
        .collect();
    (parts, all_head)
}

/// The text with a wiki page's markup read (see the module).
pub fn repair(text: &str) -> Cow<'_, str> {
    if markup_lines(text) < 3 {
        return Cow::Borrowed(text);
    }
    // a row of single bars is a wiki's only where its tables are a wiki's
    let wiki_tables = text
        .lines()
        .map(str::trim)
        .any(|t| t.starts_with("{|") || is_wiki_row(t));
    // TiddlyWiki's numbered list is "# item", no heading
    let tiddly = text
        .lines()
        .any(|l| l.starts_with("|!") || tiddly_heading(l).is_some());
    let mut out = String::with_capacity(text.len());
    let mut in_comment = false;
    for line in text.lines() {
        let t = line.trim();
        if in_comment {
            in_comment = !t.contains("-->");
            continue;
        }
        if t.starts_with("<!--") && !t.contains("-->") {
            in_comment = true;
            continue;
        }
        if is_markup_only(t) || is_zim_header(t) {
            continue;
        }
        if let Some(h) = HEADING.captures(t) {
            out.push_str("## ");
            out.push_str(&cell(&h[2]));
        } else if let Some(h) = tiddly_heading(t) {
            out.push_str("## ");
            out.push_str(&cell(h));
        } else if tiddly && let Some(item) = t.strip_prefix("# ") {
            out.push_str("- ");
            out.push_str(&cell_inline(item));
        } else if wiki_tables && (is_row(t) || t.starts_with('!')) {
            let (parts, all_head) = cells(t);
            match parts.as_slice() {
                [] => continue,
                _ if all_head
                    && !parts
                        .iter()
                        .any(|p| p.contains(|c: char| c.is_ascii_digit())) =>
                {
                    // a table's caption or its columns' headings
                    if parts.len() == 1 {
                        out.push_str(&parts[0]);
                    } else {
                        continue;
                    }
                }
                [one] => out.push_str(one),
                [label, value] => {
                    out.push_str(label.trim_end_matches(':'));
                    out.push_str(": ");
                    out.push_str(value);
                }
                more => {
                    out.push_str("| ");
                    out.push_str(&more.join(" | "));
                    out.push_str(" |");
                }
            }
        } else if let Some(m) = ITALIC_LABEL.captures(line) {
            out.push_str(m[1].trim());
            out.push_str(": ");
            out.push_str(&cell_inline(&line[m.get(0).map_or(0, |m| m.end())..]));
        } else {
            out.push_str(&cell_inline(line));
        }
        out.push('\n');
    }
    Cow::Owned(out)
}

/// A line of prose with its inline marks read.
fn cell_inline(line: &str) -> Cow<'_, str> {
    if line.contains("''")
        || line.contains("**")
        || line.contains("[[")
        || line.trim_start().starts_with("//")
    {
        let t = line.trim_start();
        let t = t
            .strip_prefix("//")
            .map(|r| r.strip_suffix("//").unwrap_or(r))
            .unwrap_or(t);
        Cow::Owned(without_marks(t))
    } else {
        Cow::Borrowed(line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tiddlywiki_page() {
        let t = "!! PZ26-0142 — Projectsecretaris\n|!Kenmerk |PZ26-0142 |\n|!Uren |20–24 per week |\n!!! Eisen\n# Hbo-opleiding.\n# Drie jaar ervaring.\n";
        assert_eq!(
            repair(t),
            "## PZ26-0142 — Projectsecretaris\nKenmerk: PZ26-0142\nUren: 20–24 per week\n## Eisen\n- Hbo-opleiding.\n- Drie jaar ervaring.\n"
        );
    }

    #[test]
    fn a_zim_page_reads_its_italic_labels() {
        let t = "Content-Type: text/x-zim-wiki\nWiki-Format: zim 0.6\nCreation-Date: 2026-12-04T16:22:41+01:00\n\n====== Notitie ======\n//Startdatum:// z.s.m.\n//Uren per week:// 32\n";
        assert_eq!(
            repair(t),
            "\n## Notitie\nStartdatum: z.s.m.\nUren per week: 32\n"
        );
    }

    #[test]
    fn dokuwiki_tables_and_headings_become_labels() {
        let t = "====== Almere – Adviseur ======\n===== Kerngegevens =====\n^ Titel          | Adviseur Vastgoed |\n^ Uren per week  | 36 |\n===== Gunning =====\n^ Criterium ^ Punten ^\n| Ervaring | 40 |\n^ Totaal ^ 100 ^\n//Laatst bewerkt door svos.//";
        assert_eq!(
            repair(t),
            "## Almere – Adviseur\n## Kerngegevens\nTitel: Adviseur Vastgoed\nUren per week: 36\n## Gunning\nErvaring: 40\nTotaal: 100\nLaatst bewerkt door svos.\n"
        );
    }

    #[test]
    fn trac_and_mediawiki_rows_become_labels() {
        let t = "= Informatieadviseur =\n||= Provincie =|| Flevoland ||\n||= Criterium =||= Punten =||\n|| Uurtarief || 20 ||\n{| class=\"wikitable\"\n! colspan=\"2\" | Kerngegevens\n|-\n| '''Kenmerk''' || PL-INH-2026-0933\n<!-- was: 21 december -->\n|}\n__TOC__";
        assert_eq!(
            repair(t),
            "## Informatieadviseur\nProvincie: Flevoland\nUurtarief: 20\nKerngegevens\nKenmerk: PL-INH-2026-0933\n"
        );
    }

    #[test]
    fn a_text_with_a_pipe_or_two_is_no_wiki() {
        let t = "Uren | 36\nTarief | 90\nZie https://x.nl//a";
        assert_eq!(repair(t), t);
    }
}
