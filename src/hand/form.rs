//! The `field: value` text form that `tenderdesk add` and `edit` open in
//! `$EDITOR`: one field a line, `#` starts a comment line, an empty value
//! clears the field. Reading it back gives only the fields whose value
//! differs from what the form was filled with, so an untouched line is not
//! marked as set by hand.

use super::Field;
use crate::posting::Posting;

/// A line of the form that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {reason}")]
pub struct FormError {
    pub line: usize,
    pub reason: String,
}

/// The form filled with the posting's values (all empty for a new one).
pub fn render(p: &Posting, heading: &str) -> String {
    let mut out = String::new();
    for h in heading.lines() {
        out.push_str(&format!("# {h}\n"));
    }
    out.push_str("# One field a line as `name: value`; an empty value clears the field.\n");
    out.push_str("# Lines starting with # are ignored. Save and close the editor to store it.\n");
    for f in Field::ALL {
        out.push_str(&format!("#   {:<13} {}\n", f.name(), f.expected()));
    }
    out.push('\n');
    for f in Field::ALL {
        let v = f.show(p).unwrap_or_default();
        let v = crate::posting::normalize::sanitize_line(&v);
        out.push_str(&format!("{}: {v}\n", f.name()));
    }
    out
}

/// Every `field: value` line of the form, in order.
pub fn read(text: &str) -> Result<Vec<(Field, String)>, FormError> {
    let mut out: Vec<(Field, String)> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let t = line.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let err = |reason: String| FormError {
            line: i + 1,
            reason,
        };
        let (name, value) = t
            .split_once(':')
            .ok_or_else(|| err(format!("'{t}' is not `name: value`")))?;
        let field = Field::from_name(name)
            .ok_or_else(|| err(format!("unknown field '{}'", name.trim())))?;
        if out.iter().any(|(f, _)| *f == field) {
            return Err(err(format!("{field} is given twice")));
        }
        out.push((field, value.trim().to_string()));
    }
    Ok(out)
}

/// The lines of a filled-in form whose value differs from the posting's
/// (the edits a person made).
pub fn changes(p: &Posting, text: &str) -> Result<Vec<(Field, String)>, FormError> {
    Ok(read(text)?
        .into_iter()
        .filter(|(f, v)| f.show(p).unwrap_or_default() != *v)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_untouched_form_has_no_changes_and_an_edited_line_one() {
        let p = super::super::apply(
            &Posting::default(),
            &[
                (Field::Title, "Coördinator".into()),
                (Field::Hours, "24-32".into()),
            ],
        )
        .unwrap();
        let form = render(&p, "Editing p1");
        assert!(form.contains("\ntitle: Coördinator\n"), "{form}");
        assert!(form.contains("\nhours: 24-32\n"));
        assert_eq!(changes(&p, &form).unwrap(), vec![]);
        let edited = form.replace("hours: 24-32", "hours: 32");
        assert_eq!(
            changes(&p, &edited).unwrap(),
            vec![(Field::Hours, "32".to_string())]
        );
    }

    #[test]
    fn unknown_and_repeated_fields_are_named_with_their_line() {
        let e = read("title: a\ncolour: red\n").unwrap_err();
        assert_eq!(e.to_string(), "line 2: unknown field 'colour'");
        let e = read("title: a\ntitle: b\n").unwrap_err();
        assert_eq!(e.to_string(), "line 2: title is given twice");
        assert!(read("just words").is_err());
        assert_eq!(
            read("# c\n\nurl: https://x.nl/a:b\n").unwrap(),
            vec![(Field::Url, "https://x.nl/a:b".to_string())]
        );
    }
}
