//! Repairs run one after another on one `String`, each copy let go as the
//! next is made. A chain of shadowing `let text = repair(&text);` keeps
//! every intermediate copy alive to the end of the function: forty copies
//! of a 9 MB text at the parser's peak (issue 16, BENCHMARKS.md "Inputs of
//! any shape").

/// `step!(text = expr)`: `text` (a `String`) becomes the value of `expr`, a
/// `String` or a `Cow<str>` made from `&text`; a borrowed result that is
/// the whole of `text` keeps it without a copy.
macro_rules! step {
    ($text:ident = $e:expr) => {{
        let next: Option<String> = match ::std::borrow::Cow::<str>::from($e) {
            ::std::borrow::Cow::Owned(s) => Some(s),
            ::std::borrow::Cow::Borrowed(b) => {
                if b.as_ptr() == $text.as_ptr() && b.len() == $text.len() {
                    None
                } else {
                    Some(b.to_string())
                }
            }
        };
        if let Some(s) = next {
            $text = s;
        }
    }};
}
pub(crate) use step;

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    fn unchanged(t: &str) -> Cow<'_, str> {
        Cow::Borrowed(t)
    }
    fn trimmed(t: &str) -> Cow<'_, str> {
        Cow::Borrowed(t.trim())
    }

    #[test]
    fn a_step_takes_owned_and_borrowed_results() {
        let mut text = String::from("  a b  ");
        let before = text.as_ptr();
        step!(text = unchanged(&text));
        assert_eq!(text.as_ptr(), before, "an unchanged text is not copied");
        step!(text = trimmed(&text));
        assert_eq!(text, "a b");
        step!(text = text.replace('a', "c"));
        assert_eq!(text, "c b");
    }
}
