use super::*;
use crate::pipeline::Stage;
use crate::posting::{AwardCriterion, KnockoutCriterion, Posting};

fn sample(number: Option<&str>, org: &str) -> Posting {
    Posting {
        title: "Coördinator Wmo".into(),
        request_number: number.map(str::to_string),
        organisation: Some(org.into()),
        region: Some("Utrecht".into()),
        knockout: vec![KnockoutCriterion {
            number: 1,
            text: "HBO".into(),
        }],
        award: vec![AwardCriterion {
            number: 1,
            text: "Ervaring".into(),
            points: Some(60),
            rate_bands: vec![],
        }],
        ..Posting::default()
    }
}

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let s = Store::open(&dir.path().join("a/b/t.db")).unwrap();
    (dir, s)
}

#[test]
fn import_adds_then_unchanged_then_updated() {
    let (_d, mut s) = store();
    let p = sample(Some("30828"), "Hilversum");
    assert_eq!(
        s.import(&p, "text").unwrap(),
        ImportOutcome {
            id: "30828".into(),
            kind: ImportKind::Added,
            new_round_of: None,
            changed: None,
        }
    );
    assert_eq!(s.import(&p, "text").unwrap().kind, ImportKind::Unchanged);
    assert_eq!(s.import(&p, "text v2").unwrap().kind, ImportKind::Updated);
    assert_eq!(s.list().unwrap().len(), 1);
    assert_eq!(
        s.list().unwrap()[0].search_key,
        "coordinator wmo hilversum utrecht 30828\nhbo ervaring"
    );
}

#[test]
fn same_number_other_organisation_gets_suffix_and_no_number_gets_p_id_or_matches_by_title() {
    let (_d, mut s) = store();
    s.import(&sample(Some("30828"), "Hilversum"), "a").unwrap();
    assert_eq!(
        s.import(&sample(Some("30828"), "Heerde"), "b").unwrap().id,
        "30828-2"
    );
    // without a number, the same organisation and title is that posting
    // (republished on a site that leaves the number out)
    assert_eq!(
        s.import(&sample(None, "Heerde"), "c").unwrap().id,
        "30828-2"
    );
    let mut other = sample(None, "Heerde");
    other.title = "Projectleider".into();
    assert_eq!(s.import(&other, "d").unwrap().id, "p3");
    assert_eq!(s.import(&other, "d").unwrap().kind, ImportKind::Unchanged);
}

#[test]
fn reimport_keeps_stage_history_notes_and_criteria_ids() {
    let (_d, mut s) = store();
    let mut p = sample(Some("1"), "X");
    s.import(&p, "t").unwrap();
    s.set_stage("1", Stage::Applied, Some("sent")).unwrap();
    s.add_note("1", "called them").unwrap();
    let crit_id: i64 = s
        .conn
        .query_row("SELECT id FROM criteria WHERE kind='award'", [], |r| {
            r.get(0)
        })
        .unwrap();
    p.title = "New title".into();
    assert_eq!(s.import(&p, "t2").unwrap().kind, ImportKind::Updated);
    let d = s.detail("1").unwrap();
    assert_eq!(d.record.stage, Stage::Applied);
    assert_eq!(d.record.posting.title, "New title");
    assert_eq!(d.history.len(), 1);
    assert_eq!(d.notes.len(), 1);
    let again: i64 = s
        .conn
        .query_row("SELECT id FROM criteria WHERE kind='award'", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(crit_id, again);
}

#[test]
fn undo_walks_back_and_keeps_history_consistent() {
    let (_d, mut s) = store();
    s.import(&sample(Some("1"), "X"), "t").unwrap();
    s.set_stage("1", Stage::Applied, None).unwrap();
    s.set_stage("1", Stage::Interview, None).unwrap();
    let u = s.undo_last().unwrap().unwrap();
    assert_eq!((u.id.as_str(), u.stage), ("1", Stage::Applied));
    assert_eq!(u.what, "stage change applied → interview");
    let u = s.undo_last().unwrap().unwrap();
    assert_eq!(u.stage, Stage::Open);
    assert!(s.undo_last().unwrap().is_none());
    let d = s.detail("1").unwrap();
    assert_eq!(d.record.stage, Stage::Open);
    assert_eq!(d.history.last().unwrap().to, d.record.stage);
    assert_eq!(d.history.len(), 4);
}

#[test]
fn unknown_id_and_empty_note_are_errors() {
    let (_d, mut s) = store();
    assert!(matches!(s.detail("nope"), Err(StoreError::UnknownId(_))));
    assert!(matches!(
        s.set_stage("nope", Stage::Applied, None),
        Err(StoreError::UnknownId(_))
    ));
    s.import(&sample(Some("1"), "X"), "t").unwrap();
    assert!(matches!(s.add_note("1", "  "), Err(StoreError::EmptyNote)));
}

#[test]
fn backup_refuses_existing_target_without_force() {
    let (d, mut s) = store();
    s.import(&sample(Some("1"), "X"), "t").unwrap();
    let target = d.path().join("copy.db");
    s.backup(&target, false).unwrap();
    assert!(matches!(
        s.backup(&target, false),
        Err(StoreError::TargetExists(_))
    ));
    s.backup(&target, true).unwrap();
    let copy = Store::open(&target).unwrap();
    assert_eq!(copy.list().unwrap().len(), 1);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&target).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
}

