//! Item 10: bad files through the decoder, the reader and `import`.

use super::*;

/// Peak resident memory of this process, in KiB (Linux).
pub(super) fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// Item 10: bad files through the decoder, the file reader and `import`.
pub fn bad_files(ctx: &Ctx, big_mb: usize) -> Figure {
    use tenderdesk::input::{InputError, decode, read_file};
    let dir = ctx.dir("bad-files");
    let mut tried = 0usize;
    let mut check = |name: &str, bytes: &[u8], want: Result<&str, InputError>| {
        tried += 1;
        let got = decode(bytes);
        match &want {
            Ok(text) => assert_eq!(got.as_deref(), Ok(*text), "{name}"),
            Err(e) => assert_eq!(got.as_ref().map(|_| ()), Err(e), "{name}"),
        }
    };
    for at in [0usize, 1, 100, 4000, 7999] {
        let mut b = vec![b'a'; 8100];
        b[at] = 0;
        check(&format!("NUL at {at}"), &b, Err(InputError::Binary));
    }
    check(
        "Windows-1252",
        b"Co\xf6rdinator \x80110,-",
        Ok("Coördinator €110,-"),
    );
    let mut le = vec![0xFF, 0xFE];
    let mut be = vec![0xFE, 0xFF];
    for u in "Coördinator €110,-".encode_utf16() {
        le.extend_from_slice(&u.to_le_bytes());
        be.extend_from_slice(&u.to_be_bytes());
    }
    check("UTF-16LE BOM", &le, Ok("Coördinator €110,-"));
    check("UTF-16BE BOM", &be, Ok("Coördinator €110,-"));
    let mut odd = le.clone();
    odd.push(b'x');
    check("UTF-16 odd length", &odd, Ok("Coördinator €110,-\u{FFFD}"));
    let mut mid = "Coördinator €110,- ".as_bytes().to_vec();
    mid.extend_from_slice(b"caf\xe9 \xff\xfe end");
    check(
        "invalid UTF-8 mid-file",
        &mid,
        Ok("Coördinator €110,- café ÿþ end"),
    );
    check("empty", b"", Err(InputError::Empty));
    check("whitespace", b" \r\n\t ", Err(InputError::Empty));
    check("UTF-8 BOM only", b"\xEF\xBB\xBF", Err(InputError::Empty));
    check("UTF-16 BOM only", b"\xFF\xFE", Err(InputError::Empty));
    check(
        "UTF-16 NULs",
        b"\xFF\xFE\x00\x00a\x00",
        Err(InputError::Binary),
    );
    check("UTF-8 BOM text", b"\xEF\xBB\xBFhallo", Ok("hallo"));

    // the same cases end to end through `import`: never a crash, one line each
    let db = dir.join("t.db");
    for (name, bytes) in [
        ("nul.txt", b"ab\0cd".to_vec()),
        ("empty.txt", Vec::new()),
        ("bom.txt", b"\xEF\xBB\xBF".to_vec()),
    ] {
        let f = dir.join(name);
        std::fs::write(&f, bytes).unwrap();
        let out = ctx.td(&db).arg("import").arg(&f).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{name}");
        let s = String::from_utf8_lossy(&out.stdout);
        assert!(s.contains("failed 1"), "{name}: {s}");
        tried += 1;
    }

    // a big file: refused by its size, quickly, without reading it in
    let big = dir.join("big.txt");
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&big).unwrap());
        let line = "Coördinator vluchtelingenopvang, uurtarief € 110,- per uur, 32 uur per week.\n";
        let mut written = 0usize;
        while written < big_mb * 1024 * 1024 {
            f.write_all(line.as_bytes()).unwrap();
            written += line.len();
        }
    }
    let rss_before = peak_rss_kib();
    let t = Instant::now();
    let got = read_file(&big);
    let elapsed_file = t.elapsed();
    assert!(matches!(got, Err(InputError::TooLarge { .. })), "{got:?}");
    let rss_grew = peak_rss_kib().saturating_sub(rss_before);
    // and through standard input, in a child limited to 300 MB of address space
    let t = Instant::now();
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "ulimit -v 307200; exec \"{}\" --db \"{}\" import - < \"{}\"",
            ctx.bin.display(),
            db.display(),
            big.display()
        ))
        .env_remove("TENDERDESK_DB")
        .output()
        .unwrap();
    let elapsed_stdin = t.elapsed();
    let s = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{s} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(s.contains("too large"), "{s}");
    std::fs::remove_file(&big).unwrap();
    tried += 2;
    Figure::new(
        "10. bad files",
        format!(
            "{tried} hostile files (NUL, legacy and UTF-16 encodings, invalid UTF-8, empty, BOM only, {big_mb} MB)"
        ),
        format!(
            "all decoded exactly or refused with one line; {big_mb} MB file refused in {} ms (+{} KiB peak), on stdin in {} ms under a 300 MB limit",
            elapsed_file.as_millis(),
            rss_grew,
            elapsed_stdin.as_millis()
        ),
    )
}
