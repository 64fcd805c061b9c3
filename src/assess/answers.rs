//! The user's answer to each criterion, and whether it still fits the text.

use serde::{Deserialize, Serialize};
use std::str::FromStr;

/// An answer to a criterion. Knock-outs take `Met` or `NotMet`; award
/// criteria also `Partly`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Met,
    Partly,
    NotMet,
}

impl Answer {
    pub fn key(self) -> &'static str {
        match self {
            Answer::Met => "met",
            Answer::Partly => "partly",
            Answer::NotMet => "not_met",
        }
    }

    /// A one-character mark that reads without colour.
    pub fn mark(self) -> &'static str {
        match self {
            Answer::Met => "✓",
            Answer::Partly => "½",
            Answer::NotMet => "✗",
        }
    }
}

impl FromStr for Answer {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_lowercase().replace(['-', ' '], "_").as_str() {
            "met" | "yes" | "ja" | "y" => Ok(Answer::Met),
            "partly" | "partial" | "deels" => Ok(Answer::Partly),
            "not_met" | "no" | "nee" | "n" => Ok(Answer::NotMet),
            other => Err(format!(
                "unknown answer '{other}' (use met, partly or not_met)"
            )),
        }
    }
}

/// An answer as stored, with the criterion text it was given against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Judged {
    pub answer: Answer,
    /// The criterion's text when the user answered.
    pub text: String,
}

/// The user's answers for one posting, by criterion number.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Assessment {
    pub knockout: std::collections::BTreeMap<u32, Judged>,
    pub award: std::collections::BTreeMap<u32, Judged>,
}

impl Assessment {
    /// The answer to knock-out `number` if it was given against `text`;
    /// `(answer, needs_look)` where `needs_look` says the text has changed
    /// since (the old answer is kept, but should be looked at again).
    pub fn knockout_answer(&self, number: u32, text: &str) -> Option<(Answer, bool)> {
        self.knockout
            .get(&number)
            .map(|j| (j.answer, j.text != text))
    }

    pub fn award_answer(&self, number: u32, text: &str) -> Option<(Answer, bool)> {
        self.award.get(&number).map(|j| (j.answer, j.text != text))
    }
}
