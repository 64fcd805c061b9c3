//! The sample postings bundled into the binary (`data/postings/`), for the
//! demo and for the empty-database offer. Text only; no parsing here.

/// (file name, text) of every bundled sample.
pub const SAMPLES: &[(&str, &str)] = &[
    (
        "heerde-coordinator-welzijn.txt",
        include_str!("../../data/postings/heerde-coordinator-welzijn.txt"),
    ),
    (
        "hilversum-28590-adviseur-integraal-werken.txt",
        include_str!("../../data/postings/hilversum-28590-adviseur-integraal-werken.txt"),
    ),
    (
        "nieuwegein-13995-wijkcoordinator.txt",
        include_str!("../../data/postings/nieuwegein-13995-wijkcoordinator.txt"),
    ),
    (
        "hilversum-30828-coordinator-vluchtelingenopvang.txt",
        include_str!("../../data/postings/hilversum-30828-coordinator-vluchtelingenopvang.txt"),
    ),
    (
        "hilversum-30662-klantmanager-inburgering.txt",
        include_str!("../../data/postings/hilversum-30662-klantmanager-inburgering.txt"),
    ),
];
