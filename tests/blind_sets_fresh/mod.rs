//! The blind sets written from the ninety-seventh on, each on sites and
//! channels no earlier set used (see `parse_platforms.rs` for what a blind
//! set is): one test per set, holding it at the share of values it reads
//! now. Each set's first read was measured before its kinds were taught.

use super::platform_score::{check_unseen_at, fixtures, score};

/// A ninety-seventh blind set (`tests/fixtures/unseen97`), written by a helper that
/// had not read the parser, on e-mails and alerts (a platform's job-alert mail with tracking links, a forwarded chain with quoted replies, a digest with one featured posting, an out-of-office reply, a client's own mail, a calendar reminder, an English recruiter's mail, a bounce, a shared inbox, a helpdesk ticket, a receipt); half cut at 2,000 bytes.
/// First read, after the teaching of sets 93-96 and before any of its
/// own: 191 of 213 (89.7%), none refused.
/// Now, after the teaching that followed: 202 of 213, held at 94%.
#[test]
fn postings_of_a_ninety_seventh_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen97"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.94, right, total, refused, misses);
}

/// A ninety-eighth blind set (`tests/fixtures/unseen98`), written by a helper that
/// had not read the parser, on shared hiring desks of several municipalities, regional flexpools and talent pools, and less common wording (hours as fte, day and all-in rates, Standplaats, Ingangsdatum, Looptijd, Omvang, Uiterste reactiedatum, Kenmerk); half cut at 2,000 bytes.
/// First read, after the teaching of sets 93-96 and before any of its
/// own: 178 of 207 (86.0%), none refused.
/// Now, after the teaching that followed: 187 of 207, held at 90%.
#[test]
fn postings_of_a_ninety_eighth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen98"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.9, right, total, refused, misses);
}

/// A ninety-ninth blind set (`tests/fixtures/unseen99`), written by a helper that
/// had not read the parser, on saved web pages and their markup (HTML with scripts and a JSON-LD block, cookie banners and mega menus, breadcrumbs and fact sidebars, an AMP page, a definition list, a site builder's odd spacing, a browser's print to PDF, Markdown saved by an extension); half cut at 2,000 bytes.
/// First read, after the teaching of sets 93-96 and before any of its
/// own: 202 of 223 (90.6%); one posting was not read at all (a saved page
/// cut inside its head: "unreadable web page: no text in the page"), its
/// values counted as missed. It is read since.
/// Now, after the teaching that followed: 220 of 224, held at 98%.
#[test]
fn postings_of_a_ninety_ninth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen99"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.98, right, total, refused, misses);
}

/// A hundredth blind set (`tests/fixtures/unseen100`), written by a helper that
/// had not read the parser, on a bidder's own working copies (a spreadsheet cell with notes, a notes app with check boxes, a mobile app's buttons and tab bar, a browser translator mixing Dutch and English, voice-memo transcripts, a colleague's summary in a chat above the original, a plain text file with the bidder's own headers); half cut at 2,000 bytes.
/// First read, after the teaching of sets 93-96 and before any of its
/// own: 198 of 228 (86.8%), none refused.
/// Now, after the teaching that followed: 201 of 228, held at 88%.
#[test]
fn postings_of_a_hundredth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen100"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.88, right, total, refused, misses);
}

/// A hundred-and-twenty-first blind set (`tests/fixtures/unseen121`), written by a helper that
/// had not read the parser, on phones and share sheets (a site's mobile page or app copied with narrow wrapping and its tab bar, an iOS share to Notes, an Android share as text, reader mode, a notification log, dictated voice memos with numbers and dates spoken as words, a DAS app with collapsed sections); half cut at 2,000 bytes.
/// First read, after the teaching of sets 117-120 and before any of its
/// own: 217 of 241 (90.0%), none refused.
/// Now, after the teaching that followed: 220 of 241, held at 91%.
#[test]
fn postings_of_a_hundred_and_twenty_first_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen121"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.91, right, total, refused, misses);
}

