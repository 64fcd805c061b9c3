//! Start-up on a large database: the first screen comes from the deadline
//! index, the rest loads on another thread, and nothing the user does while
//! it loads is lost or shown wrong.

mod tui_support;

use std::sync::{Arc, Mutex};
use tenderdesk::hand::Field;
use tenderdesk::pipeline::{PostingRecord, Stage};
use tenderdesk::store::Store;
use tenderdesk::tui::app::App;
use tenderdesk::tui::backend::{Backend, Listed, QuickStart};
use tenderdesk::tui::theme::Theme;
use tui_support::{draw, empty_store, keys, now, screen_text};

/// A store of `n` generated postings, dates around the test clock.
fn store_with(n: u64) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("t.db")).unwrap();
    for g in tenderdesk::corpus::corpus(7, n, now().date_naive()) {
        Backend::import_text(&mut store, &g.text).unwrap();
    }
    (dir, store)
}

fn visible_ids(a: &App) -> Vec<String> {
    a.state
        .visible
        .iter()
        .map(|&i| a.state.records[i].id.clone())
        .collect()
}

#[test]
fn first_screen_is_the_top_of_the_whole_list() {
    let (_d, store) = store_with(60);
    let total = store.count().unwrap();
    let mut a = App::with_first_screen(Box::new(store), now(), 12).unwrap();
    assert_eq!(a.state.records.len(), 12);
    assert_eq!(a.state.loading, Some(total));
    let first = visible_ids(&a);
    let screen = screen_text(&draw(&a, 120, 40, &Theme::mono()));
    assert!(
        screen.contains(&format!("loading {total} postings")),
        "{screen}"
    );

    a.wait_loaded();
    assert_eq!(a.state.loading, None);
    assert_eq!(a.state.records.len(), total);
    // the rows shown before the rest came in are the top of the whole list
    assert_eq!(first, visible_ids(&a)[..12]);
    let screen = screen_text(&draw(&a, 120, 40, &Theme::mono()));
    assert!(
        screen.contains(&format!("{total}/{total} postings")),
        "{screen}"
    );
}

#[test]
fn small_databases_load_at_once() {
    let (_d, store) = store_with(8);
    let a = App::with_first_screen(Box::new(store), now(), 12).unwrap();
    assert_eq!(a.state.records.len(), 8);
    assert_eq!(a.state.loading, None);
    assert!(!a.is_loading());
}

#[test]
fn a_search_typed_while_loading_covers_the_whole_list() {
    let (_d, store) = store_with(60);
    let mut a = App::with_first_screen(Box::new(store), now(), 5).unwrap();
    let title = a.state.records[0].posting.title.clone();
    let word: String = title.split_whitespace().next().unwrap().to_lowercase();
    keys(&mut a, "/");
    keys(&mut a, &word);
    a.wait_loaded();
    a.wait_idle();
    let (query, hits) = a.state.search_hits.clone().unwrap();
    assert_eq!(query, word);
    let everywhere = a
        .state
        .records
        .iter()
        .filter(|r| r.posting.title.to_lowercase().contains(&word))
        .count();
    assert!(hits.len() >= everywhere, "{} < {everywhere}", hits.len());
}

/// A backend whose background read returns the list as it was when the
/// interface started, the first time only: a read that raced a change.
struct StaleFirstRead {
    inner: Store,
    current: Arc<Mutex<Vec<PostingRecord>>>,
    writes: u64,
}

impl StaleFirstRead {
    fn sync(&mut self) {
        *self.current.lock().unwrap() = Backend::list(&mut self.inner).unwrap();
    }
}

