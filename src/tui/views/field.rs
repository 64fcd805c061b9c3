//! A labelled value ("Deadline              Fri 2026-12-04 09:00") that
//! wraps under its value, not under its label, so a narrow window still
//! reads as two columns.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

/// Columns the label takes.
pub const LABEL: usize = 22;

/// `value` after `label`, its words wrapped at `width` columns with the
/// continuation lines indented under the value; one line when `width` is 0
/// (unknown) or too narrow to indent.
pub fn lines(
    label: &str,
    value: &str,
    label_style: Style,
    value_style: Style,
    width: u16,
) -> Vec<Line<'static>> {
    let room = usize::from(width).saturating_sub(LABEL);
    let head = Span::styled(format!("{label:<LABEL$}"), label_style);
    if room < 12 || value.width() <= room {
        return vec![Line::from(vec![
            head,
            Span::styled(value.to_string(), value_style),
        ])];
    }
    let mut rows: Vec<String> = vec![String::new()];
    for word in value.split(' ') {
        let last = rows.last_mut().expect("one row at least");
        let needed = if last.is_empty() {
            word.width()
        } else {
            last.width() + 1 + word.width()
        };
        if needed <= room || last.is_empty() {
            if !last.is_empty() {
                last.push(' ');
            }
            last.push_str(word);
        } else {
            rows.push(word.to_string());
        }
    }
    rows.into_iter()
        .enumerate()
        .map(|(k, row)| {
            let first = if k == 0 {
                head.clone()
            } else {
                Span::raw(" ".repeat(LABEL))
            };
            Line::from(vec![first, Span::styled(row, value_style)])
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(l: &Line) -> String {
        l.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn wraps_under_the_value() {
        let s = Style::new();
        let ls = lines(
            "Verdict",
            "you may bid but your VOG cannot be ready",
            s,
            s,
            42,
        );
        let t: Vec<String> = ls.iter().map(text).collect();
        assert_eq!(t[0], format!("{:<22}you may bid but your", "Verdict"));
        assert_eq!(t[1], format!("{}VOG cannot be ready", " ".repeat(22)));
        assert!(t.iter().all(|l| l.width() <= 42));
        // unknown width, or a short value: one line
        assert_eq!(lines("A", "b c", s, s, 0).len(), 1);
        assert_eq!(lines("A", "b c", s, s, 40).len(), 1);
    }
}
