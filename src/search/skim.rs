//! SkimMatcherV2's score (fuzzy-matcher 0.3.7, `ignore_case`, no
//! positions) of one key alone, computed without the crate's per-call
//! work: it copies the key into a vector of chars, allocates the
//! first-match indices and a row of bonuses for every key, and keeps its
//! matrix behind a thread-local `RefCell`. Here an ASCII key and word are
//! scored on their bytes in place, every buffer is reused, and other keys
//! are copied into chars as the crate does. Issue 16: the typing search's
//! full passes score every key, and the crate's per-key overhead was most
//! of a keystroke.
//!
//! The recurrence and the two-row matrix follow `SkimMatcherV2::fuzzy`
//! line by line, so the score is the crate's on a fresh matcher. The
//! crate's matrix is kept from call to call, and its compressed rows let a
//! cell's consecutive bonus carry over from the call before: the same key
//! and word could score differently after different keys (0.3 % of random
//! calls over few letters), so a search typed letter by letter could order
//! its hits differently from the same query pasted. Here the matrix is
//! reset for every call: a key's score depends on the key and the word
//! alone. The tests compare the two with a fresh crate matcher per call.

use std::cell::RefCell;
use thread_local::ThreadLocal;

/// The crate's "minus infinity" of a matrix cell.
const NEG: i32 = i16::MIN as i32;
// SkimScoreConfig::default()
const SCORE_MATCH: i32 = 16;
const GAP_START: i32 = -3;
const GAP_EXTENSION: i32 = -1;
const BONUS_FIRST_CHAR_MULTIPLIER: i32 = 2;
const BONUS_HEAD: i32 = SCORE_MATCH / 2;
const BONUS_BREAK: i32 = SCORE_MATCH / 2 + GAP_EXTENSION;
const BONUS_CAMEL: i32 = SCORE_MATCH / 2 + 2 * GAP_EXTENSION;
const BONUS_CONSECUTIVE: i32 = -(GAP_START + GAP_EXTENSION);
const PENALTY_CASE_MISMATCH: i32 = GAP_EXTENSION * 2;

/// One cell of the matrix: the fields the score depends on.
#[derive(Clone, Copy)]
struct Cell {
    m: i32,
    p: i32,
    bonus: i32,
}

const RESET: Cell = Cell {
    m: NEG,
    p: NEG,
    bonus: 0,
};

#[derive(Default)]
struct Scratch {
    matrix: Vec<Cell>,
    bonuses: Vec<i32>,
    first: Vec<usize>,
    choice: Vec<char>,
    pattern: Vec<char>,
}

/// Scores keys as `SkimMatcherV2::default().ignore_case()` does with
/// `fuzzy_match`.
#[derive(Default)]
pub struct Skim {
    scratch: ThreadLocal<RefCell<Scratch>>,
}

impl Skim {
    /// `SkimMatcherV2::default().ignore_case().fuzzy_match(choice, pattern)`.
    pub fn fuzzy_match(&self, choice: &str, pattern: &str) -> Option<i64> {
        if pattern.is_empty() {
            return Some(0);
        }
        let mut s = self.scratch.get_or_default().borrow_mut();
        let s = &mut *s;
        if pattern.len() == 1 && choice.is_ascii() {
            return one(choice.as_bytes(), pattern.as_bytes()[0]).map(i64::from);
        }
        if choice.is_ascii() && pattern.len() == 2 {
            let (c, p) = (choice.as_bytes(), pattern.as_bytes());
            return two(c, p[0], p[1]).map(i64::from);
        }
        if choice.is_ascii() && pattern.is_ascii() {
            let (c, p) = (choice.as_bytes(), pattern.as_bytes());
            let score = if lowercase(c) && lowercase(p) {
                // folded keys and queries: no case to ignore
                score::<u8, true>(c, p, &mut s.matrix, &mut s.bonuses, &mut s.first)
            } else {
                score::<u8, false>(c, p, &mut s.matrix, &mut s.bonuses, &mut s.first)
            };
            return score.map(i64::from);
        }
        s.choice.clear();
        s.choice.extend(choice.chars());
        s.pattern.clear();
        s.pattern.extend(pattern.chars());
        score::<char, false>(
            &s.choice,
            &s.pattern,
            &mut s.matrix,
            &mut s.bonuses,
            &mut s.first,
        )
        .map(i64::from)
    }
}

/// The crate's `CharType`.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Empty,
    Upper,
    Lower,
    Number,
    HardSep,
    SoftSep,
}

