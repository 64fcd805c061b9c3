//! Screens of the interface, drawn into ratatui's `TestBackend` with a fixed
//! clock and hand-made postings (independent of the parser), compared with
//! insta snapshots; plus behaviour driven by keys, NO_COLOR and hostile text.

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use insta::assert_snapshot;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::style::Color;
use tenderdesk::assess::{Answer, BidderKind, Profile};
use tenderdesk::pipeline::Stage;
use tenderdesk::posting::{
    AwardCriterion, Dba, DbaStance, Hybrid, KnockoutCriterion, Money, Posting, RateBand, Vog,
};
use tenderdesk::store::CriterionKind;
use tenderdesk::tui::action::{Action, Pane};
use tenderdesk::tui::app::App;
use tenderdesk::tui::backend::{Backend, MemoryBackend};
use tenderdesk::tui::theme::Theme;

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-07-01T07:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

fn at(s: &str) -> Option<DateTime<FixedOffset>> {
    DateTime::parse_from_rfc3339(s).ok()
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

struct Spec {
    id: &'static str,
    title: &'static str,
    org: &'static str,
    region: &'static str,
    scale: &'static str,
    hours: (u32, u32),
    deadline: &'static str,
}

const SPECS: &[Spec] = &[
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

fn posting(s: &Spec) -> Posting {
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

fn backend() -> MemoryBackend {
    let mut b = MemoryBackend::with_clock(now());
    for s in SPECS {
        let text = format!(
            "# {}\n\nAanvraagnummer\t{}\nRegio\t{}\n\nWe zoeken een coördinator voor het sociaal domein.\nDe coordinator werkt zelfstandig.\n",
            s.title, s.id, s.region
        );
        b.insert(posting(s), &text);
    }
    b.set_stage("13995", Stage::Applied, None).unwrap();
    b.set_stage("H-01", Stage::Rejected, None).unwrap();
    b.add_note(
        "30828",
        "Gebeld met de inhuurdesk.\nCV aanpassen op criterium 1.",
    )
    .unwrap();
    b
}

fn app() -> App {
    App::new(Box::new(backend()), now()).unwrap()
}

fn key(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

fn keys(app: &mut App, s: &str) {
    for c in s.chars() {
        key(app, KeyCode::Char(c));
    }
}

fn draw(app: &App, w: u16, h: u16, theme: &Theme) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| tenderdesk::tui::draw(f, app, theme)).unwrap();
    t
}

/// Snapshots the app at both required sizes.
fn snap(name: &str, app: &App) {
    for (w, h) in [(120, 40), (80, 24)] {
        let t = draw(app, w, h, &Theme::color());
        assert_snapshot!(format!("{name}_{w}x{h}"), t.backend());
    }
}

#[test]
fn list_view() {
    snap("list", &app());
}

#[test]
fn board_view() {
    let mut a = app();
    key(&mut a, KeyCode::Char('b'));
    snap("board", &a);
    key(&mut a, KeyCode::Char('z'));
    snap("board_side_lane", &a);
}

#[test]
fn detail_panes() {
    let mut a = app();
    keys(&mut a, "j"); // 30828, which has a note
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.state.selected_id().as_deref(), Some("30828"));
    for pane in Pane::ALL {
        a.update(Action::Pane(pane));
        snap(&format!("detail_{}", pane.label().to_lowercase()), &a);
    }
}

#[test]
fn filter_popup_and_help() {
    let mut a = app();
    keys(&mut a, "f");
    keys(&mut a, "l"); // region: first province present
    snap("filter_popup", &a);
    key(&mut a, KeyCode::Esc);
    keys(&mut a, "?");
    snap("help", &a);
}

#[test]
fn search_highlights_and_folds_diacritics() {
    let mut a = app();
    keys(&mut a, "/coordinator");
    a.wait_idle();
    let ids: Vec<_> = a
        .state
        .visible
        .iter()
        .map(|&i| a.state.records[i].id.as_str())
        .collect();
    assert!(
        ids.contains(&"30828") && ids.contains(&"13995") && ids.contains(&"H-01"),
        "{ids:?}"
    );
    assert!(!ids.contains(&"30662"));
    key(&mut a, KeyCode::Enter);
    let t = draw(&a, 120, 40, &Theme::color());
    assert_snapshot!("search_120x40", t.backend());
}

#[test]
fn filter_region_and_scale_by_keys() {
    let mut a = app();
    keys(&mut a, "f");
    // regions present: Gelderland, Noord-Holland, Utrecht
    keys(&mut a, "ll");
    keys(&mut a, "j");
    keys(&mut a, &"l".repeat(9));
    keys(&mut a, "j");
    keys(&mut a, &"l".repeat(11));
    key(&mut a, KeyCode::Enter);
    assert_eq!(
        a.state.filter.describe(),
        vec!["region:Noord-Holland", "scale:9-11"]
    );
    let mut ids: Vec<_> = a
        .state
        .visible
        .iter()
        .map(|&i| a.state.records[i].id.clone())
        .collect();
    ids.sort();
    assert_eq!(ids, ["30662", "30828"]);
    keys(&mut a, "c");
    assert_eq!(a.state.visible.len(), SPECS.len());
}

#[test]
fn stage_keys_undo_and_notes_write_through() {
    let mut a = app();
    let first = a.state.selected_id().unwrap();
    keys(&mut a, "a");
    assert_eq!(
        a.backend.detail(&first).unwrap().record.stage,
        Stage::Applied
    );
    keys(&mut a, "u");
    assert_eq!(a.backend.detail(&first).unwrap().record.stage, Stage::Open);
    keys(&mut a, "s");
    key(&mut a, KeyCode::Down);
    key(&mut a, KeyCode::Down);
    key(&mut a, KeyCode::Enter);
    assert_eq!(
        a.backend.detail(&first).unwrap().record.stage,
        Stage::Interview
    );
    keys(&mut a, "n");
    keys(&mut a, "Bellen");
    a.handle_key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL));
    assert_eq!(
        a.backend.detail(&first).unwrap().notes.last().unwrap().text,
        "Bellen"
    );
    assert!(a.state.popup.is_none());
}

