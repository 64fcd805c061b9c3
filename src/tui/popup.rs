//! What keys do inside popups: help, filters, stage menu, import prompt and
//! note editor. Changes state and, on confirm, writes through the app.

use super::action::Action;
use super::app::App;
use super::query::{DUE_WINDOWS, FilterState, HOURS_RANGES};
use super::state::Popup;
use crate::pipeline::Stage;
use crate::posting::scale::{SCALE_MAX, SCALE_MIN};
use ratatui::style::{Modifier, Style};
use ratatui_textarea::TextArea;
use std::path::Path;

/// The filter popup's fields, in order.
pub const FILTER_FIELDS: [&str; 6] = [
    "Region",
    "Scale from",
    "Scale to",
    "Stage",
    "Deadline within",
    "Hours/week",
];

/// The value of a filter field, as shown in the popup.
pub fn filter_value(f: &FilterState, field: usize) -> String {
    let any = || "any".to_string();
    match field {
        0 => f.region.clone().unwrap_or_else(any),
        1 => f.scale_min.map_or_else(any, |v| v.to_string()),
        2 => f.scale_max.map_or_else(any, |v| v.to_string()),
        3 => f.stage.map_or_else(any, |s| s.key().to_string()),
        4 => f.due_within.map_or_else(any, |d| format!("{d} days")),
        _ => f.hours.map_or_else(any, |(lo, hi)| format!("{lo}-{hi}")),
    }
}

/// Steps through `options` (with `None` = any first), wrapping around.
fn cycle<T: Clone + PartialEq>(options: &[T], cur: &Option<T>, delta: isize) -> Option<T> {
    let n = options.len() as isize + 1;
    let pos = cur
        .as_ref()
        .and_then(|c| options.iter().position(|o| o == c))
        .map_or(0, |p| p as isize + 1);
    let next = (pos + delta).rem_euclid(n);
    if next == 0 {
        None
    } else {
        Some(options[(next - 1) as usize].clone())
    }
}

fn change_filter(f: &mut FilterState, regions: &[String], field: usize, delta: isize) {
    let scales: Vec<u32> = (SCALE_MIN..=SCALE_MAX).collect();
    match field {
        0 => f.region = cycle(regions, &f.region, delta),
        1 => f.scale_min = cycle(&scales, &f.scale_min, delta),
        2 => f.scale_max = cycle(&scales, &f.scale_max, delta),
        3 => f.stage = cycle(&Stage::ALL, &f.stage, delta),
        4 => f.due_within = cycle(&DUE_WINDOWS, &f.due_within, delta),
        _ => f.hours = cycle(&HOURS_RANGES, &f.hours, delta),
    }
}

pub fn note_editor() -> TextArea<'static> {
    let mut t = TextArea::default();
    t.set_cursor_line_style(Style::new());
    t.set_cursor_style(Style::new().add_modifier(Modifier::REVERSED));
    t.set_placeholder_style(Style::new().add_modifier(Modifier::DIM));
    t.set_selection_style(Style::new().add_modifier(Modifier::REVERSED));
    t.set_placeholder_text("Write a note; Ctrl-S saves, Esc discards");
    t
}

pub fn update(app: &mut App, action: Action) {
    let Some(popup) = app.state.popup.take() else {
        return;
    };
    let s = &mut app.state;
    let keep = match popup {
        Popup::Help { scroll } => match action {
            Action::Up => Some(Popup::Help {
                scroll: scroll.saturating_sub(1),
            }),
            Action::Down => Some(Popup::Help {
                scroll: scroll.saturating_add(1),
            }),
            Action::Back | Action::Quit | Action::Help => None,
            _ => Some(Popup::Help { scroll }),
        },
        Popup::Filter { field } => match action {
            Action::Up => Some(Popup::Filter {
                field: field.saturating_sub(1),
            }),
            Action::Down => Some(Popup::Filter {
                field: (field + 1).min(FILTER_FIELDS.len() - 1),
            }),
            Action::Left | Action::Right => {
                let d = if action == Action::Left { -1 } else { 1 };
                change_filter(&mut s.filter, &s.regions, field, d);
                s.refresh();
                Some(Popup::Filter { field })
            }
            Action::ClearFilter => {
                s.filter = FilterState::default();
                s.refresh();
                Some(Popup::Filter { field })
            }
            Action::Back | Action::Quit => None,
            _ => Some(Popup::Filter { field }),
        },
        Popup::StageMenu { index } => match action {
            Action::Up => Some(Popup::StageMenu {
                index: index.saturating_sub(1),
            }),
            Action::Down => Some(Popup::StageMenu {
                index: (index + 1).min(Stage::ALL.len() - 1),
            }),
            Action::Open => {
                app.set_stage(Stage::ALL[index]);
                None
            }
            Action::Back | Action::Quit => None,
            _ => Some(Popup::StageMenu { index }),
        },
        Popup::Import(input) => match action {
            Action::Open => {
                let path = input.value().trim().to_string();
                if !path.is_empty() {
                    match app.backend.import_path(Path::new(&path)) {
                        Ok(report) => {
                            app.reload();
                            app.state.info(report);
                        }
                        Err(e) => app.state.error(format!("Import failed: {e:#}")),
                    }
                }
                None
            }
            Action::Back => None,
            _ => Some(Popup::Import(input)),
        },
        Popup::Note { id, editor } => match action {
            Action::Save => {
                let text = editor.lines().join("\n");
                if text.trim().is_empty() {
                    app.state.popup = Some(Popup::Note { id, editor });
                    return;
                }
                match app.backend.add_note(&id, text.trim()) {
                    Ok(_) => {
                        app.reload_detail();
                        app.state.info(format!("Note saved on {id}"));
                    }
                    Err(e) => app.state.error(format!("Note not saved: {e}")),
                }
                None
            }
            Action::Back => None,
            _ => Some(Popup::Note { id, editor }),
        },
    };
    app.state.popup = keep;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cycle_wraps_through_any() {
        let opts = [1, 2, 3];
        assert_eq!(cycle(&opts, &None, 1), Some(1));
        assert_eq!(cycle(&opts, &Some(3), 1), None);
        assert_eq!(cycle(&opts, &None, -1), Some(3));
    }
}
