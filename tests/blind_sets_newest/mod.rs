//! The blind sets written from the fifty-third on, each on sites and
//! channels no earlier set used (see `parse_platforms.rs` for what a blind
//! set is): one test per set, holding it at the share of values it reads
//! now. Each set's first read was measured before its kinds were taught.

use super::platform_score::{check_unseen_at, fixtures, score};

/// A fifty-fifth blind set (`tests/fixtures/unseen55`), written by a helper
/// that had not read the parser, on messages no earlier set used: forwarded
/// mails (Gmail, HCL Notes, Hotmail with ">" quotes), newsletters and an
/// alert (Laposta, Brevo, MailerLite, a Google Groups digest), chats
/// (Nextcloud Talk, Skype for Business, Zoom, Cisco Jabber), a voicemail's
/// transcription and a recruiter's call note; half cut at 2,000 bytes.
/// First read, before any teaching: 184 of 208 (88.5%), none refused.
/// After teaching its kinds and later sets': 188 of 208, held at 90%.
#[test]
fn postings_of_a_fifty_fifth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen55"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.9, right, total, refused, misses);
}

/// A fifty-fourth blind set (`tests/fixtures/unseen54`), written by a
/// helper that had not read the parser, on brokers', freelance
/// marketplaces' and job boards' pages no earlier set used (an
/// "Opdrachtgegevens" sidebar, cards with icon names left as text,
/// "Vacature-eigenschappen", an English page with dotted leaders, a
/// LinkedIn-like post, a Bluesky thread, a message in a candidate portal, a
/// Messenger chat); half cut at 2,000 bytes.
/// First read, before any teaching: 176 of 216 (81.5%), none refused.
/// After teaching its kinds and later sets': 196 of 216, held at 90%.
#[test]
fn postings_of_a_fifty_fourth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen54"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.9, right, total, refused, misses);
}

/// A fifty-third blind set (`tests/fixtures/unseen53`), written by a
/// helper that had not read the parser, on DAS and procurement portals no
/// earlier set used and their mails (a DAS's page with its lots, a
/// reminder, an English event page, a portal's inbox, labels glued to
/// their values, a "Planning" tab, a submission form, fixed-width tables,
/// a tender alert's app and digest); half cut at 2,000 bytes.
/// First read, before any teaching: 191 of 227 (84.1%), none refused.
/// After teaching its kinds and later sets': 195 of 227, held at 85%.
#[test]
fn postings_of_a_fifty_third_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen53"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.85, right, total, refused, misses);
}

/// A fifty-sixth blind set (`tests/fixtures/unseen56`), written by a
/// helper that had not read the parser, on documents converted to text
/// (pdftotext with and without -layout, antiword with "|" rows, docx2txt,
/// pandoc's Markdown, a Word document's tab rows, a spreadsheet row as
/// CSV, a Firefox print, an AFAS form printed to PDF); half cut at 2,000
/// bytes.
/// First read, before any teaching: 162 of 216 (75.0%), none refused.
/// After teaching its kinds and later sets': 196 of 216, held at 90%.
#[test]
fn postings_of_a_fifty_sixth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen56"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.9, right, total, refused, misses);
}

/// A fifty-seventh blind set (`tests/fixtures/unseen57`), written by a helper
/// that had not read the parser, on the clients' own pages no earlier set used (a water board's page
/// under its cookie banner, a GGD's accordion, a veiligheidsregio's table
/// aligned by spaces, a werkorganisatie's glued labels, facts only in
/// sentences, English pages, a timeline, teasers of other postings); half
/// cut at 2,000 bytes.
/// First read, after the teaching of sets 53-56 and before any of its
/// own: 182 of 201 (90.5%), none refused.
/// After teaching its kinds and later sets': 191 of 201, held at 95%.
#[test]
fn postings_of_a_fifty_seventh_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen57"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.95, right, total, refused, misses);
}

/// A fifty-eighth blind set (`tests/fixtures/unseen58`), written by a helper
/// that had not read the parser, on procurement no earlier set used (a DAS's page, a nadere uitvraag,
/// a nota van inlichtingen that moves dates, portal mails and inboxes, an
/// English portal, a gunningsleidraad, a bid/no-bid form, a Q&A tab);
/// half cut at 2,000 bytes.
/// First read, after the teaching of sets 53-56 and before any of its
/// own: 177 of 221 (80.1%), none refused.
/// After teaching its kinds and later sets': 183 of 221, held at 82%.
#[test]
fn postings_of_a_fifty_eighth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen58"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.82, right, total, refused, misses);
}

/// A fifty-ninth blind set (`tests/fixtures/unseen59`), written by a helper
/// that had not read the parser, on brokers', detacheerders', marketplaces' and job boards' pages, apps
/// and alerts no earlier set used (sidebars, icon names, tables of two
/// pairs a row, glued labels, d.m.yy dates, a push notification, a
/// Threads post); half cut at 2,000 bytes.
/// First read, after the teaching of sets 53-56 and before any of its
/// own: 187 of 219 (85.4%), none refused.
/// After teaching its kinds and later sets': 200 of 219, held at 91%.
#[test]
fn postings_of_a_fifty_ninth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen59"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.91, right, total, refused, misses);
}

