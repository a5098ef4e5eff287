//! Parse Vietnamese news articles and print what was read.
//!
//! ```text
//! cargo run --example parse                     # every document in seeds/, as a summary
//! cargo run --example parse -- --json PATH...   # JSON Lines, one article per line
//! ```
//!
//! PATH may be a file, a folder (walked for `.txt` files, in name order) or
//! `-` for standard input. A file holding several articles (a dump, each
//! opened by its dateline) gives one line each with its `index`. A bad file
//! is reported and the run goes on; the exit code is 1 when any file failed.
//!
//! Work runs on every core (`--threads N` to choose; `--release` for
//! speed): files are handed out in order, and the articles of a dump are
//! found by `split_many` and parsed in parallel; the output keeps the input
//! order. A progress bar with the rate and the time left shows on stderr
//! when it is a terminal, and a one-line summary ends the run.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::io::{self, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use serde_json::json;
use vn_article::{Article, Error, MentionValue};

const USAGE: &str = "usage: parse [--json] [--threads N] [PATH...]   (PATH: file, folder or - for stdin; default: seeds/)";

struct Options {
    json: bool,
    threads: Option<usize>,
    paths: Vec<OsString>,
}

fn options() -> Result<Option<Options>, lexopt::Error> {
    use lexopt::prelude::*;
    let mut opts = Options {
        json: false,
        threads: None,
        paths: Vec::new(),
    };
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next()? {
        match arg {
            Long("json") => opts.json = true,
            Long("threads") | Short('j') => opts.threads = Some(parser.value()?.parse()?),
            Short('h') | Long("help") => return Ok(None),
            Value(path) => opts.paths.push(path),
            _ => return Err(arg.unexpected()),
        }
    }
    Ok(Some(opts))
}

