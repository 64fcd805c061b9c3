//! A chat app's export of a conversation, where every message opens with
//! its date, time and sender: "[01-12-26 16:52] Jeroen Bakker (Noordflex):
//! Eisen:" (iPhone), "01-12-2026 16:52 - Jeroen: …" (Android), "[16:52,
//! 01/12/2026] Jeroen: …" (the web app). The stamps and senders are taken
//! off, so a heading or a label a message starts with is read as one; the
//! first message's day is kept as the day the posting was sent ("Geplaatst
//! op: 2026-12-01"), which gives a date written without its year ("per 4
//! januari") its year. Text with fewer than three stamped lines is
//! returned as it came. Telegram's copy puts its sender and stamp on a line
//! of their own ("Overheidsklussen 🇳🇱, [04.12.26 16:41]"): its first
//! post is kept, without the replies and other posts under it.

use chrono::NaiveDate;
use regex::Regex;
use std::sync::LazyLock;

/// "[01-12-26 16:52] Name: text", "01-12-2026 16:52 - Name: text".
static DATE_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\[?(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4}),? \d{1,2}:\d{2}(?::\d{2})?\]?(?: -)? ([^:\n]{1,60}?): ?(.*)$",
    )
    .expect("static pattern")
});

/// "[16:52, 01/12/2026] Name: text".
static TIME_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\[\d{1,2}:\d{2}(?::\d{2})?, (\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})\] ([^:\n]{1,60}?): ?(.*)$",
    )
    .expect("static pattern")
});

/// A stamped line's day and message.
fn stamped(line: &str) -> Option<(Option<NaiveDate>, String)> {
    let c = DATE_FIRST
        .captures(line)
        .or_else(|| TIME_FIRST.captures(line))?;
    let day: u32 = c[1].parse().ok()?;
    let month: u32 = c[2].parse().ok()?;
    let year: i32 = c[3].parse().ok()?;
    let year = if year < 100 { 2000 + year } else { year };
    Some((
        NaiveDate::from_ymd_opt(year, month, day),
        c[5].trim_end().to_string(),
    ))
}

/// Telegram's copy of a message: a line of its sender and stamp
/// ("Overheidsklussen 🇳🇱, [04.12.26 16:41]"), the message under it.
static SENDER_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(.{1,60}?), \[(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4}) (\d{1,2}):(\d{2})(?::\d{2})?\]$",
    )
    .expect("static pattern")
});

/// A Telegram message's sender, day and minute of the day.
fn sender_stamp(line: &str) -> Option<(String, Option<NaiveDate>, u32)> {
    let c = SENDER_STAMP.captures(line.trim())?;
    let year: i32 = c[4].parse().ok()?;
    let year = if year < 100 { 2000 + year } else { year };
    let day = NaiveDate::from_ymd_opt(year, c[3].parse().ok()?, c[2].parse().ok()?);
    let minute = c[5].parse::<u32>().ok()? * 60 + c[6].parse::<u32>().ok()?;
    Some((c[1].trim().to_string(), day, minute))
}

/// A channel's name: one word once its flags and pictographs are off
/// ("Overheidsklussen 🇳🇱"), where a person has a first and last name.
fn channel_name(sender: &str) -> Option<&str> {
    let name = sender
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .trim();
    (!name.contains(' ') && name.chars().count() >= 3).then_some(name)
}

/// A Telegram copy: its first message (and the sender's next ones within a
/// minute, one post cut in two), without the replies and other posts after
/// it, with the day it was sent and, for a channel, the channel as the
/// site. `None` when the text does not open with a sender's stamp.
fn telegram(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let first = lines.iter().position(|l| !l.trim().is_empty())?;
    let (sender, day, mut last) = sender_stamp(lines[first])?;
    let mut out: Vec<String> = Vec::new();
    if let Some(day) = day {
        out.push(format!("Geplaatst op: {day}"));
    }
    if let Some(name) = channel_name(&sender) {
        out.push(format!("Platform: {name}"));
    }
    let mut keep = true;
    for line in &lines[first + 1..] {
        if let Some((who, _, minute)) = sender_stamp(line) {
            keep = who == sender && minute.abs_diff(last) <= 1;
            last = minute;
            continue;
        }
        if keep {
            out.push((*line).to_string());
        }
    }
    let mut s = out.join("\n");
    if text.ends_with('\n') {
        s.push('\n');
    }
    Some(s)
}

