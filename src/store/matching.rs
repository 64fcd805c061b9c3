//! Which stored posting an import is: the same request number and
//! organisation (the match key), else the same web address, else the same
//! organisation and title with a deadline at most [`NEW_ROUND_DAYS`] away.
//! The same organisation and title with a deadline further away is a new
//! round of the job: stored beside the old one, and said so.

use super::StoreError;
use crate::posting::Posting;
use crate::posting::normalize::fold;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension};

/// Deadlines further apart than this make the same organisation and title
/// a new round of the job.
pub const NEW_ROUND_DAYS: i64 = 60;

/// What the store holds for a posting being imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Found {
    /// This stored posting (by id).
    Same(String),
    /// No match, but a stored posting with the same organisation and title
    /// and a deadline months away: this one is a new round of it.
    NewRound(String),
    Nothing,
}

/// The web address as compared: no scheme, `www.`, fragment or trailing
/// slash; the host in lowercase.
pub(crate) fn url_key(p: &Posting) -> Option<String> {
    let u = p.url.as_deref()?.trim();
    let u = u.split('#').next().unwrap_or(u);
    let rest = u
        .strip_prefix("https://")
        .or_else(|| u.strip_prefix("http://"))
        .unwrap_or(u);
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let key = format!("{}/{}", host.to_lowercase(), path.trim_end_matches('/'));
    let key = key.trim_end_matches('/').to_string();
    Some(key).filter(|k| !k.is_empty())
}

/// Organisation and title, folded (case and diacritics); `None` without a title.
pub(crate) fn title_key(p: &Posting) -> Option<String> {
    let title = fold(p.title.trim());
    if title.is_empty() {
        return None;
    }
    Some(format!(
        "{}|{title}",
        fold(p.organisation.as_deref().unwrap_or("").trim())
    ))
}

/// Finds the stored posting an import is (see the module comment).
pub(super) fn find(
    conn: &Connection,
    p: &Posting,
    key: &str,
    legacy_key: &str,
) -> Result<Found, StoreError> {
    let by_key: Option<String> = conn
        .prepare_cached(
            "SELECT id FROM postings WHERE match_key IN (?1, ?2)
             ORDER BY match_key = ?1 DESC LIMIT 1",
        )?
        .query_row([key, legacy_key], |r| r.get(0))
        .optional()?;
    if let Some(id) = by_key {
        return Ok(Found::Same(id));
    }
    let number = p
        .request_number
        .as_deref()
        .map(|n| fold(n.trim()))
        .filter(|n| !n.is_empty());
    // another request number is another posting, whatever else agrees
    let other_number = |theirs: Option<String>| {
        matches!((&number, theirs.map(|t| fold(t.trim())).filter(|t| !t.is_empty())),
            (Some(a), Some(b)) if *a != b)
    };
    if let Some(url) = url_key(p) {
        let mut stmt = conn.prepare_cached(
            "SELECT id, request_number FROM postings WHERE url_key = ?1 ORDER BY seq DESC",
        )?;
        let rows: Vec<(String, Option<String>)> = stmt
            .query_map([&url], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        if let Some((id, _)) = rows.into_iter().find(|(_, n)| !other_number(n.clone())) {
            return Ok(Found::Same(id));
        }
    }
    let Some(tk) = title_key(p) else {
        return Ok(Found::Nothing);
    };
    let mut stmt = conn.prepare_cached(
        "SELECT id, request_number, deadline_utc FROM postings WHERE title_key = ?1 ORDER BY seq DESC",
    )?;
    let rows: Vec<(String, Option<String>, Option<String>)> = stmt
        .query_map([&tk], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    let new = p.closing().map(|d| d.with_timezone(&Utc));
    let mut round_of = None;
    let mut best: Option<(i64, String)> = None;
    for (id, n, deadline) in rows {
        if other_number(n) {
            continue;
        }
        let old = deadline.as_deref().map(super::parse_ts);
        let days = apart(new, old);
        match days {
            Some(d) if d > NEW_ROUND_DAYS => {
                round_of.get_or_insert(id);
            }
            _ => {
                let d = days.unwrap_or(0);
                if best.as_ref().is_none_or(|(b, _)| d < *b) {
                    best = Some((d, id));
                }
            }
        }
    }
    Ok(match (best, round_of) {
        (Some((_, id)), _) => Found::Same(id),
        (None, Some(id)) => Found::NewRound(id),
        (None, None) => Found::Nothing,
    })
}

/// Whole days between two deadlines; `None` when either is unknown.
fn apart(a: Option<DateTime<Utc>>, b: Option<DateTime<Utc>>) -> Option<i64> {
    Some((a? - b?).num_days().abs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_compare_without_scheme_www_slash_or_fragment() {
        let p = |u: &str| Posting {
            url: Some(u.into()),
            ..Posting::default()
        };
        let k = url_key(&p("https://www.Flextender.nl/opdracht/30828/")).unwrap();
        assert_eq!(k, "flextender.nl/opdracht/30828");
        assert_eq!(
            url_key(&p("http://flextender.nl/opdracht/30828#top")).unwrap(),
            k
        );
        assert_ne!(
            url_key(&p("https://flextender.nl/opdracht/30829")).unwrap(),
            k
        );
        assert_eq!(url_key(&p("  ")), None);
    }

    #[test]
    fn title_keys_fold_case_and_diacritics() {
        let p = |o: &str, t: &str| Posting {
            organisation: Some(o.into()),
            title: t.into(),
            ..Posting::default()
        };
        assert_eq!(
            title_key(&p("Hilversum", "Coördinator")),
            title_key(&p("hilversum", "coordinator "))
        );
        assert_eq!(title_key(&p("Hilversum", "")), None);
    }
}
