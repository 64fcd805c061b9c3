//! A document set in two columns, as `pdftotext -layout` and a print view
//! give it: each line holds a line of the left column, a wide gap, and a
//! line of the right one ("De Provincie Zeeland werkt aan de voltooi-
//! De adviseur stelt het uitvoeringspro-"). A block of such lines is read
//! column by column, the left one first; a word broken over two lines by
//! a hyphen ("voltooi-" / "ing", "de-" / "cember 2026") is joined again.
//!
//! A block is read as columns only where its lines fill the left column
//! (prose, not a table of labels with their values after a gap) and most
//! of them start the right column at the same place. Any other text is
//! returned as it came, but for its broken words.

/// The character columns where a line's text resumes after three spaces or
/// more.
fn resumes(line: &str) -> Vec<usize> {
    let chars: Vec<char> = line.chars().collect();
    let mut out = Vec::new();
    let mut spaces = 0;
    for (i, c) in chars.iter().enumerate() {
        if *c == ' ' {
            spaces += 1;
        } else {
            if spaces >= 3 && i > spaces {
                out.push(i);
            }
            spaces = 0;
        }
    }
    out
}

/// The column where the right column starts in a block, if the block is
/// set in two columns.
fn split_column(block: &[&str]) -> Option<usize> {
    // a table drawn with bars or tabs is a table's, not a page's columns
    if block.iter().any(|l| l.contains(['|', '\t', '│', '+'])) {
        return None;
    }
    let mut counts: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    for line in block {
        for at in resumes(line) {
            *counts.entry(at).or_default() += 1;
        }
    }
    let (&col, &n) = counts.iter().max_by_key(|(c, n)| (**n, **c))?;
    if col < 30 || n < 3 || n * 2 < block.len() {
        return None;
    }
    // the left column is filled: prose, not labels before a gap
    let mut lefts: Vec<usize> = block
        .iter()
        .filter(|l| resumes(l).contains(&col))
        .map(|l| {
            l.chars()
                .take(col)
                .collect::<String>()
                .trim_end()
                .chars()
                .count()
        })
        .collect();
    lefts.sort_unstable();
    let median = lefts[lefts.len() / 2];
    // or its lines run on: a sentence carried to the next line of the
    // column, as no label of a table is
    let heads: Vec<String> = block
        .iter()
        .map(|l| l.chars().take(col).collect::<String>().trim().to_string())
        .filter(|h| !h.is_empty())
        .collect();
    let runs_on = heads.windows(2).filter(|w| runs_on(&w[0], &w[1])).count();
    // and the right column is as full: prose too, not short values
    let mut rights: Vec<usize> = block
        .iter()
        .map(|l| {
            l.chars()
                .skip(col)
                .collect::<String>()
                .trim()
                .chars()
                .count()
        })
        .filter(|n| *n > 0)
        .collect();
    rights.sort_unstable();
    let right_full = rights.get(rights.len() / 2).is_some_and(|n| n * 2 >= col);
    let left_full = median * 4 >= col * 3 || runs_on * 3 >= heads.len();
    (left_full && (right_full || fact_sheet(block, col))).then_some(col)
}

/// Whether the right column is a page's sheet of facts: known labels on
/// lines of their own, each with its value on the next ("Referentie" /
/// "RSD-26-0731" / "Startdatum" / "18 januari 2027"), beside prose on the
/// left. A table's labels with their values after a gap are on the left.
fn fact_sheet(block: &[&str], col: usize) -> bool {
    let rights: Vec<String> = block
        .iter()
        .map(|l| l.chars().skip(col).collect::<String>().trim().to_string())
        .filter(|r| !r.is_empty())
        .collect();
    let labels = rights
        .iter()
        .filter(|r| super::label_blocks::is_name(r))
        .count();
    labels >= 3 && labels * 3 >= rights.len()
}

