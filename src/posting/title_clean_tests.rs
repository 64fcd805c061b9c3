use super::clean;
use crate::posting::title_frame::without_site;

#[test]
fn a_breadcrumb_and_a_procedure_before_the_title_are_dropped() {
    assert_eq!(
        clean("Firefox – Beleidsadviseur Peilbeheer", None),
        "Beleidsadviseur Peilbeheer"
    );
    assert_eq!(
        clean("Adviseur Wmo — Mozilla Firefox", None),
        "Adviseur Wmo"
    );
    assert_eq!(
        clean(
            "Home/Aanvragen/Noord-Holland/Adviseur Multidisciplinair Oefenen",
            None
        ),
        "Adviseur Multidisciplinair Oefenen"
    );
    assert_eq!(
        clean(
            "Aanvragen/Gemeente Roosendaal/Medewerker Vergunningen APV",
            None
        ),
        "Medewerker Vergunningen APV"
    );
    assert_eq!(
        clean("Opdrachten ‣ Groningen ‣ Projectleider Versterking", None),
        "Projectleider Versterking"
    );
    assert_eq!(
        clean(
            "U bent hier: Werken bij / Inhuur / Toezichthouder Milieu Bedrijven",
            None
        ),
        "Toezichthouder Milieu Bedrijven"
    );
    assert_eq!(
        clean(
            "Meervoudig onderhandse offerteaanvraag inhuur Projectleider Centrumplan",
            None
        ),
        "Projectleider Centrumplan"
    );
    assert_eq!(clean("Adviseur Jeugd / Wmo", None), "Adviseur Jeugd / Wmo");
}

#[test]
fn the_kind_of_request_before_a_colon_is_dropped() {
    assert_eq!(
        clean("Inhuurverzoek: Adviseur Wonen", None),
        "Adviseur Wonen"
    );
    assert_eq!(
        clean("Fase 2: Adviseur Wonen", None),
        "Fase 2: Adviseur Wonen"
    );
    assert_eq!(
        clean("Inhuur Vergunningverlener milieu (Omgevingswet)", None),
        "Vergunningverlener milieu (Omgevingswet)"
    );
    assert_eq!(
        clean("Uitvraag inhuur Procesadviseur Zuiveringstechnologie", None),
        "Procesadviseur Zuiveringstechnologie"
    );
    assert_eq!(clean("Inhuur en inkoop", None), "Inhuur en inkoop");
    assert_eq!(
        clean(
            "Offerteaanvraag inhuur – Projectleider Openbaar Vervoer",
            None
        ),
        "Projectleider Openbaar Vervoer"
    );
}

#[test]
fn a_badge_or_a_reference_in_brackets_is_dropped() {
    assert_eq!(
        clean("NIEUW  Beleidsadviseur Jeugd en Onderwijs", None),
        "Beleidsadviseur Jeugd en Onderwijs"
    );
    assert_eq!(clean("Nieuw: Adviseur Wonen", None), "Adviseur Wonen");
    assert_eq!(clean("Nieuw: beleid", None), "Nieuw: beleid");
    assert_eq!(
        super::without_reference("Juridisch Adviseur (kenmerk ZST-2026-INH-083)"),
        "Juridisch Adviseur"
    );
}

#[test]
fn a_site_s_number_after_the_title_is_dropped() {
    assert_eq!(
        super::without_reference("Interim projectleider Arbeidsmigranten 12904"),
        "Interim projectleider Arbeidsmigranten"
    );
    assert_eq!(
        super::without_reference("Projectleider Verkiezingen 2027"),
        "Projectleider Verkiezingen 2027"
    );
}

#[test]
fn a_remark_or_the_clients_initials_in_brackets_are_dropped() {
    assert_eq!(
        clean("Beleidsadviseur Wonen (zo heet hij in de uitvraag)", None),
        "Beleidsadviseur Wonen"
    );
    assert_eq!(
        clean(
            "Toezichthouder Bodem en Afval (OFGV)",
            Some("Omgevingsdienst Flevoland & Gooi en Vechtstreek")
        ),
        "Toezichthouder Bodem en Afval"
    );
}

#[test]
fn the_client_in_brackets_after_the_role_is_dropped() {
    assert_eq!(
        clean(
            "Adviseur Vakbekwaamheid (Veiligheidsregio Twente)",
            Some("Veiligheidsregio Twente")
        ),
        "Adviseur Vakbekwaamheid"
    );
    assert_eq!(
        clean(
            "Adviseur Vakbekwaamheid (Brandweer)",
            Some("Veiligheidsregio Twente")
        ),
        "Adviseur Vakbekwaamheid (Brandweer)"
    );
}

