use super::*;
use crate::posting::labels::candidates;
use crate::posting::lines::split_lines;

fn title(text: &str) -> Option<String> {
    let lines = split_lines(text);
    from_lines(
        text,
        &lines,
        &candidates(&lines),
        Some("Gemeenteprojecten"),
        Some("Houten"),
    )
}

#[test]
fn chrome_is_skipped() {
    assert_eq!(
        title(
            "Logo van Gemeente Amsterdam\n\nInkomen - Projectmanager\n\nAmstel 1, 1011 PN Amsterdam"
        )
        .as_deref(),
        Some("Inkomen - Projectmanager")
    );
    assert_eq!(
        title("Gemeenteprojecten\n\nFreelance projectleider (zzp)\n").as_deref(),
        Some("Freelance projectleider (zzp)")
    );
    // the site's name with its owner after a bar
    assert_eq!(
        title("Gemeenteprojecten | Regio Houten\n\nInhuuropdracht\n\nAdviseur Wonen\n").as_deref(),
        Some("Adviseur Wonen")
    );
    assert_eq!(
        title("image\nGelderland\n36 uur p/w\nJurist RO").as_deref(),
        Some("Jurist RO")
    );
    let menu = "Opdrachten  Werken bij  Expertises  Contact\nSenior Informatieadviseur\n";
    assert_eq!(title(menu).as_deref(), Some("Senior Informatieadviseur"));
    assert_eq!(
        title("-----\nProgrammamanager\n").as_deref(),
        Some("Programmamanager")
    );
    assert_eq!(
        title("📄 Geoloog Bodem\n\nKlant\tGemeente X\nOverzicht\n").as_deref(),
        Some("Geoloog Bodem")
    );
}

#[test]
fn mail_headers_and_client_lines_are_no_title() {
    assert_eq!(
        title("Van: Kompas <a@b.nl>\nOnderwerp: Uitgelicht: Teamleider (Westland)\n\nTeamleider Vergunningen\n").as_deref(),
        Some("Teamleider Vergunningen")
    );
    assert_eq!(
        title("Interim Policy Advisor Heat Transition\nfor the Municipality of Utrecht\n")
            .as_deref(),
        Some("Interim Policy Advisor Heat Transition")
    );
}

#[test]
fn a_role_opened_by_an_icon_under_a_message_header() {
    let chat = "Vacaturekanaal Noord 📢, [03.02.27 09:10]\n🆕 NIEUW – Gemeente X\n\n💼 Senior Jurist Omgevingsrecht\n📍 Assen\n\nWat ga je doen?\nJe adviseert.";
    assert_eq!(title(chat).as_deref(), Some("Senior Jurist Omgevingsrecht"));
    let card = "Opdrachten › Drenthe\n\n▸ Regisseur Wonen\nAssen | 24 uur\n[ Bekijk opdracht ▾ ]\n";
    assert_eq!(title(card).as_deref(), Some("Regisseur Wonen"));
}

#[test]
fn provisional_titles() {
    assert_eq!(
        provisional(Some("https://x.nl/opdracht/projectleider-woo/123"), &[]).as_deref(),
        Some("Projectleider woo")
    );
    assert_eq!(
        provisional(
            None,
            &["Met het verstrekken van de opdracht mag géén arbeidsrelatie ontstaan.".into()]
        )
        .as_deref(),
        Some("Met het verstrekken van de opdracht mag géén arbeidsrelatie ontstaan")
    );
}

#[test]
fn a_page_in_small_letters_has_its_title_in_them() {
    assert_eq!(
        title(
            "randstad professionals\nvacatures\nwerkgevers\nover ons\nconsulent bijzondere bijstand\nconsulent bijzondere bijstand\nDordrecht, Zuid-Holland\nopdrachtgever: Sociale Dienst\nstartdatum: 1 februari 2027\n"
        )
        .as_deref(),
        Some("consulent bijzondere bijstand")
    );
    // a capitalised page keeps its small-letter prose out of the title
    assert_eq!(
        title("Inhuur\n\nadviseur wonen\n\nJurist Wonen\n\nStart: 1 maart 2027\n").as_deref(),
        Some("Jurist Wonen")
    );
}