#[test]
fn sort_cycles_and_list_is_by_deadline() {
    let mut a = app();
    let ids = |a: &App| -> Vec<String> {
        a.state
            .visible
            .iter()
            .map(|&i| a.state.records[i].id.clone())
            .collect()
    };
    // upcoming soonest first, then the expired one
    assert_eq!(ids(&a), ["28590", "30828", "13995", "H-01", "30662"]);
    keys(&mut a, "o");
    assert_eq!(ids(&a), ["28590", "30828", "H-01", "30662", "13995"]);
}

#[test]
fn paste_imports_a_posting() {
    let mut a = app();
    let n = a.state.records.len();
    a.handle_event(
        Event::Paste(tenderdesk::tui::samples::SAMPLES[0].1.into()),
        Rect::new(0, 0, 120, 40),
    );
    assert_eq!(a.state.records.len(), n + 1);
    assert!(a.state.message.as_ref().unwrap().text.contains("Imported"));
}

#[test]
fn empty_database_says_how_to_import() {
    let mut a = App::new(Box::new(MemoryBackend::with_clock(now())), now()).unwrap();
    let t = draw(&a, 80, 24, &Theme::color());
    assert_snapshot!("empty_80x24", t.backend());
    keys(&mut a, "L");
    assert_eq!(
        a.state.records.len(),
        tenderdesk::tui::samples::SAMPLES.len()
    );
}

#[test]
fn too_small_window_says_so() {
    let t = draw(&app(), 40, 10, &Theme::color());
    let text: String = t
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    assert!(text.contains("Window too small"), "{text}");
}

