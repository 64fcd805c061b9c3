//! Item 13 (issue 16): inputs of odd shapes ([`Shape`]) through `parse
//! --json` and `import`, each run to its end with its wall time and peak
//! resident size taken from the kernel (`wait4`).
//!
//! Every run checks that the input ends with an answer (the posting inside
//! it read) within a generous limit, and that its peak stays under 20x the
//! input's size above what a one-page posting takes (+32 MB of slack in CI,
//! where the inputs are small). The long run also checks the speed goal, at
//! most 1 s of CPU time per MB, on the release binary: speed is never
//! judged in CI.

use super::*;

/// One finished run of a command.
pub struct Measured {
    pub took: Duration,
    /// user + system CPU time: on the shared 2-core machine the wall time
    /// grows with the load of others, the CPU time does not
    pub cpu: Duration,
    pub peak_kib: u64,
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `cmd` to its end, or kills it and panics after `limit` ("did not
/// finish"); its output goes through files in `dir`.
// the child is reaped by wait4, which gives its peak size too
#[allow(clippy::zombie_processes)]
pub fn measure(cmd: &mut Command, dir: &Path, limit: Duration) -> Measured {
    let (out, err) = (dir.join("stdout"), dir.join("stderr"));
    let t = Instant::now();
    let child = cmd
        .stdout(std::fs::File::create(&out).unwrap())
        .stderr(std::fs::File::create(&err).unwrap())
        .spawn()
        .expect("run tenderdesk");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: a zeroed rusage is a valid value for wait4 to fill in
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: pid is our own child, not waited for by anyone else
        let got = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
        assert!(got >= 0, "wait4: {}", std::io::Error::last_os_error());
        if got == pid {
            break;
        }
        if t.elapsed() > limit {
            // SAFETY: as above; the child is reaped right after
            unsafe {
                libc::kill(pid, libc::SIGKILL);
                libc::wait4(pid, &mut status, 0, &mut usage);
            }
            panic!("{cmd:?} did not finish in {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let took = t.elapsed();
    let secs = |t: libc::timeval| {
        Duration::from_secs(t.tv_sec.max(0) as u64) + Duration::from_micros(t.tv_usec.max(0) as u64)
    };
    Measured {
        took,
        cpu: secs(usage.ru_utime) + secs(usage.ru_stime),
        peak_kib: u64::try_from(usage.ru_maxrss).unwrap_or(0),
        code: libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status)),
        stdout: std::fs::read_to_string(&out).unwrap_or_default(),
        stderr: std::fs::read_to_string(&err).unwrap_or_default(),
    }
}

/// Item 13: every [`Shape`] at its full size divided by `divide`, through
/// `parse --json` and `import`. With `goals`, each must also be read at 1 s
/// per MB or faster, with a peak at most 20x its size above a one-page
/// posting's.
pub fn odd_inputs(ctx: &Ctx, divide: usize, goals: bool) -> Figure {
    let dir = ctx.dir("odd-inputs");
    let limit = Duration::from_secs(300);
    let sample = ctx.samples().join(SAMPLE);
    let base = measure(
        ctx.td(&dir.join("b.db"))
            .arg("parse")
            .arg("--json")
            .arg(&sample),
        &dir,
        limit,
    );
    assert_eq!(base.code, Some(0), "{}", base.stderr);
    let mut rows = Vec::new();
    let mut missed = Vec::new();
    for (shape, file) in write_shapes(&ctx.repo, &dir.join("in"), divide) {
        let mb = std::fs::metadata(&file).unwrap().len() as f64 / 1e6;
        let db = dir.join(format!("{}.db", shape.name()));
        let parse = measure(
            ctx.td(&db).arg("parse").arg("--json").arg(&file),
            &dir,
            limit,
        );
        assert_eq!(parse.code, Some(0), "{}: {}", shape.name(), parse.stderr);
        let p: serde_json::Value = serde_json::from_str(&parse.stdout).expect("a posting as JSON");
        read_as_the_sample(shape, &p);
        let import = measure(ctx.td(&db).arg("import").arg(&file), &dir, limit);
        assert_eq!(import.code, Some(0), "{}: {}", shape.name(), import.stderr);
        assert!(
            import.stdout.contains("added 1"),
            "{}: {}",
            shape.name(),
            import.stdout
        );
        for (what, m) in [("parse", &parse), ("import", &import)] {
            let s_per_mb = m.cpu.as_secs_f64() / mb;
            let above = m.peak_kib.saturating_sub(base.peak_kib) as f64 / 1024.0;
            let times = above / mb;
            rows.push(format!(
                "{} {what} {mb:.1} MB: {:.2} s CPU ({s_per_mb:.2} s/MB, wall {:.2} s), peak {} MB ({times:.0}x above {} MB)",
                shape.name(),
                m.cpu.as_secs_f64(),
                m.took.as_secs_f64(),
                m.peak_kib / 1024,
                base.peak_kib / 1024
            ));
            // in CI (small inputs, debug binary) the peak is only kept
            // from growing grossly: a few MB of it are noise there
            let ceiling = 20.0 * mb + if goals { 0.0 } else { 32.0 };
            if above > ceiling || goals && s_per_mb > 1.0 {
                missed.push(rows.last().cloned().unwrap_or_default());
            }
        }
    }
    assert!(missed.is_empty(), "limit of issue 16 passed: {missed:#?}");
    Figure::new(
        "13. inputs of odd shapes",
        format!(
            "a page nested {} <div>s deep, {} bytes on one line, {} numbered criteria; parse --json and import each",
            Shape::DeepPage.full() / divide,
            Shape::OneLine.full() / divide,
            Shape::ManyCriteria.full() / divide
        ),
        format!("each read as the posting inside it; {}", rows.join("; ")),
    )
}

/// The shapes hold the sample posting: its organisation is read from each,
/// and from the two that keep its lines, its number and knock-outs.
fn read_as_the_sample(shape: Shape, p: &serde_json::Value) {
    let name = shape.name();
    assert_eq!(p["organisation"], "Hilversum", "{name}: {p}");
    assert!(
        p["title"]
            .as_str()
            .is_some_and(|t| t.starts_with("Coördinator")),
        "{name}: {}",
        p["title"]
    );
    if shape != Shape::OneLine {
        assert_eq!(p["request_number"], "30828", "{name}");
        assert_eq!(p["knockout"].as_array().map(Vec::len), Some(5), "{name}");
    }
}