/// Found by the reliability harness: a file that lost its last byte passed
/// `quick_check` (SQLite reads the missing end as zeros) and was used.
#[test]
fn a_database_cut_short_is_refused_as_damaged_and_left_alone() {
    let (dir, mut s) = store();
    s.import(&sample(Some("1"), "Utrecht"), "text").unwrap();
    let path = s.path().to_path_buf();
    drop(s);
    let bytes = std::fs::read(&path).unwrap();
    let cut = dir.path().join("cut.db");
    std::fs::write(&cut, &bytes[..bytes.len() - 1]).unwrap();
    let err = Store::open(&cut).err().expect("refused").to_string();
    assert!(err.contains("is damaged (truncated"), "{err}");
    assert!(err.contains("nothing was changed or deleted"), "{err}");
    assert_eq!(std::fs::read(&cut).unwrap(), &bytes[..bytes.len() - 1]);
}

/// Found in CI: six processes opening an old database at once, one of them
/// migrating and then closing (its checkpoint writes the header's new page
/// count before the pages), and another read the file in between and called
/// it "truncated: 22 of 39 pages". A file that looks short while the lock
/// file is held is read again once it is free.
#[test]
fn a_database_written_while_it_is_opened_is_not_called_cut_short() {
    let (dir, mut s) = store();
    s.import(&sample(Some("1"), "Utrecht"), "text").unwrap();
    let path = s.path().to_path_buf();
    drop(s);
    let bytes = std::fs::read(&path).unwrap();
    let page = usize::from(u16::from_be_bytes([bytes[16], bytes[17]]));
    assert!(bytes.len() >= 2 * page, "{} bytes", bytes.len());
    let db = dir.path().join("busy.db");
    std::fs::write(&db, &bytes[..bytes.len() - page]).unwrap();
    let lock = std::fs::File::create(dir.path().join("busy.db.lock")).unwrap();
    lock.lock().unwrap();
    let opener = {
        let db = db.clone();
        std::thread::spawn(move || Store::open(&db).map(drop).map_err(|e| e.to_string()))
    };
    std::thread::sleep(std::time::Duration::from_millis(300));
    std::fs::write(&db, &bytes).unwrap();
    drop(lock);
    assert_eq!(opener.join().unwrap(), Ok(()));
}

/// Found by the reliability harness: stored text that is not UTF-8 (a bit
/// flip SQLite cannot see) printed the same decoding error three times as a
/// "database error"; it is now one line that says the file is damaged.
#[test]
fn damaged_text_gives_one_clear_line() {
    let (_d, mut s) = store();
    s.import(&sample(Some("1"), "Utrecht"), "text").unwrap();
    s.conn
        .execute("UPDATE postings SET title = CAST(x'ff41' AS TEXT), posting_json = CAST(x'ff41' AS TEXT)", [])
        .unwrap();
    let err = s.list().expect_err("refused").to_string();
    assert!(err.starts_with("the database is damaged ("), "{err}");
    assert_eq!(err.lines().count(), 1);
}

/// Found by the reliability harness: a bit flip inside a stored posting's
/// JSON said "cannot be read" without saying the file is damaged or what
/// to do.
#[test]
fn a_damaged_stored_posting_says_so() {
    let (_d, mut s) = store();
    s.import(&sample(Some("1"), "Utrecht"), "text").unwrap();
    s.conn
        .execute("UPDATE postings SET posting_json = '{\"title\":'", [])
        .unwrap();
    let err = s.list().expect_err("refused").to_string();
    assert!(err.starts_with("stored posting 1 is damaged ("), "{err}");
    assert!(err.contains("restore a backup"), "{err}");
}

