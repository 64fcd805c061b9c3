//! The Wet DBA phrase tables, folded: phrases that exclude self-employed
//! bidders, that open the work to them, the negations that exclude them in
//! a sentence naming them, the clauses of a guarantee and the framing of
//! the work as independent. A new phrase is one entry here; `dba_phrases.rs`
//! finds them all in one pass and `dba.rs` weighs what it found.

/// Words that name self-employed people.
pub(super) const NAMES_ZZP: &[&str] = &[
    "zzp",
    "zelfstandige zonder personeel",
    "zelfstandigen",
    "self-employed",
    "freelancers",
];

/// "uitsluitend" or "alleen" with one of [`ONLY_ROUTE`] names the only
/// route into the work: "uitsluitend inhuur via detachering", "alleen
/// ingevuld via payroll".
pub(super) const ONLY_WORD: &[&str] = &["uitsluitend", "alleen"];

/// The employed routes ("wordt uitsluitend ingevuld via loondienst").
pub(super) const ONLY_ROUTE: &[&str] = &[
    "via detachering",
    "via payroll",
    "in loondienst",
    "via loondienst",
    "via payrolling",
    "op basis van detachering",
];

/// Who "is mogelijk" opens the work to: "inschrijving als zelfstandig
/// ondernemer (zzp) is nadrukkelijk mogelijk".
pub(super) const POSSIBLE_WHO: &[&str] = &[
    "zzp",
    "zelfstandig ondernemer",
    "zelfstandig professional",
    "een zelfstandige",
    "independent contractor",
    "independent professional",
];

/// Says a way in is possible (see [`POSSIBLE_WHO`]).
pub(super) const POSSIBLE: &[&str] = &[
    "is mogelijk",
    "nadrukkelijk mogelijk",
    "is toegestaan",
    "zijn toegestaan",
    "is toegelaten",
    // "geschikt voor een zelfstandig professional: je werkt
    // resultaatgericht", "leent zich voor een zelfstandige", "suits an
    // independent contractor"
    "is geschikt voor",
    "is uitdrukkelijk geschikt voor",
    "is nadrukkelijk geschikt voor",
    "is expliciet geschikt voor",
    "leent zich voor",
    "suits an",
    "is suitable for",
];

/// A route named as the only one without "alleen": "deze opdracht wordt
/// ingevuld op basis van detachering".
pub(super) const ROUTE_NAMED: &[&str] = &["ingevuld op basis van detachering"];

/// In a sentence naming ZZP'ers with a negation, a proof or condition
/// asked of the bidder, which makes it no ban: "… dient de inschrijver aan
/// te tonen dat er geen sprake is van schijnzelfstandigheid", "zzp'ers
/// toegestaan, mits de inschrijver waarborgt dat er geen dienstbetrekking
/// is". Words about employment itself ("dienstbetrekking") are not here: a
/// ban may give employment as its reason.
pub(super) const PROOF_ASKED: &[&str] = &[
    "aan te tonen",
    "aangetoond",
    "aantoont",
    "schijnzelfstandigheid",
    "garant",
    "modelovereenkomst",
    "dba-toets",
    "verkapt dienstverband",
    "waarborg",
    "geen gezagsverhouding",
    // "… als de leverancier garandeert dat er geen dienstbetrekking ontstaat"
    "garandeer",
    // "de inschrijver staat ervoor in dat bij inzet van een zzp'er geen
    // sprake is van een dienstbetrekking"
    // (and "vanwege de Wet DBA staat de inschrijver ervoor in dat …")
    "ervoor in dat",
    "er voor in dat",
    // "The supplier guarantees that deploying a self-employed professional
    // does not amount to (fictitious) employment"
    "guarantees that",
    "ensures that",
];

