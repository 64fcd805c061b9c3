//! The interface's records against the postings read whole: every sample
//! and fixture posting, one with answers (one of them given against an
//! older text), under several profiles, must give the same figures per
//! record, agenda, filters, sort, search matches and list, board and
//! agenda screens.

use super::*;
use crate::assess::{Answer, BidderKind, Profile};
use crate::pipeline::Stage;
use crate::search::filter::StageFilter;
use crate::store::CriterionKind;
use crate::tui::keymap::Context;
use crate::tui::query::{FilterState, SortKey};
use crate::tui::state::{State, View};
use crate::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::collections::HashMap;

/// The posting with its criteria texts left out.
fn without_texts(p: &Posting) -> Posting {
    let mut p = p.clone();
    p.knockout.iter_mut().for_each(|c| c.text.clear());
    p.award.iter_mut().for_each(|c| c.text.clear());
    p
}

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-02-02T08:00:00Z")
        .map(|d| d.with_timezone(&Utc))
        .unwrap_or_default()
}

/// The samples and every fixture posting the parser reads, imported; a few
/// stages moved; answers to one posting, one of them against a text the
/// posting has since changed. Returns the store and the answered id.
fn store(dir: &std::path::Path) -> (Store, String) {
    let mut s = Store::open(&dir.join("t.db")).unwrap();
    let mut texts: Vec<String> = crate::tui::samples::SAMPLES
        .iter()
        .map(|(_, t)| t.to_string())
        .collect();
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for set in ["platforms", "unseen", "unseen2", "unseen3", "unseen7"] {
        let mut files: Vec<_> = std::fs::read_dir(fixtures.join(set))
            .unwrap()
            .filter_map(|e| Some(e.ok()?.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        texts.extend(files.iter().filter_map(|f| std::fs::read_to_string(f).ok()));
    }
    for text in &texts {
        if let Ok(p) = crate::posting::parse(text) {
            s.import(&p, text).unwrap();
        }
    }
    let all = s.list().unwrap();
    assert!(all.len() > 60, "{} postings", all.len());
    let stages = [
        Stage::Interview,
        Stage::Awarded,
        Stage::Rejected,
        Stage::Applied,
    ];
    for (r, stage) in all.iter().skip(3).step_by(7).zip(stages.iter().cycle()) {
        s.set_stage(&r.id, *stage, None).unwrap();
    }
    // answers to a posting with both kinds of criteria
    let (text, mut p) = texts
        .iter()
        .filter_map(|t| Some((t, crate::posting::parse(t).ok()?)))
        .find(|(_, p)| p.knockout.len() >= 2 && p.award.len() >= 2)
        .unwrap();
    let id = s.import(&p, text).unwrap().id;
    for (kind, number, answer) in [
        (CriterionKind::Knockout, p.knockout[0].number, Answer::Met),
        (CriterionKind::Knockout, p.knockout[1].number, Answer::Met),
        (CriterionKind::Award, p.award[0].number, Answer::Partly),
        (CriterionKind::Award, p.award[1].number, Answer::Met),
    ] {
        s.set_answer(&id, kind, number, Some(answer)).unwrap();
    }
    // a re-import changes the text the first answer was given against
    p.knockout[0].text.push_str(" (gewijzigd)");
    s.import(&p, text).unwrap();
    (s, id)
}

fn profiles() -> Vec<Profile> {
    let rate = |eur: i64| Some(Money(eur * 100));
    vec![
        Profile::default(),
        Profile {
            hourly_rate: rate(95),
            hours_per_week: Some(36),
            travel_per_km: Some(Money(23)),
            distance_km: Some(30),
            ..Profile::default()
        },
        Profile {
            hourly_rate: rate(130),
            hours_per_week: Some(20),
            bidder: BidderKind::Agency,
            partly_counts_half: true,
            last_vog: NaiveDate::from_ymd_opt(2026, 1, 10),
            ..Profile::default()
        },
        Profile {
            hourly_rate: rate(70),
            ..Profile::default()
        },
    ]
}

/// What an interface record holds of a posting, criteria texts aside:
/// every field the list, board, agenda, filters, sort and figures read.
fn interface_fields(p: &Posting) -> Posting {
    let Posting {
        knockout, award, ..
    } = without_texts(p);
    Posting {
        title: p.title.clone(),
        organisation: p.organisation.clone(),
        region: p.region.clone(),
        scale: p.scale.clone(),
        start_date: p.start_date,
        duration: p.duration.clone(),
        end_date: p.end_date,
        extension_options: p.extension_options.clone(),
        hours_min: p.hours_min,
        hours_max: p.hours_max,
        deadline: p.deadline,
        deadline_date: p.deadline_date,
        questions_deadline: p.questions_deadline,
        answers_published: p.answers_published,
        interview_dates: p.interview_dates.clone(),
        interview_week_of: p.interview_week_of,
        interview_time: p.interview_time.clone(),
        notification_date: p.notification_date,
        knockout,
        award,
        max_rate_eur: p.max_rate_eur,
        max_rate_is_knockout: p.max_rate_is_knockout,
        fee: p.fee.clone(),
        fee_per_hour_eur: p.fee_per_hour_eur,
        vog: Vog {
            evidence: vec![],
            ..p.vog.clone()
        },
        g_account: p.g_account,
        dba: Dba {
            stance: p.dba.stance,
            evidence: vec![],
        },
        url: p.url.clone(),
        distance_km: p.distance_km,
        ..Posting::default()
    }
}

/// A state over `records` with this profile and these answers.
fn state(
    records: Vec<PostingRecord>,
    profile: &Profile,
    answers: &HashMap<String, crate::assess::Assessment>,
) -> State {
    let mut s = State::new(vec![], now());
    s.judged.profile = profile.clone();
    s.judged.answers = answers.clone();
    s.set_records(records);
    s
}

/// The screen of `s` at 120x40 as text, each cell with its style.
fn screen(s: &State, ctx: Context) -> String {
    let mut t = Terminal::new(TestBackend::new(120, 40)).unwrap();
    t.draw(|f| crate::tui::views::render(f, s, ctx, &Theme::color()))
        .unwrap();
    format!("{:?}", t.backend().buffer())
}

#[test]
fn interface_records_give_what_the_whole_postings_give() {
    let dir = tempfile::tempdir().unwrap();
    let (s, answered) = store(dir.path());
    let answers = s.assessments().unwrap();
    let full = s.list().unwrap();
    let lean = s.list_for_interface().unwrap();
    assert_eq!(full.len(), lean.len());
    for (f, l) in full.iter().zip(&lean) {
        assert_eq!(
            (&f.id, f.stage, f.changed, f.imported_at, f.updated_at),
            (&l.id, l.stage, l.changed, l.imported_at, l.updated_at)
        );
        assert_eq!(interface_fields(&f.posting), without_texts(&l.posting));
        // a text is kept as it is, or left out
        let kept = |a: &str, b: &str| b.is_empty() || a == b;
        let (fp, lp) = (&f.posting, &l.posting);
        assert!(
            fp.knockout
                .iter()
                .zip(&lp.knockout)
                .all(|(a, b)| kept(&a.text, &b.text))
        );
        assert!(
            fp.award
                .iter()
                .zip(&lp.award)
                .all(|(a, b)| kept(&a.text, &b.text))
        );
    }
    assert!(full.iter().any(|r| !r.posting.warnings.is_empty()));
    assert!(full.iter().any(|r| r.posting.url.is_some()));
    let dropped = |rs: &[PostingRecord]| -> usize {
        rs.iter()
            .flat_map(|r| r.posting.knockout.iter().map(|c| c.text.len()))
            .sum()
    };
    assert!(
        dropped(&lean) * 4 < dropped(&full),
        "criteria texts left out"
    );
    let texts = |r: &PostingRecord| {
        let p = &r.posting;
        let k: Vec<String> = p.knockout.iter().map(|c| c.text.clone()).collect();
        let a: Vec<String> = p.award.iter().map(|c| c.text.clone()).collect();
        (k, a)
    };
    let find = |rs: &[PostingRecord]| rs.iter().position(|r| r.id == answered).unwrap();
    assert_eq!(texts(&lean[find(&lean)]), texts(&full[find(&full)]));

    // the loading thread's read: the same records, the keys packed
    let (read, packed) = s.list_for_interface_packed().unwrap();
    assert_eq!(packed.len(), lean.len());
    for (r, l) in read.iter().zip(&lean) {
        assert!(r.search_key.is_empty());
        let keyed = PostingRecord {
            search_key: l.search_key.clone(),
            ..r.clone()
        };
        assert_eq!(&keyed, l);
    }
    let m = crate::search::Matcher::default();
    for q in [
        "coord",
        "wmo",
        "ervaring",
        "hbo",
        "vog",
        "klantmgr",
        "adviseur hilversum",
        "e",
        "zz",
    ] {
        let query = crate::search::Query::new(q);
        let contains = packed.contains(&query);
        for (i, (f, l)) in full.iter().zip(&lean).enumerate() {
            let want = m.score_only(&f.search_key, q);
            assert_eq!(packed.score(&m, i, &query, &contains), want, "{q}");
            assert_eq!(m.score_only(&l.search_key, q), want, "{q}");
        }
    }

    for profile in profiles() {
        let mut a = state(full.clone(), &profile, &answers);
        let mut b = state(lean.clone(), &profile, &answers);
        assert_eq!(a.judged.per_record, b.judged.per_record);
        assert_eq!(a.judged.agenda, b.judged.agenda);
        let i = find(&a.records);
        let look = a.judged.per_record[i].score.needs_look;
        assert_eq!(look, 1, "the changed text is to be looked at");
        assert_eq!(
            crate::assess::agenda::agenda(&a.records, a.now.date_naive()),
            crate::assess::agenda::agenda(&b.records, b.now.date_naive())
        );
        let filters = [
            FilterState::default(),
            FilterState {
                region: Some("holland".into()),
                ..FilterState::default()
            },
            FilterState {
                scale_min: Some(9),
                scale_max: Some(11),
                hours: Some((20, 32)),
                ..FilterState::default()
            },
            FilterState {
                stage: Some(StageFilter::Expired),
                ..FilterState::default()
            },
            FilterState {
                stage: Some(StageFilter::Stage(Stage::Interview)),
                due_within: Some(60),
                ..FilterState::default()
            },
        ];
        let sorts = [
            SortKey::Deadline,
            SortKey::Title,
            SortKey::Organisation,
            SortKey::Stage,
            SortKey::Scale,
            SortKey::Net,
            SortKey::Chance,
        ];
        for (filter, sort) in filters.iter().zip(sorts.iter().cycle()) {
            for st in [&mut a, &mut b] {
                st.filter = filter.clone();
                st.sort = *sort;
                st.refresh();
            }
            assert_eq!(a.visible, b.visible, "{filter:?} {sort:?}");
            assert!(!a.visible.is_empty() || filter.stage.is_some());
            assert_eq!(screen(&a, Context::List), screen(&b, Context::List));
        }
        for sort in sorts {
            a.sort = sort;
            b.sort = sort;
            a.filter = FilterState::default();
            b.filter = FilterState::default();
            a.refresh();
            b.refresh();
            assert_eq!(a.visible, b.visible, "{sort:?}");
        }
        for (view, ctx) in [
            (View::List, Context::List),
            (View::Board, Context::Board),
            (View::Agenda, Context::Agenda),
        ] {
            for st in [&mut a, &mut b] {
                st.view = view;
                st.side_open = true;
            }
            assert_eq!(screen(&a, ctx), screen(&b, ctx), "{view:?}");
            a.move_selection(3);
            b.move_selection(3);
            assert_eq!(screen(&a, ctx), screen(&b, ctx), "{view:?}");
            assert_eq!(a.selected_id(), b.selected_id());
        }
        // the detail (read whole) over either records: every pane
        let vog = full.iter().find(|r| r.posting.vog.required);
        let dba = full
            .iter()
            .find(|r| r.posting.dba.stance == DbaStance::GuaranteeRequired);
        for id in [Some(&answered), vog.map(|r| &r.id), dba.map(|r| &r.id)] {
            let d = s.detail(id.unwrap()).unwrap();
            for pane in crate::tui::action::Pane::ALL {
                for st in [&mut a, &mut b] {
                    st.detail = Some(crate::tui::state::DetailState::new(d.clone(), "", pane));
                }
                assert_eq!(screen(&a, Context::Detail), screen(&b, Context::Detail));
            }
            a.detail = None;
            b.detail = None;
        }
    }
}

/// The first screen is the head of the list's order, read the same way.
#[test]
fn the_first_screen_is_read_as_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let (s, _) = store(dir.path());
    let lean = s.list_for_interface().unwrap();
    for limit in [1, 10, 500] {
        let head = s.head_for_interface(now(), limit).unwrap();
        let whole = s.list_head(now(), limit).unwrap();
        let ids = |rs: &[PostingRecord]| rs.iter().map(|r| r.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&head), ids(&whole));
        for h in &head {
            let same = lean.iter().find(|r| r.id == h.id).unwrap();
            assert_eq!(h, same);
        }
    }
}