impl Backend for StaleFirstRead {
    fn list(&mut self) -> anyhow::Result<Vec<PostingRecord>> {
        Backend::list(&mut self.inner)
    }
    fn detail(&mut self, id: &str) -> anyhow::Result<tenderdesk::pipeline::PostingDetail> {
        Backend::detail(&mut self.inner, id)
    }
    fn mark_changes_seen(&mut self, id: &str) -> anyhow::Result<bool> {
        Backend::mark_changes_seen(&mut self.inner, id)
    }
    fn set_stage(
        &mut self,
        id: &str,
        stage: Stage,
        note: Option<&str>,
    ) -> anyhow::Result<tenderdesk::pipeline::StageChange> {
        let c = Backend::set_stage(&mut self.inner, id, stage, note)?;
        self.writes += 1;
        self.sync();
        Ok(c)
    }
    fn undo(&mut self, id: Option<&str>) -> anyhow::Result<Option<tenderdesk::store::Undone>> {
        Backend::undo(&mut self.inner, id)
    }
    fn add(&mut self, fields: &[(Field, String)]) -> anyhow::Result<String> {
        Backend::add(&mut self.inner, fields)
    }
    fn edit(&mut self, id: &str, fields: &[(Field, String)]) -> anyhow::Result<Vec<Field>> {
        Backend::edit(&mut self.inner, id, fields)
    }
    fn archive(&mut self, id: &str) -> anyhow::Result<()> {
        Backend::archive(&mut self.inner, id)
    }
    fn restore(&mut self, id: &str) -> anyhow::Result<()> {
        Backend::restore(&mut self.inner, id)
    }
    fn list_archived(&mut self) -> anyhow::Result<Vec<PostingRecord>> {
        Backend::list_archived(&mut self.inner)
    }
    fn add_note(&mut self, id: &str, text: &str) -> anyhow::Result<tenderdesk::pipeline::Note> {
        Backend::add_note(&mut self.inner, id, text)
    }
    fn import_text(&mut self, text: &str) -> anyhow::Result<String> {
        Backend::import_text(&mut self.inner, text)
    }
    fn import_path(&mut self, path: &std::path::Path) -> anyhow::Result<String> {
        Backend::import_path(&mut self.inner, path)
    }
    fn import_file(
        &mut self,
        path: &std::path::Path,
    ) -> Result<tenderdesk::tui::importing::FileImported, String> {
        Backend::import_file(&mut self.inner, path)
    }
    fn profile(&mut self) -> anyhow::Result<tenderdesk::assess::Profile> {
        Backend::profile(&mut self.inner)
    }
    fn set_outcome(
        &mut self,
        id: &str,
        o: &tenderdesk::pipeline::Outcome,
    ) -> anyhow::Result<tenderdesk::store::OutcomeRecorded> {
        Backend::set_outcome(&mut self.inner, id, o)
    }
    fn stats(&mut self) -> anyhow::Result<tenderdesk::assess::stats::Stats> {
        Backend::stats(&mut self.inner)
    }
    fn chance_model(&mut self) -> anyhow::Result<tenderdesk::assess::chance::Model> {
        Backend::chance_model(&mut self.inner)
    }
    fn save_profile(&mut self, p: &tenderdesk::assess::Profile) -> anyhow::Result<()> {
        Backend::save_profile(&mut self.inner, p)
    }
    fn assessments(
        &mut self,
    ) -> anyhow::Result<std::collections::HashMap<String, tenderdesk::assess::Assessment>> {
        Backend::assessments(&mut self.inner)
    }
    fn set_answer(
        &mut self,
        id: &str,
        kind: tenderdesk::store::CriterionKind,
        number: u32,
        answer: Option<tenderdesk::assess::Answer>,
    ) -> anyhow::Result<tenderdesk::assess::Assessment> {
        Backend::set_answer(&mut self.inner, id, kind, number, answer)
    }
    fn quick_start(
        &mut self,
        _now: chrono::DateTime<chrono::Utc>,
        limit: usize,
    ) -> anyhow::Result<Option<QuickStart>> {
        let all = Backend::list(&mut self.inner)?;
        let stale = Mutex::new(Some(all.clone()));
        let current = Arc::clone(&self.current);
        Ok(Some(QuickStart {
            head: all[..limit].to_vec(),
            total: all.len(),
            rest: Arc::new(move || {
                let first = stale.lock().unwrap().take();
                Ok(Listed::new(
                    first.unwrap_or_else(|| current.lock().unwrap().clone()),
                ))
            }),
        }))
    }
    fn changes_made(&self) -> u64 {
        self.writes
    }
}

#[test]
fn a_stage_changed_while_loading_is_not_undone_by_the_load() {
    let mut inner = empty_store();
    for g in tenderdesk::corpus::corpus(7, 20, now().date_naive()) {
        Backend::import_text(&mut inner, &g.text).unwrap();
    }
    let mut b = StaleFirstRead {
        inner,
        current: Arc::default(),
        writes: 0,
    };
    b.sync();
    let mut a = App::with_first_screen(Box::new(b), now(), 5).unwrap();
    let id = a.state.selected_id().unwrap();
    keys(&mut a, "a"); // applied, while the (stale) read is under way
    a.wait_loaded();
    assert_eq!(a.state.records.len(), 20);
    let r = a.state.records.iter().find(|r| r.id == id).unwrap();
    assert_eq!(r.stage, Stage::Applied);
}

#[test]
fn search_hits_stay_on_their_postings_when_the_rest_comes_in() {
    let (_d, store) = store_with(60);
    let mut a = App::with_first_screen(Box::new(store), now(), 5).unwrap();
    let word: String = a.state.records[0]
        .posting
        .title
        .split_whitespace()
        .next()
        .unwrap()
        .to_lowercase();
    keys(&mut a, "/");
    keys(&mut a, &word);
    a.wait_idle();
    let before = visible_ids(&a);
    assert!(!before.is_empty());
    // the whole list arrives; before the worker has searched it again, the
    // rows shown are still the same postings
    a.wait_loaded();
    let shown = visible_ids(&a);
    assert_eq!(shown, before);
}
