//! What a republished posting struck out no longer holds (and what a word
//! diff, wdiff's "[-old-] {+new+}", deleted): text struck
//! through as Markdown writes it ("~~10-12-2026 12:00~~ 14-12-2026 17:00")
//! or with a combining long stroke ("1̶0̶ ̶d̶e̶c̶"), and the old value a
//! changed line keeps in brackets with a number ("(was: 8 december)
//! woensdag 9 december", "(eerder 10 december)"). Both are taken out, so only the
//! value that holds is read.

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// Markdown's "~~struck~~", and HTML's `<del>`, `<s>` and `<strike>` left
/// as text by a wiki or a page's source.
static MARKDOWN_STRIKE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)~~[^~\n]{1,120}~~|<(del|s|strike)>[^<\n]{0,120}</(?:del|s|strike)>")
        .expect("static pattern")
});
/// The tags round what was put in its place (`<ins>`).
static INSERTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)</?ins>").expect("static pattern"));
/// wdiff's marks of what one version deleted and the next inserted
/// ("[-4 januari 2027-] {+1 februari 2027+}").
static WDIFF_DELETED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[-[^\n]{0,300}?-\] ?").expect("static pattern"));
static WDIFF_INSERTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\{\+([^\n]{0,300}?)\+\}").expect("static pattern"));
static OLD_VALUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\(\s*(?:was|eerder|voorheen|oorspronkelijk|oud|previously)\b:?[^()\n\d]{0,40}\d[^()\n]{0,40}\)")
        .expect("static pattern")
});

/// The text without struck or superseded values (see the module).
pub fn repair(text: &str) -> Cow<'_, str> {
    let text = if text.contains('\u{0336}') {
        Cow::Owned(without_stroked(text))
    } else {
        Cow::Borrowed(text)
    };
    let text = match MARKDOWN_STRIKE.replace_all(&text, "") {
        Cow::Borrowed(_) => text,
        Cow::Owned(s) => Cow::Owned(s),
    };
    // a word diff of two versions: the later one holds
    let text = if text.contains("{+") && text.contains("[-") {
        let kept = WDIFF_DELETED.replace_all(&text, "");
        Cow::Owned(WDIFF_INSERTED.replace_all(&kept, "$1").into_owned())
    } else {
        text
    };
    let text = match INSERTED.replace_all(&text, "") {
        Cow::Borrowed(_) => text,
        Cow::Owned(s) => Cow::Owned(s),
    };
    match OLD_VALUE.replace_all(&text, "") {
        Cow::Borrowed(_) => text,
        Cow::Owned(s) => Cow::Owned(s),
    }
}

/// Characters carrying a combining long stroke (U+0336) left out, with it.
fn without_stroked(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{0336}' {
            continue;
        }
        if chars.peek() == Some(&'\u{0336}') {
            chars.next();
            continue;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn struck_values_are_taken_out() {
        assert_eq!(
            repair("Sluit: ~~10-12-2026 12:00~~  14-12-2026 17:00 uur"),
            "Sluit:   14-12-2026 17:00 uur"
        );
        assert_eq!(
            repair("Nota: (was: 8 december) woensdag 9 december"),
            "Nota:  woensdag 9 december"
        );
        assert_eq!(repair("Sluit: 1\u{336}0\u{336} 14 dec"), "Sluit:  14 dec");
    }

    #[test]
    fn a_word_diff_keeps_the_later_version() {
        assert_eq!(
            repair(
                "Startdatum: [-4 januari 2027-] {+1 februari 2027+}\nNota: [-15-] {+22+} december\n[-4. Key2Belastingen.-]\n"
            ),
            "Startdatum: 1 februari 2027\nNota: 22 december\n\n"
        );
        // a checkbox or a bracket alone is no diff
        assert_eq!(repair("[-] Nee\n"), "[-] Nee\n");
    }

    #[test]
    fn other_brackets_and_tildes_stay() {
        let t = "Start: 4 januari (onder voorbehoud) ~ 36 uur\n(was u al aangemeld? Log in)";
        assert_eq!(repair(t), t);
    }

    #[test]
    fn html_strike_tags_are_struck() {
        assert_eq!(
            repair("Start | <del>1 januari 2027</del> <ins>1 februari 2027</ins> |"),
            "Start |  1 februari 2027 |"
        );
    }
}
