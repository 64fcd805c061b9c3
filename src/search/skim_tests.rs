//! SkimMatcherV2's score in place ([`super`]) against the crate's on a
//! fresh matcher for every call: long runs of calls through one of ours,
//! so that anything a call left behind would show in the next.
use super::*;
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use proptest::prelude::*;

/// The crate's score on a matcher that has scored nothing before.
fn fresh(key: &str, word: &str) -> Option<i64> {
    SkimMatcherV2::default()
        .ignore_case()
        .fuzzy_match(key, word)
}

/// Keys and words of the search's kind: folded text, digits, signs,
/// separators, a capital, accents and non-Latin letters (the char path).
const ALPHABET: &[char] = &[
    'a', 'b', 'c', 'd', 'e', 'o', 'r', 'n', 't', 'w', 'm', ' ', ' ', '-', '/', '.', '(', ')', '0',
    '1', '9', '\'', '€', 'é', 'A', 'E', 'Ö', '\t', ':', '_',
];

fn text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(ALPHABET), 0..max)
        .prop_map(|v| v.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    /// One long run of calls through one of our matchers, each call
    /// against a fresh crate matcher.
    #[test]
    fn scores_as_the_crate_does(
        pairs in prop::collection::vec((text(40), text(7)), 1..60)
    ) {
        let ours = Skim::default();
        for (key, word) in &pairs {
            prop_assert_eq!(
                ours.fuzzy_match(key, word),
                fresh(key, word),
                "{:?} in {:?}", word, key
            );
        }
    }
}

/// Text of few letters, so that letters repeat (where the matrix
/// carries bonuses over), and one-letter words are frequent.
fn few(max: usize) -> impl Strategy<Value = String> {
    const FEW: &[char] = &['e', 'e', 'E', 'd', 'a', ' ', '-', 'é'];
    prop::collection::vec(prop::sample::select(FEW), 0..max).prop_map(|v| v.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    /// One-letter words (scored in one walk) between short words with
    /// repeated letters, through one of our matchers.
    #[test]
    fn one_letter_words_score_as_the_crate_does(
        pairs in prop::collection::vec(
            (few(30), few(5)),
            1..80,
        )
    ) {
        let ours = Skim::default();
        for (key, word) in &pairs {
            prop_assert_eq!(
                ours.fuzzy_match(key, word),
                fresh(key, word),
                "{:?} in {:?}", word, key
            );
        }
    }
}

/// A long run of calls of few letters, every other one a one-letter
/// word: no call's score depends on the call before (through the crate's
/// one matcher, about one run in two hundred scores differently).
#[test]
fn no_score_depends_on_the_call_before() {
    let alpha: Vec<char> = "eeddaa -E/".chars().collect();
    let mut seed = 1u64;
    let mut pick = |n: usize| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as usize % n
    };
    let mut text = |lo: usize, hi: usize, letters: usize| -> String {
        let n = lo + pick(hi - lo);
        (0..n).map(|_| alpha[pick(letters)]).collect()
    };
    let ours = Skim::default();
    for _ in 0..20_000 {
        let key = text(0, 30, alpha.len());
        let word = text(1, 2, 6);
        let (key2, word2) = (text(0, 30, alpha.len()), text(2, 6, 6));
        for (k, w) in [(&key, &word), (&key2, &word2)] {
            assert_eq!(ours.fuzzy_match(k, w), fresh(k, w), "{w:?} in {k:?}");
        }
    }
}

/// Words with a letter repeated two apart against keys with doubled
/// letters: where the crate's matrix carries a bonus over from earlier
/// rows of the same call (kept) and from earlier calls (not kept).
#[test]
fn carried_bonuses_as_a_fresh_crate_matcher() {
    let keys = [
        "gemeente ede beleidsmedewerker",
        "eerste medewerker",
        "coordinator wmo utrecht 10003",
        "ee ee ee",
        "aanbesteding aa-en-hunze",
        "x",
        "",
        "Klantmanager Werk en Inkomen Hilversum",
    ];
    let words = [
        "ede",
        "eee",
        "ee",
        "e",
        "aa",
        "aea",
        "ana",
        "medewerker",
        "coord",
        "KLANT",
        "eme",
        "ewe",
        "e",
        "E",
        "d",
        "-",
    ];
    let ours = Skim::default();
    for _ in 0..3 {
        for key in keys {
            for word in words {
                assert_eq!(
                    ours.fuzzy_match(key, word),
                    fresh(key, word),
                    "{word:?} in {key:?}"
                );
            }
        }
    }
}
