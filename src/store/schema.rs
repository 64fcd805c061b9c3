//! The schema, as an ordered list of migrations keyed on `PRAGMA user_version`.
//!
//! Append new migrations at the end; never edit one that has shipped. Each
//! version's SQL is also what the migration tests use to build a database "as
//! an older tenderdesk left it".

use rusqlite_migration::{M, Migrations};

/// `PRAGMA application_id` of a tenderdesk database ("TDSK").
pub const APPLICATION_ID: i64 = 0x5444_534B;

/// The SQL of every schema version, oldest first.
pub const MIGRATION_SQL: &[&str] = &[V1, V2, V3, V4, V5, V6, V7, V8, V9];

/// The schema version this program writes.
pub const LATEST: i64 = MIGRATION_SQL.len() as i64;

const V1: &str = r#"
PRAGMA application_id = 1413763915;

CREATE TABLE postings (
    seq            INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    match_key      TEXT NOT NULL UNIQUE,
    request_number TEXT,
    organisation   TEXT,
    title          TEXT NOT NULL,
    region         TEXT,
    scale_min      INTEGER,
    scale_max      INTEGER,
    hours_min      INTEGER,
    hours_max      INTEGER,
    deadline_utc   TEXT,
    stage          TEXT NOT NULL DEFAULT 'open',
    search_key     TEXT NOT NULL,
    posting_json   TEXT NOT NULL,
    original_text  TEXT NOT NULL,
    content_hash   TEXT NOT NULL,
    imported_at    TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;
CREATE INDEX postings_deadline ON postings(deadline_utc);
CREATE INDEX postings_stage ON postings(stage);

CREATE TABLE criteria (
    id         INTEGER PRIMARY KEY,
    posting_id TEXT NOT NULL REFERENCES postings(id) ON DELETE CASCADE ON UPDATE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('knockout', 'award')),
    position   INTEGER NOT NULL,
    number     INTEGER NOT NULL,
    text       TEXT NOT NULL,
    points     INTEGER,
    rate_bands TEXT NOT NULL DEFAULT '[]',
    UNIQUE (posting_id, kind, position)
) STRICT;

CREATE TABLE stage_history (
    id         INTEGER PRIMARY KEY,
    posting_id TEXT NOT NULL REFERENCES postings(id) ON DELETE CASCADE ON UPDATE CASCADE,
    from_stage TEXT NOT NULL,
    to_stage   TEXT NOT NULL,
    at         TEXT NOT NULL,
    note       TEXT,
    undoes     INTEGER REFERENCES stage_history(id)
) STRICT;
CREATE INDEX stage_history_posting ON stage_history(posting_id);
CREATE UNIQUE INDEX stage_history_undoes ON stage_history(undoes);

CREATE TABLE notes (
    id         INTEGER PRIMARY KEY,
    posting_id TEXT NOT NULL REFERENCES postings(id) ON DELETE CASCADE ON UPDATE CASCADE,
    at         TEXT NOT NULL,
    text       TEXT NOT NULL
) STRICT;
CREATE INDEX notes_posting ON notes(posting_id);
"#;

/// v2: the bidder's profile (one row of JSON) and the self-assessment, one
/// answer per criterion, kept by (posting, kind, number) with the criterion
/// text it was given against, so answers survive a re-import and a changed
/// text can be flagged.
const V2: &str = r#"
CREATE TABLE profile (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    json TEXT NOT NULL
) STRICT;

CREATE TABLE assessments (
    posting_id TEXT NOT NULL REFERENCES postings(id) ON DELETE CASCADE ON UPDATE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('knockout', 'award')),
    number     INTEGER NOT NULL,
    answer     TEXT NOT NULL CHECK (answer IN ('met', 'partly', 'not_met')),
    text       TEXT NOT NULL,
    at         TEXT NOT NULL,
    PRIMARY KEY (posting_id, kind, number)
) STRICT;
"#;

