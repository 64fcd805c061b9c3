//! A site's name as the page writes it, where the host glues or shortens
//! it ("publicspirit.nl" and "Public Spirit", "inkoopbureau-wb.nl" and
//! "Inkoopbureau West-Brabant", "selectzuidholland.nl" and "Select"), and
//! the site an e-mail comes from (its sender's domain).

/// A word folded to its letters and digits, without a web address's ending
/// ("Gemeentebanen.nl" gives "gemeentebanen").
fn squash(w: &str) -> String {
    let f = super::normalize::fold(w);
    let f = [".nl", ".com", ".eu"]
        .iter()
        .find_map(|e| f.strip_suffix(e))
        .unwrap_or(&f);
    f.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The words of the text's start, for finding a site's name.
fn head_words(text: &str) -> Vec<&str> {
    let end = text.char_indices().nth(4000).map_or(text.len(), |(i, _)| i);
    text[..end].split_whitespace().collect()
}

fn spelled(win: &[&str]) -> String {
    win.join(" ")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

/// One to five words of the text's start that, glued and in lowercase, are
/// `label` ("Twentse Inhuur" for "twentseinhuur", "Gemeentebanen.nl").
pub(super) fn spelled_in(text: &str, label: &str) -> Option<String> {
    let words = head_words(text);
    // a water board's site is named with its kind ("Waterschap Hunze en
    // Aa's" for "hunzeenaas.nl")
    // … and a province's or municipality's ("Provincie Flevoland" for
    // "flevoland.nl")
    let with_kind = |at: usize, name: String| match at.checked_sub(1).map(|i| words[i]) {
        Some(kind) if ["waterschap", "provincie", "gemeente"].contains(&squash(kind).as_str()) => {
            format!(
                "{} {name}",
                kind.trim_matches(|c: char| !c.is_alphanumeric())
            )
        }
        _ => name,
    };
    // a masthead in capitals ("DE INTERIMBRIEF") is the name as the text
    // writes it elsewhere ("de Interimbrief"), or in words
    let named = |w: &&str| squash(w) == label && w.chars().next().is_some_and(char::is_uppercase);
    let shouting = |w: &str| !w.chars().any(char::is_lowercase);
    if let Some(at) = words
        .iter()
        .position(|w| named(w) && !shouting(w))
        .or_else(|| words.iter().position(named))
    {
        let name = spelled(&words[at..=at]);
        let name = if shouting(&name) {
            super::title_clean::upper_words(&name)
        } else {
            name
        };
        return Some(with_kind(at, name));
    }
    for n in 2..=5 {
        for (at, win) in words.windows(n).enumerate() {
            let glued: String = win.iter().map(|w| squash(w)).collect();
            if !win[0].chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            if glued == label {
                return Some(with_kind(at, spelled(win)));
            }
            // the name ends inside a hyphenated word ("Common Ground-platform")
            let Some((last, before)) = win.split_last() else {
                continue;
            };
            if let Some((head, _)) = last.split_once('-') {
                let glued: String = before.iter().chain([&head]).map(|w| squash(w)).collect();
                if glued == label {
                    return Some(format!("{} {}", spelled(before), head));
                }
            }
        }
    }
    None
}

/// A name made from a host ("Wurkje by Fryslan") with each word the text
/// writes with an accent spelled as the text spells it ("Fryslân").
pub(super) fn respelled(name: &str, text: &str) -> String {
    let words = head_words(text);
    name.split(' ')
        .map(|w| {
            let lower = w.to_lowercase();
            words
                .iter()
                .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
                .find(|t| !t.is_ascii() && squash(t) == lower)
                .map_or_else(|| w.to_string(), |t| t.to_string())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Two to five words of the text's start that a host shortens: each word
/// (or part of a hyphenated word) gives its start, and one word inside may
/// be left out, not the last ("inkoopbureau-wb" for "Inkoopbureau West-Brabant",
/// "werkenbijlimburg" for "Werken bij Provincie Limburg").
pub(super) fn abbreviated_in(text: &str, label: &str) -> Option<String> {
    let words = head_words(text);
    for start in 0..words.len() {
        if !words[start].chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        for n in 2..=5 {
            let Some(win) = words.get(start..start + n) else {
                break;
            };
            let parts: Vec<String> = win
                .iter()
                .flat_map(|w| w.split('-'))
                .map(squash)
                .filter(|p| !p.is_empty())
                .collect();
            let Some((first, more)) = parts.split_first() else {
                continue;
            };
            // a name ends with a capitalised word, not "door" or "van"
            if !win.last().is_some_and(|w| {
                w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            }) {
                continue;
            }
            // the name starts with at least three letters of its first word
            let whole = (first.len().min(3)..=first.len()).rev().any(|k| {
                first.is_char_boundary(k)
                    && label.starts_with(&first[..k])
                    && shortens(&label[k..], more, false)
            });
            if whole {
                return Some(spelled(win));
            }
        }
    }
    None
}

/// Whether `rest` is the starts of `parts` in order, every part giving at
/// least one letter, except at most one part left out that is not the last.
fn shortens(rest: &str, parts: &[String], skipped: bool) -> bool {
    let Some((part, more)) = parts.split_first() else {
        return rest.is_empty();
    };
    if rest.is_empty() {
        return false;
    }
    if !skipped && !more.is_empty() && shortens(rest, more, true) {
        return true;
    }
    (1..=part.len().min(rest.len())).rev().any(|k| {
        rest.is_char_boundary(k)
            && part.starts_with(&rest[..k])
            && shortens(&rest[k..], more, skipped)
    })
}

/// The site's name as the text writes it with the host's words in another
/// order ("Bureau Berenschot Interim" for "interim.berenschot-bureau.nl"):
/// as many capitalised words of the text's start as `host_words`, the same
/// words in any order.
pub(super) fn reordered_in(text: &str, host_words: &[String]) -> Option<String> {
    let n = host_words.len();
    if n < 2 {
        return None;
    }
    let mut want: Vec<String> = host_words.to_vec();
    want.sort();
    head_words(text).windows(n).find_map(|win| {
        if !win
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        {
            return None;
        }
        let mut got: Vec<String> = win.iter().map(|w| squash(w)).collect();
        got.sort();
        (got == want).then(|| spelled(win))
    })
}

/// A host that glues a site's name to its province ("selectzuidholland"):
/// the name as the text's start writes it ("Select").
pub(super) fn name_before_province(text: &str, label: &str) -> Option<String> {
    let name = super::regions::PROVINCES.iter().find_map(|p| {
        let p = super::normalize::fold(p).replace('-', "");
        label.strip_suffix(p.as_str()).filter(|n| n.len() >= 3)
    })?;
    head_words(text)
        .into_iter()
        .find(|w| squash(w) == name && w.chars().next().is_some_and(char::is_uppercase))
        .map(|w| spelled(&[w]))
}

/// Public mail services: an address there names a person, not a site.
const MAIL_SERVICES: &[&str] = &[
    "gmail",
    "hotmail",
    "outlook",
    "live",
    "msn",
    "kpnmail",
    "ziggo",
    "xs4all",
    "icloud",
    "yahoo",
    "planet",
    "home",
    "hetnet",
    "proton",
    "protonmail",
];

/// The site an e-mail comes from: the domain of its last sender ("Van:",
/// "From:", in a forwarded mail the original one), named as [`site_in`]
/// names a host ("Van: Kompas <x@kompas-overheidsinterim.nl>").
pub fn sender_site(text: &str) -> Option<String> {
    let domain = text
        .lines()
        .take(150)
        .filter_map(|l| {
            let lower = l.trim_start().trim_start_matches('>').trim().to_lowercase();
            let rest = lower
                .strip_prefix("van:")
                .or_else(|| lower.strip_prefix("from:"))?;
            let at = rest.rfind('@')?;
            let domain: String = rest[at + 1..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || matches!(c, '.' | '-'))
                .collect();
            (domain.contains('.')).then_some(domain)
        })
        .last()?;
    site_of_sender(&format!("x@{domain}"), text)
}

/// The site a sender's address names ("opdrachten@mail.maandag.nl" gives
/// "Maandag"), spelled as `text` spells it; none for a public mail service.
pub fn site_of_sender(address: &str, text: &str) -> Option<String> {
    let domain = address.rsplit_once('@')?.1.trim_end_matches('.');
    let main = domain.split('.').rev().nth(1)?;
    if MAIL_SERVICES.contains(&main) {
        return None;
    }
    super::source::site_in(&format!("https://{domain}"), text)
}

/// Host words that open a site's name, as people write them.
const NAME_PARTS: &[(&str, &str)] = &[
    ("werkenbij", "Werken bij"),
    ("werkenvoor", "Werken voor"),
    ("werkenin", "Werken in"),
    // Frisian "Werken bij"
    ("wurkjeby", "Wurkje by"),
    ("provincie", "Provincie"),
    ("gemeente", "Gemeente"),
    ("waterschap", "Waterschap"),
    ("ggd", "GGD"),
];

/// A host label as a name: "provincie-utrecht" gives "Provincie Utrecht",
/// "werkenbijtilburg" "Werken bij Tilburg", "ggdhaaglanden" "GGD
/// Haaglanden", a short one ("vru") capitals.
pub(super) fn words_of(label: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    for part in label.split(['-', '_']).filter(|p| !p.is_empty()) {
        let mut rest = part;
        while let Some((key, name)) = NAME_PARTS
            .iter()
            .find(|(k, _)| rest.starts_with(k) && rest.len() > k.len())
        {
            words.push((*name).to_string());
            rest = &rest[key.len()..];
        }
        // "regiozwolle": a region named after its town
        if let Some(town) = rest.strip_prefix("regio")
            && super::organisation::is_municipality(&upper_first(town))
        {
            words.push("Regio".to_string());
            rest = town;
        }
        if let Some((_, name)) = NAME_PARTS.iter().find(|(k, _)| *k == rest) {
            words.push((*name).to_string());
        } else if rest.len() <= 3 {
            words.push(rest.to_uppercase());
        } else {
            let mut chars = rest.chars();
            if let Some(first) = chars.next() {
                words.push(first.to_uppercase().chain(chars).collect());
            }
        }
    }
    words.join(" ")
}

/// A word with its first letter in capitals.
fn upper_first(w: &str) -> String {
    let mut chars = w.chars();
    chars
        .next()
        .map(|f| f.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_names_as_the_page_writes_them() {
        // the name ends inside a hyphenated word, not at a word after it
        assert_eq!(
            spelled_in("Op het Groen Loket-forum door @a.b", "groenloket").as_deref(),
            Some("Groen Loket")
        );
        assert_eq!(
            abbreviated_in("Groen Loket-forum door", "groenloketd"),
            None
        );
        // a host that shortens the words, or leaves one out
        assert_eq!(
            super::super::source::site_in(
                "https://www.inkoopbureau-wb.nl/x",
                "Inkoopbureau West-Brabant\nOFFERTEAANVRAAG"
            )
            .as_deref(),
            Some("Inkoopbureau West-Brabant")
        );
        assert_eq!(
            super::super::source::site_in(
                "https://www.werkenbijlimburg.nl/x",
                "Werken bij Provincie Limburg\nVacatures"
            )
            .as_deref(),
            Some("Werken bij Provincie Limburg")
        );
        // a host that glues the name to a province
        assert_eq!(
            super::super::source::site_in(
                "https://www.selectzuidholland.nl/x",
                "Select | Regionaal DAS inhuur"
            )
            .as_deref(),
            Some("Select")
        );
        // one word, with its web address ending
        assert_eq!(
            super::super::source::site_in(
                "https://www.gemeentebanen.nl/x",
                "Gemeentebanen.nl\nVacatures"
            )
            .as_deref(),
            Some("Gemeentebanen.nl")
        );
        // words that do not shorten to the host are not its name
        assert_eq!(
            super::super::source::site_in("https://www.abcwerk.nl/x", "Alle Bureaus Centraal\n")
                .as_deref(),
            Some("Abcwerk")
        );
    }

    #[test]
    fn an_e_mail_names_its_sender() {
        let mail =
            "Van: Kompas Overheidsinterim <opdrachten@kompas-overheidsinterim.nl>\nAan: x@y.nl\n";
        assert_eq!(
            sender_site(mail).as_deref(),
            Some("Kompas Overheidsinterim")
        );
        // a forward: the original sender
        let fw = "Van: Mark <mark@jansen-advies.nl>\n> Van: Sanne <s@interimpartners-zh.nl>\n> InterimPartners Zuid-Holland\n";
        assert_eq!(
            sender_site(fw).as_deref(),
            Some("InterimPartners Zuid-Holland")
        );
        assert_eq!(sender_site("From: Piet <piet@gmail.com>\n"), None);
        assert_eq!(
            site_of_sender("opdrachten@mail.maandag.nl", "Maandag® · Postbus 2035").as_deref(),
            Some("Maandag")
        );
    }
}