/// In a guarantee clause, the words that bind the bidder to something
/// about employment (or to prove it), where a clause naming only the law
/// ("Wet DBA") asks nothing.
pub(super) const BINDING_GUARANTEE: &[&str] = &[
    "dienstbetrekking",
    // "garandeert dat … geen sprake is van een (fictief) dienstverband"
    "dienstverband",
    "relationship of authority",
    "employment relationship",
    "outside of employment",
    "outside employment",
    "arbeidsrelatie",
    "onderbouwen",
    "aan te tonen",
    "modelovereenkomst",
    "dba-toets",
    "verkapt dienstverband",
    "garant",
    "staat ervoor in",
    "staat er voor in",
    "(fictitious) employment",
    "fictitious employment",
    // "… staat de inschrijver ervoor in dat er geen sprake is van
    // schijnzelfstandigheid" (the word alone binds no one: "de
    // Belastingdienst handhaaft op schijnzelfstandigheid")
    "ervoor in dat",
    "er voor in dat",
];

/// Phrases (folded) that exclude self-employed bidders on their own.
pub(super) const EXCLUDED: &[&str] = &[
    "niet wordt voldaan aan de criteria voor zelfstandigheid",
    "niet voldaan aan de criteria voor zelfstandigheid",
    "uitsluitend op basis van detachering",
    "uitsluitend via detachering",
    "uitsluitend via payroll",
    "uitsluitend detachering",
    "alleen detachering",
    // the verb parted: "De GGD sluit inzet van zzp'ers bij deze opdracht uit"
    "sluit inzet van zzp",
    "sluit de inzet van zzp",
    "sluit inzet van zelfstandigen",
    "sluit de inzet van zelfstandigen",
    // "De gemeente sluit zzp'ers bij deze opdracht uit"
    "sluit zzp'ers",
    "sluit zzp-ers",
    "sluit zelfstandigen",
    "alleen via detachering",
    "alleen via payroll",
    "geen zzp",
    "zzp'ers zijn uitgesloten",
    "zzp-ers zijn uitgesloten",
    "niet open voor zzp",
    "niet geschikt voor zzp",
    "alleen uitvoeren als je in loondienst",
    "alleen mogelijk voor professionals in loondienst",
    "alleen mogelijk in loondienst",
    "uitsluitend in loondienst",
    "alleen in loondienst",
    "zzp-er uitgesloten",
    "zzp'er uitgesloten",
    "zzp'er toegestaan: nee",
    "zzp toegestaan: nee",
    "zzp'ers toegestaan: nee",
    "zzp-er toegestaan: nee",
    "zzp mogelijk: nee",
    "zzp uitgesloten",
    "zzp'ers uitgesloten",
    "niet voor zzp",
    "als zelfstandige is niet mogelijk",
    "als zelfstandige niet mogelijk",
    "als zzp'er is niet mogelijk",
    "als zzp'er niet mogelijk",
    // English: "Secondment (detachering) or payroll only – no self-employed
    // (ZZP) workers"
    "no self-employed",
    "no freelancers",
    "no zzp",
    "secondment only",
    "payroll only",
    "only via secondment",
    "only through secondment",
    "only on secondment",
];

