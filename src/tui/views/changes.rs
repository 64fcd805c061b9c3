//! "What changed": the head of the Overview when a re-import changed the
//! posting. The newest versions' changes field by field (old → new), a
//! criterion's text as a word diff, answers given against the older text
//! named, and a deadline moved earlier as the loudest line on the screen.

use super::clean;
use crate::pipeline::{Change, PostingDetail};
use crate::posting::diff::{FieldChange, WordsHow};
use crate::tui::state::State;
use crate::tui::theme::Theme;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

/// How many re-imports the Overview shows; the Planning pane lists all.
const SHOWN: usize = 2;

/// The block's lines, empty when no re-import changed the posting.
pub fn lines(s: &State, d: &PostingDetail, theme: &Theme) -> Vec<Line<'static>> {
    let imports: Vec<&Change> = d.changes.iter().filter(|c| c.kind == "import").collect();
    let mut out = Vec::new();
    for c in imports.iter().rev().take(SHOWN) {
        let new = if c.seen == Some(false) { " (new)" } else { "" };
        let when = c.at.format("%Y-%m-%d %H:%M");
        out.push(if c.deadline_earlier {
            Line::from(Span::styled(
                format!("!! DEADLINE MOVED EARLIER: re-import of {when}{new}"),
                theme.ko.add_modifier(Modifier::BOLD | Modifier::REVERSED),
            ))
        } else {
            Line::from(Span::styled(
                format!("Δ Changed on re-import of {when}{new}:"),
                theme.warn.add_modifier(Modifier::BOLD),
            ))
        });
        for f in &c.fields {
            out.push(field_line(f, theme));
            if let Some(note) = stale_answer(s, d, f) {
                out.push(Line::from(Span::styled(note, theme.warn)));
            }
        }
    }
    if imports.len() > SHOWN {
        out.push(Line::from(Span::styled(
            match imports.len() - SHOWN {
                1 => "(1 earlier re-import: 5 Planning lists every change)".to_string(),
                n => format!("({n} earlier re-imports: 5 Planning lists every change)"),
            },
            theme.dim,
        )));
    }
    if !out.is_empty() {
        out.push(Line::from(""));
    }
    out
}

/// "  deadline: old → new", or a text with `[-removed-]` struck out and
/// `{+added+}` marked (the marks stay under NO_COLOR).
fn field_line(f: &FieldChange, theme: &Theme) -> Line<'static> {
    let mut spans = vec![Span::styled(
        format!("  {}: ", clean(&f.field)),
        theme.header,
    )];
    if f.words.is_empty() {
        let style = if f.field == "deadline" {
            theme.ko
        } else {
            theme.text
        };
        spans.push(Span::styled(
            clean(f.old.as_deref().unwrap_or("(none)")),
            theme.dim,
        ));
        spans.push(Span::raw(" → "));
        spans.push(Span::styled(
            clean(f.new.as_deref().unwrap_or("(none)")),
            style,
        ));
        return Line::from(spans);
    }
    for w in &f.words {
        let text = clean(&w.text);
        spans.push(match w.how {
            WordsHow::Same => Span::styled(text, theme.text),
            WordsHow::Removed => Span::styled(
                format!("[-{}-]", text.trim()),
                theme.ko.add_modifier(Modifier::CROSSED_OUT),
            ),
            WordsHow::Added => Span::styled(
                format!("{{+{}+}}", text.trim()),
                theme.good.add_modifier(Modifier::BOLD),
            ),
        });
    }
    Line::from(spans)
}

/// For a criterion whose text changed: a note when the user's answer was
/// given against another text than the current one.
fn stale_answer(s: &State, d: &PostingDetail, f: &FieldChange) -> Option<String> {
    let (kind, number) = f.field.split_once(' ')?;
    let number: u32 = number.parse().ok()?;
    let answers = s.judged.answers.get(&d.record.id)?;
    let p = &d.record.posting;
    let look = match kind {
        "knockout" => {
            let text = &p.knockout.iter().find(|c| c.number == number)?.text;
            answers.knockout_answer(number, text)?.1
        }
        "award" => {
            let text = &p.award.iter().find(|c| c.number == number)?.text;
            answers.award_answer(number, text)?.1
        }
        _ => return None,
    };
    look.then(|| "    your answer was given against the older text: look again (2 Criteria)".into())
}
