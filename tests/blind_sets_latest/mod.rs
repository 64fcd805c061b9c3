//! The blind sets written from the thirty-seventh on, each on sites and
//! channels no earlier set used (see `parse_platforms.rs` for what a blind
//! set is): one test per set, holding it at the share of values it reads
//! now. Each set's first read was measured before its kinds were taught.

use super::platform_score::{check_unseen_at, fixtures, score};

/// A thirty-seventh blind set (`tests/fixtures/unseen37`), written by a
/// helper that had not read the parser, on thirteen brokers', agencies' and
/// freelance platforms' pages no earlier set used, copied from the browser
/// with select-all; half cut at 2,000 bytes.
/// First read, before any teaching: 201 of 211 (95.3%), none refused. After teaching
/// its kinds and later sets' 201 of 211, held at 95%.
#[test]
fn postings_of_a_thirty_seventh_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen37"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.95, right, total, refused, misses);
}

/// A thirty-eighth blind set (`tests/fixtures/unseen38`), written by a
/// helper that had not read the parser, on DAS and procurement portals and
/// their documents (a DAS's page, a regional inkoopbureau's portal, an
/// alert mail, a nadere uitvraag and an offerteaanvraag as PDF text, a nota
/// van inlichtingen, a CSV export, a spreadsheet row); half cut at 2,000
/// bytes.
/// First read, before any teaching: 168 of 228 (73.7%), none refused. After teaching
/// its kinds and later sets' 191 of 228, held at 83%.
#[test]
fn postings_of_a_thirty_eighth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen38"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.83, right, total, refused, misses);
}

/// A thirty-ninth blind set (`tests/fixtures/unseen39`), written by a
/// helper that had not read the parser, on postings passed on through
/// channels no earlier set used (notes apps, Zulip, Wire, a reader view, a
/// PDF viewer on a phone, an alert mail, a Webex invitation, a
/// professional association's newsletter, a forum, Viva Engage, Proton
/// Mail); half cut at 2,000 bytes.
/// First read, before any teaching: 182 of 205 (88.8%), none refused. After teaching
/// its kinds and later sets' 183 of 205, held at 89%.
#[test]
fn postings_of_a_thirty_ninth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen39"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.89, right, total, refused, misses);
}

/// A fortieth blind set (`tests/fixtures/unseen40`), written by a helper
/// that had not read the parser, on clients' own pages and documents (an
/// English page, a Dutch/Frisian page, a Word document exported to PDF, an
/// accordion of questions, a table of two columns, facts only in
/// sentences, a timeline); half cut at 2,000 bytes.
/// First read, before any teaching: 179 of 205 (87.3%), none refused. After teaching
/// its kinds and later sets' 187 of 205, held at 91%.
#[test]
fn postings_of_a_fortieth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen40"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.91, right, total, refused, misses);
}

/// A forty-first blind set (`tests/fixtures/unseen41`), written by a
/// helper that had not read the parser, on regional inhuur desks and
/// portals shared by several clients and a managed service provider's
/// VMS, copied from the browser; half cut at 2,000 bytes.
/// First read, before any teaching: 186 of 211 (88.2%), none refused. After teaching
/// its kinds and later sets' 190 of 211, held at 90%.
#[test]
fn postings_of_a_forty_first_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen41"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.90, right, total, refused, misses);
}

/// A forty-second blind set (`tests/fixtures/unseen42`), written by a
/// helper that had not read the parser, on procurement documents and
/// systems: a nadere offerteaanvraag under a framework, a Word form, a
/// DAS's specific request, notification mails, planning tables, Eis/Wens
/// tables, a nota van inlichtingen, a mini-competition; half cut at 2,000
/// bytes.
/// First read, before any teaching: 176 of 227 (77.5%), none refused. After teaching
/// its kinds and later sets' 194 of 227, held at 85%.
#[test]
fn postings_of_a_forty_second_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen42"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.85, right, total, refused, misses);
}

/// A forty-third blind set (`tests/fixtures/unseen43`), written by a
/// helper that had not read the parser, on e-mails: sites' alerts, mails
/// forwarded from several clients, an agency's mail to its pool, plain
/// text wrapped at 72 characters, a reply quoting the posting with "> ",
/// a flattened HTML table, English; half cut at 2,000 bytes.
/// First read, before any teaching: 194 of 214 (90.7%), none refused. After teaching
/// its kinds and later sets' 197 of 214, held at 92%.
#[test]
fn postings_of_a_forty_third_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen43"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.92, right, total, refused, misses);
}

/// A forty-fourth blind set (`tests/fixtures/unseen44`), written by a
/// helper that had not read the parser, on clients' own pages (a
/// veiligheidsregio, a water board, a GGD, an omgevingsdienst, small
/// municipalities and GR's: belastingsamenwerkingen, sociale diensten,
/// werkorganisaties) each with its own arrangement of facts; half cut at
/// 2,000 bytes.
/// First read, before any teaching: 186 of 202 (92.1%), none refused. After teaching
/// its kinds and later sets' 189 of 202, held at 93%.
#[test]
fn postings_of_a_forty_fourth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen44"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.93, right, total, refused, misses);
}

