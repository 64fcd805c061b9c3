//! The blind sets written from the seventy-third on (to the ninety-sixth; `blind_sets_fresh` holds the later ones), each on sites and
//! channels no earlier set used (see `parse_platforms.rs` for what a blind
//! set is): one test per set, holding it at the share of values it reads
//! now. Each set's first read was measured before its kinds were taught.

use super::platform_score::{check_unseen_at, fixtures, score};

/// A seventy-third blind set (`tests/fixtures/unseen73`), written by a
/// helper that had not read the parser, on public bodies other than municipalities (water boards, GGD's, veiligheidsregio's, omgevingsdiensten, social services and other gemeenschappelijke regelingen) on their own pages, in their PDFs and in their recruitment partners' listings; half cut at 2,000
/// bytes.
/// First read, before any teaching of its own: 186 of 219 (84.9%), none refused.
/// Now, after the teaching that followed: 194 of 219, held at 88%.
#[test]
fn postings_of_a_seventy_third_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen73"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.88, right, total, refused, misses);
}

/// A seventy-fourth blind set (`tests/fixtures/unseen74`), written by a
/// helper that had not read the parser, on postings passed on from a phone (OCR of screenshots, a scan, RCS and Lemmy posts, notes, push notifications, an Instagram post, a chat channel, an app's share text, a read-later page, an employee app, a forwarded English alert); half cut at 2,000
/// bytes.
/// First read, before any teaching of its own: 181 of 219 (82.6%), none refused.
/// Now, after the teaching that followed: 183 of 219, held at 83%.
#[test]
fn postings_of_a_seventy_fourth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen74"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.83, right, total, refused, misses);
}

/// A seventy-fifth blind set (`tests/fixtures/unseen75`), written by a
/// helper that had not read the parser, on the big cities' own inhuur desks and DAS mini-competitions (a city's page behind a cookie banner, a machine-translated portal, a sourcing system with glued labels, a Word specification, a reading view, a feed entry, a scoring workbook, an English Fieldglass posting, a PDF with aligned tables, a broker's box-drawn cards, a timeline, a photographed A4, a list item); half cut at 2,000
/// bytes.
/// First read, before any teaching of its own: 194 of 225 (86.2%), none refused.
/// Now, after the teaching that followed: 195 of 225, held at 86%.
#[test]
fn postings_of_a_seventy_fifth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen75"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.86, right, total, refused, misses);
}

/// A seventy-sixth blind set (`tests/fixtures/unseen76`), written by a
/// helper that had not read the parser, on converted and printed forms (pdftotext -layout of two columns, textutil and WordPad text, a print view, an RTF mail, html2text, a Forms response CSV, a wiki's Markdown, Ghostscript text, a mail reader, a grid as tabs with US dates, an English print, a semicolon CSV); half cut at 2,000
/// bytes.
/// First read, before any teaching of its own: 185 of 218 (84.9%), none refused.
/// Now, after the teaching that followed: 205 of 218, held at 94%.
#[test]
fn postings_of_a_seventy_sixth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen76"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.94, right, total, refused, misses);
}

/// A seventy-seventh blind set (`tests/fixtures/unseen77`), written by a
/// helper that had not read the parser, on procurement and DAS tools' own notices and exports (a tender calendar's week view, an uitvraag page with wrapped labels, a nota van inlichtingen whose answers move the closing date, a bid card as Markdown and as JSON, a publication page with d.m.yy dates, a formal notice in numbered sections, dotted leaders, a Q&A sheet that changes the request, question-style labels, box-drawn fact cards, an English notice, a compact print); half cut at 2,000
/// bytes.
/// First read, after the teaching of sets 73-76 and before any of its
/// own: 188 of 226 (83.2%), none refused.
/// Now, after the teaching that followed: 188 of 226, held at 83%.
#[test]
fn postings_of_a_seventy_seventh_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen77"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.83, right, total, refused, misses);
}

