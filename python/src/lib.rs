//! The native part of the Python package `vn_article`: the crate's parser
//! called from Python, with the GIL released while Rust works.
//!
//! Every article crosses into Python through the crate's own `Serialize`
//! ([`to_py`]): a Python result is what `json.loads` of the crate's JSON
//! gives, field for field, and every number is exact (`int`, or `Decimal`
//! with the digits the crate writes). Errors become the exception classes
//! of `vn_article._errors`, one per error kind, with their positions.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Condvar, Mutex};

use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyList;

mod to_py;

/// Why one text or file gave no article, as the crate's [`vn_article::Error`]
/// tells it, with the file it came from.
#[derive(Debug)]
struct Failure {
    kind: String,
    /// The message without the position, as the JSON of errors writes it.
    message: String,
    /// The message with the position, as the error displays.
    text: String,
    offset: usize,
    line: usize,
    column: usize,
    path: Option<String>,
}

impl Failure {
    fn new(e: &vn_article::Error, path: Option<String>) -> Self {
        Failure {
            kind: e.kind().as_str().to_string(),
            message: e.message().to_string(),
            text: e.to_string(),
            offset: e.offset(),
            line: e.line(),
            column: e.column(),
            path,
        }
    }

    /// A file that could not be read: the `io` kind, before its first byte.
    fn unreadable(e: &std::io::Error, path: String) -> Self {
        Failure {
            kind: vn_article::ErrorKind::Io.as_str().to_string(),
            message: e.to_string(),
            text: format!("cannot read: {e}"),
            offset: 0,
            line: 1,
            column: 1,
            path: Some(path),
        }
    }

    /// The exception instance of the failure's kind.
    fn to_exception<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let errors = py.import("vn_article._errors")?;
        errors.getattr("_make")?.call1((
            self.kind.as_str(),
            self.message.as_str(),
            self.offset,
            self.line,
            self.column,
            self.path.as_deref(),
            self.text.as_str(),
        ))
    }

    fn to_err(&self, py: Python<'_>) -> PyErr {
        match self.to_exception(py) {
            Ok(e) => PyErr::from_value(e),
            Err(e) => e,
        }
    }
}

self_cell::self_cell!(
    /// A file's bytes and the article read from them, which borrows them:
    /// the article crosses threads without a copy of its text.
    struct Parsed {
        owner: Vec<u8>,
        #[covariant]
        dependent: Article,
    }

    impl {Debug}
);

use vn_article::Article;

/// What one file gave: its article, or why none.
type Outcome = Result<Parsed, Failure>;

/// The article of the file at `path`: bad UTF-8 or a file that cannot be
/// read is that file's failure.
fn parse_path(path: &std::path::Path) -> Outcome {
    let name = || path.to_string_lossy().into_owned();
    let bytes = std::fs::read(path).map_err(|e| Failure::unreadable(&e, name()))?;
    Parsed::try_new(bytes, |b| vn_article::parse_bytes(b))
        .map_err(|e| Failure::new(&e, Some(name())))
}

/// The Python value of an outcome: the article as a `dict`, or the error
/// raised (`return_errors` false) or returned as a value.
fn to_python(
    py: Python<'_>,
    outcome: Result<&Article<'_>, &Failure>,
    return_errors: bool,
) -> PyResult<Py<PyAny>> {
    match outcome {
        Ok(article) => to_py::to_py(py, article),
        Err(f) if return_errors => Ok(f.to_exception(py)?.unbind()),
        Err(f) => Err(f.to_err(py)),
    }
}

/// The article of `text`, as a dict of schema 1.
#[pyfunction]
fn parse(py: Python<'_>, text: String) -> PyResult<Py<PyAny>> {
    let outcome = py.detach(|| vn_article::parse(&text).map_err(|e| Failure::new(&e, None)));
    to_python(py, outcome.as_ref(), false)
}

/// The mentions of `text`, a text that is no article, as a list of dicts
/// of schema 1's `mentions`, resolved against `dateline` (`YYYY-MM-DD`).
#[pyfunction]
#[pyo3(signature = (text, dateline = None))]
fn mentions(py: Python<'_>, text: String, dateline: Option<String>) -> PyResult<Py<PyAny>> {
    let day = match dateline.as_deref().map(|d| d.parse::<chrono::NaiveDate>()) {
        None => None,
        Some(Ok(day)) => Some(day),
        Some(Err(e)) => {
            return Err(PyValueError::new_err(format!(
                "dateline {:?} is no date as YYYY-MM-DD: {e}",
                dateline.unwrap_or_default()
            )))
        }
    };
    let outcome =
        py.detach(|| vn_article::mentions(&text, day).map_err(|e| Failure::new(&e, None)));
    match outcome {
        Ok(found) => to_py::to_py(py, &found),
        Err(f) => Err(f.to_err(py)),
    }
}