/// A sixtieth blind set (`tests/fixtures/unseen60`), written by a helper
/// that had not read the parser, on mixed media no earlier set used (a KPN Mail chain, a Viber chat, a
/// three-column PDF, a Word form pasted into Notepad, a Google Calendar
/// invitation, a print, an SMS alert, a Power BI CSV row with US dates, a
/// HackMD note, a Substack newsletter, a Planner card, a Reddit post, a
/// page through Google Translate); half cut at 2,000 bytes.
/// First read, after the teaching of sets 53-56 and before any of its
/// own: 180 of 220 (81.8%), none refused.
/// After teaching its kinds and later sets': 181 of 220, held at 82%.
#[test]
fn postings_of_a_sixtieth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen60"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.82, right, total, refused, misses);
}

/// A sixty-first blind set (`tests/fixtures/unseen61`), written by a helper
/// that had not read the parser, on clients' own pages no earlier set used
/// (GGD Gelderland-Zuid cards, Veiligheidsregio Zeeland's tabs, De Dommel's
/// glued labels, Noord-Holland's paired columns, OFGV's timeline, FUMO, GGD
/// Drenthe, Waterschap Limburg's accordions, the BAR inhuurdesk, Delft in
/// English, GGD regio Utrecht, Het Hogeland, Veiligheidsregio IJsselland);
/// half cut at 2,000 bytes.
/// First read, after the teaching of sets 53-60 and before any of its
/// own: 185 of 217 (85.3%), none refused.
/// Now, after teaching its kinds and later sets': 197 of 217, held at 90%.
#[test]
fn postings_of_a_sixty_first_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen61"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.9, right, total, refused, misses);
}

/// A sixty-second blind set (`tests/fixtures/unseen62`), written by a
/// helper that had not read the parser, on brokers and purchasing systems
/// no earlier set used (DAS notification mails, newsletters, a matching
/// platform with glued labels, marketplace apps, an aggregator's table, a
/// print view, a job alert, a LinkedIn carousel); half cut at 2,000 bytes.
/// First read, after the teaching of sets 53-60 and before any of its
/// own: 201 of 221 (91.0%), none refused.
/// Now, after teaching its kinds and later sets': 206 of 221, held at 93%.
#[test]
fn postings_of_a_sixty_second_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen62"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.93, right, total, refused, misses);
}

/// A sixty-third blind set (`tests/fixtures/unseen63`), written by a helper
/// that had not read the parser, on documents through converters no earlier
/// set used (pdftotext -layout, mutool, pandoc, an Excel field list,
/// tesseract, catdoc, a nota van inlichtingen that moves dates, a planning
/// annex, odt2txt, Tika, Chrome's PDF viewer, unrtf, ocrmypdf); half cut at
/// 2,000 bytes.
/// First read, after the teaching of sets 53-60 and before any of its
/// own: 187 of 216 (86.6%), none refused.
/// Now, after teaching its kinds and later sets': 189 of 216, held at 87%.
#[test]
fn postings_of_a_sixty_third_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen63"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.87, right, total, refused, misses);
}

/// A sixty-fourth blind set (`tests/fixtures/unseen64`), written by a
/// helper that had not read the parser, on English and mixed-language
/// channels no earlier set used (an English municipal page, a bilingual
/// broker page, a Slack notification mail, a Teams transcript, a WhatsApp
/// channel forward, an Outlook invitation, an Otter.ai memo, a notion.site
/// page, a Trello CSV row, a Google Docs download with comments, a job alert
/// digest, an Asana task, a LinkedIn InMail); half cut at 2,000 bytes.
/// First read, after the teaching of sets 53-60 and before any of its
/// own: 172 of 207 (83.1%), none refused.
/// Now, after teaching its kinds and later sets': 177 of 207, held at 85%.
#[test]
fn postings_of_a_sixty_fourth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen64"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.85, right, total, refused, misses);
}

/// A sixty-fifth blind set (`tests/fixtures/unseen65`), written by a helper
/// that had not read the parser, on procurement and inhuur portals of the
/// south and west no earlier set used (glued labels, print and PDF views, a
/// tender notice, a notice that moves the deadline, an e-mail alert, an
/// English page, a timeline, a tab table, sentences); half cut at 2,000
/// bytes.
/// First read, after the teaching of sets 53-64 and before any of its
/// own: 204 of 232 (87.9%), none refused.
/// Now, after the teaching that followed: 206 of 232, held at 88%.
#[test]
fn postings_of_a_sixty_fifth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen65"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.88, right, total, refused, misses);
}

