//! A fillable PDF form's fields as a tool dumps them (`pdftk …
//! dump_data_fields`, and tools that copy its layout): blocks of
//! "FieldType:", "FieldName:", a tooltip "FieldNameAlt:", "FieldValue:",
//! parted by "---". Each field with a value becomes the labelled line a
//! page would print, its name's underscores read as spaces ("Uren_per_week"
//! / "32" as "Uren per week: 32"); a tooltip is no value ("dd-mm-jjjj,
//! bijv. 01-01-2027"), an unticked box ("Off") and an empty field are left
//! out. Numbered fields of knock-outs ("KO_1", "Eis_2") become a list under
//! a knock-out heading, and numbered award fields with their points
//! ("G1_omschrijving" / "G1_punten") a list under an award heading. The
//! command line before the dump is dropped. Any other text is returned as
//! it came.

use super::field_keys::criterion;
use super::normalize::fold;

/// One field: its name (underscores as spaces) and its value.
struct Field {
    name: String,
    value: String,
}

fn fields(text: &str) -> Vec<Field> {
    let mut out = Vec::new();
    let mut name: Option<String> = None;
    for line in text.lines() {
        let t = line.trim();
        if let Some(n) = t.strip_prefix("FieldName:") {
            name = Some(n.trim().replace('_', " ").trim().to_string());
        } else if let Some(v) = t.strip_prefix("FieldValue:") {
            let v = v.trim();
            if let Some(n) = name.take()
                && !v.is_empty()
                && v != "Off"
            {
                out.push(Field {
                    name: n,
                    value: v.to_string(),
                });
            }
        } else if t == "---" {
            name = None;
        }
    }
    out
}

/// "KO 1", "Eis 2": a numbered knock-out field, named as an export names
/// its criteria ([`criterion`]).
fn knockout_number(name: &str) -> Option<u32> {
    criterion(&fold(name).replace(' ', "_"))
        .filter(|(heading, _)| ["Knock-outcriteria", "Eisen"].contains(heading))
        .map(|(_, n)| n)
}

/// "G1 omschrijving" / "G1 punten": an award field's number and whether it
/// holds the points.
fn award_part(name: &str) -> Option<(u32, bool)> {
    let f = fold(name);
    let rest = ["gunningscriterium", "gunning", "wens", "g", "w"]
        .iter()
        .find_map(|p| f.strip_prefix(p))?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let n = digits.parse().ok()?;
    let what = rest[digits.len()..].trim();
    match what {
        "punten" | "weging" | "gewicht" | "score" => Some((n, true)),
        "omschrijving" | "criterium" | "naam" | "" => Some((n, false)),
        _ => None,
    }
}

/// The text with a form's field dump as labelled lines.
pub fn repair(text: &str) -> String {
    let names = text.matches("FieldName:").count();
    if names < 5 || text.matches("FieldValue:").count() < 3 {
        return text.to_string();
    }
    let all = fields(text);
    let mut lines: Vec<String> = Vec::new();
    let mut knockouts: Vec<(u32, &str)> = Vec::new();
    let mut awards: Vec<(u32, Option<&str>, Option<&str>)> = Vec::new();
    for f in &all {
        if let Some(n) = knockout_number(&f.name) {
            knockouts.push((n, &f.value));
        } else if let Some((n, points)) = award_part(&f.name) {
            let at = match awards.iter().position(|a| a.0 == n) {
                Some(i) => i,
                None => {
                    awards.push((n, None, None));
                    awards.len() - 1
                }
            };
            if points {
                awards[at].2 = Some(&f.value);
            } else {
                awards[at].1 = Some(&f.value);
            }
        } else {
            lines.push(format!("{}: {}", f.name, f.value));
        }
    }
    if !knockouts.is_empty() {
        lines.push(String::new());
        lines.push("Knock-outcriteria".to_string());
        lines.extend(knockouts.iter().map(|(n, v)| format!("{n}. {v}")));
    }
    let awards: Vec<String> = awards
        .iter()
        .filter_map(|&(n, what, points)| Some(format!("{n}. {} – {} punten", what?, points?)))
        .collect();
    if !awards.is_empty() {
        lines.push(String::new());
        lines.push("Gunningscriteria".to_string());
        lines.extend(awards);
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const DUMP: &str = "$ pdftk aanvraag.pdf dump_data_fields_utf8\n---\nFieldType: Text\nFieldName: Functietitel\nFieldValue: Vergunningverlener Milieu\n---\nFieldType: Text\nFieldName: Uren_per_week\nFieldNameAlt: Aantal uren per week, bijv. 36\nFieldValue: 32\n---\nFieldType: Text\nFieldName: Sluiting_datum\nFieldValue: 14-12-2026\n---\nFieldType: Button\nFieldName: VOG_vereist\nFieldStateOption: Ja\nFieldStateOption: Off\nFieldValue: Ja\n---\nFieldType: Text\nFieldName: KO_1\nFieldValue: Afgeronde hbo-opleiding\n---\nFieldType: Text\nFieldName: KO_2\n---\nFieldType: Text\nFieldName: G1_omschrijving\nFieldValue: Ervaring\n---\nFieldType: Text\nFieldName: G1_punten\nFieldValue: 60\n---\nFieldType: Text\nFieldName: G2_omschrijving\nFieldValue: Prijs\n---\nFieldType: Text\nFieldName: G2_punten\nFieldValue: 40\n";

    #[test]
    fn a_form_s_fields_become_labelled_lines_and_criteria() {
        assert_eq!(
            repair(DUMP),
            "Functietitel: Vergunningverlener Milieu\nUren per week: 32\nSluiting datum: 14-12-2026\nVOG vereist: Ja\n\nKnock-outcriteria\n1. Afgeronde hbo-opleiding\n\nGunningscriteria\n1. Ervaring – 60 punten\n2. Prijs – 40 punten"
        );
    }

    #[test]
    fn text_that_only_mentions_fields_is_left() {
        let t = "FieldName: in een formulier\nGewone tekst.";
        assert_eq!(repair(t), t);
    }
}