#[test]
fn list_head_is_the_top_of_the_deadline_order() {
    use chrono::TimeZone;
    let (_d, mut s) = store();
    let now = Utc.with_ymd_and_hms(2026, 6, 1, 12, 0, 0).unwrap();
    let at = |day: u32| {
        chrono::FixedOffset::east_opt(7200)
            .unwrap()
            .with_ymd_and_hms(2026, 6, day, 9, 0, 0)
            .unwrap()
    };
    // days 20, 3, 28 (upcoming), 1 and none (passed, none)
    for (n, day) in [
        ("1", Some(20)),
        ("2", Some(3)),
        ("3", Some(28)),
        ("4", None),
        ("5", Some(1)),
    ] {
        let mut p = sample(Some(n), "Hilversum");
        p.deadline = day.map(at);
        s.import(&p, &format!("text {n}")).unwrap();
    }
    let ids = |limit| -> Vec<String> {
        s.list_head(now, limit)
            .unwrap()
            .into_iter()
            .map(|r| r.id)
            .collect()
    };
    assert_eq!(ids(2), ["2", "1"]);
    assert_eq!(ids(10), ["2", "1", "3", "5", "4"]);
    assert_eq!(s.count().unwrap(), 5);
    let before = s.changes_made();
    s.set_stage("4", Stage::Applied, None).unwrap();
    assert!(s.changes_made() > before);
}

#[test]
fn a_batch_stops_taking_postings_when_its_time_is_up() {
    let (_d, mut s) = store();
    let (a, b) = (sample(Some("1"), "A"), sample(Some("2"), "B"));
    let items = [(&a, "text a"), (&b, "text b")];
    // no time at all: still one posting, so an import always moves on
    let first = s.import_batch(&items, std::time::Duration::ZERO).unwrap();
    assert_eq!(first.len(), 1);
    let both = s
        .import_batch(&items, std::time::Duration::from_secs(60))
        .unwrap();
    assert_eq!(both.len(), 2);
    assert_eq!(both[0].as_ref().unwrap().kind, ImportKind::Unchanged);
    assert_eq!(both[1].as_ref().unwrap().kind, ImportKind::Added);
    assert_eq!(s.count().unwrap(), 2);
}

#[test]
fn search_indexes_follow_every_import_and_update() {
    let (_d, mut s) = store();
    let mut p = sample(Some("30828"), "Hilversum");
    s.import(&p, "text one").unwrap();
    s.import(&sample(None, "Heerde"), "text two").unwrap();
    let keys = s.short_keys_all();
    assert_eq!(keys.len(), 2);
    assert!(
        keys.iter()
            .any(|(_, k)| k == "coordinator wmo hilversum utrecht 30828"),
        "{keys:?}"
    );
    let ids = |s: &Store, w: &str| s.ids_with_criteria_word(w);
    assert_eq!(ids(&s, "ervaring").len(), 2);
    assert_eq!(ids(&s, "rvar").len(), 2, "a substring inside a word");
    assert_eq!(ids(&s, "hb").len(), 2, "under three characters: scanned");
    // a re-import with other criteria moves the index along
    p.award[0].text = "Kennis van Suite4Sociaal".into();
    s.import(&p, "text one, changed").unwrap();
    assert_eq!(ids(&s, "suite4"), ["30828"]);
    assert_eq!(ids(&s, "ervaring").len(), 1);
    let mut seqs: Vec<i64> = keys.iter().map(|(q, _)| *q).collect();
    seqs.reverse();
    seqs.push(999);
    let recs = s.records(&seqs).unwrap();
    let got: Vec<&str> = recs.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(got.len(), 2);
    assert_eq!(got[0], "30828", "import order");
}

/// A database of schema v7 whose day-only deadline was stored without its
/// closing moment gets it from v8's migration, so the list (which reads only
/// the columns) counts down to the end of that day.
#[test]
fn v8_gives_a_stored_day_only_deadline_its_closing_moment() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    let mut p = sample(Some("30828"), "Hilversum");
    p.deadline = None;
    p.deadline_date = chrono::NaiveDate::from_ymd_opt(2027, 3, 5);
    {
        // as a tenderdesk before the closing moment and before v8 left it
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        schema::migrations().to_version(&mut conn, 7).unwrap();
        conn.execute(
            "INSERT INTO postings (id, match_key, title, stage, search_key, posting_json,
                original_text, content_hash, imported_at, updated_at)
             VALUES ('30828', 'rn:30828', ?1, 'open', 'x', ?2, 'text', 'abc',
                '2026-06-01T00:00:00.000000Z', '2026-06-01T00:00:00.000000Z')",
            rusqlite::params![p.title, serde_json::to_string(&p).unwrap()],
        )
        .unwrap();
    }
    let s = Store::open(&path).unwrap();
    let lean = s.list_lean().unwrap();
    assert_eq!(lean.len(), 1);
    assert_eq!(lean[0].posting.closing(), p.closing());
    assert!(p.closing().is_some());
}