/// v3: full-text search over the original texts. Trigram tokens, so a word
/// inside a Dutch compound is found ("opvang" in "Vluchtelingenopvangbeleid"),
/// with diacritics folded ("coordinator" finds "Coördinator"). An external
/// content table: the text is stored once, in `postings`, and triggers keep
/// the index in step with every insert, update and delete.
const V3: &str = r#"
CREATE VIRTUAL TABLE postings_fts USING fts5(
    original_text,
    content = 'postings',
    content_rowid = 'seq',
    tokenize = 'trigram remove_diacritics 1'
);
INSERT INTO postings_fts (postings_fts) VALUES ('rebuild');

CREATE TRIGGER postings_fts_insert AFTER INSERT ON postings BEGIN
    INSERT INTO postings_fts (rowid, original_text) VALUES (new.seq, new.original_text);
END;
CREATE TRIGGER postings_fts_delete AFTER DELETE ON postings BEGIN
    INSERT INTO postings_fts (postings_fts, rowid, original_text)
        VALUES ('delete', old.seq, old.original_text);
END;
CREATE TRIGGER postings_fts_update AFTER UPDATE OF original_text ON postings BEGIN
    INSERT INTO postings_fts (postings_fts, rowid, original_text)
        VALUES ('delete', old.seq, old.original_text);
    INSERT INTO postings_fts (rowid, original_text) VALUES (new.seq, new.original_text);
END;
"#;

/// v4: the fuzzy search without reading every posting. The search key's two
/// parts (see `search::key`) as generated columns (nothing stored twice): an
/// index over the short part (id, title, organisation, region, number: about
/// 70 bytes a posting, read in tens of milliseconds at 100,000 postings) and
/// a trigram index over the criteria part, where query words match as
/// substrings. `list --search` reads these and loads only the hits.
const V4: &str = r#"
ALTER TABLE postings ADD COLUMN search_short TEXT GENERATED ALWAYS AS (
    CASE WHEN instr(search_key, char(10)) > 0
         THEN substr(search_key, 1, instr(search_key, char(10)) - 1)
         ELSE search_key END) VIRTUAL;
ALTER TABLE postings ADD COLUMN search_criteria TEXT GENERATED ALWAYS AS (
    CASE WHEN instr(search_key, char(10)) > 0
         THEN substr(search_key, instr(search_key, char(10)) + 1)
         ELSE '' END) VIRTUAL;
CREATE INDEX postings_search_short ON postings(id, search_short);

CREATE VIRTUAL TABLE criteria_fts USING fts5(
    search_criteria,
    content = 'postings',
    content_rowid = 'seq',
    tokenize = 'trigram'
);
INSERT INTO criteria_fts (criteria_fts) VALUES ('rebuild');

CREATE TRIGGER criteria_fts_insert AFTER INSERT ON postings BEGIN
    INSERT INTO criteria_fts (rowid, search_criteria) VALUES (new.seq, new.search_criteria);
END;
CREATE TRIGGER criteria_fts_delete AFTER DELETE ON postings BEGIN
    INSERT INTO criteria_fts (criteria_fts, rowid, search_criteria)
        VALUES ('delete', old.seq, old.search_criteria);
END;
CREATE TRIGGER criteria_fts_update AFTER UPDATE OF search_key ON postings BEGIN
    INSERT INTO criteria_fts (criteria_fts, rowid, search_criteria)
        VALUES ('delete', old.seq, old.search_criteria);
    INSERT INTO criteria_fts (rowid, search_criteria) VALUES (new.seq, new.search_criteria);
END;
"#;