#[test]
fn a_word_below_the_title_is_its_tail_only_where_it_ends_it() {
    // a strip split into its items, a card's property, a closed bracket
    assert_eq!(
        title("Projectleider Beekherstel Geleenbeek\nRoermond\nWatersystemen\n24 - 32 uur\n")
            .as_deref(),
        Some("Projectleider Beekherstel Geleenbeek")
    );
    assert_eq!(
        title("Sociaal-verpleegkundige Tbc-bestrijding (interim)\nInfectieziektebestrijding\n\nDe opdracht")
            .as_deref(),
        Some("Sociaal-verpleegkundige Tbc-bestrijding (interim)")
    );
    // a title cut after a small word goes on, whatever follows
    assert_eq!(
        title("Beleidsadviseur Openbare Orde en\nVeiligheid\nReferentie SG-1\n").as_deref(),
        Some("Beleidsadviseur Openbare Orde en Veiligheid")
    );
}

#[test]
fn a_date_or_code_below_and_a_slip_short_name_are_not_the_title() {
    assert_eq!(
        title("Projectleider Energietransitie Bedrijventerreinen\ngeplaatst 2 december 2026\n\nOpdrachtgever: Gemeente Goeree-Overflakkee\n").as_deref(),
        Some("Projectleider Energietransitie Bedrijventerreinen")
    );
    assert_eq!(
        title("TIJDELIJKE OPDRACHT\nConsulent Leerplicht en RMC\n\nDe consulent neemt een caseload over.\n\nAdviseur Jeugd\n\nConsulent Leerplicht\n\nConsulent Leerplicht\n").as_deref(),
        Some("Consulent Leerplicht en RMC")
    );
}

#[test]
fn a_mail_quotes_the_request_as_an_indented_card() {
    let mail = "Van: Inkoop <noreply@x.nl>\nOnderwerp: Ontvangstbevestiging\n\nGeachte heer Jansen,\n\nWij hebben uw aanbieding ontvangen op 5 december.\nHieronder de aanvraag waarop u heeft gereageerd.\n\n  Beleidsadviseur Duurzaamheid (Energietransitie)\n  VEN-2026-071 | Venray (Limburg) | 28-32 uur p/w\n";
    assert_eq!(
        title(mail).as_deref(),
        Some("Beleidsadviseur Duurzaamheid (Energietransitie)")
    );
}

#[test]
fn an_app_s_name_on_the_first_line_is_no_title() {
    assert_eq!(
        title("Recorder\nOpname 4 dec. 2026 · 08:12\nProjectleider Vrijetijdseconomie\n")
            .as_deref(),
        Some("Projectleider Vrijetijdseconomie")
    );
}

#[test]
fn a_phone_wrapped_title_runs_down_to_the_client() {
    let page = |title: &str| {
        let mut t = format!("Opdrachtduin\n‹ Terug\n{title}\nGemeente Houten\nUtrecht\n");
        for i in 0..14 {
            t.push_str(&format!("Regel {i} van de pagina\n"));
        }
        t
    };
    assert_eq!(
        title(&page(
            "Adviseur Openbare\nVerlichting en Slimme\nLantaarnpalen"
        ))
        .as_deref(),
        Some("Adviseur Openbare Verlichting en Slimme Lantaarnpalen")
    );
    // a wide page's subtitle is no part of its title
    let wide = page("Senior Beleidsmedewerker\nWonen en Woningbouw").replace(
        "Regel 1 van de pagina",
        &"Een lange regel tekst over de opdracht en wat die vraagt. ".repeat(3),
    );
    let wide = wide.replace(
        "Regel 2 van de pagina",
        &"Nog een lange regel tekst over de opdracht en de inzet. ".repeat(3),
    );
    let wide = wide.replace(
        "Regel 3 van de pagina",
        &"En een derde lange regel tekst over de opdracht hier. ".repeat(3),
    );
    assert_eq!(title(&wide).as_deref(), Some("Senior Beleidsmedewerker"));
}

/// A contact's role and name is no title; the kind of request before a
/// role is no label; a labelled title wrapped after a joining word goes on.
#[test]
fn contacts_request_heads_and_wrapped_titles() {
    assert_eq!(
        title("Offerte O-2026-0291\nAccountmanager: Henk Veenstra\n\nTeamleider VTH a.i.\n")
            .as_deref(),
        Some("Teamleider VTH a.i.")
    );
    assert_eq!(
        title("Stadsbeeld Interim\n\nInhuur: Projectmanager Huisvesting Onderwijs (IHP)\nApeldoorn, Gelderland\n").as_deref(),
        // the kind of request goes when the title is cleaned
        Some("Inhuur: Projectmanager Huisvesting Onderwijs (IHP)")
    );
    assert_eq!(
        title("ID: 1287\n\nFunctietitel\nKwartiermaker Inkoop Jeugdhulp en\nWmo (regio Flevoland)\n\nOrganisatie\nGemeente Lelystad\n").as_deref(),
        Some("Kwartiermaker Inkoop Jeugdhulp en Wmo (regio Flevoland)")
    );
}
