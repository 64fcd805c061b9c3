//! The fuzzy search over every record, on a thread of its own, so a
//! keystroke is drawn at once and the results follow (the shape of
//! television's matcher, kept small).
//!
//! The worker owns the search keys, packed ([`PackedKeys`]: the criteria
//! words by number in one vocabulary). The interface posts a query with
//! [`SearchWorker::find`] and takes the newest finished results with
//! [`SearchWorker::results`] once a frame; results of a query that has since
//! been replaced are dropped, and a pass that has become stale stops between
//! chunks. When a query extends the last finished one ("coor" after "coo"),
//! only that one's hits are searched again. A pass over more than one
//! chunk of keys runs on every core. Tests block on
//! [`SearchWorker::wait_idle`]. Matching itself is [`crate::search::Matcher`];
//! this module only moves it off the input path.

use super::narrowing::{self, Candidate, Last};
use crate::search::Matcher;
use crate::search::packed::PackedKeys;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};
use std::thread::{self, JoinHandle};

enum Job {
    Keys(PackedKeys),
    Find { generation: u64, query: String },
}

/// The hits of one query: indices into the keys and scores, in key order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hits {
    pub generation: u64,
    pub query: String,
    pub hits: Vec<(usize, i64)>,
    /// Whether only the previous query's hits were searched.
    pub narrowed: bool,
}

pub struct SearchWorker {
    jobs: Option<Sender<Job>>,
    done: Receiver<Hits>,
    /// The generation of the newest query posted (or cancelled).
    latest: Arc<AtomicU64>,
    /// The generation whose results are still to come, if any.
    wanted: Option<u64>,
    handle: Option<JoinHandle<()>>,
}

impl SearchWorker {
    /// Starts the worker over these search keys (one per record).
    pub fn spawn(keys: PackedKeys) -> Self {
        let (jobs, job_rx) = mpsc::channel();
        let (done_tx, done) = mpsc::channel();
        let latest = Arc::new(AtomicU64::new(0));
        let seen = Arc::clone(&latest);
        let handle = thread::Builder::new()
            .name("tenderdesk-search".into())
            .spawn(move || run(&job_rx, &done_tx, &seen))
            .ok();
        let w = SearchWorker {
            jobs: Some(jobs),
            done,
            latest,
            wanted: None,
            handle,
        };
        w.send(Job::Keys(keys));
        w
    }

    fn send(&self, job: Job) {
        if let Some(tx) = &self.jobs {
            let _ = tx.send(job);
        }
    }

    /// Replaces the keys (after the records changed). Post the query again.
    pub fn set_keys(&mut self, keys: PackedKeys) {
        self.cancel();
        self.send(Job::Keys(keys));
    }

    /// Posts a query; earlier queries' results will be dropped.
    pub fn find(&mut self, query: &str) {
        let generation = self.latest.fetch_add(1, Ordering::SeqCst) + 1;
        self.wanted = Some(generation);
        self.send(Job::Find {
            generation,
            query: query.to_string(),
        });
    }

    /// Drops whatever is under way (the query was cleared).
    pub fn cancel(&mut self) {
        self.latest.fetch_add(1, Ordering::SeqCst);
        self.wanted = None;
    }

    /// Whether results of the newest query are still to come.
    pub fn is_busy(&self) -> bool {
        self.wanted.is_some()
    }

    /// The newest query's results if they are in; never blocks.
    pub fn results(&mut self) -> Option<Hits> {
        let mut newest = None;
        while let Ok(h) = self.done.try_recv() {
            if Some(h.generation) == self.wanted {
                newest = Some(h);
            }
        }
        if newest.is_some() {
            self.wanted = None;
        }
        newest
    }

    /// Blocks until the newest query's results are in (tests, benchmarks).
    pub fn wait_idle(&mut self) -> Option<Hits> {
        let wanted = self.wanted?;
        while let Ok(h) = self.done.recv() {
            if h.generation == wanted {
                self.wanted = None;
                return Some(h);
            }
        }
        None
    }
}