/// Every screen the tests can reach, for the NO_COLOR and hostile-text checks.
fn every_screen(a: &mut App, mut check: impl FnMut(&str, &Terminal<TestBackend>)) {
    let theme = Theme::mono();
    let mut visit = |a: &App, name: &str| {
        for (w, h) in [(120, 40), (80, 24)] {
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
}

#[test]
fn no_color_theme_uses_reset_colours_and_a_selection_glyph() {
    let mut a = app();
    every_screen(&mut a, |name, t| {
        for cell in t.backend().buffer().content() {
            assert_eq!(cell.fg, Color::Reset, "{name}: fg of {:?}", cell.symbol());
            assert_eq!(cell.bg, Color::Reset, "{name}: bg of {:?}", cell.symbol());
        }
    });
    let t = draw(&app(), 120, 40, &Theme::mono());
    let text: String = t
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    assert!(text.contains("▶"));
}

#[test]
fn hostile_text_never_reaches_the_screen() {
    let evil = "Coördinator\u{1b}]52;c;ZXZpbA==\u{7}\u{1b}[2J\u{9b}31m\u{7}\u{202E}lanigiro\u{2066}\u{1b}]8;;http://x\u{1b}\\ok\r\u{8}";
    let mut b = MemoryBackend::with_clock(now());
    let mut p = posting(&SPECS[0]);
    p.title = evil.into();
    p.organisation = Some(evil.into());
    p.region = Some(evil.into());
    p.scale = Some(evil.into());
    p.knockout[0].text = evil.into();
    p.award[0].text = evil.into();
    p.competences.push(evil.into());
    p.vog.evidence.push(evil.into());
    p.dba.evidence.push(evil.into());
    p.duration = Some(evil.into());
    p.warnings.push(evil.into());
    b.insert(p, &format!("{evil}\n{evil}\n"));
    b.add_note("30828", evil).unwrap();
    b.set_stage("30828", Stage::Applied, Some(evil)).unwrap();
    let mut a = App::new(Box::new(b), now()).unwrap();
    let forbidden = [
        '\u{1b}', '\u{7}', '\u{9b}', '\u{202E}', '\u{2066}', '\r', '\u{8}',
    ];
    let mut screens = 0;
    every_screen(&mut a, |name, t| {
        screens += 1;
        for cell in t.backend().buffer().content() {
            assert!(
                !cell.symbol().contains(forbidden),
                "{name}: {:?}",
                cell.symbol()
            );
        }
    });
    assert!(screens >= 30);
}

#[test]
fn store_backend_writes_every_change_at_once() {
    use tenderdesk::store::Store;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    let mut store = Store::open(&path).unwrap();
    for (_, text) in tenderdesk::tui::samples::SAMPLES {
        Backend::import_text(&mut store, text).unwrap();
    }
    let mut a = App::new(Box::new(store), now()).unwrap();
    assert_eq!(
        a.state.records.len(),
        tenderdesk::tui::samples::SAMPLES.len()
    );
    let id = a.state.selected_id().unwrap();
    keys(&mut a, "a");
    keys(&mut a, "n");
    keys(&mut a, "Bellen");
    a.handle_key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL));
    // a second connection sees both changes before the interface quits
    let mut other = Store::open(&path).unwrap();
    let d = Backend::detail(&mut other, &id).unwrap();
    assert_eq!(d.record.stage, Stage::Applied);
    assert_eq!(d.notes.last().unwrap().text, "Bellen");
    keys(&mut a, "u");
    assert_eq!(
        Backend::detail(&mut other, &id).unwrap().record.stage,
        Stage::Open
    );
}

