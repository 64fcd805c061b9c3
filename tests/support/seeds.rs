//! Rows to put in a database at each schema version, for
//! `tests/store_reliability.rs` (the upgrade from every version is tested
//! with data in every table).

/// The rows of v5, which v6 repeats before its own.
macro_rules! v5_rows {
    () => {
        r#"
INSERT INTO postings (seq, id, match_key, request_number, organisation, title, region, scale_min, scale_max,
    hours_min, hours_max, deadline_utc, stage, search_key, posting_json, original_text, content_hash,
    imported_at, updated_at, hand_set, reimported, url_key, title_key)
VALUES (1, '30828', 'rn:30828|org:hilversum', '30828', 'Hilversum', 'Coördinator', 'Noord-Holland', 10, 11,
    24, 24, '2026-07-06T07:00:00.000000Z', 'applied', 'coordinator hilversum' || char(10) || 'hbo',
    '{"title":"Coördinator","request_number":"30828","organisation":"Hilversum","hours_min":24,"hours_max":24,"knockout":[{"number":1,"text":"HBO"}]}',
    'Coördinator ...', 'abc', '2026-06-01T00:00:00.000000Z', '2026-06-01T00:00:00.000000Z',
    '["hours"]', '{"hours":"20-28"}', NULL, 'hilversum|coordinator');
INSERT INTO postings (seq, id, match_key, title, stage, search_key, posting_json, original_text,
    content_hash, imported_at, updated_at, archived_at, title_key)
VALUES (2, 'p2', 'hand:p2', 'Adviseur', 'open', 'adviseur', '{"title":"Adviseur"}', '', '',
    '2026-06-05T00:00:00.000000Z', '2026-06-05T00:00:00.000000Z', '2026-06-06T00:00:00.000000Z', '|adviseur');
INSERT INTO criteria (posting_id, kind, position, number, text) VALUES ('30828', 'knockout', 0, 1, 'HBO');
INSERT INTO stage_history (id, posting_id, from_stage, to_stage, at, note)
    VALUES (1, '30828', 'open', 'applied', '2026-06-02T00:00:00.000000Z', 'sent');
INSERT INTO notes (posting_id, at, text) VALUES ('30828', '2026-06-03T00:00:00.000000Z', 'called');
INSERT INTO profile (id, json) VALUES (1, '{"hourly_rate":105.0,"hours_per_week":32}');
INSERT INTO assessments (posting_id, kind, number, answer, text, at)
    VALUES ('30828', 'knockout', 1, 'met', 'HBO', '2026-06-04T00:00:00.000000Z');
INSERT INTO journal (id, posting_id, at, kind, stage_change) VALUES (1, '30828', '2026-06-02T00:00:00.000000Z', 'stage', 1);
INSERT INTO journal (id, posting_id, at, kind, before, after)
    VALUES (2, '30828', '2026-06-03T00:00:00.000000Z', 'edit',
    '{"fields":{"hours":{"hours_min":20,"hours_max":28}},"marks":{"hand_set":[],"reimported":{}}}',
    '{"fields":{"hours":{"hours_min":24,"hours_max":24}},"marks":{"hand_set":["hours"],"reimported":{"hours":"20-28"}}}');
INSERT INTO journal (id, posting_id, at, kind) VALUES (3, 'p2', '2026-06-05T00:00:00.000000Z', 'add');
INSERT INTO journal (id, posting_id, at, kind) VALUES (4, 'p2', '2026-06-06T00:00:00.000000Z', 'archive');
"#
    };
}

/// The rows of v6 (v5 and a bid's outcome), which v7 repeats before its own.
macro_rules! v6_rows {
    () => {
        concat!(
            v5_rows!(),
            r#"INSERT INTO outcomes (posting_id, result, decided_on, points, criterion_points, rank, candidates, awarded_rate,
    reason, expected_score, bid_rate, at)
    VALUES ('30828', 'no_response', '2026-07-20', 71.5, '{"1":40.0}', 3, 7, 9250, 'geen reactie', 80.0, 10500,
    '2026-07-20T00:00:00.000000Z');
INSERT INTO journal (id, posting_id, at, kind, before, after, stage_change)
    VALUES (5, '30828', '2026-07-20T00:00:00.000000Z', 'outcome', NULL, '{"result":"no_response"}', NULL);
"#
        )
    };
}

