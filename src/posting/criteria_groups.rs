//! Award criteria grouped under a parent that carries its own points: a
//! plain line with points among a bulleted list ("Kwaliteit (70%)" over
//! "- Ervaring: 40%" and "- Plan van aanpak: 30%", then "Prijs (30%)").
//! A parent with items below it only heads them; one with nothing below it
//! ("Prijs (30%)") is a criterion of its own, as long as the list stays
//! within 100 points.

/// Which rows of a criteria list to keep, given for each row whether it is
/// a plain line among bullets and the points it names. Bullets are always
/// kept; a plain row is kept when no bullet follows it (it heads none) and
/// the points kept before it leave room for its own.
pub fn keep(rows: &[(bool, Option<u32>)]) -> Vec<bool> {
    let mut keep = vec![true; rows.len()];
    for (at, (plain, points)) in rows.iter().enumerate() {
        if *plain {
            // in a list whose parts carry points, a bullet without them (a
            // checklist further down) is none of its parts
            let pointed_parts = rows[..at].iter().any(|(p, pts)| !p && pts.is_some());
            let heads = rows
                .get(at + 1)
                .is_some_and(|(p, pts)| !p && (pts.is_some() || !pointed_parts));
            keep[at] = !heads && points.is_some();
        }
    }
    // a plain row whose points would take the list past 100 is prose
    // about the scores ("wie minder dan 60 punten haalt, valt af")
    let mut sum = 0;
    for (at, (plain, points)) in rows.iter().enumerate() {
        if !keep[at] {
            continue;
        }
        let p = points.unwrap_or(0);
        if *plain && sum + p > 100 {
            keep[at] = false;
        } else {
            sum += p;
        }
    }
    keep
}

/// Which criteria to keep when the list's points pass 100 because a group
/// and its parts are both listed: a row whose points the rows right after
/// it make up exactly. A parent that announces its parts ("… – 30 punten,
/// waarvan:") is the criterion and its parts are dropped; a bare group
/// ("Kwaliteit 65%" over three criteria) is dropped and its parts kept.
/// Kept only when what is left makes exactly 100.
pub fn without_subtotals(rows: &[(Option<u32>, &str)]) -> Vec<bool> {
    let mut keep = vec![true; rows.len()];
    let all: u32 = rows.iter().filter_map(|(p, _)| *p).sum();
    if all <= 100 {
        return keep;
    }
    let mut dropped = 0;
    let mut at = 0;
    while at < rows.len() {
        let Some(total) = rows[at].0 else {
            at += 1;
            continue;
        };
        // the shortest run after it, of two rows or more, that makes it up
        let mut sum = 0;
        let mut end = None;
        for (k, (p, _)) in rows.iter().enumerate().skip(at + 1) {
            let Some(p) = p else { break };
            sum += p;
            if sum == total && k > at + 1 {
                end = Some(k);
                break;
            }
            if sum > total {
                break;
            }
        }
        match end {
            Some(end) => {
                let text = rows[at].1.trim_end();
                let announces = text.ends_with(':') || text.to_lowercase().contains("waarvan");
                if announces {
                    keep[at + 1..=end].iter_mut().for_each(|k| *k = false);
                } else {
                    keep[at] = false;
                }
                dropped += total;
                at = end + 1;
            }
            None => at += 1,
        }
    }
    if all - dropped == 100 {
        keep
    } else {
        vec![true; rows.len()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_and_its_parts_count_once() {
        let rows = [
            (Some(65), "Kwaliteit\t65%"),
            (Some(30), "Ervaring"),
            (Some(20), "Opleiden"),
            (Some(15), "Piket"),
            (Some(35), "Prijs"),
        ];
        assert_eq!(without_subtotals(&rows), [false, true, true, true, true]);
        let parts = [
            (Some(30), "Ervaring – 30 punten, waarvan:"),
            (Some(20), "recreatieparken: 20 punten;"),
            (Some(10), "jachthavens: 10 punten."),
            (Some(40), "Motivatie"),
            (Some(30), "Prijs"),
        ];
        assert_eq!(without_subtotals(&parts), [true, false, false, true, true]);
        let whole = [(Some(60), "Kwaliteit"), (Some(40), "Prijs")];
        assert_eq!(without_subtotals(&whole), [true, true]);
    }

    #[test]
    fn a_parent_over_its_items_is_dropped_and_a_lone_one_kept() {
        // Kwaliteit (70%) / - 40 / - 30 / Prijs (30%)
        let rows = [
            (true, Some(70)),
            (false, Some(40)),
            (false, Some(30)),
            (true, Some(30)),
        ];
        assert_eq!(keep(&rows), [false, true, true, true]);
    }

    #[test]
    fn a_plain_line_past_100_points_is_prose() {
        // - 40 / - 60 / "Wie minder dan 60 punten haalt, valt af."
        let rows = [(false, Some(40)), (false, Some(60)), (true, Some(60))];
        assert_eq!(keep(&rows), [true, true, false]);
    }

    #[test]
    fn a_parent_over_items_without_points_heads_them_still() {
        // "Kwaliteit (60%)" over items without their own points is a
        // heading in the list, not a criterion beside them
        let rows = [(true, Some(60)), (false, None), (false, None)];
        assert_eq!(keep(&rows), [false, true, true]);
    }

    #[test]
    fn a_checklist_under_a_pointed_list_is_headed_by_none() {
        // Kwaliteit – 60 / - K1 30 / - K2 30 / Prijs – 40 / - a checklist's item
        let rows = [
            (true, Some(60)),
            (false, Some(30)),
            (false, Some(30)),
            (true, Some(40)),
            (false, None),
        ];
        assert_eq!(keep(&rows), [false, true, true, true, true]);
    }
}
