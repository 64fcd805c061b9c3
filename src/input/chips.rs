//! Chips and badges: inline elements set side by side with no space
//! between them (`<span>Gemeente Schiedam</span><span>Zuid-Holland</span>`),
//! which a page shows apart by its style and a text conversion glues into
//! one word ("Gemeente SchiedamZuid-Holland"). Each pair of such spans gets
//! a " · " between them, as a strip of facts is read.

use std::borrow::Cow;

/// The page with a " · " between spans that abut.
pub fn repair(html: &str) -> Cow<'_, str> {
    const JOIN: &str = "</span><span";
    if !html.contains(JOIN) {
        return Cow::Borrowed(html);
    }
    Cow::Owned(html.replace(JOIN, "</span> · <span"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_side_by_side_are_set_apart() {
        assert_eq!(
            repair("<div><span>Gemeente Schiedam</span><span>Zuid-Holland</span></div>"),
            "<div><span>Gemeente Schiedam</span> · <span>Zuid-Holland</span></div>"
        );
        assert!(matches!(
            repair("<span>a</span> <span>b</span>"),
            Cow::Borrowed(_)
        ));
    }
}
