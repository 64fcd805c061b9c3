//! Items 3 and 4: readers beside writers, a long writer, and how long an
//! import holds the write lock.

use super::*;

/// Item 3: a reader (an open store, as the interface keeps) every 100 ms
/// beside `writers` processes each making `changes` stage changes.
pub fn readers_beside_writers(ctx: &Ctx, writers: usize, changes: usize) -> Figure {
    let dir = ctx.dir("concurrent");
    let db = dir.join("t.db");
    let ids = ctx.base_db(&db);
    let before = count(
        &Connection::open(&db).unwrap(),
        "SELECT count(*) FROM stage_history",
    );
    let stop = Arc::new(AtomicBool::new(false));
    let reads = Arc::new(AtomicU64::new(0));
    let reader = {
        let (db, stop, reads) = (db.clone(), stop.clone(), reads.clone());
        std::thread::spawn(move || -> Vec<String> {
            let store = Store::open(&db).unwrap();
            let mut errors = Vec::new();
            while !stop.load(Ordering::Relaxed) {
                let ok = store.list().map_err(|e| e.to_string()).and_then(|rows| {
                    rows.first()
                        .map(|r| store.detail(&r.id).map(|_| ()).map_err(|e| e.to_string()))
                        .unwrap_or(Ok(()))
                });
                if let Err(e) = ok {
                    errors.push(e);
                }
                reads.fetch_add(1, Ordering::Relaxed);
                std::thread::sleep(Duration::from_millis(100));
            }
            errors
        })
    };
    let stages = [
        "applied",
        "interview",
        "rejected",
        "awarded",
        "waiting_room",
    ];
    let children: Vec<Child> = (0..writers)
        .map(|w| {
            let mut script = String::from("set -u\n");
            for i in 0..changes {
                let id = &ids[(i + w) % ids.len()];
                let stage = stages[(i + w) % stages.len()];
                script.push_str(&format!(
                    "\"{}\" --db \"{}\" stage {id} {stage} --note \"w{w} i{i}\" >/dev/null || echo \"FAILED w{w} i{i}\" >&2\n",
                    ctx.bin.display(),
                    db.display()
                ));
            }
            // a file, not `sh -c`: 1,000 lines exceed the argument limit
            let file = dir.join(format!("writer{w}.sh"));
            std::fs::write(&file, script).unwrap();
            Command::new("sh")
                .arg(&file)
                .env_remove("TENDERDESK_DB")
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut stderr = String::new();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(out.status.success());
        stderr.push_str(&String::from_utf8_lossy(&out.stderr));
    }
    stop.store(true, Ordering::Relaxed);
    let reader_errors = reader.join().unwrap();
    let locked = stderr.matches("locked").count()
        + reader_errors
            .iter()
            .filter(|e| e.contains("locked"))
            .count();
    assert_eq!(locked, 0, "locked: {stderr} {reader_errors:?}");
    assert!(stderr.is_empty(), "writers failed: {stderr}");
    assert!(reader_errors.is_empty(), "reader: {reader_errors:?}");
    let conn = Connection::open(&db).unwrap();
    let total = (writers * changes) as i64;
    assert_eq!(
        count(&conn, "SELECT count(*) FROM stage_history") - before,
        total
    );
    assert_eq!(
        count(
            &conn,
            "SELECT count(DISTINCT note) FROM stage_history WHERE note GLOB 'w*i*'"
        ),
        total,
        "a change was lost or doubled"
    );
    assert_stage_matches_history(&conn);
    assert_sound(&conn, true);
    Figure::new(
        "3. reader beside writers",
        format!(
            "{writers} writer processes x {changes} stage changes, a reader every 100 ms ({} reads)",
            reads.load(Ordering::Relaxed)
        ),
        format!("{total} changes, 0 lost, 0 \"database is locked\", 0 reader errors"),
    )
}

/// Item 4a: a command waits out another process's `hold_ms` write and succeeds.
pub fn long_writer(ctx: &Ctx, hold_ms: u64) -> Figure {
    let dir = ctx.dir("long-writer");
    let db = dir.join("t.db");
    let ids = ctx.base_db(&db);
    let conn = Connection::open(&db).unwrap();
    conn.execute_batch("BEGIN IMMEDIATE; INSERT INTO notes (posting_id, at, text) VALUES ((SELECT id FROM postings LIMIT 1), '2026-01-01T00:00:00.000000Z', 'long writer');")
        .unwrap();
    let start = Instant::now();
    let child = ctx
        .td(&db)
        .args(["stage", &ids[2], "applied", "--note", "waited"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(hold_ms));
    conn.execute_batch("COMMIT").unwrap();
    let out = child.wait_with_output().unwrap();
    let waited = start.elapsed();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    let conn = Connection::open(&db).unwrap();
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM stage_history WHERE note = 'waited'"
        ),
        1
    );
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM notes WHERE text = 'long writer'"
        ),
        1
    );
    Figure::new(
        "4. long writer",
        format!("`stage` while another process holds the write lock {hold_ms} ms"),
        format!(
            "succeeded after {} ms, both writes kept",
            waited.as_millis()
        ),
    )
}

