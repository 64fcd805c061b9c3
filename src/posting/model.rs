//! The domain model of one *inhuuropdracht* (posting) as read from its text.
//!
//! These are plain data types: no I/O, no database, no UI. The field names are
//! also the keys of `tenderdesk parse --json`, which scripts rely on, so rename
//! nothing without a reason.

use super::money::Money;
use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

/// Everything tenderdesk reads from one posting.
///
/// Fields missing when deserializing take their defaults (`serde(default)`),
/// so postings stored by an older tenderdesk stay readable.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Posting {
    pub title: String,
    /// The *aanvraagnummer*, e.g. "30828".
    pub request_number: Option<String>,
    /// The municipality or other client, e.g. "Hilversum".
    pub organisation: Option<String>,
    /// The province, e.g. "Noord-Holland".
    pub region: Option<String>,
    /// The purchasing platform, e.g. "Flextender".
    pub platform: Option<String>,

    pub start_date: Option<NaiveDate>,
    /// "Z.s.m.": start as soon as possible.
    pub start_asap: bool,
    /// Duration as written, e.g. "6 maanden".
    pub duration: Option<String>,
    /// From "Tot en met 31 juli 2026".
    pub end_date: Option<NaiveDate>,
    /// Extension options as written, e.g. "2 x 3 maand(en)".
    pub extension_options: Option<String>,
    pub hours_min: Option<u32>,
    pub hours_max: Option<u32>,
    pub education_level: Option<String>,
    /// Posted through a dynamic purchasing system (*DAS opdracht*).
    pub das: Option<bool>,
    /// As written: "1", "2", "1-2".
    pub professionals_needed: Option<String>,
    pub workdays: Option<String>,
    pub hybrid: Hybrid,

    /// Submission deadline, Europe/Amsterdam, RFC 3339 with offset in JSON.
    /// Only set when the posting states a date and a time.
    pub deadline: Option<DateTime<FixedOffset>>,
    /// The deadline's day when the posting gives no time ("Reageren voor:
    /// 06-03-2026"); `deadline` stays empty until the user sets the time.
    pub deadline_date: Option<NaiveDate>,
    /// A closing time relative to the day the page was copied ("Sluit over 6
    /// dagen", "Je hebt nog 17 dagen"): a hint, never a deadline.
    pub closing_hint: Option<String>,
    /// When the posting was published ("Publicatiedatum", "Posted").
    pub published: Option<NaiveDate>,
    pub questions_deadline: Option<DateTime<FixedOffset>>,
    /// The day the answers to questions are published.
    pub answers_published: Option<NaiveDate>,
    pub interview_dates: Vec<NaiveDate>,
    /// "in de week van 30 maart 2026": the Monday (or given day) of that week.
    pub interview_week_of: Option<NaiveDate>,
    /// "14:00" or "13:00-16:00".
    pub interview_time: Option<String>,
    /// The day candidates hear whether they are invited.
    pub notification_date: Option<NaiveDate>,

    pub knockout: Vec<KnockoutCriterion>,
    pub award: Vec<AwardCriterion>,
    /// The highest hourly rate a bid may have (from a knock-out, else an award criterion).
    pub max_rate_eur: Option<Money>,
    /// Whether `max_rate_eur` comes from a knock-out criterion (over it = dropped).
    pub max_rate_is_knockout: bool,
    /// The posting says explicitly that there is no maximum rate ("Geen
    /// maximum"), which is not the same as not saying.
    pub no_max_rate: bool,
    /// How one may be hired, as written ("Detachering ZZP", "ZZP/Freelance mogelijk").
    pub contract_form: Option<String>,
    /// Flextender's fee: "none", "2.25 per hour", "3.5%", or null when not stated.
    pub fee: Option<String>,
    pub fee_per_hour_eur: Option<Money>,

    pub competences: Vec<String>,
    /// How many CVs go to the client: "5", "10", "all".
    pub cvs_forwarded: Option<String>,
    /// How many candidates are invited to an interview, when a number is given.
    pub interviews_invited: Option<u32>,
    /// "De beste kandidaten (minimaal 2)": the least number invited.
    pub interviews_invited_min: Option<u32>,

    /// The *functieschaal* as written ("11", "105", "10-11").
    pub scale: Option<String>,
    /// True when every number in `scale` is a CAO Gemeenten scale (1 to 18).
    pub scale_valid: bool,

    pub vog: Vog,
    pub integrity_statement: bool,
    pub sroi: bool,
    pub waadi: bool,
    pub g_account: bool,
    pub dba: Dba,

    /// The page says the response period has passed.
    pub expired_banner: bool,
    /// What looks wrong in the posting, in plain words.
    pub warnings: Vec<String>,

    /// Imported from a platform alert that holds only a summary and a link;
    /// a later import of the full posting completes the record.
    #[serde(default)]
    pub summary_only: bool,
    /// The web address of the posting (a `# source: URL` line, a saved
    /// page's canonical link, an e-mail's link); takes part in duplicate
    /// matching. Stored by older versions as `link`.
    #[serde(default, alias = "link")]
    pub url: Option<String>,
    /// Your distance to the place of work in km, one way: set by hand only
    /// (`tenderdesk edit ID --distance-km 35`), never read from a posting;
    /// the net counts travel with it instead of the profile's distance.
    /// Left out of the JSON when not set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distance_km: Option<u32>,
}

