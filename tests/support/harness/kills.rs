//! Items 1 and 2: SIGKILL during imports and during stage changes.

use super::*;

/// Item 1: SIGKILL an import of `files` postings at a random moment in
/// `0..max_ms`; each time the database is sound, holds exactly the postings
/// whose import committed (a prefix of the files, each whole) and the
/// user's rows are unchanged.
pub fn kill_during_import(ctx: &Ctx, kills: usize, files: usize, max_ms: u64, seed: u64) -> Figure {
    let dir = ctx.dir("kill-import");
    let postings = many_postings(ctx, "kill-import-files", files);
    let texts: Vec<String> = (0..files)
        .map(|n| std::fs::read_to_string(postings.join(format!("p{}.txt", 40000 + n))).unwrap())
        .collect();
    let base = dir.join("base.db");
    ctx.base_db(&base);
    let before = user_rows(&Connection::open(&base).unwrap());
    let db = dir.join("t.db");
    let mut rng = Rng::new(seed);
    let (mut mid_import, mut committed_total) = (0usize, 0usize);
    for round in 0..kills {
        copy_db(&base, &db);
        let mut child = ctx
            .td(&db)
            .arg("import")
            .arg(&postings)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(rng.below(max_ms + 1)));
        if child.try_wait().unwrap().is_none() {
            mid_import += 1;
        }
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();

        let conn = Connection::open(&db).unwrap();
        assert_sound(&conn, round.is_multiple_of(50));
        let mut after = user_rows(&conn);
        after.retain(|r| !r.starts_with("'4"));
        assert_eq!(after, before, "round {round}: the user's rows changed");
        let mut stmt = conn
            .prepare(
                "SELECT id, posting_json, original_text,
                    (SELECT count(*) FROM criteria c WHERE c.posting_id = p.id) FROM postings p
                 WHERE id LIKE '4%' ORDER BY id",
            )
            .unwrap();
        let rows: Vec<(String, String, String, i64)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        for (n, (id, json, text, criteria)) in rows.iter().enumerate() {
            // the import goes file by file in order: what committed is a prefix
            assert_eq!(id, &(40000 + n).to_string(), "round {round}: a gap");
            assert_eq!(text, &texts[n], "round {round}: posting {id} text");
            let p: tenderdesk::posting::Posting = serde_json::from_str(json).unwrap();
            assert_eq!(
                *criteria as usize,
                p.knockout.len() + p.award.len(),
                "round {round}: posting {id} is partial"
            );
        }
        committed_total += rows.len();
        drop(stmt);
        drop(conn);
        // and tenderdesk itself opens it
        ctx.ok(ctx.td(&db).arg("list"));
    }
    Figure::new(
        "1. kill -9 during import",
        format!(
            "{kills} kills at 0-{max_ms} ms into importing {files} files ({mid_import} mid-import)"
        ),
        format!(
            "{kills} sound, {committed_total} committed postings all whole, 0 partial, user rows unchanged"
        ),
    )
}

/// Item 2: SIGKILL a loop of stage changes and undos at a random moment;
/// every posting's stage equals its last history row.
pub fn kill_during_stage_changes(ctx: &Ctx, kills: usize, max_ms: u64, seed: u64) -> Figure {
    let dir = ctx.dir("kill-stage");
    let db = dir.join("t.db");
    let ids = ctx.base_db(&db);
    let bin = ctx.bin.display().to_string();
    let script = format!(
        r#"set -u; i=0
        while :; do
          i=$((i+1))
          for id in {ids}; do
            "{bin}" --db "{db}" stage "$id" applied --note "loop $i" >/dev/null 2>&1
            "{bin}" --db "{db}" stage "$id" interview >/dev/null 2>&1
            "{bin}" --db "{db}" undo >/dev/null 2>&1
          done
        done"#,
        ids = ids.join(" "),
        db = db.display()
    );
    let mut rng = Rng::new(seed);
    for round in 0..kills {
        let mut child = {
            use std::os::unix::process::CommandExt;
            Command::new("sh")
                .args(["-c", &script])
                .process_group(0)
                .env_remove("TENDERDESK_DB")
                .spawn()
                .unwrap()
        };
        std::thread::sleep(Duration::from_millis(20 + rng.below(max_ms)));
        sigkill_group(&child);
        child.wait().unwrap();
        let conn = Connection::open(&db).unwrap();
        assert_sound(&conn, round.is_multiple_of(50));
        assert_stage_matches_history(&conn);
    }
    let conn = Connection::open(&db).unwrap();
    let changes = count(&conn, "SELECT count(*) FROM stage_history");
    ctx.ok(ctx.td(&db).arg("list"));
    Figure::new(
        "2. kill -9 during stage changes and undo",
        format!("{kills} kills of a stage/undo loop"),
        format!("{changes} changes recorded; every stage equals its last history row"),
    )
}
