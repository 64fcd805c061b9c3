//! Which postings a fuzzy query can match, from the short keys and a lookup
//! of criteria words alone, so a store can answer a search without loading
//! every posting. The rule is [`Matcher::score_query`]'s: each word matches
//! the short part tightly or occurs in the criteria part, so the result is
//! exactly the set that rule accepts.

use super::fuzzy::{Matcher, Query};
use std::collections::HashSet;
use std::hash::Hash;

/// The ids (in the order of `short_keys`) whose key matches `query`.
/// `criteria_ids(word)` gives the ids whose criteria part contains `word`;
/// it is asked once per word, and only when some key misses that word.
pub fn matching_ids<Id: Clone + Eq + Hash + Sync, E>(
    short_keys: &[(Id, String)],
    query: &Query,
    mut criteria_ids: impl FnMut(&str) -> Result<HashSet<Id>, E>,
) -> Result<Vec<Id>, E> {
    let mut alive: Vec<&(Id, String)> = short_keys.iter().collect();
    for word in query.words() {
        let fuzzy = fuzzy_hits(&alive, word);
        if fuzzy.iter().all(|&hit| hit) {
            continue;
        }
        let in_criteria = criteria_ids(word)?;
        alive = alive
            .into_iter()
            .zip(fuzzy)
            .filter(|((id, _), hit)| *hit || in_criteria.contains(id))
            .map(|(k, _)| k)
            .collect();
    }
    Ok(alive.into_iter().map(|(id, _)| id.clone()).collect())
}

/// Per key, whether `word` matches its short part; on every core.
fn fuzzy_hits<Id: Sync>(keys: &[&(Id, String)], word: &str) -> Vec<bool> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = keys.len().div_ceil(threads).max(1024);
    std::thread::scope(|scope| {
        let parts: Vec<_> = keys
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    let m = Matcher::default();
                    part.iter()
                        .map(|(_, short)| m.word_score(short, word).is_some())
                        .collect::<Vec<bool>>()
                })
            })
            .collect();
        parts
            .into_iter()
            .flat_map(|p| p.join().unwrap_or_default())
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::posting::{KnockoutCriterion, Posting};
    use crate::search::key::{search_key, split};

    fn posting(title: &str, org: &str, criterion: &str) -> Posting {
        Posting {
            title: title.into(),
            organisation: Some(org.into()),
            knockout: vec![KnockoutCriterion {
                number: 1,
                text: criterion.into(),
            }],
            ..Posting::default()
        }
    }

    /// The narrowed set equals what the matcher accepts over whole keys.
    #[test]
    fn same_result_as_the_matcher() {
        let postings = [
            posting("Coördinator Wmo", "Utrecht", "HBO werk- en denkniveau"),
            posting("Beleidsadviseur Jeugd", "Heerde", "Ervaring met Wmo-taken"),
            posting("Projectleider", "Zaanstad", "VOG vereist"),
            posting(
                "Klantmanager Werk en Inkomen",
                "Hilversum",
                "Suite4Sociaal Domein",
            ),
        ];
        let keys: Vec<(String, String)> = postings
            .iter()
            .enumerate()
            .map(|(i, p)| (format!("p{i}"), search_key(p)))
            .collect();
        let short: Vec<(String, String)> = keys
            .iter()
            .map(|(id, k)| (id.clone(), split(k).0.to_string()))
            .collect();
        let m = Matcher::default();
        for q in [
            "wmo",
            "coordwmo",
            "wmo utrecht",
            "suite",
            "vog",
            "hbo heerde",
            "klantmgr",
            "zzz",
            "jeugd wmo",
            "vo",
        ] {
            let query = Query::new(q);
            let want: Vec<String> = keys
                .iter()
                .filter(|(_, k)| m.score_query(k, &query).is_some())
                .map(|(id, _)| id.clone())
                .collect();
            let got = matching_ids(&short, &query, |word| {
                Ok::<_, ()>(
                    keys.iter()
                        .filter(|(_, k)| split(k).1.contains(word))
                        .map(|(id, _)| id.clone())
                        .collect(),
                )
            })
            .unwrap();
            assert_eq!(got, want, "query {q:?}");
        }
    }
}