/// A hundred-and-twenty-second blind set (`tests/fixtures/unseen122`), written by a helper that
/// had not read the parser, on English and mixed-language postings (English boards for internationals, bilingual postings that repeat each fact, English labels with Dutch values, US date order where the site says so, 12-hour clocks, mail, tasks, wikis and spreadsheets carrying them); half cut at 2,000 bytes.
/// First read, after the teaching of sets 117-120 and before any of its
/// own: 216 of 241 (89.6%), none refused.
/// Now, after the teaching that followed: 239 of 241, held at 99%.
#[test]
fn postings_of_a_hundred_and_twenty_second_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen122"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.99, right, total, refused, misses);
}

/// A hundred-and-twenty-third blind set (`tests/fixtures/unseen123`), written by a helper that
/// had not read the parser, on tables and structured layouts flattened to text (an HTML table with a cell per line, markdown pipe tables, two columns copied column by column, definition lists, a capitals key-value grid, CSV and TSV tracker exports, a criteria table with a total row); half cut at 2,000 bytes.
/// First read, after the teaching of sets 117-120 and before any of its
/// own: 215 of 238 (90.3%), none refused.
/// Now, after the teaching that followed: 235 of 238, held at 98%.
#[test]
fn postings_of_a_hundred_and_twenty_third_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen123"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.98, right, total, refused, misses);
}

/// A hundred-and-twenty-fourth blind set (`tests/fixtures/unseen124`), written by a helper that
/// had not read the parser, on regional and sector portals of water boards, safety regions, GGDs, omgevingsdiensten, shared service centres and werkorganisaties, each with its own template and terms (Vacaturenummer, Inzetperiode, Reactietermijn, Inschaling, Max. all-in tarief), the client being the body on the Opdrachtgever line; half cut at 2,000 bytes.
/// First read, after the teaching of sets 117-120 and before any of its
/// own: 207 of 228 (90.8%), none refused.
/// Now, after the teaching that followed: 227 of 228, held at 99%.
#[test]
fn postings_of_a_hundred_and_twenty_fourth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen124"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.99, right, total, refused, misses);
}

/// A hundred-and-twenty-fifth blind set (`tests/fixtures/unseen125`), written by a helper that
/// had not read the parser, on print and scan paths (a scanned letter read back by OCR with its slips, a fax cover sheet before the request, a PDF form with filled fields and checkboxes, a notice board photographed and read by a phone, a browser's print-to-PDF through pdftotext with two columns side by side, letterheads and page footers repeated mid-text); half cut at 2,000 bytes.
/// First read, after the teaching of sets 121-124 and before any of its
/// own: 191 of 229 (83.4%), none refused.
/// Now, after the teaching that followed: 208 of 229, held at 90%.
#[test]
fn postings_of_a_hundred_and_twenty_fifth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen125"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.90, right, total, refused, misses);
}

/// A hundred-and-twenty-sixth blind set (`tests/fixtures/unseen126`), written by a helper that
/// had not read the parser, on e-mail in all its forms (a forwarded chain quoted two levels deep, an Outlook reply with Dutch headers and a signature with its own dates, an HTML mail as text with link footnotes, an auto-reply quoting the original, a calendar invitation, a mailing-list digest, an inkoper's correction, an mbox export, a PGP-signed mail); half cut at 2,000 bytes.
/// First read, after the teaching of sets 121-124 and before any of its
/// own: 218 of 227 (96.0%), none refused.
/// Now, after the teaching that followed: 223 of 227, held at 98%.
#[test]
fn postings_of_a_hundred_and_twenty_sixth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen126"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.98, right, total, refused, misses);
}

/// A hundred-and-twenty-seventh blind set (`tests/fixtures/unseen127`), written by a helper that
/// had not read the parser, on postings that changed after publication (a Wijziging or Rectificatie block, UPDATE banners, struck-through values as ~~text~~ or <del>, a nota van inlichtingen whose answers change a fact, version history tables, a posting withdrawn and reopened, an addendum with a new interview date; the newest statement wins); half cut at 2,000 bytes.
/// First read, after the teaching of sets 121-124 and before any of its
/// own: 200 of 231 (86.6%), none refused.
/// Now, after the teaching that followed: 219 of 231, held at 94%.
#[test]
fn postings_of_a_hundred_and_twenty_seventh_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen127"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.94, right, total, refused, misses);
}

