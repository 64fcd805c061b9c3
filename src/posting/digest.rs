//! A site's job alert: one e-mail with several postings between rules
//! ("-----", "====="), the first (or the one set apart as "UITGELICHT")
//! in full and the others as teasers with their own rates and closing
//! dates. The posting is the longest block: it is kept with the mail's
//! header lines and the short title block right above it ("1. Technisch
//! adviseur zuiveringen" / "Waterschap Vechtstromen · Almelo", its list
//! number taken off); the greeting, the teasers and the footer go. An
//! alert is a mail (two header lines open it) whose opening speaks of an
//! alert or a search profile; any other text is returned as it came.

/// Words of an alert's opening ("3 nieuwe opdrachten voor uw zoekprofiel").
const ALERT_WORDS: &[&str] = &[
    "zoekprofiel",
    "nieuwe opdrachten",
    "opdrachtalert",
    "job alert",
    "jobalert",
    "new assignments",
    "uw alert",
    "je alert",
    "jouw alert",
    "deze alert",
    "weekoverzicht",
    "dagoverzicht",
];

/// Captions that set the alert's own posting apart from its teasers.
const FEATURED: &[&str] = &[
    "uitgelicht",
    "featured",
    "in de spotlight",
    "opdracht van de week",
    "topopdracht",
    "top-opdracht",
];

/// The caption a rule carries ("--- UITGELICHT ---" gives "UITGELICHT"),
/// empty for a plain rule.
fn caption_of(rule: &str) -> &str {
    rule.trim().trim_matches(|c: char| !c.is_alphanumeric())
}

/// A rule between blocks: ten or more of one drawing character, with or
/// without a caption inside ("--- UITGELICHT -----------").
fn is_rule(line: &str) -> bool {
    let drawing = |c: char| matches!(c, '-' | '=' | '_' | '*' | '─' | '━' | '═');
    let t = line.trim();
    if t.chars().count() >= 10 && t.chars().all(drawing) {
        return true;
    }
    let lead = t.chars().take_while(|c| drawing(*c)).count();
    let tail = t.chars().rev().take_while(|c| drawing(*c)).count();
    let caption = t.trim_matches(drawing).trim();
    lead >= 3
        && tail >= 3
        && lead + tail >= 10
        && !caption.is_empty()
        && !caption.chars().any(char::is_lowercase)
}

/// A mail's header line ("Van: …", "Subject: …").
fn is_header(line: &str) -> bool {
    let lower = line.trim_start().to_lowercase();
    [
        "van:",
        "from:",
        "aan:",
        "to:",
        "onderwerp:",
        "subject:",
        "datum:",
        "date:",
        "verzonden:",
        "sent:",
    ]
    .iter()
    .any(|h| lower.starts_with(h))
}

fn filled(block: &[&str]) -> usize {
    block.iter().filter(|l| !l.trim().is_empty()).count()
}

/// A block that is only a label in capitals ("UITGELICHT", "MEER OPDRACHTEN").
fn is_caps_label(block: &[&str]) -> bool {
    let lines: Vec<&str> = block
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect();
    lines.len() == 1 && !lines[0].chars().any(char::is_lowercase)
}

/// The line without its list number ("1. Technisch adviseur" gives
/// "Technisch adviseur").
fn unnumbered(line: &str) -> String {
    let t = line.trim_start();
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    match t[digits..].strip_prefix(". ") {
        Some(rest) if digits > 0 && digits <= 2 => rest.trim_start().to_string(),
        _ => line.to_string(),
    }
}

/// Whether the alert's opening announces a single posting ("Er is 1
/// nieuwe publicatie", "één nieuwe opdracht"): its rules then frame that
/// posting's facts, not teasers of others.
fn announces_one(head: &str) -> bool {
    let words: Vec<&str> = head
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words
        .windows(2)
        .any(|w| matches!(w[0], "1" | "een" | "één" | "one") && matches!(w[1], "nieuwe" | "new"))
}

