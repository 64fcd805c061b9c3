//! From posting text to [`Posting`]: the domain model and the parser.
//!
//! Pure: no file, database or terminal access. The input is text (already
//! decoded from bytes by `crate::input`), the output a [`Posting`] with
//! warnings about what looks wrong in it.

pub mod model;
pub mod money;
pub mod normalize;
pub mod scale;

pub use model::{AwardCriterion, Dba, DbaStance, Hybrid, KnockoutCriterion, Posting, RateBand, Vog};
pub use money::Money;

/// Why a text could not be read as a posting.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    #[error("empty: the file holds no text")]
    Empty,
    #[error("not a posting: found no title, deadline or criteria")]
    NotAPosting,
}

/// Parses the text of one posting.
pub fn parse(text: &str) -> Result<Posting, ParseError> {
    let text = normalize::normalize(text);
    if text.trim().is_empty() {
        return Err(ParseError::Empty);
    }
    let title = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or_default();
    Ok(Posting { title: title.trim_start_matches('#').trim().to_string(), ..Posting::default() })
}