/// Whether hybrid work (partly from home) is possible.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Hybrid {
    Yes,
    No,
    #[default]
    Unknown,
}

/// A knock-out criterion (*vereiste*, *eis*): all must be met.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KnockoutCriterion {
    pub number: u32,
    pub text: String,
}

/// An award criterion (*gunningscriterium*, *selectiecriterium*, *wens*).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AwardCriterion {
    pub number: u32,
    pub text: String,
    /// Points out of 100; `None` when the posting gives none.
    pub points: Option<u32>,
    /// When the criterion scores the hourly rate in bands.
    pub rate_bands: Vec<RateBand>,
}

impl AwardCriterion {
    /// Its text without the points it ends with ("Tarief: 30 punten" →
    /// "Tarief"), for a view that shows the points beside it.
    pub fn name(&self) -> &str {
        super::criteria_points::without_points(&self.text, self.points)
    }
}

/// One band of an hourly-rate criterion. Exactly one of the shapes is used:
/// `above` (rate higher than), `below` (rate lower than), or `from`..=`to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RateBand {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub above: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub below: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Money>,
    pub points: u32,
}

impl RateBand {
    /// Whether an hourly rate falls in this band (bounds of `from`/`to` included).
    pub fn contains(&self, rate: Money) -> bool {
        if let Some(a) = self.above {
            return rate > a;
        }
        if let Some(b) = self.below {
            return rate < b;
        }
        let lo_ok = self.from.is_none_or(|f| rate >= f);
        let hi_ok = self.to.is_none_or(|t| rate <= t);
        lo_ok && hi_ok
    }
}

/// The *Verklaring Omtrent het Gedrag* demand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Vog {
    pub required: bool,
    pub vog_p_mentioned: bool,
    /// Processing time the posting states for a VOG, in weeks.
    pub lead_time_weeks: Option<u32>,
    /// Processing time the posting states for a VOG-P, in weeks.
    pub vog_p_lead_time_weeks: Option<u32>,
    /// The sentences the VOG demand rests on.
    pub evidence: Vec<String>,
}

/// How the posting treats the Wet DBA (self-employed vs. employment).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Dba {
    pub stance: DbaStance,
    /// The sentences the stance rests on.
    pub evidence: Vec<String>,
}

/// The four DBA stances (see `tests/expected.toml` for the definitions).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default, Hash)]
#[serde(rename_all = "snake_case")]
pub enum DbaStance {
    /// A self-employed person (ZZP'er) cannot meet the conditions.
    ZzpExcluded,
    /// Allowed, but the bidder must guarantee no (fictitious) employment arises.
    GuaranteeRequired,
    /// No clause, but framed as independent, result-driven work.
    IndependentScope,
    /// The posting says nothing about it.
    #[default]
    NotStated,
}