/// A seventy-eighth blind set (`tests/fixtures/unseen78`), written by a
/// helper that had not read the parser, on postings that arrive by mail (a portal's profile-match notification, a list archive with its line breaks lost, a colleague's forward with remarks on top, list digests of several messages, replies quoted at two levels, an English alert with 12-hour times, dotted leaders, dates in d.m.yy, answers between quoted questions, an unlabelled strip and a weekday timeline, ISO dates and a grouped award heading, a newsletter's web version); half cut at 2,000
/// bytes.
/// First read, after the teaching of sets 73-76 and before any of its
/// own: 192 of 216 (88.9%), none refused.
/// Now, after the teaching that followed: 192 of 216, held at 88%.
#[test]
fn postings_of_a_seventy_eighth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen78"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.88, right, total, refused, misses);
}

/// A seventy-ninth blind set (`tests/fixtures/unseen79`), written by a
/// helper that had not read the parser, on freelance marketplaces and matching apps (a mobile web view, a supplier portal, a proposal message with English screen labels, a job page, search results with cards and a detail pane, a swipe card, a saved-search alert, an app's share text, an English gig page, a 'why this match' page, a timeline, a kanban card, a reverse auction); half cut at 2,000
/// bytes.
/// First read, after the teaching of sets 73-76 and before any of its
/// own: 175 of 209 (83.7%), none refused.
/// Now, after the teaching that followed: 175 of 209, held at 83%.
#[test]
fn postings_of_a_seventy_ninth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen79"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.83, right, total, refused, misses);
}

/// A eightieth blind set (`tests/fixtures/unseen80`), written by a
/// helper that had not read the parser, on intermediaries' and bidders' own documents that quote a posting (an offer template, a candidate-submission form, a profile handout, a bid-planning checklist and board, an account manager's intake notes, a spreadsheet request form as semicolon text, CV-matching sheets, an offer export, a form as PDF text, a folder, handwritten notes converted to text); half cut at 2,000
/// bytes.
/// First read, after the teaching of sets 73-76 and before any of its
/// own: 162 of 219 (74.0%), none refused.
/// Now, after the teaching that followed: 172 of 219, held at 78%.
#[test]
fn postings_of_an_eightieth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen80"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.78, right, total, refused, misses);
}

/// An eighty-first blind set (`tests/fixtures/unseen81`), written by a
/// helper that had not read the parser, on regional inhuur portals, brokers and managed-service desks in Zeeland, Limburg, Drenthe, Flevoland, Groningen, the Achterhoek, West-Brabant and the Kop van Noord-Holland, copied whole from a browser (tab tables, glued labels, dash lists, d.m.yy and dd/mm/yyyy dates, values lined up with spaces, two pairs per line, step timelines, English pages); half cut at 2,000
/// bytes.
/// First read, after the teaching of sets 77-80 and before any of its
/// own: 200 of 224 (89.3%), none refused.
/// Now, after the teaching that followed: 210 of 224, held at 93%.
#[test]
fn postings_of_an_eighty_first_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen81"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.93, right, total, refused, misses);
}

/// An eighty-second blind set (`tests/fixtures/unseen82`), written by a
/// helper that had not read the parser, on interim and detachering agencies' own vacancy pages that republish a public client's assignment (their buttons and recruiter cards, 'tot 95 euro excl. btw', '3 à 4 dagen per week', '0,8 fte', '6 maanden met optie op verlenging', 'reageren kan tot en met', a client first named as 'een middelgrote gemeente in de regio', English pages); half cut at 2,000
/// bytes.
/// First read, after the teaching of sets 77-80 and before any of its
/// own: 186 of 205 (90.7%), none refused.
/// Now, after the teaching that followed: 192 of 205, held at 93%.
#[test]
fn postings_of_an_eighty_second_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen82"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.93, right, total, refused, misses);
}

/// An eighty-third blind set (`tests/fixtures/unseen83`), written by a
/// helper that had not read the parser, on postings whose procedure is laid out as a planning (tables with tabs or pipes, arrow timelines, numbered steps, sentences), with award criteria as percentages, price and quality ratios, rate bands or sub-criteria and long knock-out lists with sub-bullets, from DAS platforms, clients' own inkoop pages and tender documents as text; half cut at 2,000
/// bytes.
/// First read, after the teaching of sets 77-80 and before any of its
/// own: 194 of 234 (82.9%), none refused.
/// Now, after the teaching that followed: 206 of 234, held at 88%.
#[test]
fn postings_of_an_eighty_third_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen83"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.88, right, total, refused, misses);
}