/// Phrases (folded) that open the work to self-employed bidders explicitly,
/// or frame it as paid for results, not hours: each alone is an
/// independent scope, and a sentence holding one excludes no one.
pub(super) const OPEN_TO_ZZP: &[&str] = &[
    "zzp of detachering",
    "detachering of zzp",
    "zzp/detachering",
    "detachering/zzp",
    "zzp/freelance mogelijk",
    // a kind of contract as a card gives it ("Soort: zzp / freelance")
    "zzp / freelance",
    "freelance / zzp",
    "op basis van een resultaatopdracht",
    "zelfstandig ondernemerschap staat voorop",
    "freelance/zzp mogelijk",
    "zzp mogelijk",
    "kan door een zzp'er worden uitgevoerd",
    "kan worden uitgevoerd door een zzp",
    "kan worden uitgevoerd door een zelfstandige",
    "kan door een zelfstandige worden uitgevoerd",
    // "… kan door een zelfstandige (zzp) worden uitgevoerd"
    "kan door een zelfstandige (zzp) worden uitgevoerd",
    "kan door een zelfstandige (zzp'er) worden uitgevoerd",
    "geschikt voor zelfstandigen",
    "geschikt voor een zelfstandige",
    "geschikt voor zelfstandige",
    // "Zzp is bij ons geen probleem"
    "zzp is geen probleem",
    "zzp is bij ons geen probleem",
    "zzp'ers zijn geen probleem",
    "zzp'er is geen probleem",
    "geschikt voor zzp",
    "alleen als zzp",
    "uitsluitend als zzp",
    "ook als zzp",
    "open voor zzp",
    "zzp'ers zijn welkom",
    "zzp'ers zijn van harte welkom",
    "zzp-ers zijn welkom",
    "op resultaatbasis",
    "op basis van opgeleverde resultaten",
    "niet afgerekend op basis van uren",
    // "Er wordt afgerekend op de opgeleverde producten, niet op de bestede uren."
    "niet op de bestede uren",
    "niet op bestede uren",
    "niet op de gewerkte uren",
    "niet op gewerkte uren",
    "afgerekend op de opgeleverde",
    "afgerekend op opgeleverde",
    "resultaatverplichting",
    "uitsluitend met zzp",
    "alleen met zzp",
    "alleen voor zelfstandigen",
    "alleen voor zzp",
    "freelancers (zzp)",
    "both freelancers",
    "freelancers are welcome",
    "open to freelancers",
    "open to independent professionals",
    "open to self-employed",
    "open to independent contractors",
    "self-employed professionals are welcome",
    "independent professionals (zzp)",
    "freelance or secondment",
    "zowel zzp als detachering",
    // "kun je zowel als zzp'er als via detachering worden ingezet"
    "zowel als zzp",
    "zowel als zelfstandige",
    // a hurried note's "zzp ok", "zzp: ok"
    "zzp ok",
    "zzp: ok",
    "zowel zzp'ers als",
    "zowel zzp-ers als",
    "zowel freelancers als",
    "zzp en detachering mogelijk",
    "freelance (zzp)",
    "freelancers als gedetacheerden",
    "zonder gezagsverhouding",
    // "de opdracht wordt zelfstandig en zonder gezag uitgevoerd"
    "zonder gezag ",
    // "… uitgevoerd door een zzp'er; er is geen sprake van aansturing"
    "geen sprake van aansturing",
    "geen sprake van een gezagsverhouding",
    "je mag als zzp'er inschrijven",
    // as in Dutch, work done without authority over it is open to a
    // ZZP'er, unless the bidder must vouch for it (`dba.rs`, OBLIGES)
    "without a relationship of authority",
    "open voor zelfstandigen",
    "open voor zelfstandig",
    "open voor zelfstandige professionals",
    "alleen open voor zelfstandige",
    "geschikt voor zzp",
    "zzp toegestaan: ja",
    "zzp toegestaan",
    "zzp'ers toegestaan",
    "functietype: freelance",
    "contractvorm: zzp",
    "contractvorm: freelance",
    "dienstverband: freelance",
    "type contract: freelance",
    "contract type: freelance",
    "zzp'ers en detacheerders welkom",
    "detacheerders en zzp'ers welkom",
    "zzp'ers en gedetacheerden welkom",
    "freelancers en detacheerders welkom",
    "bids from self-employed",
    "self-employed professionals (zzp) as well as",
    "freelancers can bid",
    "freelancers can apply",
    "freelancers may bid",
    "contract: freelance",
    // an agency that works with self-employed managers only
    "uitsluitend met zelfstandige",
    "alleen met zelfstandige",
    "open to self-employed professionals",
    "self-employed persons (zzp) may",
    "self-employed persons may",
    "self-employed professionals may",
    "self-employed (zzp) may",
    "open to self-employed",
    "zzp mag",
    "zzp'ers mogen",
    // "je kunt reageren als zelfstandige of via een bemiddelaar"
    "reageren als zelfstandige",
    "inschrijven als zelfstandige",
    // who does the work, said outright: "Je werkt als zelfstandige …",
    // "De opdracht wordt uitgevoerd door een zelfstandige professional",
    // "nadrukkelijk bedoeld voor een zelfstandige professional", "een
    // resultaatgerichte opdracht voor een zzp'er" ("niet bedoeld voor …"
    // opens nothing: `dba.rs`, opens)
    "werkt als zelfstandige",
    "werk je als zelfstandige",
    "uitgevoerd door een zelfstandige",
    "bedoeld voor een zelfstandige",
    "bedoeld voor zelfstandige",
    "bedoeld voor zzp",
    "bedoeld voor een zzp",
    "opdracht voor een zzp",
    "resultaatsverplichting",
];

