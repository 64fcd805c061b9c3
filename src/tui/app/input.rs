//! Terminal events into actions: keys through the keymap, typing into the
//! active text field, pasted postings, mouse wheel and clicks.

use super::*;

impl App {
    /// Handles one terminal event. `area` is the terminal size (for mouse
    /// clicks).
    pub fn handle_event(&mut self, event: Event, area: Rect) {
        self.state.screen = area;
        if views::too_small(area) && !matches!(event, Event::Key(_)) {
            return; // nothing to click or paste into behind the notice
        }
        match event {
            Event::Key(k) => self.handle_key(k),
            Event::Paste(text) => self.handle_paste(&text),
            Event::Mouse(m) => match m.kind {
                MouseEventKind::ScrollDown => self.update(Action::Down),
                MouseEventKind::ScrollUp => self.update(Action::Up),
                MouseEventKind::Down(MouseButton::Left) => self.click(m.column, m.row, area),
                _ => {}
            },
            _ => {}
        }
    }

    pub fn handle_key(&mut self, key: KeyEvent) {
        if key.kind != KeyEventKind::Press {
            return;
        }
        let ctx = self.context();
        let action = keymap::lookup(ctx, Key::from_event(&key));
        if views::too_small(self.state.screen) {
            // behind "Window too small" only quitting acts
            if matches!(action, Some(Action::Quit | Action::ForceQuit)) {
                self.state.quit = true;
            }
            return;
        }
        match action {
            Some(action) => self.update(action),
            None if ctx.is_text_entry() => self.type_into(key),
            None => {}
        }
    }

    /// A key a text field gets: the search box, the import path or the note.
    pub(super) fn type_into(&mut self, key: KeyEvent) {
        if self.state.detail.as_ref().is_some_and(|d| d.finding) {
            return self.type_find(key);
        }
        let s = &mut self.state;
        match &mut s.popup {
            Some(Popup::Note { editor, .. }) => {
                editor.input(key);
            }
            Some(Popup::Import(input))
            | Some(Popup::Profile {
                editing: Some(input),
                ..
            }) => {
                tui_input::backend::crossterm::to_input_request(&Event::Key(key))
                    .map(|r| input.handle(r));
            }
            Some(Popup::Outcome(form)) => {
                if let Some(r) = tui_input::backend::crossterm::to_input_request(&Event::Key(key)) {
                    form.input().handle(r);
                }
            }
            Some(Popup::Form(form)) => {
                if let (Some(input), Some(r)) = (
                    form.input(),
                    tui_input::backend::crossterm::to_input_request(&Event::Key(key)),
                ) {
                    input.handle(r);
                }
            }
            _ if s.searching => {
                if let Some(r) = tui_input::backend::crossterm::to_input_request(&Event::Key(key)) {
                    // the keystroke is drawn at once; the results follow
                    if s.search.handle(r).is_some_and(|c| c.value) {
                        self.post_search();
                    }
                }
            }
            _ => {}
        }
    }

    /// Bracketed paste: into the field being edited, else imported as a
    /// posting.
    pub fn handle_paste(&mut self, text: &str) {
        let s = &mut self.state;
        match &mut s.popup {
            Some(Popup::Note { editor, .. }) => {
                editor.insert_str(text);
            }
            Some(Popup::Import(input))
            | Some(Popup::Profile {
                editing: Some(input),
                ..
            }) => {
                let v = format!("{}{}", input.value(), text.trim());
                *input = tui_input::Input::new(v);
            }
            Some(Popup::Form(form)) => {
                if let Some(input) = form.input() {
                    let v = format!(
                        "{}{}",
                        input.value(),
                        text.replace(['\n', '\r'], " ").trim()
                    );
                    *input = tui_input::Input::new(v);
                }
            }
            Some(_) => {}
            None if s.searching => {
                let v = format!("{}{}", s.search.value(), text.replace(['\n', '\r'], " "));
                s.search = tui_input::Input::new(v);
                self.post_search();
            }
            None => self.import_text(text),
        }
    }

    pub(super) fn import_text(&mut self, text: &str) {
        match self.backend.import_text(text) {
            Ok(id) => {
                self.reload();
                self.state.detail = None;
                self.state.select_id(&id);
                let title = self
                    .state
                    .records
                    .iter()
                    .find(|r| r.id == id)
                    .map(|r| r.posting.title.clone());
                self.state
                    .info(format!("Imported {id}: {}", title.unwrap_or_default()));
            }
            Err(e) => self.state.error(format!("Paste not imported: {e}")),
        }
    }

    pub(super) fn click(&mut self, x: u16, y: u16, area: Rect) {
        let s = &self.state;
        if s.popup.is_some() {
            return;
        }
        if s.detail.is_some() {
            // a click on a pane's tab opens that pane
            if let Some(pane) = views::tabs::at(views::layout(area)[2], x, y) {
                self.update(Action::Pane(pane));
            }
            return;
        }
        if s.view != View::List {
            return;
        }
        if let Some(row) = views::list::row_at(area, s, x, y) {
            self.state.selected = row;
        }
    }
}
