//! Screens of the interface, drawn into ratatui's `TestBackend` with a fixed
//! clock and hand-made postings (independent of the parser), compared with
//! insta snapshots; plus behaviour driven by keys, NO_COLOR and hostile text.

mod tui_support;

use insta::assert_snapshot;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::style::Color;
use tenderdesk::pipeline::Stage;
use tenderdesk::tui::action::{Action, Pane};
use tenderdesk::tui::app::App;
use tenderdesk::tui::backend::Backend;
use tenderdesk::tui::keymap::Context;
use tenderdesk::tui::state::Popup;
use tenderdesk::tui::theme::Theme;
use tui_support::*;

#[test]
fn list_view() {
    snap("list", &app());
}

#[test]
fn board_view() {
    let mut a = app();
    key(&mut a, KeyCode::Char('b'));
    snap("board", &a);
    key(&mut a, KeyCode::Char('z'));
    snap("board_side_lane", &a);
}

#[test]
fn detail_panes() {
    let mut a = app();
    keys(&mut a, "j"); // 30828, which has a note
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.state.selected_id().as_deref(), Some("30828"));
    for pane in Pane::ALL {
        a.update(Action::Pane(pane));
        snap(&format!("detail_{}", pane.label().to_lowercase()), &a);
    }
}

#[test]
fn filter_popup_and_help() {
    let mut a = app();
    keys(&mut a, "f");
    keys(&mut a, "l"); // region: first province present
    snap("filter_popup", &a);
    key(&mut a, KeyCode::Esc);
    keys(&mut a, "?");
    snap("help", &a);
}

#[test]
fn search_highlights_and_folds_diacritics() {
    let mut a = app();
    keys(&mut a, "/coordinator");
    a.wait_idle();
    let ids: Vec<_> = a
        .state
        .visible
        .iter()
        .map(|&i| a.state.records[i].id.as_str())
        .collect();
    assert!(
        ids.contains(&"30828") && ids.contains(&"13995") && ids.contains(&"H-01"),
        "{ids:?}"
    );
    assert!(!ids.contains(&"30662"));
    key(&mut a, KeyCode::Enter);
    let t = draw(&a, 120, 40, &Theme::color());
    assert_snapshot!("search_120x40", t.backend());
}

#[test]
fn filter_region_and_scale_by_keys() {
    let mut a = app();
    keys(&mut a, "f");
    // regions present: Gelderland, Noord-Holland, Utrecht
    keys(&mut a, "ll");
    keys(&mut a, "j");
    keys(&mut a, &"l".repeat(9));
    keys(&mut a, "j");
    // "to" steps upwards from "from" (a range never runs backwards)
    keys(&mut a, "lll");
    key(&mut a, KeyCode::Enter);
    assert_eq!(
        a.state.filter.describe(),
        vec!["region:Noord-Holland", "scale:9-11"]
    );
    let mut ids: Vec<_> = a
        .state
        .visible
        .iter()
        .map(|&i| a.state.records[i].id.clone())
        .collect();
    ids.sort();
    assert_eq!(ids, ["30662", "30828"]);
    keys(&mut a, "c");
    assert_eq!(a.state.visible.len(), SPECS.len());
}

#[test]
fn stage_keys_undo_and_notes_write_through() {
    let mut a = app();
    let first = a.state.selected_id().unwrap();
    keys(&mut a, "a");
    assert_eq!(
        a.backend.detail(&first).unwrap().record.stage,
        Stage::Applied
    );
    keys(&mut a, "u");
    assert_eq!(a.backend.detail(&first).unwrap().record.stage, Stage::Open);
    keys(&mut a, "s");
    key(&mut a, KeyCode::Down);
    key(&mut a, KeyCode::Down);
    key(&mut a, KeyCode::Enter);
    assert_eq!(
        a.backend.detail(&first).unwrap().record.stage,
        Stage::Interview
    );
    keys(&mut a, "n");
    keys(&mut a, "Bellen");
    a.handle_key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL));
    assert_eq!(
        a.backend.detail(&first).unwrap().notes.last().unwrap().text,
        "Bellen"
    );
    assert!(a.state.popup.is_none());
}

