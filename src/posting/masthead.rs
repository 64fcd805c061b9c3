//! A site's name from the page's own masthead, where no address or sender
//! names it: a career site's "Werken bij X" in the text's first lines (its
//! capitalised words, up to a "|" or a menu word glued on, "Werken bij
//! Provincie DrentheVacatures"), a portal's short line of capitalised words
//! with its kind in them ("Drechtsteden Inhuurportaal"), or a network's
//! name alone on the first line ("LinkedIn").

/// The lines a masthead is looked for in.
const HEAD_LINES: usize = 3;

const CAREER: [&str; 3] = ["Werken bij ", "Werken voor ", "Werkenbij "];

/// Words naming a portal of hiring requests, folded.
const PORTALS: [&str; 3] = ["inhuurportaal", "inhuurloket", "inhuurplein"];

/// Networks whose name alone on the first line is the page's site.
const NETWORKS: [&str; 2] = ["LinkedIn", "Indeed"];

/// The site the text's masthead names.
pub fn site(text: &str) -> Option<String> {
    let head: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(HEAD_LINES)
        .collect();
    head.iter()
        .find_map(|l| career(l))
        .or_else(|| head.iter().find_map(|l| portal(l)))
        .or_else(|| {
            let first = head.first()?;
            NETWORKS.iter().find(|n| *n == first).map(|n| n.to_string())
        })
}

/// Where a word glued to the next ends: at a capital after a small letter.
fn glued_end(word: &str) -> usize {
    let mut prev_lower = false;
    for (i, c) in word.char_indices() {
        if c.is_uppercase() && prev_lower {
            return i;
        }
        prev_lower = c.is_lowercase();
    }
    word.len()
}

fn career(line: &str) -> Option<String> {
    let (at, prefix) = CAREER
        .iter()
        .filter_map(|p| line.find(p).map(|i| (i, *p)))
        .min()?;
    let mut words = Vec::new();
    for w in line[at + prefix.len()..].split_whitespace() {
        let w = w.trim_end_matches([',', '.', ':', '›', '>']);
        if !w.starts_with(char::is_uppercase) {
            break;
        }
        let end = glued_end(w);
        words.push(&w[..end]);
        if end < w.len() || words.len() == 3 {
            break;
        }
    }
    (!words.is_empty()).then(|| {
        format!(
            "{}{}",
            prefix.replace("Werkenbij ", "Werken bij "),
            words.join(" ")
        )
    })
}

fn portal(line: &str) -> Option<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let fits = (2..=4).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && words
            .iter()
            .any(|w| PORTALS.contains(&super::normalize::fold(w).as_str()));
    fits.then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_masthead_names_the_site() {
        assert_eq!(
            site("Werken bij Zeist | Vacatures\nInhuur").as_deref(),
            Some("Werken bij Zeist")
        );
        assert_eq!(
            site("MenuWerken bij Waterschap VechtstromenVacaturesOver ons").as_deref(),
            Some("Werken bij Waterschap Vechtstromen")
        );
        assert_eq!(
            site("Gooi Inhuurportaal\nInloggen").as_deref(),
            Some("Gooi Inhuurportaal")
        );
        assert_eq!(site("LinkedIn\nZoeken").as_deref(), Some("LinkedIn"));
        // lower-case words after it are a menu item, no site
        assert_eq!(site("* Werken bij de gemeente [link]"), None);
        assert_eq!(
            site("Adviseur\nHet inhuurportaal van de regio is open"),
            None
        );
    }
}
