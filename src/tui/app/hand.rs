//! Changes by hand from the interface: undo (the posting's own last change,
//! or any posting's), the form of fields (`e`, `N`), the archive (`D`, `X`),
//! and reading back what the store holds after each write, so the screen
//! shows the store and nothing else.

use super::*;
use crate::hand::Field;
use crate::posting::normalize::sanitize_line;
use crate::tui::form::Form;

impl App {
    /// `u`: the selected or open posting's last change; `U` (`any`): the
    /// last change of any posting, named.
    pub(super) fn undo(&mut self, any: bool) {
        let id = if any { None } else { self.state.selected_id() };
        if !any && id.is_none() {
            self.state
                .info("No posting selected: U undoes the last change of any posting");
            return;
        }
        match self.backend.undo(id.as_deref()) {
            Ok(Some(u)) => {
                self.after_write(&u.id);
                let text = if any {
                    format!(
                        "{} \"{}\": undid {}; now {}",
                        u.id,
                        u.title,
                        u.what,
                        u.now()
                    )
                } else {
                    u.to_string()
                };
                self.state.info(sanitize_line(&text));
            }
            Ok(None) => self.state.info(match id {
                Some(id) => format!("{}: nothing to undo", sanitize_line(&id)),
                None => "Nothing to undo".to_string(),
            }),
            Err(e) => self.state.error(format!("Undo failed: {e}")),
        }
    }

    /// After a write: the records, answers and the open detail read back
    /// from the store, the selection kept on `id`.
    pub(super) fn after_write(&mut self, id: &str) {
        match self.backend.assessments() {
            Ok(a) => self.state.judged.answers = a,
            Err(e) => self.state.error(format!("Could not read the answers: {e}")),
        }
        self.reload();
        self.reload_detail();
        self.state.select_id(id);
    }
}

impl App {
    /// `e`: the open posting's fields in a form, the field of the pane
    /// selected (the deadline from Planning, else the first).
    pub(super) fn open_edit(&mut self) {
        let Some(d) = &self.state.detail else { return };
        let at = match d.pane {
            Pane::Planning => Field::Deadline,
            _ => Field::Title,
        };
        self.state.popup = Some(Popup::Form(Box::new(Form::edit(&d.detail, at))));
    }

    /// `N`: an empty form for a new posting.
    pub(super) fn open_add(&mut self) {
        self.state.popup = Some(Popup::Form(Box::new(Form::new_posting())));
    }

    /// Keys in the form: move between fields, save, cancel.
    pub fn update_form(&mut self, action: Action, mut form: Box<Form>) {
        match action {
            Action::Up => form.step(-1),
            Action::Down => form.step(1),
            Action::Back | Action::Quit => {
                self.state.info("Not saved");
                return;
            }
            Action::Save | Action::Open => {
                let changes = form.changes();
                if changes.is_empty() {
                    self.state.info("Nothing changed");
                    return;
                }
                let names = changes
                    .iter()
                    .map(|(f, _)| f.name())
                    .collect::<Vec<_>>()
                    .join(", ");
                let saved = match &form.id {
                    Some(id) => self.backend.edit(id, &changes).map(|_| id.clone()),
                    None => self.backend.add(&changes),
                };
                match saved {
                    Ok(id) => {
                        self.after_write(&id);
                        let what = if form.id.is_some() { "Saved" } else { "Added" };
                        self.state.info(format!(
                            "{what} {}: {names} set by hand ✎ (u undoes)",
                            sanitize_line(&id)
                        ));
                        return;
                    }
                    Err(e) => form.error = Some(sanitize_line(&e.to_string())),
                }
            }
            _ => {}
        }
        self.state.popup = Some(Popup::Form(form));
    }

    /// `D`: asks before moving the posting to the archive; in the archive,
    /// brings it back at once.
    pub(super) fn ask_archive(&mut self) {
        let Some(id) = self.state.selected_id() else {
            return;
        };
        let archived = match &self.state.detail {
            Some(d) => d.detail.archived_at.is_some(),
            None => self.state.archive,
        };
        if archived {
            match self.backend.restore(&id) {
                Ok(()) => {
                    self.after_write(&id);
                    self.state.info(format!(
                        "{} is back from the archive (u undoes)",
                        sanitize_line(&id)
                    ));
                }
                Err(e) => self.state.error(format!("Not restored: {e}")),
            }
            return;
        }
        let title = self
            .state
            .records
            .iter()
            .find(|r| r.id == id)
            .map(|r| r.posting.title.clone())
            .or_else(|| {
                self.state
                    .detail
                    .as_ref()
                    .map(|d| d.detail.record.posting.title.clone())
            })
            .unwrap_or_default();
        self.state.popup = Some(Popup::ConfirmArchive { id, title });
    }

    /// Keys in the archive question.
    pub fn update_confirm(&mut self, action: Action, id: String, title: String) {
        match action {
            Action::Open => match self.backend.archive(&id) {
                Ok(()) => {
                    self.state.detail = None;
                    self.after_write(&id);
                    self.state.info(format!(
                        "{} moved to the archive (u undoes, X shows the archive)",
                        sanitize_line(&id)
                    ));
                }
                Err(e) => self.state.error(format!("Not archived: {e}")),
            },
            Action::Back | Action::Quit => self.state.info("Not archived"),
            _ => self.state.popup = Some(Popup::ConfirmArchive { id, title }),
        }
    }

    /// `X`: the archive instead of the postings, and back.
    pub(super) fn toggle_archive(&mut self) {
        self.state.archive = !self.state.archive;
        self.state.detail = None;
        self.reload();
        self.state.info(if self.state.archive {
            "The archive: D brings a posting back, X returns to the postings"
        } else {
            "The postings (X shows the archive)"
        });
    }
}
