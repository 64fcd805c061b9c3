//! HTML's character entities left in a text ("&euro;&nbsp;92", "co&ouml;rdinatie",
//! "Aa&#39;s", "&#8211;"), as a site's API, a feed or a mail's text part passes
//! them on: each named or numeric entity read as its character. A name this
//! table does not know, or a "&" that starts none, stays as written.

use std::borrow::Cow;

/// The character a named entity stands for.
fn named(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "middot" => '·',
        "bull" => '•',
        "hellip" => '…',
        "euro" => '€',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "laquo" => '«',
        "raquo" => '»',
        "deg" => '°',
        "copy" => '©',
        "shy" => '\u{AD}',
        "ccedil" => 'ç',
        "szlig" => 'ß',
        _ => return accented(name),
    })
}

/// "eacute", "Ouml", "acirc", "egrave": a vowel with its accent.
fn accented(name: &str) -> Option<char> {
    let mut chars = name.chars();
    let letter = chars.next()?;
    let accent = chars.as_str();
    let (lower, upper) = match accent {
        "acute" => ("áéíóúý", "ÁÉÍÓÚÝ"),
        "grave" => ("àèìòù_", "ÀÈÌÒÙ_"),
        "uml" => ("äëïöüÿ", "ÄËÏÖÜŸ"),
        "circ" => ("âêîôû_", "ÂÊÎÔÛ_"),
        _ => return None,
    };
    let at = "aeiouy".find(letter.to_ascii_lowercase())?;
    let set = if letter.is_ascii_uppercase() {
        upper
    } else {
        lower
    };
    set.chars().nth(at).filter(|&c| c != '_')
}

/// The text with its entities read; `keep` says which characters to
/// leave as their entity (a JSON text keeps its `&quot;`).
pub fn decode(text: &str, read: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut read_any = false;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let semi = after.find(';').filter(|s| (2..=8).contains(s));
        let decoded = semi.and_then(|s| {
            let name = &after[..s];
            let c = match name.strip_prefix('#') {
                Some(num) => {
                    let code = match num.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => num.parse().ok()?,
                    };
                    char::from_u32(code)?
                }
                None => named(name)?,
            };
            read(c).then_some((c, s))
        });
        match decoded {
            Some((c, s)) => {
                out.push(c);
                rest = &after[s + 1..];
                read_any = true;
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    if !read_any {
        return Cow::Borrowed(text);
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// A text's entities read, where they leave its markup and quoting as they
/// were: `&quot;`, `&lt;` and `&gt;` stay (a JSON string or an HTML fragment
/// inside the text keeps its form).
pub fn in_text(text: &str) -> Cow<'_, str> {
    decode(text, |c| {
        !matches!(c, '"' | '<' | '>' | '\\') && !c.is_control()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_are_read() {
        assert_eq!(
            decode(
                "&euro;&nbsp;92 co&ouml;rdinatie Aa&#39;s &#8211; &Eacute;&#x20AC;",
                |_| true
            ),
            "€ 92 coördinatie Aa's – É€"
        );
        assert_eq!(decode("R&D &foo; a & b &;", |_| true), "R&D &foo; a & b &;");
    }

    #[test]
    fn a_text_keeps_its_quoting_and_markup() {
        assert_eq!(
            in_text("\"t\": \"&quot;x&quot; &amp; &lt;p&gt;\""),
            "\"t\": \"&quot;x&quot; & &lt;p&gt;\""
        );
        assert!(matches!(in_text("geen entiteit & zo"), Cow::Borrowed(_)));
        assert_eq!(in_text("&#27;]52"), "&#27;]52");
    }
}
