//! A form's boxes, ticked or not, as a filled-in Word form or a checklist
//! gives them ("VOG vereist: ☒ Ja ☐ Nee", "Inzet zzp: ☐ Toegestaan ☒ Niet
//! toegestaan", "[x] Rijbewijs B"): a field keeps only the options ticked
//! ("VOG vereist: Ja"), and in a list where some boxes are ticked and some
//! not ("Knock-out eisen (aankruisen wat van toepassing is)") only the ticked
//! items stay, as bullets. A list with no box ticked is a checklist, every
//! item kept.

/// A ticked box and an empty one, in the spellings forms use.
const TICKED: &[&str] = &["☒", "☑", "✔", "✓", "[x]", "[X]", "(x)", "(X)"];
const EMPTY: &[&str] = &["☐", "□", "[ ]", "( )"];

/// The first box in `text` from byte `from`: (start, length, ticked).
fn next_box(text: &str, from: usize) -> Option<(usize, usize, bool)> {
    let rest = text.get(from..)?;
    TICKED
        .iter()
        .map(|b| (b, true))
        .chain(EMPTY.iter().map(|b| (b, false)))
        .filter_map(|(b, ticked)| rest.find(b).map(|i| (from + i, b.len(), ticked)))
        .min_by_key(|(i, _, _)| *i)
}

/// A line's text before its first box and each box's option.
fn options(line: &str) -> Option<(&str, Vec<(bool, String)>)> {
    let (first, mut len, mut ticked) = next_box(line, 0)?;
    let mut at = first;
    let mut out = Vec::new();
    loop {
        let start = at + len;
        let next = next_box(line, start);
        let end = next.map_or(line.len(), |(i, _, _)| i);
        // "✔️": the emoji's variation selector goes with its box
        let option = line[start..end]
            .trim_start_matches(['\u{fe0f}', '\u{200d}'])
            .trim()
            .trim_end_matches(['_', ' ', ':'])
            .to_string();
        out.push((ticked, option));
        match next {
            Some((i, l, t)) => (at, len, ticked) = (i, l, t),
            None => break,
        }
    }
    Some((&line[..first], out))
}

/// Whether the text before a line's first box is nothing but a bullet: the
/// box opens an item of a list, not a field's options.
fn opens_line(before: &str) -> bool {
    before
        .trim()
        .trim_start_matches(['-', '*', '•'])
        .trim()
        .is_empty()
}

/// The cells of a table row written with pipes or tabs, or None.
fn cells(line: &str) -> Option<Vec<&str>> {
    let t = line.trim();
    let cells: Vec<&str> = if t.starts_with('|') {
        t.trim_matches('|').split('|').map(str::trim).collect()
    } else if t.contains('\t') {
        t.split('\t').map(str::trim).collect()
    } else {
        return None;
    };
    (cells.len() >= 3).then_some(cells)
}

/// A cell that is one box and nothing else: Some(ticked).
fn lone_box(cell: &str) -> Option<bool> {
    if TICKED.contains(&cell) {
        Some(true)
    } else if EMPTY.contains(&cell) {
        Some(false)
    } else {
        None
    }
}

/// A table whose columns are the options ("| Onderdeel | Ja | Nee |", then
/// "| VOG vereist | ☐ | ☒ |"): each row of lone boxes becomes its field
/// with the options of the ticked columns ("VOG vereist: Nee").
fn option_columns(lines: &[&str]) -> Vec<String> {
    let mut header: Option<Vec<&str>> = None;
    lines
        .iter()
        .map(|line| {
            let Some(row) = cells(line) else {
                header = None;
                return line.to_string();
            };
            let boxes: Vec<Option<bool>> = row[1..].iter().map(|c| lone_box(c)).collect();
            if boxes.iter().all(Option::is_none) {
                if !row.iter().all(|c| c.chars().all(|ch| "-: ".contains(ch))) {
                    header = Some(row);
                }
                return line.to_string();
            }
            match &header {
                Some(h)
                    if h.len() == row.len()
                        && boxes.iter().all(Option::is_some)
                        && boxes.contains(&Some(true)) =>
                {
                    let chosen: Vec<&str> = boxes
                        .iter()
                        .zip(&h[1..])
                        .filter(|(b, _)| **b == Some(true))
                        .map(|(_, name)| *name)
                        .collect();
                    format!("{}: {}", row[0], chosen.join(", "))
                }
                _ => line.to_string(),
            }
        })
        .collect()
}