/// An eighty-fourth blind set (`tests/fixtures/unseen84`), written by a
/// helper that had not read the parser, on English and bilingual pages of Dutch public bodies and of international job boards and freelance sites (EURES, an EU contract notice, freelance marketplaces, an English agency mail, a machine translation, a bilingual city page, a group post with comments), with US and ISO dates, 12-hour clocks, GMT and CET; half cut at 2,000
/// bytes.
/// First read, after the teaching of sets 77-80 and before any of its
/// own: 166 of 208 (79.8%), none refused.
/// Now, after the teaching that followed: 178 of 208, held at 85%.
#[test]
fn postings_of_an_eighty_fourth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen84"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.85, right, total, refused, misses);
}

/// An eighty-fifth blind set (`tests/fixtures/unseen85`), written by a
/// helper that had not read the parser, on municipalities' own 'werken bij' career sites listing interim and ZZP assignments among their vacancies (salary scales with their euro ranges beside a rate, FAQ accordions, icon names, labels in capitals, an English page with US dates); half cut at 2,000
/// bytes.
/// First read, after the teaching of sets 81-84 and before any of its
/// own: 178 of 204 (87.3%), none refused.
/// Now, after the teaching that followed: 181 of 204, held at 88%.
#[test]
fn postings_of_an_eighty_fifth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen85"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.88, right, total, refused, misses);
}

/// An eighty-sixth blind set (`tests/fixtures/unseen86`), written by a
/// helper that had not read the parser, on provinces', water boards' and regional services' request documents turned into text by a dozen PDF tools and viewers and OCR (page headers and footers, split words, tables as spaced columns, 'Eis' and 'Wens' tables, weights); half cut at 2,000
/// bytes.
/// First read, after the teaching of sets 81-84 and before any of its
/// own: 194 of 222 (87.4%), none refused.
/// Now, after the teaching that followed: 195 of 222, held at 87%.
#[test]
fn postings_of_an_eighty_sixth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen86"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.87, right, total, refused, misses);
}

/// An eighty-seventh blind set (`tests/fixtures/unseen87`), written by a
/// helper that had not read the parser, on e-mails: DAS and inhuur systems' alerts, forwards and replies with quoted text, signatures and disclaimers, quoted-printable leftovers (=3D, =E9) and HTML remnants, an English supplier alert; half cut at 2,000
/// bytes.
/// First read, after the teaching of sets 81-84 and before any of its
/// own: 190 of 211 (90.0%), none refused.
/// Now, after the teaching that followed: 191 of 211, held at 90%.
#[test]
fn postings_of_an_eighty_seventh_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen87"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.90, right, total, refused, misses);
}

/// An eighty-eighth blind set (`tests/fixtures/unseen88`), written by a
/// helper that had not read the parser, on job aggregators and search engines (result cards, app views, search snippets, 'similar jobs' lists before the posting, an opened detail pane, a classifieds ad), with short facts such as 'Nog 9 dagen' and 'Geplaatst 2 dagen geleden'; half cut at 2,000
/// bytes.
/// First read, after the teaching of sets 81-84 and before any of its
/// own: 204 of 219 (93.2%), none refused.
/// Now, after the teaching that followed: 206 of 219, held at 94%.
#[test]
fn postings_of_an_eighty_eighth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen88"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.94, right, total, refused, misses);
}

/// An eighty-ninth blind set (`tests/fixtures/unseen89`), written by a
/// helper that had not read the parser, on social and messaging channels (a recruiter's LinkedIn group post, an Indeed-style site, Webex, WhatsApp Web, an RSS reader item, a newsletter digest, reader mode, a Markdown note, a calendar invitation, a print view, a forum topic, a raw Atom feed, a Teams message shared to Outlook); half cut at 2,000
/// bytes.
/// First read, after the teaching of sets 81-88 and before any of its
/// own: 170 of 208 (81.7%), none refused.
/// Now, after the teaching that followed: 181 of 208, held at 87%.
#[test]
fn postings_of_an_eighty_ninth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen89"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.87, right, total, refused, misses);
}