/// A forty-fifth blind set (`tests/fixtures/unseen45`), written by a
/// helper that had not read the parser, on national and niche interim and
/// freelance job sites (an overview site, ICT, finance, the social domain,
/// planning law, a marketplace with bids, aggregators) copied from the
/// browser; half cut at 2,000 bytes.
/// First read, before any teaching: 179 of 206 (86.9%), none refused. After teaching
/// its kinds and later sets' 187 of 206, held at 90%.
#[test]
fn postings_of_a_forty_fifth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen45"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.90, right, total, refused, misses);
}

/// A forty-sixth blind set (`tests/fixtures/unseen46`), written by a
/// helper that had not read the parser, on DAS systems and procurement
/// platforms (a facts table with tabs on one line, an announcement in the
/// standard form's sections, a rectification mail, requests for several
/// professionals, a step planner, an inhuurverzoek in numbered sections,
/// sub-criteria under a group's weight); half cut at 2,000 bytes.
/// First read, before any teaching: 188 of 222 (84.7%), none refused. After teaching
/// its kinds and later sets' 194 of 222, held at 87%.
#[test]
fn postings_of_a_forty_sixth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen46"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.87, right, total, refused, misses);
}

/// A forty-seventh blind set (`tests/fixtures/unseen47`), written by a
/// helper that had not read the parser, on clients' own PDFs copied as
/// text (a cover page, two columns read across, page headers between
/// pages, hyphenated line ends, table cells one per line, criteria in an
/// appendix) and web pages with the PDF's text pasted under them; half
/// cut at 2,000 bytes.
/// First read, before any teaching: 183 of 207 (88.4%), none refused. After teaching
/// its kinds and later sets' 184 of 207, held at 88%.
#[test]
fn postings_of_a_forty_seventh_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen47"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.88, right, total, refused, misses);
}

/// A forty-eighth blind set (`tests/fixtures/unseen48`), written by a
/// helper that had not read the parser, on agencies' and secondment
/// firms' vacancy pages and the same vacancies on general job boards
/// (Adzuna, Careerjet, Jobrapido); half cut at 2,000 bytes.
/// First read, before any teaching: 188 of 209 (90.0%), none refused. After teaching
/// its kinds and later sets' 191 of 209, held at 91%.
#[test]
fn postings_of_a_forty_eighth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen48"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.91, right, total, refused, misses);
}

/// A forty-ninth blind set (`tests/fixtures/unseen49`), written by a
/// helper that had not read the parser, on interim bureaus', freelance
/// marketplaces' and regional government job portals' pages, copied from
/// the browser; half cut at 2,000 bytes.
/// First read, before any teaching: 193 of 208 (92.8%), none refused. After teaching
/// its kinds and later sets' 197 of 208, held at 94%.
#[test]
fn postings_of_a_forty_ninth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen49"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.94, right, total, refused, misses);
}

/// A fiftieth blind set (`tests/fixtures/unseen50`), written by a helper
/// that had not read the parser, on procurement and DAS documents (a DAS's
/// tabs one after another, a Word table, a planning table, eisen and
/// wensen with sub-items, an amendment, an eForms notice, a checkbox form,
/// a quote form, a print view with dotted leaders); half cut at 2,000
/// bytes.
/// First read, before any teaching: 197 of 222 (88.7%), none refused. After teaching
/// its kinds and later sets' 203 of 222, held at 91%.
#[test]
fn postings_of_a_fiftieth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen50"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.91, right, total, refused, misses);
}

/// A fifty-first blind set (`tests/fixtures/unseen51`), written by a
/// helper that had not read the parser, on postings passed on (an alert
/// mail, a mail forwarded twice, a recruiter's mail, Teams, Google Chat,
/// WhatsApp, a Notion export, plain text wrapped at 72, English, Basecamp,
/// a GroupWise print); half cut at 2,000 bytes.
/// First read, before any teaching: 178 of 206 (86.4%), none refused. After teaching
/// its kinds and later sets' 185 of 206, held at 89%.
#[test]
fn postings_of_a_fifty_first_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen51"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.89, right, total, refused, misses);
}

/// A fifty-second blind set (`tests/fixtures/unseen52`), written by a
/// helper that had not read the parser, on clients' own pages and PDFs
/// (small municipalities, GGD's, GR's: Kerngegevens, facts tables, facts
/// in sentences, a procedure's timeline, PDF page headers, English); half
/// cut at 2,000 bytes.
/// First read, before any teaching: 186 of 204 (91.2%), none refused. After teaching
/// its kinds and later sets' 188 of 204, held at 92%.
#[test]
fn postings_of_a_fifty_second_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen52"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.92, right, total, refused, misses);
}
