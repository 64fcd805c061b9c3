//! A range of numbers that a PDF's line end broke at its dash ("Inzet:
//! 24-" over "32 uur per week"): the two lines are one again ("Inzet:
//! 24-32 uur per week"), so the range is read whole and not as its
//! second half alone. Only a dash right after digits with digits at the
//! start of the next line is joined: a word broken at its hyphen may be
//! a compound that keeps it ("Noord-" / "Holland").

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

static BROKEN: LazyLock<Regex> = LazyLock::new(|| {
    // not in a table's row: a cell of its own holds a dash ("6\t–")
    Regex::new(r"(?m)^([^\t\n]*\d) ?([-–]) ?\n *(\d)").expect("static pattern")
});

/// The text with each range broken over two lines joined.
pub fn repair(text: &str) -> Cow<'_, str> {
    if !text.contains("-\n") && !text.contains("–\n") && !text.contains("- \n") {
        return Cow::Borrowed(text);
    }
    BROKEN.replace_all(text, "$1$2$3")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_range_broken_at_its_dash_is_joined() {
        assert_eq!(
            repair("Inzet: 24-\n32 uur per week\n"),
            "Inzet: 24-32 uur per week\n"
        );
        assert_eq!(repair("Uren 28 –\n  36\n"), "Uren 28–36\n");
    }

    #[test]
    fn words_and_lists_are_left() {
        for t in [
            "Provincie Noord-\nHolland\n",
            "Uren: 24\n- 32 uur is te veel\n",
            "Eisen:\n-\n1. Hbo\n",
            "4\tG\tAanpak\t35\t–\n5\tG\tPrijs\t40\n",
        ] {
            assert_eq!(repair(t), t);
        }
    }
}