/// The article of the file at `path`, as a dict of schema 1.
#[pyfunction]
fn parse_file(py: Python<'_>, path: PathBuf) -> PyResult<Py<PyAny>> {
    let outcome = py.detach(|| parse_path(&path));
    to_python(py, outcome.as_ref().map(Parsed::borrow_dependent), false)
}

/// The articles of a dump, as a list of dicts of schema 1.
#[pyfunction]
#[pyo3(signature = (text, return_errors = false))]
fn parse_many(py: Python<'_>, text: String, return_errors: bool) -> PyResult<Py<PyList>> {
    let outcomes: Vec<Result<vn_article::Article<'_>, Failure>> = py.detach(|| {
        vn_article::parse_many(&text)
            .map(|r| r.map_err(|e| Failure::new(&e, None)))
            .collect()
    });
    let list = PyList::empty(py);
    for outcome in &outcomes {
        list.append(to_python(py, outcome.as_ref(), return_errors)?)?;
    }
    Ok(list.unbind())
}

/// How many files past the last one handed to Python the workers may have
/// read, per worker: enough to keep every core busy behind a slow file,
/// few enough that the results waiting in memory stay a handful of files.
const AHEAD_PER_THREAD: usize = 16;

/// The state the workers of [`ParseFiles`] share.
#[derive(Debug)]
struct Shared {
    paths: Vec<PathBuf>,
    /// The next file a worker takes.
    next: AtomicUsize,
    /// How many results Python has taken; workers wait while they are too
    /// far ahead of it.
    taken: Mutex<Progress>,
    moved: Condvar,
    ahead: usize,
    stop: AtomicBool,
    /// Articles Python has taken, to be dropped by a worker: their memory
    /// goes back to the thread that took it, off the thread that holds
    /// the GIL.
    taken_articles: Mutex<Vec<Parsed>>,
}

impl Shared {
    fn work(&self, results: &Sender<(usize, Outcome)>) {
        loop {
            if self.stop.load(Ordering::Relaxed) {
                return;
            }
            let i = self.next.fetch_add(1, Ordering::Relaxed);
            let Some(path) = self.paths.get(i) else {
                return;
            };
            if !self.wait_for_room(i) {
                return;
            }
            if results.send((i, self.parse(path))).is_err() {
                return;
            }
        }
    }

    /// The outcome of the file at `path`, after dropping the articles
    /// Python is done with.
    fn parse(&self, path: &std::path::Path) -> Outcome {
        let done = self
            .taken_articles
            .lock()
            .map(|mut a| std::mem::take(&mut *a))
            .unwrap_or_default();
        drop(done);
        parse_path(path)
    }

    /// Takes the next file no worker has taken, when it is before `limit`:
    /// its index and path.
    fn claim_within(&self, limit: usize) -> Option<(usize, &std::path::Path)> {
        let limit = limit.min(self.paths.len());
        let i = self
            .next
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |i| {
                (i < limit).then_some(i + 1)
            })
            .ok()?;
        self.paths.get(i).map(|p| (i, p.as_path()))
    }

    /// Waits until file `i` is within `ahead` files of the last one Python
    /// took; false when the iterator was dropped.
    fn wait_for_room(&self, i: usize) -> bool {
        let Ok(mut state) = self.taken.lock() else {
            return false;
        };
        while i >= state.taken + self.ahead {
            if self.stop.load(Ordering::Relaxed) {
                return false;
            }
            state.sleeping += 1;
            state = match self.moved.wait(state) {
                Ok(s) => s,
                Err(_) => return false,
            };
            state.sleeping -= 1;
        }
        true
    }

    /// Python has taken `taken` results. Workers waiting for room are woken
    /// only each time half the window has been taken, so that each wakes
    /// to a stretch of files rather than one (a wake-up costs a system call
    /// on both sides); the half left keeps Python fed meanwhile.
    fn took(&self, taken: usize) {
        if let Ok(mut state) = self.taken.lock() {
            state.taken = taken;
            if state.sleeping > 0 && taken % (self.ahead / 2).max(1) == 0 {
                self.moved.notify_all();
            }
        }
    }
}

/// How far Python has taken the results, and how many workers wait for it.
#[derive(Debug, Default)]
struct Progress {
    taken: usize,
    sleeping: usize,
}

/// The results of `parse_files`, one per path, in the order of the paths,
/// read and parsed on worker threads while Python takes them.
#[pyclass(module = "vn_article._native")]
struct ParseFiles {
    shared: Arc<Shared>,
    /// In a mutex only so that the class is `Sync`, as PyO3 asks; taken
    /// through `get_mut`, never locked.
    results: Mutex<Receiver<(usize, Outcome)>>,
    waiting: BTreeMap<usize, Outcome>,
    /// The index of the next result to hand out.
    index: usize,
    return_errors: bool,
}

