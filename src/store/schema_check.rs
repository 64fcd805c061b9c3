//! Is the schema in the file the one tenderdesk wrote? A flipped bit inside
//! the text of a `CREATE` statement passes SQLite's page checks but renames a
//! column or breaks a trigger; the reliability harness found that case
//! ("no such column: seq"). Every object tenderdesk creates must be in the
//! file with exactly the SQL it was created with. The quick way, taken at
//! every open: the fingerprint of the file's schema text matches the one
//! stored for its version (`schema_print`), so no database is built. Only
//! when it does not is the file compared, object by object, against a fresh
//! in-memory database migrated to the same version, which names what
//! differs (or accepts a file that merely has objects of its own). Full-text
//! shadow tables are SQLite's own business and are not compared.

use super::StoreError;
use super::schema;
use super::schema_print::{self, Object};
use rusqlite::Connection;
use std::path::Path;

/// Refuses, as damaged, a database whose schema differs from what this
/// program writes at the file's version.
pub(crate) fn verify(conn: &Connection, path: &Path) -> Result<(), StoreError> {
    // one read transaction: the version and the objects of one moment, also
    // while another process migrates the file
    let (version, have) = {
        let tx = conn.unchecked_transaction()?;
        let version: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let have = objects(&tx)?;
        tx.commit()?;
        (version, have)
    };
    if schema_print::expected(version).is_some_and(|f| f == schema_print::fingerprint(&have)) {
        return Ok(());
    }
    let want = expected(version).map_err(|e| StoreError::Migration(e.to_string()))?;
    for object in &want {
        if !have.contains(object) {
            let (kind, name, _) = object;
            return Err(StoreError::Damaged {
                path: path.to_path_buf(),
                reason: format!(
                    "the definition of {kind} {name} is not what tenderdesk wrote (schema v{version})"
                ),
            });
        }
    }
    Ok(())
}

/// The schema objects tenderdesk creates up to `version`.
fn expected(version: i64) -> Result<Vec<Object>, Box<dyn std::error::Error>> {
    let mut mem = Connection::open_in_memory()?;
    schema::migrations().to_version(&mut mem, usize::try_from(version)?)?;
    Ok(objects(&mem)?)
}

/// Every object of a database except full-text shadow tables (named after
/// their virtual table) and SQLite's own.
pub(crate) fn objects(conn: &Connection) -> rusqlite::Result<Vec<Object>> {
    let mut stmt =
        conn.prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'")?;
    let all: Vec<Object> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    let virtual_tables: Vec<String> = all
        .iter()
        .filter(|(_, _, sql)| {
            sql.as_deref()
                .is_some_and(|s| s.starts_with("CREATE VIRTUAL TABLE"))
        })
        .map(|(_, name, _)| format!("{name}_"))
        .collect();
    Ok(all
        .into_iter()
        .filter(|(_, name, _)| !virtual_tables.iter().any(|v| name.starts_with(v.as_str())))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_definition_is_damage_and_a_true_one_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let mut conn = Connection::open(&path).unwrap();
        schema::migrations().to_latest(&mut conn).unwrap();
        verify(&conn, &path).unwrap();
        // what a flipped bit in the schema text does: "content_hash" becomes
        // "content_hasi" (a column no index names, so SQLite still reads the
        // schema and only this check sees it)
        conn.execute_batch("PRAGMA writable_schema = ON").unwrap();
        conn.execute(
            "UPDATE sqlite_schema SET sql = replace(sql, 'content_hash ', 'content_hasi ')
             WHERE name = 'postings'",
            [],
        )
        .unwrap();
        conn.execute_batch("PRAGMA writable_schema = OFF").unwrap();
        drop(conn);
        let conn = Connection::open(&path).unwrap();
        let err = verify(&conn, &path).unwrap_err().to_string();
        assert!(err.contains("is damaged"), "{err}");
        assert!(err.contains("table postings"), "{err}");
    }
}
