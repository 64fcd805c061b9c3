//! The bidder's profile and the self-assessment answers.

use super::{Store, StoreError, ts};
use crate::assess::{Answer, Assessment, Judged, Profile};
use chrono::Utc;
use rusqlite::{OptionalExtension, TransactionBehavior, params};
use std::collections::HashMap;

/// Which list a criterion is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CriterionKind {
    Knockout,
    Award,
}

impl CriterionKind {
    pub(super) fn key(self) -> &'static str {
        match self {
            CriterionKind::Knockout => "knockout",
            CriterionKind::Award => "award",
        }
    }
}

impl Store {
    /// The profile (defaults when none was saved yet).
    pub fn profile(&self) -> Result<Profile, StoreError> {
        let json: Option<String> = self
            .conn
            .query_row("SELECT json FROM profile WHERE id = 1", [], |r| r.get(0))
            .optional()?;
        match json {
            None => Ok(Profile::default()),
            Some(j) => serde_json::from_str(&j).map_err(|e| StoreError::Corrupt {
                id: "profile".into(),
                reason: e.to_string(),
            }),
        }
    }

    /// Saves the profile.
    pub fn save_profile(&mut self, profile: &Profile) -> Result<(), StoreError> {
        let json = serde_json::to_string(profile).map_err(|e| StoreError::Corrupt {
            id: "profile".into(),
            reason: e.to_string(),
        })?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO profile (id, json) VALUES (1, ?1) ON CONFLICT(id) DO UPDATE SET json = excluded.json",
            params![json],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Records (or with `None` clears) the answer to criterion `number` of a
    /// posting, against the criterion's current text. Unknown ids and
    /// criterion numbers are refused.
    pub fn set_answer(
        &mut self,
        id: &str,
        kind: CriterionKind,
        number: u32,
        answer: Option<Answer>,
    ) -> Result<(), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let text: Option<String> = tx
            .query_row(
                "SELECT text FROM criteria WHERE posting_id = ?1 AND kind = ?2 AND number = ?3",
                params![id, kind.key(), number],
                |r| r.get(0),
            )
            .optional()?;
        let Some(text) = text else {
            let known: bool = tx.query_row(
                "SELECT EXISTS(SELECT 1 FROM postings WHERE id = ?1)",
                [id],
                |r| r.get(0),
            )?;
            return Err(if known {
                StoreError::UnknownCriterion {
                    id: id.to_string(),
                    kind: if kind == CriterionKind::Knockout {
                        "knock-out"
                    } else {
                        "award"
                    },
                    number,
                }
            } else {
                StoreError::UnknownId(id.to_string())
            });
        };
        let before: Option<String> = tx
            .query_row(
                "SELECT answer FROM assessments WHERE posting_id = ?1 AND kind = ?2 AND number = ?3",
                params![id, kind.key(), number],
                |r| r.get(0),
            )
            .optional()?;
        let after = answer.map(|a| a.key());
        if before.as_deref() == after {
            return Ok(()); // no change, nothing to undo
        }
        write_answer(&tx, id, kind, number, after, Some(&text))?;
        let entry = |a: Option<&str>| serde_json::json!({"kind": kind.key(), "number": number, "answer": a, "text": text});
        super::journal::record(
            &tx,
            id,
            super::journal::Kind::Answer,
            Some(&entry(before.as_deref())),
            Some(&entry(after)),
            None,
            None,
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The answers for one posting.
    pub fn assessment(&self, id: &str) -> Result<Assessment, StoreError> {
        Ok(self
            .assessments_where(Some(id))?
            .remove(id)
            .unwrap_or_default())
    }

    /// The answers for every posting that has any, by posting id.
    pub fn assessments(&self) -> Result<HashMap<String, Assessment>, StoreError> {
        self.assessments_where(None)
    }

    fn assessments_where(
        &self,
        id: Option<&str>,
    ) -> Result<HashMap<String, Assessment>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT posting_id, kind, number, answer, text FROM assessments WHERE ?1 IS NULL OR posting_id = ?1",
        )?;
        let rows = stmt.query_map(params![id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, u32>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
            ))
        })?;
        let mut out: HashMap<String, Assessment> = HashMap::new();
        for row in rows {
            let (pid, kind, number, answer, text) = row?;
            let answer: Answer = answer.parse().map_err(|reason| StoreError::Corrupt {
                id: pid.clone(),
                reason,
            })?;
            let entry = out.entry(pid).or_default();
            let map = if kind == "knockout" {
                &mut entry.knockout
            } else {
                &mut entry.award
            };
            map.insert(number, Judged { answer, text });
        }
        Ok(out)
    }
}

/// Sets (or with `None` clears) one answer row, against `text`.
pub(super) fn write_answer(
    conn: &rusqlite::Connection,
    id: &str,
    kind: CriterionKind,
    number: u32,
    answer: Option<&str>,
    text: Option<&str>,
) -> Result<(), StoreError> {
    match answer {
        Some(a) => conn.execute(
            "INSERT INTO assessments (posting_id, kind, number, answer, text, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT(posting_id, kind, number) DO UPDATE SET answer = excluded.answer, text = excluded.text, at = excluded.at",
            params![id, kind.key(), number, a, text.unwrap_or(""), ts(Utc::now())],
        )?,
        None => conn.execute(
            "DELETE FROM assessments WHERE posting_id = ?1 AND kind = ?2 AND number = ?3",
            params![id, kind.key(), number],
        )?,
    };
    Ok(())
}