/// The text with its boxes read (see the module).
pub fn repair(text: &str) -> String {
    if !TICKED.iter().chain(EMPTY).any(|b| text.contains(b)) {
        return text.to_string();
    }
    let lines = option_columns(&text.lines().collect::<Vec<_>>());
    let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let Some((before, opts)) = options(lines[i]) else {
            out.push(lines[i].to_string());
            i += 1;
            continue;
        };
        if !opens_line(before) {
            // a field: its ticked options
            let chosen: Vec<&str> = opts
                .iter()
                .filter(|(t, o)| *t && !o.is_empty())
                .map(|(_, o)| o.as_str())
                .collect();
            out.push(
                format!("{} {}", before.trim_end(), chosen.join(", "))
                    .trim_end()
                    .to_string(),
            );
            i += 1;
            continue;
        }
        // a run of items that each start with a box
        let mut run = Vec::new();
        while let Some((before, opts)) = lines.get(i).and_then(|l| options(l)) {
            if !opens_line(before) {
                break;
            }
            let text = opts
                .iter()
                .map(|(_, o)| o.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            run.push((opts[0].0, text));
            i += 1;
        }
        let chosen_only = run.iter().any(|(t, _)| *t) && run.iter().any(|(t, _)| !*t);
        for (ticked, item) in run {
            if ticked || !chosen_only {
                out.push(format!("- {item}"));
            }
        }
    }
    super::normalize::join_like(&out, text)
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn a_field_keeps_its_ticked_options() {
        assert_eq!(
            repair(
                "VOG vereist:            ☒ Ja   ☐ Nee\nInzet zzp: ☐ Toegestaan   ☒ Niet toegestaan\nStartdatum: ☒ Zo spoedig mogelijk   ☐ Per datum: ______\nWerkdagen: ☒ ma ☒ di ☐ vr\nAkkoord: ☐   Naam: ____\n"
            ),
            "VOG vereist: Ja\nInzet zzp: Niet toegestaan\nStartdatum: Zo spoedig mogelijk\nWerkdagen: ma, di\nAkkoord:\n"
        );
    }

    #[test]
    fn a_list_keeps_its_ticked_items() {
        assert_eq!(
            repair("Eisen:\n☒ Hbo-opleiding\n☐ Rijbewijs B\n[x] 2 jaar ervaring\nWensen"),
            "Eisen:\n- Hbo-opleiding\n- 2 jaar ervaring\nWensen"
        );
        // an emoji tick keeps no variation selector on its item
        assert_eq!(
            repair("Must haves\n✔\u{fe0f} hbo-werk- en denkniveau\n"),
            "Must haves\n- hbo-werk- en denkniveau\n"
        );
    }

    #[test]
    fn a_table_of_option_columns_gives_each_row_its_ticked_column() {
        assert_eq!(
            repair(
                "| Onderdeel | Ja | Nee |\n| --- | --- | --- |\n| VOG vereist | ☐ | ☒ |\n| Eigen laptop | ☒ | ☐ |\n"
            ),
            "| Onderdeel | Ja | Nee |\n| --- | --- | --- |\nVOG vereist: Nee\nEigen laptop: Ja\n"
        );
    }

    #[test]
    fn a_checklist_with_no_box_ticked_keeps_every_item() {
        assert_eq!(
            repair("Eisen:\n- [ ] Rijbewijs B\n- [ ] Hbo\n"),
            "Eisen:\n- Rijbewijs B\n- Hbo\n"
        );
    }
}