/// Words that, in a sentence naming ZZP'ers without a negation, open the
/// work to them ("zzp'ers en detachering allebei welkom").
pub(super) const WELCOME: &[&str] = &[
    "welkom",
    "welcome",
    "beide mogelijk",
    "allebei mogelijk",
    // "Zzp'ers en gedetacheerden kunnen beiden reageren."
    "kunnen beiden reageren",
    "kunnen beide reageren",
    "kunnen allebei reageren",
    "mogen beiden reageren",
    "kunnen reageren",
    "mogen reageren",
    "may apply",
    "can apply",
];

/// Phrases (folded) of a sentence that says the stance is not known or
/// not given ("Het document zegt niets over de Wet DBA of over de inzet van
/// zzp'ers", "of het een zzp'er mag zijn … dat weet ik niet", "omdat er
/// geen beperking wordt genoemd"): it states none, whatever else it names.
pub(super) const UNSAID: &[&str] = &[
    "zegt niets over",
    "staat niets over",
    "niets vermeld over",
    "wordt niets gezegd over",
    "weet ik niet",
    "niet uit mijn hoofd",
    "nog niet bekend of",
    "is niet bekend of",
    "onbekend of",
    "geen beperking wordt genoemd",
    "says nothing about",
    // what the law is ("De Wet DBA bepaalt wanneer sprake is van een
    // dienstbetrekking"), not what this posting asks
    "bepaalt wanneer",
    "regelt wanneer",
];

/// Negations that, in a sentence naming ZZP'ers, exclude them.
pub(super) const NEGATIONS: &[&str] = &[
    " niet ",
    " geen ",
    " not ",
    "cannot",
    "uitgesloten",
    "niet toegestaan",
    "niet mogelijk",
];

/// Phrases (folded) of a guarantee clause.
pub(super) const GUARANTEE: &[&str] = &[
    "geen arbeidsovereenkomst of (fictieve) dienstbetrekking",
    "geen arbeidsovereenkomst of fictieve dienstbetrekking",
    "(fictieve) dienstbetrekking ontstaat",
    "fictieve dienstbetrekking",
    "(fictieve) dienstbetrekking",
    "geen sprake is van een dienstbetrekking",
    "geen sprake is van een arbeidsovereenkomst",
    "aannemelijk te maken en deugdelijk te onderbouwen",
    "geen arbeidsrelatie/dienstbetrekking",
    "geen arbeidsrelatie",
    "geen gezagsverhouding",
    "wet deregulering beoordeling arbeidsrelaties",
    "wet dba",
    "modelovereenkomst",
    "overtuigend aan te tonen",
    "staat er garant voor",
    "staat ervoor in",
    "staat er voor in",
    "ervoor in dat",
    "garandeert",
    "garant voor",
    "buiten dienstbetrekking",
    "schijnzelfstandigheid",
    "economisch verkeer gedragen als zelfstandig",
    "dba-toets",
    "verkapt dienstverband",
    "without a relationship of authority",
    "no relationship of authority",
    "false self-employment",
    "deemed employment",
    "bidder guarantees",
    "outside of an employment relationship",
    "outside an employment relationship",
    "outside of employment",
    "outside employment",
    "no employment relationship exists",
    "fictitious employment",
    "(fictitious) employment",
    "guarantees that no",
    "verklaring arbeidsrelatie",
    "geen dienstbetrekking ontstaat",
    "waarborgt dat er geen",
    "waarborgt dat geen",
    "waarborgen dat er geen",
    "waarborgen dat geen",
];

/// The framing of the work as independent, a table of its own.
pub(super) use super::dba_framing::INDEPENDENT;
