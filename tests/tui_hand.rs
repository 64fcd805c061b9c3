//! Changes by hand in the interface, against the real SQLite store: after
//! every key that writes (stage, answer, undo, edit, add, archive) what the
//! screen holds is what a second connection reads from the file.

mod tui_support;

use ratatui::crossterm::event::KeyCode;
use std::path::{Path, PathBuf};
use tenderdesk::hand::Field;
use tenderdesk::pipeline::Stage;
use tenderdesk::store::Store;
use tenderdesk::tui::app::App;
use tenderdesk::tui::theme::Theme;
use tui_support::*;

/// The fixture store behind an interface, and the file it is in.
fn app_on_store() -> (App, PathBuf) {
    let b = backend();
    let path = b.path().to_path_buf();
    (App::new(Box::new(b), now()).unwrap(), path)
}

/// Selects a posting in the list.
fn select(a: &mut App, id: &str) {
    a.state.select_id(id);
    assert_eq!(a.state.selected_id().as_deref(), Some(id));
}

/// The stage the screen shows in the list row of `id`, and the store's.
fn stages(a: &App, path: &Path, id: &str) -> (Stage, Stage) {
    let shown = a.state.records[record_index(a, id)].stage;
    let stored = Store::open(path).unwrap().detail(id).unwrap().record.stage;
    (shown, stored)
}

/// The records on screen equal the store's list, posting by posting (the
/// interface's records: what only the detail shows is left out).
fn assert_screen_is_store(a: &App, path: &Path) {
    let store = Store::open(path).unwrap();
    let mut stored = if a.state.archive {
        store.list_archived().unwrap()
    } else {
        store.list_for_interface().unwrap()
    };
    let mut shown: Vec<_> = a.state.records.clone();
    shown.sort_by(|x, y| x.id.cmp(&y.id));
    stored.sort_by(|x, y| x.id.cmp(&y.id));
    // the interface holds its records without the texts only the detail
    // shows (issue 16): every field the list, board, agenda and score read
    // must be the store's
    let fields = |r: &tenderdesk::pipeline::PostingRecord| {
        let p = &r.posting;
        let criteria: Vec<_> = p.award.iter().map(|c| (c.number, c.points)).collect();
        (
            (r.id.clone(), r.stage, r.changed, p.title.clone()),
            (p.organisation.clone(), p.region.clone(), p.scale.clone()),
            ((p.hours_min, p.hours_max), p.deadline, p.deadline_date),
            ((p.start_date, p.start_asap, p.end_date), p.max_rate_eur),
            (p.knockout.len(), criteria, p.dba.stance, p.vog.required),
        )
    };
    let shown: Vec<_> = shown.iter().map(fields).collect();
    let stored: Vec<_> = stored.iter().map(fields).collect();
    assert_eq!(shown, stored);
}

/// The drawn list row (120 columns) that holds `title`.
fn drawn_row(a: &App, title: &str) -> String {
    let text = screen_text(&draw(a, 120, 40, &Theme::color()));
    text.lines()
        .find(|l| l.contains(title))
        .unwrap_or_else(|| panic!("no row with {title}:\n{text}"))
        .to_string()
}