/// A hundred-and-twenty-eighth blind set (`tests/fixtures/unseen128`), written by a helper that
/// had not read the parser, on markup, encodings and machine formats (a schema.org JobPosting JSON-LD block, an XML feed item, MediaWiki and Trac wiki markup, HTML entities left in, Windows-1252 mojibake, RTF stripped badly, a fixed-width capitals spool print, YAML and TOML tracker exports, a Textile export); half cut at 2,000 bytes.
/// First read, after the teaching of sets 121-124 and before any of its
/// own: 142 of 225 (63.1%), one refused (10, a Trac wiki page).
/// Now, after the teaching that followed: 209 of 225, held at 92%.
#[test]
fn postings_of_a_hundred_and_twenty_eighth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen128"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.92, right, total, refused, misses);
}

/// A hundred-and-twenty-ninth blind set (`tests/fixtures/unseen129`), written by a helper that
/// had not read the parser, on text browsers and developer views of a posting page (curl -i with its headers, DevTools 'Copy outerHTML', an accessibility tree, edbrowse, browsh, view-source, HTTPie JSON, Emacs eww, an Orca screen-reader log, a WARC record, trafilatura markdown, a NetSurf frameset export, a Playwright aria snapshot); half cut at 2,000 bytes.
/// First read, after the teaching of sets 125-128 and before any of its
/// own: 176 of 230 (76.5%), none refused.
/// Now, after the teaching that followed: 227 of 230, held at 98%.
#[test]
fn postings_of_a_hundred_and_twenty_ninth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen129"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.98, right, total, refused, misses);
}

/// A hundred-and-thirtieth blind set (`tests/fixtures/unseen130`), written by a helper that
/// had not read the parser, on a freelancer's own notes and knowledge tools into which a posting was pasted or retyped (Roam, Zim, Taskwarrior, CherryTree, a Notta voice memo, SiYuan, Denote, TaskPaper, Dynalist, Amplenote, Day One, NotePlan, Tana), with the freelancer's own dates, rate and availability mixed in; half cut at 2,000 bytes.
/// First read, after the teaching of sets 125-128 and before any of its
/// own: 205 of 228 (89.9%), none refused.
/// Now, after the teaching that followed: 212 of 228, held at 92%.
#[test]
fn postings_of_a_hundred_and_thirtieth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen130"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.92, right, total, refused, misses);
}

/// A hundred-and-thirty-first blind set (`tests/fixtures/unseen131`), written by a helper that
/// had not read the parser, on public-sector internal channels (LumApps, Powell and Haiilo intranets, a Youforce internal vacancy, regional job pools, Parlaeus and a council information portal, Poppulo and ContactMonkey newsletters, a works council's and a team's forwarded mail, a shared-service self-service form); half cut at 2,000 bytes.
/// First read, after the teaching of sets 125-128 and before any of its
/// own: 205 of 219 (93.6%), none refused.
/// Now, after the teaching that followed: 210 of 219, held at 95%.
#[test]
fn postings_of_a_hundred_and_thirty_first_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen131"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.95, right, total, refused, misses);
}

/// A hundred-and-thirty-second blind set (`tests/fixtures/unseen132`), written by a helper that
/// had not read the parser, on postings rewritten by someone or something else (ChatGPT, Copilot, Perplexity and Gemini summaries, SYSTRAN and Reverso machine translations, Plaud, tl;dv and Happy Scribe transcripts, a B1 easy-language version, a recruiter's mail, a chat summary, an agency's rewrite); half cut at 2,000 bytes.
/// First read, after the teaching of sets 125-128 and before any of its
/// own: 194 of 243 (79.8%), none refused.
/// Now, after the teaching that followed: 211 of 243, held at 86%.
#[test]
fn postings_of_a_hundred_and_thirty_second_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen132"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.86, right, total, refused, misses);
}

