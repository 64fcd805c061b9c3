//! Lines at the end of a list of award criteria that are no criteria: the
//! row of their sum ("TOTAAL ..... 100 PUNTEN", "Totaal      100"), the
//! whole written after the last row ("- prijs: 40" / "(totaal 100
//! punten)") and a sentence after the list ("De 3 hoogst scorende
//! kandidaten worden uitgenodigd."). Each is told by the rows before it
//! making exactly that sum.

use super::criteria_points::{bracketed_points, points_of, trailing_number, with_total};
use super::normalize::fold;

/// The sum of the rows' points, if every row has them.
pub(super) fn sum(mut points: impl Iterator<Item = Option<u32>>) -> Option<u32> {
    points.try_fold(0, |sum, p| p.map(|p| sum + p))
}

/// Whether a row names a sum in its first words ("Totaal", "TOTAL",
/// "Weighted total", "Gewogen totaal", "Samen").
fn is_total(text: &str) -> bool {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(3)
        .any(|w| matches!(w, "totaal" | "total" | "totaalscore" | "samen"))
        // "Max. score 100 ptn", "Maximale score: 100"
        // "Maximaal te behalen: 60 punten", "Te behalen punten: 100"
        || [
            "max score",
            "max. score",
            "maximale score",
            "maximum score",
            "maximaal te behalen",
            "max. te behalen",
            "te behalen",
        ]
            .iter()
            .any(|p| fold(text).trim_start().starts_with(p))
}

/// Whether `last` is the row of the sum of the named points of `rest`
/// ("TOTAAL ..... 100 PUNTEN").
pub(super) fn is_sum_row(rest: &[&str], last: &str) -> bool {
    is_total(last) && points_of(last) == Some(rest.iter().filter_map(|t| points_of(t)).sum())
}

/// Whether the last of the rows is the sum of the others' bare points
/// ("Totaal      100", or named: "Werkervaring: 20" … / "Totaal: 100 punten").
pub(super) fn is_bare_sum_row(bare: &[Option<u32>], last: &str) -> bool {
    let Some((total, rest)) = bare.split_last() else {
        return false;
    };
    let Some(total) = total.or_else(|| points_of(last)) else {
        return false;
    };
    rest.len() >= 2
        && rest.iter().all(Option::is_some)
        && rest.iter().flatten().sum::<u32>() == total
        && is_total(last)
}

/// The last row without the whole written after it, where the rows (with
/// `pointed` as each one's points) make that whole.
pub(super) fn without_total(
    texts: &[&str],
    pointed: impl Fn(&str) -> Option<u32>,
) -> Option<String> {
    let (last, rest) = texts.split_last()?;
    let (head, total) = with_total(last)?;
    let rows = sum(rest.iter().map(|t| pointed(t)).chain([pointed(head)]));
    (rows == Some(total)).then(|| head.to_string())
}

/// Whether the last row is a sentence after a list whose rows (their
/// named points, else `bare`) make 100.
pub(super) fn is_sentence_after(texts: &[&str], bare: &[Option<u32>]) -> bool {
    let ([rest @ .., last], [bare_rest @ .., None]) = (texts, bare) else {
        return false;
    };
    rest.len() >= 2
        && points_of(last).is_none()
        && last.trim_end().ends_with('.')
        && sum(rest.iter().zip(bare_rest).map(|(t, b)| points_of(t).or(*b))) == Some(100)
}

/// Every row's points in brackets ("- prijs (35)"), where they make the
/// whole 100, also above the row of their sum ("Totaal 100"), whose
/// number is kept so the row is told as the sum and dropped.
pub(super) fn bracketed_whole(texts: &[&str]) -> Option<Vec<Option<u32>>> {
    let mut bracketed: Vec<Option<u32>> = texts.iter().map(|t| bracketed_points(t)).collect();
    let mut whole = 100;
    if let [rows @ .., last] = texts
        && bracketed.last() == Some(&None)
        && is_total(last)
        && sum(bracketed[..rows.len()].iter().copied()) == Some(100)
    {
        bracketed[rows.len()] = trailing_number(last);
        whole = 200;
    }
    (bracketed.len() >= 2 && sum(bracketed.iter().copied()) == Some(whole)).then_some(bracketed)
}
