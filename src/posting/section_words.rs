//! The table of section headings: the words that open a section the parser
//! reads ("Knock-outcriteria", "Gunning", "Award criteria"). A new heading
//! spelling is one row here; `lines.rs` reads them.

use super::lines::{Line, LineKind, Section};

/// Heading words (lowercase, matched at the start of a heading line and
/// followed by a non-letter) and the section they open. More specific
/// spellings come before shorter ones.
pub const SECTION_WORDS: &[(&str, Section)] = &[
    ("vereisten", Section::Knockout),
    ("je voldoet aan", Section::Knockout),
    ("u voldoet aan", Section::Knockout),
    ("je moet voldoen aan", Section::Knockout),
    ("u moet voldoen aan", Section::Knockout),
    ("de kandidaat moet voldoen aan", Section::Knockout),
    ("de kandidaat voldoet aan", Section::Knockout),
    ("knock-outcriteria", Section::Knockout),
    // a recruiter's message ("De harde eisen:", "We beoordelen zo:")
    ("de harde eisen", Section::Knockout),
    ("harde eisen", Section::Knockout),
    // a recruiter's notes ("ko's:")
    ("k.o.-criteria", Section::Knockout),
    ("k.o. criteria", Section::Knockout),
    ("k.o.-eisen", Section::Knockout),
    ("k.o.-criterium", Section::Knockout),
    ("ko's", Section::Knockout),
    ("ko’s", Section::Knockout),
    // a text message's "KO: 1) hbo 2) …"
    ("ko", Section::Knockout),
    ("knock-out criteria", Section::Knockout),
    ("knockoutcriteria", Section::Knockout),
    ("knock-outeisen", Section::Knockout),
    ("knock-out eisen", Section::Knockout),
    ("knockout-eisen", Section::Knockout),
    ("knockouteisen", Section::Knockout),
    ("knock-outvereisten", Section::Knockout),
    ("knock-outs", Section::Knockout),
    ("knockouts", Section::Knockout),
    ("knock outs", Section::Knockout),
    ("knock out", Section::Knockout),
    ("knock-out", Section::Knockout),
    ("knockout", Section::Knockout),
    ("minimumeisen", Section::Knockout),
    ("vereiste kwalificaties", Section::Knockout),
    ("geschiktheidseisen", Section::Knockout),
    ("geschiktheidscriteria", Section::Knockout),
    ("uitsluitingscriteria", Section::Knockout),
    // a machine translation's "knock-out criteria" and "award criteria"
    ("uitschakelcriteria", Section::Knockout),
    // Frisian and German
    ("easken", Section::Knockout),
    ("anforderungen", Section::Knockout),
    ("minimale eisen", Section::Knockout),
    ("functie-eisen", Section::Knockout),
    ("minimum eisen", Section::Knockout),
    ("harde eisen", Section::Knockout),
    ("eisen", Section::Knockout),
    ("must haves", Section::Knockout),
    ("minimum requirements", Section::Knockout),
    ("knock-out requirements", Section::Knockout),
    ("must-haves", Section::Knockout),
    // a werken-bij page's plain words for the demands (the knock-outs
    // where no section names them) and the wishes
    ("dit moet je hebben", Section::Demands),
    ("wat vragen wij", Section::Demands),
    ("wat vragen we", Section::Demands),
    ("wat we vragen", Section::Demands),
    ("wat breng je mee", Section::Demands),
    ("mooi meegenomen", Section::Award),
    ("pluspunten", Section::Award),
    ("gunningscriteria", Section::Award),
    ("beoordelingsaspecten", Section::Award),
    // a page's plain words ("Zo beoordelen we")
    ("zo beoordelen we", Section::Award),
    ("zo beoordelen wij", Section::Award),
    ("we kijken naar", Section::Award),
    ("wij kijken naar", Section::Award),
    ("gunningscriterium", Section::Award),
    ("toekenningscriteria", Section::Award),
    ("gunningskritearia", Section::Award),
    ("zuschlagskriterien", Section::Award),
    ("selectiecriteria", Section::Award),
    ("award criteria", Section::Award),
    ("selection criteria", Section::Award),
    ("gunning", Section::Award),
    ("we beoordelen", Section::Award),
    ("wij beoordelen", Section::Award),
    ("wensen", Section::Award),
    ("gewenste kwalificaties", Section::Award),
    ("gewenste ervaring", Section::Award),
    ("gewenste kennis", Section::Award),
    ("preferred qualifications", Section::Award),
    ("desired qualifications", Section::Award),
    // an English page's own words for how bids are scored
    ("how candidates are scored", Section::Award),
    ("how bids are scored", Section::Award),
    ("how we score", Section::Award),
    ("scoring criteria", Section::Award),
    // a recruiter's summary in English ("How the client scores (100 points):")
    ("how the client scores", Section::Award),
    ("how the client will score", Section::Award),
    ("how we score", Section::Award),
    ("scoring", Section::Award),
    ("zo wordt gegund", Section::Award),
    ("zo gunnen we", Section::Award),
    ("zo gunnen wij", Section::Award),
    ("evaluation criteria", Section::Award),
    ("assessment criteria", Section::Award),
    ("nice to have", Section::Award),
    ("nice to haves", Section::Award),
    ("nice-to-haves", Section::Award),
    ("competenties", Section::Competences),
    ("gevraagde competenties", Section::Competences),
    ("kerncompetenties", Section::Competences),
    ("functieschaal", Section::Scale),
    ("salarisschaal", Section::Scale),
    ("inschaling", Section::Scale),
    ("fee", Section::Fee),
    ("benodigd aantal professionals", Section::Professionals),
    ("aantal professionals", Section::Professionals),
    ("benodigd aantal", Section::Professionals),
    ("werkdagen", Section::Workdays),
    ("planning", Section::Planning),
    ("beoordeling", Section::Award),
    ("hoe beoordelen we", Section::Award),
    ("hoe beoordelen wij", Section::Award),
    ("overige informatie", Section::Other),
    ("meer informatie", Section::Other),
    ("good to know", Section::Other),
    ("uitvoeringsvoorwaarde", Section::Other),
    ("cv-eisen", Section::Other),
    ("offerte-eisen", Section::Other),
    ("organisatie", Section::Other),
    ("opdracht", Section::Other),
    ("aanleiding", Section::Other),
    ("functieomschrijving", Section::Other),
    ("werkzaamheden", Section::Other),
    ("profiel", Section::Other),
    ("stap", Section::Other),
    ("procedure", Section::Other),
    ("contact", Section::Other),
    ("taken", Section::Other),
    ("aanbod", Section::Other),
];

/// A short plain line of words in capitals only ("WET DBA", "OVERIGE
/// VOORWAARDEN"), as a form sets its headings.
pub fn is_caps_heading(line: &Line) -> bool {
    let t = line.text.trim();
    line.kind == LineKind::Plain
        && t.chars().filter(|c| c.is_alphabetic()).count() >= 4
        && t.chars().count() <= 40
        && t.chars()
            .all(|c| c.is_uppercase() || c == ' ' || c == '-' || c == '&')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_in_capitals() {
        let line = |t: &str| Line {
            kind: LineKind::Plain,
            text: t.to_string(),
        };
        assert!(is_caps_heading(&line("WET DBA")));
        assert!(!is_caps_heading(&line("K1  Hbo")));
        assert!(!is_caps_heading(&line("VOG")));
    }
}
