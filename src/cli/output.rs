//! Printing helpers shared by the commands: sanitised text, table cells,
//! deadline countdowns and JSON that cannot carry terminal controls.

use crate::posting::normalize::{sanitize, sanitize_line};
use chrono::{DateTime, FixedOffset, Utc};
use unicode_width::UnicodeWidthChar;

/// One table cell: sanitised, on one line, cut to `width` columns with `…`,
/// padded to `width`.
pub fn cell(text: &str, width: usize) -> String {
    // printable ASCII needs no cleaning and takes a column a byte
    if text.bytes().all(|b| b == b' ' || b.is_ascii_graphic()) {
        return if text.len() > width {
            format!("{}…", &text[..width.saturating_sub(1)])
        } else {
            format!("{text:<width$}")
        };
    }
    let clean = sanitize_line(text);
    let mut out = String::new();
    let mut used = 0;
    let total: usize = clean.chars().map(|c| c.width().unwrap_or(0)).sum();
    for c in clean.chars() {
        let w = c.width().unwrap_or(0);
        if total > width && used + w + 1 > width {
            out.push('…');
            used += 1;
            break;
        }
        out.push(c);
        used += w;
    }
    out.push_str(&" ".repeat(width.saturating_sub(used)));
    out
}

/// Posting text for a multi-line view.
pub fn text(s: &str) -> String {
    sanitize(s)
}

/// Posting text for one line.
pub fn line(s: &str) -> String {
    sanitize_line(s)
}

/// Time left until a deadline: "3d 4h", "5h 12m", "expired", or "-".
pub fn countdown(deadline: Option<DateTime<FixedOffset>>, now: DateTime<Utc>) -> String {
    let Some(d) = deadline else {
        return "-".into();
    };
    let left = d.with_timezone(&Utc) - now;
    if left <= chrono::Duration::zero() {
        return "expired".into();
    }
    let (days, hours, minutes) = (
        left.num_days(),
        left.num_hours() % 24,
        left.num_minutes() % 60,
    );
    if days > 0 {
        format!("{days}d {hours}h")
    } else {
        format!("{hours}h {minutes}m")
    }
}

/// Serialises to pretty JSON and escapes every character a terminal could
/// act on (C1 controls, bidi and zero-width format characters) as `\uXXXX`,
/// so the output is the same data and safe to print.
pub fn json<T: serde::Serialize>(value: &T) -> anyhow::Result<String> {
    let raw = serde_json::to_string_pretty(value)?;
    Ok(raw
        .chars()
        .map(|c| {
            if c != '\n' && is_terminal_control(c) {
                format!("\\u{:04x}", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect())
}

fn is_terminal_control(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}' | '\u{061C}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_cut_and_pad() {
        assert_eq!(cell("abc", 5), "abc  ");
        assert_eq!(cell("abcdef", 4), "abc…");
        assert_eq!(cell("a\u{1b}[2Jb", 3), "ab ");
        // the same cut and padding with and without the ASCII shortcut
        for text in ["", "abc", "abcd", "abcde", "a\tbcde", "äbcde", "äbc"] {
            for width in 0..7 {
                let slow = {
                    let mut out: String = text.replace('\t', " ").chars().collect();
                    let n = out.chars().count();
                    if n > width {
                        out = out
                            .chars()
                            .take(width.saturating_sub(1))
                            .collect::<String>()
                            + "…";
                    }
                    let n = out.chars().count();
                    out + &" ".repeat(width.saturating_sub(n))
                };
                assert_eq!(cell(text, width), slow, "{text:?} in {width}");
            }
        }
    }

    #[test]
    fn countdowns() {
        let now = DateTime::parse_from_rfc3339("2026-07-01T00:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let d = |s: &str| DateTime::parse_from_rfc3339(s).ok();
        assert_eq!(countdown(d("2026-07-04T04:30:00Z"), now), "3d 4h");
        assert_eq!(countdown(d("2026-07-01T05:12:00Z"), now), "5h 12m");
        assert_eq!(countdown(d("2026-06-30T00:00:00Z"), now), "expired");
        assert_eq!(countdown(None, now), "-");
    }

    #[test]
    fn json_escapes_controls() {
        let out = json(&"a\u{202E}b\u{9b}c").unwrap();
        assert_eq!(out, "\"a\\u202eb\\u009bc\"");
    }
}
