//! Fixtures shared by the interface tests: a fixed clock, hand-made
//! postings independent of the parser, the real SQLite store in a file of
//! its own (so what is drawn is what the store holds), key and draw helpers.
#![allow(dead_code)]

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use insta::assert_snapshot;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tenderdesk::assess::{Answer, Profile};
use tenderdesk::pipeline::Stage;
use tenderdesk::posting::{
    AwardCriterion, Dba, DbaStance, Hybrid, KnockoutCriterion, Money, Posting, RateBand, Vog,
};
use tenderdesk::store::CriterionKind;
use tenderdesk::store::Store;
use tenderdesk::tui::action::{Action, Pane};
use tenderdesk::tui::app::App;
use tenderdesk::tui::importing::ImportJob;
use tenderdesk::tui::state::Popup;
use tenderdesk::tui::theme::Theme;

pub fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-07-01T07:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

pub fn at(s: &str) -> Option<DateTime<FixedOffset>> {
    DateTime::parse_from_rfc3339(s).ok()
}

pub fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

pub struct Spec {
    pub id: &'static str,
    pub title: &'static str,
    pub org: &'static str,
    pub region: &'static str,
    pub scale: &'static str,
    pub hours: (u32, u32),
    pub deadline: &'static str,
}

pub const SPECS: &[Spec] = &[
    Spec {
        id: "30828",
        title: "Coördinator Vluchtelingenopvangbeleid Wijdmeren",
        org: "Hilversum",
        region: "Noord-Holland",
        scale: "11",
        hours: (20, 28),
        deadline: "2026-07-06T09:00:00+02:00",
    },
    Spec {
        id: "30662",
        title: "Klantmanager Inburgering en Participatie",
        org: "Hilversum",
        region: "Noord-Holland",
        scale: "9",
        hours: (32, 32),
        deadline: "2026-06-29T09:00:00+02:00",
    },
    Spec {
        id: "28590",
        title: "Adviseur Integraal Werken",
        org: "Hilversum",
        region: "Noord-Holland",
        scale: "12",
        hours: (24, 32),
        deadline: "2026-07-02T12:00:00+02:00",
    },
    Spec {
        id: "13995",
        title: "Wijkcoördinator",
        org: "Nieuwegein",
        region: "Utrecht",
        scale: "10",
        hours: (32, 36),
        deadline: "2026-07-10T12:00:00+02:00",
    },
    Spec {
        id: "H-01",
        title: "Coördinator Welzijn",
        org: "Heerde",
        region: "Gelderland",
        scale: "105",
        hours: (16, 24),
        deadline: "2026-07-20T10:00:00+02:00",
    },
];

pub fn posting(s: &Spec) -> Posting {
    Posting {
        title: s.title.into(),
        request_number: Some(s.id.into()),
        organisation: Some(s.org.into()),
        region: Some(s.region.into()),
        platform: Some("Flextender".into()),
        start_date: Some(date("2026-08-01")),
        duration: Some("6 maanden".into()),
        extension_options: Some("2 x 3 maand(en)".into()),
        hours_min: Some(s.hours.0),
        hours_max: Some(s.hours.1),
        education_level: Some("HBO".into()),
        das: Some(true),
        professionals_needed: Some("1".into()),
        workdays: Some("ma t/m do".into()),
        hybrid: Hybrid::Yes,
        deadline: at(s.deadline),
        questions_deadline: at("2026-06-26T09:00:00+02:00"),
        answers_published: Some(date("2026-06-27")),
        interview_dates: vec![date("2026-07-08")],
        interview_time: Some("14:00".into()),
        notification_date: Some(date("2026-07-03")),
        knockout: vec![
            KnockoutCriterion {
                number: 1,
                text: "HBO werk- en denkniveau".into(),
            },
            KnockoutCriterion {
                number: 2,
                text: "Minimaal 3 jaar ervaring in het sociaal domein".into(),
            },
        ],
        award: vec![
            AwardCriterion {
                number: 1,
                text: "Ervaring met bestuurlijke advisering".into(),
                points: Some(60),
                rate_bands: vec![],
            },
            AwardCriterion {
                number: 2,
                text: "Uurtarief".into(),
                points: Some(40),
                rate_bands: vec![
                    RateBand {
                        above: None,
                        below: Some(Money(10000)),
                        from: None,
                        to: None,
                        points: 40,
                    },
                    RateBand {
                        above: None,
                        below: None,
                        from: Some(Money(10000)),
                        to: Some(Money(11000)),
                        points: 20,
                    },
                ],
            },
        ],
        max_rate_eur: Some(Money(11000)),
        max_rate_is_knockout: true,
        fee: Some("none".into()),
        competences: vec!["Samenwerken".into(), "Resultaatgericht".into()],
        cvs_forwarded: Some("5".into()),
        interviews_invited_min: Some(2),
        scale: Some(s.scale.into()),
        scale_valid: s.scale != "105",
        vog: Vog {
            required: true,
            vog_p_mentioned: true,
            lead_time_weeks: Some(4),
            vog_p_lead_time_weeks: Some(8),
            evidence: vec!["Een VOG is vereist bij de start van de opdracht.".into()],
        },
        waadi: true,
        dba: Dba {
            stance: DbaStance::GuaranteeRequired,
            evidence: vec![
                "Inschrijver garandeert dat er geen (fictieve) dienstbetrekking ontstaat.".into(),
            ],
        },
        ..Posting::default()
    }
}

