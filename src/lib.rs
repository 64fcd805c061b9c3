//! tenderdesk: read Dutch municipal interim postings (*inhuuropdrachten*),
//! keep them in SQLite, and follow each application from open to gunning.
//!
//! Layers, each depending only on those above it in this list:
//! - [`posting`]: the domain model and the text parser (pure);
//! - [`pipeline`]: stages, stage history and stored records (pure);
//! - [`hand`]: the fields a person sets by hand and their text form (pure);
//! - `input`: reading files into text (bytes, encodings, formats);
//! - [`search`]: filters and fuzzy matching over stored records (pure);
//! - `store`: SQLite schema, migrations and queries;
//! - [`import`]: the import service (files → parser → store);
//! - services and front ends: the command line (`cli`) and the interface (`tui`).

pub mod assess;
pub mod cli;
pub mod corpus;
pub mod hand;
pub mod import;
pub mod input;
pub mod pipeline;
pub mod posting;
pub mod search;
pub mod store;
pub mod tui;
