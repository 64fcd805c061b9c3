//! The search worker's passes over the keys: every key for a new query, or
//! only the last query's candidates for a query that extends it, scoring
//! only the words that changed (issue 16: at 100,000 postings a keystroke's
//! results must be drawn within 16 ms).
//!
//! Narrowing keeps what a longer query can still match, not only what the
//! last one matched: a word that starts with the last query's word can
//! reach the score floor where its start does not ("co" matches
//! "wijkcoordinator", "c" alone does not, its one letter mid-word scoring
//! under the floor). So the last query's *candidates* are kept: keys whose
//! every word but the last matches, and whose last word matches or has its
//! letters in order in the short part (or occurs in the criteria part).
//! The words before the last never change while a query grows (a longer
//! text only grows its last word or adds words), so their summed score is
//! kept per candidate and only the last word, or a new one, is scored.

use crate::search::Matcher;
use crate::search::Query;
use crate::search::packed::{Contains, PackedKeys};
use std::thread;

/// Keys matched between two checks for a newer query.
pub const CHUNK: usize = 512;

/// A key a query matches or that a longer query could match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    pub i: usize,
    /// The summed score of every word but the last (each matches).
    settled: i64,
    /// The last word's score, when it matches.
    end: Option<i64>,
}

impl Candidate {
    /// The key and its score, when the query matches it.
    pub fn hit(&self) -> Option<(usize, i64)> {
        self.end.map(|end| (self.i, self.settled + end))
    }
}

/// A finished query: its text and words, and its candidates in key order.
pub struct Last {
    pub query: String,
    pub words: Vec<String>,
    pub candidates: Vec<Candidate>,
}

/// What a query that extends the last one (as text) asks of its candidates.
enum Plan {
    /// Only its last word, which grew: the words before it are the same.
    LastWord,
    /// Only its new last word: the words before it are the last query's.
    NewWord,
    /// Every word (words were pasted: the last one grew and more came).
    Every,
}

fn plan(last: &[String], words: &[String]) -> Plan {
    match (last.split_last(), words.split_last()) {
        (Some((l, lead)), Some((w, new_lead))) if lead == new_lead && w.starts_with(l.as_str()) => {
            Plan::LastWord
        }
        (Some(_), Some((_, new_lead))) if new_lead == last => Plan::NewWord,
        _ => Plan::Every,
    }
}

/// Every key scored for `query`. `None` once `stale()` says a newer query
/// came in.
pub fn full(
    matcher: &Matcher,
    keys: &PackedKeys,
    query: &Query,
    stale: impl Fn() -> bool + Sync,
) -> Option<Vec<Candidate>> {
    let all: Vec<usize> = (0..keys.len()).collect();
    let contains = keys.contains(query);
    pass(matcher, &all, stale, |m, &i| {
        every_word(m, keys, i, query, &contains)
    })
}

/// The last query's candidates scored for `query`, whose text extends the
/// last query's: only the words that changed are scored again.
pub fn narrowed(
    matcher: &Matcher,
    keys: &PackedKeys,
    last: &Last,
    query: &Query,
    stale: impl Fn() -> bool + Sync,
) -> Option<Vec<Candidate>> {
    let contains = keys.contains(query);
    let end = query.words().len().saturating_sub(1);
    let plan = plan(&last.words, query.words());
    pass(matcher, &last.candidates, stale, |m, c| {
        let settled = match plan {
            Plan::LastWord => c.settled,
            Plan::NewWord => c.settled + c.end?,
            Plan::Every => return every_word(m, keys, c.i, query, &contains),
        };
        Some(Candidate {
            i: c.i,
            settled,
            end: keys.word_or_longer(m, c.i, query, end, &contains)?,
        })
    })
}

/// Key `i` for every word of `query`: a candidate when every word but the
/// last matches and the last matches or a longer one could.
fn every_word(
    m: &Matcher,
    keys: &PackedKeys,
    i: usize,
    query: &Query,
    contains: &Contains,
) -> Option<Candidate> {
    let n = query.words().len();
    let mut settled = 0;
    for w in 0..n.saturating_sub(1) {
        settled += keys.word_score(m, i, query, w, contains)?;
    }
    let end = match n {
        0 => Some(0),
        _ => keys.word_or_longer(m, i, query, n - 1, contains)?,
    };
    Some(Candidate { i, settled, end })
}

