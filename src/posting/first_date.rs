//! The first date of a text without reading all of it: a long text is read
//! from its start in growing windows, so a 9 MB text whose first date is on
//! its first page is not scanned whole by every date pattern (issue 16: any
//! input read in under 1 s per MB; the posting's own date is asked of the
//! whole flattened text).

use super::dates::{FoundDate, find_dates};

/// The first date in `text`, as `find_dates(text)` would give it first. A
/// date found in a
/// window counts only when it starts [`DATE_REACH`] bytes before the
/// window's end, where text after the window cannot change it (a date and
/// a range whose end gives its start a year are far shorter).
pub fn first_date(text: &str) -> Option<FoundDate> {
    let mut size = FIRST_WINDOW;
    while size < text.len() {
        let mut end = size;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        if let Some(first) = find_dates(&text[..end]).into_iter().next()
            && first.span.start + DATE_REACH <= end
        {
            return Some(first);
        }
        size *= 8;
    }
    find_dates(text).into_iter().next()
}

/// The first window [`first_date`] reads, in bytes.
const FIRST_WINDOW: usize = 8 * 1024;

/// Further than any one date (or a range giving its start a year) reaches.
const DATE_REACH: usize = 1024;

#[cfg(test)]
mod tests {
    use super::*;

    /// The same first date as reading the whole text, wherever around a
    /// window's edge a date or a range (whose end gives its start a year)
    /// falls, and in a text of many characters wider than a byte.
    #[test]
    fn windows_give_the_whole_text_s_first_date() {
        for filler in ["lorem ipsum dolor ", "coördinatie één ", "x"] {
            for at in (FIRST_WINDOW - 1100..FIRST_WINDOW + 40).step_by(71) {
                for date in [
                    "op 2 maart t/m 31 december 2026 start",
                    "uiterlijk 09-03-2026 om 12:00",
                    "March 9, 2026",
                ] {
                    let mut text = filler.repeat(at / filler.len() + 1);
                    while text.len() > at {
                        text.pop();
                    }
                    text.push(' ');
                    text.push_str(date);
                    text.push_str(" en later 1 april 2027 ");
                    text.push_str(&filler.repeat(200));
                    let want = find_dates(&text).into_iter().next();
                    assert_eq!(first_date(&text), want, "{date} at {at} after {filler:?}");
                }
            }
        }
        assert_eq!(first_date("geen datum"), None);
    }
}