/// The alert's posting alone (see the module).
pub fn repair(text: &str) -> String {
    let head: String = text
        .lines()
        .take(15)
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    // an alert is a mail: its header lines open it
    let mailed = text.lines().take(8).filter(|l| is_header(l)).count() >= 2;
    if !mailed || !ALERT_WORDS.iter().any(|w| head.contains(w)) || announces_one(&head) {
        return text.to_string();
    }
    let lines: Vec<&str> = text.lines().collect();
    let mut blocks: Vec<Vec<&str>> = vec![Vec::new()];
    // the caption of the rule that opens each block ("" for none)
    let mut captions = vec![""];
    for line in &lines {
        if is_rule(line) {
            blocks.push(Vec::new());
            captions.push(caption_of(line));
        } else if let Some(last) = blocks.last_mut() {
            last.push(line);
        }
    }
    if blocks.len() < 3 {
        return text.to_string();
    }
    // the posting set apart under its caption ("UITGELICHT", in the rule or
    // as a block of its own above it), else the longest block
    let featured = (1..blocks.len()).find(|&i| {
        let caption = if !captions[i].is_empty() {
            captions[i].to_string()
        } else if is_caps_label(&blocks[i - 1]) {
            blocks[i - 1].join(" ")
        } else {
            String::new()
        };
        let caption = caption.to_lowercase();
        filled(&blocks[i]) > 1 && FEATURED.iter().any(|w| caption.contains(w))
    });
    let Some(main) = featured
        .or_else(|| (1..blocks.len()).max_by_key(|&i| (filled(&blocks[i]), usize::MAX - i)))
    else {
        return text.to_string();
    };
    let mut out: Vec<String> = blocks[0]
        .iter()
        .take_while(|l| !l.trim().is_empty())
        .filter(|l| is_header(l))
        .map(|l| l.to_string())
        .collect();
    out.push(String::new());
    // the short title block right above the posting (a block under a
    // caption of its own holds its title)
    if main > 1 && captions[main].is_empty() {
        let above = &blocks[main - 1];
        if filled(above) <= 3 && !is_caps_label(above) {
            let mut first = true;
            for line in above.iter().filter(|l| !l.trim().is_empty()) {
                out.push(if first {
                    unnumbered(line)
                } else {
                    line.trim().to_string()
                });
                first = false;
            }
            out.push(String::new());
        }
    }
    // a block that opens with its own numbered title ("1. Programmamanager")
    let mut first = true;
    for line in &blocks[main] {
        if first && !line.trim().is_empty() {
            out.push(unnumbered(line));
            first = false;
        } else {
            out.push(line.to_string());
        }
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_alert_of_one_posting_keeps_its_framed_facts() {
        let t = "Van: Wijzer <a@w.nl>\nOnderwerp: 1 nieuwe publicatie voor uw zoekprofiel\n\nEr is 1 nieuwe publicatie gevonden voor uw zoekprofiel.\n\n----------\nAdviseur water\nReferentie: W-1\nSluiting: 17.12.2026 - 12.00u\n----------\n\nSamenvatting\nHet waterschap herstelt beken en zoekt een adviseur.\nEisen\n- Hbo\n- Rijbewijs\n";
        assert_eq!(repair(t), t);
        assert!(!announces_one("3 nieuwe opdrachten voor uw zoekprofiel"));
    }

    #[test]
    fn the_full_posting_of_an_alert_is_kept() {
        let t = "Van: Radar <a@radar.nl>\nOnderwerp: 3 nieuwe opdrachten\n\nGoedemorgen,\n\n=====\n1. Adviseur water\n   Waterschap Rijn · Almelo\n==========\n\nUren: 36\nEisen\n1. Hbo\n2. Rijbewijs\n\n----------\n2. Projectleider\n   Gemeente Enschede · max € 97 · sluit 14-12-2026\n----------\nAfmelden\n";
        let r = repair(t.replace("=====\n1.", "==========\n1.").as_str());
        assert!(r.starts_with("Van: Radar"), "{r}");
        assert!(
            r.contains("\nAdviseur water\nWaterschap Rijn · Almelo\n"),
            "{r}"
        );
        assert!(r.contains("2. Rijbewijs"), "{r}");
        assert!(
            !r.contains("Enschede") && !r.contains("Goedemorgen") && !r.contains("Afmelden"),
            "{r}"
        );
    }

    #[test]
    fn a_weekly_overview_with_captioned_rules() {
        let t = "Van: Oogst <w@oogst.nl>\nOnderwerp: Je weekoverzicht: 5 opdrachten\n\nHallo Maud,\n\nVier andere passen bij je profiel.\n\n--- LAATSTE KANS ----------\n\nMedewerker APV    Gemeente Roerdalen\n24 uur · sluit ma 7 dec 09:00\n\n--- UITGELICHT ------------\n\nProjectleider Klimaatadaptatie\nGemeente Roermond\n\nUren    36 per week\nSluit   wo 16 december om 16.00 uur\nVragen  tot vr 11 december\n";
        let r = repair(t);
        assert!(r.contains("Projectleider Klimaatadaptatie"), "{r}");
        assert!(!r.contains("Roerdalen") && !r.contains("Hallo Maud"), "{r}");
    }

    #[test]
    fn the_featured_posting_under_its_caption_before_longer_teasers() {
        let rule = "━━━━━━━━━━━━";
        let t = format!(
            "Van: Brief <a@b.nl>\nOnderwerp: 6 nieuwe opdrachten\n\nGoedemorgen,\n\n{rule}\nUITGELICHT\n{rule}\nTeamcoördinator JGZ\nGGD Brabant-Zuidoost\n24-28 uur\n\n{rule}\nOOK NIEUW\n{rule}\n▸ Adviseur – Gemeente Veldhoven\n  32 uur\n▸ Medewerker – Gemeente Best\n  24 uur\n▸ Jurist – Gemeente Eersel\n  36 uur\n"
        );
        let r = repair(&t);
        assert!(r.contains("Teamcoördinator JGZ"), "{r}");
        assert!(!r.contains("Veldhoven"), "{r}");
    }

    #[test]
    fn a_posting_with_rules_is_no_alert() {
        let t = "Van: a@b.nl\nOnderwerp: nieuwe opdrachten\nAdviseur\n----------\nUren: 36\n----------\nEisen\n----------\n";
        assert_ne!(repair(t), t);
        let t = "Adviseur\nBekijk nieuwe opdrachten\n----------\nUren: 36\n----------\nEisen\n----------\n";
        assert_eq!(repair(t), t);
    }
}