/// Whether a line of a column goes on with the sentence of the line before:
/// that one ends on a word, a comma or a broken word, this one starts in
/// lower case or with a figure ("cember 2026, 12.00 uur, uitsluitend per" /
/// "e-mail.").
fn runs_on(before: &str, line: &str) -> bool {
    let ends_open = before
        .chars()
        .last()
        .is_some_and(|c| c.is_lowercase() || c == ',' || c == '-');
    ends_open
        && line.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
        && !starts_item(line)
}

/// Whether a line opens a numbered item of its own ("5.2  Nota van
/// inlichtingen", "3) Ervaring"), not a figure going on with a sentence
/// ("12.00 uur, uitsluitend per").
fn starts_item(line: &str) -> bool {
    let number = line.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ')');
    number.len() < line.len()
        && line.len() - number.len() <= 6
        && number.starts_with(' ')
        && number.trim_start().starts_with(char::is_uppercase)
}

/// A block's lines read column by column.
fn by_columns(block: &[&str], col: usize) -> Vec<String> {
    let mut left = Vec::new();
    let mut right = Vec::new();
    for line in block {
        let chars: Vec<char> = line.chars().collect();
        let head: String = chars.iter().take(col).collect();
        let tail: String = chars.iter().skip(col).collect();
        // a line of the right column alone is indented up to it
        let only_right = head.trim().is_empty();
        if !only_right {
            left.push(head.trim_end().to_string());
        }
        if !tail.trim().is_empty() {
            right.push(tail.trim().to_string());
        }
    }
    left.push(String::new());
    left.extend(right);
    left
}

/// Joins words a hyphen broke over two lines: a lowercase letter and "-"
/// end the line and the next starts in lower case ("voltooi-" / "ing"), but
/// not before a conjunction ("hbo-" / "of wo-opleiding").
fn join_broken_words(lines: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    for line in lines {
        let trimmed = line.trim_start();
        let first_word = trimmed.split_whitespace().next().unwrap_or("");
        let joins = out.last().is_some_and(|prev: &String| {
            let p = prev.trim_end();
            let mut back = p.chars().rev();
            back.next() == Some('-')
                && back.next().is_some_and(|c| c.is_lowercase())
                && trimmed.starts_with(|c: char| c.is_lowercase())
                && !["en", "of", "tot", "and", "or"].contains(&first_word)
        });
        match out.last_mut() {
            Some(prev) if joins => {
                let keep = prev.trim_end().len() - 1;
                prev.truncate(keep);
                // the rest of the line after the broken word's end
                prev.push_str(trimmed);
            }
            _ => out.push(line),
        }
    }
    out
}