/// An empty store in a new file under the target's temp directory.
pub fn empty_store() -> Store {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("tui-stores");
    let path = dir.join(format!("{}-{n}.db", std::process::id()));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    Store::open(&path).unwrap()
}

/// Stores a hand-made posting as an import; its id.
pub fn insert(b: &mut Store, p: Posting, text: &str) -> String {
    b.import(&p, text).unwrap().id
}

/// Sets every time the store wrote (history, notes, imports) to the test
/// clock, so that screens showing them do not change from run to run.
pub fn pin_times(b: &Store) {
    let c = rusqlite::Connection::open(b.path()).unwrap();
    let t = "2026-07-01T07:00:00.000000Z";
    c.execute_batch(&format!(
        "UPDATE notes SET at = '{t}'; UPDATE stage_history SET at = '{t}';
         UPDATE postings SET imported_at = '{t}', updated_at = '{t}';"
    ))
    .unwrap();
}

pub fn backend() -> Store {
    let mut b = empty_store();
    for s in SPECS {
        let text = format!(
            "# {}\n\nAanvraagnummer\t{}\nRegio\t{}\n\nWe zoeken een coördinator voor het sociaal domein.\nDe coordinator werkt zelfstandig.\n",
            s.title, s.id, s.region
        );
        insert(&mut b, posting(s), &text);
    }
    b.set_stage("13995", Stage::Applied, None).unwrap();
    b.set_stage("H-01", Stage::Rejected, None).unwrap();
    b.add_note(
        "30828",
        "Gebeld met de inhuurdesk.\nCV aanpassen op criterium 1.",
    )
    .unwrap();
    pin_times(&b);
    b
}

pub fn app() -> App {
    App::new(Box::new(backend()), now()).unwrap()
}

pub fn key(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

pub fn keys(app: &mut App, s: &str) {
    for c in s.chars() {
        key(app, KeyCode::Char(c));
    }
}

pub fn draw(app: &App, w: u16, h: u16, theme: &Theme) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| tenderdesk::tui::draw(f, app, theme)).unwrap();
    t
}

/// Snapshots the app at the three required sizes.
pub fn snap(name: &str, app: &App) {
    for (w, h) in [(120, 40), (80, 24), (60, 20)] {
        let t = draw(app, w, h, &Theme::color());
        // the snapshot is named after the test binary that calls this helper
        // (tui__…, tui_assess__…), in tests/snapshots/
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/snapshots"));
        settings.set_prepend_module_to_snapshot(false);
        settings.bind(|| {
            assert_snapshot!(
                format!("{}__{name}_{w}x{h}", env!("CARGO_CRATE_NAME")),
                t.backend()
            )
        });
    }
}