fn screen_text(t: &Terminal<TestBackend>) -> String {
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

fn record_index(a: &App, id: &str) -> usize {
    a.state.records.iter().position(|r| r.id == id).unwrap()
}

fn score_of(a: &App, id: &str) -> tenderdesk::assess::Score {
    a.state.assessed(record_index(a, id)).unwrap().score.clone()
}

/// Opens a posting's Criteria pane from the list.
fn open_criteria(a: &mut App, id: &str) {
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

#[test]
fn typing_a_search_is_drawn_before_the_results() {
    let mut a = app();
    keys(&mut a, "/wijkcoord");
    // the keystrokes are in the field at once, whether or not results are in
    let text = screen_text(&draw(&a, 120, 40, &Theme::color()));
    assert!(text.contains(" / wijkcoord█"), "{text}");
    a.wait_idle();
    assert!(!a.state.search_pending);
    let ids: Vec<_> = a
        .state
        .visible
        .iter()
        .map(|&i| a.state.records[i].id.as_str())
        .collect();
    assert_eq!(ids, ["13995"]);
    // Esc drops the search at once
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.state.visible.len(), SPECS.len());
}

#[test]
fn answers_by_keys_change_the_score_and_mark_a_knockout_fail() {
    let mut a = app();
    assert_eq!(score_of(&a, "30828").max_reachable, 100.0);
    open_criteria(&mut a, "30828");
    keys(&mut a, "+"); // K1 met
    keys(&mut a, "j-"); // K2 not met: knock-out fail
    keys(&mut a, "j+"); // A1 met
    let s = score_of(&a, "30828");
    assert!(s.knockout_fail);
    assert_eq!((s.expected, s.max_reachable), (60.0, 100.0));
    let stored = a.backend.assessments().unwrap();
    assert_eq!(stored["30828"].knockout[&2].answer, Answer::NotMet);
    assert!(a.state.message.as_ref().unwrap().text.contains("A1: met"));
    // partly is refused on a knock-out
    keys(&mut a, "k~");
    assert!(a.state.message.as_ref().unwrap().error);
    keys(&mut a, "0"); // clear K2
    assert!(!score_of(&a, "30828").knockout_fail);
    keys(&mut a, "-");
    key(&mut a, KeyCode::Esc);
    let text = screen_text(&draw(&a, 120, 40, &Theme::color()));
    assert!(text.contains("⊘ KO"), "{text}");
}

/// The hand-made postings with answers and a profile: a knock-out fail on
/// 30828, a judged criterion on 28590, an answer whose text changed since.
fn judged_app() -> App {
    let mut b = backend();
    b.save_profile(&Profile {
        hourly_rate: Some(Money(10500)),
        hours_per_week: Some(32),
        partly_counts_half: true,
        ..Profile::default()
    })
    .unwrap();
    let set = |b: &mut MemoryBackend, id, kind, n, ans| {
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
    b.insert(p, "re-imported");
    App::new(Box::new(b), now()).unwrap()
}

#[test]
fn list_with_scores_and_a_knockout_fail() {
    let a = judged_app();
    snap("list_scores", &a);
    let s = score_of(&a, "28590");
    assert_eq!((s.expected, s.max_reachable, s.needs_look), (50.0, 50.0, 1));
    let mut a = a;
    keys(&mut a, "b");
    let text = screen_text(&draw(&a, 120, 40, &Theme::color()));
    assert!(text.contains("⊘ KO"), "board marks the fail: {text}");
}

#[test]
fn criteria_pane_with_answers() {
    let mut a = judged_app();
    open_criteria(&mut a, "28590");
    keys(&mut a, "jj");
    snap("criteria_answers", &a);
    let text = screen_text(&draw(&a, 120, 40, &Theme::color()));
    assert!(text.contains("look again"), "{text}");
    assert!(text.contains("Expected score 50 of 100"), "{text}");
}

#[test]
fn dba_and_vog_panes_show_the_checks() {
    let mut b = MemoryBackend::with_clock(now());
    let mut p = posting(&SPECS[0]);
    p.dba = Dba {
        stance: DbaStance::ZzpExcluded,
        evidence: vec!["Zzp'ers zijn uitgesloten van deelname.".into()],
    };
    b.insert(p, "text");
    let mut a = App::new(Box::new(b), now()).unwrap();
    key(&mut a, KeyCode::Enter);
    keys(&mut a, "4");
    snap("dba_check", &a);
    let text = screen_text(&draw(&a, 120, 40, &Theme::color()));
    assert!(text.contains("✗ Not open to you"), "{text}");
    keys(&mut a, "3");
    snap("vog_check", &a);
    let text = screen_text(&draw(&a, 120, 40, &Theme::color()));
    assert!(text.contains("! A VOG-P takes up to 8 weeks"), "{text}");
    // through an agency it is open, and a recent VOG will do
    a.update(Action::Profile);
    keys(&mut a, "jj");
    keys(&mut a, "l");
    keys(&mut a, "j");
    key(&mut a, KeyCode::Enter);
    keys(&mut a, "2026-06-15");
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.state.judged.profile.bidder, BidderKind::Agency);
    key(&mut a, KeyCode::Esc);
    let text = screen_text(&draw(&a, 120, 40, &Theme::color()));
    assert!(text.contains("recent enough"), "{text}");
    keys(&mut a, "4");
    let text = screen_text(&draw(&a, 120, 40, &Theme::color()));
    assert!(text.contains("i Closed to ZZP'ers"), "{text}");
}

#[test]
fn profile_popup() {
    let mut a = judged_app();
    keys(&mut a, "P");
    keys(&mut a, "jjj");
    snap("profile_popup", &a);
    key(&mut a, KeyCode::Enter);
    keys(&mut a, "bogus");
    key(&mut a, KeyCode::Enter);
    assert!(a.state.message.as_ref().unwrap().error);
    assert!(matches!(
        a.state.popup,
        Some(tenderdesk::tui::state::Popup::Profile {
            editing: Some(_),
            ..
        })
    ));
}

#[test]
fn profile_rate_changes_the_rate_band_points() {
    let mut b = MemoryBackend::with_clock(now());
    let (_, text) = tenderdesk::tui::samples::SAMPLES
        .iter()
        .find(|(n, _)| n.contains("28590"))
        .unwrap();
    let id = b.import_text(text).unwrap();
    let mut a = App::new(Box::new(b), now()).unwrap();
    let rate_points = |a: &App| score_of(a, &id).rate_points;
    assert_eq!(rate_points(&a), None, "no rate in the profile yet");
    keys(&mut a, "P");
    key(&mut a, KeyCode::Enter);
    keys(&mut a, "105");
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.backend.profile().unwrap().hourly_rate, Some(Money(10500)));
    assert_eq!(rate_points(&a), Some(15));
    keys(&mut a, &"l".repeat(17)); // 122
    assert_eq!(a.state.judged.profile.hourly_rate, Some(Money(12200)));
    assert_eq!(rate_points(&a), Some(5));
    assert!(!score_of(&a, &id).knockout_fail);
    key(&mut a, KeyCode::Enter);
    for _ in 0..6 {
        key(&mut a, KeyCode::Backspace);
    }
    keys(&mut a, "131");
    key(&mut a, KeyCode::Enter);
    assert!(score_of(&a, &id).knockout_fail);
    key(&mut a, KeyCode::Esc);
    let text = screen_text(&draw(&a, 120, 40, &Theme::color()));
    assert!(text.contains("⊘ KO"), "{text}");
}

