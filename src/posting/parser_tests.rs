//! Tests of what the parser takes for a posting (`parser.rs`).

/// A labelled title or a step of the procedure is a posting fact: such
/// a text is stored with warnings, never refused; a text without any
/// fact still is.
#[test]
fn a_labelled_title_or_a_questions_deadline_is_a_posting() {
    for t in [
        "Titel: Adviseur\nVragen stellen: t/m do 10/12/26, 16.00 uur\n",
        "Functie: Adviseur ruimtelijke ordening\n",
    ] {
        assert!(crate::posting::parse(t).is_ok(), "{t}");
    }
    assert!(crate::posting::parse("Hoi Anna, bel je me morgen even terug?\n").is_err());
}