impl Drop for SearchWorker {
    fn drop(&mut self) {
        self.cancel();
        self.jobs = None; // closes the channel: the worker returns
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}

fn run(jobs: &Receiver<Job>, done: &Sender<Hits>, latest: &AtomicU64) {
    let matcher = Matcher::default();
    let mut keys = PackedKeys::default();
    let mut last: Option<Last> = None;
    loop {
        let Ok(first) = jobs.recv() else { return };
        let mut find = None;
        let mut next = Some(first);
        // take every queued job: keys are applied, only the newest query runs
        while let Some(job) = next {
            match job {
                Job::Keys(k) => {
                    keys = k;
                    last = None;
                }
                Job::Find { generation, query } => find = Some((generation, query)),
            }
            next = match jobs.try_recv() {
                Ok(j) => Some(j),
                Err(TryRecvError::Empty) => None,
                Err(TryRecvError::Disconnected) => return,
            };
        }
        let Some((generation, query)) = find else {
            continue;
        };
        let folded = crate::search::Query::new(&query);
        let stale = || latest.load(Ordering::SeqCst) != generation;
        // a query that extends the last one searches only its candidates
        let narrow = last
            .as_ref()
            .filter(|l| !l.query.trim().is_empty() && query.starts_with(l.query.as_str()));
        let candidates = match narrow {
            Some(l) => narrowing::narrowed(&matcher, &keys, l, &folded, stale),
            None => narrowing::full(&matcher, &keys, &folded, stale),
        };
        let Some(candidates) = candidates else {
            continue; // a newer query came in
        };
        let narrowed = narrow.is_some();
        let hits = candidates.iter().filter_map(Candidate::hit).collect();
        last = Some(Last {
            query: query.clone(),
            words: folded.words().to_vec(),
            candidates,
        });
        if done
            .send(Hits {
                generation,
                query,
                hits,
                narrowed,
            })
            .is_err()
        {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::posting::normalize::fold;

    fn keys() -> Vec<String> {
        [
            "Coördinator Vluchtelingenopvangbeleid Wijdmeren Hilversum",
            "Klantmanager Inburgering en Participatie Hilversum",
            "Wijkcoördinator Nieuwegein Utrecht",
            "Adviseur Integraal Werken Hilversum",
        ]
        .iter()
        .map(|k| fold(k))
        .collect()
    }

    fn ids(h: &Hits) -> Vec<usize> {
        h.hits.iter().map(|x| x.0).collect()
    }

    #[test]
    fn finds_off_thread_and_narrows_when_the_query_grows() {
        let mut w = SearchWorker::spawn(keys().into());
        w.find("coord");
        let h = w.wait_idle().unwrap();
        assert_eq!((ids(&h), h.narrowed), (vec![0, 2], false));
        w.find("coord nieuw");
        let h = w.wait_idle().unwrap();
        assert_eq!((ids(&h), h.narrowed), (vec![2], true));
        // not an extension: a full pass again
        w.find("hilversum");
        let h = w.wait_idle().unwrap();
        assert_eq!((ids(&h), h.narrowed), (vec![0, 1, 3], false));
        assert!(!w.is_busy());
    }

    #[test]
    fn stale_results_are_dropped() {
        let mut w = SearchWorker::spawn(keys().into());
        w.find("k");
        w.find("kl");
        w.find("klant");
        let h = w.wait_idle().unwrap();
        assert_eq!((h.query.as_str(), ids(&h)), ("klant", vec![1]));
        // anything older that still arrives is not handed out
        std::thread::sleep(std::time::Duration::from_millis(20));
        assert_eq!(w.results(), None);
    }

    #[test]
    fn new_keys_replace_the_haystack() {
        let mut w = SearchWorker::spawn(keys().into());
        w.find("adviseur");
        assert_eq!(ids(&w.wait_idle().unwrap()), vec![3]);
        w.set_keys(vec![fold("Beleidsadviseur Wmo")].into());
        w.find("adviseur");
        let h = w.wait_idle().unwrap();
        assert_eq!((ids(&h), h.narrowed), (vec![0], false));
        w.cancel();
        assert!(!w.is_busy() && w.wait_idle().is_none());
    }
}