/// Every screen the tests can reach, for the NO_COLOR and hostile-text checks.
pub fn every_screen(a: &mut App, mut check: impl FnMut(&str, &Terminal<TestBackend>)) {
    let theme = Theme::mono();
    let mut visit = |a: &App, name: &str| {
        for (w, h) in [(120, 40), (80, 24), (200, 60)] {
            check(name, &draw(a, w, h, &theme));
        }
    };
    visit(a, "list");
    keys(a, "/coord");
    a.wait_idle();
    visit(a, "search");
    key(a, KeyCode::Esc);
    keys(a, "b");
    visit(a, "board");
    keys(a, "z");
    visit(a, "board side");
    keys(a, "b");
    key(a, KeyCode::Enter);
    for p in Pane::ALL {
        a.update(Action::Pane(p));
        visit(a, p.label());
    }
    keys(a, "e");
    visit(a, "edit form");
    key(a, KeyCode::Esc);
    key(a, KeyCode::Esc);
    keys(a, "N");
    visit(a, "new posting form");
    key(a, KeyCode::Esc);
    keys(a, "D");
    visit(a, "archive question");
    key(a, KeyCode::Esc);
    keys(a, "f");
    visit(a, "filter");
    key(a, KeyCode::Esc);
    keys(a, "s");
    visit(a, "stage menu");
    key(a, KeyCode::Esc);
    keys(a, "?");
    visit(a, "help");
    key(a, KeyCode::Esc);
    keys(a, "n");
    visit(a, "note");
    key(a, KeyCode::Esc);
    keys(a, "P");
    visit(a, "profile");
    key(a, KeyCode::Enter);
    visit(a, "profile edit");
    key(a, KeyCode::Esc);
    key(a, KeyCode::Esc);
    keys(a, "A");
    visit(a, "agenda");
    // an import under way and its summary, with hostile file names and reasons
    let evil = "x\u{1b}[2J\u{7}\u{202E}.txt";
    let job = ImportJob {
        root: "/d".into(),
        files: vec!["/d/a.txt".into(), format!("/d/{evil}").into()],
        done: 1,
        added: 1,
        failed: vec![(format!("/d/{evil}").into(), format!("bad {evil}"))],
        ..ImportJob::default()
    };
    a.state.popup = Some(Popup::Importing(job.clone()));
    visit(a, "importing");
    a.state.popup = Some(Popup::ImportSummary { job, scroll: 0 });
    visit(a, "import summary");
    a.state.popup = None;
}

pub fn screen_text(t: &Terminal<TestBackend>) -> String {
    let b = t.backend().buffer();
    let mut out = String::new();
    for y in 0..b.area.height {
        for x in 0..b.area.width {
            out.push_str(b[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

pub fn record_index(a: &App, id: &str) -> usize {
    a.state.records.iter().position(|r| r.id == id).unwrap()
}

pub fn score_of(a: &App, id: &str) -> tenderdesk::assess::Score {
    a.state.assessed(record_index(a, id)).unwrap().score.clone()
}

/// Opens a posting's Criteria pane from the list.
pub fn open_criteria(a: &mut App, id: &str) {
    let pos = a
        .state
        .visible
        .iter()
        .position(|&i| a.state.records[i].id == id)
        .unwrap();
    a.state.selected = pos;
    key(a, KeyCode::Enter);
    keys(a, "2");
    assert_eq!(a.state.selected_id().as_deref(), Some(id));
}

/// The hand-made postings with answers and a profile: a knock-out fail on
/// 30828, a judged criterion on 28590, an answer whose text changed since.
pub fn judged_app() -> App {
    let mut b = backend();
    b.save_profile(&Profile {
        hourly_rate: Some(Money(10500)),
        hours_per_week: Some(32),
        partly_counts_half: true,
        ..Profile::default()
    })
    .unwrap();
    let set = |b: &mut Store, id, kind, n, ans| {
        b.set_answer(id, kind, n, Some(ans)).unwrap();
    };
    set(&mut b, "30828", CriterionKind::Knockout, 1, Answer::Met);
    set(&mut b, "30828", CriterionKind::Knockout, 2, Answer::NotMet);
    set(&mut b, "28590", CriterionKind::Knockout, 1, Answer::Met);
    set(&mut b, "28590", CriterionKind::Knockout, 2, Answer::Met);
    set(&mut b, "28590", CriterionKind::Award, 1, Answer::Partly);
    // the posting is imported again with K2 worded differently
    let mut p = posting(&SPECS[2]);
    p.knockout[1].text = "Minimaal 5 jaar ervaring in het sociaal domein".into();
    insert(&mut b, p, "re-imported");
    App::new(Box::new(b), now()).unwrap()
}