/// v5: changes by hand and the undo journal (issue 13, issue 14 item 1).
/// `archived_at`: moved to the archive (hidden from list, board, agenda and
/// search). `hand_set`: the names of the fields set by hand (a JSON list,
/// see `hand::Field`), never overwritten by a re-import; `reimported`: what
/// the imports say for those fields (a JSON object of name → text).
/// `url_key` and `title_key` find a re-imported posting by its address or by
/// organisation + title (filled by [`fill_match_columns`]). `journal`: every
/// change a person makes (stage, answer, add, edit, archive, restore), one
/// row each, so the last one of a posting can be undone; a stage change
/// points at its `stage_history` row. The stage changes already made are
/// copied in, with their undos.
const V5: &str = r#"
ALTER TABLE postings ADD COLUMN archived_at TEXT;
ALTER TABLE postings ADD COLUMN hand_set TEXT NOT NULL DEFAULT '[]';
ALTER TABLE postings ADD COLUMN reimported TEXT NOT NULL DEFAULT '{}';
ALTER TABLE postings ADD COLUMN url_key TEXT;
ALTER TABLE postings ADD COLUMN title_key TEXT;
CREATE INDEX postings_url_key ON postings(url_key);
CREATE INDEX postings_title_key ON postings(title_key);
CREATE INDEX postings_archived ON postings(archived_at) WHERE archived_at IS NOT NULL;

CREATE TABLE journal (
    id           INTEGER PRIMARY KEY,
    posting_id   TEXT NOT NULL REFERENCES postings(id) ON DELETE CASCADE ON UPDATE CASCADE,
    at           TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('stage', 'answer', 'add', 'edit', 'archive', 'restore', 'undo')),
    before       TEXT,
    after        TEXT,
    stage_change INTEGER REFERENCES stage_history(id) ON DELETE CASCADE,
    undoes       INTEGER REFERENCES journal(id) ON DELETE CASCADE
) STRICT;
CREATE INDEX journal_posting ON journal(posting_id);
CREATE UNIQUE INDEX journal_undoes ON journal(undoes);

INSERT INTO journal (posting_id, at, kind, stage_change)
    SELECT posting_id, at, 'stage', id FROM stage_history WHERE undoes IS NULL ORDER BY id;
INSERT INTO journal (posting_id, at, kind, stage_change, undoes)
    SELECT h.posting_id, h.at, 'undo', h.id, j.id
    FROM stage_history h JOIN journal j ON j.stage_change = h.undoes
    WHERE h.undoes IS NOT NULL ORDER BY h.id;
"#;

/// v6: how a bid ended (issue 15). `outcomes`: one row per posting, the
/// outcome as last recorded (result, date, points in total and per award
/// criterion, rank of how many, awarded rate, reason; the expected score
/// and rate at the time it was recorded, for the stats). Recording one is a
/// journal row of kind `outcome` (the outcome before it in `before`, so undo
/// puts it back), which needs the journal's kind check widened: SQLite
/// cannot alter a check, so the journal is copied into a new table (rows and
/// ids kept) that takes its name.
const V6: &str = r#"
CREATE TABLE outcomes (
    posting_id      TEXT PRIMARY KEY REFERENCES postings(id) ON DELETE CASCADE ON UPDATE CASCADE,
    result          TEXT NOT NULL CHECK (result IN ('won', 'lost', 'waiting', 'withdrawn', 'no_response')),
    decided_on      TEXT,
    points          REAL,
    criterion_points TEXT NOT NULL DEFAULT '{}',
    rank            INTEGER CHECK (rank >= 1),
    candidates      INTEGER CHECK (candidates >= 1),
    awarded_rate    INTEGER,
    reason          TEXT,
    expected_score  REAL,
    bid_rate        INTEGER,
    at              TEXT NOT NULL
) STRICT;

CREATE TABLE journal_v6 (
    id           INTEGER PRIMARY KEY,
    posting_id   TEXT NOT NULL REFERENCES postings(id) ON DELETE CASCADE ON UPDATE CASCADE,
    at           TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('stage', 'answer', 'add', 'edit', 'archive', 'restore', 'undo', 'outcome')),
    before       TEXT,
    after        TEXT,
    stage_change INTEGER REFERENCES stage_history(id) ON DELETE CASCADE,
    undoes       INTEGER REFERENCES journal_v6(id) ON DELETE CASCADE
) STRICT;
INSERT INTO journal_v6 (id, posting_id, at, kind, before, after, stage_change, undoes)
    SELECT id, posting_id, at, kind, before, after, stage_change, undoes FROM journal ORDER BY id;
