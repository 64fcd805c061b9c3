//! Full-text search over the original posting texts (schema v9): a word
//! index (SQLite FTS5, `unicode61`, diacritics folded) and the vocabulary
//! of stored words that finds a word inside a compound (`words.rs`).

use super::words::{self, containing};
use super::{Store, StoreError};

/// A posting whose original text matches a full-text query.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TextHit {
    pub id: String,
    pub title: String,
}

impl Store {
    /// Postings (not archived) whose original text contains every word of `query` (or the
    /// whole of a query in double quotes, as one phrase), in import order.
    /// Words match inside compounds: "opvang" finds "Vluchtelingenopvangbeleid".
    pub fn search_text(&self, query: &str) -> Result<Vec<TextHit>, StoreError> {
        let mut hits = Vec::new();
        self.search_text_each(query, |id, title| {
            hits.push(TextHit {
                id: id.to_string(),
                title: title.to_string(),
            });
        })?;
        Ok(hits)
    }

    /// As [`Store::search_text`], each hit handed to `hit` as it is read
    /// (an id and a title), none kept: a word in most of 100,000 postings
    /// makes no 150,000 strings. Returns how many there were.
    pub fn search_text_each(
        &self,
        query: &str,
        mut hit: impl FnMut(&str, &str),
    ) -> Result<usize, StoreError> {
        let parts = query_parts(query)?;
        let mut all = Vec::with_capacity(parts.len());
        for tokens in &parts {
            all.push(format!("({})", self.part_expression(tokens)?));
        }
        let expression = all.join(" AND ");
        let mut seqs: Vec<i64> = self
            .conn
            .prepare_cached("SELECT rowid FROM postings_words WHERE postings_words MATCH ?1")?
            .query_map([&expression], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        seqs.sort_unstable();
        let (Some(&first), Some(&last)) = (seqs.first(), seqs.last()) else {
            return Ok(0);
        };
        // a word in many postings: one walk of the list index over their
        // span, keeping the rows whose seq is a hit, beats a lookup per hit
        // (74,120 hits of 100,000: 99 ms → 44 ms, BENCHMARKS.md); a rare
        // word is looked up hit by hit
        let span = usize::try_from(last - first).unwrap_or(usize::MAX);
        let walk = seqs.len().saturating_mul(4) >= span;
        let mut n = 0;
        if walk {
            let mut stmt = self.conn.prepare_cached(
                "SELECT seq, id, title FROM postings INDEXED BY postings_list
                 WHERE seq BETWEEN ?1 AND ?2 AND archived_at IS NULL ORDER BY seq",
            )?;
            let mut rows = stmt.query([first, last])?;
            let mut pending = seqs.iter().copied().peekable();
            while let Some(r) = rows.next()? {
                let seq: i64 = r.get(0)?;
                while pending.next_if(|&p| p < seq).is_some() {}
                if pending.next_if_eq(&seq).is_some() {
                    hit(text(r, 1)?, text(r, 2)?);
                    n += 1;
                }
            }
        } else {
            let mut stmt = self.conn.prepare_cached(
                "SELECT p.seq, p.id, p.title FROM postings_words f
                 JOIN postings p INDEXED BY postings_list ON p.seq = f.rowid
                 WHERE postings_words MATCH ?1 AND p.archived_at IS NULL ORDER BY p.seq",
            )?;
            let mut rows = stmt.query([&expression])?;
            while let Some(r) = rows.next()? {
                hit(text(r, 1)?, text(r, 2)?);
                n += 1;
            }
        }
        Ok(n)
    }

    /// The FTS5 expression for one part of a query (its folded words): a
    /// single word as any stored word that contains it; several as a
    /// phrase whose first word may end a longer word (any stored word that
    /// ends with it) and whose last may begin one (an FTS5 prefix), as the
    /// characters typed would match inside the text.
    fn part_expression(&self, tokens: &[String]) -> Result<String, StoreError> {
        let quoted = |w: &str| format!("\"{w}\"");
        let [first, rest @ ..] = tokens else {
            return Err(StoreError::BadQuery("the search text is empty".into()));
        };
        if rest.is_empty() {
            let alternatives = if first.chars().count() >= 3 {
                containing(&self.conn, first)?
            } else {
                vec![first.clone()]
            };
            return Ok(alternatives
                .iter()
                .map(|w| quoted(w))
                .collect::<Vec<_>>()
                .join(" OR "));
        }
        let firsts: Vec<String> = if first.chars().count() >= 3 {
            containing(&self.conn, first)?
                .into_iter()
                .filter(|w| w.ends_with(first.as_str()))
                .collect()
        } else {
            vec![first.clone()]
        };
        let last_open = rest.last().is_some_and(|l| l.chars().count() >= 3);
        let tail = rest.join(" ");
        Ok(firsts
            .iter()
            .map(|f| {
                let phrase = quoted(&format!("{f} {tail}"));
                if last_open {
                    format!("{phrase} *")
                } else {
                    phrase
                }
            })
            .collect::<Vec<_>>()
            .join(" OR "))
    }
}

/// A text column of a row, borrowed.
fn text<'r>(r: &'r rusqlite::Row, i: usize) -> rusqlite::Result<&'r str> {
    r.get_ref(i)?.as_str().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// What a user typed, as parts that must all match, each the folded words
