//! The words of the original texts, and the vocabulary that finds a word
//! inside a Dutch compound (issue 16).
//!
//! `postings_words` (schema v9) indexes the original texts by whole words,
//! as SQLite's `unicode61` tokenizer splits them (letters and digits, case
//! and diacritics folded). A whole-word index is a fraction of the size of
//! the trigram index it replaced and far quicker to fill and to query, but
//! it finds "opvang" only where "opvang" is a word of its own. So every
//! word ever stored is also kept once in `text_words`, with a trigram index
//! over those words (`text_words_fts`): a search looks up the stored words
//! that contain what was typed ("vluchtelingenopvangbeleid" for "opvang")
//! and asks the word index for any of them.
//!
//! Words are only added, never taken out: a word no text holds any more
//! finds nothing in the word index, so it costs a row and is harmless.

use super::StoreError;
use crate::posting::normalize::fold;
use rusqlite::{Connection, OptionalExtension};
use std::collections::BTreeSet;

/// The words of `text` as the word index holds them: runs of letters and
/// digits, folded (lowercase, diacritics dropped: "Coördinator" is
/// "coordinator"), in order, with repeats.
pub(crate) fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The distinct words of several texts that the vocabulary keeps: not
/// numbers (a text of 200,000 numbered criteria would add 200,000 of them,
/// and a number typed is still found where it stands alone) nor words
/// longer than [`LONGEST`] (encoded data, not words anyone types part of).
pub(super) fn distinct<'a>(texts: impl IntoIterator<Item = &'a str>) -> BTreeSet<String> {
    texts
        .into_iter()
        .flat_map(words)
        .filter(|w| w.chars().count() <= LONGEST && !w.chars().all(|c| c.is_ascii_digit()))
        .collect()
}

/// The longest word the vocabulary keeps, in characters.
const LONGEST: usize = 40;

/// Adds the words the vocabulary does not hold yet (with their trigrams).
/// Writes explicitly rather than by trigger, as a batch import runs with
/// the triggers off (`batch.rs`).
pub(super) fn add(conn: &Connection, words: &BTreeSet<String>) -> Result<(), StoreError> {
    let mut insert = conn.prepare_cached(
        "INSERT INTO text_words (word) VALUES (?1) ON CONFLICT (word) DO NOTHING RETURNING id",
    )?;
    let mut index =
        conn.prepare_cached("INSERT INTO text_words_fts (rowid, word) VALUES (?1, ?2)")?;
    for w in words {
        let id: Option<i64> = insert.query_row([w], |r| r.get(0)).optional()?;
        if let Some(id) = id {
            index.execute(rusqlite::params![id, w])?;
        }
    }
    Ok(())
}

/// The stored words that contain `part` (a folded word of three characters
/// or more), `part` itself among them even when no text holds it.
pub(super) fn containing(conn: &Connection, part: &str) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT w.word FROM text_words_fts f JOIN text_words w ON w.id = f.rowid
         WHERE text_words_fts MATCH ?1",
    )?;
    let mut found: Vec<String> = stmt
        .query_map([format!("\"{part}\"")], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    if !found.iter().any(|w| w == part) {
        found.push(part.to_owned());
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_folded_runs_of_letters_and_digits() {
        assert_eq!(
            words("Coördinator Vluchtelingenopvang (ZZP'er), 24-32 uur/week"),
            [
                "coordinator",
                "vluchtelingenopvang",
                "zzp",
                "er",
                "24",
                "32",
                "uur",
                "week"
            ]
        );
        assert!(words(" -- / ").is_empty());
        let kept = distinct(["Criterium 12: kennis van de Wmo 2015", &"x".repeat(41)]);
        assert_eq!(
            kept.into_iter().collect::<Vec<_>>(),
            ["criterium", "de", "kennis", "van", "wmo"]
        );
    }
}