const fn kind(c: char) -> Kind {
    match c {
        '\0' => Kind::Empty,
        ' ' | '/' | '\\' | '|' | '(' | ')' | '[' | ']' | '{' | '}' => Kind::HardSep,
        '!'..='\'' | '*'..='.' | ':'..='@' | '^'..='`' | '~' => Kind::SoftSep,
        '0'..='9' => Kind::Number,
        'A'..='Z' => Kind::Upper,
        _ => Kind::Lower,
    }
}

/// [`kind`] of every ASCII byte.
const ASCII_KIND: [Kind; 128] = {
    let mut t = [Kind::Lower; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = kind(b as u8 as char);
        b += 1;
    }
    t
};

/// The crate's in-place bonus of a character after another (its `CharRole`).
const fn in_place_bonus(prev: Kind, cur: Kind) -> i32 {
    match (prev, cur) {
        (Kind::Empty | Kind::HardSep, _) => BONUS_HEAD,
        (Kind::SoftSep, _) => BONUS_BREAK,
        (Kind::Lower | Kind::Number, Kind::Upper) => BONUS_CAMEL,
        _ => 0,
    }
}

/// A character of a key or a word: an ASCII byte, or a char.
trait Unit: Copy {
    fn kind(self) -> Kind;
    /// For comparing with case ignored (`eq_ignore_ascii_case`).
    fn lower(self) -> u32;
    fn code(self) -> u32;
}

impl Unit for u8 {
    #[inline]
    fn kind(self) -> Kind {
        ASCII_KIND[usize::from(self & 0x7f)]
    }
    #[inline]
    fn lower(self) -> u32 {
        u32::from(self.to_ascii_lowercase())
    }
    #[inline]
    fn code(self) -> u32 {
        u32::from(self)
    }
}

/// Whether `bytes` hold no ASCII capital.
fn lowercase(bytes: &[u8]) -> bool {
    !bytes.iter().any(u8::is_ascii_uppercase)
}

impl Unit for char {
    #[inline]
    fn kind(self) -> Kind {
        kind(self)
    }
    #[inline]
    fn lower(self) -> u32 {
        u32::from(self.to_ascii_lowercase())
    }
    #[inline]
    fn code(self) -> u32 {
        u32::from(self)
    }
}

/// Whether two characters are equal with case ignored (`LOWER`: neither is
/// a capital).
#[inline]
fn same<T: Unit, const LOWER: bool>(a: T, b: T) -> bool {
    if LOWER {
        a.code() == b.code()
    } else {
        a.lower() == b.lower()
    }
}

/// `SkimMatcherV2::fuzzy(choice, pattern, false)` for a non-empty pattern,
/// case ignored: the same cells written in the same order (a row's cells
/// are walked with the one to the left kept at hand).
///
/// `LOWER`: neither holds a capital (folded keys and queries), so a
/// character is its own lower case and compares as it is.
fn score<T: Unit, const LOWER: bool>(
    choice: &[T],
    pattern: &[T],
    matrix: &mut Vec<Cell>,
    bonuses: &mut Vec<i32>,
    first: &mut Vec<usize>,
) -> Option<i32> {
    // cheap_matches: where each pattern char first matches, in order
    first.clear();
    let mut next = 0;
    for (idx, &c) in choice.iter().enumerate() {
        let Some(&p) = pattern.get(next) else { break };
        if same::<T, LOWER>(c, p) {
            first.push(idx);
            next += 1;
        }
    }
    if next < pattern.len() {
        return None;
    }
    let cols = choice.len() + 1;
    // a fresh crate matcher's matrix: every cell reset, then the first
    // row's gap scores set to -1 (the crate's `matrix[0]` and the second
    // row's cell at the first match are reset ones)
    matrix.clear();
    let first_row = Cell {
        p: GAP_EXTENSION,
        ..RESET
    };
    matrix.extend(std::iter::repeat_n(first_row, cols));
    matrix.extend(std::iter::repeat_n(RESET, cols));
    bonuses.clear();
    bonuses.reserve(cols);
    bonuses.push(0);
    let mut prev = Kind::Empty;
    for &c in choice {
        let k = c.kind();
        bonuses.push(in_place_bonus(prev, k));
        prev = k;
    }
    if cols > 1 {
        bonuses[1] *= BONUS_FIRST_CHAR_MULTIPLIER;
    }
    for (i, &p) in pattern.iter().enumerate() {
        let (row0, row1) = matrix.split_at_mut(cols);
        // pattern char i fills row (i + 1) % 2 from row i % 2
        let (row, above): (&mut [Cell], &[Cell]) = if i & 1 == 0 {
            (row1, row0)
        } else {
            (row0, row1)
        };
        let p_code = p.code();
        let to_skip = first[i];
        let mut left = row[to_skip];
        for (col, &c) in choice.iter().enumerate().skip(to_skip) {
            let col = col + 1;
            let mut cell = row[col];
            if same::<T, LOWER>(c, p) {
                let match_score = if LOWER || c.code() == p_code {
                    SCORE_MATCH
                } else {
                    (SCORE_MATCH + PENALTY_CASE_MISMATCH).max(0)
                };
                let in_place = bonuses[col];
                let consecutive = left.bonus.max(in_place.max(BONUS_CONSECUTIVE));
                row[col - 1].bonus = consecutive;
                let diagonal = above[col - 1];
                let score_match = diagonal.m + consecutive;
                let score_skip = diagonal.p + in_place;
                cell.m = score_match.max(score_skip) + match_score;
            } else {
                cell.m = NEG;
                cell.bonus = 0;
            }
            cell.p = (GAP_START + GAP_EXTENSION + left.m).max(GAP_EXTENSION + left.p);
            row[col] = cell;
            left = cell;
        }
    }
    let last_row = (pattern.len() & 1) * cols;
    let from = first[pattern.len() - 1];
    matrix[last_row + from..last_row + cols]
        .iter()
        .map(|c| c.m)
        .max()
}

