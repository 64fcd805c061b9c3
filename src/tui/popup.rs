//! What keys do inside popups: help, filters, stage menu, import prompt,
//! note editor and profile editor. Changes state and, on confirm, writes
//! through the app.

use super::action::Action;
use super::app::App;
use super::query::{DUE_WINDOWS, FilterState, HOURS_RANGES, stage_label, stage_options};
use super::state::Popup;
use crate::assess::{BidderKind, Profile};
use crate::pipeline::Stage;
use crate::posting::Money;
use crate::posting::scale::{SCALE_MAX, SCALE_MIN};
use chrono::NaiveDate;
use ratatui::style::{Modifier, Style};
use ratatui_textarea::TextArea;
use std::path::Path;
use tui_input::Input;

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
        3 => f.stage.map_or_else(any, |s| stage_label(s).to_string()),
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
        // a range never runs backwards (9-1 matched nothing, silently):
        // each end steps only through the values the other end allows
        1 => {
            let hi = f.scale_max.unwrap_or(SCALE_MAX);
            let opts: Vec<u32> = scales.iter().copied().filter(|&v| v <= hi).collect();
            f.scale_min = cycle(&opts, &f.scale_min, delta);
        }
        2 => {
            let lo = f.scale_min.unwrap_or(SCALE_MIN);
            let opts: Vec<u32> = scales.iter().copied().filter(|&v| v >= lo).collect();
            f.scale_max = cycle(&opts, &f.scale_max, delta);
        }
        3 => f.stage = cycle(&stage_options(), &f.stage, delta),
        4 => f.due_within = cycle(&DUE_WINDOWS, &f.due_within, delta),
        _ => f.hours = cycle(&HOURS_RANGES, &f.hours, delta),
    }
}

/// The profile editor's fields, in order.
pub const PROFILE_FIELDS: [&str; 6] = [
    "Hourly rate",
    "Hours/week",
    "You bid as",
    "Last VOG",
    "Regions",
    "Partly met",
];

/// The value of a profile field, as shown in the editor.
pub fn profile_value(p: &Profile, field: usize) -> String {
    let none = || "not set".to_string();
    match field {
        0 => p
            .hourly_rate
            .map_or_else(none, |m| format!("{m} per hour excl. VAT")),
        1 => p.hours_per_week.map_or_else(none, |h| format!("{h} hours")),
        2 => match p.bidder {
            BidderKind::SelfEmployed => "self-employed (ZZP)".into(),
            BidderKind::Agency => "agency or employer".into(),
        },
        3 => p.last_vog.map_or_else(|| "none".into(), |d| d.to_string()),
        4 if p.preferred_regions.is_empty() => "any".into(),
        4 => p.preferred_regions.join(", "),
        _ if p.partly_counts_half => "counts half the points".into(),
        _ => "counts nothing".into(),
    }
}

/// The text a field starts with when typed into.
fn profile_text(p: &Profile, field: usize) -> String {
    match field {
        0 => p
            .hourly_rate
            .map_or(String::new(), |m| format!("{}", m.as_eur())),
        1 => p.hours_per_week.map_or(String::new(), |h| h.to_string()),
        3 => p.last_vog.map_or(String::new(), |d| d.to_string()),
        4 => p.preferred_regions.join(", "),
        _ => String::new(),
    }
}

/// Whether a field is typed (the others change with h/l or Enter).
fn profile_typed(field: usize) -> bool {
    matches!(field, 0 | 1 | 3 | 4)
}

/// A typed value read into the profile, or why it cannot be.
pub fn parse_profile_value(p: &mut Profile, field: usize, text: &str) -> Result<(), String> {
    let t = text.trim();
    match field {
        0 if t.is_empty() => p.hourly_rate = None,
        0 => {
            let eur: f64 = t
                .trim_start_matches('€')
                .trim()
                .replace(',', ".")
                .parse()
                .map_err(|_| format!("'{t}' is not an amount in euros (e.g. 105 or 97,50)"))?;
            p.hourly_rate = Some(
                Money::from_eur(eur)
                    .filter(|m| m.0 > 0 && m.0 < 100_000)
                    .ok_or_else(|| "the rate must be between 0 and 1000 euros".to_string())?,
            );
        }
        1 if t.is_empty() => p.hours_per_week = None,
        1 => match t.parse::<u32>() {
            Ok(h) if (1..=80).contains(&h) => p.hours_per_week = Some(h),
            _ => return Err(format!("'{t}': hours per week must be 1 to 80")),
        },
        3 if t.is_empty() || t.eq_ignore_ascii_case("none") => p.last_vog = None,
        3 => {
            p.last_vog = Some(
                NaiveDate::parse_from_str(t, "%Y-%m-%d")
                    .or_else(|_| NaiveDate::parse_from_str(t, "%d-%m-%Y"))
                    .map_err(|_| format!("'{t}' is not a date (YYYY-MM-DD or DD-MM-YYYY)"))?,
            )
        }
        4 => {
            p.preferred_regions = t
                .split(',')
                .map(|r| r.trim().to_string())
                .filter(|r| !r.is_empty())
                .collect()
        }
        _ => {}
    }
    Ok(())
}

