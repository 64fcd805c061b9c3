//! HTML a converter leaves inside a Markdown or text file: Google Docs'
//! "Docs to Markdown" writes its tables as `<table><tr><td>…` between the
//! Markdown and opens the file with an HTML comment of conversion notes.
//! Each table row becomes one line of its cells apart by tabs
//! ("Startdatum⇥Per direct"), as a copied table reads; the comment, whose
//! numbered notes are no criteria, goes. A text without `<table` or `<!--`
//! is returned as it came.

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

static COMMENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?s)<!--.*?-->").expect("static pattern"));
static TABLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?is)<table\b[^>]*>(.*?)</table>").expect("static pattern"));
static ROW: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?is)<tr\b[^>]*>(.*?)</tr>").expect("static pattern"));
static CELL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?is)<t[dh]\b[^>]*>(.*?)</t[dh]>").expect("static pattern"));
static TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?s)<[^>]{0,200}>").expect("static pattern"));

/// The text with its embedded tables as lines and its HTML comments gone.
pub fn repair(text: &str) -> Cow<'_, str> {
    let lower_has = |needle: &str| text.contains(needle) || text.contains(&needle.to_uppercase());
    if !lower_has("<table") && !text.contains("<!--") {
        return Cow::Borrowed(text);
    }
    let text = COMMENT.replace_all(text, "");
    let text = TABLE.replace_all(&text, |c: &regex::Captures| {
        let rows: Vec<String> = ROW
            .captures_iter(&c[1])
            .map(|r| {
                CELL.captures_iter(&r[1])
                    .map(|cell| {
                        let t = TAG.replace_all(&cell[1], " ");
                        let t = super::entities::in_text(&t).into_owned();
                        t.split_whitespace().collect::<Vec<_>>().join(" ")
                    })
                    .collect::<Vec<_>>()
                    .join("\t")
            })
            .filter(|l| !l.trim().is_empty())
            .collect();
        format!("\n{}\n", rows.join("\n"))
    });
    Cow::Owned(text.into_owned())
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn a_table_in_markdown_becomes_rows_of_cells() {
        let t = "<!-- notes:\n1. Paste this output.\n-->\n## Kerngegevens\n<table>\n  <tr>\n   <td><strong>Onderdeel</strong>\n   </td>\n   <td>Invulling\n   </td>\n  </tr>\n  <tr>\n   <td>Startdatum\n   </td>\n   <td>Per direct &amp; z.s.m.\n   </td>\n  </tr>\n</table>\nTekst.\n";
        assert_eq!(
            repair(t),
            "\n## Kerngegevens\n\nOnderdeel\tInvulling\nStartdatum\tPer direct & z.s.m.\n\nTekst.\n"
        );
    }

    #[test]
    fn text_without_tables_or_comments_is_kept() {
        let t = "Tarief < € 100 en > € 80\n";
        assert!(matches!(repair(t), std::borrow::Cow::Borrowed(_)));
    }
}
