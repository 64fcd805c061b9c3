//! Issue 14, items 3 and 4: the list says without colour whether you may
//! bid (`⊘ KO`, `⊘ DBA`, `⚠`), the score is expected points with `≤` the
//! most still reachable and is never cut, at 60, 80 and 120 columns; the
//! detail opens with the verdict and never claims points a failed
//! knock-out took away. On the real store with the bundled samples and a
//! ZZP profile whose rate is over one posting's knock-out maximum.

mod tui_support;

use chrono::NaiveDate;
use tenderdesk::assess::{BidderKind, Profile};
use tenderdesk::posting::Money;
use tenderdesk::store::Store;
use tenderdesk::tui::app::App;
use tenderdesk::tui::backend::Backend;
use tenderdesk::tui::theme::Theme;
use tui_support::{draw, keys, now, screen_text};

fn app() -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("t.db")).unwrap();
    for (_, text) in tenderdesk::tui::samples::SAMPLES {
        Backend::import_text(&mut store, text).unwrap();
    }
    store
        .save_profile(&Profile {
            hourly_rate: Some(Money(8000)),
            bidder: BidderKind::SelfEmployed,
            last_vog: NaiveDate::from_ymd_opt(2026, 6, 20),
            ..Profile::default()
        })
        .unwrap();
    (dir, App::new(Box::new(store), now()).unwrap())
}

fn row<'a>(screen: &'a str, id: &str) -> &'a str {
    screen
        .lines()
        .find(|l| l.contains(&format!(" {id} ")))
        .unwrap_or_else(|| panic!("no row for {id}:\n{screen}"))
}

#[test]
fn the_list_says_whether_you_may_bid_at_every_width() {
    let (_d, a) = app();
    for (w, h) in [(60, 20), (80, 24), (120, 40)] {
        let screen = screen_text(&draw(&a, w, h, &Theme::mono()));
        // 30662: rate € 80 over its knock-out maximum € 77,50
        assert!(row(&screen, "30662").contains("⊘ KO"), "{w}:\n{screen}");
        // Heerde excludes ZZP'ers
        let heerde = a
            .state
            .records
            .iter()
            .find(|r| r.posting.organisation.as_deref() == Some("Heerde"))
            .unwrap();
        assert!(row(&screen, &heerde.id).contains("⊘ DBA"), "{w}:\n{screen}");
        // every score whole, and never "35/35" style
        for (i, r) in a.state.records.iter().enumerate() {
            let cell = a.state.assessed(i).unwrap().cell();
            assert!(
                row(&screen, &r.id).contains(&format!(" {cell} ")),
                "{w}: {} shows not `{cell}`:\n{screen}",
                r.id
            );
            assert!(!cell.contains('/'), "{cell}");
        }
    }
}

#[test]
fn a_rate_knockout_leaves_nothing_reachable_and_no_open_question() {
    let (_d, mut a) = app();
    let pos = a
        .state
        .visible
        .iter()
        .position(|&i| a.state.records[i].id == "30662")
        .unwrap();
    a.state.selected = pos;
    a.update(tenderdesk::tui::action::Action::Open);
    let overview = screen_text(&draw(&a, 120, 40, &Theme::mono()));
    let body: Vec<&str> = overview.lines().skip(5).collect();
    assert!(
        body[0].contains("Verdict") && body[0].contains("⊘ KO"),
        "{overview}"
    );
    let field = |k: &str| {
        *body
            .iter()
            .find(|l| l.starts_with(&format!("│{k} ")))
            .unwrap_or_else(|| panic!("no {k}:\n{overview}"))
    };
    // (the test clock is two days after this posting's deadline)
    assert!(field("Deadline").contains("2026-06-29 09:00 (passed)"));
    assert!(field("Stage").contains("expired"));
    assert!(field("Expected score").contains("none reachable"));
    let rate = field("Your rate");
    assert!(rate.contains("€ 80,-") && rate.contains("over the maximum € 77,50"));
    // the summary comes before the posting's own fields
    let at = |k: &str| {
        body.iter()
            .position(|l| l.starts_with(&format!("│{k} ")))
            .unwrap()
    };
    assert!(at("Your rate") < at("Organisation"));
    keys(&mut a, "2");
    let criteria = screen_text(&draw(&a, 120, 40, &Theme::mono()));
    assert!(!criteria.contains("at most 100"), "{criteria}");
    let k3 = criteria.lines().find(|l| l.contains("K3.")).unwrap();
    assert!(k3.contains("✗ K3."), "{k3}");
    assert!(criteria.contains("your rate is over it"), "{criteria}");
}

#[test]
fn the_overview_gives_the_full_net() {
    let (_d, mut a) = app();
    let pos = a
        .state
        .visible
        .iter()
        .position(|&i| a.state.records[i].id == "13995")
        .unwrap();
    a.state.selected = pos;
    a.update(tenderdesk::tui::action::Action::Open);
    let s = screen_text(&draw(&a, 120, 40, &Theme::mono()));
    // Nieuwegein's platform charges € 2,25 an hour; no travel in the
    // profile, the VOG is recent: € 80 nets € 77,75, × 28 hours a week
    assert!(
        s.contains("€ 77,75 an hour, € 2.177,00 a week at 28 hours, after fee, travel and VOG"),
        "{s}"
    );
}