/// A hundred-and-thirty-third blind set (`tests/fixtures/unseen133`), written by a helper that
/// had not read the parser, on postings in unusual document structures (PowerPoint notes pages, MindMeister, MindNode and FreeMind outlines, MS Project and GanttProject exports, a Docusign contract in artikelen, SurveyMonkey and Qualtrics forms, a council memo with the posting as its appendix, a Marp slide deck, a ValidSign envelope, a council-information page); half cut at 2,000 bytes.
/// First read, after the teaching of sets 129-132 and before any of its
/// own: 204 of 223 (91.5%), none refused.
/// Now, after the teaching that followed: 204 of 223, held at 91%.
#[test]
fn postings_of_a_hundred_and_thirty_third_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen133"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.91, right, total, refused, misses);
}

/// A hundred-and-thirty-fourth blind set (`tests/fixtures/unseen134`), written by a helper that
/// had not read the parser, on team chat and messaging exports (Ryver, a HexChat IRC log, BigBlueButton, Siilo, Pidgin, Lark, Jitsi Meet, Campfire, Bitrix24, a RingCentral notification, Session, AWS Wickr, Mumble) where the posting's own source corrects facts and colleagues guess; half cut at 2,000 bytes.
/// First read, after the teaching of sets 129-132 and before any of its
/// own: 193 of 225 (85.8%), none refused.
/// Now, after the teaching that followed: 193 of 225, held at 85%.
#[test]
fn postings_of_a_hundred_and_thirty_fourth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen134"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.85, right, total, refused, misses);
}

/// A hundred-and-thirty-fifth blind set (`tests/fixtures/unseen135`), written by a helper that
/// had not read the parser, on applicant-tracking systems' vacancy pages and exports (Lever, Workday, Ashby, BambooHR, Jobylon, TalentLyft, Emply print, HelloTalent, Breezy, a Pinpoint alert, Freshteam, Manatal TSV, Jobdigger CSV) with English chrome around Dutch content; half cut at 2,000 bytes.
/// First read, after the teaching of sets 129-132 and before any of its
/// own: 216 of 230 (93.9%), none refused.
/// Now, after the teaching that followed: 216 of 230, held at 93%.
#[test]
fn postings_of_a_hundred_and_thirty_fifth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen135"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.93, right, total, refused, misses);
}

/// A hundred-and-thirty-sixth blind set (`tests/fixtures/unseen136`), written by a helper that
/// had not read the parser, on postings from the edges of the Netherlands and in other languages (Frisian and Frisian-Dutch, German cross-border, Belgian-style Zeeuws-Vlaanderen, Limburgish, English from international bodies) on Ynhierportaal, Bundesagentur Jobbörse, VDAB, Impactpool, meinestadt.de, SuccessFactors, Jobvite and others; half cut at 2,000 bytes.
/// First read, after the teaching of sets 129-132 and before any of its
/// own: 165 of 227 (72.7%), none refused.
/// Now, after the teaching that followed: 178 of 227, held at 78%.
#[test]
fn postings_of_a_hundred_and_thirty_sixth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen136"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.78, right, total, refused, misses);
}

/// A hundred-and-thirty-seventh blind set (`tests/fixtures/unseen137`), written by a helper that
/// had not read the parser, on ordinary page copies (Ctrl+A, Ctrl+C) from interim, freelance and inhuur sites not used before: regional inhuurdesks, DAS portals of municipal co-operations, brokers, freelance marketplaces, each with its own header layout, menus and cookie banners; half cut at 2,000 bytes.
/// First read, after the teaching of sets 133-136 and before any of its
/// own: 224 of 236 (94.9%), none refused.
/// Now, after the teaching that followed: 229 of 236, held at 97%.
#[test]
fn postings_of_a_hundred_and_thirty_seventh_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen137"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.97, right, total, refused, misses);
}

/// A hundred-and-thirty-eighth blind set (`tests/fixtures/unseen138`), written by a helper that
/// had not read the parser, on the client's own pages: municipal, provincial, water board, GGD, omgevingsdienst and veiligheidsregio 'werken bij' / 'inhuur' pages announcing interim work, copied as text or saved as HTML; half cut at 2,000 bytes.
/// First read, after the teaching of sets 133-136 and before any of its
/// own: 207 of 225 (92.0%), none refused.
/// Now, after the teaching that followed: 212 of 225, held at 94%.
#[test]
fn postings_of_a_hundred_and_thirty_eighth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen138"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.94, right, total, refused, misses);
}