/// A sixty-sixth blind set (`tests/fixtures/unseen66`), written by a helper
/// that had not read the parser, on self-employed professionals' channels
/// no earlier set used (a Google Keep note, a collective's member mail, a
/// forum thread, a Telegram channel, podcast show notes, a notice board
/// through Live Text, a Mastodon thread, a Signal forward, an RSS item, a
/// reading mode copy, a beehiiv newsletter, a Todoist task, a Pipedrive
/// deal); half cut at 2,000 bytes.
/// First read, after the teaching of sets 53-64 and before any of its
/// own: 189 of 216 (87.5%), none refused.
/// Now, after the teaching that followed: 190 of 216, held at 87%.
#[test]
fn postings_of_a_sixty_sixth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen66"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.87, right, total, refused, misses);
}

/// A sixty-seventh blind set (`tests/fixtures/unseen67`), written by a
/// helper that had not read the parser, on tender documents and forms no
/// earlier set used (slides with speaker notes, a factsheet, a timeline in
/// alt texts, a letter with lots, a Q&A sheet, an EMVI annex, a contract
/// summary, a form with check boxes, a Zivver mail, a Loop page, a bid
/// form, a Sway page); half cut at 2,000 bytes.
/// First read, after the teaching of sets 53-64 and before any of its
/// own: 173 of 206 (84.0%), none refused.
/// Now, after the teaching that followed: 174 of 206, held at 84%.
#[test]
fn postings_of_a_sixty_seventh_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen67"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.84, right, total, refused, misses);
}

/// A sixty-eighth blind set (`tests/fixtures/unseen68`), written by a
/// helper that had not read the parser, on regional inhuur desks and shared
/// service centres no earlier set used (their portals, weekly digests, an
/// SSC's Outlook mail, intranet pages, a links2 dump, a Workvivo post, a
/// Happeo item, a printed notice, a ServiceNow ticket); half cut at 2,000
/// bytes.
/// First read, after the teaching of sets 53-64 and before any of its
/// own: 191 of 218 (87.6%), none refused.
/// Now, after the teaching that followed: 194 of 218, held at 88%.
#[test]
fn postings_of_a_sixty_eighth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen68"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.88, right, total, refused, misses);
}

/// A sixty-ninth blind set (`tests/fixtures/unseen69`), written by a helper
/// that had not read the parser, on job boards and aggregators no earlier
/// set used (talent.com, Jora, a Joblift alert, freelancermap, PZC Banen,
/// WhatJobs, DvhN Banen, Jobsora, regional boards, Limburger Banen,
/// Expatica, jobted); half cut at 2,000 bytes.
/// First read, after the teaching of sets 53-68 and before any of its
/// own: 200 of 213 (93.9%), none refused.
/// Now, after the teaching that followed: 200 of 213, held at 93%.
#[test]
fn postings_of_a_sixty_ninth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen69"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.93, right, total, refused, misses);
}

/// A seventieth blind set (`tests/fixtures/unseen70`), written by a helper
/// that had not read the parser, on an agency's own records no earlier set
/// used (Homerun, OTYS, a Missive bid/no-bid mail, Pumble, a Smartsheet TSV
/// row, an ONLYOFFICE bid template, a Mailspring forward with notes, a Bear
/// checklist, Mysolution, a Zoho Recruit CSV, HubSpot, Twist, Dropbox
/// Paper); half cut at 2,000 bytes.
/// First read, after the teaching of sets 53-68 and before any of its
/// own: 189 of 227 (83.3%), none refused.
/// Now, after the teaching that followed: 189 of 227, held at 83%.
#[test]
fn postings_of_a_seventieth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen70"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.83, right, total, refused, misses);
}

/// A seventy-first blind set (`tests/fixtures/unseen71`), written by a
/// helper that had not read the parser, on municipalities' own pages in the
/// north and east and their purchasing systems (werken-bij sites, DAS
/// mails and print views, Frisian and bilingual pages, accordions, a facts
/// sidebar below the body, dates only in a timeline); half cut at 2,000
/// bytes.
/// First read, after the teaching of sets 53-68 and before any of its
/// own: 197 of 224 (87.9%), none refused.
/// Now, after the teaching that followed: 197 of 224, held at 87%.
#[test]
fn postings_of_a_seventy_first_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen71"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.87, right, total, refused, misses);
}

/// A seventy-second blind set (`tests/fixtures/unseen72`), written by a
/// helper that had not read the parser, on e-mails from many senders no
/// earlier set used (an HR mail, a broker's HTML mail as text, DAS
/// notifications, reply chains that correct a date, a pasted grid, digests
/// with one posting in full, an English recruiter's mail); half cut at
/// 2,000 bytes.
/// First read, after the teaching of sets 53-68 and before any of its
/// own: 194 of 212 (91.5%), none refused.
/// Now, after the teaching that followed: 194 of 212, held at 91%.
#[test]
fn postings_of_a_seventy_second_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen72"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.91, right, total, refused, misses);
}
