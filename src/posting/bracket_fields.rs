//! A PDF form filled in and copied or printed ("Sluitingsdatum: [ 12-01-2027 ]
//! Tijd: [ 09:00 ]", "Functie: [ Specialist Geluid ]", a whole paragraph in
//! one field): each field's value as the text it holds, without the
//! brackets the form draws round it, and a date with its time in a field
//! of its own read as one moment ("Sluitingsdatum: 12-01-2027 09:00"). Only
//! a text with several such fields is a form; a box ("[x] Ja [ ] Nee") is
//! left to [`super::check_boxes`].

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// A field's value in brackets with a space inside each: "[ 36 ]".
static FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\[ +([^\[\]]*?[^\[\]\sxX][^\[\]]*?) *\]").expect("static pattern")
});

/// A label and then a field's value.
static LABELLED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\w\)?:\s*\[ +[^\[\]\sxX]").expect("static pattern"));

/// A date and then its time in a field labelled as a time.
static DATE_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(\b\d{1,2}[-./]\d{1,2}[-./]\d{2,4}) +(?:tijd|time|om|uur)\s*:\s*(\d{1,2}[:.]\d{2})\b",
    )
    .expect("static pattern")
});

/// A field that holds text on lines of its own, from "[ " to " ]".
fn is_open(line: &str) -> bool {
    line.trim_end().ends_with("[") || (line.contains("[ ") && !line.contains(']'))
}

/// The text with a form's bracketed values read (see the module).
pub fn repair(text: &str) -> Cow<'_, str> {
    // a form's fields follow their labels ("Functie: [ … ]"); a row of
    // buttons ("[ Opdracht ]   [ Documenten 3 ]") is no form
    if text
        .lines()
        .filter(|l| LABELLED.is_match(l))
        .take(3)
        .count()
        < 3
    {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let read = FIELD.replace_all(line, "$1");
        let read = if is_open(&read) {
            read.replacen("[ ", "", 1).into()
        } else if read.trim_end().ends_with(" ]") && !read.contains('[') {
            read.trim_end()
                .trim_end_matches(']')
                .trim_end()
                .to_string()
                .into()
        } else {
            read
        };
        out.push_str(&DATE_TIME.replace_all(&read, "$1 $2"));
        out.push('\n');
    }
    if !text.ends_with('\n') {
        out.pop();
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_forms_values_lose_their_brackets() {
        let t = "Functie: [ Specialist Geluid ]\nUren per week: [ 24 - 32 ]\nSluitingsdatum: [ 14-01-2027 ] Tijd: [ 10:00 ]\nVOG vereist: [ ] Ja [x] Nee\n[ Je adviseert gemeenten. ]";
        assert_eq!(
            repair(t),
            "Functie: Specialist Geluid\nUren per week: 24 - 32\nSluitingsdatum: 14-01-2027 10:00\nVOG vereist: [ ] Ja [x] Nee\nJe adviseert gemeenten."
        );
    }

    #[test]
    fn a_text_with_a_bracket_or_two_is_no_form() {
        let t = "Tarief [ max 90 ]\nZie [ bijlage ]\nVOG: [x] Ja [ ] Nee";
        assert_eq!(repair(t), t);
    }
}
