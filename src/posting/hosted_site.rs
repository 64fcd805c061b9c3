//! A site on a service that hosts others under its own name: a careers
//! page on an applicant tracking system, a form, a board, a newsletter's web
//! version, a site builder. The site is the service's customer, named in
//! the address's subdomain ("lingewerk-detachering.jobs.personio.com") or
//! its first path part ("jobs.smartrecruiters.com/HunzeborgDetachering/…",
//! "padlet.com/flexpooltwente/…"); an address naming none ("tally.so/r/w4Ek9P")
//! names no site, so the text's own masthead may.

/// Services that host other sites, by the main part of their host name.
const HOSTING: &[&str] = &[
    "sharepoint",
    "azurewebsites",
    "wixsite",
    "webflow",
    "netlify",
    "github",
    "blogspot",
    "wordpress",
    "notion",
    // careers sites hosted by an applicant tracking system
    "recruitee",
    "teamtailor",
    "homerun",
    "workable",
    "personio",
    "bamboohr",
    "smartrecruiters",
    "greenhouse",
    "lever",
    "ashbyhq",
    "join",
    // forms, boards and newsletters
    "padlet",
    "tally",
    "typeform",
    "jotform",
    "monday",
    "trello",
    "createsend",
    "createsend1",
    "campaign-archive",
    "mailchi",
    "substack",
    "beehiiv",
    // blogs hosted under the writer's name ("write.as/inhuurlogboek/…")
    "write",
    "ghost",
    "tumblr",
];

/// Parts of a hosted address that name the service's pages, not a customer.
const SERVICE_PARTS: &[&str] = &[
    "www",
    "jobs",
    "job",
    "job-boards",
    "boards",
    "board",
    "apply",
    "careers",
    "career",
    "view",
    "app",
    "eu",
    "us",
    "forms",
    "form",
    "r",
    "t",
    "b",
    "companies",
    "embed",
    "p",
    "s",
];

/// `None` when `host` is no hosting service; else the customer's part of
/// the address (lowercase as written), if the address names one.
pub fn tenant(host: &str, path: &str) -> Option<Option<String>> {
    let labels: Vec<&str> = host.split('.').collect();
    let main_at = labels.len().checked_sub(2)?;
    let main = labels[main_at];
    if !HOSTING.contains(&main) {
        return None;
    }
    let named = |part: &str| {
        let p = part.to_lowercase();
        !SERVICE_PARTS.contains(&p.as_str())
            && p.chars().filter(|c| c.is_alphabetic()).count() >= 4
            && p.chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
            && !p.chars().any(|c| c.is_ascii_digit())
    };
    let sub = labels[..main_at].iter().find(|l| named(l));
    let in_path = || {
        path.split('/')
            .filter(|p| !p.is_empty())
            .take(2)
            .find(|p| named(p))
    };
    Some(sub.copied().or_else(in_path).map(str::to_lowercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_customer_in_a_subdomain_or_the_path() {
        assert_eq!(
            tenant("lingewerk-detachering.jobs.personio.com", "/job/1849203"),
            Some(Some("lingewerk-detachering".to_string()))
        );
        assert_eq!(
            tenant(
                "jobs.smartrecruiters.com",
                "/HunzeborgDetachering/7440-contractmanager"
            ),
            Some(Some("hunzeborgdetachering".to_string()))
        );
        assert_eq!(
            tenant(
                "job-boards.greenhouse.io",
                "/dinkelbridgeinterim/jobs/4419823007"
            ),
            Some(Some("dinkelbridgeinterim".to_string()))
        );
        assert_eq!(
            tenant("flexpoolachterhoek.createsend1.com", "/t/ViewEmail/y/3F9A"),
            Some(Some("flexpoolachterhoek".to_string()))
        );
    }

    #[test]
    fn a_hosted_address_may_name_no_customer() {
        assert_eq!(tenant("tally.so", "/r/w4Ek9P"), Some(None));
        assert_eq!(
            tenant("view.monday.com", "/board/7719460318-8c2f"),
            Some(None)
        );
        assert_eq!(tenant("flextender.nl", "/opdracht/1"), None);
    }
}
