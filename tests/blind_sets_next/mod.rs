//! The blind sets written from the hundred-and-first on, each on sites,
//! channels and layouts no earlier set used (see `parse_platforms.rs` for
//! what a blind set is): one test per set, holding it at the share of
//! values it reads now. Each set's first read was measured before its
//! kinds were taught.

use super::platform_score::{check_unseen_at, fixtures, score};

/// A hundred-and-first blind set (`tests/fixtures/unseen101`), written by a helper that
/// had not read the parser, on facts laid out in tables of every kind (a Markdown pipe table in an issue mail, an Org-mode table, a reStructuredText grid table, psql, csvlook and sqlite3 box output, a fixed-width ERP report, a spreadsheet with merged header rows, key/value tables copied from web pages, a LaTeX tabular, a wiki table, criteria and weights as columns); half cut at 2,000 bytes.
/// First read, after the teaching of sets 97-100 and before any of its
/// own: 179 of 229 (78.2%), none refused.
/// Now, after the teaching that followed: 187 of 229, held at 81%.
#[test]
fn postings_of_a_hundred_and_first_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen101"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.81, right, total, refused, misses);
}

/// A hundred-and-second blind set (`tests/fixtures/unseen102`), written by a helper that
/// had not read the parser, on postings written as prose with few or no labels (a forum post, podcast show notes, a newspaper item, a neighbourhood app, a press release, a council letter, an e-mail, a community post, a blog, a newsletter, a staff app, a council information system), with spelled-out numbers and times ('half twaalf', 'vier uur 's middags'); half cut at 2,000 bytes.
/// First read, after the teaching of sets 97-100 and before any of its
/// own: 149 of 212 (70.3%), none refused.
/// Now, after the teaching that followed: 163 of 212, held at 76%.
#[test]
fn postings_of_a_hundred_and_second_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen102"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.76, right, total, refused, misses);
}

/// A hundred-and-third blind set (`tests/fixtures/unseen103`), written by a helper that
/// had not read the parser, on platforms and dynamic purchasing systems not used before, each with its own page layout (stacked label/value cards, chips and badges, unlabelled strips with pipes or dots, tabs copied as text, icon names, a facts sidebar, labels glued to values, values below their labels, English labels on a Dutch page, a grid of facts, a status timeline, a CSV export, notification mails); half cut at 2,000 bytes.
/// First read, after the teaching of sets 97-100 and before any of its
/// own: 226 of 240 (94.2%), none refused.
/// Now, after the teaching that followed: 231 of 240, held at 96%.
#[test]
fn postings_of_a_hundred_and_third_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen103"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.96, right, total, refused, misses);
}

/// A hundred-and-fourth blind set (`tests/fixtures/unseen104`), written by a helper that
/// had not read the parser, on copy-paste accidents (a page's mobile and desktop layouts both copied, a page on one line, soft hyphens and zero-width spaces, words hyphenated at line ends, ligatures, smart quotes, two PDF columns interleaved, page headers and footers inside the text, footnote markers, tables read cell by cell or column by column, mojibake, a text pasted twice); half cut at 2,000 bytes.
/// First read, after the teaching of sets 97-100 and before any of its
/// own: 202 of 235 (86.0%), none refused.
/// Now, after the teaching that followed: 214 of 235, held at 91%.
#[test]
fn postings_of_a_hundred_and_fourth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen104"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.91, right, total, refused, misses);
}

/// A hundred-and-fifth blind set (`tests/fixtures/unseen105`), written by a helper that
/// had not read the parser, on postings as Dutch interim brokers, freelance marketplaces, regional job portals, career pages and DAS front-ends show them, each with its own layout (facts blocks with values under labels, glued labels, one-line strips, icon words, a sidebar after the body, English labels); half cut at 2,000 bytes.
/// First read, after the teaching of sets 101-104 and before any of its
/// own: 217 of 226 (96.0%), none refused.
/// Now, after the teaching that followed: 219 of 226, held at 96%.
#[test]
fn postings_of_a_hundred_and_fifth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen105"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.96, right, total, refused, misses);
}

