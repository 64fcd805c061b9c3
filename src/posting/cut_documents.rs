//! A JSON or XML document cut off before its end, as a copy of a page's
//! first 2,000 bytes or a saved feed that broke off leaves it: closed so it
//! can be read as the tree it is. In JSON an open string value is ended
//! where it broke (a description cut mid-sentence keeps what it holds), a
//! key left without its value is dropped, and every open array and object
//! is closed; in XML an open CDATA section or comment is ended, a tag or
//! entity broken off is dropped, and every open element is closed. A
//! document with nothing left open is no cut one.

use serde_json::Value;

/// A JSON text (starting with its `{` or `[`) cut off before its end, read
/// as the value it held up to the cut; none when nothing was left open or
/// it is no JSON.
pub fn close_json(text: &str) -> Option<Value> {
    let bytes = text.as_bytes();
    let mut stack: Vec<u8> = Vec::new();
    let (mut in_str, mut escaped, mut str_is_key) = (false, false, false);
    // in an object, the next string is a key
    let mut key_next = false;
    // `text[..good]` ends after a whole value or an opening bracket
    let mut good = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if in_str {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_str = false;
                if !str_is_key {
                    good = i + 1;
                }
            }
            continue;
        }
        match b {
            b'"' => {
                in_str = true;
                str_is_key = key_next;
            }
            b'{' | b'[' => {
                stack.push(if b == b'{' { b'}' } else { b']' });
                key_next = b == b'{';
                good = i + 1;
            }
            b'}' | b']' => {
                stack.pop()?;
                key_next = false;
                good = i + 1;
            }
            b':' => key_next = false,
            b',' => {
                key_next = stack.last() == Some(&b'}');
                good = i;
            }
            _ => {}
        }
    }
    if stack.is_empty() {
        return None;
    }
    let closers: String = stack.iter().rev().map(|&b| b as char).collect();
    let parse = |s: String| serde_json::from_str::<Value>(&s).ok();
    if in_str && !str_is_key {
        let mut kept = if escaped {
            &text[..text.len() - 1]
        } else {
            text
        };
        // an escape `\u00` broken off
        if let Some(at) = kept.len().checked_sub(6).and_then(|from| {
            kept[from..]
                .rfind("\\u")
                .map(|i| from + i)
                .filter(|&i| kept.len() - i < 6)
        }) {
            kept = &kept[..at];
        }
        if let Some(v) = parse(format!("{kept}\"{closers}")) {
            return Some(v);
        }
    }
    parse(format!("{}{closers}", &text[..good]))
}

/// An XML text cut off before its end, closed; none when nothing was left
/// open.
pub fn close_xml(text: &str) -> Option<String> {
    let mut open: Vec<&str> = Vec::new();
    let mut rest = text;
    let mut at = 0;
    // what ends the construct the text broke off in, or where to cut it
    let mut tail: Option<&str> = None;
    let mut cut = text.len();
    while let Some(i) = rest.find('<') {
        let start = at + i;
        let after = &text[start..];
        let (end_mark, skip) = if after.starts_with("<![CDATA[") {
            ("]]>", true)
        } else if after.starts_with("<!--") {
            ("-->", true)
        } else {
            (">", false)
        };
        let Some(len) = after.find(end_mark) else {
            if skip {
                tail = Some(end_mark);
            } else {
                cut = start;
            }
            break;
        };
        let tag = &after[..len + end_mark.len()];
        if !skip && !tag.starts_with("<?") && !tag.starts_with("<!") {
            let name_of = |s: &str| {
                s.split(|c: char| c.is_whitespace() || c == '>' || c == '/')
                    .next()
                    .unwrap_or("")
                    .to_string()
            };
            if let Some(closing) = tag.strip_prefix("</") {
                let name = name_of(closing);
                if let Some(pos) = open.iter().rposition(|n| *n == name) {
                    open.truncate(pos);
                }
            } else if !tag.ends_with("/>") {
                let name_len = name_of(&tag[1..]).len();
                open.push(&tag[1..1 + name_len]);
            }
        }
        at = start + tag.len();
        rest = &text[at..];
    }
    if open.is_empty() {
        return None;
    }
    let mut kept = text[..cut].to_string();
    match tail {
        Some(mark) => kept.push_str(mark),
        // an entity broken off
        None => {
            if let Some(amp) = kept
                .rfind('&')
                .filter(|&a| !kept[a..].contains(';') && !kept[a..].contains('<'))
            {
                kept.truncate(amp);
            }
        }
    }
    for name in open.iter().rev() {
        kept.push_str("</");
        kept.push_str(name);
        kept.push('>');
    }
    Some(kept)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_json_cut_in_a_value_keeps_what_the_value_held() {
        let v = close_json(r#"{"a": 1, "b": [{"c": "hello wor"#).unwrap();
        assert_eq!(v, json!({"a": 1, "b": [{"c": "hello wor"}]}));
        let v = close_json(r#"{"name": "S\u00fadwest \u00"#).unwrap();
        assert_eq!(v, json!({"name": "Súdwest "}));
        let v = close_json("{\"a\": \"x\\").unwrap();
        assert_eq!(v, json!({"a": "x"}));
    }

    #[test]
    fn a_json_cut_in_a_key_or_a_number_drops_it() {
        assert_eq!(close_json(r#"{"a": 1, "tit"#), Some(json!({"a": 1})));
        assert_eq!(close_json(r#"{"a": 1, "b": 9"#), Some(json!({"a": 1})));
        assert_eq!(
            close_json(r#"{"a": {"b": 2}, "c":"#),
            Some(json!({"a": {"b": 2}}))
        );
        assert_eq!(close_json(r#"[1, 2, {"#), Some(json!([1, 2, {}])));
    }

    #[test]
    fn whole_or_other_texts_are_no_cut_json() {
        assert_eq!(close_json(r#"{"a": 1}"#), None);
        assert_eq!(close_json("plain text"), None);
        assert_eq!(close_json("}{"), None);
    }

    #[test]
    fn an_xml_cut_anywhere_is_closed() {
        let x = close_xml("<a><b><![CDATA[x]]></b><c><![CDA").unwrap();
        assert_eq!(x, "<a><b><![CDATA[x]]></b><c></c></a>");
        let x = close_xml("<a><b>text &am").unwrap();
        assert_eq!(x, "<a><b>text </b></a>");
        let x = close_xml("<a x=\"1\"><d><![CDATA[<p>cut").unwrap();
        assert_eq!(x, "<a x=\"1\"><d><![CDATA[<p>cut]]></d></a>");
        let x = close_xml("<?xml version=\"1.0\"?><a><e/><b>1</b><!-- n").unwrap();
        assert_eq!(x, "<?xml version=\"1.0\"?><a><e/><b>1</b><!-- n--></a>");
        assert_eq!(close_xml("<a><b>1</b></a>"), None);
        assert_eq!(close_xml("no markup"), None);
    }
}