/// The text with two-column blocks read column by column and broken words
/// joined (see the module).
pub fn repair(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim().is_empty() {
            out.push(String::new());
            i += 1;
            continue;
        }
        let end = lines[i..]
            .iter()
            .position(|l| l.trim().is_empty())
            .map_or(lines.len(), |n| i + n);
        let block = &lines[i..end];
        match split_column(block) {
            Some(col) => out.extend(by_columns(block, col)),
            None => out.extend(block.iter().map(|l| l.to_string())),
        }
        i = end;
    }
    let out = join_broken_words(out);
    super::normalize::join_like(&out, text)
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn two_columns_are_read_left_then_right() {
        let t = "1. Inleiding                                        2. De opdracht\nDe Provincie Zeeland werkt aan de voltooi-          De adviseur stelt het uitvoeringspro-\ning van het Natuurnetwerk Zeeland (NNZ).            gramma NNZ 2027-2029 op, begeleidt de\nVan de opgave van 2.300 hectare is nog              grondverwerving.\n";
        assert_eq!(
            repair(t),
            "1. Inleiding\nDe Provincie Zeeland werkt aan de voltooiing van het Natuurnetwerk Zeeland (NNZ).\nVan de opgave van 2.300 hectare is nog\n\n2. De opdracht\nDe adviseur stelt het uitvoeringsprogramma NNZ 2027-2029 op, begeleidt de\ngrondverwerving.\n"
        );
    }

    #[test]
    fn columns_of_short_lines_running_on_are_read_as_columns() {
        let t = "4. Planning                                         5. Eisen\nUiterste datum vragen: woensdag 16 de-              Een offerte wordt alleen beoordeeld als\ncember 2026, 12.00 uur, uitsluitend per             de kandidaat voldoet aan alle eisen:\ne-mail.                                             a. afgeronde wo-opleiding;\nGesprekken: dinsdag 19 januari 2027,                b. minimaal 5 jaar ervaring.\ntussen 09.30 en 12.30 uur.\n";
        assert_eq!(
            repair(t),
            "4. Planning\nUiterste datum vragen: woensdag 16 december 2026, 12.00 uur, uitsluitend per\ne-mail.\nGesprekken: dinsdag 19 januari 2027,\ntussen 09.30 en 12.30 uur.\n\n5. Eisen\nEen offerte wordt alleen beoordeeld als\nde kandidaat voldoet aan alle eisen:\na. afgeronde wo-opleiding;\nb. minimaal 5 jaar ervaring.\n"
        );
    }

    #[test]
    fn long_labels_before_a_gap_are_no_columns() {
        let t = "Uiterste datum voor het stellen van vragen      15 december 2026\nDatum van de gesprekken met kandidaten          19 januari 2027\nGewenste datum van aanvang van de opdracht      1 februari 2027\n";
        assert_eq!(repair(t), t);
    }

    #[test]
    fn numbered_labels_before_a_gap_are_no_columns() {
        let t = "5. Planning\n5.1  Vragen stellen           t/m dinsdag 8 december 2026, 12.00 uur\n5.2  Nota van inlichtingen    donderdag 10 december 2026\n5.3  Sluiting                 maandag 14 december 2026, 14.00 uur\n5.4  Gesprekken               vrijdag 18 december 2026, stadhuis Harlingen\n";
        assert_eq!(repair(t), t);
    }

    #[test]
    fn prose_beside_a_sheet_of_facts_is_read_as_columns() {
        let t = "Over de opdracht                          Gegevens\nHet waterschap zoekt een adviseur die     Kenmerk\nde peilbesluiten van de polders actua-    WS-77\nliseert en met de boeren overlegt over    Uren per week\nde nieuwe streefpeilen.                   24\n                                          Sluitingsdatum\nEisen                                     9 januari 2027, 12:00\n";
        let out = repair(t);
        assert!(
            out.contains(
                "Kenmerk\nWS-77\nUren per week\n24\nSluitingsdatum\n9 januari 2027, 12:00"
            ),
            "{out}"
        );
        assert!(out.contains("actualiseert en met de boeren"), "{out}");
    }

    #[test]
    fn prose_beside_short_words_that_are_no_labels_stays() {
        let t = "Over de opdracht                          Menu\nHet waterschap zoekt een adviseur die     Home\nde peilbesluiten van de polders actua-    Nieuws\nliseert en met de boeren overlegt over    Contact\nde nieuwe streefpeilen.                   Zoeken\n";
        assert!(repair(t).contains("adviseur die     Home"), "{}", repair(t));
    }

    #[test]
    fn labels_before_a_gap_are_no_columns() {
        let t = "Opdrachtgever          Provincie Zeeland\nKenmerk                PZ-1\nStandplaats            Middelburg (Zeeland)\nOmvang                 32 uur per week\n";
        assert_eq!(repair(t), t);
    }

    #[test]
    fn a_compound_before_a_conjunction_keeps_its_hyphen() {
        let t = "een afgeronde hbo-\nof wo-opleiding en natuur-\nbeleid\n";
        assert_eq!(
            repair(t),
            "een afgeronde hbo-\nof wo-opleiding en natuurbeleid\n"
        );
    }
}
