//! The two layouts of the samples: web copy (markdown headings, a
//! tab-separated header table) and PDF text (one field per line, wrapped
//! lines with blank lines between).

use super::phrases::*;
use super::*;

pub(super) fn render_web(rng: &mut Rng, s: &Spec) -> String {
    let mut t = String::new();
    let start = if s.start_asap {
        "Z.s.m.".to_string()
    } else {
        s.start.map(|d| dutch_date(d, false)).unwrap_or_default()
    };
    let dot = rng.chance(30);
    let _ = write!(t, "\n\n# {}\n\n\n\n", s.title);
    let rows = [
        ("Aanvraagnummer", s.request_number.clone(), "Start", start),
        (
            "Duur",
            "6 maanden maanden".into(),
            "Opleidingniveau",
            rng.pick(words::EDUCATION).to_string(),
        ),
        (
            "Opties verlenging",
            "2 x 3 maand(en)".into(),
            "Regio",
            region_text(rng, s),
        ),
        (
            "Uren per week",
            hours_text(rng, s),
            "Einde inschrijfdatum",
            dutch_date(s.deadline.date(), true),
        ),
        (
            "DAS opdracht",
            "Ja".into(),
            "Eindtijd",
            format!("{} uur", clock(s.deadline, dot)),
        ),
    ];
    for (a, b, c, d) in rows {
        let _ = writeln!(t, "{a}\t{b}\t{c}\t{d}");
    }
    let _ = write!(t, "\n## Organisatie\n\n{}\n\n", organisation_text(rng, s));
    let _ = write!(t, "## Opdracht\n\n{}", rng.pick(words::PROSE));
    for d in dba_sentences(rng, s.dba) {
        let _ = write!(t, " {d}");
    }
    let _ = write!(
        t,
        "\n\n- {}\n- {}\n\n",
        rng.pick(words::PROSE),
        rng.pick(words::PROSE)
    );
    let _ = write!(
        t,
        "### **Vereisten/ knock-outcriteria te beoordelen door Flextender**\n\n"
    );
    for l in knockout_lines(s) {
        let _ = writeln!(t, "{l}");
    }
    let _ = write!(
        t,
        "\n### **Gunningscriteria te beoordelen door Flextender (weging, totaal 100 punten)**\n\n"
    );
    for l in award_lines(rng, s, true) {
        let _ = write!(t, "{l}\n\n");
    }
    t.push_str("Geef in het cv duidelijk aan in hoeverre je/ de door jou aangeboden kandidaat aan de criteria en competenties voldoet.\n\n### **Competenties**\n\n");
    for c in rng.pick_n(words::COMPETENCES, 3) {
        let _ = writeln!(t, "- {c}");
    }
    if let Some(sc) = scale_text(s) {
        let _ = write!(t, "\n### **Functieschaal**\n\n{sc}\n");
    }
    let _ = write!(t, "\n### **Planning**\n\n{}\n", planning_text(rng, s));
    t.push_str("\n### **Overige informatie**\n\n");
    for o in other_info(rng, s) {
        let _ = writeln!(t, "- {o}");
    }
    let _ = write!(
        t,
        "\n### **Meer informatie**\n\n{}\n\n**{}**",
        questions_text(rng, s),
        closing_text(rng, s)
    );
    t
}

/// Wraps `text` at `width` columns; `gap` puts a blank line between lines.
pub(super) fn wrap(text: &str, width: usize, gap: bool) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for w in text.split(' ') {
        if !line.is_empty() && line.chars().count() + 1 + w.chars().count() > width {
            out.push_str(&line);
            out.push_str(if gap { "\n\n" } else { "\n" });
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(w);
    }
    out.push_str(&line);
    out.push('\n');
    out
}

pub(super) fn render_pdf(rng: &mut Rng, s: &Spec) -> String {
    let gap = rng.chance(50);
    let width = rng.range(80, 110) as usize;
    let sep = if gap { "\n\n" } else { "\n" };
    let w = |text: &str| wrap(text, width, gap);
    let mut t = String::new();
    let _ = write!(t, "\n{}{sep}", s.title);
    let start = if s.start_asap {
        "Z.s.m.".to_string()
    } else {
        s.start.map(|d| dutch_date(d, false)).unwrap_or_default()
    };
    let dot = rng.chance(30);
    let fields = [
        ("Aanvraagnummer", s.request_number.clone()),
        ("Duur", "6 maanden maanden".into()),
        ("Opties verlenging", "2 maal 3 maand(en)".into()),
        ("Uren per week", hours_text(rng, s)),
        ("DAS opdracht", "Ja".into()),
        ("Start", start),
        ("Opleidingniveau", rng.pick(words::EDUCATION).to_string()),
        ("Regio", region_text(rng, s)),
        ("Einde inschrijfdatum", dutch_date(s.deadline.date(), true)),
        ("Eindtijd", format!("{} uur", clock(s.deadline, dot))),
    ];
    for (label, value) in fields {
        let _ = write!(t, "{label} {value}{sep}");
    }
    let _ = write!(t, "Organisatie{sep}{}{sep}", w(&organisation_text(rng, s)));
    let mut opdracht = rng.pick(words::PROSE).to_string();
    for d in dba_sentences(rng, s.dba) {
        opdracht.push(' ');
        opdracht.push_str(d);
    }
    let _ = write!(t, "Opdracht{sep}{}{sep}", w(&opdracht));
    let _ = write!(t, "Vereisten / knock-outcriteria{sep}");
    for l in knockout_lines(s) {
        t.push_str(&w(&l));
        t.push_str(sep);
    }
    let _ = write!(t, "Gunningscriteria (weging, totaal 100 punten){sep}");
    for l in award_lines(rng, s, false) {
        t.push_str(&w(&l));
        t.push_str(sep);
    }
    t.push_str(&w(
        "Geef in het cv duidelijk aan in hoeverre u / de door u aangeboden kandidaat aan het bovengenoemde profiel voldoet.",
    ));
    let _ = write!(t, "{sep}Competenties{sep}");
    for c in rng.pick_n(words::COMPETENCES, 3) {
        let _ = write!(t, "{c};{sep}");
    }
    if let Some(sc) = scale_text(s) {
        let _ = write!(t, "Functieschaal{sep}{}{sep}", w(&sc));
    }
    let _ = write!(t, "Planning{sep}{}{sep}", w(&planning_text(rng, s)));
    let _ = write!(t, "Overige informatie{sep}");
    for o in other_info(rng, s) {
        t.push_str(&w(&o));
    }
    let _ = write!(
        t,
        "{sep}Meer informatie{sep}{}{sep}{}",
        w(&questions_text(rng, s)),
        w(&closing_text(rng, s))
    );
    t
}
