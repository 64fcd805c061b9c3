//! Popups drawn over the screen: help (generated from the keymap), filters,
//! stage menu, import prompt, the note editor and the profile editor.

use super::clean;
use crate::pipeline::Stage;
use crate::tui::importing::ImportJob;
use crate::tui::keymap;
use crate::tui::popup::{FILTER_FIELDS, PROFILE_FIELDS, filter_value, profile_value};
use crate::tui::state::{Popup, State};
use crate::tui::theme::{self, Theme};
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Gauge, Paragraph, Wrap};

fn frame<'a>(
    f: &mut Frame,
    area: Rect,
    w: u16,
    h: u16,
    title: &'a str,
    theme: &Theme,
) -> (Rect, Block<'a>) {
    let rect = area.centered(
        Constraint::Length(w.min(area.width)),
        Constraint::Length(h.min(area.height)),
    );
    f.render_widget(Clear, rect);
    let block = Block::bordered()
        .border_style(theme.header)
        .title(Span::styled(title, theme.title));
    (rect, block)
}

pub fn render(f: &mut Frame, area: Rect, s: &State, theme: &Theme) {
    let Some(popup) = &s.popup else { return };
    match popup {
        Popup::Help { scroll } => help(f, area, *scroll, theme),
        Popup::Stats { stats, scroll } => super::stats::render(f, area, stats, *scroll, theme),
        Popup::Outcome(form) => super::outcome_form::render(f, area, form, theme),
        Popup::Filter { field } => filter(f, area, s, *field, theme),
        Popup::StageMenu { index } => stage_menu(f, area, *index, theme),
        Popup::Import(input) => {
            let (rect, block) = frame(f, area, 70, 5, " Import a file or folder ", theme);
            let lines = vec![
                Line::from(vec![
                    Span::styled("Path: ", theme.header),
                    Span::raw(clean(input.value())),
                    Span::styled("█", theme.key),
                ]),
                Line::from(Span::styled(
                    "Enter imports · Esc cancels · .txt, .html, .pdf",
                    theme.dim,
                )),
            ];
            f.render_widget(Paragraph::new(lines).block(block), rect);
        }
        Popup::Importing(job) => importing(f, area, job, theme),
        Popup::ImportSummary { job, scroll } => import_summary(f, area, job, *scroll, theme),
        Popup::Profile { field, editing } => profile(f, area, s, *field, editing.as_ref(), theme),
        Popup::Form(form) => super::form::render(f, area, form, theme),
        Popup::ConfirmArchive { id, title } => super::form::confirm(f, area, id, title, theme),
        Popup::Note { id, editor } => {
            let title = format!(" Note on {} · Ctrl-S saves · Esc discards ", clean(id));
            let (rect, block) = frame(f, area, 70, 12, "", theme);
            let block = block.title(Span::styled(title, theme.title));
            let inner = block.inner(rect);
            f.render_widget(block, rect);
            f.render_widget(&**editor, inner);
        }
    }
}

/// The import under way: counts, a gauge, the next file.
fn importing(f: &mut Frame, area: Rect, job: &ImportJob, theme: &Theme) {
    let (rect, block) = frame(f, area, 70, 6, " Importing ", theme);
    let inner = block.inner(rect);
    f.render_widget(block, rect);
    let mut counts = format!(
        "Importing {}/{} · added {} · updated {}",
        job.done,
        job.files.len(),
        job.added,
        job.updated
    );
    if job.unchanged > 0 {
        counts.push_str(&format!(" · unchanged {}", job.unchanged));
    }
    counts.push_str(&format!(" · failed {}", job.failed.len()));
    let next = job
        .next_file()
        .map_or(String::new(), |p| format!("next: {}", clean(&job.shown(p))));
    let rows = [
        Line::from(Span::styled(counts, theme.header)),
        Line::from(""), // the gauge
        Line::from(Span::styled(next, theme.dim)),
        Line::from(Span::styled(
            "Esc cancels · files not started are skipped",
            theme.dim,
        )),
    ];
    for (i, row) in rows.into_iter().enumerate() {
        let y = inner.y + i as u16;
        if y >= inner.bottom() {
            break;
        }
        let r = Rect::new(inner.x, y, inner.width, 1);
        if i == 1 {
            let gauge = Gauge::default()
                .gauge_style(theme.key)
                .use_unicode(true)
                .ratio(job.ratio().clamp(0.0, 1.0))
                .label(format!("{:.0}%", job.ratio() * 100.0));
            f.render_widget(gauge, r);
        } else {
            f.render_widget(Paragraph::new(row), r);
        }
    }
}

/// What the import did: the counts, what was skipped, each failed file with
/// its reason (scrolls with j/k).
fn import_summary(f: &mut Frame, area: Rect, job: &ImportJob, scroll: u16, theme: &Theme) {
    let mut lines = vec![Line::from(Span::styled(clean(&job.counts()), theme.header))];
    if job.cancelled {
        lines.push(Line::from(format!(
            "Cancelled after {} of {} files: {} not started were skipped.",
            job.done,
            job.files.len(),
            job.skipped()
        )));
    }
    lines.push(Line::from(""));
    if job.failed.is_empty() {
        lines.push(Line::from(Span::styled("No file failed.", theme.good)));
    } else {
        lines.push(Line::from(Span::styled(
            format!("Failed ({}):", job.failed.len()),
            theme.header,
        )));
        for (path, reason) in &job.failed {
            lines.push(Line::from(vec![
                Span::styled(format!("{}: ", clean(&job.shown(path))), theme.key),
                Span::styled(clean(reason), theme.error),
            ]));
        }
    }
    let title = if job.cancelled {
        " Import cancelled · j/k scroll · Esc closes "
    } else {
        " Import finished · j/k scroll · Esc closes "
    };
    let width = 72u16.min(area.width);
    let inner_w = usize::from(width.saturating_sub(2)).max(1);
    let rows: usize = lines
        .iter()
        .map(|l| l.width().div_ceil(inner_w).max(1))
        .sum();
    let h = (rows as u16 + 2).min(area.height.saturating_sub(2));
    let (rect, block) = frame(f, area, width, h, title, theme);
    f.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
        rect,
    );
}