/// h/l on a field: the rate by a euro, hours by one, the choices toggle.
fn step_profile(p: &mut Profile, field: usize, delta: i64) -> bool {
    match field {
        0 => {
            let cur = p.hourly_rate.map_or(0, |m| m.0);
            let next = (cur / 100 + delta).clamp(1, 999) * 100;
            p.hourly_rate = Some(Money(next));
        }
        1 => {
            let cur = i64::from(p.hours_per_week.unwrap_or(0));
            p.hours_per_week = Some((cur + delta).clamp(1, 80) as u32);
        }
        2 => {
            p.bidder = match p.bidder {
                BidderKind::SelfEmployed => BidderKind::Agency,
                BidderKind::Agency => BidderKind::SelfEmployed,
            }
        }
        5 => p.partly_counts_half = !p.partly_counts_half,
        _ => return false,
    }
    true
}

fn update_profile(app: &mut App, action: Action, field: usize, editing: Option<Input>) {
    let keep = |field, editing| Some(Popup::Profile { field, editing });
    let next = match (editing, action) {
        (Some(input), Action::Open) => {
            let mut p = app.state.judged.profile.clone();
            match parse_profile_value(&mut p, field, input.value()) {
                Ok(()) => {
                    app.save_profile(p);
                    keep(field, None)
                }
                Err(e) => {
                    app.state.error(e);
                    keep(field, Some(input))
                }
            }
        }
        (Some(_), Action::Back) => keep(field, None),
        (Some(input), _) => keep(field, Some(input)),
        (None, Action::Up) => keep(field.saturating_sub(1), None),
        (None, Action::Down) => keep((field + 1).min(PROFILE_FIELDS.len() - 1), None),
        (None, Action::Left | Action::Right | Action::Open) => {
            if action == Action::Open && profile_typed(field) {
                let text = profile_text(&app.state.judged.profile, field);
                keep(field, Some(Input::new(text)))
            } else {
                let mut p = app.state.judged.profile.clone();
                let d = if action == Action::Left { -1 } else { 1 };
                if step_profile(&mut p, field, d) {
                    app.save_profile(p);
                }
                keep(field, None)
            }
        }
        (None, Action::Back | Action::Quit) => None,
        (None, _) => keep(field, None),
    };
    app.state.popup = next;
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
    let popup = match popup {
        Popup::Profile { field, editing } => return update_profile(app, action, field, editing),
        Popup::Form(form) => return app.update_form(action, form),
        Popup::ConfirmArchive { id, title } => return app.update_confirm(action, id, title),
        Popup::Outcome(form) => return crate::tui::outcome_form::update(app, action, form),
        Popup::Stats { stats, scroll } => {
            return crate::tui::stats::update(app, action, stats, scroll);
        }
        other => other,
    };
    let s = &mut app.state;
    let keep = match popup {
        Popup::Help { scroll } => {
            let (limit, page) = crate::tui::views::extent::help(s);
            let to = |delta: i32| Popup::Help {
                scroll: (i32::from(scroll) + delta).clamp(0, i32::from(limit)) as u16,
            };
            match action {
                Action::Up => Some(to(-1)),
                Action::Down => Some(to(1)),
                Action::PageUp => Some(to(-i32::from(page))),
                Action::PageDown => Some(to(i32::from(page))),
                Action::Top => Some(to(-i32::from(u16::MAX))),
                Action::Bottom => Some(to(i32::from(u16::MAX))),
                Action::Back | Action::Quit | Action::Help => None,
                _ => Some(Popup::Help { scroll }),
            }
        }
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
                if path.is_empty() {
                    None
                } else {
                    Some(app.start_import(Path::new(&path)))
                }
            }
            Action::Back => None,
            _ => Some(Popup::Import(input)),
        },
        Popup::Importing(mut job) => match action {
            Action::Back => {
                job.cancelled = true;
                Some(app.finish_import(job))
            }
            _ => Some(Popup::Importing(job)),
        },
        Popup::ImportSummary { job, scroll } => match action {
            Action::Up => Some(Popup::ImportSummary {
                job,
                scroll: scroll.saturating_sub(1),
            }),
            Action::Down => Some(Popup::ImportSummary {
                job,
                scroll: scroll.saturating_add(1),
            }),
            Action::Back | Action::Open | Action::Quit => None,
            _ => Some(Popup::ImportSummary { job, scroll }),
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
        Popup::Profile { .. }
        | Popup::Form(_)
        | Popup::ConfirmArchive { .. }
        | Popup::Stats { .. }
        | Popup::Outcome(_) => None,
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

    #[test]
    fn profile_values_parse() {
        let mut p = Profile::default();
        assert!(parse_profile_value(&mut p, 0, "97,50").is_ok());
        assert_eq!(p.hourly_rate, Some(Money(9750)));
        assert!(parse_profile_value(&mut p, 0, "abc").is_err());
        assert!(parse_profile_value(&mut p, 1, "81").is_err());
        assert!(parse_profile_value(&mut p, 3, "01-06-2026").is_ok());
        assert_eq!(p.last_vog, NaiveDate::from_ymd_opt(2026, 6, 1));
        assert!(parse_profile_value(&mut p, 4, "Utrecht, , Noord-Holland").is_ok());
        assert_eq!(p.preferred_regions, ["Utrecht", "Noord-Holland"]);
        assert!(step_profile(&mut p, 5, 1) && p.partly_counts_half);
    }
}
