//! A posting copied as an RSS or Atom feed's source: the feed's XML with
//! the posting in an item, its fields as HTML inside the item's
//! description (in CDATA or escaped). The first item becomes text: the
//! feed's own name, the item's title, its id ("Referentie:"), its
//! publication date ("Gepubliceerd:", so a feed date is never taken for a
//! deadline) and its description with the HTML tags read as lines and list
//! items. A text that is not a feed is returned as it came.

use std::borrow::Cow;

/// The feed as text, or the text itself when it holds no feed item.
pub fn repair(text: &str) -> Cow<'_, str> {
    let mut n = text.len().min(2000);
    while !text.is_char_boundary(n) {
        n -= 1;
    }
    let head = &text[..n];
    // a whole feed, or one item copied from its source
    let lone_item = head
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#') && !l.starts_with("<?xml"))
        .is_some_and(|l| l.starts_with("<item") || l.starts_with("<entry"));
    if !(head.contains("<rss") || head.contains("<feed") || head.contains("<channel") || lone_item)
    {
        return Cow::Borrowed(text);
    }
    let Some(start) = text.find("<item").or_else(|| text.find("<entry")) else {
        return Cow::Borrowed(text);
    };
    let end = ["</item>", "</entry>"]
        .iter()
        .filter_map(|e| text[start..].find(e))
        .min()
        .map_or(text.len(), |e| start + e);
    let item = &text[start..end];
    let mut out: Vec<String> = Vec::new();
    if let Some(name) = element(&text[..start], "title") {
        out.push(markup_to_text(&name));
        out.push(String::new());
    } else if let Some(name) = element(item, "dc:creator").filter(|_| lone_item) {
        // an item copied alone names its feed only as its maker
        out.push(markup_to_text(&name));
        out.push(String::new());
    }
    if let Some(title) = element(item, "title") {
        out.push(markup_to_text(&title));
        out.push(String::new());
    }
    if let Some(id) = element(item, "guid").or_else(|| element(item, "id")) {
        let id = id.trim();
        if !id.contains(['/', ' ', ':']) && id.chars().any(|c| c.is_ascii_digit()) {
            out.push(format!("Referentie: {id}"));
        }
    }
    if let Some(date) = element(item, "pubDate").or_else(|| element(item, "published")) {
        out.push(format!("Gepubliceerd: {}", date.trim()));
    }
    out.push(String::new());
    for tag in ["description", "content:encoded", "content", "summary"] {
        if let Some(body) = element(item, tag) {
            out.push(markup_to_text(&body));
            break;
        }
    }
    Cow::Owned(out.join("\n"))
}

/// The content of the first `<tag …>…</tag>` in `xml`, without a CDATA
/// wrapper; escaped markup is unescaped so that its tags can be read.
fn element(xml: &str, tag: &str) -> Option<String> {
    let open = format!("<{tag}");
    let mut from = 0;
    let at = loop {
        let i = from + xml[from..].find(&open)?;
        // "<title>" or "<title type=…>", not "<titles>"
        if xml[i + open.len()..].starts_with(['>', ' ', '\t', '\n']) {
            break i;
        }
        from = i + open.len();
    };
    let body_start = at + xml[at..].find('>')? + 1;
    let close = format!("</{tag}>");
    let body_end = body_start + xml[body_start..].find(&close)?;
    let body = xml[body_start..body_end].trim();
    Some(match body.strip_prefix("<![CDATA[") {
        Some(inner) => inner.trim_end().trim_end_matches("]]>").to_string(),
        None => entities(body),
    })
}

/// HTML as lines: paragraphs, breaks and list items on lines of their own
/// (a list item as "- …"), other tags removed, entities read.
pub(super) fn markup_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let Some(gt) = rest[lt..].find('>') else {
            out.push_str(&rest[lt..]);
            rest = "";
            break;
        };
        let tag = rest[lt + 1..lt + gt].trim().to_ascii_lowercase();
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        match name.as_str() {
            "br" => out.push('\n'),
            "li" if !tag.starts_with('/') => out.push_str("\n- "),
            "p" | "div" | "ul" | "ol" | "tr" | "table" | "h1" | "h2" | "h3" | "h4" | "h5"
            | "h6" => out.push('\n'),
            "td" | "th" if !tag.starts_with('/') => out.push('\t'),
            _ => {}
        }
        rest = &rest[lt + gt + 1..];
    }
    out.push_str(rest);
    let text = entities(&out);
    let mut lines: Vec<&str> = Vec::new();
    for l in text.lines().map(str::trim) {
        if l.is_empty() && lines.last().is_none_or(|p| p.is_empty()) {
            continue;
        }
        lines.push(l);
    }
    lines.join("\n").trim().to_string()
}

/// The common named entities and numeric ones.
fn entities(text: &str) -> String {
    super::entities::decode(text, |_| true).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_item_of_a_feed() {
        let t = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n<title>Inhuurloket Oost</title>\n<lastBuildDate>Mon, 04 Jan 2027 07:00:00 +0100</lastBuildDate>\n<item>\n<title>Jurist (IO-77) &#8211; Gemeente Oss</title>\n<guid isPermaLink=\"false\">IO-77</guid>\n<pubDate>Sun, 03 Jan 2027 10:00:00 +0100</pubDate>\n<description><![CDATA[<p><b>Start:</b> 1 maart 2027<br/><b>Uren:</b> 24</p><p>Eisen</p><ul><li>Hbo</li><li>Rijbewijs &amp; auto</li></ul>]]></description>\n</item>\n<item><title>Ander</title></item></channel></rss>";
        assert_eq!(
            repair(t),
            "Inhuurloket Oost\n\nJurist (IO-77) – Gemeente Oss\n\nReferentie: IO-77\nGepubliceerd: Sun, 03 Jan 2027 10:00:00 +0100\n\nStart: 1 maart 2027\nUren: 24\n\nEisen\n\n- Hbo\n- Rijbewijs & auto"
        );
    }

    #[test]
    fn one_item_copied_alone() {
        let t = "# source: https://x.nl/feed.rss\n<item>\n  <title>Jurist</title>\n  <dc:creator>Banenplein</dc:creator>\n  <description><![CDATA[<p><strong>Start:</strong> 1 maart 2027</p>]]></description>\n</item>";
        assert_eq!(repair(t), "Banenplein\n\nJurist\n\n\nStart: 1 maart 2027");
    }

    #[test]
    fn escaped_markup_and_plain_text() {
        let t = "<rss><channel><item><description>&lt;p&gt;Tarief: max &amp;euro; 90&lt;/p&gt;</description></item></channel></rss>";
        assert_eq!(repair(t), "\nTarief: max € 90");
        let plain = "Titel\nStart: 1 maart 2027 <b>nu</b>";
        assert_eq!(repair(plain), plain);
    }
}
