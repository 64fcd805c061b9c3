//! The parser on postings it has never seen: the same facts written with
//! other labels, layouts and date forms, as republishing sites do.

use tenderdesk::posting::{DbaStance, Hybrid, Money, ParseError, parse};

const REPUBLISHED: &str = "\
Vacature: Beleidsadviseur Wmo en Jeugd

Referentienummer: INH-2026-014
Opdrachtgever: Gemeente Bergen op Zoom
Provincie: Noord Brabant
Startdatum: 1 jul 2026
Looptijd: 12 maanden
Verlenging: 1 x 6 maanden
Aantal uren per week: 16 - 24 uur
Opleidingsniveau: WO
Sluitingsdatum: 16 sept 2026 om 12.00 uur

Eisen
- Afgeronde WO-opleiding bestuurskunde of vergelijkbaar;
- Minimaal 4 jaar ervaring als beleidsadviseur Wmo;
- Maximaal uurtarief € 95,00 exclusief btw, inclusief reiskosten (€ 0,23 per km).

Wensen
- Ervaring met de Jeugdwet (40 punten)
- Ervaring in een gemeente met meer dan 50.000 inwoners (35 punten)
- Uurtarief (25 punten)
  - Uurtarief lager dan € 85,- (25 punten)
  - Uurtarief tussen € 85,- en € 95,- (10 punten)

Competenties
Analytisch;
Omgevingsbewust;
Analytisch.

Inschaling: schaal 10-11
Vragen stellen kan tot 9-09-2026 17:00 uur.
De selectiegesprekken vinden plaats op 22 september 2026.
Een Verklaring Omtrent het Gedrag is vereist. Een integriteitsverklaring wordt gevraagd.
Inschrijven als zzp'er is niet mogelijk; uitsluitend via detachering.
";

#[test]
fn republished_layout_reads_the_same_facts() {
    let p = parse(REPUBLISHED).expect("a posting");
    assert_eq!(p.title, "Beleidsadviseur Wmo en Jeugd");
    assert_eq!(p.request_number.as_deref(), Some("INH-2026-014"));
    assert_eq!(p.organisation.as_deref(), Some("Bergen op Zoom"));
    assert_eq!(p.region.as_deref(), Some("Noord-Brabant"));
    assert_eq!(
        p.start_date.map(|d| d.to_string()).as_deref(),
        Some("2026-07-01")
    );
    assert_eq!(p.duration.as_deref(), Some("12 maanden"));
    assert_eq!((p.hours_min, p.hours_max), (Some(16), Some(24)));
    assert_eq!(p.education_level.as_deref(), Some("WO"));
    assert_eq!(
        p.deadline.map(|d| d.to_rfc3339()).as_deref(),
        Some("2026-09-16T12:00:00+02:00")
    );
    assert_eq!(
        p.questions_deadline.map(|d| d.to_rfc3339()).as_deref(),
        Some("2026-09-09T17:00:00+02:00")
    );
    assert_eq!(
        p.interview_dates
            .iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>(),
        ["2026-09-22"]
    );
    assert_eq!(p.knockout.len(), 3);
    assert_eq!(
        p.award.iter().map(|a| a.points).collect::<Vec<_>>(),
        [Some(40), Some(35), Some(25)]
    );
    assert_eq!(p.award[2].rate_bands.len(), 2);
    assert_eq!(p.max_rate_eur, Some(Money(9500)));
    assert!(p.max_rate_is_knockout);
    assert_eq!(p.competences, ["Analytisch", "Omgevingsbewust"]);
    assert_eq!(p.scale.as_deref(), Some("10-11"));
    assert!(p.scale_valid);
    assert!(p.vog.required && p.integrity_statement);
    assert_eq!(p.dba.stance, DbaStance::ZzpExcluded);
    assert_eq!(p.hybrid, Hybrid::Unknown);
    assert!(p.warnings.is_empty(), "{:?}", p.warnings);
}

#[test]
fn numeric_dates_and_label_on_its_own_line() {
    let text = "Functietitel\nProjectleider Omgevingswet\n\nAanvraagnummer\n4711\n\nRegio\nZeeland\n\nEinde inschrijfdatum\n29-07-2024\n\nEindtijd\n09.00 uur\n\nUren per week\n36 uur\n";
    let p = parse(text).expect("a posting");
    assert_eq!(p.title, "Projectleider Omgevingswet");
    assert_eq!(p.request_number.as_deref(), Some("4711"));
    assert_eq!(p.region.as_deref(), Some("Zeeland"));
    assert_eq!(
        p.deadline.map(|d| d.to_rfc3339()).as_deref(),
        Some("2024-07-29T09:00:00+02:00")
    );
    assert_eq!((p.hours_min, p.hours_max), (Some(36), Some(36)));
    assert!(
        p.warnings.iter().any(|w| w.contains("award")),
        "no award criteria is worth a warning"
    );
}

#[test]
fn text_that_is_no_posting_is_refused() {
    assert_eq!(parse(""), Err(ParseError::Empty));
    assert_eq!(parse("  \n\t"), Err(ParseError::Empty));
    assert_eq!(
        parse("Dear John,\nThe weather is fine today. See you on Monday.\n"),
        Err(ParseError::NotAPosting)
    );
}

#[test]
fn hostile_characters_never_survive_parsing() {
    let text = format!(
        "{REPUBLISHED}\n\u{1b}]52;c;ZXZpbA==\u{7}\u{1b}[2J\u{9b}31m\u{202E}\u{2066}\r\u{8}"
    );
    let p = parse(&text.replace(
        "Beleidsadviseur Wmo",
        "Beleids\u{1b}[31madviseur\u{202E} Wmo",
    ))
    .expect("a posting");
    let json = serde_json::to_string(&p).unwrap();
    for bad in [
        '\u{1b}', '\u{7}', '\u{9b}', '\u{202E}', '\u{2066}', '\r', '\u{8}',
    ] {
        assert!(
            !json.contains(bad) && !p.title.contains(bad),
            "{bad:?} survived"
        );
    }
    assert_eq!(p.title, "Beleidsadviseur Wmo en Jeugd");
}

/// A PDF producer that wraps the award heading inside its brackets
/// ("… (weging," / "totaal 100 punten)") must not turn the award criteria
/// into knock-outs: every sample reads the same wrapped as unwrapped.
#[test]
fn an_award_heading_wrapped_by_a_pdf_is_still_the_heading() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/postings");
    let mut wrapped_any = 0;
    for entry in std::fs::read_dir(&dir).expect("samples") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("sample text");
        let plain: String = text
            .lines()
            .map(|l| {
                let t = l.trim_start_matches(['#', ' ']).replace("**", "");
                if (t.starts_with("Gunningscriteria") || t.starts_with("Selectiecriteria"))
                    && t.contains("(weging, totaal")
                {
                    t.replacen("(weging, totaal", "(weging,\ntotaal", 1)
                } else {
                    l.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        if plain == text.lines().collect::<Vec<_>>().join("\n") {
            continue;
        }
        wrapped_any += 1;
        let want = parse(&text).expect("sample parses");
        let got = parse(&plain).expect("wrapped sample parses");
        assert_eq!(
            got.knockout,
            want.knockout,
            "{}: knock-outs",
            path.display()
        );
        assert_eq!(got.award, want.award, "{}: award criteria", path.display());
        assert!(
            !got.award.is_empty(),
            "{}: award criteria found",
            path.display()
        );
    }
    assert_eq!(wrapped_any, 5, "every sample has an award heading to wrap");
}