#[test]
fn agenda_view_marks_today_and_tomorrow() {
    let mut b = backend();
    let mut p = posting(&SPECS[3]);
    p.request_number = Some("T-1".into());
    p.title = "Beleidsmedewerker Wonen".into();
    p.deadline = at("2026-07-01T17:00:00+02:00");
    b.insert(p, "text");
    let mut a = App::new(Box::new(b), now()).unwrap();
    keys(&mut a, "A");
    snap("agenda", &a);
    let text = screen_text(&draw(&a, 120, 40, &Theme::mono()));
    assert!(text.contains("today"), "{text}");
    assert!(text.contains("tomorrow"), "{text}");
    let first = &a.state.judged.agenda[0];
    assert_eq!(
        (first.posting_id.as_str(), first.date.to_string()),
        ("T-1", "2026-07-01".into())
    );
    // Enter opens the posting on its Planning pane
    keys(&mut a, "j");
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.state.detail.as_ref().unwrap().pane, Pane::Planning);
    key(&mut a, KeyCode::Esc);
    keys(&mut a, "A");
    assert_eq!(a.state.view, tenderdesk::tui::state::View::List);
}

#[test]
fn store_backend_keeps_answers_and_profile() {
    use tenderdesk::store::Store;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    let mut store = Store::open(&path).unwrap();
    for (_, text) in tenderdesk::tui::samples::SAMPLES {
        Backend::import_text(&mut store, text).unwrap();
    }
    let mut a = App::new(Box::new(store), now()).unwrap();
    let id = a.state.selected_id().unwrap();
    key(&mut a, KeyCode::Enter);
    keys(&mut a, "2-");
    key(&mut a, KeyCode::Esc);
    keys(&mut a, "P");
    key(&mut a, KeyCode::Enter);
    keys(&mut a, "99");
    key(&mut a, KeyCode::Enter);
    let other = Store::open(&path).unwrap();
    assert_eq!(other.profile().unwrap().hourly_rate, Some(Money(9900)));
    let answers = other.assessment(&id).unwrap();
    assert_eq!(
        answers.knockout.values().next().unwrap().answer,
        Answer::NotMet
    );
}

#[test]
fn readme_key_table_is_the_keymap() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let table = tenderdesk::tui::keymap::markdown_table();
    assert!(
        readme.contains(&table),
        "README.md's key table differs from the keymap; paste this:\n{table}"
    );
}

#[test]
fn overlapping_jobs_warn_in_the_overview() {
    let mut a = app();
    keys(&mut a, "P");
    keys(&mut a, "j");
    key(&mut a, KeyCode::Enter);
    keys(&mut a, "40");
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Esc);
    // 28590 (24 h) and 30828 (20 h) to interview, same period: 44 > 40
    keys(&mut a, "i");
    keys(&mut a, "j");
    keys(&mut a, "i");
    key(&mut a, KeyCode::Enter);
    let text = screen_text(&draw(&a, 120, 40, &Theme::color()));
    assert!(text.contains("! 44 hours a week together with"), "{text}");
    keys(&mut a, "u");
    let text = screen_text(&draw(&a, 120, 40, &Theme::color()));
    assert!(!text.contains("hours a week together"), "{text}");
}
