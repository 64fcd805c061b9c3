//! Tests of `organisation.rs`.
use super::*;

#[test]
fn a_water_board_named_once_counts_once() {
    let t = "De gemeente Vlissingen werkt aan de boulevard.\nJe stemt af met Waterschap Scheldestromen over de waterkering.";
    assert_eq!(named(t, 0).as_deref(), Some("Vlissingen"));
}

#[test]
fn a_body_that_names_a_board_in_its_name() {
    assert_eq!(
        from_value("Belastingsamenwerking Gemeenten en Waterschap Rivierenland (BGR)").as_deref(),
        Some("Belastingsamenwerking Gemeenten en Waterschap Rivierenland")
    );
    assert_eq!(
        from_value("Waterschap Aa en Maas").as_deref(),
        Some("Waterschap Aa en Maas")
    );
}

#[test]
fn municipality_names_end_where_the_name_ends() {
    assert_eq!(
        named_municipality("11677 Gemeente Leidschendam-Voorburg Leidschendam Interim 36 uur p/w")
            .as_deref(),
        Some("Leidschendam-Voorburg")
    );
    assert_eq!(
        named_municipality("Gemeente Zwolle\nAanvraagnummer").as_deref(),
        Some("Zwolle")
    );
    assert_eq!(
        named_municipality("De gemeente Capelle aan den IJssel zoekt").as_deref(),
        Some("Capelle aan den IJssel")
    );
    assert_eq!(
        named_municipality("Gemeente Nieuwplaats Organisatie").as_deref(),
        Some("Nieuwplaats")
    );
    assert_eq!(
        named_municipality("gemeente Oost Gelre").as_deref(),
        Some("Oost Gelre")
    );
}

#[test]
fn municipalities_named_in_sentences() {
    assert_eq!(
        named_municipality("De gemeente Heerde is een kleine gemeente").as_deref(),
        Some("Heerde")
    );
    assert_eq!(
        named_municipality("gemeente Bergen op Zoom zoekt").as_deref(),
        Some("Bergen op Zoom")
    );
    assert_eq!(
        named_municipality("gemeente 's-Hertogenbosch").as_deref(),
        Some("'s-Hertogenbosch")
    );
    assert_eq!(
        named(
            "De gemeenten Hilversum en X. gemeente Hilversum, Gemeente Hilversum en gemeente Wijdemeren",
            0
        )
        .as_deref(),
        Some("Hilversum")
    );
    assert_eq!(
        from_value("Provincie Utrecht").as_deref(),
        Some("Provincie Utrecht")
    );
    assert_eq!(
        from_value("Zaanstad – Formulier INH-01").as_deref(),
        Some("Zaanstad")
    );
    assert_eq!(from_value("leidend."), None);
    assert_eq!(from_value("Samen sterker!"), None);
    // the town of the office after the body
    assert_eq!(
        from_value("Veiligheidsregio Twente, Hengelo (Overijssel)").as_deref(),
        Some("Veiligheidsregio Twente")
    );
}

#[test]
fn provinces_and_boards_keep_their_word() {
    assert_eq!(
        named_province_or_board("De provincie Gelderland heeft als wegbeheerder").as_deref(),
        Some("Provincie Gelderland")
    );
    assert_eq!(
        named_province_or_board("waterschap Rivierenland en").as_deref(),
        Some("Waterschap Rivierenland")
    );
    assert_eq!(
        from_value("Provincie Flevoland").as_deref(),
        Some("Provincie Flevoland")
    );
    assert_eq!(
        from_value("Gemeente Apeldoorn").as_deref(),
        Some("Apeldoorn")
    );
}

#[test]
fn other_bodies_and_the_first_in_the_header() {
    assert_eq!(
        named(
            "Veiligheidsregio Utrecht\nVoor de afdeling zoekt de gemeente Zeist",
            30
        )
        .as_deref(),
        Some("Veiligheidsregio Utrecht")
    );
    assert_eq!(
        named(
            "Titel\n\nHet Hoogheemraadschap van Rijnland zorgt voor dijken.",
            5
        )
        .as_deref(),
        Some("Hoogheemraadschap van Rijnland")
    );
    assert_eq!(
        named("Rijkswaterstaat\nAdviseur", 40).as_deref(),
        Some("Rijkswaterstaat")
    );
    assert_eq!(
        from_value("Hardenberg zoekt een Toezichthouder Bouw").as_deref(),
        Some("Hardenberg")
    );
    assert_eq!(
        named("Omgevingsdienst Midden- en West-Brabant zoekt", 60).as_deref(),
        Some("Omgevingsdienst Midden- en West-Brabant")
    );
    assert_eq!(
        named(
            "x\nDe gemeente Hilversum. Gemeente Hilversum en gemeente Wijdemeren",
            1
        )
        .as_deref(),
        Some("Hilversum")
    );
    assert_eq!(
        from_value("Dienst Dommelvallei (werkorganisatie van Nuenen c.a.)").as_deref(),
        Some("Dienst Dommelvallei")
    );
}

#[test]
fn the_body_acting_for_others_is_the_client() {
    assert_eq!(
        from_value(
            "Gemeente Venlo, namens de gemeenten in Noord-Limburg (Beesel, Bergen en Gennep)"
        )
        .as_deref(),
        Some("Venlo")
    );
    assert_eq!(
        from_value("Provincie Utrecht namens het samenwerkingsverband").as_deref(),
        Some("Provincie Utrecht")
    );
}

#[test]
fn logos_and_bare_names() {
    assert_eq!(
        from_logo("Logo van Kadaster\n").as_deref(),
        Some("Kadaster")
    );
    assert_eq!(
        from_logo("Logo van Apeldoorn met een groen gestileerd bladdessin naast het woord.\n"),
        None
    );
    assert_eq!(
        bare_municipality("Organisatie\nMidden-Delfland is een informele organisatie.").as_deref(),
        Some("Midden-Delfland")
    );
}

#[test]
fn a_buyer_with_her_desk_is_no_client() {
    assert_eq!(from_value("Sanne Verhulst (Inkoop)"), None);
    assert_eq!(
        from_value("Gemeente Utrecht (Inkoop)").as_deref(),
        Some("Utrecht")
    );
}

#[test]
fn a_dash_ends_the_municipality_s_name() {
    assert_eq!(
        named_municipality("Gemeente Heiloo — Noord-Holland\n").as_deref(),
        Some("Heiloo")
    );
}

#[test]
fn a_name_with_a_copys_glue_is_cut_where_the_glue_starts() {
    use super::cut_at_join;
    assert_eq!(cut_at_join("Roosendaal"), "Roosendaal");
    assert_eq!(cut_at_join("RoosendaalSluit over 8 dagen"), "Roosendaal");
    assert_eq!(
        cut_at_join("Olst-WijheOpdracht #48213Nog 29 dagen"),
        "Olst-Wijhe"
    );
    assert_eq!(
        cut_at_join("Omgevingsdienst Noord-Holland NoordHoornOpdracht PP-4471"),
        "Omgevingsdienst Noord-Holland Noord"
    );
    assert_eq!(
        cut_at_join("Wetterskip FryslânLeeuwardenPerceel"),
        "Wetterskip Fryslân"
    );
    assert_eq!(cut_at_join("ProRail"), "ProRail");
    assert_eq!(cut_at_join("ProRail Regio Noord"), "ProRail Regio Noord");
}
