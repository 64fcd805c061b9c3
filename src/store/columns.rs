//! The columns of `postings` that are derived from the posting itself
//! (title, deadline, scale, search key, match columns, the JSON), written
//! in one place for imports, edits by hand and undo.

use super::{StoreError, matching, ts};
use crate::posting::Posting;
use chrono::Utc;
use rusqlite::{Connection, params};

/// The posting as stored JSON.
pub(super) fn to_json(id: &str, p: &Posting) -> Result<String, StoreError> {
    serde_json::to_string(p).map_err(|e| StoreError::Corrupt {
        id: id.to_string(),
        reason: e.to_string(),
    })
}

/// Rewrites every posting-derived column of row `id` from `p`.
pub(super) fn write_posting(conn: &Connection, id: &str, p: &Posting) -> Result<(), StoreError> {
    let (scale_min, scale_max) = p.scale_range().unzip();
    let deadline = p.closing().map(|d| ts(d.with_timezone(&Utc)));
    let n = conn
        .prepare_cached(
            "UPDATE postings SET request_number = ?2, organisation = ?3, title = ?4, region = ?5,
            scale_min = ?6, scale_max = ?7, hours_min = ?8, hours_max = ?9, deadline_utc = ?10,
            search_key = ?11, posting_json = ?12, url_key = ?13, title_key = ?14, updated_at = ?15
         WHERE id = ?1",
        )?
        .execute(params![
            id,
            p.request_number,
            p.organisation,
            p.title,
            p.region,
            scale_min,
            scale_max,
            p.hours_min,
            p.hours_max,
            deadline,
            crate::search::key::search_key(p),
            to_json(id, p)?,
            matching::url_key(p),
            matching::title_key(p),
            ts(Utc::now()),
        ])?;
    if n == 0 {
        return Err(StoreError::UnknownId(id.to_string()));
    }
    Ok(())
}
