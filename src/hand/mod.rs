//! What a person may set by hand on a posting: the table of fields, how each
//! value is read from text and shown as text, and which keys of the
//! posting's JSON each field covers (for the store's hand-set marks and the
//! undo journal). Pure: no I/O. `form.rs` is the `field: value` text form
//! the editor and the interface fill in.

pub mod form;
pub mod value;

use crate::posting::Posting;
use serde_json::{Map, Value};
use std::fmt;

/// What a start "as soon as possible" may be written as.
const ASAP: [&str; 4] = ["as soon as possible", "asap", "zsm", "z.s.m."];

/// A field that can be set by hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Title,
    Organisation,
    Region,
    Deadline,
    Start,
    Hours,
    MaxRate,
    Scale,
    Url,
    /// Your distance to the place of work (not from the posting).
    DistanceKm,
}

/// A value refused for a field: the field, why, and the expected form.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {reason}; expected {}", field.name(), field.expected())]
pub struct FieldError {
    pub field: Field,
    pub reason: String,
}

impl FieldError {
    /// The same message naming the command-line flag (`--deadline: …`).
    pub fn as_flag(&self) -> String {
        format!(
            "--{}: {}; expected {}",
            self.field.flag(),
            self.reason,
            self.field.expected()
        )
    }
}

impl Field {
    /// Every field, in the order of the form.
    pub const ALL: [Field; 10] = [
        Field::Title,
        Field::Organisation,
        Field::Region,
        Field::Deadline,
        Field::Start,
        Field::Hours,
        Field::MaxRate,
        Field::Scale,
        Field::Url,
        Field::DistanceKm,
    ];

