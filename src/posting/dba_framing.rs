//! The Wet DBA phrases (folded) that frame the work as independent and
//! result-driven ("zonder hiërarchische aansturing", "op resultaat
//! afgerekend"): each alone is an independent scope. The other stance
//! tables are in `dba_lexicon.rs`; `dba_phrases.rs` finds them all in one
//! pass.

/// Phrases (folded) that frame the work as independent and result-driven.
pub(super) const INDEPENDENT: &[&str] = &[
    "zelfstandige professional",
    "zelfstandig professional",
    "zelfstandig ondernemer",
    // "die resultaatgericht en zonder aansturing een advies oplevert"
    "zonder aansturing",
    "zonder hierarchische aansturing",
    // "Je voert de opdracht als zelfstandige uit: resultaatgericht, …"
    "opdracht als zelfstandige uit",
    "niet werkzaam in een hierarchische",
    "geen leiding aan medewerkers",
    "tijdelijk en resultaatgericht",
    "eigen deskundigheid",
    "zelfstandig plan van aanpak",
    "zelf hoe de opdracht wordt uitgevoerd",
    // "… die zelf bepaalt hoe het resultaat wordt bereikt; het waterschap
    // stuurt uitsluitend op op te leveren producten."
    "zelf bepaalt hoe",
    "stuurt uitsluitend op op te leveren",
    "niet bedoeld als structurele invulling",
    "niet op het vervullen van een reguliere functie",
    "zelfstandig en resultaatgericht",
    "bepaalt zelf de werkwijze",
    "bepaalt zelf hoe",
    "geen sprake van een gezagsverhouding",
    "zonder werkgeversgezag",
    "work independently",
    "clearly defined deliverables",
    "does not direct how",
    "bepaalt zelf je werkwijze",
    "bepaal je zelf je werkwijze",
    "eigen werkwijze bepaalt",
    "geen toezicht op de wijze",
    "op resultaat afgerekend",
    "afgerekend op resultaat",
    "resultaatgericht geformuleerd",
    "wordt daarop afgerekend",
    "zelf de werkwijze bepaalt",
    "opdracht is afgebakend",
    "afgebakend pakket",
    "zelfstandig uitvoert",
    "opdracht is resultaatgericht",
    "resultaatgericht uitgevoerd",
    "bepaalt zelf de wijze",
    "zelf de wijze van uitvoering",
    "geen gezagsverhouding",
    // no one above the worker, a bounded job done one's own way
    "zonder hierarchische aansturing",
    "zonder leidinggevende aansturing",
    "afgebakende opdracht",
    "op eigen wijze",
    "resultaatopdracht",
    "zelfstandig professional",
    // "op basis van een resultaatsafspraak", "zonder leiding en toezicht",
    // "zonder inhoudelijke aansturing", "een zelfstandige, resultaatgerichte
    // opdracht"
    "resultaatsafspraak",
    "resultaatafspraak",
    "zonder toezicht",
    "zonder leiding en toezicht",
    "zonder inhoudelijke aansturing",
    "resultaatgerichte opdracht",
    // "uitgevoerd als zelfstandige opdracht op basis van resultaat; er is
    // geen sprake van leiding en toezicht", "die op resultaat wordt
    // afgerekend: … bepaalt zelf de aanpak", "de gemeente stuurt alleen op
    // de afgesproken resultaten"
    "als zelfstandige opdracht",
    "geen sprake van leiding en toezicht",
    "op resultaat wordt afgerekend",
    "bepaalt zelf de aanpak",
    "stuurt alleen op de afgesproken resultaten",
];
