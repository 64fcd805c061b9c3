//! Routing: an input event becomes an [`Action`] through the keymap, the
//! action changes the [`State`] and, for changes, goes to the store at once.
//! Popup-specific handling lives in [`super::popup`]. Draws nothing.

use super::action::{Action, Pane};
use super::backend::Backend;
use super::keymap::{self, Context, Key};
use super::popup;
use super::state::{DetailState, Popup, State, View};
use super::views;
use super::worker::SearchWorker;
use crate::pipeline::Stage;
use chrono::{DateTime, Utc};
use ratatui::crossterm::event::{Event, KeyEvent, KeyEventKind, MouseButton, MouseEventKind};
use ratatui::layout::Rect;

mod external;
mod find;
mod hand;
mod import;
mod input;
mod loading;
mod scroll;
mod search;
mod share;

pub use external::CHECK_EVERY;
pub use loading::FIRST_SCREEN;
pub use share::osc52;

use search::take_search_keys;

pub struct App {
    pub state: State,
    pub backend: Box<dyn Backend>,
    /// The fuzzy search, off the input path.
    pub search: SearchWorker,
    /// How long one [`App::tick`] may spend importing files (at least one
    /// file per tick); zero in tests to import exactly one per tick.
    pub import_budget: std::time::Duration,
    /// The rest of a large list, read on another thread at start-up.
    loading: Option<loading::Loading>,
    /// Writes by other processes ([`external`]).
    watch: external::Watch,
    /// Over this many postings the list is read on the loading thread.
    first_screen: usize,
}

impl App {
    /// Where the keyboard is.
    pub fn context(&self) -> Context {
        let s = &self.state;
        match &s.popup {
            Some(Popup::Help { .. }) => Context::Help,
            Some(Popup::Stats { .. }) => Context::Stats,
            Some(Popup::Outcome(_)) => Context::OutcomeForm,
            Some(Popup::Filter { .. }) => Context::Filter,
            Some(Popup::StageMenu { .. }) => Context::StageMenu,
            Some(Popup::Import(_)) => Context::Import,
            Some(Popup::Importing(_)) => Context::Importing,
            Some(Popup::ImportSummary { .. }) => Context::ImportSummary,
            Some(Popup::Note { .. }) => Context::Note,
            Some(Popup::Form(_)) => Context::Form,
            Some(Popup::ConfirmArchive { .. }) => Context::Confirm,
            Some(Popup::Profile { editing: None, .. }) => Context::Profile,
            Some(Popup::Profile { .. }) => Context::ProfileEdit,
            None if s.detail.as_ref().is_some_and(|d| d.finding) => Context::TextFind,
            None if s.searching => Context::Search,
            None if s.detail.as_ref().is_some_and(|d| d.pane == Pane::Criteria) => {
                Context::Criteria
            }
            None if s.detail.is_some() => Context::Detail,
            None if s.view == View::Board => Context::Board,
            None if s.view == View::Agenda => Context::Agenda,
            None => Context::List,
        }
    }

    /// Reloads the records from the store (after imports), the archive's
    /// when it is shown.
    pub fn reload(&mut self) {
        self.stop_loading();
        let records = if self.state.archive {
            self.backend.list_archived()
        } else {
            self.backend.list()
        };
        match self.backend.chance_model() {
            Ok(m) => self.state.judged.model = m,
            Err(e) => self
                .state
                .error(format!("Could not learn the chances: {e}")),
        }
        match records {
            Ok(records) => {
                search::move_hits(&mut self.state, &records);
                self.state.set_records(records);
                self.search
                    .set_keys(take_search_keys(&mut self.state.records));
                self.post_search();
            }
            Err(e) => self
                .state
                .error(format!("Could not read the database: {e}")),
        }
    }

