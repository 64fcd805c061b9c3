//! The interface holds its records without the criteria texts the score
//! does not read (`Store::list_for_interface`, issue 16). An answer is
//! compared with the text it was given against, so where an answer comes
//! in for a posting read without its texts, the record takes the criteria
//! of the whole posting first: the score must be the one of the posting
//! read whole, with nothing "to look at again".

mod tui_support;

use tenderdesk::assess::{Answer, Score, score};
use tenderdesk::store::{CriterionKind, Store};
use tenderdesk::tui::app::App;
use tui_support::*;

/// The score of posting `id` as the store holds it, read whole.
fn whole_score(path: &std::path::Path, id: &str) -> Score {
    let s = Store::open(path).unwrap();
    let p = s.detail(id).unwrap().record.posting;
    score(&p, &s.assessment(id).unwrap(), &s.profile().unwrap())
}

fn texts_left_out(a: &App, id: &str) -> bool {
    let p = &a.state.records[record_index(a, id)].posting;
    p.knockout.iter().all(|c| c.text.is_empty())
}

#[test]
fn an_answer_in_the_detail_is_scored_against_the_whole_criteria() {
    let b = backend();
    let path = b.path().to_path_buf();
    let mut a = App::new(Box::new(b), now()).unwrap();
    assert!(texts_left_out(&a, "30828"), "read without its texts");
    open_criteria(&mut a, "30828");
    keys(&mut a, "+"); // K1 met
    keys(&mut a, "jj+"); // A1 met
    let s = score_of(&a, "30828");
    assert_eq!(s.needs_look, 0);
    assert_eq!(s, whole_score(&path, "30828"));
    assert!(!texts_left_out(&a, "30828"));
}

#[test]
fn answers_from_another_process_are_scored_against_the_whole_criteria() {
    let b = backend();
    let path = b.path().to_path_buf();
    // a first screen of 2: a change elsewhere is read again on the loading
    // thread, as on a large database, and the answers before the list
    let mut a = App::with_first_screen(Box::new(b), now(), 2).unwrap();
    a.wait_loaded();
    assert!(texts_left_out(&a, "28590"));
    let mut other = Store::open(&path).unwrap();
    other
        .set_answer("28590", CriterionKind::Knockout, 1, Some(Answer::Met))
        .unwrap();
    other
        .set_answer("28590", CriterionKind::Award, 1, Some(Answer::Partly))
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(a.notice_external_writes());
    // before the list is in, the answers are; the records scored now (as
    // a profile change would) carry the whole criteria
    let s = &mut a.state;
    s.judged.recompute(&s.records, s.now);
    let want = whole_score(&path, "28590");
    assert_eq!(want.needs_look, 0);
    assert_eq!(score_of(&a, "28590"), want);
    a.wait_loaded();
    assert_eq!(score_of(&a, "28590"), want);
}
