//! The tables the generator draws from: roles, municipalities with their
//! province, criteria and the phrases of each DBA stance.

/// Dutch municipal interim roles.
pub const ROLES: &[&str] = &[
    "Coördinator Vluchtelingenopvangbeleid",
    "Coördinator welzijn",
    "Wijkcoördinator",
    "Klantmanager Inburgering en Participatie",
    "Adviseur/Projectleider Sociaal Domein Integraal werken",
    "Beleidsadviseur Wmo en Jeugd",
    "Beleidsmedewerker Duurzaamheid",
    "Projectleider Omgevingswet",
    "Jurist Bezwaar en Beroep",
    "Senior Vergunningverlener Wabo",
    "Toezichthouder Bouw- en Woningtoezicht",
    "Medewerker Burgerzaken",
    "Contractmanager Sociaal Domein",
    "Programmamanager Energietransitie",
    "Informatiemanager",
    "Functioneel Beheerder Zaaksysteem",
    "Financieel Adviseur Planning & Control",
    "Strategisch Adviseur Ruimtelijke Ordening",
    "Casemanager Schuldhulpverlening",
    "Consulent Werk en Inkomen",
    "Teamleider Klantcontactcentrum",
    "Interim Manager Bedrijfsvoering",
    "Communicatieadviseur",
    "Privacy Officer (FG)",
    "Inkoopadviseur",
    "Leerplichtambtenaar",
    "Handhaver Openbare Ruimte (BOA)",
    "Regisseur Jeugdhulp",
    "Procesregisseur Vergunninghouders",
    "Adviseur Openbare Orde en Veiligheid",
    "Projectsecretaris Woningbouwversnelling",
    "Medewerker Basisregistratie Personen (BRP)",
    "Kwaliteitsmedewerker Wmo",
    "Beleidsadviseur Economische Zaken",
    "Accountmanager Werkgeversdienstverlening",
    "Hoofd Financiën a.i.",
    "Adviseur Arbeidsmarktregio",
    "Gebiedsregisseur Centrum",
];

/// A suffix some titles carry.
pub const TITLE_SUFFIXES: &[&str] = &[
    "",
    "",
    "",
    " Wijk Noord",
    " (32 uur)",
    " sociaal domein",
    " - Team Dienstverlening",
];