impl DbaStance {
    /// The stance as its stable snake_case key.
    pub fn key(self) -> &'static str {
        match self {
            DbaStance::ZzpExcluded => "zzp_excluded",
            DbaStance::GuaranteeRequired => "guarantee_required",
            DbaStance::IndependentScope => "independent_scope",
            DbaStance::NotStated => "not_stated",
        }
    }

    /// The stance in plain words, for people.
    pub fn plain(self) -> &'static str {
        match self {
            DbaStance::ZzpExcluded => "Not open to self-employed (ZZP) bidders",
            DbaStance::GuaranteeRequired => {
                "Open to ZZP, but you must guarantee and substantiate that no employment arises"
            }
            DbaStance::IndependentScope => {
                "Framed as independent, result-driven work for a self-employed professional"
            }
            DbaStance::NotStated => "The posting says nothing about the Wet DBA",
        }
    }
}

/// How the warning about a made-up title starts.
pub const PROVISIONAL_TITLE: &str = "no title line: the title";

impl Posting {
    /// The moment the posting closes, for ordering and for "passed": the
    /// deadline, or when only its day is stated the end of that day (the
    /// latest it can be; screens say the time is not stated).
    pub fn closing(&self) -> Option<DateTime<FixedOffset>> {
        self.deadline.or_else(|| {
            let end_of_day = chrono::NaiveTime::from_hms_opt(23, 59, 0)?;
            Some(super::dates::amsterdam(self.deadline_date?, end_of_day))
        })
    }

    /// The deadline as people read it: "2026-03-06 09:00", or "2026-03-06
    /// (time not stated)".
    pub fn deadline_text(&self) -> Option<String> {
        match (self.deadline, self.deadline_date) {
            (Some(d), _) => Some(d.format("%Y-%m-%d %H:%M").to_string()),
            (None, Some(day)) => Some(format!("{day} (time not stated)")),
            (None, None) => None,
        }
    }

    /// Whether the title was made up from the address or the first
    /// sentence because the text has no title line.
    pub fn has_provisional_title(&self) -> bool {
        self.warnings
            .iter()
            .any(|w| w.starts_with(PROVISIONAL_TITLE))
    }

    /// Sum of the award points, counting criteria that state points.
    pub fn award_points_total(&self) -> u32 {
        self.award.iter().filter_map(|c| c.points).sum()
    }

    /// The scale as numbers (low, high), e.g. "10-11" gives (10, 11).
    pub fn scale_range(&self) -> Option<(u32, u32)> {
        super::scale::scale_range(self.scale.as_deref()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_without_a_time_closes_at_its_end() {
        let mut p = Posting {
            deadline_date: chrono::NaiveDate::from_ymd_opt(2026, 3, 6),
            ..Posting::default()
        };
        assert_eq!(
            p.closing().map(|d| d.to_rfc3339()).as_deref(),
            Some("2026-03-06T23:59:00+01:00")
        );
        assert_eq!(
            p.deadline_text().as_deref(),
            Some("2026-03-06 (time not stated)")
        );
        p.deadline = chrono::DateTime::parse_from_rfc3339("2026-03-06T12:00:00+01:00").ok();
        assert_eq!(p.deadline_text().as_deref(), Some("2026-03-06 12:00"));
    }

    #[test]
    fn rate_band_bounds() {
        let between = RateBand {
            above: None,
            below: None,
            from: Some(Money(12000)),
            to: Some(Money(12500)),
            points: 5,
        };
        assert!(between.contains(Money(12200)));
        assert!(between.contains(Money(12500)));
        assert!(!between.contains(Money(12501)));
        let above = RateBand {
            above: Some(Money(12500)),
            below: None,
            from: None,
            to: None,
            points: 0,
        };
        assert!(above.contains(Money(12501)));
        assert!(!above.contains(Money(12500)));
    }
}
