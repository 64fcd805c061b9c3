//! The blind sets written from the twenty-first to the thirty-sixth, each on sites and
//! channels no earlier set used (see `parse_platforms.rs` for the first
//! twenty and for what a blind set is): one test per set, holding it at
//! the share of values it reads now.

use super::platform_score::{check_unseen_at, fixtures, score};

/// A twenty-first blind set (`tests/fixtures/unseen21`), written by a
/// helper that had not read the parser: whole postings as they reach a
/// freelancer: DAS documents copied from their PDF (Flextender, Mercell,
/// CTM, TenderNed, Negometrix), agency and forwarded e-mails, a
/// municipality's own page in Markdown, a broker's rate rules, award on
/// price bands, an English agency posting, a regional job board and a
/// Flextender notification. First read: 221 of 256 (86.3%), none refused.
/// Taught its kinds (Markdown links, a kicker naming the client, a plain
/// heading ending a list, a PDF's first running header, a questionnaire's
/// "Vraag 3.1" items, a planning's time under its date, a sub-section's
/// heading, a wrapped bullet, English planning labels): 224, 232 (90.6%),
/// 234, 237, 241, 245 of 256 (95.7%), held at 95%.
#[test]
fn postings_of_a_twenty_first_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen21"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.95, right, total, refused, misses);
}

/// A twenty-second blind set (`tests/fixtures/unseen22`), written by a
/// helper that had not read the parser: new postings in the layouts of the
/// sites the shared folder holds (Opdracht Overheid's header block, glued
/// labels and strips, De Publieke Partner, Bij Oranje's icon names and
/// ordinals, Werken in Gelderland, Inhuurdesk's translated English,
/// Gemeenteprojecten, Talentenregio, Zeelenberg, Jobbird, DC Engineers),
/// each cut at 2,000 bytes as those are. First read: 167 of 175 (95.4%), none refused.
#[test]
fn postings_of_a_twenty_second_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen22"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.95, right, total, refused, misses);
}

/// A twenty-third blind set (`tests/fixtures/unseen23`), written by a
/// helper that had not read the parser: seven new postings in Opdracht
/// Overheid's layouts (header block, glued strips, the dev mirror's strip,
/// "Sluit morgen", a closed posting) and nine in the layouts of nine other
/// sites of the shared folder (1UP Talent, Bij Oranje, Carrièrebrug, DC
/// Engineers, De Publieke Partner, Gemeenteprojecten, Inhuurdesk, Matchd,
/// Potential Peak), each cut at 2,000 bytes. First read: 176 of 184 (95.7%), none refused.
#[test]
fn postings_of_a_twenty_third_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen23"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.95, right, total, refused, misses);
}

/// A twenty-fourth blind set (`tests/fixtures/unseen24`), written by a
/// helper that had not read the parser, on fourteen sites and channels no
/// earlier set used: agencies and brokers (Kaliber, Twinq's icon-word card,
/// Onetrack, ZZP-opdrachten's glued labels), job boards (Nationale
/// Vacaturebank, IamExpat in English, StepStone, Overheid in Limburg), a
/// regional DAS portal, a broker's weekly PDF list, a municipality's
/// Inkoop page, a water board's DAS notice, an omgevingsdienst's page and
/// a mail; half cut at 2,000 bytes, half whole. First read: 195 of 212
/// (92.0%), none refused. Taught its kinds (Material Icons' names, a run
/// of glued labels with small-letter values, 'Uurtarief max.', 'Ref.nr.',
/// a yearless start before the stated end): 212 of 212, held at 95%.
#[test]
fn postings_of_a_twenty_fourth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen24"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.95, right, total, refused, misses);
}

/// A twenty-fifth blind set (`tests/fixtures/unseen25`), written by a
/// helper that had not read the parser, on fourteen more channels no
/// earlier set used: a search engine's job panel, Glassdoor, a broker's
/// app with glued labels, a GR's tab-separated table, a flexpool portal's
/// pipe tables, a northern inhuurbureau, a province's DAS page with lots,
/// a newsletter, a two-column PDF merged line by line, a Word offer request
/// with a cover page and contents, an Excel export, a forwarded meeting
/// invitation, a Slack thread and a WhatsApp forward; half cut at 2,000
/// bytes. First read: 175 of 213 (82.2%), none refused, but one file
/// panicked in a check of the day's own teaching (a label read one byte
/// into '€'); with that mended, 182 of 213 (85.4%). Taught its kinds (a
/// line of facts that lost its breaks, an app's glued label lines, a search
/// page's cards, an export's 'Eis 1' rows, a yearless closing day): 203 of
/// 213 (95.3%), held at 93%.
#[test]
fn postings_of_a_twenty_fifth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen25"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.93, right, total, refused, misses);
}