#[test]
fn sort_cycles_and_list_is_by_deadline() {
    let mut a = app();
    let ids = |a: &App| -> Vec<String> {
        a.state
            .visible
            .iter()
            .map(|&i| a.state.records[i].id.clone())
            .collect()
    };
    // upcoming soonest first, then the expired one
    assert_eq!(ids(&a), ["28590", "30828", "13995", "H-01", "30662"]);
    keys(&mut a, "o");
    assert_eq!(ids(&a), ["28590", "30828", "H-01", "30662", "13995"]);
}

#[test]
fn paste_imports_a_posting() {
    let mut a = app();
    let n = a.state.records.len();
    a.handle_event(
        Event::Paste(tenderdesk::tui::samples::SAMPLES[0].1.into()),
        Rect::new(0, 0, 120, 40),
    );
    assert_eq!(a.state.records.len(), n + 1);
    assert!(a.state.message.as_ref().unwrap().text.contains("Imported"));
}

#[test]
fn empty_database_says_how_to_import() {
    let mut a = App::new(Box::new(empty_store()), now()).unwrap();
    let t = draw(&a, 80, 24, &Theme::color());
    assert_snapshot!("empty_80x24", t.backend());
    keys(&mut a, "L");
    assert!(a.state.records.is_empty(), "L asks first");
    keys(&mut a, "L");
    assert_eq!(
        a.state.records.len(),
        tenderdesk::tui::samples::SAMPLES.len()
    );
}

#[test]
fn too_small_window_says_so() {
    let t = draw(&app(), 40, 10, &Theme::color());
    let text: String = t
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    assert!(text.contains("Window too small"), "{text}");
}

#[test]
fn no_color_theme_uses_reset_colours_and_a_selection_glyph() {
    let mut a = app();
    every_screen(&mut a, |name, t| {
        for cell in t.backend().buffer().content() {
            assert_eq!(cell.fg, Color::Reset, "{name}: fg of {:?}", cell.symbol());
            assert_eq!(cell.bg, Color::Reset, "{name}: bg of {:?}", cell.symbol());
        }
    });
    let t = draw(&app(), 120, 40, &Theme::mono());
    let text: String = t
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    assert!(text.contains("▶"));
}

#[test]
fn hostile_text_never_reaches_the_screen() {
    let evil = "Coördinator\u{1b}]52;c;ZXZpbA==\u{7}\u{1b}[2J\u{9b}31m\u{7}\u{202E}lanigiro\u{2066}\u{1b}]8;;http://x\u{1b}\\ok\r\u{8}";
    let mut b = empty_store();
    let mut p = posting(&SPECS[0]);
    p.title = evil.into();
    p.organisation = Some(evil.into());
    p.region = Some(evil.into());
    p.scale = Some(evil.into());
    p.knockout[0].text = evil.into();
    p.award[0].text = evil.into();
    p.competences.push(evil.into());
    p.vog.evidence.push(evil.into());
    p.dba.evidence.push(evil.into());
    p.duration = Some(evil.into());
    p.warnings.push(evil.into());
    insert(&mut b, p, &format!("{evil}\n{evil}\n"));
    b.add_note("30828", evil).unwrap();
    b.set_stage("30828", Stage::Applied, Some(evil)).unwrap();
    let mut a = App::new(Box::new(b), now()).unwrap();
    let forbidden = [
        '\u{1b}', '\u{7}', '\u{9b}', '\u{202E}', '\u{2066}', '\r', '\u{8}',
    ];
    let mut screens = 0;
    every_screen(&mut a, |name, t| {
        screens += 1;
        for cell in t.backend().buffer().content() {
            assert!(
                !cell.symbol().contains(forbidden),
                "{name}: {:?}",
                cell.symbol()
            );
        }
    });
    assert!(screens >= 30);
}