/// Municipalities with the province as the parser names it, and how a
/// posting may write that province.
pub const MUNICIPALITIES: &[(&str, &str, &[&str])] = &[
    ("Groningen", "Groningen", &["Groningen"]),
    ("Het Hogeland", "Groningen", &["Groningen"]),
    ("Midden-Groningen", "Groningen", &["Groningen"]),
    ("Leeuwarden", "Friesland", &["Friesland", "Fryslân"]),
    ("Súdwest-Fryslân", "Friesland", &["Fryslân", "Friesland"]),
    ("Heerenveen", "Friesland", &["Friesland"]),
    ("Assen", "Drenthe", &["Drenthe"]),
    ("Emmen", "Drenthe", &["Drenthe"]),
    ("Zwolle", "Overijssel", &["Overijssel"]),
    ("Enschede", "Overijssel", &["Overijssel"]),
    ("Deventer", "Overijssel", &["Overijssel"]),
    ("Almere", "Flevoland", &["Flevoland"]),
    ("Lelystad", "Flevoland", &["Flevoland"]),
    ("Noordoostpolder", "Flevoland", &["Flevoland"]),
    ("Heerde", "Gelderland", &["Gelderland"]),
    ("Arnhem", "Gelderland", &["Gelderland"]),
    ("Nijmegen", "Gelderland", &["Gelderland"]),
    ("Berg en Dal", "Gelderland", &["Gelderland"]),
    ("Nieuwegein", "Utrecht", &["Utrecht"]),
    ("Amersfoort", "Utrecht", &["Utrecht"]),
    ("Utrechtse Heuvelrug", "Utrecht", &["Utrecht"]),
    (
        "Hilversum",
        "Noord-Holland",
        &["Noord-Holland", "Noord Holland"],
    ),
    ("Haarlem", "Noord-Holland", &["Noord-Holland"]),
    ("Zaanstad", "Noord-Holland", &["Noord-Holland"]),
    ("Den Helder", "Noord-Holland", &["Noord-Holland"]),
    (
        "Rotterdam",
        "Zuid-Holland",
        &["Zuid-Holland", "Zuid Holland"],
    ),
    ("Leiden", "Zuid-Holland", &["Zuid-Holland"]),
    ("Alphen aan den Rijn", "Zuid-Holland", &["Zuid-Holland"]),
    ("Capelle aan den IJssel", "Zuid-Holland", &["Zuid-Holland"]),
    ("Middelburg", "Zeeland", &["Zeeland"]),
    ("Vlissingen", "Zeeland", &["Zeeland"]),
    ("Schouwen-Duiveland", "Zeeland", &["Zeeland"]),
    (
        "Eindhoven",
        "Noord-Brabant",
        &["Noord-Brabant", "Noord Brabant"],
    ),
    ("Tilburg", "Noord-Brabant", &["Noord-Brabant"]),
    ("Bergen op Zoom", "Noord-Brabant", &["Noord-Brabant"]),
    ("'s-Hertogenbosch", "Noord-Brabant", &["Noord-Brabant"]),
    ("Maastricht", "Limburg", &["Limburg"]),
    ("Venlo", "Limburg", &["Limburg"]),
    ("Sittard-Geleen", "Limburg", &["Limburg"]),
];

pub const EDUCATION: &[&str] = &["HBO", "HBO+", "WO", "MBO", "MBO+"];

pub const KNOCKOUT: &[&str] = &[
    "Aantoonbaar afgeronde opleiding op minimaal HBO bachelor niveau",
    "Minimaal 3 jaar aantoonbare werkervaring binnen een gemeentelijke organisatie",
    "Aantoonbare werkervaring met strategische coördinatie of procesregie",
    "Aantoonbare werkervaring met bestuurlijke advisering binnen of rond een overheidsorganisatie",
    "Aantoonbare kennis van opvang, huisvesting, integratie of sociaal domein, benoem duidelijk waar deze kennis is opgedaan in het cv",
    "Minimaal 5 jaar aantoonbare werkervaring als coördinator en/of manager binnen het Sociaal Domein",
    "Aantoonbare werkervaring met het creëren van overzicht en structuur binnen een organisatie",
    "Kandidaat is per direct beschikbaar voor de gehele duur van de opdracht",
    "Aantoonbare werkervaring met de Omgevingswet en het Digitaal Stelsel Omgevingswet",
    "Aantoonbare kennis van de Participatiewet en de Wet inburgering 2021",
    "Het cv is maximaal 5 pagina's en in het Nederlands opgesteld",
    "Aantoonbare werkervaring met zaakgericht werken",
];

pub const AWARD: &[&str] = &[
    "Aantoonbare werkervaring als adviseur binnen het sociaal domein bij een gemeente",
    "Aantoonbare werkervaring met bestuurlijke advisering",
    "Aantoonbare kennis van vluchtelingenbeleid en -opvang, huisvesting en sociaal domein",
    "Aantoonbare werkervaring met samenwerkingspartners op het gebied van welzijn (zorgaanbieders en woningcorporaties)",
    "Kandidaat heeft aantoonbare werkervaring in projectmatig werken of veranderopgaven",
    "Aantoonbare werkervaring met het omzetten van beleid naar concrete projecten en resultaten (benoem separaat en beknopt een voorbeeld in het cv)",
    "Aantoonbare werkervaring bij een gemeente met meer dan 50.000 inwoners in de afgelopen 5 jaar",
    "Aantoonbare werkervaring met community building",
    "Aantoonbare werkervaring met het opstellen van collegevoorstellen en raadsinformatiebrieven",
    "Aantoonbare werkervaring met Lean of een vergelijkbare verbetermethodiek",
    "Aantoonbare ervaring met het begeleiden van inwoners naar werk",
    "Aantoonbare werkervaring in een politiek-bestuurlijk gevoelige omgeving",
];

