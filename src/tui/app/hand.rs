//! Changes by hand from the interface: undo (the posting's own last change,
//! or any posting's), and reading back what the store holds after each
//! write, so the screen shows the store and nothing else.

use super::*;
use crate::posting::normalize::sanitize_line;

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
                    format!("Undone on {} \"{}\": {}", u.id, u.title, u)
                } else {
                    format!("Undone: {u}")
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
