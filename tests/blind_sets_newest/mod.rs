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
#[test]
fn postings_of_a_fifty_fifth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen55"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.5, right, total, refused, misses);
}

/// A fifty-fourth blind set (`tests/fixtures/unseen54`), written by a
/// helper that had not read the parser, on brokers', freelance
/// marketplaces' and job boards' pages no earlier set used (an
/// "Opdrachtgegevens" sidebar, cards with icon names left as text,
/// "Vacature-eigenschappen", an English page with dotted leaders, a
/// LinkedIn-like post, a Bluesky thread, a message in a candidate portal, a
/// Messenger chat); half cut at 2,000 bytes.
/// First read, before any teaching: 176 of 216 (81.5%), none refused.
#[test]
fn postings_of_a_fifty_fourth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen54"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.5, right, total, refused, misses);
}

/// A fifty-third blind set (`tests/fixtures/unseen53`), written by a
/// helper that had not read the parser, on DAS and procurement portals no
/// earlier set used and their mails (a DAS's page with its lots, a
/// reminder, an English event page, a portal's inbox, labels glued to
/// their values, a "Planning" tab, a submission form, fixed-width tables,
/// a tender alert's app and digest); half cut at 2,000 bytes.
/// First read, before any teaching: 191 of 227 (84.1%), none refused.
#[test]
fn postings_of_a_fifty_third_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen53"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.5, right, total, refused, misses);
}

/// A fifty-sixth blind set (`tests/fixtures/unseen56`), written by a
/// helper that had not read the parser, on documents converted to text
/// (pdftotext with and without -layout, antiword with "|" rows, docx2txt,
/// pandoc's Markdown, a Word document's tab rows, a spreadsheet row as
/// CSV, a Firefox print, an AFAS form printed to PDF); half cut at 2,000
/// bytes.
/// First read, before any teaching: 162 of 216 (75.0%), none refused.
#[test]
fn postings_of_a_fifty_sixth_blind_set_are_read() {
    let (right, total, refused, misses) = score(&fixtures("unseen56"));
    assert!(total >= 100, "every posting has its answers");
    check_unseen_at(0.5, right, total, refused, misses);
}
