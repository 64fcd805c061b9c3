//! Whether a line names a role (the words of Dutch and English job
//! titles) or a person (a contact's name beside a role), for picking a
//! posting's title among its first lines.

use super::normalize::fold;
use super::title_clean::without_reference;

/// Words of Dutch (and English) job titles.
const ROLE_WORDS: &[&str] = &[
    "adviseur",
    "advisor",
    "projectleider",
    "projectmanager",
    "manager",
    "leider",
    "coordinator",
    "consulent",
    "jurist",
    "specialist",
    "medewerker",
    "beheerder",
    // "Projectbeheerser", "Contractbeheerser"
    "beheerser",
    "inkoper",
    "engineer",
    "architect",
    "analist",
    "analyst",
    "secretaris",
    "directeur",
    "regisseur",
    "controller",
    "planner",
    "officer",
    "developer",
    "ontwikkelaar",
    "toezichthouder",
    "handhaver",
    "vergunningverlener",
    "kwartiermaker",
    "griffier",
    "assistent",
    "ondersteuner",
    "trainer",
    "casemanager",
    "klantmanager",
    "coach",
    "hulpverlener",
    "directievoerder",
    "opzichter",
    "inspecteur",
    "auditor",
    "accountant",
    "administrateur",
    "scrum master",
    "product owner",
    "teamleider",
    "teammanager",
    "voorzitter",
    "ecoloog",
    "planoloog",
    "stedenbouwkundige",
    "communicatie",
    "beleidsmedewerker",
    "projectsecretaris",
    "programmamanager",
    "consultant",
    "expert",
    "deskundige",
    "lead",
    "functioneel",
    "ambtenaar",
    "hoofd ",
    "projectondersteuner",
    "voorbereider",
    "uitvoerder",
    "kundige",
    "begeleider",
    "tekenaar",
    "ontwerper",
    "calculator",
    "onderzoeker",
    "redacteur",
    "woordvoerder",
    "strateeg",
    "functionaris",
    // the health and care roles of a GGD or a wijkteam
    "jeugdarts",
    "bedrijfsarts",
    "epidemioloog",
    "psycholoog",
    "pedagoog",
    "archivaris",
    "taxateur",
    "landmeter",
    "registrator",
];

/// Whether a value is a person's name: two to four capitalised words,
/// initials or a title of address ("Henk Veenstra", "mw. R. Lubbers",
/// "J. de Vries"), and no role.
pub(super) fn is_person(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let particles = [
        "de", "van", "der", "den", "het", "ter", "ten", "mw.", "dhr.", "mevr.",
    ];
    (2..=5).contains(&words.len())
        && !names_a_role(text)
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase) || particles.contains(&w.to_lowercase().as_str())
        })
        && words.iter().any(|w| {
            w.chars().count() >= 3 && w.starts_with(char::is_uppercase) && !w.ends_with('.')
        })
        && !text.contains(|c: char| c.is_ascii_digit() || "()&/|,".contains(c))
}

pub(super) fn names_a_role(text: &str) -> bool {
    let f = fold(&without_reference(text));
    text.chars().count() <= 100 && !f.contains(". ") && ROLE_WORDS.iter().any(|w| f.contains(w))
}
