//! A fact's name glued to its value by a page's copy, with no space after
//! the colon ("Gesprekken:13-01-2027 en 14-01-2027", "Nota van
//! inlichtingen:22-12-2026", "Status:Open voor inschrijving"): the space
//! is put back, so the value is read as any other "Label: value". Only a
//! name that opens the line, of one to four words with a capital and no
//! digit, gets it; a time ("12:00"), an address ("https://…") or a colon
//! inside a sentence does not.

/// The line with a space after its name's colon, where one was lost.
pub fn spaced(line: &str) -> String {
    let Some(colon) = line.find(':') else {
        return line.to_string();
    };
    let (name, value) = (&line[..colon], &line[colon + 1..]);
    let trimmed = name.trim_start();
    let is_name = trimmed.starts_with(char::is_uppercase)
        && trimmed.chars().count() <= 40
        && (1..=4).contains(&trimmed.split_whitespace().count())
        && !trimmed.contains(|c: char| c.is_ascii_digit() || c == '/')
        && trimmed.ends_with(|c: char| c.is_alphabetic() || c == ')');
    let glued =
        value.starts_with(|c: char| c.is_alphanumeric() || c == '€') && !value.starts_with("//");
    if is_name && glued {
        format!("{name}: {value}")
    } else {
        line.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::spaced;

    #[test]
    fn a_name_glued_to_its_value_gets_its_space_back() {
        assert_eq!(spaced("Gesprekken:13-01-2027"), "Gesprekken: 13-01-2027");
        assert_eq!(
            spaced("Nota van inlichtingen:22-12-2026"),
            "Nota van inlichtingen: 22-12-2026"
        );
        assert_eq!(spaced("Max. tarief:€ 108,00"), "Max. tarief: € 108,00");
        assert_eq!(
            spaced("Bron:https://example.nl"),
            "Bron: https://example.nl"
        );
        assert_eq!(spaced("Status:Open"), "Status: Open");
    }

    #[test]
    fn times_addresses_and_sentences_keep_their_colons() {
        for line in [
            "Sluiting 04-01-2027 09:00",
            "https://example.nl/opdracht",
            "om 12:00 uur",
            "Wij vragen het volgende van de kandidaat in deze rol:ervaring",
            "Ref. 2026/88:12",
            "Uitnodiging: maximaal 4 kandidaten",
        ] {
            assert_eq!(spaced(line), line);
        }
    }
}