#[pymethods]
impl ParseFiles {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&mut self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        if self.index >= self.shared.paths.len() {
            return Ok(None);
        }
        let outcome = self.next_outcome(py)?;
        self.index += 1;
        self.shared.took(self.index);
        let result = to_python(
            py,
            outcome.as_ref().map(Parsed::borrow_dependent),
            self.return_errors,
        )
        .map(Some);
        if let (Ok(article), Ok(mut done)) = (outcome, self.shared.taken_articles.lock()) {
            done.push(article);
        }
        result
    }

    /// How many results are still to come.
    fn __length_hint__(&self) -> usize {
        self.shared.paths.len().saturating_sub(self.index)
    }
}

impl ParseFiles {
    /// The outcome of the file at `index`. What has arrived is taken
    /// without letting the GIL go; when the file is not ready, this thread
    /// parses the next file no worker has taken (within the window ahead),
    /// the GIL let go, rather than wait idle; with none left it lets the
    /// GIL go and waits.
    fn next_outcome(&mut self, py: Python<'_>) -> PyResult<Outcome> {
        let (index, shared) = (self.index, &self.shared);
        let results = self
            .results
            .get_mut()
            .map_err(|_| PyRuntimeError::new_err("a worker failed"))?;
        loop {
            if let Some(o) = self.waiting.remove(&index) {
                return Ok(o);
            }
            while let Ok((i, outcome)) = results.try_recv() {
                if i == index {
                    return Ok(outcome);
                }
                self.waiting.insert(i, outcome);
            }
            if let Some((i, path)) = shared.claim_within(index + shared.ahead) {
                let outcome = py.detach(|| shared.parse(path));
                if i == index {
                    return Ok(outcome);
                }
                self.waiting.insert(i, outcome);
                continue;
            }
            let waiting = &mut self.waiting;
            return py
                .detach(move || loop {
                    let (i, outcome) = results.recv().map_err(|_| "the workers stopped")?;
                    if i == index {
                        return Ok(outcome);
                    }
                    waiting.insert(i, outcome);
                })
                .map_err(|why: &str| PyRuntimeError::new_err(why));
        }
    }
}

impl Drop for ParseFiles {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::Relaxed);
        self.shared.moved.notify_all();
    }
}

/// The articles of the files at `paths`, read and parsed on `threads`
/// threads in all, the calling thread's included (all cores when `None`),
/// handed out in the paths' order.
#[pyfunction]
#[pyo3(signature = (paths, threads = None, return_errors = false))]
fn parse_files(
    paths: Vec<PathBuf>,
    threads: Option<usize>,
    return_errors: bool,
) -> PyResult<ParseFiles> {
    let threads = match threads {
        Some(0) => return Err(PyValueError::new_err("threads must be at least 1")),
        Some(n) => n,
        None => std::thread::available_parallelism().map_or(1, usize::from),
    };
    // The calling thread parses too whenever the next result is not
    // ready: `threads - 1` workers keep `threads` cores busy without a
    // thread more than cores (which costs a fifth of the speed on two).
    let threads = threads.min(paths.len().max(1));
    let shared = Arc::new(Shared {
        paths,
        next: AtomicUsize::new(0),
        taken: Mutex::new(Progress::default()),
        moved: Condvar::new(),
        ahead: AHEAD_PER_THREAD * threads,
        stop: AtomicBool::new(false),
        taken_articles: Mutex::new(Vec::new()),
    });
    let (send, receive) = channel();
    for k in 1..threads {
        let (shared, send) = (Arc::clone(&shared), send.clone());
        std::thread::Builder::new()
            .name(format!("vn-article-{k}"))
            .spawn(move || shared.work(&send))
            .map_err(|e| PyRuntimeError::new_err(format!("cannot start a worker thread: {e}")))?;
    }
    Ok(ParseFiles {
        shared,
        results: Mutex::new(receive),
        waiting: BTreeMap::new(),
        index: 0,
        return_errors,
    })
}

/// The outlets of the crate's registry, as `(code, name)` pairs.
#[pyfunction]
fn outlets() -> Vec<(&'static str, &'static str)> {
    vn_article::outlets()
        .iter()
        .map(|o| (o.code, o.name))
        .collect()
}

/// The native module.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(mentions, m)?)?;
    m.add_function(wrap_pyfunction!(parse_file, m)?)?;
    m.add_function(wrap_pyfunction!(parse_many, m)?)?;
    m.add_function(wrap_pyfunction!(parse_files, m)?)?;
    m.add_function(wrap_pyfunction!(outlets, m)?)?;
    m.add_class::<ParseFiles>()?;
    m.add("SCHEMA", 1)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
