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
];

/// A rule between blocks: ten or more of one drawing character.
fn is_rule(line: &str) -> bool {
    let t = line.trim();
    t.chars().count() >= 10
        && t.chars()
            .all(|c| matches!(c, '-' | '=' | '_' | '*' | '─' | '━' | '═'))
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
    for line in &lines {
        if is_rule(line) {
            blocks.push(Vec::new());
        } else if let Some(last) = blocks.last_mut() {
            last.push(line);
        }
    }
    if blocks.len() < 3 {
        return text.to_string();
    }
    let Some(main) = (1..blocks.len()).max_by_key(|&i| (filled(&blocks[i]), usize::MAX - i)) else {
        return text.to_string();
    };
    let mut out: Vec<String> = blocks[0]
        .iter()
        .take_while(|l| !l.trim().is_empty())
        .filter(|l| is_header(l))
        .map(|l| l.to_string())
        .collect();
    out.push(String::new());
    // the short title block right above the posting
    if main > 1 {
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
    fn a_posting_with_rules_is_no_alert() {
        let t = "Van: a@b.nl\nOnderwerp: nieuwe opdrachten\nAdviseur\n----------\nUren: 36\n----------\nEisen\n----------\n";
        assert_ne!(repair(t), t);
        let t = "Adviseur\nBekijk nieuwe opdrachten\n----------\nUren: 36\n----------\nEisen\n----------\n";
        assert_eq!(repair(t), t);
    }
}