fn status(a: &App) -> String {
    a.state
        .message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

#[test]
fn applied_then_undo_shows_what_the_store_holds() {
    let (mut a, path) = app_on_store();
    select(&mut a, "30828");
    keys(&mut a, "a");
    assert_eq!(stages(&a, &path, "30828"), (Stage::Applied, Stage::Applied));
    assert!(
        drawn_row(&a, "Coördinator Vluchtelingen")
            .trim_end_matches(['│', ' '])
            .ends_with("applied")
    );
    keys(&mut a, "u");
    assert_eq!(stages(&a, &path, "30828"), (Stage::Open, Stage::Open));
    let row = drawn_row(&a, "Coördinator Vluchtelingen");
    assert!(row.trim_end_matches(['│', ' ']).ends_with(" open"), "{row}");
    assert_eq!(
        status(&a),
        "30828: undid stage change open → applied; now open"
    );
    assert_screen_is_store(&a, &path);
}

#[test]
fn undo_in_a_detail_touches_that_posting_only() {
    let (mut a, path) = app_on_store();
    select(&mut a, "30828");
    keys(&mut a, "w"); // awarded, from the list
    key(&mut a, KeyCode::Esc); // skips the outcome form it opens
    select(&mut a, "28590");
    key(&mut a, KeyCode::Enter);
    keys(&mut a, "u");
    assert_eq!(status(&a), "28590: nothing to undo");
    assert_eq!(stages(&a, &path, "30828"), (Stage::Awarded, Stage::Awarded));
    // the answer given in this detail is its last change, and is undone
    keys(&mut a, "2+");
    assert_eq!(
        Store::open(&path)
            .unwrap()
            .assessment("28590")
            .unwrap()
            .knockout
            .len(),
        1
    );
    keys(&mut a, "u");
    assert!(
        status(&a).contains("the answer to knock-out criterion 1"),
        "{}",
        status(&a)
    );
    assert!(
        Store::open(&path)
            .unwrap()
            .assessment("28590")
            .unwrap()
            .knockout
            .is_empty()
    );
    assert!(
        a.state
            .judged
            .answers
            .get("28590")
            .is_none_or(|x| x.knockout.is_empty())
    );
    // U in the list undoes the last change of any posting and names it
    key(&mut a, KeyCode::Esc);
    keys(&mut a, "U");
    assert!(
        status(&a).starts_with(
            "30828 \"Coördinator Vluchtelingenopvangbeleid Wijdmeren\": undid stage change open → awarded; now open"
        ),
        "{}",
        status(&a)
    );
    assert_eq!(stages(&a, &path, "30828"), (Stage::Open, Stage::Open));
    assert_screen_is_store(&a, &path);
}

#[test]
fn e_edits_fields_marked_by_hand_and_a_bad_value_keeps_the_form() {
    let (mut a, path) = app_on_store();
    select(&mut a, "30828");
    key(&mut a, KeyCode::Enter);
    keys(&mut a, "e");
    // to "hours" (title, organisation, region, deadline, start, hours)
    for _ in 0..5 {
        key(&mut a, KeyCode::Down);
    }
    for _ in 0..5 {
        key(&mut a, KeyCode::Backspace);
    }
    keys(&mut a, "24-32");
    key(&mut a, KeyCode::Up);
    key(&mut a, KeyCode::Up);
    keys(&mut a, "x"); // the deadline becomes "2026-07-06 09:00x"
    snap("edit_form_error_before_save", &a);
    key(&mut a, KeyCode::Enter);
    let text = screen_text(&draw(&a, 80, 24, &Theme::color()));
    assert!(text.contains("deadline: "), "{text}");
    assert!(text.contains("expected YYYY-MM-DD HH:MM"), "{text}");
    let d = Store::open(&path).unwrap().detail("30828").unwrap();
    assert!(d.hand_set.is_empty(), "nothing stored half");
    key(&mut a, KeyCode::Backspace);
    key(&mut a, KeyCode::Enter);
    assert!(a.state.popup.is_none());
    assert_eq!(status(&a), "Saved 30828: hours set by hand ✎ (u undoes)");
    let d = Store::open(&path).unwrap().detail("30828").unwrap();
    assert_eq!(d.hand_set, ["hours"]);
    assert_eq!(
        Field::Hours.show(&d.record.posting).as_deref(),
        Some("24-32")
    );
    let text = screen_text(&draw(&a, 120, 40, &Theme::color()));
    assert!(text.contains("24 to 32 per week  ✎"), "{text}");
    assert!(
        text.contains("hours: 24-32  (import says: 20-28)"),
        "{text}"
    );
    assert_screen_is_store(&a, &path);
    keys(&mut a, "u");
    let d = Store::open(&path).unwrap().detail("30828").unwrap();
    assert!(d.hand_set.is_empty());
    assert_eq!(a.state.detail.as_ref().unwrap().detail, d);
}

#[test]
fn n_adds_a_posting_and_d_archives_after_asking() {
    let (mut a, path) = app_on_store();
    keys(&mut a, "N");
    keys(&mut a, "Beleidsadviseur Wonen");
    key(&mut a, KeyCode::Down);
    keys(&mut a, "Utrecht");
    key(&mut a, KeyCode::Enter);
    let id = a.state.selected_id().unwrap();
    assert!(status(&a).starts_with(&format!("Added {id}: title, organisation")));
    assert_eq!(
        Store::open(&path).unwrap().detail(&id).unwrap().hand_set,
        ["title", "organisation"]
    );
    assert_screen_is_store(&a, &path);
    // D asks; n keeps it, y moves it
    keys(&mut a, "D");
    snap("archive_question", &a);
    keys(&mut a, "n");
    assert!(a.state.records.iter().any(|r| r.id == id));
    keys(&mut a, "Dy");
    assert!(!a.state.records.iter().any(|r| r.id == id));
    assert_eq!(
        Store::open(&path).unwrap().list_archived().unwrap().len(),
        1
    );
    assert_screen_is_store(&a, &path);
    // X shows the archive; D there brings it back
    keys(&mut a, "X");
    assert_eq!(a.state.records.len(), 1);
    assert_screen_is_store(&a, &path);
    keys(&mut a, "D");
    assert!(a.state.records.is_empty());
    let text = screen_text(&draw(&a, 80, 24, &Theme::color()));
    assert!(text.contains("The archive is empty."), "{text}");
    assert!(text.contains("Archive"), "{text}");
    assert!(
        Store::open(&path)
            .unwrap()
            .list_archived()
            .unwrap()
            .is_empty()
    );
    keys(&mut a, "X");
    assert!(a.state.records.iter().any(|r| r.id == id));
    assert_screen_is_store(&a, &path);
}