/// Scores `items` with `score`, keeping their order; on every core when
/// there is more than a chunk of them. `None` once `stale()` says a newer
/// query came in (checked between chunks).
pub fn pass<T: Sync>(
    matcher: &Matcher,
    items: &[T],
    stale: impl Fn() -> bool + Sync,
    score: impl Fn(&Matcher, &T) -> Option<Candidate> + Sync,
) -> Option<Vec<Candidate>> {
    let chunks: Vec<&[T]> = items.chunks(CHUNK).collect();
    let threads = thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(chunks.len())
        .max(1);
    // part p scores chunks p, p + threads, ...: each chunk's results apart
    let part = |m: &Matcher, part: usize| -> Option<Vec<Vec<Candidate>>> {
        let mut out = Vec::new();
        for chunk in chunks.iter().skip(part).step_by(threads) {
            if stale() {
                return None;
            }
            out.push(chunk.iter().filter_map(|c| score(m, c)).collect());
        }
        Some(out)
    };
    let parts: Vec<Vec<Vec<Candidate>>> = if threads == 1 {
        vec![part(matcher, 0)?]
    } else {
        thread::scope(|scope| {
            let running: Vec<_> = (0..threads)
                .map(|p| {
                    let part = &part;
                    scope.spawn(move || part(&Matcher::default(), p))
                })
                .collect();
            running
                .into_iter()
                .map(|h| h.join().unwrap_or(None))
                .collect::<Option<Vec<_>>>()
        })?
    };
    // chunk k is part (k % threads)'s (k / threads)-th: back in key order
    let total = parts.iter().flatten().map(Vec::len).sum();
    let mut parts: Vec<_> = parts.into_iter().map(Vec::into_iter).collect();
    let mut out = Vec::with_capacity(total);
    for k in 0..chunks.len() {
        out.extend(parts[k % threads].next().unwrap_or_default());
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::posting::normalize::fold;

    fn many(n: usize) -> Vec<String> {
        let base = [
            "Coördinator Vluchtelingenopvangbeleid Wijdmeren Hilversum",
            "Klantmanager Inburgering en Participatie Hilversum",
            "Wijkcoördinator Nieuwegein Utrecht\nervaring met wmo",
            "Adviseur Integraal Werken Hilversum",
        ];
        (0..n)
            .map(|i| fold(&format!("{} {i}", base[i % base.len()])))
            .collect()
    }

    /// Many chunks on every core give the same candidates, in key order,
    /// as one thread scoring them in turn.
    #[test]
    fn a_pass_on_every_core_equals_one_in_turn() {
        let keys = many(5 * CHUNK + 7);
        let packed = PackedKeys::from(keys.clone());
        let m = Matcher::default();
        let q = Query::new("coord");
        let contains = packed.contains(&q);
        let all: Vec<usize> = (0..keys.len()).collect();
        let got = full(&m, &packed, &q, || false).unwrap();
        let want: Vec<Candidate> = all
            .iter()
            .filter_map(|&i| every_word(&m, &packed, i, &q, &contains))
            .collect();
        assert_eq!(got, want);
        let hits: Vec<(usize, i64)> = got.iter().filter_map(Candidate::hit).collect();
        let scored: Vec<(usize, i64)> = all
            .iter()
            .filter_map(|&i| m.score_query(&keys[i], &q).map(|s| (i, s)))
            .collect();
        assert_eq!(hits, scored);
        assert!(!hits.is_empty());
        assert!(full(&m, &packed, &q, || true).is_none());
    }

    /// A query typed one key at a time (or pasted on top of one), each
    /// narrowed from the last, hits the keys a full pass hits with the same
    /// scores: "co" after "c" keeps "wijkcoordinator", which "c" alone
    /// does not match.
    #[test]
    fn narrowing_hits_what_a_full_pass_hits() {
        let keys = many(3 * CHUNK + 5);
        let packed = PackedKeys::from(keys.clone());
        let m = Matcher::default();
        for typed in [
            "coord wmo hilv",
            "klant  inb 1",
            "e e e",
            "wijk",
            "hilversum adv",
        ] {
            let mut last: Option<Last> = None;
            let mut steps: Vec<&str> = (1..=typed.len()).map(|end| &typed[..end]).collect();
            steps.push(typed); // the same query again
            for q in steps {
                let query = Query::new(q);
                let got = match last
                    .as_ref()
                    .filter(|l| !l.query.trim().is_empty() && q.starts_with(l.query.as_str()))
                {
                    Some(l) => narrowed(&m, &packed, l, &query, || false),
                    None => full(&m, &packed, &query, || false),
                }
                .unwrap();
                let hits: Vec<(usize, i64)> = got.iter().filter_map(Candidate::hit).collect();
                let want: Vec<(usize, i64)> = (0..keys.len())
                    .filter_map(|i| m.score_query(&keys[i], &query).map(|s| (i, s)))
                    .collect();
                assert_eq!(hits, want, "{q:?}");
                last = Some(Last {
                    query: q.to_string(),
                    words: query.words().to_vec(),
                    candidates: got,
                });
            }
        }
        // pasted: the last word grew and another came
        let first = Query::new("coo");
        let l = Last {
            query: "coo".into(),
            words: first.words().to_vec(),
            candidates: full(&m, &packed, &first, || false).unwrap(),
        };
        let q = Query::new("coord wijd");
        let got: Vec<(usize, i64)> = narrowed(&m, &packed, &l, &q, || false)
            .unwrap()
            .iter()
            .filter_map(Candidate::hit)
            .collect();
        let want: Vec<(usize, i64)> = (0..keys.len())
            .filter_map(|i| m.score_query(&keys[i], &q).map(|s| (i, s)))
            .collect();
        assert_eq!(got, want);
        assert!(!want.is_empty());
    }
}