    /// The stable name: in the form, in `hand_set` and `reimported` in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Organisation => "organisation",
            Field::Region => "region",
            Field::Deadline => "deadline",
            Field::Start => "start",
            Field::Hours => "hours",
            Field::MaxRate => "max_rate",
            Field::Scale => "scale",
            Field::Url => "url",
            Field::DistanceKm => "distance_km",
        }
    }

    /// The command-line flag without its dashes.
    pub fn flag(self) -> &'static str {
        match self {
            Field::MaxRate => "max-rate",
            Field::DistanceKm => "distance-km",
            f => f.name(),
        }
    }

    /// The form a value must have, in words.
    pub fn expected(self) -> &'static str {
        match self {
            Field::Title => "one line of text",
            Field::Organisation | Field::Region => "one line of text (empty clears it)",
            Field::Deadline => "YYYY-MM-DD HH:MM",
            Field::Start => "YYYY-MM-DD or asap",
            Field::Hours => "hours a week such as 32 or 24-32",
            Field::MaxRate => "euros an hour such as 95 or 95.50",
            Field::Scale => "a scale such as 10 or 10-11",
            Field::Url => "a web address starting with https://",
            Field::DistanceKm => "km one way such as 35 (0: no travel)",
        }
    }

    /// A field by its name or flag (`max_rate`, `max-rate`).
    pub fn from_name(s: &str) -> Option<Field> {
        let s = s.trim().to_lowercase().replace('-', "_");
        Field::ALL.into_iter().find(|f| f.name() == s)
    }

    /// The keys of the posting's JSON this field covers.
    pub fn keys(self) -> &'static [&'static str] {
        match self {
            Field::Title => &["title"],
            Field::Organisation => &["organisation"],
            Field::Region => &["region"],
            Field::Deadline => &["deadline"],
            Field::Start => &["start_date", "start_asap"],
            Field::Hours => &["hours_min", "hours_max"],
            Field::MaxRate => &["max_rate_eur"],
            Field::Scale => &["scale", "scale_valid"],
            Field::Url => &["url"],
            Field::DistanceKm => &["distance_km"],
        }
    }

    /// Reads `raw` and sets it on the posting. An empty value clears an
    /// optional field; the title cannot be empty.
    pub fn set(self, p: &mut Posting, raw: &str) -> Result<(), FieldError> {
        let err = |reason: String| FieldError {
            field: self,
            reason,
        };
        let raw = raw.trim();
        let text = |raw: &str| -> Result<Option<String>, FieldError> {
            let v = value::line(raw).map_err(err)?;
            Ok(Some(v).filter(|v| !v.is_empty()))
        };
        if raw.is_empty() {
            match self {
                Field::Title => return Err(err("a posting needs a title".into())),
                Field::Organisation => p.organisation = None,
                Field::Region => p.region = None,
                Field::Deadline => (p.deadline, p.deadline_date) = (None, None),
                Field::Start => p.start_date = None,
                Field::Hours => (p.hours_min, p.hours_max) = (None, None),
                Field::MaxRate => p.max_rate_eur = None,
                Field::Scale => (p.scale, p.scale_valid) = (None, false),
                Field::Url => p.url = None,
                Field::DistanceKm => p.distance_km = None,
            }
            return Ok(());
        }
        match self {
            Field::Title => p.title = text(raw)?.unwrap_or_default(),
            Field::Organisation => p.organisation = text(raw)?,
            Field::Region => p.region = text(raw)?,
            Field::Deadline => match value::deadline(raw) {
                // a deadline set by hand with its time: the day-only one goes
                Ok(d) => (p.deadline, p.deadline_date) = (Some(d), None),
                // a day alone, as a posting that states no time gives it
                Err(e) => match value::date(raw) {
                    Ok(day) if !raw.contains(':') => {
                        (p.deadline, p.deadline_date) = (None, Some(day))
                    }
                    _ => return Err(err(e)),
                },
            },
            Field::Start if ASAP.contains(&raw.to_lowercase().as_str()) => {
                (p.start_date, p.start_asap) = (None, true);
            }
            Field::Start => {
                p.start_date = Some(value::date(raw).map_err(err)?);
                p.start_asap = false;
            }
            Field::Hours => {
                let (lo, hi) = value::hours(raw).map_err(err)?;
                (p.hours_min, p.hours_max) = (Some(lo), Some(hi));
            }
            Field::MaxRate => p.max_rate_eur = Some(value::rate(raw).map_err(err)?),
            Field::Scale => {
                p.scale = Some(value::scale(raw).map_err(err)?);
                p.scale_valid = true;
            }
            Field::Url => p.url = Some(value::url(raw).map_err(err)?),
            Field::DistanceKm => p.distance_km = Some(value::km(raw).map_err(err)?),
        }
        Ok(())
    }

    /// The field's value as the form shows it; `None` when unset.
    pub fn show(self, p: &Posting) -> Option<String> {
        match self {
            Field::Title => Some(p.title.clone()).filter(|t| !t.is_empty()),
            Field::Organisation => p.organisation.clone(),
            Field::Region => p.region.clone(),
            Field::Deadline => p
                .deadline
                .map(value::show_deadline)
                .or_else(|| p.deadline_date.map(|d| d.format("%Y-%m-%d").to_string())),
            Field::Start => p
                .start_date
                .map(|d| d.format("%Y-%m-%d").to_string())
                .or_else(|| p.start_asap.then(|| "as soon as possible".to_string())),
            Field::Hours => match (p.hours_min, p.hours_max) {
                (Some(a), Some(b)) if a != b => Some(format!("{a}-{b}")),
                (Some(a), _) | (None, Some(a)) => Some(a.to_string()),
                (None, None) => None,
            },
            Field::MaxRate => p.max_rate_eur.map(value::show_rate),
            Field::Scale => p.scale.clone(),
            Field::Url => p.url.clone(),
            Field::DistanceKm => p.distance_km.map(|k| k.to_string()),
        }
    }

    /// This field's part of a posting's JSON object (its keys and values).
    pub fn pick(self, posting: &Value) -> Value {
        let mut out = Map::new();
        for k in self.keys() {
            out.insert(
                (*k).to_string(),
                posting.get(*k).cloned().unwrap_or(Value::Null),
            );
        }
        Value::Object(out)
    }

    /// Writes a part taken with [`Field::pick`] into a posting's JSON object.
    pub fn put(self, posting: &mut Value, part: &Value) {
        if let Value::Object(target) = posting {
            for k in self.keys() {
                target.insert(
                    (*k).to_string(),
                    part.get(*k).cloned().unwrap_or(Value::Null),
                );
            }
        }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Reads every `(field, value)` onto a copy of `base`: all values are
/// checked before anything is kept, so a bad one leaves nothing half set.
/// The first refusal is returned.
pub fn apply(base: &Posting, edits: &[(Field, String)]) -> Result<Posting, FieldError> {
    let mut p = base.clone();
    for (field, raw) in edits {
        field.set(&mut p, raw)?;
    }
    Ok(p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn every_field_reads_back_what_it_shows() {
        let mut p = Posting::default();
        let edits: Vec<(Field, String)> = [
            (Field::Title, "Coördinator"),
            (Field::Organisation, "Hilversum"),
            (Field::Region, "Noord-Holland"),
            (Field::Deadline, "2027-03-01 09:00"),
            (Field::Start, "01-04-2027"),
            (Field::Hours, "24-32"),
            (Field::MaxRate, "95,50"),
            (Field::Scale, "10"),
            (Field::Url, "https://example.nl/30828"),
            (Field::DistanceKm, "35 km"),
        ]
        .into_iter()
        .map(|(f, v)| (f, v.to_string()))
        .collect();
        p = apply(&p, &edits).unwrap();
        for f in Field::ALL {
            let shown = f.show(&p).unwrap();
            let again = apply(&p, &[(f, shown.clone())]).unwrap();
            assert_eq!(again, p, "{f} shows {shown}");
        }
        assert_eq!(Field::Start.show(&p).as_deref(), Some("2027-04-01"));
        assert_eq!(Field::MaxRate.show(&p).as_deref(), Some("95.50"));
    }

    #[test]
    fn a_deadline_without_its_time_is_a_day_and_reads_back() {
        let p = Posting {
            title: "T".into(),
            ..Posting::default()
        };
        let day = apply(&p, &[(Field::Deadline, "14-12-2026".into())]).unwrap();
        assert_eq!(day.deadline, None);
        assert_eq!(day.deadline_date, NaiveDate::from_ymd_opt(2026, 12, 14));
        let shown = Field::Deadline.show(&day).unwrap();
        assert_eq!(shown, "2026-12-14");
        assert_eq!(apply(&day, &[(Field::Deadline, shown)]).unwrap(), day);
        // a time that is no time is still an error
        assert!(apply(&p, &[(Field::Deadline, "2026-12-14 25:00".into())]).is_err());
    }

    #[test]
    fn a_bad_value_names_the_field_and_the_form_and_sets_nothing() {
        let p = Posting {
            title: "T".into(),
            ..Posting::default()
        };
        let e = apply(
            &p,
            &[
                (Field::Region, "Utrecht".into()),
                (Field::Deadline, "31-02-2027".into()),
            ],
        )
        .unwrap_err();
        assert_eq!(
            e.as_flag(),
            "--deadline: no 31 February; expected YYYY-MM-DD HH:MM"
        );
        assert_eq!(
            e.to_string(),
            "deadline: no 31 February; expected YYYY-MM-DD HH:MM"
        );
        assert!(apply(&p, &[(Field::Title, " ".into())]).is_err());
        assert_eq!(
            apply(&p, &[(Field::MaxRate, "x".into())])
                .unwrap_err()
                .as_flag(),
            "--max-rate: 'x' is not an amount; expected euros an hour such as 95 or 95.50"
        );
    }

    #[test]
    fn empty_clears_and_pick_put_round_trip() {
        let p = apply(
            &Posting::default(),
            &[(Field::Title, "T".into()), (Field::Hours, "32".into())],
        )
        .unwrap();
        let cleared = apply(&p, &[(Field::Hours, String::new())]).unwrap();
        assert_eq!(cleared.hours_min, None);
        let before = serde_json::to_value(&p).unwrap();
        let mut after = serde_json::to_value(&cleared).unwrap();
        Field::Hours.put(&mut after, &Field::Hours.pick(&before));
        assert_eq!(after, before);
        assert_eq!(Field::from_name("max-rate"), Some(Field::MaxRate));
        assert_eq!(Field::from_name("nope"), None);
    }
}