/// A hundred-and-sixth blind set (`tests/fixtures/unseen106`), written by a helper that
/// had not read the parser, on postings as text extracted from PDF request documents by different tools (two columns side by side, raw order, numbered sections and a table of contents, label boxes with dot leaders, criteria tables with weights in a column, wrapped headings, hyphenation, footnote numbers, OCR); half cut at 2,000 bytes.
/// First read, after the teaching of sets 101-104 and before any of its
/// own: 206 of 230 (89.6%), none refused.
/// Now, after the teaching that followed: 208 of 230, held at 90%.
#[test]
fn postings_of_a_hundred_and_sixth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen106"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.90, right, total, refused, misses);
}

/// A hundred-and-seventh blind set (`tests/fixtures/unseen107`), written by a helper that
/// had not read the parser, on postings as they reach a bidder by e-mail (a job alert, forwards with quoted text, reply chains, a broker's mail with a candidate's own rate, a Word table pasted in, a calendar invite, a DAS notification, an English broker's mail); half cut at 2,000 bytes.
/// First read, after the teaching of sets 101-104 and before any of its
/// own: 217 of 229 (94.8%), none refused.
/// Now, after the teaching that followed: 218 of 229, held at 95%.
#[test]
fn postings_of_a_hundred_and_seventh_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen107"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.95, right, total, refused, misses);
}

/// A hundred-and-eighth blind set (`tests/fixtures/unseen108`), written by a helper that
/// had not read the parser, on postings as saved web pages with different markup (definition lists, two-column fact tables, cards, schema.org JobPosting JSON-LD beside the visible text, accordions with hidden panels, a facts sidebar, a React page of nested divs, an old table-layout site); half cut at 2,000 bytes.
/// First read, after the teaching of sets 101-104 and before any of its
/// own: 191 of 232 (82.3%), none refused.
/// Now, after the teaching that followed: 227 of 232, held at 97%.
#[test]
fn postings_of_a_hundred_and_eighth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen108"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.97, right, total, refused, misses);
}

/// A hundred-and-ninth blind set (`tests/fixtures/unseen109`), written by a helper that
/// had not read the parser, on postings copied with select-all from interim platforms and inhuurdesks not used before, with their menus, breadcrumbs and footers (label-value lines, a two-column grid copied into alternating lines, unlabelled strips, glued labels, criteria as numbered lists, bullets with points or tables with a points column); half cut at 2,000 bytes.
/// First read, after the teaching of sets 105-108 (uncommitted then: the
/// page's own facts before its JSON-LD, a facts sidebar kept) and before
/// any of its own: 211 of 228 (92.5%), none refused.
/// Now, after the teaching that followed: 214 of 228, held at 93%.
#[test]
fn postings_of_a_hundred_and_ninth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen109"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.93, right, total, refused, misses);
}

/// A hundred-and-tenth blind set (`tests/fixtures/unseen110`), written by a helper that
/// had not read the parser, on postings re-typed or pasted into work tools and messages (a team chat, a notes app, a kanban card, a spreadsheet export, a CRM record, a helpdesk ticket, a voice memo transcript, text messages, a to-do list in shorthand, a wiki page, a mind map, a form's mail, a calendar event), with facts in shorthand and short date and time forms; half cut at 2,000 bytes.
/// First read, after the teaching of sets 105-108 (uncommitted then: the
/// page's own facts before its JSON-LD, a facts sidebar kept) and before
/// any of its own: 190 of 238 (79.8%), none refused.
/// Now, after the teaching that followed: 200 of 238, held at 84%.
#[test]
fn postings_of_a_hundred_and_tenth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen110"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.84, right, total, refused, misses);
}

