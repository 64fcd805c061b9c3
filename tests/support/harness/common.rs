//! The harness's context, figures, seeded randomness and database checks.

use super::*;

/// The sample the generated postings are made from.
pub const SAMPLE: &str = "hilversum-30828-coordinator-vluchtelingenopvang.txt";

/// Where the harness runs: the `tenderdesk` binary, a scratch directory and
/// the repository (for `data/postings` and `tests/fixtures`).
pub struct Ctx {
    pub bin: PathBuf,
    pub work: PathBuf,
    pub repo: PathBuf,
}

/// One row of the figures table.
#[derive(Debug, Clone)]
pub struct Figure {
    pub check: &'static str,
    pub tried: String,
    pub result: String,
}

impl Figure {
    pub(crate) fn new(check: &'static str, tried: String, result: String) -> Figure {
        Figure {
            check,
            tried,
            result,
        }
    }
}

/// A small deterministic random number generator (xorshift64*).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

impl Ctx {
    pub fn samples(&self) -> PathBuf {
        self.repo.join("data/postings")
    }

    pub fn td(&self, db: &Path) -> Command {
        let mut c = Command::new(&self.bin);
        c.arg("--db").arg(db).env_remove("TENDERDESK_DB");
        c
    }

    /// Runs a command that must succeed without "locked" on stderr.
    pub fn ok(&self, c: &mut Command) -> String {
        let out = c.output().expect("run tenderdesk");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{c:?} failed: {err}");
        assert!(!err.contains("locked"), "{c:?}: {err}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub(crate) fn dir(&self, name: &str) -> PathBuf {
        let d = self.work.join(name);
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    /// A database with the five samples imported, one of them applied for
    /// with a note and an assessment answer, and checkpointed (no -wal).
    pub fn base_db(&self, path: &Path) -> Vec<String> {
        self.ok(self.td(path).arg("import").arg(self.samples()));
        let ids = ids(path);
        self.ok(self
            .td(path)
            .args(["stage", &ids[0], "applied", "--note", "sent"]));
        self.ok(self.td(path).args(["stage", &ids[1], "interview"]));
        self.ok(self.td(path).args(["undo"]));
        self.ok(self.td(path).args(["note", &ids[0], "called back"]));
        checkpoint(path);
        ids
    }
}

pub fn ids(db: &Path) -> Vec<String> {
    Store::open(db)
        .unwrap()
        .list()
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect()
}

/// Moves everything from the -wal into the database file.
pub fn checkpoint(db: &Path) {
    let c = Connection::open(db).unwrap();
    c.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .unwrap();
}

/// Copies a database file (the -wal too, if any) to `to`.
pub fn copy_db(from: &Path, to: &Path) {
    for suffix in ["", "-wal", "-shm", ".lock"] {
        let _ = std::fs::remove_file(with_suffix(to, suffix));
    }
    std::fs::copy(from, to).unwrap();
    let wal = with_suffix(from, "-wal");
    if wal.exists() {
        std::fs::copy(&wal, with_suffix(to, "-wal")).unwrap();
    }
}

pub fn with_suffix(p: &Path, suffix: &str) -> PathBuf {
    let mut s = p.as_os_str().to_os_string();
    s.push(suffix);
    PathBuf::from(s)
}

pub fn count(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

/// `quick_check` (or the full `integrity_check`) is "ok" and
/// `foreign_key_check` is empty.
pub fn assert_sound(conn: &Connection, full: bool) {
    let pragma = if full {
        "PRAGMA integrity_check"
    } else {
        "PRAGMA quick_check"
    };
    let check: String = conn.query_row(pragma, [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok", "{pragma}");
    assert_eq!(
        count(conn, "SELECT count(*) FROM pragma_foreign_key_check"),
        0,
        "foreign_key_check"
    );
}

/// Every posting's stage equals the `to` of its last history row (or is
/// `open` with no history).
pub fn assert_stage_matches_history(conn: &Connection) {
    let bad: i64 = count(
        conn,
        "SELECT count(*) FROM postings p WHERE p.stage IS NOT COALESCE(
            (SELECT h.to_stage FROM stage_history h WHERE h.posting_id = p.id ORDER BY h.id DESC LIMIT 1),
            'open')",
    );
    assert_eq!(
        bad, 0,
        "a posting's stage differs from its last history row"
    );
    let bad_undo: i64 = count(
        conn,
        "SELECT count(*) FROM stage_history u JOIN stage_history h ON u.undoes = h.id
         WHERE u.posting_id <> h.posting_id OR u.to_stage <> h.from_stage",
    );
    assert_eq!(bad_undo, 0, "an undo row does not revert the row it undoes");
}

/// The rows a user made (history, notes, answers, profile, stages), as text.
pub fn user_rows(conn: &Connection) -> Vec<String> {
    let mut out = Vec::new();
    for sql in [
        "SELECT quote(id)||quote(posting_id)||quote(from_stage)||quote(to_stage)||quote(at)||quote(note)||quote(undoes) FROM stage_history ORDER BY id",
        "SELECT quote(id)||quote(posting_id)||quote(at)||quote(text) FROM notes ORDER BY id",
        "SELECT quote(posting_id)||quote(kind)||quote(number)||quote(answer)||quote(at) FROM assessments ORDER BY 1",
        "SELECT quote(json) FROM profile",
        "SELECT quote(id)||quote(stage)||quote(content_hash) FROM postings ORDER BY id",
    ] {
        let mut stmt = conn.prepare(sql).unwrap();
        let rows = stmt.query_map([], |r| r.get::<_, String>(0)).unwrap();
        out.extend(rows.map(Result::unwrap));
    }
    out
}

/// SHA-256 over every row of every table (over the columns it has now).
pub fn data_checksum(conn: &Connection, tables: &[(String, Vec<String>)]) -> Vec<(String, String)> {
    use sha2::{Digest, Sha256};
    tables
        .iter()
        .map(|(t, cols)| {
            let sql = format!(
                "SELECT quote({}) FROM {t} ORDER BY rowid",
                cols.join(") || '|' || quote(")
            );
            let mut stmt = conn.prepare(&sql).unwrap();
            let mut h = Sha256::new();
            for row in stmt.query_map([], |r| r.get::<_, String>(0)).unwrap() {
                h.update(row.unwrap().as_bytes());
                h.update(b"\n");
            }
            let hex: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
            (t.clone(), hex)
        })
        .collect()
}

/// Each table of user data with its columns: full-text indexes (virtual
/// tables and their shadow tables) are derived from the rows and left out.
pub fn tables(conn: &Connection) -> Vec<(String, Vec<String>)> {
    let mut stmt = conn
        .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .unwrap();
    let all: Vec<(String, String)> = stmt
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get::<_, Option<String>>(1)?.unwrap_or_default(),
            ))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let virtual_tables: Vec<&str> = all
        .iter()
        .filter(|(_, sql)| sql.starts_with("CREATE VIRTUAL TABLE"))
        .map(|(name, _)| name.as_str())
        .collect();
    let names: Vec<String> = all
        .iter()
        .map(|(name, _)| name)
        .filter(|name| {
            !virtual_tables
                .iter()
                .any(|v| *name == v || name.starts_with(&format!("{v}_")))
        })
        .cloned()
        .collect();
    names
        .into_iter()
        .map(|t| {
            let mut s = conn
                .prepare(&format!("SELECT name FROM pragma_table_info('{t}')"))
                .unwrap();
            let cols = s
                .query_map([], |r| r.get(0))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            (t, cols)
        })
        .collect()
}

/// `count` posting files made from the sample by varying its request number
/// (`p40000.txt`, ...: the import reads them in this order).
pub fn many_postings(ctx: &Ctx, name: &str, count: usize) -> PathBuf {
    let sample = std::fs::read_to_string(ctx.samples().join(SAMPLE)).unwrap();
    let out = ctx.dir(name);
    for n in 0..count {
        let number = 40000 + n;
        let text = sample.replace("30828", &number.to_string());
        std::fs::write(out.join(format!("p{number}.txt")), text).unwrap();
    }
    out
}

pub(super) fn sigkill_group(child: &Child) {
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{}", child.id())])
        .status();
}

/// Runs a command and returns its output (for the callers' own checks).
pub fn output(c: &mut Command) -> Output {
    c.output().unwrap()
}
