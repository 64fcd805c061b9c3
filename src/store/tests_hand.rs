//! Changes by hand, the undo journal and re-import matching, on a real
//! SQLite file.

use super::*;
use crate::assess::Answer;
use crate::hand::Field;
use crate::pipeline::Stage;
use crate::posting::{KnockoutCriterion, Posting};
use chrono::DateTime;

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let s = Store::open(&dir.path().join("t.db")).unwrap();
    (dir, s)
}

fn posting(number: Option<&str>, title: &str, deadline: &str) -> Posting {
    Posting {
        title: title.into(),
        request_number: number.map(str::to_string),
        organisation: Some("Hilversum".into()),
        deadline: DateTime::parse_from_rfc3339(deadline).ok(),
        hours_min: Some(20),
        hours_max: Some(28),
        knockout: vec![KnockoutCriterion {
            number: 1,
            text: "HBO".into(),
        }],
        ..Posting::default()
    }
}

fn f(field: Field, v: &str) -> (Field, String) {
    (field, v.to_string())
}

#[test]
fn undo_is_per_posting_and_says_what_it_undid() {
    let (_d, mut s) = store();
    s.import(&posting(Some("1"), "A", "2026-07-06T09:00:00+02:00"), "a")
        .unwrap();
    s.import(&posting(Some("2"), "B", "2026-07-06T09:00:00+02:00"), "b")
        .unwrap();
    s.set_stage("1", Stage::Applied, None).unwrap();
    s.set_stage("2", Stage::Awarded, None).unwrap();
    let u = s.undo_posting("1").unwrap().unwrap();
    assert_eq!(
        u.to_string(),
        "1: undid stage change open → applied; now open"
    );
    assert_eq!(s.detail("1").unwrap().record.stage, Stage::Open);
    assert_eq!(s.detail("2").unwrap().record.stage, Stage::Awarded);
    assert!(s.undo_posting("1").unwrap().is_none());
    assert!(matches!(
        s.undo_posting("nope"),
        Err(StoreError::UnknownId(_))
    ));
    // answers are undone too, back to what they were
    s.set_answer("1", CriterionKind::Knockout, 1, Some(Answer::Met))
        .unwrap();
    s.set_answer("1", CriterionKind::Knockout, 1, Some(Answer::NotMet))
        .unwrap();
    let u = s.undo_posting("1").unwrap().unwrap();
    assert_eq!(u.what, "the answer to knock-out criterion 1 (back to met)");
    assert_eq!(s.assessment("1").unwrap().knockout[&1].answer, Answer::Met);
    s.undo_posting("1").unwrap().unwrap();
    assert!(s.assessment("1").unwrap().knockout.is_empty());
    // the last change of any posting is posting 2's award
    let u = s.undo_last().unwrap().unwrap();
    assert_eq!((u.id.as_str(), u.stage), ("2", Stage::Open));
}

#[test]
fn edits_archive_restore_and_add_are_undone() {
    let (_d, mut s) = store();
    s.import(&posting(Some("1"), "A", "2026-07-06T09:00:00+02:00"), "a")
        .unwrap();
    let changed = s
        .edit("1", &[f(Field::Hours, "32"), f(Field::Region, "Utrecht")])
        .unwrap();
    assert_eq!(changed, [Field::Hours, Field::Region]);
    let d = s.detail("1").unwrap();
    assert_eq!(d.hand_set, ["region", "hours"]);
    assert_eq!(d.reimported["hours"].as_deref(), Some("20-28"));
    assert_eq!(d.record.posting.hours_min, Some(32));
    let u = s.undo_posting("1").unwrap().unwrap();
    assert_eq!(u.what, "the edit of hours, region");
    let d = s.detail("1").unwrap();
    assert!(d.hand_set.is_empty());
    assert_eq!(d.record.posting.hours_min, Some(20));
    assert_eq!(d.record.posting.region, None);

    s.archive("1").unwrap();
    assert!(s.list().unwrap().is_empty());
    assert_eq!(s.list_archived().unwrap().len(), 1);
    assert!(matches!(
        s.archive("1"),
        Err(StoreError::AlreadyArchived(_))
    ));
    let u = s.undo_posting("1").unwrap().unwrap();
    assert!(!u.archived);
    assert_eq!(s.list().unwrap().len(), 1);
    s.archive("1").unwrap();
    s.restore("1").unwrap();
    assert!(s.undo_posting("1").unwrap().unwrap().archived);
    assert!(s.list().unwrap().is_empty());

    let id = s
        .add_by_hand(&[
            f(Field::Title, "Hand"),
            f(Field::Deadline, "2027-01-15 09:00"),
        ])
        .unwrap();
    let d = s.detail(&id).unwrap();
    assert_eq!(d.hand_set, ["title", "deadline"]);
    assert!(d.reimported.is_empty());
    assert_eq!(
        d.record.posting.deadline.unwrap().to_rfc3339(),
        "2027-01-15T09:00:00+01:00"
    );
    let u = s.undo_posting(&id).unwrap().unwrap();
    assert!(u.archived, "{u}");
}

#[test]
fn a_bad_value_stores_nothing() {
    let (_d, mut s) = store();
    s.import(&posting(Some("1"), "A", "2026-07-06T09:00:00+02:00"), "a")
        .unwrap();
    let before = s.detail("1").unwrap();
    let e = s
        .edit(
            "1",
            &[
                f(Field::Region, "Utrecht"),
                f(Field::Deadline, "31-02-2027"),
            ],
        )
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "deadline: no 31 February; expected YYYY-MM-DD HH:MM"
    );
    assert_eq!(s.detail("1").unwrap(), before);
    assert!(s.undo_posting("1").unwrap().is_none());
    assert!(s.add_by_hand(&[f(Field::Region, "Utrecht")]).is_err());
    assert_eq!(s.list().unwrap().len(), 1);
}

