//! The blind sets written from the seventy-third on, each on sites and
//! channels no earlier set used (see `parse_platforms.rs` for what a blind
//! set is): one test per set, holding it at the share of values it reads
//! now. Each set's first read was measured before its kinds were taught.

use super::platform_score::{check_unseen_at, fixtures, score};

/// A seventy-third blind set (`tests/fixtures/unseen73`), written by a
/// helper that had not read the parser, on public bodies other than municipalities (water boards, GGD's, veiligheidsregio's, omgevingsdiensten, social services and other gemeenschappelijke regelingen) on their own pages, in their PDFs and in their recruitment partners' listings; half cut at 2,000
/// bytes.
/// First read, before any teaching of its own: 186 of 219 (84.9%), none refused.
#[test]
fn postings_of_a_seventy_third_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen73"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.5, right, total, refused, misses);
}

/// A seventy-fourth blind set (`tests/fixtures/unseen74`), written by a
/// helper that had not read the parser, on postings passed on from a phone (OCR of screenshots, a scan, RCS and Lemmy posts, notes, push notifications, an Instagram post, a chat channel, an app's share text, a read-later page, an employee app, a forwarded English alert); half cut at 2,000
/// bytes.
/// First read, before any teaching of its own: 181 of 219 (82.6%), none refused.
#[test]
fn postings_of_a_seventy_fourth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen74"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.5, right, total, refused, misses);
}

/// A seventy-fifth blind set (`tests/fixtures/unseen75`), written by a
/// helper that had not read the parser, on the big cities' own inhuur desks and DAS mini-competitions (a city's page behind a cookie banner, a machine-translated portal, a sourcing system with glued labels, a Word specification, a reading view, a feed entry, a scoring workbook, an English Fieldglass posting, a PDF with aligned tables, a broker's box-drawn cards, a timeline, a photographed A4, a list item); half cut at 2,000
/// bytes.
/// First read, before any teaching of its own: 194 of 225 (86.2%), none refused.
#[test]
fn postings_of_a_seventy_fifth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen75"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.5, right, total, refused, misses);
}

/// A seventy-sixth blind set (`tests/fixtures/unseen76`), written by a
/// helper that had not read the parser, on converted and printed forms (pdftotext -layout of two columns, textutil and WordPad text, a print view, an RTF mail, html2text, a Forms response CSV, a wiki's Markdown, Ghostscript text, a mail reader, a grid as tabs with US dates, an English print, a semicolon CSV); half cut at 2,000
/// bytes.
/// First read, before any teaching of its own: 185 of 218 (84.9%), none refused.
#[test]
fn postings_of_a_seventy_sixth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen76"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.5, right, total, refused, misses);
}