DROP TABLE journal;
ALTER TABLE journal_v6 RENAME TO journal;
CREATE INDEX journal_posting ON journal(posting_id);
CREATE UNIQUE INDEX journal_undoes ON journal(undoes);
"#;

/// v7: what changed on a re-import (issue 15). `revisions`: one row per
/// re-import that changed a field a bidder acts on, holding the posting as
/// it was before (its JSON and original text: every version is kept), the
/// fields that changed (JSON, see `posting::diff`), whether the deadline
/// moved earlier, and whether the user has looked at it since.
/// `postings.change_mark` is what the list shows without reading
/// `revisions`: 0 nothing unseen, 1 changed, 2 deadline moved earlier.
const V7: &str = r#"
CREATE TABLE revisions (
    id               INTEGER PRIMARY KEY,
    posting_id       TEXT NOT NULL REFERENCES postings(id) ON DELETE CASCADE ON UPDATE CASCADE,
    at               TEXT NOT NULL,
    before_json      TEXT NOT NULL,
    before_text      TEXT NOT NULL,
    fields           TEXT NOT NULL,
    deadline_earlier INTEGER NOT NULL DEFAULT 0 CHECK (deadline_earlier IN (0, 1)),
    seen             INTEGER NOT NULL DEFAULT 0 CHECK (seen IN (0, 1))
) STRICT;
CREATE INDEX revisions_posting ON revisions(posting_id);
ALTER TABLE postings ADD COLUMN change_mark INTEGER NOT NULL DEFAULT 0;
"#;

/// v8: the list's columns in one covering index, in import order. A row of
/// `postings` holds the posting's JSON and original text (kilobytes), so
/// reading a list's few fields from it reads a page per posting; from this
/// index a page holds the list fields of dozens (`list`, `list --search`'s
/// hits and `search-text`, issue 16). Its hook fills `deadline_utc` for a
/// deadline stated as a day alone, stored before such a day had a closing
/// moment, so the list needs no JSON.
const V8: &str = r#"
CREATE INDEX postings_list ON postings(seq, archived_at, id, title, organisation, region,
    scale_min, scale_max, hours_min, hours_max, deadline_utc, stage, imported_at, updated_at,
    change_mark);
"#;

/// v9: the original texts indexed by whole words instead of trigrams
/// (issue 16): a fraction of the size, quicker to fill and to query. A word
/// inside a compound is still found through the vocabulary of stored words
/// (`text_words`, with a trigram index of its own; see `words.rs`), which
/// this version's hook fills from every stored text. The triggers keep the
/// word index in step as v3's kept the trigram index.
const V9: &str = r#"
DROP TRIGGER postings_fts_insert;
DROP TRIGGER postings_fts_delete;
DROP TRIGGER postings_fts_update;
DROP TABLE postings_fts;

CREATE VIRTUAL TABLE postings_words USING fts5(
    original_text,
    content = 'postings',
    content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO postings_words (postings_words) VALUES ('rebuild');

CREATE TRIGGER postings_words_insert AFTER INSERT ON postings BEGIN
    INSERT INTO postings_words (rowid, original_text) VALUES (new.seq, new.original_text);
END;
CREATE TRIGGER postings_words_delete AFTER DELETE ON postings BEGIN
    INSERT INTO postings_words (postings_words, rowid, original_text)
        VALUES ('delete', old.seq, old.original_text);
END;
CREATE TRIGGER postings_words_update AFTER UPDATE OF original_text ON postings BEGIN
    INSERT INTO postings_words (postings_words, rowid, original_text)
        VALUES ('delete', old.seq, old.original_text);
    INSERT INTO postings_words (rowid, original_text) VALUES (new.seq, new.original_text);
END;

CREATE TABLE text_words (
    id   INTEGER PRIMARY KEY,
    word TEXT NOT NULL UNIQUE
) STRICT;
CREATE VIRTUAL TABLE text_words_fts USING fts5(
    word,
    content = 'text_words',
    content_rowid = 'id',
    tokenize = 'trigram'
);
"#;

/// The migrations, for rusqlite_migration.
pub fn migrations() -> Migrations<'static> {
    Migrations::new(
        MIGRATION_SQL
            .iter()
            .enumerate()
            .map(|(i, sql)| {
                if *sql == V5 {
                    debug_assert_eq!(i, 4);
                    M::up_with_hook(sql, fill_match_columns).foreign_key_check()
                } else if *sql == V8 {
                    debug_assert_eq!(i, 7);
                    M::up_with_hook(sql, fill_day_only_deadlines).foreign_key_check()
                } else if *sql == V9 {
                    debug_assert_eq!(i, 8);
                    M::up_with_hook(sql, fill_text_words).foreign_key_check()
                } else {
                    M::up(sql).foreign_key_check()
                }
            })
            .collect(),
    )
}

