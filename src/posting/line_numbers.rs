//! A document copied with its line numbers in the margin, as a PDF of a
//! request with numbered lines or a code viewer prints it (" 4  Adviseur
//! Crisiscommunicatie", "14  Sluitingsdatum: vrijdag 8 januari 2027"): the
//! numbers are taken out, so each line reads as the document wrote it.
//!
//! Only a margin counts: most lines numbered, one more than the line before
//! it, the text after each number at one column. A list numbered "1", "2"
//! in a posting's body is none of that.

use std::borrow::Cow;

/// Where a line's margin number ends and its text starts: the number, then
/// two spaces or a tab, or nothing after it (a numbered blank line).
fn margin(line: &str) -> Option<(u32, usize)> {
    let lead = line.len() - line.trim_start_matches(' ').len();
    let digits = line[lead..].bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 4 {
        return None;
    }
    let number = line[lead..lead + digits].parse().ok()?;
    let after = &line[lead + digits..];
    let gap = after.len() - after.trim_start_matches([' ', '\t']).len();
    let blank = after.trim().is_empty();
    (blank || after.starts_with('\t') || gap >= 2).then_some((number, lead + digits + gap))
}

/// The text without the numbers of its margin, or as it is when it has
/// none.
pub fn repair(text: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = text.lines().collect();
    let filled = lines.iter().filter(|l| !l.trim().is_empty()).count();
    let marks: Vec<Option<(u32, usize)>> = lines.iter().map(|l| margin(l)).collect();
    let numbered = marks.iter().flatten().count();
    let counting = marks
        .windows(2)
        .filter(|w| matches!((w[0], w[1]), (Some((a, _)), Some((b, _))) if b == a + 1))
        .count();
    if numbered < 8 || numbered * 10 < filled * 7 || counting * 10 < numbered.saturating_sub(1) * 7
    {
        return Cow::Borrowed(text);
    }
    // the column most text starts at after its number
    let mut columns: Vec<usize> = marks
        .iter()
        .flatten()
        .map(|&(_, c)| c)
        .zip(lines.iter())
        .filter(|(c, l)| *c < l.len())
        .map(|(c, _)| c)
        .collect();
    columns.sort_unstable();
    let column = columns.get(columns.len() / 2).copied().unwrap_or(0);
    let mut out = String::with_capacity(text.len());
    for (line, mark) in lines.iter().zip(&marks) {
        match mark {
            Some((_, start)) => {
                // text indented past the column keeps its indent
                let cut =
                    if *start > column && line.len() >= column && line.is_char_boundary(column) {
                        column
                    } else {
                        (*start).min(line.len())
                    };
                out.push_str(&line[cut..]);
            }
            None => out.push_str(line),
        }
        out.push('\n');
    }
    if !text.ends_with('\n') {
        out.pop();
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn a_margin_of_line_numbers_is_taken_out() {
        let text = " 1  Veiligheidsregio Limburg-Noord          Inhuurverzoek\n 2  Postbus 1150, 5900 BD Venlo\n 3\n 4  Adviseur Crisiscommunicatie\n 5\n 6  Referentie: VRLN-IV-2026-087\n 7  Werkplek: Venlo (Limburg), Veiligheidshuis; bij opschaling ook het\n 8      Regionaal Crisiscentrum in Roermond\n 9  Start: 1 maart 2027\n10  Einde: 31 augustus 2027\n11  Uren per week: 16-20\n";
        assert_eq!(
            repair(text),
            "Veiligheidsregio Limburg-Noord          Inhuurverzoek\nPostbus 1150, 5900 BD Venlo\n\nAdviseur Crisiscommunicatie\n\nReferentie: VRLN-IV-2026-087\nWerkplek: Venlo (Limburg), Veiligheidshuis; bij opschaling ook het\n    Regionaal Crisiscentrum in Roermond\nStart: 1 maart 2027\nEinde: 31 augustus 2027\nUren per week: 16-20\n"
        );
    }

    #[test]
    fn a_numbered_list_in_a_body_is_no_margin() {
        let text = "Adviseur Wonen\n\nEisen\n1  Hbo-diploma\n2  Vijf jaar ervaring\n3  VOG\n\nWensen\n1  Ervaring met woonvisies  40\n2  Netwerk  30\n3  Prijs  30\n\nDe gemeente zoekt een adviseur.\nReageren voor 12 december 2026.\n";
        assert_eq!(repair(text), text);
    }
}
