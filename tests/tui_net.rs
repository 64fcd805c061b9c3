//! Issue 15, the net in the interface over a real store: the list's Net/h
//! column and the Overview's Net line say what `show --json` (`net`) says,
//! sorting by net gives the order of `list --sort net`, and a distance set
//! in the `e` form changes the net as `edit --distance-km` does.

mod cli_support;
use cli_support::{SAMPLES, out};

mod tui_support;

use ratatui::crossterm::event::KeyCode;
use serde_json::Value;
use std::path::Path;
use tenderdesk::assess::net::eur;
use tenderdesk::store::Store;
use tenderdesk::tui::app::App;
use tenderdesk::tui::theme::Theme;
use tui_support::{draw, key, keys, now, screen_text};

const IDS: [&str; 5] = ["30828", "30662", "28590", "p1", "13995"];

fn net(db: &Path, id: &str) -> Value {
    let v: Value = serde_json::from_str(&out(db, &["show", id, "--json"])).unwrap();
    v["net"].clone()
}

fn screen(a: &App, w: u16, h: u16) -> String {
    screen_text(&draw(a, w, h, &Theme::mono()))
}

fn row<'a>(s: &'a str, id: &str) -> &'a str {
    s.lines()
        .find(|l| l.contains(&format!(" {id} ")))
        .unwrap_or_else(|| panic!("no {id}:\n{s}"))
}

/// `91,66`, as the Net/h cell shows a net per hour.
fn cell(v: &Value) -> String {
    format!("{:.2}", v.as_f64().unwrap()).replace('.', ",")
}

#[test]
fn the_net_column_overview_and_sort_say_what_the_store_says() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    out(&db, &["import", SAMPLES]);
    // no rate: "-" in every row, at 80 and 120 columns; none at 60
    let mut a = App::new(Box::new(Store::open(&db).unwrap()), now()).unwrap();
    for (w, h) in [(80, 24), (120, 40)] {
        let s = screen(&a, w, h);
        assert!(s.contains(" Net/h "), "{s}");
        for id in IDS {
            assert!(row(&s, id).contains("   - "), "{w}: {}", row(&s, id));
        }
    }
    assert!(!screen(&a, 60, 20).contains("Net/h"));

    out(
        &db,
        &[
            "profile",
            "--rate",
            "95",
            "--travel-per-km",
            "0.23",
            "--distance-km",
            "30",
        ],
    );
    a = App::new(Box::new(Store::open(&db).unwrap()), now()).unwrap();
    for (w, h) in [(80, 24), (120, 40)] {
        let s = screen(&a, w, h);
        for id in IDS {
            let n = net(&db, id);
            assert!(
                row(&s, id).contains(&format!(" {} ", cell(&n["net_per_hour"]))),
                "{id} at {w}: {n}\n{s}"
            );
        }
    }
    // o five times: deadline → title → organisation → stage → scale → net
    keys(&mut a, "ooooo");
    assert_eq!(a.state.sort.label(), "net per hour");
    let order: Vec<String> = out(&db, &["list", "--sort", "net"])
        .lines()
        .skip(1)
        .map(|l| l.split_whitespace().next().unwrap().to_string())
        .collect();
    let shown: Vec<String> = a
        .state
        .visible
        .iter()
        .map(|&i| a.state.records[i].id.clone())
        .collect();
    assert_eq!(shown, order);

    // the Overview: net an hour and a week, as show --json
    let top = order[0].clone();
    key(&mut a, KeyCode::Enter);
    let n = net(&db, &top);
    let s = screen(&a, 120, 40);
    let want = format!(
        "{} an hour, {} a week at {} hours",
        eur(n["net_per_hour"].as_f64().unwrap()),
        eur(n["net_per_week"].as_f64().unwrap()),
        n["hours_per_week"]
    );
    assert!(s.contains(&want), "{want}\n{s}");

    // e: the distance (the form's last field, one Up from the first)
    keys(&mut a, "e");
    key(&mut a, KeyCode::Up);
    keys(&mut a, "80");
    key(&mut a, KeyCode::Enter);
    assert!(a.state.popup.is_none());
    let v: Value = serde_json::from_str(&out(&db, &["show", &top, "--json"])).unwrap();
    assert_eq!(v["record"]["posting"]["distance_km"], 80);
    assert_eq!(v["hand_set"], serde_json::json!(["distance_km"]));
    let n = net(&db, &top);
    assert!(
        n["notes"]
            .to_string()
            .contains("80 km one way set for this posting")
    );
    for (w, h) in [(120, 40), (80, 24), (60, 20)] {
        let s = screen(&a, w, h);
        let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
        let per_hour = eur(n["net_per_hour"].as_f64().unwrap());
        assert!(flat.contains(&per_hour), "{per_hour} at {w}\n{s}");
    }
    key(&mut a, KeyCode::Esc);
    let s = screen(&a, 80, 24);
    assert!(
        row(&s, &top).contains(&format!(" {} ", cell(&n["net_per_hour"]))),
        "{s}"
    );
}
