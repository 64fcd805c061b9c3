//! A title shortened where it was first written (a mail's subject, a
//! notification's heading, a sentence "… zoekt een projectmanager Wonen")
//! and written in full further on: the same words, then a bracketed or
//! dashed part of the role ("Coördinator Wmo (toegang en beschikkingen)",
//! "Projectmanager Wonen – versnelling woningbouw"). The full line is the
//! title; a line that goes on into a sentence, a date or a code is not. A
//! title a phone's card cut short with "…" is taken from the line below
//! that writes it in full.

use super::lines::{Line, LineKind};
use super::normalize::fold;

/// The title in full from a later line, or `None` to keep `title`.
pub fn in_full(title: &str, lines: &[Line]) -> Option<String> {
    let short = fold(title.trim().trim_end_matches(['…', '.']).trim_end());
    if short.split_whitespace().count() < 2 {
        return None;
    }
    // a phone's card cut the title short ("Adviseur energietransitie
    // (warmteprogr…") and the page writes it in full below
    let cut_short = |l: &Line| {
        let t = l.text.trim().trim_matches('*').trim();
        t.ends_with('…') && fold(t.trim_end_matches('…').trim_end()) == short
    };
    if lines.iter().any(cut_short) {
        let full = lines.iter().find_map(|l| {
            let line = l.text.trim().trim_matches('*').trim();
            let folded = fold(line);
            (folded.len() > short.len()
                && folded.starts_with(short.as_str())
                && !line.ends_with(['…', '.', ':'])
                && line.chars().count() <= 120)
                .then(|| line.to_string())
        });
        if full.is_some() {
            return full;
        }
    }
    lines.iter().find_map(|l| {
        if l.kind == LineKind::Blank {
            return None;
        }
        let line = l.text.trim();
        let folded = fold(line);
        let rest = folded.strip_prefix(short.as_str())?;
        let part = [" (", " – ", " — ", " - "]
            .iter()
            .find_map(|sep| rest.strip_prefix(sep))?;
        let whole = line.chars().count() <= 100
            && !line.ends_with(['.', ':', ';', ','])
            && part.split_whitespace().count() <= 6
            && (!rest.starts_with(" (") || part.ends_with(')'));
        // (the part as the line writes it, not folded)
        let written = &line[line.len() - part.len()..];
        (whole && part_of_title(written.trim_end_matches(')'))).then(|| line.to_string())
    })
}

/// Whether a part in brackets or after a dash belongs to the role ("bouwen
/// en gebruik", "Brzo-bedrijven", "VTH"): in small letters or one word;
/// not the kind of hire ("interim", "inhuur via DAS"), not the role in
/// English ("Advisor Environmental Health"), not a date, a code or hours.
pub(super) fn part_of_title(part: &str) -> bool {
    let part = part.trim();
    let f = fold(part);
    let hire = [
        "interim",
        "inhuur",
        "zzp",
        "detacher",
        "freelance",
        "tijdelijk",
        "vacature",
        "m/v",
        "m/w",
        "v/m",
        "uur",
    ]
    .iter()
    .any(|w| f.contains(w));
    part.starts_with(char::is_alphabetic)
        && !hire
        && part.chars().filter(char::is_ascii_digit).count() < 3
        && (part.starts_with(char::is_lowercase) || !part.contains(' '))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::posting::lines::split_lines;

    fn full(title: &str, text: &str) -> Option<String> {
        in_full(title, &split_lines(text))
    }

    #[test]
    fn a_bracketed_or_dashed_part_further_on_completes_the_title() {
        let text = "Inhuurverzoek Coördinator Wmo – kenmerk EMM/0588\n\nOmschrijving opdracht\nCoördinator Wmo (toegang en beschikkingen)\n";
        assert_eq!(
            full("Coördinator Wmo", text).as_deref(),
            Some("Coördinator Wmo (toegang en beschikkingen)")
        );
        let text = "Zaanstad zoekt een projectmanager Wonen\n\n** Projectmanager Wonen – versnelling woningbouw\n";
        assert_eq!(
            full("Projectmanager Wonen", text).as_deref(),
            Some("Projectmanager Wonen – versnelling woningbouw")
        );
    }

    #[test]
    fn a_title_a_card_cut_short_is_taken_in_full_from_below() {
        let text = "Adviseur energietransitie (warmteprogr…\nAdviseur energietransitie (warmteprogramma wijken)\n";
        assert_eq!(
            full("Adviseur energietransitie (warmteprogr", text).as_deref(),
            Some("Adviseur energietransitie (warmteprogramma wijken)")
        );
        let text = " Beleidsmedewerker Wmo en jeugd (regionale inkoo…\n\n*Beleidsmedewerker Wmo en jeugd (regionale inkoop)*\n";
        assert_eq!(
            full("Beleidsmedewerker Wmo en jeugd (regionale inkoo", text).as_deref(),
            Some("Beleidsmedewerker Wmo en jeugd (regionale inkoop)")
        );
    }

    #[test]
    fn a_sentence_a_date_or_a_code_after_the_title_is_no_part_of_it() {
        for text in [
            "Projectmanager Wonen – je trekt de versnellingsaanpak en stuurt vier deelprojecten aan.\n",
            "Projectmanager Wonen - 32 uur per week\n",
            "Projectmanager Wonen (ref. ZS-2026-1207)\n",
            "Projectmanager Wonen (tot en met\n",
        ] {
            assert_eq!(full("Projectmanager Wonen", text), None, "{text}");
        }
        // the kind of hire, the role in English
        for text in [
            "Projectmanager Wonen (interim)\n",
            "Projectmanager Wonen (Project Manager Housing)\n",
        ] {
            assert_eq!(full("Projectmanager Wonen", text), None, "{text}");
        }
        // one word is too short to be sure of
        assert_eq!(full("Projectmanager", "Projectmanager (Wonen)\n"), None);
    }
}