#[test]
fn reimport_keeps_hand_set_fields_and_shows_the_import_beside_them() {
    let (_d, mut s) = store();
    let mut p = posting(Some("1"), "A", "2026-07-06T09:00:00+02:00");
    s.import(&p, "a").unwrap();
    s.set_stage("1", Stage::Applied, None).unwrap();
    s.set_answer("1", CriterionKind::Knockout, 1, Some(Answer::Met))
        .unwrap();
    s.edit("1", &[f(Field::Deadline, "2026-07-08 12:00")])
        .unwrap();
    p.deadline = DateTime::parse_from_rfc3339("2026-07-07T09:00:00+02:00").ok();
    p.hours_max = Some(32);
    assert_eq!(s.import(&p, "a2").unwrap().kind, ImportKind::Updated);
    let d = s.detail("1").unwrap();
    assert_eq!(
        Field::Deadline.show(&d.record.posting).as_deref(),
        Some("2026-07-08 12:00")
    );
    assert_eq!(
        d.reimported["deadline"].as_deref(),
        Some("2026-07-07 09:00")
    );
    assert_eq!(d.record.posting.hours_max, Some(32));
    assert_eq!(d.record.stage, Stage::Applied);
    assert_eq!(s.assessment("1").unwrap().knockout.len(), 1);
    // the same import again changes nothing
    assert_eq!(s.import(&p, "a2").unwrap().kind, ImportKind::Unchanged);
}

#[test]
fn matching_by_address_then_organisation_and_title_not_exact_deadline() {
    let (_d, mut s) = store();
    let mut a = posting(None, "Adviseur Wonen", "2026-07-06T09:00:00+02:00");
    a.url = Some("https://www.example.nl/opdracht/77/".into());
    let first = s.import(&a, "site one").unwrap();
    // another site, another title spelling, same address
    let mut b = posting(
        None,
        "Adviseur wonen (Hilversum)",
        "2026-07-06T09:00:00+02:00",
    );
    b.url = Some("http://example.nl/opdracht/77".into());
    assert_eq!(s.import(&b, "site two").unwrap().id, first.id);
    // the deadline moved ten days: the same posting
    let mut c = posting(None, "Adviseur Wonen", "2026-07-16T09:00:00+02:00");
    c.title = "Adviseur wonen (Hilversum)".into();
    let again = s.import(&c, "moved").unwrap();
    assert_eq!(
        (again.id.as_str(), again.kind),
        (first.id.as_str(), ImportKind::Updated)
    );
    // months later: a new round, kept beside it
    let d = posting(
        None,
        "Adviseur wonen (Hilversum)",
        "2027-01-15T09:00:00+01:00",
    );
    let round = s.import(&d, "next year").unwrap();
    assert_eq!(round.kind, ImportKind::Added);
    assert_eq!(round.new_round_of.as_deref(), Some(first.id.as_str()));
    assert_eq!(s.list().unwrap().len(), 2);
    // another request number is another posting
    let e = posting(
        Some("900"),
        "Adviseur wonen (Hilversum)",
        "2026-07-16T09:00:00+02:00",
    );
    let other = s.import(&e, "numbered").unwrap();
    let f2 = posting(
        Some("901"),
        "Adviseur wonen (Hilversum)",
        "2026-07-16T09:00:00+02:00",
    );
    assert_ne!(s.import(&f2, "numbered 2").unwrap().id, other.id);
}

#[test]
fn migration_v5_fills_the_match_columns_and_the_journal() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("v4.db");
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/db/v4.db"),
        &db,
    )
    .unwrap();
    let mut s = Store::open(&db).unwrap();
    let (url, title): (Option<String>, Option<String>) = s
        .conn
        .query_row(
            "SELECT url_key, title_key FROM postings WHERE id = 'p3'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(url.as_deref(), Some("example.nl/opdracht/77"));
    assert_eq!(title.as_deref(), Some("utrecht|adviseur wonen"));
    // p2's change was undone before; 30828's is the one left to undo
    assert!(s.undo_posting("p2").unwrap().is_none());
    let u = s.undo_last().unwrap().unwrap();
    assert_eq!((u.id.as_str(), u.stage), ("30828", Stage::Open));
    // a re-import found by the old `link` address is that posting
    let p = Posting {
        title: "Adviseur Wonen".into(),
        url: Some("https://example.nl/opdracht/77".into()),
        ..Posting::default()
    };
    assert_eq!(s.import(&p, "again").unwrap().id, "p3");
}

#[test]
fn a_title_corrected_by_hand_still_finds_the_next_import() {
    let (_d, mut s) = store();
    let p = posting(None, "Adviseur Wonen", "2026-07-06T09:00:00+02:00");
    let id = s.import(&p, "a").unwrap().id;
    s.edit(&id, &[f(Field::Title, "Senior adviseur wonen en ruimte")])
        .unwrap();
    // the deadline moved: not the stored match key, found by title
    let mut again = posting(None, "Adviseur Wonen", "2026-07-09T09:00:00+02:00");
    again.hours_max = Some(32);
    let o = s.import(&again, "b").unwrap();
    assert_eq!((o.id.as_str(), o.kind), (id.as_str(), ImportKind::Updated));
    let d = s.detail(&id).unwrap();
    assert_eq!(d.record.posting.title, "Senior adviseur wonen en ruimte");
    assert_eq!(d.record.posting.hours_max, Some(32));
    assert_eq!(s.list().unwrap().len(), 1);
}