    pub fn update(&mut self, action: Action) {
        if action == Action::ForceQuit {
            self.state.quit = true;
            return;
        }
        if self.state.popup.is_some() {
            popup::update(self, action);
            return;
        }
        if self.state.detail.as_ref().is_some_and(|d| d.finding) {
            self.update_find(action);
            return;
        }
        if self.state.searching {
            self.update_search(action);
            return;
        }
        self.state.message = None;
        let samples_asked = std::mem::take(&mut self.state.samples_asked);
        match action {
            Action::Quit => self.state.quit = true,
            Action::Help => self.state.popup = Some(Popup::Help { scroll: 0 }),
            Action::Up => self.scroll_or_move(-1),
            Action::Down => self.scroll_or_move(1),
            Action::PageUp => self.scroll_or_move(-self.page()),
            Action::PageDown => self.scroll_or_move(self.page()),
            Action::Top => self.scroll_or_move(-isize::MAX / 2),
            Action::Bottom => self.scroll_or_move(isize::MAX / 2),
            Action::Left | Action::Right => {
                let d = if action == Action::Left { -1 } else { 1 };
                if self.state.detail.is_some() {
                    self.step_detail(d);
                } else {
                    self.state.move_column(d);
                }
            }
            Action::Open if self.state.view == View::Agenda && self.state.detail.is_none() => {
                self.open_selected(Pane::Planning)
            }
            Action::Open => self.open_selected(Pane::Overview),
            Action::Back => self.state.detail = None,
            Action::NextPane | Action::PrevPane | Action::Pane(_) => {
                if let Some(d) = &mut self.state.detail {
                    d.pane = match action {
                        Action::NextPane => d.pane.step(1),
                        Action::PrevPane => d.pane.step(-1),
                        Action::Pane(p) => p,
                        _ => d.pane,
                    };
                    d.scroll = 0;
                }
            }
            Action::ToggleBoard => {
                let id = self.state.selected_id();
                self.state.view = if self.state.view == View::Board {
                    View::List
                } else {
                    View::Board
                };
                if let Some(id) = id {
                    self.state.select_id(&id);
                }
            }
            Action::ToggleSideLane => {
                self.state.side_open = !self.state.side_open;
                self.state.refresh();
            }
            Action::CycleSort => {
                self.state.sort = self.state.sort.next();
                self.state.refresh();
                self.state
                    .info(format!("Sorted by {}", self.state.sort.label()));
            }
            Action::Search if self.state.detail.is_some() => self.start_find(),
            Action::Search => self.state.searching = true,
            Action::Filter => self.state.popup = Some(Popup::Filter { field: 0 }),
            Action::ClearFilter => {
                self.clear_search();
                self.clear_filter();
            }
            Action::ClearStep => {
                if !self.state.search.value().is_empty() {
                    self.clear_search();
                    self.state
                        .info("Search cleared; Esc again clears the filters");
                } else {
                    self.clear_filter();
                }
            }
            Action::RestoreFilter => match self.state.cleared_filter.take() {
                Some(f) => {
                    self.state.filter = f;
                    self.state.refresh();
                    self.state.info("Filters back");
                }
                None => self.state.info("No cleared filters to bring back"),
            },
            Action::SetStage(stage) => self.set_stage(stage),
            Action::StageMenu => {
                if self.state.selected_id().is_some() {
                    let cur = self
                        .current_stage()
                        .map_or(0, |s| Stage::ALL.iter().position(|x| *x == s).unwrap_or(0));
                    self.state.popup = Some(Popup::StageMenu { index: cur });
                }
            }
            Action::Undo => self.undo(false),
            Action::UndoAny => self.undo(true),
            Action::Note => {
                if let Some(id) = self.state.selected_id() {
                    self.state.popup = Some(Popup::Note {
                        id,
                        editor: Box::new(popup::note_editor()),
                    });
                }
            }
            Action::Import => self.state.popup = Some(Popup::Import(tui_input::Input::default())),
            Action::LoadSamples if self.state.demo => {
                self.state.info("The demo has the samples already")
            }
            Action::LoadSamples if !samples_asked => {
                self.state.samples_asked = true;
                self.state.info(format!(
                    "L again adds the {} sample postings to this database for good; any other key cancels (tenderdesk --demo tries them without)",
                    super::samples::SAMPLES.len()
                ));
            }
            Action::LoadSamples => self.load_samples(),
            Action::Agenda => {
                let id = self.state.selected_id();
                self.state.detail = None;
                self.state.view = if self.state.view == View::Agenda {
                    View::List
                } else {
                    View::Agenda
                };
                if let Some(id) = id {
                    self.state.select_id(&id);
                }
            }
            Action::Stats => crate::tui::stats::open(self),
            Action::Profile => {
                self.state.popup = Some(Popup::Profile {
                    field: 0,
                    editing: None,
                })
            }
            Action::Judge(answer) => self.judge(answer),
            Action::Edit => self.open_edit(),
            Action::AddPosting => self.open_add(),
            Action::Archive => self.ask_archive(),
            Action::ToggleArchive => self.toggle_archive(),
            Action::Copy => self.copy_selected(),
            Action::OpenUrl => self.open_url(),
            Action::Reload => {
                self.reload_all();
                self.state.info("Read again from the database");
            }
            Action::Save | Action::ForceQuit => {}
        }
    }

