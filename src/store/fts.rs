//! Full-text search over the original posting texts (SQLite FTS5, trigram
//! tokens with diacritics folded; schema version 2).

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
        let q = fts_query(query)?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.id, p.title FROM postings_fts f
             JOIN postings p INDEXED BY postings_list ON p.seq = f.rowid
             WHERE postings_fts MATCH ?1 AND p.archived_at IS NULL ORDER BY p.seq",
        )?;
        let rows = stmt.query_map([q], |r| {
            Ok(TextHit {
                id: r.get(0)?,
                title: r.get(1)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// The FTS5 MATCH expression for what a user typed: each word (or the one
/// quoted phrase) as an FTS5 string, joined by AND. Trigram tokens need three
/// characters or more per word.
pub fn fts_query(query: &str) -> Result<String, StoreError> {
    let q = query.trim();
    let phrase = q.len() >= 2 && q.starts_with('"') && q.ends_with('"');
    let terms: Vec<&str> = if phrase {
        vec![q[1..q.len() - 1].trim()]
    } else {
        q.split_whitespace().collect()
    };
    if terms.is_empty() || terms.iter().all(|t| t.is_empty()) {
        return Err(StoreError::BadQuery("the search text is empty".into()));
    }
    if let Some(short) = terms.iter().find(|t| t.chars().count() < 3) {
        return Err(StoreError::BadQuery(format!(
            "'{short}' is too short: full-text search needs 3 characters or more per word"
        )));
    }
    Ok(terms
        .iter()
        .map(|t| format!("\"{}\"", t.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" AND "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::posting::parse;

    #[test]
    fn queries() {
        assert_eq!(fts_query("opvang").unwrap(), "\"opvang\"");
        assert_eq!(
            fts_query("opvang  Hilversum").unwrap(),
            "\"opvang\" AND \"Hilversum\""
        );
        assert_eq!(
            fts_query("\"huisvesting van vergunninghouders\"").unwrap(),
            "\"huisvesting van vergunninghouders\""
        );
        assert_eq!(fts_query("a\"bc").unwrap(), "\"a\"\"bc\"");
        assert!(fts_query("  ").is_err());
        assert!(fts_query("wmo op").is_err());
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
        let ids = |store: &Store, q: &str| -> Vec<String> {
            store
                .search_text(q)
                .unwrap()
                .into_iter()
                .map(|h| h.id)
                .collect()
        };
        assert_eq!(ids(&store, "opvang"), ["30828"]);
        assert_eq!(ids(&store, "coordinator"), ["30828"]);
        assert_eq!(
            ids(&store, "\"huisvesting van vergunninghouders\""),
            ["30828"]
        );
        assert!(ids(&store, "\"vergunninghouders van huisvesting\"").is_empty());
        assert!(ids(&store, "opvang zzzz").is_empty());
        // an update of the text re-indexes it
        let changed = text.replace("Vluchtelingenopvangbeleid", "Statushoudersbeleid");
        let changed = changed.replace("opvang", "zorg");
        let p2 = parse(&changed).unwrap();
        store.import(&p2, &changed).unwrap();
        assert!(ids(&store, "opvang").is_empty());
        assert_eq!(ids(&store, "statushouders"), ["30828"]);
    }
}