/// A twenty-sixth blind set (`tests/fixtures/unseen26`), written by a
/// helper that had not read the parser, on fourteen more channels no
/// earlier set used: Hoofdkraan, Circle8, Yacht, Randstad Professionals (a
/// page in small letters), Brunel, Gemeentebanen, Waterschapsbanen, one
/// RSS item copied alone from its feed, a reader view, a mobile site, a
/// broker's mailed newsletter, Hays in English, a Telegram channel and a
/// printed page; half cut at 2,000 bytes. (Its one `rate_bands` value is
/// left out here: this harness does not compare bands.) First read: 181 of
/// 215 (84.2%), none refused. Taught its kinds (one feed item alone, a
/// page in small letters, a reader view's indented lists, a Telegram
/// copy, keycap digits, a wage that is no rate): 208 of 215, held at 95%.
#[test]
fn postings_of_a_twenty_sixth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen26"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.95, right, total, refused, misses);
}

/// A twenty-seventh blind set (`tests/fixtures/unseen27`), written by a
/// helper that had not read the parser, on fourteen more channels no
/// earlier set used: Werken voor Nederland, werkenbijdeoverheid.nl,
/// Overheidsvacaturebank, Select Interim (glued labels), Olympia and
/// Tempo-Team (a temp's wage), Indeed's cards, a municipality's news item,
/// Between, Maandag, Harvey Nash in English, a ticket holding a hiring
/// form, an SMS thread in parts and a Facebook group post with comments;
/// half cut at 2,000 bytes. Kept aside while unseen26 was taught, then
/// read: 188 of 216 (87.0%), none refused. Taught its kinds (labels in
/// capitals glued to their values, an alert's numbered parts, a group
/// post's header and byline, items in small letters after 'Knock-outs:',
/// '40p', a closing day with its time in brackets, a temp's wage under
/// € 35 an hour): 213 of 216, held at 95%.
#[test]
fn postings_of_a_twenty_seventh_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen27"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.95, right, total, refused, misses);
}

/// A twenty-eighth blind set (`tests/fixtures/unseen28`), written by a
/// helper that had not read the parser, on twelve more channels no earlier
/// set used: werk.nl, Monsterboard, Michael Page in English, Flexvisor's
/// label table, Inhuurportaal Parkstad's strip, a water board's mailed
/// newsletter, a Confluence page, a Signal chat, a Discord post with
/// replies, a Google Sheets row, a recruiter's PDF one-pager and a Trello
/// card; half cut at 2,000 bytes. Read after unseen26 and unseen27 were
/// taught: 172 of 182 (94.5%), none refused. Taught its kinds ('(weging
/// 40)', a price row set apart by a column's gap, named points and a
/// column's points that make the whole): 174 of 182, held at 93%.
#[test]
fn postings_of_a_twenty_eighth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen28"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.93, right, total, refused, misses);
}

/// A twenty-ninth blind set (`tests/fixtures/unseen29`), written by a
/// helper that had not read the parser, on thirteen more channels: an
/// ELinks dump of Inhuur Noord-Veluwe, Hobéon, a LibreOffice export,
/// Schouten & Nelissen, a GR's own page, a Thunderbird mail forwarded
/// twice, a CSV export of Inhuurdesk Noord-Limburg, a GitLab README,
/// Kolibri's mail through Outlook, Twynstra Gudde in English, Recruitee's
/// JSON, an iCalendar file and Inhuurloket Zeeland's glued labels; half
/// cut at 2,000 bytes.
/// First read, before any teaching: 189 of 212 (89.2%), none refused; after
/// teaching its kinds 203 of 212, held at 95%.
#[test]
fn postings_of_a_twenty_ninth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen29"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.95, right, total, refused, misses);
}

/// A thirtieth blind set (`tests/fixtures/unseen30`), written by a helper
/// that had not read the parser, on thirteen ways a posting reaches a
/// freelancer other than a job site's page: a broker's weekly digest, an
/// Apple Notes note, a w3m dump, a screen reader's speech log, an Airtable
/// CSV, a council information letter, an Apple Mail forward, a OneNote
/// page, an Element post in English, a Markdown file with front matter in
/// English, a Threema export, an Evernote clip and Recruitee's JSON; half
/// cut at 2,000 bytes.
/// First read, before any teaching: 162 of 204 (79.4%), none refused; after
/// teaching its kinds 189 of 204, held at 92%.
#[test]
fn postings_of_a_thirtieth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen30"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.92, right, total, refused, misses);
}