    /// Clears the filters, keeping them for `F`.
    fn clear_filter(&mut self) {
        if self.state.filter.is_empty() {
            return;
        }
        let old = std::mem::take(&mut self.state.filter);
        self.state.cleared_filter = Some(old);
        self.state.refresh();
        self.state.info("Filters cleared; F brings them back");
    }

    fn current_stage(&self) -> Option<Stage> {
        let id = self.state.selected_id()?;
        self.state
            .records
            .iter()
            .find(|r| r.id == id)
            .map(|r| r.stage)
    }

    pub fn open_selected(&mut self, pane: Pane) {
        let Some(i) = self.state.selected_index() else {
            return;
        };
        let id = self.state.records[i].id.clone();
        self.open_id(&id, pane);
    }

    fn open_id(&mut self, id: &str, pane: Pane) {
        match self.backend.detail(id) {
            Ok(detail) => {
                self.changes_seen(&detail);
                let term = self.state.search.value().to_string();
                self.state.detail = Some(DetailState::new(detail, &term, pane));
            }
            Err(e) => self.state.error(format!("Could not open {id}: {e}")),
        }
    }

    /// Opening a posting shows what re-imports changed in it: they are
    /// seen from now on, and the list's `Δ` goes.
    fn changes_seen(&mut self, detail: &crate::pipeline::PostingDetail) {
        let id = &detail.record.id;
        if detail.changes.iter().all(|c| c.seen != Some(false))
            && detail.record.changed == crate::pipeline::ChangeMark::None
        {
            return;
        }
        match self.backend.mark_changes_seen(id) {
            Ok(_) => {
                if let Some(r) = self.state.records.iter_mut().find(|r| &r.id == id) {
                    r.changed = crate::pipeline::ChangeMark::None;
                }
            }
            Err(e) => self
                .state
                .error(format!("Could not mark {id} as seen: {e}")),
        }
    }

    /// Next or previous posting in the list while the detail is open.
    fn step_detail(&mut self, delta: isize) {
        let pane = self
            .state
            .detail
            .as_ref()
            .map_or(Pane::Overview, |d| d.pane);
        self.state.view = View::List;
        if let Some(id) = self.state.selected_id() {
            self.state.select_id(&id);
        }
        self.state.move_selection(delta);
        self.open_selected(pane);
    }

    /// Reloads the open detail (after a stage change or a note).
    pub fn reload_detail(&mut self) {
        if let Some(d) = &self.state.detail {
            let (id, pane, scroll) = (d.detail.record.id.clone(), d.pane, d.scroll);
            self.open_id(&id, pane);
            if let Some(d) = &mut self.state.detail {
                d.scroll = scroll;
            }
        }
    }

    pub fn set_stage(&mut self, stage: Stage) {
        let Some(id) = self.state.selected_id() else {
            return;
        };
        if self.current_stage() == Some(stage) {
            self.state.info(format!(
                "{id} is {} already: nothing changed",
                stage.key().replace('_', " ")
            ));
            return;
        }
        match self.backend.set_stage(&id, stage, None) {
            Ok(change) => {
                self.state.patch_stage(&id, stage);
                self.relearn();
                self.reload_detail();
                self.state.info(format!(
                    "{id}: {} → {} (u undoes)",
                    change.from.key().replace('_', " "),
                    change.to.key().replace('_', " ")
                ));
                crate::tui::outcome_form::offer(self, &id, stage);
            }
            Err(e) => self.state.error(format!("Stage not changed: {e}")),
        }
    }

    fn load_samples(&mut self) {
        let mut n = 0;
        for (name, text) in super::samples::SAMPLES {
            match self.backend.import_text(text) {
                Ok(_) => n += 1,
                Err(e) => self.state.error(format!("{name}: {e}")),
            }
        }
        self.reload();
        self.state.info(format!("Loaded {n} sample postings"));
    }
}