/// A ninetieth blind set (`tests/fixtures/unseen90`), written by a
/// helper that had not read the parser, on tender and purchasing platforms and their documents (tender notices, supplier request screens, DAS call-offs converted from Word, spreadsheet and CSV rows, a shared service centre's portal, forms with numbered questions, an addendum that moves the deadline, a correction notice above the original); half cut at 2,000
/// bytes.
/// First read, after the teaching of sets 81-88 and before any of its
/// own: 194 of 222 (87.4%), none refused.
/// Now, after the teaching that followed: 206 of 222, held at 92%.
#[test]
fn postings_of_a_ninetieth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen90"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.92, right, total, refused, misses);
}

/// A ninety-first blind set (`tests/fixtures/unseen91`), written by a
/// helper that had not read the parser, on small clients and unusual roles (omgevingsdiensten, sociale diensten, archives, libraries, a rekenkamer, werkbedrijven) in telegraphic notes and long prose, with fixed prices, rate bands, no maximum rate and English pages; half cut at 2,000
/// bytes.
/// First read, after the teaching of sets 81-88 and before any of its
/// own: 185 of 215 (86.0%), none refused.
/// Now, after the teaching that followed: 190 of 215, held at 88%.
#[test]
fn postings_of_a_ninety_first_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen91"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.88, right, total, refused, misses);
}

/// A ninety-second blind set (`tests/fixtures/unseen92`), written by a
/// helper that had not read the parser, on copies made by different tools (a Mac PDF viewer's hyphens and columns, a phone share sheet, a screen reader's speech history, OCR of a screenshot, icon names as words, Markdown tables, non-breaking spaces and tabs, labels in capitals, labels after their values, a clipboard history, a form's field dump); half cut at 2,000
/// bytes.
/// First read, after the teaching of sets 81-88 and before any of its
/// own: 202 of 224 (90.2%), none refused.
/// Now, after the teaching that followed: 212 of 224, held at 94%.
#[test]
fn postings_of_a_ninety_second_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen92"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.94, right, total, refused, misses);
}

/// A ninety-third blind set (`tests/fixtures/unseen93`), written by a
/// helper that had not read the parser, on interim and secondment agencies' own sites and mails carrying a municipality's request (small bureaus, ZZP collectives, regional detacheerders), each with its own reference, earlier deadline and rate wording beside the client's; half cut at 2,000
/// bytes.
/// First read, after the teaching of sets 89-92 and before any of its
/// own: 192 of 221 (86.9%), none refused.
/// Now, after the teaching that followed: 199 of 221, held at 90%.
#[test]
fn postings_of_a_ninety_third_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen93"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.9, right, total, refused, misses);
}

/// A ninety-fourth blind set (`tests/fixtures/unseen94`), written by a
/// helper that had not read the parser, on requests as office documents turned to text (headers and footers on every page, a table of contents, merged planning cells, check boxes, a letter's signature block, a criteria annex, a workbook's criteria tab, slides with speaker notes, a comparison of two versions, reviewers' comments); half cut at 2,000
/// bytes.
/// First read, after the teaching of sets 89-92 and before any of its
/// own: 182 of 214 (85.0%), none refused.
/// Now, after the teaching that followed: 185 of 214, held at 86%.
#[test]
fn postings_of_a_ninety_fourth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen94"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.86, right, total, refused, misses);
}

/// A ninety-fifth blind set (`tests/fixtures/unseen95`), written by a
/// helper that had not read the parser, on job boards for particular professions (ICT, legal, youth care and healthcare, civil engineering, finance, communication, HR, environment), each with its own labels, badges, rate widgets and apply buttons; half cut at 2,000
/// bytes.
/// First read, after the teaching of sets 89-92 and before any of its
/// own: 204 of 226 (90.3%), none refused.
/// Now, after the teaching that followed: 205 of 226, held at 90%.
#[test]
fn postings_of_a_ninety_fifth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen95"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.9, right, total, refused, misses);
}

/// A ninety-sixth blind set (`tests/fixtures/unseen96`), written by a
/// helper that had not read the parser, on postings that change or are read late (a repost with a new deadline, an update block on top, a withdrawn or paused request, a reopened request, a second round, two roles in one request, a countdown beside the real date); half cut at 2,000
/// bytes.
/// First read, after the teaching of sets 89-92 and before any of its
/// own: 187 of 213 (87.8%), none refused.
/// Now, after the teaching that followed: 189 of 213, held at 88%.
#[test]
fn postings_of_a_ninety_sixth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen96"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.88, right, total, refused, misses);
}
