//! An iCalendar file (`.ics`, RFC 5545) saved as text, such as a deadline
//! reminder a mail program exports, with the posting in its event's
//! `DESCRIPTION`. Its lines are folded at about 75 characters (a line that
//! starts with one space or tab continues the one before it, even in the
//! middle of a word: "Bevol" / " kingszorg"), and its values escape line
//! breaks ("\n"), commas ("\,") and semicolons ("\;"). The properties around
//! the description (time stamps, the time zone's rules, an alarm's offset)
//! are no facts of the posting: the text becomes the description as lines,
//! with the event's location as a "Locatie:" line, or the event's summary
//! where it has no description.

use std::borrow::Cow;

/// The event's description (else its summary) as the posting's text, when
/// the text is an iCalendar file with an event; any other text as it came.
pub fn repair(text: &str) -> Cow<'_, str> {
    let is_calendar = text.lines().take(40).any(|l| {
        let l = l.trim();
        l.eq_ignore_ascii_case("BEGIN:VCALENDAR") || l.eq_ignore_ascii_case("BEGIN:VEVENT")
    });
    if !is_calendar {
        return Cow::Borrowed(text);
    }
    let props = event_properties(&unfold(text));
    let value = |name: &str| {
        props
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| unescape(v))
            .filter(|v| !v.trim().is_empty())
    };
    let Some(body) = value("DESCRIPTION").or_else(|| value("SUMMARY")) else {
        return Cow::Borrowed(text);
    };
    let mut out = body.trim_end().to_string();
    if let Some(place) = value("LOCATION") {
        out.push_str("\n\nLocatie: ");
        out.push_str(place.trim());
    }
    out.push('\n');
    Cow::Owned(out)
}

/// The lines with their folds undone: a line starting with a space or tab
/// is the line before it continued, without that one character.
fn unfold(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for line in text.lines() {
        match (line.strip_prefix([' ', '\t']), lines.last_mut()) {
            (Some(rest), Some(last)) => last.push_str(rest),
            _ => lines.push(line.to_string()),
        }
    }
    lines
}

/// The first event's own properties (name, value), without those of the
/// components inside it (an alarm's "DESCRIPTION:Reminder").
fn event_properties(lines: &[String]) -> Vec<(String, String)> {
    let mut props = Vec::new();
    let mut depth = 0usize;
    let mut in_event = false;
    for line in lines {
        let upper = line.trim().to_ascii_uppercase();
        if upper.starts_with("BEGIN:") {
            if in_event {
                depth += 1;
            } else if upper == "BEGIN:VEVENT" {
                in_event = true;
            }
            continue;
        }
        if upper.starts_with("END:") {
            if in_event && depth > 0 {
                depth -= 1;
            } else if in_event {
                break;
            }
            continue;
        }
        if !in_event || depth > 0 {
            continue;
        }
        // "NAME;PARAM=…:value": the name ends at the first ';' or ':'
        let Some(colon) = line.find(':') else {
            continue;
        };
        let name_end = line[..colon].find(';').unwrap_or(colon);
        props.push((line[..name_end].to_string(), line[colon + 1..].to_string()));
    }
    props
}

/// A value with its escapes read: "\n" a line break, "\," "\;" "\\" the
/// character itself.
fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_folded_description_is_the_text() {
        let t = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTAMP:20260105T101010Z\nSUMMARY:Sluiting aanvraag\nLOCATION:Stadhuis\\, Markt 1\nDESCRIPTION:Functie: Jurist Omgevings\n recht\\nTarief: max. € 90\\,00 per uur\\; excl. btw\\nEinde: 30 ju\n ni 2027\nBEGIN:VALARM\nDESCRIPTION:Reminder\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n";
        assert_eq!(
            repair(t),
            "Functie: Jurist Omgevingsrecht\nTarief: max. € 90,00 per uur; excl. btw\nEinde: 30 juni 2027\n\nLocatie: Stadhuis, Markt 1\n"
        );
    }

    #[test]
    fn an_event_without_description_gives_its_summary() {
        let t =
            "BEGIN:VEVENT\nSUMMARY:Deadline Adviseur Wonen\nDTSTART:20270105T090000\nEND:VEVENT\n";
        assert_eq!(repair(t), "Deadline Adviseur Wonen\n");
    }

    #[test]
    fn other_text_is_left_alone() {
        let t = "Functie: Jurist\nDESCRIPTION: zie hieronder\n";
        assert_eq!(repair(t), t);
    }
}