#[test]
fn store_backend_writes_every_change_at_once() {
    use tenderdesk::store::Store;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    let mut store = Store::open(&path).unwrap();
    for (_, text) in tenderdesk::tui::samples::SAMPLES {
        Backend::import_text(&mut store, text).unwrap();
    }
    let mut a = App::new(Box::new(store), now()).unwrap();
    assert_eq!(
        a.state.records.len(),
        tenderdesk::tui::samples::SAMPLES.len()
    );
    let id = a.state.selected_id().unwrap();
    keys(&mut a, "a");
    keys(&mut a, "n");
    keys(&mut a, "Bellen");
    a.handle_key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL));
    // a second connection sees both changes before the interface quits
    let mut other = Store::open(&path).unwrap();
    let d = Backend::detail(&mut other, &id).unwrap();
    assert_eq!(d.record.stage, Stage::Applied);
    assert_eq!(d.notes.last().unwrap().text, "Bellen");
    keys(&mut a, "u");
    assert_eq!(
        Backend::detail(&mut other, &id).unwrap().record.stage,
        Stage::Open
    );
}

#[test]
fn typing_a_search_is_drawn_before_the_results() {
    let mut a = app();
    keys(&mut a, "/wijkcoord");
    // the keystrokes are in the field at once, whether or not results are in
    let text = screen_text(&draw(&a, 120, 40, &Theme::color()));
    assert!(text.contains(" / wijkcoord█"), "{text}");
    a.wait_idle();
    assert!(!a.state.search_pending);
    let ids: Vec<_> = a
        .state
        .visible
        .iter()
        .map(|&i| a.state.records[i].id.as_str())
        .collect();
    assert_eq!(ids, ["13995"]);
    // Esc drops the search at once
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.state.visible.len(), SPECS.len());
}

/// The five sample postings as files `0.txt`..`4.txt`, and `2b-broken.txt`
/// (no posting in it) sorted among them.
fn import_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (i, (_, text)) in tenderdesk::tui::samples::SAMPLES.iter().enumerate() {
        std::fs::write(dir.path().join(format!("{i}.txt")), text).unwrap();
    }
    std::fs::write(
        dir.path().join("2b-broken.txt"),
        "Boodschappen: brood, melk, kaas.\n",
    )
    .unwrap();
    dir
}

/// Opens the import prompt, types the path and presses Enter; one file per
/// tick from then on.
fn start_import(a: &mut App, path: &std::path::Path) {
    a.import_budget = std::time::Duration::ZERO;
    keys(a, "I");
    a.handle_event(
        Event::Paste(path.display().to_string()),
        Rect::new(0, 0, 80, 24),
    );
    key(a, KeyCode::Enter);
}

fn import_job(a: &App) -> &tenderdesk::tui::importing::ImportJob {
    match &a.state.popup {
        Some(Popup::Importing(job)) | Some(Popup::ImportSummary { job, .. }) => job,
        _ => panic!("no import popup"),
    }
}

#[test]
fn folder_import_shows_progress_and_lists_the_bad_file() {
    let dir = import_folder();
    let mut a = App::new(Box::new(empty_store()), now()).unwrap();
    start_import(&mut a, dir.path());
    assert_eq!(a.context(), Context::Importing);
    assert!(a.is_busy(), "the loop polls often while importing");
    assert_eq!((import_job(&a).done, import_job(&a).files.len()), (0, 6));
    for done in 1..=4 {
        a.tick();
        assert_eq!(import_job(&a).done, done);
    }
    let job = import_job(&a);
    assert_eq!((job.added, job.failed.len()), (3, 1));
    let t = draw(&a, 80, 24, &Theme::color());
    let text = screen_text(&t);
    assert!(text.contains("Importing 4/6 · added 3 · updated 0 · failed 1"));
    assert_snapshot!("import_progress_80x24", t.backend());
    while a.is_importing() {
        a.tick();
    }
    assert_eq!(a.context(), Context::ImportSummary);
    let job = import_job(&a);
    assert_eq!((job.done, job.added, job.cancelled), (6, 5, false));
    assert_eq!(
        job.with_warnings, 2,
        "the samples with warnings are counted"
    );
    assert_eq!(job.failed.len(), 1);
    assert!(job.failed[0].0.ends_with("2b-broken.txt"));
    assert!(!job.failed[0].1.is_empty());
    let t = draw(&a, 80, 24, &Theme::color());
    let text = screen_text(&t);
    assert!(text.contains("2b-broken.txt: "), "{text}");
    assert_snapshot!("import_summary_80x24", t.backend());
    // the records were reloaded behind the summary
    assert_eq!(a.state.records.len(), 5);
    key(&mut a, KeyCode::Esc);
    assert!(a.state.popup.is_none());
    assert!(a.state.message.as_ref().unwrap().text.contains("failed 1"));
}

