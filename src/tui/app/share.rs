//! Taking a posting elsewhere: `y` copies its id and web address to the
//! clipboard (OSC 52: the terminal sets it; the text is our own, sanitised),
//! `O` opens the web address in the browser (`xdg-open`, `open` on macOS).
//! The copy is left in [`crate::tui::state::State::clipboard`] for the loop
//! to write after the frame, so nothing here touches the terminal.

use super::App;
use crate::posting::normalize::sanitize_line;

/// The OSC 52 sequence that puts `text` on the system clipboard.
pub fn osc52(text: &str) -> String {
    use base64::Engine;
    let b64 = base64::engine::general_purpose::STANDARD.encode(text);
    format!("\x1b]52;c;{b64}\x07")
}

impl App {
    fn selected_url(&self) -> Option<(String, Option<String>)> {
        let id = self.state.selected_id()?;
        let url = match &self.state.detail {
            Some(d) => d.detail.record.posting.url.clone(),
            None => self
                .state
                .records
                .iter()
                .find(|r| r.id == id)
                .and_then(|r| r.posting.url.clone()),
        };
        Some((id, url.map(|u| sanitize_line(&u))))
    }

    pub(super) fn copy_selected(&mut self) {
        let Some((id, url)) = self.selected_url() else {
            return;
        };
        let text = match &url {
            Some(u) => format!("{id} {u}"),
            None => id.clone(),
        };
        self.state.info(format!("Copied: {text}"));
        self.state.clipboard = Some(text);
    }

    pub(super) fn open_url(&mut self) {
        let Some((id, url)) = self.selected_url() else {
            return;
        };
        let Some(url) = url.filter(|u| u.starts_with("https://") || u.starts_with("http://"))
        else {
            return self.state.info(format!("{id} has no web address"));
        };
        let opener = if cfg!(target_os = "macos") {
            "open"
        } else {
            "xdg-open"
        };
        let spawned = std::process::Command::new(opener)
            .arg(&url)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn();
        match spawned {
            Ok(_) => self.state.info(format!("Opening {url}")),
            Err(e) => self.state.error(format!("Could not run {opener}: {e}")),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn osc52_is_base64_between_the_markers() {
        assert_eq!(super::osc52("30828"), "\x1b]52;c;MzA4Mjg=\x07");
    }
}
