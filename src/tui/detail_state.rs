//! The posting open in the detail screen: its detail from the store, the
//! pane and scroll, its original text cleaned for the terminal and split in
//! lines with the search term's matches, the selected criterion and the
//! find field of the Text pane.

use super::action::Pane;
use super::query;
use crate::pipeline::PostingDetail;
use crate::posting::normalize::sanitize;

/// The posting open in the detail screen.
pub struct DetailState {
    pub detail: PostingDetail,
    pub pane: Pane,
    pub scroll: u16,
    /// The original text, sanitised, split in lines.
    pub lines: Vec<String>,
    /// Per line, the character ranges the search term matches.
    pub hits: Vec<Vec<(usize, usize)>>,
    /// The selected criterion in the Criteria pane: knock-outs first, then
    /// award criteria.
    pub criterion: usize,
    /// `/` in the Text pane: the term being typed (see `app/find.rs`).
    pub find: Option<tui_input::Input>,
    /// The find field has the keyboard.
    pub finding: bool,
    /// Which match `Enter` went to last (index among the matching lines).
    pub found_at: Option<usize>,
}

impl DetailState {
    pub fn new(detail: PostingDetail, term: &str, pane: Pane) -> Self {
        let lines: Vec<String> = sanitize(&detail.original_text)
            .lines()
            .map(|l| l.replace('\t', "    "))
            .collect();
        let hits = lines
            .iter()
            .map(|l| query::substring_ranges(l, term))
            .collect();
        DetailState {
            detail,
            pane,
            scroll: 0,
            lines,
            hits,
            criterion: 0,
            find: None,
            finding: false,
            found_at: None,
        }
    }

    /// How many criteria the Criteria pane lists.
    pub fn criteria_count(&self) -> usize {
        let p = &self.detail.record.posting;
        p.knockout.len() + p.award.len()
    }
}
