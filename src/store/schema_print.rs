//! A fingerprint of the schema text, so that opening the store checks the
//! schema without building a database (issue 16).
//!
//! The fingerprint is the SHA-256 of every object tenderdesk created
//! (type, name and the SQL as SQLite stores it, sorted by type and name).
//! [`FINGERPRINTS`] holds it for each schema version, computed once from a
//! database migrated in memory to that version; the test below recomputes
//! them and fails, printing the right table, when a migration is added or
//! SQLite stores the text differently. A file whose fingerprint matches its
//! version's is the schema tenderdesk wrote; any other file (a flipped bit,
//! an extra object, a version without a fingerprint yet) goes to the full
//! comparison in `schema_check`, which names the object that differs.

use sha2::{Digest, Sha256};

/// One schema object: type, name and its SQL (none for automatic indexes).
pub(crate) type Object = (String, String, Option<String>);

/// The fingerprint of each schema version, v1 first (see [`fingerprint`]).
const FINGERPRINTS: &[&str] = &[
    "a4fd4a0741fbaf895d9c8328b390deb2182e6dda9a79a6be07bb84b671d54ac2",
    "59bb83bac4e51d5cc4f1bc281df0210f91b7e80792f67de29f896e1c05e3aa65",
    "093f1cf49ff4161f15b8b539491169c18a3c598eb6418e3d10326883be92a920",
    "93632bce808a88185e0f987f773167b10102664d1936d52f2fa34b07c15ac61a",
    "578c757c49ffab17274394624637be32f1c0696ec5baf6e85273b9797e80ca5f",
    "91cb3a255214346872a685f6f7a31b1f5cdedcffee138f76edfa83230eac98cc",
    "84505a75f9738edb5456f91acceb44c147d807b41392617c75c1db8a9a30a4a1",
    "cc187fad84e2a7f34800f5b640e1c063d7c84bd41a90274a96cc0c773101755c",
    "e0572508f24bb7dc5f9572b8e8e6b115552e7b2ec324a8748713dee0d1fbcdb0",
];

/// The fingerprint of the schema tenderdesk writes at `version`, if known.
pub(crate) fn expected(version: i64) -> Option<&'static str> {
    let index = usize::try_from(version).ok()?.checked_sub(1)?;
    FINGERPRINTS.get(index).copied()
}

/// SHA-256, in hex, of `objects` in (type, name) order, each field length
/// prefixed so that no two different sets give the same bytes.
pub(crate) fn fingerprint(objects: &[Object]) -> String {
    let mut sorted: Vec<&Object> = objects.iter().collect();
    sorted.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    let mut hash = Sha256::new();
    let mut field = |bytes: Option<&[u8]>| match bytes {
        Some(b) => {
            hash.update((b.len() as u64).to_le_bytes());
            hash.update(b);
        }
        None => hash.update(u64::MAX.to_le_bytes()),
    };
    for (kind, name, sql) in sorted {
        field(Some(kind.as_bytes()));
        field(Some(name.as_bytes()));
        field(sql.as_deref().map(str::as_bytes));
    }
    hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::schema::{self, LATEST};
    use crate::store::schema_check::objects;
    use rusqlite::Connection;

    /// What each version's fingerprint is, from a database migrated in memory.
    fn computed() -> Vec<String> {
        (1..=LATEST)
            .map(|v| {
                let mut mem = Connection::open_in_memory().unwrap();
                let to = usize::try_from(v).unwrap();
                schema::migrations().to_version(&mut mem, to).unwrap();
                fingerprint(&objects(&mem).unwrap())
            })
            .collect()
    }

    #[test]
    fn every_version_has_the_fingerprint_of_its_migrated_schema() {
        let computed = computed();
        let table: String = computed.iter().map(|f| format!("    \"{f}\",\n")).collect();
        assert_eq!(
            FINGERPRINTS,
            computed.iter().map(String::as_str).collect::<Vec<_>>(),
            "set FINGERPRINTS in src/store/schema_print.rs to:\n{table}"
        );
    }

    /// The databases earlier versions left (tests/fixtures/db) take the quick
    /// way at their own version, and again once migrated to the latest.
    #[test]
    fn the_fixtures_of_every_earlier_version_match_before_and_after_migrating() {
        let dir = tempfile::tempdir().unwrap();
        for v in 1..LATEST {
            let fixture = format!("{}/tests/fixtures/db/v{v}.db", env!("CARGO_MANIFEST_DIR"));
            let read_only = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY;
            let conn = Connection::open_with_flags(&fixture, read_only).unwrap();
            let have = fingerprint(&objects(&conn).unwrap());
            assert_eq!(expected(v), Some(have.as_str()), "v{v}.db");
            drop(conn);
            let copy = dir.path().join(format!("v{v}.db"));
            std::fs::copy(&fixture, &copy).unwrap();
            let conn = crate::store::open::open_connection(&copy).unwrap();
            let have = fingerprint(&objects(&conn).unwrap());
            assert_eq!(expected(LATEST), Some(have.as_str()), "v{v}.db migrated");
        }
    }

    #[test]
    fn order_does_not_matter_and_every_byte_does() {
        let a: Object = ("table".into(), "a".into(), Some("CREATE TABLE a(x)".into()));
        let b: Object = ("index".into(), "b".into(), None);
        let one = fingerprint(&[a.clone(), b.clone()]);
        assert_eq!(one, fingerprint(&[b.clone(), a.clone()]));
        let flipped: Object = ("table".into(), "a".into(), Some("CREATE TABLE a(y)".into()));
        assert_ne!(one, fingerprint(&[flipped, b.clone()]));
        // a field boundary moved is a different set
        let moved: Object = ("table".into(), "aC".into(), Some("REATE TABLE a(x)".into()));
        assert_ne!(one, fingerprint(&[moved, b]));
        assert_eq!(expected(0), None);
        assert_eq!(expected(-1), None);
    }
}