fn main() -> ExitCode {
    let opts = match options() {
        Ok(Some(o)) => o,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("parse: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    if let Some(n) = opts.threads {
        if let Err(e) = rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
        {
            eprintln!("parse: {e}");
            return ExitCode::from(2);
        }
    }
    let mut paths = opts.paths;
    if paths.is_empty() {
        paths.push(
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("seeds")
                .into(),
        );
    }
    let mut inputs = Vec::new();
    for p in &paths {
        if p == "-" {
            inputs.push(Input::Stdin);
        } else {
            collect(PathBuf::from(p), &mut inputs);
        }
    }
    let started = Instant::now();
    let total_bytes: u64 = inputs.iter().map(Input::len).sum();
    let bar = if io::stderr().is_terminal() {
        ProgressBar::new(total_bytes).with_style(
            ProgressStyle::with_template(
                "{bar:30} {bytes}/{total_bytes} {bytes_per_sec}, {eta} left, {msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        )
    } else {
        ProgressBar::hidden()
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut total = Tally::default();
    // Workers send each file's output in chunks, keyed by file and chunk;
    // this thread writes them in that order as soon as each is next.
    let (tx, rx) = mpsc::channel::<Chunk>();
    std::thread::scope(|scope| {
        let json = opts.json;
        let bar = &bar;
        let inputs = &inputs;
        scope.spawn(move || {
            // Files are handed out in order, as workers free up.
            inputs
                .iter()
                .enumerate()
                .par_bridge()
                .for_each_with(tx, |tx, (file, input)| process(file, input, json, bar, tx));
        });
        let mut pending: BTreeMap<(usize, usize), Chunk> = BTreeMap::new();
        let mut next = (0, 0);
        for chunk in rx {
            pending.insert((chunk.file, chunk.index), chunk);
            while let Some(chunk) = pending.remove(&next) {
                let _ = out.write_all(&chunk.bytes);
                total.add(&chunk.tally);
                bar.set_message(format!(
                    "{} files, {} articles, {} errors",
                    total.files, total.articles, total.errors
                ));
                next = if chunk.last {
                    (next.0 + 1, 0)
                } else {
                    (next.0, next.1 + 1)
                };
            }
        }
    });
    let _ = out.flush();
    bar.finish_and_clear();
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "{} files, {} articles, {} errors, {:.1} MB in {:.2} s ({:.1} MB/s, {} threads)",
        total.files,
        total.articles,
        total.errors,
        total.bytes as f64 / 1e6,
        secs,
        total.bytes as f64 / 1e6 / secs.max(1e-9),
        rayon::current_num_threads()
    );
    if total.errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// What some input gave.
#[derive(Default)]
struct Tally {
    files: usize,
    articles: usize,
    errors: usize,
    bytes: usize,
}

impl Tally {
    fn add(&mut self, other: &Tally) {
        self.files += other.files;
        self.articles += other.articles;
        self.errors += other.errors;
        self.bytes += other.bytes;
    }
}

/// A part of one file's output: its article `index`, or (`last`) what
/// remains after its articles.
struct Chunk {
    file: usize,
    index: usize,
    last: bool,
    tally: Tally,
    bytes: Vec<u8>,
}

/// Reads and parses input `file`, sending its output an article at a time:
/// a dump's articles are parsed on every core.
fn process(
    file: usize,
    input: &Input,
    json: bool,
    bar: &ProgressBar,
    tx: &mut mpsc::Sender<Chunk>,
) {
    let name = input.name();
    let mut first = Tally {
        files: 1,
        ..Tally::default()
    };
    let mut bytes = Vec::new();
    let send = |index: usize, last: bool, tally: Tally, bytes: Vec<u8>| {
        let _ = tx.send(Chunk {
            file,
            index,
            last,
            tally,
            bytes,
        });
    };
    let raw = match input.read() {
        Ok(b) => b,
        Err(e) => {
            first.errors += 1;
            report_io(&mut bytes, json, &name, &e);
            return send(0, true, first, bytes);
        }
    };
    first.bytes = raw.len();
    let Ok(text) = std::str::from_utf8(&raw) else {
        first.errors += 1;
        if let Err(err) = vn_article::parse_bytes(&raw) {
            report_error(&mut bytes, json, &name, None, &err);
        }
        bar.inc(raw.len() as u64);
        return send(0, true, first, bytes);
    };
    // The articles are parsed as the splitter finds them, on every core;
    // the file's tally comes last, after its articles.
    let mut pieces = vn_article::split_many(text).enumerate().peekable();
    let Some(&(_, one)) = pieces.peek() else {
        first.errors += 1;
        if let Err(err) = vn_article::parse(text) {
            report_error(&mut bytes, json, &name, None, &err);
        }
        bar.inc(raw.len() as u64);
        return send(0, true, first, bytes);
    };
    // More than one article when the first does not cover the file.
    let many = one.text().len() < text.len();
    let count = std::sync::atomic::AtomicUsize::new(0);
    pieces
        .par_bridge()
        .for_each_with(tx.clone(), |tx, (i, piece)| {
            let mut tally = Tally::default();
            let mut out = Vec::new();
            match piece.parse() {
                Ok(a) => {
                    tally.articles += 1;
                    write_article(&mut out, json, &name, many.then_some(i), &a);
                }
                Err(e) => {
                    tally.errors += 1;
                    report_error(&mut out, json, &name, many.then_some(i), &e);
                }
            }
            bar.inc(piece.text().len() as u64);
            count.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let _ = tx.send(Chunk {
                file,
                index: i,
                last: false,
                tally,
                bytes: out,
            });
        });
    send(count.into_inner(), true, first, bytes);
}

fn write_article(out: &mut Vec<u8>, json: bool, name: &str, index: Option<usize>, a: &Article<'_>) {
    if json {
        let line = ArticleLine {
            file: name,
            index,
            article: a,
        };
        let _ = serde_json::to_writer(&mut *out, &line);
        out.push(b'\n');
    } else {
        summary(out, name, index, a);
    }
}

enum Input {
    Stdin,
    File(PathBuf, u64),
}

impl Input {
    fn name(&self) -> String {
        match self {
            Input::Stdin => "-".to_string(),
            Input::File(p, _) => p.display().to_string(),
        }
    }

    /// The size on disk, for the progress bar.
    fn len(&self) -> u64 {
        match self {
            Input::Stdin => 0,
            Input::File(_, len) => *len,
        }
    }

    fn read(&self) -> io::Result<Vec<u8>> {
        match self {
            Input::Stdin => {
                let mut buf = Vec::new();
                io::stdin().read_to_end(&mut buf)?;
                Ok(buf)
            }
            Input::File(p, _) => std::fs::read(p),
        }
    }
}

/// Files as given; folders walked for `.txt` files in name order (a folder
/// that cannot be read is reported when its turn comes).
fn collect(path: PathBuf, out: &mut Vec<Input>) {
    if !path.is_dir() {
        let len = std::fs::metadata(&path).map_or(0, |m| m.len());
        out.push(Input::File(path, len));
        return;
    }
    for entry in walkdir::WalkDir::new(&path).sort_by_file_name() {
        match entry {
            Ok(e)
                if e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "txt") =>
            {
                let len = e.metadata().map_or(0, |m| m.len());
                out.push(Input::File(e.into_path(), len));
            }
            Ok(_) => {}
            Err(e) => {
                let p = e.path().map_or_else(|| path.clone(), PathBuf::from);
                out.push(Input::File(p, 0));
            }
        }
    }
}

/// One JSON line for an article, written straight to the output.
#[derive(serde::Serialize)]
struct ArticleLine<'x, 'a> {
    file: &'x str,
    #[serde(skip_serializing_if = "Option::is_none")]
    index: Option<usize>,
    article: &'x Article<'a>,
}

/// The start of a JSON line: the file and, for a dump, the article's index.
fn head(name: &str, index: Option<usize>) -> serde_json::Map<String, serde_json::Value> {
    let mut line = serde_json::Map::new();
    line.insert("file".into(), json!(name));
    if let Some(i) = index {
        line.insert("index".into(), json!(i));
    }
    line
}

fn report_io(out: &mut impl Write, json: bool, name: &str, e: &io::Error) {
    if json {
        let line = json!({ "file": name, "error": { "kind": "io", "message": e.to_string() } });
        let _ = writeln!(out, "{line}");
    } else {
        let _ = writeln!(out, "{name}\n  error      cannot read: {e}\n");
    }
}

fn report_error(out: &mut impl Write, json: bool, name: &str, index: Option<usize>, e: &Error) {
    if json {
        let mut line = head(name, index);
        line.insert(
            "error".into(),
            json!({
                "kind": e.kind().as_str(),
                "message": e.message(),
                "offset": e.offset(),
                "line": e.line(),
                "column": e.column(),
            }),
        );
        let _ = writeln!(out, "{}", serde_json::Value::Object(line));
    } else {
        let at = index.map(|i| format!(" #{i}")).unwrap_or_default();
        let _ = writeln!(out, "{name}{at}\n  error      {e}\n");
    }
}

fn summary(out: &mut impl Write, name: &str, index: Option<usize>, a: &Article<'_>) {
    let at = index.map(|i| format!(" #{i}")).unwrap_or_default();
    let _ = writeln!(out, "{name}{at}");
    let date = match &a.dateline {
        Some(d) => match d.datetime() {
            Some(dt) => format!(
                "{}{}",
                dt.format("%Y-%m-%dT%H:%M:%S%:z"),
                if d.offset_assumed {
                    " (offset assumed)"
                } else {
                    ""
                }
            ),
            None => format!("{} (no time)", d.date),
        },
        None => "-".to_string(),
    };
    let section: Vec<&str> = a.section.iter().map(|s| s.as_str()).collect();
    let source = match &a.source {
        Some(m) => format!(
            "{} ({})",
            m.code,
            m.outlet.map_or("unknown outlet", |o| o.name)
        ),
        None => "-".to_string(),
    };
    let credits: Vec<String> = a
        .credits
        .iter()
        .map(|c| {
            let roles: Vec<&str> = c.roles.iter().map(|r| r.as_str()).collect();
            format!("{}: {}", roles.join(", "), c.names.join(", "))
        })
        .collect();
    let captions = a
        .body
        .iter()
        .filter(|b| b.kind == vn_article::BlockKind::Caption)
        .count();
    let mut kinds: Vec<(&str, usize)> = Vec::new();
    for m in &a.mentions {
        let k = m.kind().as_str();
        match kinds.iter_mut().find(|(n, _)| *n == k) {
            Some((_, c)) => *c += 1,
            None => kinds.push((k, 1)),
        }
    }
    let mentions: Vec<String> = kinds.iter().map(|(k, c)| format!("{c} {k}")).collect();
    let _ = writeln!(out, "  date       {date}");
    let _ = writeln!(
        out,
        "  section    {}",
        if section.is_empty() {
            "-".into()
        } else {
            section.join(" > ")
        }
    );
    let _ = writeln!(out, "  title      {}", a.title);
    let _ = writeln!(out, "  source     {source}");
    let _ = writeln!(
        out,
        "  lead       {}",
        a.lead.as_ref().map_or("-".to_string(), |l| shorten(l, 90))
    );
    let _ = writeln!(
        out,
        "  credits    {}",
        if credits.is_empty() {
            "-".into()
        } else {
            credits.join("; ")
        }
    );
    let _ = writeln!(
        out,
        "  body       {} blocks ({captions} captions), footer {} lines",
        a.body.len(),
        a.footer.len()
    );
    let _ = writeln!(
        out,
        "  mentions   {}",
        if mentions.is_empty() {
            "-".into()
        } else {
            mentions.join(", ")
        }
    );
    for m in &a.mentions {
        let v = match &m.value {
            MentionValue::Date { date: Some(d), .. } => d.to_string(),
            MentionValue::Date { month, day, .. } => format!("{day}/{month}, year unknown"),
            MentionValue::RelativeDate { date: Some(d), .. } => d.to_string(),
            MentionValue::RelativeDate { days, .. } => format!("{days} days from the dateline"),
            MentionValue::Period { start, end, .. } => format!(
                "{} to {}",
                start.map_or("?".into(), |d| d.to_string()),
                end.map_or("?".into(), |d| d.to_string())
            ),
            MentionValue::LunarDate {
                lunar_day,
                lunar_month,
                date,
                ..
            } => format!(
                "lunar {lunar_day}/{lunar_month}{}",
                date.map(|d| format!(", {d}")).unwrap_or_default()
            ),
            MentionValue::Quarter { quarter, year, .. } => {
                format!(
                    "quarter {quarter}{}",
                    year.map(|y| format!(" of {y}")).unwrap_or_default()
                )
            }
            MentionValue::Time { time, .. } => time.to_string(),
            MentionValue::Percent {
                value,
                value_to: Some(to),
                ..
            } => format!("{value}–{to} %"),
            MentionValue::Percent { value, .. } => format!("{value} %"),
            MentionValue::Ratio {
                numerator,
                denominator,
                ..
            } => format!("{numerator} of {denominator}"),
            MentionValue::Number {
                value,
                value_to,
                unit,
                ..
            } => {
                let to = value_to.map(|t| format!("–{t}")).unwrap_or_default();
                format!("{value}{to} {}", unit.map_or("", |u| u.as_str()))
            }
            MentionValue::Money {
                value,
                value_to,
                currency,
                ..
            } => {
                let to = value_to.map(|t| format!("–{t}")).unwrap_or_default();
                format!("{value}{to} {currency}")
            }
            _ => String::new(),
        };
        let _ = writeln!(out, "             {:<10} {:<24} {v}", m.kind(), m.text);
    }
    for d in &a.diagnostics {
        let _ = writeln!(
            out,
            "  diagnostic line {}: {} ({})",
            d.line, d.message, d.code
        );
    }
    let _ = writeln!(out);
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let cut: String = s.chars().take(max).collect();
        format!("{cut}…")
    }
}
