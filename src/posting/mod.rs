//! From posting text to [`Posting`]: the domain model and the parser.
//!
//! Pure: no file, database or terminal access. The input is text (already
//! decoded from bytes by `crate::input`), the output a [`Posting`] with
//! warnings about what looks wrong in it.

pub mod amendments;
pub mod aria_tree;
pub mod arrow_labels;
pub mod bilingual;
pub mod bodies;
pub mod bracket_fields;
pub mod broken_ranges;
pub mod cell_lines;
pub mod cell_rows;
mod change_rows;
pub mod chat_export;
pub mod check_boxes;
pub mod citation_marks;
pub mod closing;
pub mod conditions;
pub mod copies;
pub mod counted_demands;
pub mod criteria;
mod criteria_ends;
mod criteria_groups;
mod criteria_points;
pub mod criteria_rate;
pub mod cut_documents;
pub mod dates;
pub mod dba;
mod dba_clauses;
mod dba_framing;
mod dba_lexicon;
pub mod dba_phrases;
pub mod deadline;
pub mod deadline_prose;
pub mod diff;
pub mod digest;
mod embedded_tables;
pub mod emoji_lines;
pub mod entities;
mod faq_facts;
pub mod feed;
pub mod field_keys;
mod field_value_rows;
pub mod first_date;
mod flat_rows;
pub mod form_answers;
mod form_fields;
mod framed_captions;
pub mod front_matter;
pub mod glued;
mod glued_labels;
pub mod grouped_award;
pub mod hanging_values;
pub mod head_table;
pub mod header;
pub mod headings;
pub mod hosted_site;
pub mod html_fragment;
pub mod icon_glyphs;
pub mod ics;
pub mod indented_items;
pub mod inline_award;
pub mod inline_criteria;
pub mod inline_numbered;
pub mod interviews;
pub mod invitation;
pub mod json_fields;
pub mod json_keys;
pub mod json_ld;
pub mod json_scalars;
pub mod json_values;
pub mod kind_column;
mod known_bodies;
pub mod label_blocks;
mod label_cells;
mod label_colon;
mod label_lookup;
pub mod label_runs;
pub mod label_table;
mod label_typos;
pub mod labels;
pub mod layout;
mod line_numbers;
pub mod lines;
pub mod lynx;
pub mod markdown_links;
pub mod marked_knockouts;
pub mod masthead;
pub mod model;
pub mod mojibake;
pub mod money;
pub mod municipalities;
pub mod normalize;
pub mod number_words;
pub mod numbered_sections;
pub mod ocr;
pub mod ocr_letters;
pub mod orca_log;
pub mod organisation;
pub mod page_furniture;
pub mod parser;
pub mod pasted_twice;
pub mod pdf_tags;
pub mod period;
pub mod planning;
pub mod point_words;
pub mod points_column;
pub mod prose;
pub mod question_list;
pub mod rate;
mod rate_bands;
pub mod regions;
pub mod request_number;
pub mod request_pick;
pub mod scale;
pub mod screen_reader;
pub mod section_bodies;
mod section_rows;
pub mod section_words;
pub mod selection;
pub mod short_year;
mod shorthand;
pub mod site_name;
pub mod slash_dates;
pub mod sms;
pub mod source;
pub mod spaced_points;
pub mod speech_log;
pub mod spelled_out;
pub mod spoken_time;
pub mod stated_title;
pub mod steps;
pub mod strip;
pub mod struck;
pub mod table_rows;
mod teasers;
pub mod text_columns;
pub mod title;
mod title_chrome;
pub mod title_clean;
mod title_frame;
mod title_full;
mod title_roles;
mod title_sought;
mod title_spelled;
mod title_steps;
mod title_tail;
pub mod toml_export;
pub mod two_columns;
pub mod us_dates;
mod value_first;
pub mod verb_dates;
pub mod wiki_markup;
pub mod worded_rows;
pub mod work_period;
pub mod wrapped_address;
pub mod xml_fields;
pub mod yearless;
pub mod zoned_times;

pub use model::{
    AwardCriterion, Dba, DbaStance, Hybrid, KnockoutCriterion, Posting, RateBand, Vog,
};
pub use money::Money;

/// Why a text could not be read as a posting.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    #[error("empty: the file holds no text")]
    Empty,
    #[error("not a posting: found no title, deadline or criteria")]
    NotAPosting,
}

/// The lines of a posting's text as the parser reads them (see
/// [`parser::layout_lines`]).
pub fn layout_lines(text: &str) -> Vec<lines::Line> {
    parser::layout_lines(&normalize::normalize(text))
}

/// Parses the text of one posting: normalises it (NFC, spaces, control and
/// escape characters removed) and reads every field it can find.
pub fn parse(text: &str) -> Result<Posting, ParseError> {
    parser::parse_normalized(&normalize::normalize(text), None)
}

/// [`parse`], read as of `today`: a date the text writes without its year
/// ("vr 18/12, 12:00", "ma 11/1") takes the year that puts it on or after
/// the posting's own date, and where the text dates nothing in full, on or
/// after `today`. The parser reads no clock: the caller says what day it is.
pub fn parse_on(text: &str, today: chrono::NaiveDate) -> Result<Posting, ParseError> {
    parser::parse_normalized(&normalize::normalize(text), Some(today))
}