#[test]
fn a_tender_call_prefix_is_dropped() {
    assert_eq!(
        super::clean("Call for tender – Interim Asset Manager", None),
        "Interim Asset Manager"
    );
}

#[test]
fn a_code_in_brackets_is_a_reference() {
    assert_eq!(
        super::without_reference("Jurist Wonen (OSS-2027-0031)"),
        "Jurist Wonen"
    );
    assert_eq!(
        super::without_reference("Adviseur (AVG/GDPR)"),
        "Adviseur (AVG/GDPR)"
    );
    assert_eq!(
        super::without_reference("OS-IH-2027-012  Jurist Wonen"),
        "Jurist Wonen"
    );
    assert_eq!(super::without_reference("OS-2027-12"), "OS-2027-12");
}

#[test]
fn where_or_for_whom_after_the_role_is_dropped() {
    assert_eq!(clean("Casemanager Wmo in Heerlen", None), "Casemanager Wmo");
    assert_eq!(
        clean(
            "Adviseur Risicobeheersing bij Veiligheidsregio Brabant-Zuidoost 🚒",
            None
        ),
        "Adviseur Risicobeheersing"
    );
    assert_eq!(
        clean(
            "Projectleider Wijkvernieuwing Zevenhuizen | Inhuurloods",
            None
        ),
        "Projectleider Wijkvernieuwing Zevenhuizen"
    );
    // a place that is the work's own subject stays
    assert_eq!(
        clean("Adviseur Wonen in de wijk", None),
        "Adviseur Wonen in de wijk"
    );
}

#[test]
fn labels_sections_hours_teams_and_quotes_around_a_title_are_dropped() {
    assert_eq!(
        clean("Role (as in the request): Data-analist Mobiliteit", None),
        "Data-analist Mobiliteit"
    );
    assert_eq!(
        clean("Role – Functionaris Gegevensbescherming (interim)", None),
        "Functionaris Gegevensbescherming (interim)"
    );
    assert_eq!(
        clean("Inhuuropdrachten / Projectleider Spoorzone", None),
        "Projectleider Spoorzone"
    );
    assert_eq!(
        clean("Klantmanager Schuldhulpverlening (28u)", None),
        "Klantmanager Schuldhulpverlening"
    );
    assert_eq!(
        clean("Adviseur Brandveiligheid · team Risicobeheersing", None),
        "Adviseur Brandveiligheid"
    );
    assert_eq!(
        clean(
            "Uitvraag inhuur \"Adviseur Waterkwaliteit en Ecologie\"",
            None
        ),
        "Adviseur Waterkwaliteit en Ecologie"
    );
    assert_eq!(
        clean(
            "Functie / rol: Klantmanager Inkomen (bijzondere bijstand)",
            None
        ),
        "Klantmanager Inkomen (bijzondere bijstand)"
    );
    assert_eq!(
        clean("Nieuwe opdracht voor jou: Adviseur Crisisbeheersing", None),
        "Adviseur Crisisbeheersing"
    );
    assert_eq!(
        clean(
            "[NIEUW] Projectleider Fietsroutes – Provincie Zeeland",
            None
        ),
        "Projectleider Fietsroutes"
    );
    assert_eq!(
        clean("[Inhuur] Kwaliteitsmedewerker Jeugd", None),
        "Kwaliteitsmedewerker Jeugd"
    );
    assert_eq!(
        clean(
            "New assignment matching your profile: Projectleider Woningbouw",
            None
        ),
        "Projectleider Woningbouw"
    );
    // a title that is not a label, a section or hours keeps its parts
    assert_eq!(
        clean("Rolmodel: Adviseur Wonen", None),
        "Rolmodel: Adviseur Wonen"
    );
    assert_eq!(clean("Wonen / Adviseur Wmo", None), "Wonen / Adviseur Wmo");
    // the client's abbreviation after the role, hours or not
    assert_eq!(
        clean(
            "Vergunningverlener Milieu – OMWB (36u/w)",
            Some("Omgevingsdienst Midden- en West-Brabant")
        ),
        "Vergunningverlener Milieu"
    );
    // not the name's capitals from its first: not its abbreviation
    assert_eq!(
        clean("Adviseur Geluid – HVB", Some("GGD Hart voor Brabant")),
        "Adviseur Geluid – HVB"
    );
    assert_eq!(
        clean("Adviseur Wonen (2 posities)", None),
        "Adviseur Wonen (2 posities)"
    );
}