/// A hundred-and-eleventh blind set (`tests/fixtures/unseen111`), written by a helper that
/// had not read the parser, on postings of Dutch public bodies presented in English or in two languages (international job boards, an English recruiter, bilingual municipal pages, a LinkedIn-style page, an English terms of reference, an expat site, a EURES-like portal, an English newsletter), with English labels and US or UK date orders; half cut at 2,000 bytes.
/// First read, after the teaching of sets 105-108 (uncommitted then: the
/// page's own facts before its JSON-LD, a facts sidebar kept) and before
/// any of its own: 198 of 225 (88.0%), none refused.
/// Now, after the teaching that followed: 198 of 225, held at 88%.
#[test]
fn postings_of_a_hundred_and_eleventh_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen111"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.88, right, total, refused, misses);
}

/// A hundred-and-twelfth blind set (`tests/fixtures/unseen112`), written by a helper that
/// had not read the parser, on postings copied on a phone or through accessibility and reading tools (reader mode, a screen reader's speech history, a tablet PDF copy with one word per line, a watch's notification history, an app's copy-all with emoji icons, collapsed mobile sections, swipe cards, OCR of a photo, a read-aloud transcript, Kindle clippings, a text-to-speech app, a share sheet, a scanned letter); half cut at 2,000 bytes.
/// First read, after the teaching of sets 105-108 (uncommitted then: the
/// page's own facts before its JSON-LD, a facts sidebar kept) and before
/// any of its own: 183 of 233 (78.5%), none refused.
/// Now, after the teaching that followed: 187 of 233, held at 80%.
#[test]
fn postings_of_a_hundred_and_twelfth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen112"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.80, right, total, refused, misses);
}

/// A hundred-and-thirteenth blind set (`tests/fixtures/unseen113`), written by a helper that
/// had not read the parser, on formal tender and purchasing portals and dynamic purchasing systems as a bidder sees them (a request page with a status bar and tabs, a question-and-answer tab, a lot overview, a 'mijn inschrijving' page, a notification digest, an upload checklist, an award notice, a printed summary, CSV and TSV exports, a DAS follow-up request, a PDF preview with numbered paragraphs); half cut at 2,000 bytes.
/// First read, after the teaching of sets 109-112 and before any of its
/// own: 221 of 244 (90.6%), none refused.
/// Now, after the teaching that followed: 230 of 244, held at 94%.
#[test]
fn postings_of_a_hundred_and_thirteenth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen113"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.94, right, total, refused, misses);
}

/// A hundred-and-fourteenth blind set (`tests/fixtures/unseen114`), written by a helper that
/// had not read the parser, on office documents turned into text by conversion tools (pandoc to Markdown, unoconv, striprtf, a spreadsheet copied from the web, a slide outline, an office suite's text export, in2csv, a PDF form with ticked boxes, a shared document, Markdown from Word, a converter's watermark, a spreadsheet app, a notes app); half cut at 2,000 bytes.
/// First read, after the teaching of sets 109-112 and before any of its
/// own: 214 of 234 (91.5%), none refused.
/// Now, after the teaching that followed: 220 of 234, held at 94%.
#[test]
fn postings_of_a_hundred_and_fourteenth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen114"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.94, right, total, refused, misses);
}

/// A hundred-and-fifteenth blind set (`tests/fixtures/unseen115`), written by a helper that
/// had not read the parser, on social media, newsletters and community channels (a professionals' network, a neighbourhood app, an RSS reader, a chat channel, a fediverse post thread, video chapters, a forum thread with corrections in replies, a chat digest mail, a newsletter with teasers of other postings, podcast show notes, a blog, a community app, an event page); half cut at 2,000 bytes.
/// First read, after the teaching of sets 109-112 and before any of its
/// own: 216 of 238 (90.8%), none refused.
/// Now, after the teaching that followed: 224 of 238, held at 94%.
#[test]
fn postings_of_a_hundred_and_fifteenth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen115"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.94, right, total, refused, misses);
}