#[test]
fn cancelled_import_keeps_only_whole_postings() {
    use tenderdesk::store::Store;
    let dir = import_folder();
    let db = tempfile::tempdir().unwrap();
    let store = Store::open(&db.path().join("t.db")).unwrap();
    let mut a = App::new(Box::new(store), now()).unwrap();
    start_import(&mut a, dir.path());
    a.tick();
    a.tick();
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.context(), Context::ImportSummary);
    let job = import_job(&a).clone();
    assert!(job.cancelled);
    assert_eq!((job.done, job.skipped(), job.added), (2, 4, 2));
    assert!(screen_text(&draw(&a, 80, 24, &Theme::color())).contains("4 not started"));
    a.tick(); // nothing more is imported once cancelled
    assert_eq!(import_job(&a).done, 2);
    assert_eq!(a.state.records.len(), 2);
    drop(a);
    // a fresh look at the database: the two files done, each posting whole
    let mut store = Store::open(&db.path().join("t.db")).unwrap();
    assert_eq!(Backend::list(&mut store).unwrap().len(), 2);
    // read whole (the interface's records leave out what only the detail shows)
    let records = store.list().unwrap();
    assert_eq!(records.len(), 2);
    for file in &job.files[..2] {
        let (posting, text) = tenderdesk::import::read_posting(file).unwrap();
        let r = records.iter().find(|r| r.posting == posting).unwrap();
        let d = Backend::detail(&mut store, &r.id).unwrap();
        assert_eq!(d.record.posting, posting);
        assert_eq!(d.original_text, text);
    }
}

#[test]
fn import_of_a_missing_path_says_why() {
    let mut a = app();
    start_import(&mut a, std::path::Path::new("/no/such/folder"));
    assert_eq!(a.context(), Context::ImportSummary);
    let text = screen_text(&draw(&a, 80, 24, &Theme::color()));
    assert!(text.contains("no such file or directory"), "{text}");
    assert_eq!(a.state.records.len(), 5);
}

/// A posting still open whose deadline has passed: the detail header says the
/// stored stage and that it expired, as `show` does, and undoing a stage
/// change brings back exactly that (the store's stage is open again).
#[test]
fn expired_posting_header_says_its_stage() {
    let mut a = app();
    for _ in 0..a.state.records.len() {
        if a.state.selected_id().as_deref() == Some("30662") {
            break;
        }
        keys(&mut a, "j");
    }
    assert_eq!(a.state.selected_id().as_deref(), Some("30662"));
    key(&mut a, KeyCode::Enter);
    let header = |a: &App| {
        let t = draw(a, 120, 40, &Theme::color());
        let text = screen_text(&t);
        let line = text.lines().find(|l| l.contains("Klantmanager"));
        line.unwrap_or(&text).to_string()
    };
    assert!(header(&a).contains("[open · expired]"), "{}", header(&a));
    // the Overview's Stage row says the same
    let t = draw(&a, 120, 40, &Theme::color());
    let text = screen_text(&t);
    let stage = text.lines().find(|l| l.contains("│Stage ")).unwrap_or("");
    assert!(stage.contains("open · expired"), "{text}");
    keys(&mut a, "a");
    assert!(header(&a).contains("[applied]"), "{}", header(&a));
    keys(&mut a, "u");
    assert_eq!(a.backend.detail("30662").unwrap().record.stage, Stage::Open);
    assert!(header(&a).contains("[open · expired]"), "{}", header(&a));
}
