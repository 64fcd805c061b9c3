//! Everything the views draw from: records, what is visible, selection,
//! the open detail, popups, search and filters, and the clock.
//!
//! Plain data plus pure helpers (selection, board columns, refresh). It never
//! talks to the store: [`super::app::App`] does that and hands the results in.

use super::assessed::Judgements;
pub use super::detail_state::DetailState;
use super::importing::ImportJob;
use super::query::{self, FilterState, SortKey};
use crate::pipeline::{PostingRecord, Stage, Status};
use chrono::{DateTime, Utc};
use ratatui_textarea::TextArea;
use tui_input::Input;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    List,
    Board,
    Agenda,
}

/// A board column: a main stage, or one of the side lane's groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Main(Stage),
    Side(Status),
}

impl Column {
    pub const MAIN: [Column; 4] = [
        Column::Main(Stage::Open),
        Column::Main(Stage::Applied),
        Column::Main(Stage::Interview),
        Column::Main(Stage::Awarded),
    ];
    pub const SIDE: [Column; 5] = [
        Column::Side(Status::Stage(Stage::Rejected)),
        Column::Side(Status::Stage(Stage::WaitingRoom)),
        Column::Side(Status::Stage(Stage::Withdrawn)),
        Column::Side(Status::Stage(Stage::Passed)),
        Column::Side(Status::Expired),
    ];

    pub fn label(self) -> &'static str {
        match self {
            Column::Main(s) => s.key(),
            Column::Side(Status::Stage(Stage::WaitingRoom)) => "waiting room",
            Column::Side(s) => s.label(),
        }
    }

    fn holds(self, status: Status) -> bool {
        match self {
            Column::Main(s) => status == Status::Stage(s),
            Column::Side(s) => status == s,
        }
    }
}

/// A popup over the main screen; it has the keyboard while it is open.
pub enum Popup {
    Help {
        scroll: u16,
    },
    Filter {
        field: usize,
    },
    StageMenu {
        index: usize,
    },
    Import(Input),
    /// A folder import under way: `Esc` stops it between two files.
    Importing(ImportJob),
    /// What the import did, each failed file with its reason.
    ImportSummary {
        job: ImportJob,
        scroll: u16,
    },
    Note {
        id: String,
        editor: Box<TextArea<'static>>,
    },
    /// The form of a posting's fields (`e` edits, `N` adds one).
    Form(Box<super::form::Form>),
    /// "Move this posting to the archive?"
    ConfirmArchive {
        id: String,
        title: String,
    },
    /// How the bid ended, asked after a move to awarded or rejected.
    Outcome(Box<super::outcome_form::OutcomeForm>),
    /// What your bids teach (`S`), drawn by `views/stats.rs`.
    Stats {
        stats: Box<crate::assess::stats::Stats>,
        scroll: u16,
    },
    /// The profile editor; `editing` holds the text of the field being typed.
    Profile {
        field: usize,
        editing: Option<Input>,
    },
}

/// A message in the status line; `error` ones stand out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

pub struct State {
    pub now: DateTime<Utc>,
    pub records: Vec<PostingRecord>,
    /// Indices into `records`, in display order.
    pub visible: Vec<usize>,
    /// Position in `visible` (list view).
    pub selected: usize,
    pub view: View,
    /// Per board column, indices into `records`.
    pub columns: Vec<(Column, Vec<usize>)>,
    pub board_col: usize,
    pub board_row: usize,
    pub side_open: bool,
    /// The terminal's size at the last event (zero until one came): what
    /// scrolling and paging are measured against.
    pub screen: ratatui::layout::Rect,
    /// A demo on a throwaway database (`--demo`): the header says so.
    pub demo: bool,
    /// `L` was pressed once: a second `L` adds the samples for good.
    pub samples_asked: bool,
    /// Text for the system clipboard, written by the loop (OSC 52).
    pub clipboard: Option<String>,
    pub detail: Option<DetailState>,
    pub popup: Option<Popup>,
    pub search: Input,
    pub searching: bool,
    /// The hits of the last finished search and the query they are for;
    /// `None` when there is no search.
    pub search_hits: Option<(String, Vec<(usize, i64)>)>,
    /// A query is with the worker and its results are not in yet.
    pub search_pending: bool,
    /// The list's order of every record, for sorting search hits.
    pub order: super::order::Order,
    /// Profile, answers, scores, checks and the agenda.
    pub judged: Judgements,
    /// Position in the agenda view.
    pub agenda_sel: usize,
    pub filter: FilterState,
    /// The filters before the last clear, for `F`.
    pub cleared_filter: Option<FilterState>,
    pub sort: SortKey,
    /// Provinces present in the records, sorted: the region filter's values.
    pub regions: Vec<String>,
    pub message: Option<Message>,
    /// While the rest of a large list loads: how many postings there are.
    pub loading: Option<usize>,
    /// The archive is shown instead of the postings.
    pub archive: bool,
    pub quit: bool,
}

impl State {
    pub fn new(records: Vec<PostingRecord>, now: DateTime<Utc>) -> Self {
        let mut s = State {
            now,
            records: vec![],
            visible: vec![],
            selected: 0,
            view: View::List,
            columns: vec![],
            board_col: 0,
            board_row: 0,
            side_open: false,
            screen: ratatui::layout::Rect::ZERO,
            demo: false,
            samples_asked: false,
            clipboard: None,
            detail: None,
            popup: None,
            search: Input::default(),
            searching: false,
            search_hits: None,
            search_pending: false,
            order: super::order::Order::default(),
            judged: Judgements::default(),
            agenda_sel: 0,
            filter: FilterState::default(),
            cleared_filter: None,
            sort: SortKey::default(),
            regions: vec![],
            message: None,
            loading: None,
            archive: false,
            quit: false,
        };
        s.set_records(records);
        s
    }