/// The text with the chat's stamps and senders taken off.
pub fn repair(text: &str) -> String {
    if let Some(post) = telegram(text) {
        return post;
    }
    if text
        .lines()
        .filter(|l| stamped(l).is_some())
        .take(3)
        .count()
        < 3
    {
        return text.to_string();
    }
    let mut sent: Option<NaiveDate> = None;
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        match stamped(line) {
            Some((day, message)) => {
                sent = sent.or(day);
                out.push(message);
            }
            None => out.push(line.to_string()),
        }
    }
    let mut s = match sent {
        Some(day) => format!("Geplaatst op: {day}\n{}", out.join("\n")),
        None => out.join("\n"),
    };
    if text.ends_with('\n') {
        s.push('\n');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn stamps_and_senders_are_taken_off() {
        let chat = "[03-02-27 09:10] Piet (Bureau Zuid): Hoi!\n[03-02-27 09:11] Piet (Bureau Zuid): Eisen:\n1. hbo\n2. 5 jaar ervaring\n[03-02-27 09:12] Anna: Top\n";
        let out = repair(chat);
        assert_eq!(
            out,
            "Geplaatst op: 2027-02-03\nHoi!\nEisen:\n1. hbo\n2. 5 jaar ervaring\nTop\n"
        );
    }

    #[test]
    fn an_android_export_is_read_too() {
        let chat = "3-2-2027 09:10 - Piet: Start: per 1 maart\n3-2-2027 09:11 - Piet: Uren: 32\n3-2-2027 09:12 - Anna: ok\n";
        assert!(repair(chat).starts_with("Geplaatst op: 2027-02-03\nStart: per 1 maart\nUren: 32"));
    }

    #[test]
    fn a_telegram_channels_post_without_its_replies() {
        let t = "Overheidsklussen 🇳🇱, [04.12.26 16:41]\nJurist\nStart ma 11 jan\n\nOverheidsklussen 🇳🇱, [04.12.26 16:43]\nOok nog open: Handhaver – zzp NIET mogelijk\n\nRik Hoekstra, [04.12.26 17:02]\n82 is krap\n";
        assert_eq!(
            repair(t),
            "Geplaatst op: 2026-12-04\nPlatform: Overheidsklussen\nJurist\nStart ma 11 jan\n\n"
        );
        // a person's forward names no site
        let t = "Rik Hoekstra, [04.12.26 17:02]\nJurist gezocht\n";
        assert_eq!(repair(t), "Geplaatst op: 2026-12-04\nJurist gezocht\n");
    }

    #[test]
    fn a_text_with_one_stamp_is_untouched() {
        let t = "[03-02-27 09:10] Piet: zie hieronder\nStartdatum: 1 maart 2027\n";
        assert_eq!(repair(t), t);
    }

    #[test]
    fn the_start_of_a_chat_gets_its_year_from_the_day_it_was_sent() {
        let chat = "[01-12-26 17:03] Jan (Flex): Gemeente Assen zoekt een Jurist\n[01-12-26 17:05] Jan (Flex): *Opdracht: Jurist Omgevingsrecht*\nStart: per 11 januari\nUren: 32 uur p/w\n[01-12-26 17:09] Jan (Flex): Eisen:\n1. wo rechten\n2. 3 jaar ervaring\n[01-12-26 17:15] Jan (Flex): Nee, VOG hoeft niet voor deze\n";
        let p = crate::posting::parse(chat).expect("a posting");
        assert_eq!(
            p.start_date.map(|d| d.to_string()).as_deref(),
            Some("2027-01-11")
        );
        assert_eq!(p.knockout.len(), 2);
        assert!(!p.vog.required);
    }
}
