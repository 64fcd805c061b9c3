//! The words a site's export uses for a posting's facts, in the JSON and XML
//! readers' shared table: keys (lowercase, without `_`, `-` and spaces) and
//! the label each gets, the order a page gives the labels in, and the keys
//! of the client, the criteria lists, the description, what is left out and
//! how many are invited. A new site's key is one word here.

/// Keys (lowercase, without `_` and `-`) and the label their value gets.
pub(super) const LABELLED: &[(&[&str], &str)] = &[
    (
        &[
            "title",
            "titel",
            "functietitel",
            "jobtitle",
            "functie",
            "opdrachtnaam",
            "positiontitle",
        ],
        "Titel",
    ),
    (
        &[
            "reference",
            "referentie",
            "referencenumber",
            "aanvraagnummer",
            "requestnumber",
            "kenmerk",
            "vacancynumber",
            "externalid",
            "referentienummer",
            "positionid",
        ],
        "Aanvraagnummer",
    ),
    (
        &[
            "region",
            "regio",
            "province",
            "provincie",
            "statename",
            "state",
            "countrysubdivision",
            "countrysubdivisioncode",
        ],
        "Regio",
    ),
    (
        &[
            "location",
            "locatie",
            "city",
            "plaats",
            "standplaats",
            "werklocatie",
            "cityname",
        ],
        "Locatie",
    ),
    (
        &["start", "startdate", "startdatum", "begindatum"],
        "Startdatum",
    ),
    (
        &["end", "enddate", "einddatum", "eind", "einde"],
        "Einddatum",
    ),
    (
        &[
            "hoursperweek",
            "hours",
            "urenperweek",
            "uren",
            "hoursweekly",
        ],
        "Uren per week",
    ),
    (
        &[
            "maxhourly",
            "maxrate",
            "maxhourlyrate",
            "maximumrate",
            "maxtarief",
            "maximumtarief",
            "maximaaluurtarief",
            "tariefmax",
            "uurtariefmax",
            "maxuurtarief",
        ],
        "Maximaal uurtarief",
    ),
    (
        &[
            "tarief",
            "uurtarief",
            "rate",
            "hourlyrate",
            "salary",
            "remunerationpackage",
            "remuneration",
        ],
        "Tarief",
    ),
    (
        &[
            "salaryscale",
            "scale",
            "schaal",
            "functieschaal",
            "payscale",
        ],
        "Schaal",
    ),
    (
        &[
            "closesat",
            "deadline",
            "closingdate",
            "sluitingsdatum",
            "deadlineat",
            "closes",
            "applicationdeadline",
            "closingat",
            "closeat",
            "reagerentot",
            "sluiting",
            "applicationclosedate",
            "closingdatetime",
        ],
        "Sluitingsdatum",
    ),
    (
        &[
            "questionsuntil",
            "questionsdeadline",
            "vragentot",
            "deadlinequestions",
            "vragen",
        ],
        "Vragen stellen tot",
    ),
    (
        &[
            "answerspublishedon",
            "answerspublished",
            "notavaninlichtingen",
            "answersat",
            "answersdate",
            "nvi",
        ],
        "Nota van inlichtingen",
    ),
    (
        &[
            "interviewdates",
            "interviews",
            "gesprekken",
            "interviewdate",
            "gespreksdata",
        ],
        "Gesprekken",
    ),
    (&["interviewtime", "gesprekstijd"], "Tijd gesprekken"),
    (
        &[
            "publishedat",
            "published",
            "publicationdate",
            "publicatiedatum",
            "date",
            "dateposted",
            "pubdate",
            "postedat",
            "postingdate",
        ],
        "Publicatiedatum",
    ),
    // the site that published it (a job feed's `<publisher>`)
    (&["publisher", "platform", "sitename"], "Platform"),
];
/// The labels in the order a page gives them.
pub(super) const ORDER: &[&str] = &[
    "Platform",
    "Titel",
    "Aanvraagnummer",
    "Opdrachtgever",
    "Publicatiedatum",
    "Regio",
    "Locatie",
    "Startdatum",
    "Einddatum",
    "Uren per week",
    "Maximaal uurtarief",
    "Tarief",
    "Schaal",
    "Sluitingsdatum",
    "Vragen stellen tot",
    "Nota van inlichtingen",
    "Gesprekken",
    "Tijd gesprekken",
];
/// Keys of the client, an object whose name is the organisation.
pub(super) const CLIENT: &[&str] = &[
    "client",
    "organisation",
    "organization",
    "opdrachtgever",
    "buyer",
    "employer",
    "hiringorganization",
    "klant",
    "company",
    "organisatie",
    "organizationname",
    "organisationname",
    "partyname",
];
pub(super) const KNOCKOUT: &[&str] = &[
    "knockoutcriteria",
    "knockouts",
    "knockout",
    "requirements",
    "eisen",
    "vereisten",
    "musthaves",
    "kocriteria",
    "hardeeisen",
];
pub(super) const AWARD: &[&str] = &[
    "awardcriteria",
    "gunningscriteria",
    "gunning",
    "selectioncriteria",
    "wensen",
    "award",
    "awards",
    "nicetohaves",
    "nicetohave",
    "wishes",
    "selectiecriteria",
];
pub(super) const DESCRIPTION: &[&str] = &[
    "description",
    "content",
    "body",
    "omschrijving",
    "beschrijving",
    "summary",
    "note",
    "requirements",
    "eisen",
];
/// Keys whose values are other postings or people, never this posting's facts.
pub(super) const SKIPPED: &[&str] = &[
    "related",
    "similar",
    "others",
    "contact",
    "contacts",
    "recruiter",
    "links",
    "meta",
    "gerelateerd",
    "vergelijkbaar",
    "recommended",
];
/// Keys of how many candidates are invited to an interview.
pub(super) const INVITED: &[&str] = &[
    "uitnodigen",
    "uittenodigen",
    "invited",
    "shortlist",
    "aantaluitnodigen",
    "candidatesinvited",
];