    /// Replaces the records (after an import) and keeps the selection on the
    /// same posting where it still exists.
    pub fn set_records(&mut self, records: Vec<PostingRecord>) {
        let keep = self.selected_id();
        self.records = records;
        // the few distinct names copied, not one per record
        let mut regions: Vec<&str> = self
            .records
            .iter()
            .filter_map(|r| r.posting.region.as_deref())
            .collect();
        regions.sort_unstable();
        regions.dedup();
        self.regions = regions.into_iter().map(str::to_string).collect();
        self.judged.recompute(&self.records, self.now);
        self.refresh();
        if let Some(id) = keep {
            self.select_id(&id);
        }
    }

    /// Recomputes what is visible after the filter, search hits, sort or a
    /// stage changed (the list's order of every record made again).
    pub fn refresh(&mut self) {
        self.order.forget();
        self.refresh_hits();
    }

    /// Recomputes what is visible after new search hits: the list's order
    /// of every record is kept while it holds (see [`super::order`]).
    pub fn refresh_hits(&mut self) {
        self.order.ensure(&self.records, self.sort, self.now);
        self.visible = super::order::visible(
            &self.records,
            &self.filter,
            self.search_hits.as_ref().map(|(_, h)| h.as_slice()),
            self.sort,
            self.now,
            &self.judged.per_record,
            &self.order,
        );
        let mut cols: Vec<Column> = Column::MAIN.to_vec();
        cols.extend(Column::SIDE);
        // one pass: each visible record's status once, into its column
        let mut items: Vec<Vec<usize>> = vec![Vec::new(); cols.len()];
        for &i in &self.visible {
            let status = Status::of(self.records[i].stage, self.order.closing(i), self.now);
            if let Some(c) = cols.iter().position(|c| c.holds(status)) {
                items[c].push(i);
            }
        }
        self.columns = cols.into_iter().zip(items).collect();
        self.clamp();
    }

    /// Title match positions of record `i` for the search shown, computed
    /// for the rows on screen only.
    pub fn title_hits(&self, i: usize) -> Option<Vec<usize>> {
        let (q, _) = self.search_hits.as_ref()?;
        let v = query::match_positions(&self.records.get(i)?.posting.title, q);
        (!v.is_empty()).then_some(v)
    }

    /// The checks of record `i`.
    pub fn assessed(&self, i: usize) -> Option<&super::assessed::Assessed> {
        self.judged.per_record.get(i)
    }

    /// Board columns that can be selected: the main ones, plus the side lane
    /// when it is open.
    pub fn board_columns(&self) -> usize {
        if self.side_open {
            self.columns.len()
        } else {
            Column::MAIN.len()
        }
    }

    fn clamp(&mut self) {
        self.selected = self.selected.min(self.visible.len().saturating_sub(1));
        self.board_col = self.board_col.min(self.board_columns().saturating_sub(1));
        let n = self.columns.get(self.board_col).map_or(0, |c| c.1.len());
        self.board_row = self.board_row.min(n.saturating_sub(1));
        self.agenda_sel = self
            .agenda_sel
            .min(self.judged.agenda.len().saturating_sub(1));
    }

    /// Index into `records` of the selected posting, in the current view.
    pub fn selected_index(&self) -> Option<usize> {
        match self.view {
            View::List => self.visible.get(self.selected).copied(),
            View::Board => self
                .columns
                .get(self.board_col)?
                .1
                .get(self.board_row)
                .copied(),
            View::Agenda => {
                let i = self.judged.agenda.get(self.agenda_sel)?.record as usize;
                (i < self.records.len()).then_some(i)
            }
        }
    }

    pub fn selected_id(&self) -> Option<String> {
        if let Some(d) = &self.detail {
            return Some(d.detail.record.id.clone());
        }
        self.selected_index().map(|i| self.records[i].id.clone())
    }

    /// Moves the selection to the posting with this id, if visible.
    pub fn select_id(&mut self, id: &str) {
        if let Some(pos) = self.visible.iter().position(|&i| self.records[i].id == id) {
            self.selected = pos;
        }
        for (c, (_, items)) in self.columns.iter().enumerate() {
            if let Some(row) = items.iter().position(|&i| self.records[i].id == id) {
                if c < self.board_columns() {
                    self.board_col = c;
                    self.board_row = row;
                }
                break;
            }
        }
    }

    /// Moves the selection by `delta` rows in the current view.
    pub fn move_selection(&mut self, delta: isize) {
        let (pos, len) = match self.view {
            View::List => (&mut self.selected, self.visible.len()),
            View::Agenda => (&mut self.agenda_sel, self.judged.agenda.len()),
            View::Board => (
                &mut self.board_row,
                self.columns.get(self.board_col).map_or(0, |c| c.1.len()),
            ),
        };
        if len == 0 {
            *pos = 0;
            return;
        }
        *pos = (*pos as isize + delta).clamp(0, len as isize - 1) as usize;
    }

    pub fn move_column(&mut self, delta: isize) {
        let n = self.board_columns() as isize;
        self.board_col = (self.board_col as isize + delta).clamp(0, n - 1) as usize;
        self.board_row = 0;
    }

    /// Records a stage change made in the store, without reloading.
    pub fn patch_stage(&mut self, id: &str, stage: Stage) {
        if let Some(r) = self.records.iter_mut().find(|r| r.id == id) {
            r.stage = stage;
        }
        self.judged.stages_changed(&self.records, self.now);
        self.refresh();
        self.select_id(id);
    }

    pub fn info(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            error: false,
        });
    }

    pub fn error(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            error: true,
        });
    }
}