#[test]
fn a_record_number_a_supplier_s_form_and_a_remark_are_not_the_title() {
    assert_eq!(
        clean(
            "Event #4471: Contractmanager Veerdienst Westerschelde",
            None
        ),
        "Contractmanager Veerdienst Westerschelde"
    );
    assert_eq!(
        clean("Aanbieding kandidaat - Adviseur Medische Milieukunde", None),
        "Adviseur Medische Milieukunde"
    );
    assert_eq!(
        clean(
            "Medewerker Terugvordering en Verhaal (zo staat ie in de aanvraag)",
            None
        ),
        "Medewerker Terugvordering en Verhaal"
    );
}

#[test]
fn what_became_of_the_request_is_not_the_title() {
    assert_eq!(
        clean("HEROPEND – Projectleider Wonen en Dorpsontwikkeling", None),
        "Projectleider Wonen en Dorpsontwikkeling"
    );
    assert_eq!(
        clean(
            "Tweede ronde: Beleidsmedewerker Participatie en Inburgering",
            None
        ),
        "Beleidsmedewerker Participatie en Inburgering"
    );
    assert_eq!(
        clean("Inhuurverzoek Adviseur Bevolkingszorg", None),
        "Adviseur Bevolkingszorg"
    );
}

#[test]
fn a_client_glued_on_after_a_bracket() {
    assert_eq!(
        clean("Regisseur Jeugdhulp (interim)Gemeente Leeuwarden", None),
        "Regisseur Jeugdhulp (interim)"
    );
}

#[test]
fn the_site_s_name_beside_the_title_and_a_builder_s_spacing_go() {
    assert_eq!(
        without_site(
            "Beleidsadviseur Openbare Orde | Bataviahaven Interim",
            "Bataviahaven Interim"
        ),
        "Beleidsadviseur Openbare Orde"
    );
    assert_eq!(
        without_site(
            "Bataviahaven Interim – Adviseur Wonen",
            "Bataviahaven Interim"
        ),
        "Adviseur Wonen"
    );
    assert_eq!(
        without_site("Adviseur Wonen - Team Noord", "Bataviahaven Interim"),
        "Adviseur Wonen - Team Noord"
    );
    assert_eq!(
        clean("Projectleider  Openbare Ruimte", None),
        "Projectleider Openbare Ruimte"
    );
}

#[test]
fn a_links_number_after_a_title_is_no_part_of_it() {
    assert_eq!(
        clean("ADVISEUR KLIMAATADAPTATIE [3]", None),
        "ADVISEUR KLIMAATADAPTATIE"
    );
    assert_eq!(clean("Adviseur [12", None), "Adviseur");
    assert_eq!(clean("Adviseur team 3", None), "Adviseur team 3");
}

#[test]
fn a_file_names_extension_is_no_part_of_a_title() {
    assert_eq!(
        clean("Vergunningverlener Water.pdf", None),
        "Vergunningverlener Water"
    );
    assert_eq!(clean("Adviseur (Wmo).DOCX", None), "Adviseur (Wmo)");
    // a word that only ends so stays
    assert_eq!(clean("Adviseur .pdf", None), "Adviseur .pdf");
}

#[test]
fn a_badge_before_a_title_is_no_part_of_it() {
    assert_eq!(
        clean(
            "Eerst intern: Projectleider Strategische Personeelsplanning",
            None
        ),
        "Projectleider Strategische Personeelsplanning"
    );
    assert_eq!(
        clean(
            "Eerst intern | Informatiecoördinator Bevolkingszorg (interim)",
            None
        ),
        "Informatiecoördinator Bevolkingszorg (interim)"
    );
    // a role that begins so stays
    assert_eq!(clean("Nieuwbouwcoördinator", None), "Nieuwbouwcoördinator");
}

#[test]
fn a_title_cut_short_glued_to_itself_in_full() {
    assert_eq!(
        clean(
            "Assetmanager waterkeringen…Assetmanager waterkeringen (primaire en regionale keringen)",
            None
        ),
        "Assetmanager waterkeringen (primaire en regionale keringen)"
    );
}