/// Every binding, by context, from the keymap.
pub fn help_lines(theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = vec![];
    for (ctx, entries) in keymap::help_sections() {
        lines.push(Line::from(Span::styled(ctx.label(), theme.header)));
        for (keys, help) in entries {
            lines.push(Line::from(vec![
                Span::styled(format!("  {keys:<24}"), theme.key),
                Span::raw(help),
            ]));
        }
    }
    lines
}

fn help_rect(area: Rect) -> Rect {
    area.centered(
        Constraint::Length(72.min(area.width)),
        Constraint::Length(area.height.saturating_sub(2).min(area.height)),
    )
}

/// The inside of the help popup on a screen of `area`.
pub fn help_inner(area: Rect) -> Rect {
    Block::bordered().inner(help_rect(area))
}

fn help(f: &mut Frame, area: Rect, scroll: u16, theme: &Theme) {
    let lines = help_lines(theme);
    let limit = super::extent::limit(&lines, help_inner(area));
    let (rect, block) = frame(
        f,
        area,
        72,
        area.height.saturating_sub(2),
        " Keys · j/k scroll · PgDn/PgUp page · Esc closes ",
        theme,
    );
    debug_assert_eq!(rect, help_rect(area));
    f.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(ratatui::widgets::Wrap { trim: false })
            .scroll((scroll.min(limit), 0)),
        rect,
    );
}

fn filter(f: &mut Frame, area: Rect, s: &State, field: usize, theme: &Theme) {
    let mut lines = vec![];
    for (i, name) in FILTER_FIELDS.iter().enumerate() {
        let sel = i == field;
        let style = if sel { theme.selected } else { theme.text };
        lines.push(Line::from(vec![
            Span::styled(
                if sel {
                    theme::SELECTED
                } else {
                    theme::UNSELECTED
                },
                style,
            ),
            Span::styled(
                format!("{name:<16}"),
                if sel { style } else { theme.header },
            ),
            Span::styled(format!("◀ {} ▶", clean(&filter_value(&s.filter, i))), style),
        ]));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        format!("{} of {} postings match", s.visible.len(), s.records.len()),
        theme.dim,
    )));
    lines.push(Line::from(Span::styled(
        "j/k field · h/l value · c clear · Enter close",
        theme.dim,
    )));
    let (rect, block) = frame(f, area, 52, lines.len() as u16 + 2, " Filters ", theme);
    f.render_widget(Paragraph::new(lines).block(block), rect);
}

fn stage_menu(f: &mut Frame, area: Rect, index: usize, theme: &Theme) {
    let lines: Vec<Line> = Stage::ALL
        .iter()
        .enumerate()
        .map(|(i, st)| {
            let sel = i == index;
            Line::from(Span::styled(
                format!(
                    "{}{}",
                    if sel {
                        theme::SELECTED
                    } else {
                        theme::UNSELECTED
                    },
                    st.label()
                ),
                if sel { theme.selected } else { theme.text },
            ))
        })
        .collect();
    let (rect, block) = frame(f, area, 34, lines.len() as u16 + 2, " Set stage ", theme);
    f.render_widget(Paragraph::new(lines).block(block), rect);
}

fn profile(
    f: &mut Frame,
    area: Rect,
    s: &State,
    field: usize,
    editing: Option<&tui_input::Input>,
    theme: &Theme,
) {
    let mut lines = vec![];
    for (i, name) in PROFILE_FIELDS.iter().enumerate() {
        let sel = i == field;
        let style = if sel { theme.selected } else { theme.text };
        let value = match editing {
            Some(input) if sel => vec![
                Span::styled(clean(input.value()), theme.text),
                Span::styled("█", theme.key),
            ],
            _ => vec![Span::styled(
                clean(&profile_value(&s.judged.profile, i)),
                style,
            )],
        };
        let mut spans = vec![
            Span::styled(
                if sel {
                    theme::SELECTED
                } else {
                    theme::UNSELECTED
                },
                style,
            ),
            Span::styled(
                format!("{name:<13}"),
                if sel { style } else { theme.header },
            ),
        ];
        spans.extend(value);
        lines.push(Line::from(spans));
    }
    lines.push(Line::from(""));
    let ko = s
        .judged
        .per_record
        .iter()
        .filter(|a| a.score.knockout_fail)
        .count();
    lines.push(Line::from(Span::styled(
        format!(
            "{ko} of {} postings fail a knock-out with this profile",
            s.records.len()
        ),
        theme.dim,
    )));
    let hint = if editing.is_some() {
        "type · Enter saves · Esc cancels"
    } else {
        "j/k field · h/l change · Enter type · Esc close"
    };
    lines.push(Line::from(Span::styled(hint, theme.dim)));
    let (rect, block) = frame(f, area, 60, lines.len() as u16 + 2, " Your profile ", theme);
    f.render_widget(Paragraph::new(lines).block(block), rect);
    if let Some(input) = editing {
        let x = rect.x + 1 + 2 + 13 + input.visual_cursor() as u16;
        f.set_cursor_position((
            x.min(rect.right().saturating_sub(2)),
            rect.y + 1 + field as u16,
        ));
    }
}
