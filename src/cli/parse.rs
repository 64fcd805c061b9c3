//! `tenderdesk parse FILE...`: a readable summary, or one JSON object per line.

use crate::input;
use crate::posting::normalize::{sanitize, sanitize_line};
use crate::posting::{self, Posting};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct ParseArgs {
    /// One JSON object per file, one per line.
    #[arg(long)]
    pub json: bool,
    /// Print each text's lines as the parser reads them (after the layout
    /// repairs, each marked heading, bullet, numbered or plain): to see how
    /// a new site's layout is read.
    #[arg(long, conflicts_with = "json")]
    pub lines: bool,
    /// Posting files or folders (`-` reads standard input).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}

pub fn run(args: &ParseArgs) -> anyhow::Result<i32> {
    let (files, mut failed) = input::expand_paths(&args.files);
    let mut out = std::io::stdout().lock();
    let mut parse_failed = 0;
    for path in &files {
        if args.lines {
            if let Err(reason) = print_lines(path, &mut out) {
                parse_failed += 1;
                eprintln!("{}: {}", sanitize_line(&path.display().to_string()), reason);
            }
            continue;
        }
        let result = crate::import::read_posting(path).map(|(p, _)| p);
        match result {
            Ok(p) if args.json => writeln!(out, "{}", serde_json::to_string(&p)?)?,
            Ok(p) => write!(out, "{}", summary(&path.display().to_string(), &p))?,
            Err(reason) => {
                parse_failed += 1;
                eprintln!("{}: {}", sanitize_line(&path.display().to_string()), reason);
            }
        }
    }
    for (path, e) in failed.drain(..) {
        parse_failed += 1;
        eprintln!("{}: {e}", sanitize_line(&path.display().to_string()));
    }
    Ok(if parse_failed > 0 { 1 } else { 0 })
}

/// One file's lines as the parser reads them, each with its kind.
fn print_lines(path: &std::path::Path, out: &mut impl Write) -> anyhow::Result<()> {
    use crate::posting::lines::LineKind;
    let doc = if path.as_os_str() == "-" {
        input::read_stdin_document()
    } else {
        input::read_document(path)
    }?;
    writeln!(out, "== {}", sanitize_line(&path.display().to_string()))?;
    for line in posting::layout_lines(&doc.text) {
        let kind = match line.kind {
            LineKind::Blank => String::new(),
            LineKind::Heading => "heading".to_string(),
            LineKind::Bullet => "bullet".to_string(),
            LineKind::Numbered(n) => format!("{n}."),
            LineKind::Plain => "plain".to_string(),
        };
        writeln!(out, "{kind:>8} | {}", sanitize_line(&line.text))?;
    }
    Ok(())
}

/// A readable summary of one posting.
pub fn summary(source: &str, p: &Posting) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let opt = |v: &Option<String>| v.as_deref().map_or("-".to_string(), sanitize_line);
    let date = |d: Option<chrono::NaiveDate>| d.map_or("-".to_string(), |d| d.to_string());
    let dt = |d: Option<chrono::DateTime<chrono::FixedOffset>>| {
        d.map_or("-".to_string(), |d| d.format("%Y-%m-%d %H:%M").to_string())
    };
    let _ = writeln!(
        s,
        "== {} ({})",
        sanitize_line(&p.title),
        sanitize_line(source)
    );
    let _ = writeln!(
        s,
        "  aanvraagnummer {}   organisation {}   region {}   platform {}",
        opt(&p.request_number),
        opt(&p.organisation),
        opt(&p.region),
        opt(&p.platform)
    );
    if let Some(url) = &p.url {
        let _ = writeln!(s, "  url {}", sanitize_line(url));
    }
    let start = if p.start_asap {
        "Z.s.m.".to_string()
    } else {
        date(p.start_date)
    };
    let _ = writeln!(
        s,
        "  start {start}   duration {}   end {}   extension {}",
        opt(&p.duration),
        date(p.end_date),
        opt(&p.extension_options)
    );
    let hours = match (p.hours_min, p.hours_max) {
        (Some(a), Some(b)) if a == b => format!("{a}"),
        (a, b) => format!(
            "{}-{}",
            a.map_or("?".into(), |v| v.to_string()),
            b.map_or("?".into(), |v| v.to_string())
        ),
    };
    let _ = writeln!(
        s,
        "  hours/week {hours}   education {}   scale {}{}   DAS {}",
        opt(&p.education_level),
        opt(&p.scale),
        if p.scale_valid || p.scale.is_none() {
            ""
        } else {
            " (invalid)"
        },
        p.das.map_or("-", |d| if d { "yes" } else { "no" })
    );
    let deadline = match (p.deadline, p.deadline_date, &p.closing_hint) {
        (Some(d), _, _) => dt(Some(d)),
        (None, Some(day), _) => format!("{day} (no time stated)"),
        (None, None, Some(hint)) => format!("- (page said \"{}\")", sanitize_line(hint)),
        (None, None, None) => "-".to_string(),
    };
    let _ = writeln!(
        s,
        "  deadline {}   questions until {}   answers {}",
        deadline,
        dt(p.questions_deadline),
        date(p.answers_published)
    );
    let interview = if let Some(w) = p.interview_week_of {
        format!("week of {w}")
    } else {
        p.interview_dates
            .iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let _ = writeln!(
        s,
        "  interview {} {}   invitations by {}",
        if interview.is_empty() {
            "-"
        } else {
            &interview
        },
        p.interview_time.as_deref().unwrap_or(""),
        date(p.notification_date)
    );
    let _ = writeln!(
        s,
        "  max rate {}{}   fee {}   CVs to client {}   professionals {}",
        match p.max_rate_eur {
            Some(m) => m.to_string(),
            None if p.no_max_rate => "none (geen maximum)".to_string(),
            None => "-".to_string(),
        },
        if p.max_rate_is_knockout {
            " (knock-out)"
        } else {
            ""
        },
        opt(&p.fee),
        opt(&p.cvs_forwarded),
        opt(&p.professionals_needed)
    );
    let _ = writeln!(s, "  knock-out criteria ({}):", p.knockout.len());
    for c in &p.knockout {
        let _ = writeln!(s, "    {}. {}", c.number, sanitize_line(&c.text));
    }
    let _ = writeln!(s, "  award criteria ({} points):", p.award_points_total());
    for c in &p.award {
        let _ = writeln!(
            s,
            "    {}. [{}] {}",
            c.number,
            c.points.map_or("?".into(), |v| v.to_string()),
            sanitize_line(&c.text)
        );
        for b in &c.rate_bands {
            let _ = writeln!(s, "         {} points: {}", b.points, band_text(b));
        }
    }
    let _ = writeln!(
        s,
        "  competences ({}): {}",
        p.competences.len(),
        sanitize_line(&p.competences.join("; "))
    );
    let _ = writeln!(
        s,
        "  VOG {}{}   integrity statement {}   SROI {}   Waadi {}   G-rekening {}",
        yn(p.vog.required),
        if p.vog.vog_p_mentioned {
            " (VOG-P mentioned)"
        } else {
            ""
        },
        yn(p.integrity_statement),
        yn(p.sroi),
        yn(p.waadi),
        yn(p.g_account)
    );
    let _ = writeln!(s, "  DBA {}: {}", p.dba.stance.key(), p.dba.stance.plain());
    for e in &p.dba.evidence {
        let _ = writeln!(s, "    > {}", sanitize(e));
    }
    if p.expired_banner {
        let _ = writeln!(s, "  the page says the response period has passed");
    }
    for w in &p.warnings {
        let _ = writeln!(s, "  warning: {}", sanitize_line(w));
    }
    s
}

fn yn(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// A rate band in words: "above € 125,-", "€ 120,- to € 125,-".
pub fn band_text(b: &posting::RateBand) -> String {
    match (b.above, b.below, b.from, b.to) {
        (Some(a), _, _, _) => format!("above {a}"),
        (_, Some(x), _, _) => format!("below {x}"),
        (_, _, Some(f), Some(t)) => format!("{f} to {t}"),
        (_, _, Some(f), None) => format!("from {f}"),
        (_, _, None, Some(t)) => format!("up to {t}"),
        _ => "any rate".to_string(),
    }
}