/// [`score`] for a pattern of one ASCII byte, in one walk over the key:
/// the score is the best match's in-place bonus plus its match score, less
/// one (the first row's cells come from the reset row above, whose gap
/// score is -1).
fn one(choice: &[u8], p: u8) -> Option<i32> {
    let p_lower = p.lower();
    let mut prev = Kind::Empty;
    let mut best = None;
    for (col, &c) in choice.iter().enumerate() {
        let k = c.kind();
        if c.lower() == p_lower {
            let mut in_place = in_place_bonus(prev, k);
            if col == 0 {
                in_place *= BONUS_FIRST_CHAR_MULTIPLIER;
            }
            let match_score = if c == p {
                SCORE_MATCH
            } else {
                (SCORE_MATCH + PENALTY_CASE_MISMATCH).max(0)
            };
            let here = GAP_EXTENSION + in_place + match_score;
            best = Some(best.map_or(here, |b: i32| b.max(here)));
        }
        prev = k;
    }
    best
}

/// [`score`] for a pattern of two ASCII bytes `a` `b`, in one walk over
/// the key. The two rows' cells need no matrix: in a fresh matrix the
/// first two rows read no bonus left by an earlier row (the consecutive
/// bonus of both is the in-place one, at least [`BONUS_CONSECUTIVE`]), so
/// the second row's score at a column is worked out from the first row's
/// scores at the column before, kept as the walk goes.
fn two(choice: &[u8], a: u8, b: u8) -> Option<i32> {
    let (a_lower, b_lower) = (a.lower(), b.lower());
    let f0 = choice.iter().position(|c| c.lower() == a_lower)?;
    let f1 = f0 + 1 + choice[f0 + 1..].iter().position(|c| c.lower() == b_lower)?;
    let match_score = |c: u8, p: u8| {
        if c == p {
            SCORE_MATCH
        } else {
            (SCORE_MATCH + PENALTY_CASE_MISMATCH).max(0)
        }
    };
    // the first row's cell at the column before: reset left of f0 + 1
    let (mut m0, mut p0) = (NEG, NEG);
    let mut prev = match f0 {
        0 => Kind::Empty,
        _ => choice[f0 - 1].kind(),
    };
    let mut best = NEG;
    for (idx, &c) in choice.iter().enumerate().skip(f0) {
        let k = c.kind();
        let mut in_place = in_place_bonus(prev, k);
        if idx == 0 {
            in_place *= BONUS_FIRST_CHAR_MULTIPLIER;
        }
        prev = k;
        let lower = c.lower();
        if idx >= f1 && lower == b_lower {
            let consecutive = in_place.max(BONUS_CONSECUTIVE);
            let m1 = (m0 + consecutive).max(p0 + in_place) + match_score(c, b);
            best = best.max(m1);
        }
        let m = if lower == a_lower {
            // the diagonal is the reset row's: match score minus
            // infinity, gap score -1
            GAP_EXTENSION + in_place + match_score(c, a)
        } else {
            NEG
        };
        p0 = (GAP_START + GAP_EXTENSION + m0).max(GAP_EXTENSION + p0);
        m0 = m;
    }
    Some(best)
}

#[cfg(test)]
#[path = "skim_tests.rs"]
mod tests;