/// A hundred-and-sixteenth blind set (`tests/fixtures/unseen116`), written by a helper that
/// had not read the parser, on postings written as prose and letters with few or no labels (an invitation to quote with numbered paragraphs, a running-text e-mail, a one-paragraph teaser, a republished posting with a change notice, an intranet news item, an informal je/jij page, meeting minutes, a nota van inlichtingen appended, a memo, a scanned formal letter, a career page, an agency blog, a Markdown note); half cut at 2,000 bytes.
/// First read, after the teaching of sets 109-112 and before any of its
/// own: 180 of 208 (86.5%), none refused.
/// Now, after the teaching that followed: 196 of 208, held at 94%.
#[test]
fn postings_of_a_hundred_and_sixteenth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen116"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.94, right, total, refused, misses);
}

/// A hundred-and-seventeenth blind set (`tests/fixtures/unseen117`), written by a helper that
/// had not read the parser, on web clipping, archiving and read-later tools that keep a page's text in their own wrapping (a clipboard manager's history, read-it-later exports, an e-reader's highlights, an MHTML page as text, a bookmark manager with an AI summary, a SingleFile page, a web archive snapshot, a text browser with link numbers, a phone gallery's OCR of a screenshot, a copy-as-Markdown extension, a web clip with metadata, a reader export with front matter); half cut at 2,000 bytes.
/// First read, after the teaching of sets 113-116 and before any of its
/// own: 194 of 231 (84.0%), one refused (a cut MHTML page: "the e-mail has no text").
/// Now, after the teaching that followed: 225 of 231, held at 97%.
#[test]
fn postings_of_a_hundred_and_seventeenth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen117"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.97, right, total, refused, misses);
}

/// A hundred-and-eighteenth blind set (`tests/fixtures/unseen118`), written by a helper that
/// had not read the parser, on alerts, aggregators and automations that pass a posting on in their own frame (an alert mail with several hits, a job aggregator with similar postings, a tender-monitoring digest, a portal's saved-search alert, Zapier, IFTTT and Power Automate mails mapping fields, some empty or raw JSON, a database record, a bidder's tracker row, a feed reader, a chat bot card, a calendar reminder, a workflow mail); half cut at 2,000 bytes.
/// First read, after the teaching of sets 113-116 and before any of its
/// own: 208 of 229 (90.8%), none refused.
/// Now, after the teaching that followed: 219 of 229, held at 95%.
#[test]
fn postings_of_a_hundred_and_eighteenth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen118"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.95, right, total, refused, misses);
}

/// A hundred-and-nineteenth blind set (`tests/fixtures/unseen119`), written by a helper that
/// had not read the parser, on brokers and intermediaries who rewrite a municipality's request in their own format (a broker's internal deadline before the client's, the candidate's rate and the broker's margin beside the client's maximum, a WhatsApp broadcast, a call summary, a comparison table of opportunities, a pool's profile request, a forwarded chain with the broker's note above the client's text, a broker portal's own reference, a CRM record, an offer page); half cut at 2,000 bytes.
/// First read, after the teaching of sets 113-116 and before any of its
/// own: 216 of 240 (90.0%), none refused.
/// Now, after the teaching that followed: 222 of 240, held at 92%.
#[test]
fn postings_of_a_hundred_and_nineteenth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen119"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.92, right, total, refused, misses);
}

/// A hundred-and-twentieth blind set (`tests/fixtures/unseen120`), written by a helper that
/// had not read the parser, on procurement documents in the shape of a formal request (a Programma van Eisen with numbered requirements, a Word form converted to Markdown with unfilled content controls, rate bands as an award criterion, a questions-and-answers table whose answers change facts, a CRM record whose own closing date is not the deadline, an issue tracker whose later entry moves the deadline, a form export as CSV, a model award letter, a file-transfer page); half cut at 2,000 bytes.
/// First read, after the teaching of sets 113-116 and before any of its
/// own: 213 of 231 (92.2%), none refused.
/// Now, after the teaching that followed: 218 of 231, held at 94%.
#[test]
fn postings_of_a_hundred_and_twentieth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen120"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.94, right, total, refused, misses);
}