/// The rows of v7 (v6 and a re-import that moved the deadline earlier, not
/// yet seen), which v8 and v9 repeat.
macro_rules! v7_rows {
    () => {
        concat!(
            v6_rows!(),
            r#"INSERT INTO revisions (posting_id, at, before_json, before_text, fields, deadline_earlier, seen)
        VALUES ('30828', '2026-06-10T00:00:00.000000Z', '{"title":"Coördinator"}', 'Coördinator ...',
        '[{"field":"deadline","old":"2026-07-08 09:00","new":"2026-07-06 09:00"}]', 1, 0);
    UPDATE postings SET change_mark = 2 WHERE id = '30828';
    "#
        )
    };
}

/// Rows to put in a database at each schema version (index = version - 1).
/// A new migration must add its seed here, so that the upgrade from the
/// version before it is tested with data in every table.
pub const SEEDS: &[&str] = &[
    r#"
INSERT INTO postings (seq, id, match_key, request_number, organisation, title, region, scale_min, scale_max,
    hours_min, hours_max, deadline_utc, stage, search_key, posting_json, original_text, content_hash,
    imported_at, updated_at)
VALUES (1, '30828', 'rn:30828|org:hilversum', '30828', 'Hilversum', 'Coördinator', 'Noord-Holland', 10, 11,
    20, 28, '2026-07-06T07:00:00.000000Z', 'applied', 'coordinator hilversum',
    '{"title":"Coördinator","request_number":"30828","organisation":"Hilversum","knockout":[{"number":1,"text":"HBO"}]}',
    'Coördinator ...', 'abc', '2026-06-01T00:00:00.000000Z', '2026-06-01T00:00:00.000000Z');
INSERT INTO criteria (posting_id, kind, position, number, text) VALUES ('30828', 'knockout', 0, 1, 'HBO');
INSERT INTO stage_history (posting_id, from_stage, to_stage, at, note)
    VALUES ('30828', 'open', 'applied', '2026-06-02T00:00:00.000000Z', 'sent');
INSERT INTO notes (posting_id, at, text) VALUES ('30828', '2026-06-03T00:00:00.000000Z', 'called');
"#,
    r#"
INSERT INTO postings (seq, id, match_key, request_number, organisation, title, region, scale_min, scale_max,
    hours_min, hours_max, deadline_utc, stage, search_key, posting_json, original_text, content_hash,
    imported_at, updated_at)
VALUES (1, '30828', 'rn:30828|org:hilversum', '30828', 'Hilversum', 'Coördinator', 'Noord-Holland', 10, 11,
    20, 28, '2026-07-06T07:00:00.000000Z', 'applied', 'coordinator hilversum',
    '{"title":"Coördinator","request_number":"30828","organisation":"Hilversum","knockout":[{"number":1,"text":"HBO"}]}',
    'Coördinator ...', 'abc', '2026-06-01T00:00:00.000000Z', '2026-06-01T00:00:00.000000Z');
INSERT INTO criteria (posting_id, kind, position, number, text) VALUES ('30828', 'knockout', 0, 1, 'HBO');
INSERT INTO stage_history (posting_id, from_stage, to_stage, at, note)
    VALUES ('30828', 'open', 'applied', '2026-06-02T00:00:00.000000Z', 'sent');
INSERT INTO notes (posting_id, at, text) VALUES ('30828', '2026-06-03T00:00:00.000000Z', 'called');
INSERT INTO profile (id, json) VALUES (1, '{"hourly_rate":105.0,"hours_per_week":32}');
INSERT INTO assessments (posting_id, kind, number, answer, text, at)
    VALUES ('30828', 'knockout', 1, 'met', 'HBO', '2026-06-04T00:00:00.000000Z');
"#,
    r#"
INSERT INTO postings (seq, id, match_key, request_number, organisation, title, region, scale_min, scale_max,
    hours_min, hours_max, deadline_utc, stage, search_key, posting_json, original_text, content_hash,
    imported_at, updated_at)
VALUES (1, '30828', 'rn:30828|org:hilversum', '30828', 'Hilversum', 'Coördinator', 'Noord-Holland', 10, 11,
    20, 28, '2026-07-06T07:00:00.000000Z', 'applied', 'coordinator hilversum',
    '{"title":"Coördinator","request_number":"30828","organisation":"Hilversum","knockout":[{"number":1,"text":"HBO"}]}',
    'Coördinator ...', 'abc', '2026-06-01T00:00:00.000000Z', '2026-06-01T00:00:00.000000Z');
INSERT INTO criteria (posting_id, kind, position, number, text) VALUES ('30828', 'knockout', 0, 1, 'HBO');
INSERT INTO stage_history (posting_id, from_stage, to_stage, at, note)
    VALUES ('30828', 'open', 'applied', '2026-06-02T00:00:00.000000Z', 'sent');
INSERT INTO notes (posting_id, at, text) VALUES ('30828', '2026-06-03T00:00:00.000000Z', 'called');
INSERT INTO profile (id, json) VALUES (1, '{"hourly_rate":105.0,"hours_per_week":32}');
INSERT INTO assessments (posting_id, kind, number, answer, text, at)
    VALUES ('30828', 'knockout', 1, 'met', 'HBO', '2026-06-04T00:00:00.000000Z');
INSERT INTO postings (seq, id, match_key, request_number, organisation, title, region, scale_min, scale_max,
    hours_min, hours_max, deadline_utc, stage, search_key, posting_json, original_text, content_hash,
    imported_at, updated_at)
VALUES (2, '13995', 'rn:13995|org:nieuwegein', '13995', 'Nieuwegein', 'Wijkcoördinator', 'Utrecht', 7, 7,
    24, 28, '2023-11-09T08:00:00.000000Z', 'open', 'wijkcoordinator nieuwegein',
    '{"title":"Wijkcoördinator","request_number":"13995","organisation":"Nieuwegein"}',
    'Wijkcoördinator Vluchtelingenopvangbeleid', 'def', '2026-06-01T00:00:00.000000Z', '2026-06-01T00:00:00.000000Z');
"#,
    // v4: the same as v3 (its search indexes are derived), with a key in the
    // short/criteria form
    r#"
INSERT INTO postings (seq, id, match_key, request_number, organisation, title, region, scale_min, scale_max,
    hours_min, hours_max, deadline_utc, stage, search_key, posting_json, original_text, content_hash,
    imported_at, updated_at)
VALUES (1, '30828', 'rn:30828|org:hilversum', '30828', 'Hilversum', 'Coördinator', 'Noord-Holland', 10, 11,
    20, 28, '2026-07-06T07:00:00.000000Z', 'applied', 'coordinator hilversum' || char(10) || 'hbo',
    '{"title":"Coördinator","request_number":"30828","organisation":"Hilversum","knockout":[{"number":1,"text":"HBO"}]}',
    'Coördinator ...', 'abc', '2026-06-01T00:00:00.000000Z', '2026-06-01T00:00:00.000000Z');
INSERT INTO criteria (posting_id, kind, position, number, text) VALUES ('30828', 'knockout', 0, 1, 'HBO');
INSERT INTO stage_history (posting_id, from_stage, to_stage, at, note)
    VALUES ('30828', 'open', 'applied', '2026-06-02T00:00:00.000000Z', 'sent');
INSERT INTO notes (posting_id, at, text) VALUES ('30828', '2026-06-03T00:00:00.000000Z', 'called');
INSERT INTO profile (id, json) VALUES (1, '{"hourly_rate":105.0,"hours_per_week":32}');
INSERT INTO assessments (posting_id, kind, number, answer, text, at)
    VALUES ('30828', 'knockout', 1, 'met', 'HBO', '2026-06-04T00:00:00.000000Z');
"#,
    // v5: a field set by hand with the import's value beside it, an
    // archived posting, and the journal of both
    v5_rows!(),
    // v6: v5 and a bid's outcome (no response) with its journal row
    v6_rows!(),
    // v7: v6 and a re-import that moved the deadline earlier, not yet seen
    v7_rows!(),
    // v8: v7's rows (the list's index holds their columns)
    v7_rows!(),
    // v9: v7's rows (the texts indexed by words)
    v7_rows!(),
];
