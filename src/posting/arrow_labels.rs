//! Labels set off from their values by an arrow or a guillemet instead of a
//! colon ("Kenmerk GGD › GGDF-INH-2026-052", "Start » 11 jan. 2027", "Uren
//! → 24 uur per week"): where three or more lines of a text have one such
//! mark after a label-like name (one to four words with a capital, no
//! digit), each gets its colon. A breadcrumb ("A › B › C") has more than
//! one mark and is left, as is any other text.

/// The marks a page sets between a label and its value.
const MARKS: [&str; 5] = [" › ", " » ", " → ", " ▸ ", " ➜ "];

/// Where the name ends and the value starts, for a line with one mark.
fn split(line: &str) -> Option<(usize, usize)> {
    let mut found = None;
    for m in MARKS {
        match line.matches(m).count() {
            0 => {}
            1 if found.is_none() => {
                let at = line.find(m)?;
                found = Some((at, at + m.len()));
            }
            _ => return None,
        }
    }
    let (end, value) = found?;
    let name = line[..end].trim();
    let words = name.split_whitespace().count();
    (name.starts_with(char::is_uppercase)
        && (1..=4).contains(&words)
        && !name.contains(|c: char| c.is_ascii_digit())
        && !line[value..].trim().is_empty())
    .then_some((end, value))
}

/// The text with each marked label's mark made a colon (see the module).
pub fn repair(text: &str) -> String {
    if !MARKS.iter().any(|m| text.contains(m))
        || text.lines().filter(|l| split(l).is_some()).take(3).count() < 3
    {
        return text.to_string();
    }
    let out: Vec<String> = text
        .lines()
        .map(|l| match split(l) {
            Some((end, value)) => format!("{}: {}", l[..end].trim_end(), l[value..].trim()),
            None => l.to_string(),
        })
        .collect();
    super::normalize::join_like(&out, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_between_labels_and_values_become_colons() {
        let t = "GGD Fryslân › Leeuwarden › Publieke gezondheid\nKenmerk GGD › GGDF-INH-2026-052\nStart › 11 jan. 2027\nUren › 24 uur per week\n";
        assert_eq!(
            repair(t),
            "GGD Fryslân › Leeuwarden › Publieke gezondheid\nKenmerk GGD: GGDF-INH-2026-052\nStart: 11 jan. 2027\nUren: 24 uur per week\n"
        );
    }

    #[test]
    fn one_or_two_marked_lines_are_left() {
        let t = "Home › Opdrachten\nStart › 11 jan. 2027\n";
        assert_eq!(repair(t), t);
    }
}
