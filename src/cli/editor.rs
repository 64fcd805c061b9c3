//! Filling in the `field: value` form in the user's `$VISUAL`/`$EDITOR`
//! (vi when neither is set), for `add` and `edit` without field flags.

use anyhow::{Context, bail};
use std::io::IsTerminal;
use std::process::Command;

/// Whether a person is at the keyboard (standard input and output are a terminal).
pub fn on_terminal() -> bool {
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

/// Opens `text` in the editor and returns what was saved. The file is
/// private (0600) and removed afterwards.
pub fn edit(text: &str) -> anyhow::Result<String> {
    let editor = std::env::var("VISUAL")
        .ok()
        .filter(|e| !e.trim().is_empty())
        .or_else(|| std::env::var("EDITOR").ok())
        .filter(|e| !e.trim().is_empty())
        .unwrap_or_else(|| "vi".into());
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let path = std::env::temp_dir().join(format!("tenderdesk-{}-{nanos}.txt", std::process::id()));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    {
        use std::io::Write;
        let mut f = options
            .open(&path)
            .with_context(|| format!("cannot create {}", path.display()))?;
        f.write_all(text.as_bytes())
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    // through the shell, so that EDITOR="code --wait" works
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("sh")
        .arg(&path)
        .status();
    let saved = std::fs::read_to_string(&path);
    let _ = std::fs::remove_file(&path);
    let status = status.with_context(|| format!("cannot start the editor '{editor}'"))?;
    if !status.success() {
        bail!("the editor '{editor}' failed ({status}); nothing was stored");
    }
    saved.context("cannot read the form back")
}