/// A thirty-first blind set (`tests/fixtures/unseen31`), written by a
/// helper that had not read the parser, on thirteen agencies' and freelance
/// platforms' pages no earlier set used, each with its own layout (cards
/// with icon names, a label over its value, glued labels, a strip, a FAQ,
/// facts in sentences, a countdown, English with a 12-hour clock, a
/// sidebar after the body, a points table, other postings listed after
/// it, a freelance platform's tabs); half cut at 2,000 bytes.
/// First read, before any teaching: 178 of 202 (88.1%), none refused; after
/// teaching its kinds 187 of 202, held at 92%.
#[test]
fn postings_of_a_thirty_first_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen31"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.92, right, total, refused, misses);
}

/// A thirty-second blind set (`tests/fixtures/unseen32`), written by a
/// helper that had not read the parser, on the documents and pages clients
/// issue themselves: a Word request with numbered paragraphs, a province's
/// PDF with page furniture, two DAS platforms, a regional portal with dot
/// leaders, a water board's, an omgevingsdienst's, a veiligheidsregio's
/// and a GGD's own pages, an English page for internationals, a nota van
/// inlichtingen that moves the deadline, a supplier portal's planning
/// table and an Eis/Wens table; half cut at 2,000 bytes.
/// First read, before any teaching: 186 of 215 (86.5%), none refused; after
/// teaching its kinds 199 of 215, held at 92%.
#[test]
fn postings_of_a_thirty_second_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen32"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.92, right, total, refused, misses);
}

/// A thirty-third blind set (`tests/fixtures/unseen33`), written by a
/// helper that had not read the parser: seven agencies' and job boards'
/// pages no earlier set used, and six postings that came another way (a
/// newsletter's second posting, a voicemail's transcript, a network's
/// message, a text thread, an agency's PDF flyer, a client's Word
/// document); half cut at 2,000 bytes.
/// First read, before any teaching: 182 of 205 (88.8%), none refused; after
/// teaching its kinds 189 of 205, held at 92%.
#[test]
fn postings_of_a_thirty_third_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen33"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.92, right, total, refused, misses);
}

/// A thirty-fourth blind set (`tests/fixtures/unseen34`), written by a
/// helper that had not read the parser: regional inhuur portals and DAS
/// platforms of regions no earlier set used and clients' own sites (a
/// card with its table, a DAS's lot and term, a questions log, an
/// amendment that moves the deadline, award and knock-out tables, a
/// planning table, capitals, Dutch with Frisian, formal 'u', a sidebar
/// before the title, an app's screen); half cut at 2,000 bytes.
/// First read, before any teaching: 198 of 211 (93.8%), none refused; after
/// teaching its kinds 199 of 211, held at 94%.
#[test]
fn postings_of_a_thirty_fourth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen34"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.94, right, total, refused, misses);
}

/// A thirty-fifth blind set (`tests/fixtures/unseen35`), written by a
/// helper that had not read the parser, on thirteen agencies', job boards'
/// and portals' pages no earlier set used ('Label | Value' rows, a
/// definition list, labels and values in two blocks, labels on their own
/// line with a colon, pictographs, English, a summary in prose, a
/// countdown beside the deadline); half cut at 2,000 bytes.
/// First read, before any teaching: 179 of 208 (86.1%), none refused; after
/// teaching its kinds 192 of 208, held at 92%.
#[test]
fn postings_of_a_thirty_fifth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen35"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.92, right, total, refused, misses);
}

/// A thirty-sixth blind set (`tests/fixtures/unseen36`), written by a
/// helper that had not read the parser: clients' own pages and documents
/// (a province, a water board, a GGD, a veiligheidsregio, an
/// omgevingsdienst, a printout, a PDF in two columns) and postings passed
/// on (Mattermost, Rocket.Chat, a colleague's mail, a recruiter's CRM
/// notes, a table row, English facts over a Dutch text); half cut at
/// 2,000 bytes.
/// First read, before any teaching: 184 of 208 (88.5%), none refused; after
/// teaching its kinds 189 of 208, held at 90%.
#[test]
fn postings_of_a_thirty_sixth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen36"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.90, right, total, refused, misses);
}