pub const COMPETENCES: &[&str] = &[
    "Omgevingssensitief",
    "Resultaatgericht",
    "Analytisch",
    "Verbindend",
    "Klantgericht",
    "Flexibel",
    "Overtuigend",
    "Samenwerken",
];

/// Sentences that exclude self-employed bidders (one is enough).
pub const DBA_EXCLUDED: &[&str] = &[
    "Dit betekent dat niet wordt voldaan aan de criteria voor zelfstandigheid zoals vereist onder de Wet Deregulering Beoordeling Arbeidsrelaties (Wet DBA).",
    "Inschrijven als zzp'er is niet mogelijk; deze opdracht wordt uitsluitend via detachering ingevuld.",
    "Deze opdracht is niet open voor zzp'ers.",
    "De opdracht wordt uitsluitend op basis van detachering ingevuld.",
    "Inschrijving is alleen via payroll of detachering toegestaan.",
    "ZZP'ers zijn uitgesloten van deelname aan deze opdracht.",
];

/// Guarantee clauses (one is enough).
pub const DBA_GUARANTEE: &[&str] = &[
    "De opdrachtnemer waarborgt dat geen arbeidsovereenkomst of (fictieve) dienstbetrekking ontstaat tussen de opdrachtgever en de kandidaat.",
    "De inschrijver dient aannemelijk te maken en deugdelijk te onderbouwen dat er geen sprake is van een dienstbetrekking.",
    "Met het verstrekken van de opdracht mag géén arbeidsrelatie/dienstbetrekking tot stand komen tussen de gemeente en de opdrachtnemer.",
    "Tussen de gemeente en de kandidaat ontstaat geen arbeidsrelatie; de inschrijver staat hiervoor in.",
];

/// Phrases framing the work as independent (two or more make the stance).
pub const DBA_INDEPENDENT: &[&str] = &[
    "Deze opdracht is bedoeld voor een zelfstandige professional.",
    "De opdrachtnemer voert de opdracht uit op basis van eigen deskundigheid.",
    "De opdrachtnemer werkt vanuit een zelfstandig plan van aanpak.",
    "De opdracht is tijdelijk en resultaatgericht.",
    "De opdrachtnemer is niet werkzaam in een hiërarchische functie binnen de gemeentelijke organisatie.",
    "De opdrachtnemer geeft geen leiding aan medewerkers van de gemeente.",
    "De opdracht is niet bedoeld als structurele invulling van formatieruimte.",
];

/// Neutral prose for the assignment section (no dates, amounts or signals).
pub const PROSE: &[&str] = &[
    "Je werkt in een klein team van betrokken collega's en hebt veel contact met ketenpartners.",
    "De afdeling staat voor een flinke opgave: de dienstverlening aan inwoners moet eenvoudiger en sneller.",
    "Je brengt overzicht aan in lopende dossiers, signaleert knelpunten en adviseert over vervolgstappen.",
    "Samen met beleid en uitvoering zorg je voor heldere afspraken en een goede overdracht.",
    "Je bereidt adviezen, memo's en collegevoorstellen voor en onderhoudt contacten met partners in de regio.",
    "We werken hybride: deels op het gemeentehuis en deels thuis.",
    "De organisatie is volop in ontwikkeling en zoekt iemand die energie krijgt van verandering.",
    "Vluchtelingenopvangbeleid, huisvesting van vergunninghouders en inburgering komen in deze opdracht samen.",
    "Je denkt actief mee over de toekomstige inrichting van het Klantcontactcentrum.",
];