/// of one whitespace-separated word (or of the one quoted phrase). Each
/// word typed needs three characters or more, as before words were indexed
/// whole (a phrase needs three in all).
pub fn query_parts(query: &str) -> Result<Vec<Vec<String>>, StoreError> {
    let q = query.trim();
    let phrase = q.len() >= 2 && q.starts_with('"') && q.ends_with('"');
    let typed: Vec<&str> = if phrase {
        vec![q[1..q.len() - 1].trim()]
    } else {
        q.split_whitespace().collect()
    };
    if typed.is_empty() || typed.iter().all(|t| t.is_empty()) {
        return Err(StoreError::BadQuery("the search text is empty".into()));
    }
    if let Some(short) = typed.iter().find(|t| t.chars().count() < 3) {
        return Err(StoreError::BadQuery(format!(
            "'{short}' is too short: full-text search needs 3 characters or more per word"
        )));
    }
    typed
        .iter()
        .map(|t| {
            let tokens = words::words(t);
            if tokens.is_empty() {
                Err(StoreError::BadQuery(format!(
                    "'{t}' has no letters or digits to search for"
                )))
            } else {
                Ok(tokens)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::posting::parse;

    #[test]
    fn queries() {
        assert_eq!(query_parts("opvang").unwrap(), [["opvang"]]);
        assert_eq!(
            query_parts("opvang  Hilversum").unwrap(),
            [["opvang"], ["hilversum"]]
        );
        assert_eq!(
            query_parts("\"Huisvesting van vergunninghouders\"").unwrap(),
            [["huisvesting", "van", "vergunninghouders"]]
        );
        assert_eq!(query_parts("zzp'er").unwrap(), [["zzp", "er"]]);
        assert_eq!(query_parts("a\"bc").unwrap(), [["a", "bc"]]);
        assert!(query_parts("  ").is_err());
        assert!(query_parts("wmo op").is_err());
        assert!(query_parts("---").is_err());
    }

    /// The ids of a full-text search's hits, in order.
    fn ids(store: &Store, q: &str) -> Vec<String> {
        store
            .search_text(q)
            .unwrap()
            .into_iter()
            .map(|h| h.id)
            .collect()
    }

    #[test]
    fn finds_words_inside_compounds_phrases_and_follows_updates() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("t.db")).unwrap();
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/postings/hilversum-30828-coordinator-vluchtelingenopvang.txt"
        ))
        .unwrap();
        let p = parse(&text).unwrap();
        store.import(&p, &text).unwrap();
        assert_eq!(ids(&store, "opvang"), ["30828"]);
        assert_eq!(ids(&store, "coordinator"), ["30828"]);
        assert_eq!(
            ids(&store, "\"huisvesting van vergunninghouders\""),
            ["30828"]
        );
        assert!(ids(&store, "\"vergunninghouders van huisvesting\"").is_empty());
        // a phrase typed from inside words, as the characters would match
        assert_eq!(ids(&store, "\"vesting van vergunning\""), ["30828"]);
        assert!(ids(&store, "\"vesting van zorg\"").is_empty());
        assert!(ids(&store, "opvang zzzz").is_empty());
        // an update of the text re-indexes it
        let changed = text.replace("Vluchtelingenopvangbeleid", "Statushoudersbeleid");
        let changed = changed.replace("opvang", "zorg");
        let p2 = parse(&changed).unwrap();
        store.import(&p2, &changed).unwrap();
        assert!(ids(&store, "opvang").is_empty());
        assert_eq!(ids(&store, "statushouders"), ["30828"]);
    }

    /// A word in most postings is read by one walk of the list index, a
    /// rare one hit by hit: both give the hits in import order, without
    /// archived postings.
    #[test]
    fn a_common_and_a_rare_word_give_the_same_kind_of_answer() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("t.db")).unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let mut imported = Vec::new();
        for (i, g) in crate::corpus::corpus(7, 40, today).enumerate() {
            let rare = if i == 0 || i == 39 {
                " zeldzaamwoord"
            } else {
                ""
            };
            let text = format!("{}\nAlgemeenwoord{rare}.\n", g.text);
            let p = parse(&text).unwrap();
            imported.push(store.import(&p, &text).unwrap().id);
        }
        store.archive(&imported[10]).unwrap();
        store.archive(&imported[39]).unwrap();
        let mut common: Vec<String> = imported.clone();
        common.retain(|id| id != &imported[10] && id != &imported[39]);
        assert_eq!(ids(&store, "algemeenwoord"), common);
        assert_eq!(ids(&store, "zeldzaamwoord"), [imported[0].clone()]);
        let mut lines = 0;
        let n = store
            .search_text_each("algemeenwoord", |_, _| lines += 1)
            .unwrap();
        assert_eq!((n, lines), (38, 38));
    }
}