/// Item 4b: while `files` postings import, a probe process keeps asking
/// for the write lock, polling every millisecond; its longest wait is the
/// longest the import held the lock in one go. Returns that wait.
pub fn import_lock_hold(ctx: &Ctx, files: usize) -> (Figure, Duration) {
    let dir = ctx.dir("lock-hold");
    let db = dir.join("t.db");
    ctx.ok(ctx.td(&db).arg("list"));
    let postings = many_postings(ctx, "lock-hold-files", files);
    let mut child = ctx
        .td(&db)
        .arg("import")
        .arg(&postings)
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let conn = Connection::open(&db).unwrap();
    conn.busy_handler(Some(|n: i32| {
        std::thread::sleep(Duration::from_millis(1));
        n < 20_000
    }))
    .unwrap();
    let (mut longest, mut probes) = (Duration::ZERO, 0u64);
    while child.try_wait().unwrap().is_none() {
        let t = Instant::now();
        conn.execute_batch("BEGIN IMMEDIATE").unwrap();
        longest = longest.max(t.elapsed());
        conn.execute_batch("ROLLBACK").unwrap();
        probes += 1;
        std::thread::sleep(Duration::from_millis(3));
    }
    assert!(child.wait().unwrap().success());
    assert_eq!(
        count(&conn, "SELECT count(*) FROM postings") as usize,
        files
    );
    (
        Figure::new(
            "4. import holds the write lock",
            format!("{probes} write-lock probes during an import of {files} files"),
            format!(
                "longest wait {} ms (transactions of at most 50 ms of postings, 3 ms apart)",
                longest.as_millis()
            ),
        ),
        longest,
    )
}

/// Item 4c: a stage change made through the store's own busy handler while
/// an import of `files` postings runs: it gets in between two postings.
pub fn stage_change_during_import(ctx: &Ctx, files: usize, changes: usize) -> Figure {
    let dir = ctx.dir("stage-during-import");
    let db = dir.join("t.db");
    let ids = ctx.base_db(&db);
    let postings = many_postings(ctx, "stage-during-import-files", files);
    let mut child = ctx
        .td(&db)
        .arg("import")
        .arg(&postings)
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let mut store = Store::open(&db).unwrap();
    let (mut made, mut longest) = (0usize, Duration::ZERO);
    while made < changes {
        let t = Instant::now();
        let stage = if made.is_multiple_of(2) {
            "applied"
        } else {
            "interview"
        };
        store
            .set_stage(
                &ids[made % ids.len()],
                stage.parse().unwrap(),
                Some("during import"),
            )
            .unwrap_or_else(|e| panic!("change {made} beside an import: {e}"));
        longest = longest.max(t.elapsed());
        made += 1;
        std::thread::sleep(Duration::from_millis(20));
    }
    let import_was_running = child.try_wait().unwrap().is_none();
    assert!(child.wait().unwrap().success());
    let conn = Connection::open(&db).unwrap();
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM stage_history WHERE note = 'during import'"
        ) as usize,
        changes
    );
    assert_stage_matches_history(&conn);
    Figure::new(
        "4. stage changes beside an import",
        format!(
            "{changes} stage changes while {files} files import{}",
            if import_was_running {
                ""
            } else {
                " (import ended first)"
            }
        ),
        format!(
            "all {changes} made, 0 \"database is locked\", longest {} ms",
            longest.as_millis()
        ),
    )
}
