//! Award criteria in one sentence that weighs groups and their parts
//! ("Kwaliteit 70%, waarvan plan van aanpak 40% en relevante ervaring 30%;
//! prijs 30%.", "kwaliteit 70% (plan van aanpak 40%, cv 30%), prijs 30%"):
//! the criteria are the parts, not the group that sums them. A line is
//! read so only where leaving out each group (a weight equal to the sum of
//! the weights right after it) makes the rest add up to exactly 100.

use regex::Regex;
use std::sync::LazyLock;

/// One weighed part: a few words, then its weight in percent or points.
static PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(\p{L}[\p{L}\s'’/-]{1,60}?)\s*:?\s*(\d{1,3})\s*(?:%|procent|punten|punt|pnt\.?|pt\.?)$")
        .expect("static pattern")
});

/// Marks between the parts of such a sentence.
static APART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\s*(?:[,;()]|\s(?:en|and|waarvan|namelijk|bestaande uit|te weten|of which)\s|:\s)\s*",
    )
    .expect("static pattern")
});

/// The heading and one numbered line per part with its points, if `line`
/// is such a sentence.
pub fn split(line: &str) -> Option<Vec<String>> {
    let f = line.to_lowercase();
    if !(f.contains("waarvan") || f.contains('(') || f.contains("of which")) {
        return None;
    }
    let parts: Vec<(String, u32)> = APART
        .split(line.trim().trim_end_matches('.'))
        .map(|p| {
            let p = p.trim();
            ["waarvan ", "namelijk ", "te weten ", "of which "]
                .iter()
                .find_map(|w| p.strip_prefix(w))
                .unwrap_or(p)
                .trim()
        })
        .filter(|p| !p.is_empty())
        .filter_map(|p| {
            let c = PART.captures(p)?;
            Some((c[1].trim().to_string(), c[2].parse().ok()?))
        })
        .collect();
    if parts.len() < 3 {
        return None;
    }
    super::inline_award::as_list(&without_groups(&parts)?)
}

/// The parts without each group that the parts after it sum up, if at
/// least one was left out (whether the rest make 100 is
/// [`super::inline_award::as_list`]'s to say).
fn without_groups(parts: &[(String, u32)]) -> Option<Vec<(String, u32)>> {
    let mut kept = Vec::new();
    let mut grouped = false;
    let mut i = 0;
    while i < parts.len() {
        let weight = parts[i].1;
        // the parts right after it that add up to its weight
        let mut sum = 0;
        let mut j = i + 1;
        while j < parts.len() && sum < weight {
            sum += parts[j].1;
            j += 1;
        }
        if sum == weight && j - i > 2 {
            grouped = true;
            kept.extend_from_slice(&parts[i + 1..j]);
            i = j;
        } else {
            kept.push(parts[i].clone());
            i += 1;
        }
    }
    grouped.then_some(kept)
}

#[cfg(test)]
mod tests {
    use super::split;

    #[test]
    fn a_group_and_its_parts_in_one_sentence() {
        assert_eq!(
            split(
                "Kwaliteit 70%, waarvan plan van aanpak 40% en relevante ervaring 30%; prijs 30%."
            )
            .unwrap(),
            [
                "Gunningscriteria:",
                "1. plan van aanpak (40 punten)",
                "2. relevante ervaring (30 punten)",
                "3. prijs (30 punten)"
            ]
        );
        assert_eq!(
            split("kwaliteit 60% (visie 35%, cv 25%), prijs 40%")
                .unwrap()
                .len(),
            4
        );
    }

    #[test]
    fn a_sentence_without_groups_is_left() {
        assert_eq!(split("Visie 40% (belangrijk), cv 30%, prijs 30%"), None);
        assert_eq!(split("Kwaliteit 70%, waarvan veel in het plan."), None);
    }
}