/// A hundred-and-thirty-ninth blind set (`tests/fixtures/unseen139`), written by a helper that
/// had not read the parser, on PDF postings from DAS and procurement platforms and from clients, as different PDF-to-text tools give them (page headers and footers, hyphenation, wrapped headings, tables in spaces or one cell per line, rate bands as award criteria); half cut at 2,000 bytes.
/// First read, after the teaching of sets 133-136 and before any of its
/// own: 215 of 236 (91.1%), none refused.
/// Now, after the teaching that followed: 227 of 236, held at 96%.
#[test]
fn postings_of_a_hundred_and_thirty_ninth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen139"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.96, right, total, refused, misses);
}

/// A hundred-and-fortieth blind set (`tests/fixtures/unseen140`), written by a helper that
/// had not read the parser, on e-mails about one posting: site notifications, DAS invitations, broker mailings, forwards with quoted lines, reply chains where the deadline changes, print views; .eml with MIME parts, quoted-printable or base64 where a client would use them; half cut at 2,000 bytes.
/// First read, after the teaching of sets 133-136 and before any of its
/// own: 216 of 231 (93.5%), none refused.
/// Now, after the teaching that followed: 219 of 231, held at 94%.
#[test]
fn postings_of_a_hundred_and_fortieth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen140"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.94, right, total, refused, misses);
}

/// A hundred-and-forty-first blind set (`tests/fixtures/unseen141`), written by a helper that
/// had not read the parser, on mobile copies: inhuur and freelance sites on a phone, app share sheets and 'Delen via' messages, app views with tabs copied one after another, stacked chips, short date forms and truncated titles; half cut at 2,000 bytes.
/// First read, after the teaching of sets 137-140 and before any of its
/// own: 206 of 239 (86.2%), none refused.
/// Now, after the teaching that followed: 210 of 239, held at 87%.
#[test]
fn postings_of_a_hundred_and_forty_first_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen141"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.87, right, total, refused, misses);
}

/// A hundred-and-forty-second blind set (`tests/fixtures/unseen142`), written by a helper that
/// had not read the parser, on aggregators and republishers: job and assignment aggregators, search panels, newsletters' web archives and reposts that republish a posting with their own labels, estimates and 'Bron:' lines around a possibly shortened copy; half cut at 2,000 bytes.
/// First read, after the teaching of sets 137-140 and before any of its
/// own: 216 of 230 (93.9%), none refused.
/// Now, after the teaching that followed: 216 of 230, held at 93%.
#[test]
fn postings_of_a_hundred_and_forty_second_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen142"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.93, right, total, refused, misses);
}

/// A hundred-and-forty-third blind set (`tests/fixtures/unseen143`), written by a helper that
/// had not read the parser, on procurement and DAS platform detail pages as a logged-in bidder sees them (Cosinta, Pro Unity, Proquro, S2C, TendSign, Onventis and fictional systems): status bars, date timelines, document lists, criteria tabs with weights and Ja/Nee knock-out questions; half cut at 2,000 bytes.
/// First read, after the teaching of sets 137-140 and before any of its
/// own: 219 of 246 (89.0%), none refused.
/// Now, after the teaching that followed: 228 of 246, held at 92%.
#[test]
fn postings_of_a_hundred_and_forty_third_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen143"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.92, right, total, refused, misses);
}

/// A hundred-and-forty-fourth blind set (`tests/fixtures/unseen144`), written by a helper that
/// had not read the parser, on Word and office documents converted or copied (CloudConvert, pandoc rst, Docs to Markdown, python-docx, Nextcloud Text, Box Notes, WordPerfect, DocSend, Alfresco, wdiff, Loopio): title pages, contents with page numbers, numbered headings, tables as pipes or tabs, planning tables, footnotes and track changes; half cut at 2,000 bytes.
/// First read, after the teaching of sets 137-140 and before any of its
/// own: 194 of 228 (85.1%), none refused.
/// Now, after the teaching that followed: 214 of 228, held at 93%.
#[test]
fn postings_of_a_hundred_and_forty_fourth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen144"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.93, right, total, refused, misses);
}
