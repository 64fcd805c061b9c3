use super::*;

#[test]
fn an_apps_title_bar_names_the_app() {
    let screen = "09:41\n4G 87%\n‹ Terug\nOpdrachtradar\n♡ Bewaren\nOPDRACHT\nAssetmanager";
    assert_eq!(site(screen).as_deref(), Some("Opdrachtradar"));
    assert_eq!(site("09:41\n‹ Terug\nAssetmanager watersysteem\n"), None);
}

#[test]
fn a_masthead_names_the_site() {
    assert_eq!(
        site("Werken in de Kop · regionaal platform\nHome").as_deref(),
        Some("Werken in de Kop")
    );
    assert_eq!(
        site("Werken bij Zeist | Vacatures\nInhuur").as_deref(),
        Some("Werken bij Zeist")
    );
    assert_eq!(
        site("MenuWerken bij Waterschap VechtstromenVacaturesOver ons").as_deref(),
        Some("Werken bij Waterschap Vechtstromen")
    );
    assert_eq!(
        site("Gooi Inhuurportaal\nInloggen").as_deref(),
        Some("Gooi Inhuurportaal")
    );
    assert_eq!(site("LinkedIn\nZoeken").as_deref(), Some("LinkedIn"));
    assert_eq!(
        site("Sanne Verhoeven • 2e\nRecruiter Overheid\n3 d • Bewerkt").as_deref(),
        Some("LinkedIn")
    );
    assert_eq!(
        site("Pro Inhuur\nOpdrachten\nSenior Jurist\n…\nHelpdesk Pro Inhuur").as_deref(),
        Some("Pro Inhuur")
    );
    assert_eq!(
        site("Staffing MS\t\tAfgedrukt op 02-12-2026\n…\nStaffing MS-portaal").as_deref(),
        Some("Staffing MS")
    );
    assert_eq!(
        site("Kliq | Opdrachten\nAdviseur\n…\nmail naar info@kliq.nl").as_deref(),
        Some("Kliq")
    );
    // a title or a client at the top is no site
    assert_eq!(site("Interim Projectleider Wonen\nLeiden\n…"), None);
    assert_eq!(
        site("Gemeente Leiden\nAdviseur\n… Gemeente Leiden B.V."),
        None
    );
    // a portal's name over its tagline or its menu
    assert_eq!(
        site("Ga naar de inhoud\nDAS Inhuur Lingeland\nDynamisch aankoopsysteem voor de inhuur van externen\nHome\n").as_deref(),
        Some("DAS Inhuur Lingeland")
    );
    assert_eq!(
        site("TenderAtlas\nZoeken   Aankondigingen   Inhuur   Inloggen\n").as_deref(),
        Some("TenderAtlas")
    );
    assert_eq!(
        site("Gemeente Ede\nInhuur van externen via ons platform\n"),
        None
    );
    // lower-case words after it are a menu item, no site
    assert_eq!(site("* Werken bij de gemeente [link]"), None);
    assert_eq!(
        site("Adviseur\nHet inhuurportaal van de regio is open"),
        None
    );
}

#[test]
fn an_export_head_over_a_labelled_portal_is_no_site() {
    assert_eq!(
        site("Veld;Waarde\nPortaal;DAS Reitdiep - inhuur Groningse gemeenten\n"),
        None
    );
    assert_eq!(
        site("Kop\nPortaal: DAS Reitdiep - inhuur Groningse gemeenten\n").as_deref(),
        Some("DAS Reitdiep")
    );
}
