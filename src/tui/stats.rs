//! `S`: the stats of your bids in a popup (read from the store when it
//! opens; `views/stats.rs` draws it). j/k scroll, Esc, S or q close.

use super::action::Action;
use super::app::App;
use super::state::Popup;
use crate::assess::stats::Stats;

/// Reads the stats and opens the popup; a store error becomes the message.
pub fn open(app: &mut App) {
    match app.backend.stats() {
        Ok(stats) => {
            app.state.popup = Some(Popup::Stats {
                stats: Box::new(stats),
                scroll: 0,
            })
        }
        Err(e) => app.state.error(format!("cannot read the stats: {e:#}")),
    }
}

/// The popup's keys: scroll, or close.
pub fn update(app: &mut App, action: Action, stats: Box<Stats>, scroll: u16) {
    let most = super::views::stats::lines(&stats, &super::theme::Theme::mono()).len() as u16;
    let scroll = match action {
        Action::Back | Action::Quit | Action::Stats => return,
        Action::Up => scroll.saturating_sub(1),
        Action::Down => (scroll + 1).min(most.saturating_sub(1)),
        _ => scroll,
    };
    app.state.popup = Some(Popup::Stats { stats, scroll });
}