/// v5's hook: `url_key` and `title_key` of every stored posting (the
/// folding is Rust's, so SQL cannot do it).
fn fill_match_columns(tx: &rusqlite::Transaction<'_>) -> rusqlite_migration::HookResult {
    let rows: Vec<(i64, String)> = {
        let mut stmt = tx.prepare("SELECT seq, posting_json FROM postings")?;
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?
    };
    let mut update =
        tx.prepare("UPDATE postings SET url_key = ?2, title_key = ?3 WHERE seq = ?1")?;
    for (seq, json) in rows {
        // a damaged posting keeps empty keys; reading it reports the damage
        let Ok(p) = super::read::posting_from_json(&json) else {
            continue;
        };
        update.execute(rusqlite::params![
            seq,
            super::matching::url_key(&p),
            super::matching::title_key(&p)
        ])?;
    }
    Ok(())
}

/// v8's hook: `deadline_utc` of every posting whose deadline is a day
/// alone and was stored without its closing moment (the end of that day).
fn fill_day_only_deadlines(tx: &rusqlite::Transaction<'_>) -> rusqlite_migration::HookResult {
    let rows: Vec<(i64, String)> = {
        let mut stmt =
            tx.prepare("SELECT seq, posting_json FROM postings WHERE deadline_utc IS NULL")?;
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?
    };
    let mut update = tx.prepare("UPDATE postings SET deadline_utc = ?2 WHERE seq = ?1")?;
    for (seq, json) in rows {
        // a damaged posting is left as it is; reading it reports the damage
        let Ok(p) = super::read::posting_from_json(&json) else {
            continue;
        };
        if let Some(closing) = p.closing() {
            update.execute(rusqlite::params![
                seq,
                super::ts(closing.with_timezone(&chrono::Utc))
            ])?;
        }
    }
    Ok(())
}

/// v9's hook: the vocabulary of every stored text (the words are split
/// and folded in Rust, so SQL cannot do it), a chunk of texts at a time.
fn fill_text_words(tx: &rusqlite::Transaction<'_>) -> rusqlite_migration::HookResult {
    let mut stmt = tx.prepare("SELECT original_text FROM postings")?;
    let mut rows = stmt.query([])?;
    let mut chunk = std::collections::BTreeSet::new();
    let mut texts = 0;
    while let Some(row) = rows.next()? {
        // a text that is not UTF-8 is damage, which reading it reports
        let Ok(text) = row.get::<_, String>(0) else {
            continue;
        };
        chunk.extend(super::words::words(&text));
        texts += 1;
        if texts % 1000 == 0 {
            add_words(tx, &std::mem::take(&mut chunk))?;
        }
    }
    add_words(tx, &chunk)
}

fn add_words(
    tx: &rusqlite::Transaction<'_>,
    words: &std::collections::BTreeSet<String>,
) -> rusqlite_migration::HookResult {
    super::words::add(tx, words).map_err(|e| match e {
        super::StoreError::Sqlite(e) => e.into(),
        e => rusqlite_migration::HookError::Hook(e.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        assert!(migrations().validate().is_ok());
        assert_eq!(APPLICATION_ID, 1_413_763_915);
    }
}
