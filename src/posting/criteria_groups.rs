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
            let heads = rows.get(at + 1).is_some_and(|(p, _)| !p);
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
