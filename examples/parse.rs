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
//! Several files are parsed on every core (`--release` for speed) and
//! written in input order; a progress line shows on stderr when it is a
//! terminal, and a one-line summary ends the run.

use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use serde_json::json;
use vn_article::{Article, Error, MentionValue};

fn main() -> ExitCode {
    let mut json = false;
    let mut paths = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json = true,
            "-h" | "--help" => {
                println!("usage: parse [--json] [PATH...]   (PATH: file, folder or - for stdin; default: seeds/)");
                return ExitCode::SUCCESS;
            }
            _ => paths.push(arg),
        }
    }
    if paths.is_empty() {
        paths.push(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("seeds")
                .display()
                .to_string(),
        );
    }
    let mut inputs = Vec::new();
    for p in &paths {
        if p == "-" {
            inputs.push(Input::Stdin);
        } else {
            collect(Path::new(p), &mut inputs);
        }
    }
    let started = Instant::now();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut total = Tally::default();
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    if inputs.len() <= 1 || threads <= 1 {
        // One input streams straight out, an article at a time.
        for input in &inputs {
            total.add(&process(input, json, &mut out));
            progress(&total, inputs.len(), started);
        }
    } else {
        // Several: parsed on every core, written in input order.
        for chunk in inputs.chunks(threads * 16) {
            for (tally, bytes) in parse_in_parallel(chunk, json, threads) {
                let _ = out.write_all(&bytes);
                total.add(&tally);
            }
            progress(&total, inputs.len(), started);
        }
    }
    let _ = out.flush();
    if io::stderr().is_terminal() {
        eprint!("\r\x1b[K");
    }
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "{} files, {} articles, {} errors, {:.1} MB in {:.2} s ({:.1} MB/s, {} threads)",
        total.files,
        total.articles,
        total.errors,
        total.bytes as f64 / 1e6,
        secs,
        total.bytes as f64 / 1e6 / secs.max(1e-9),
        if inputs.len() <= 1 { 1 } else { threads }
    );
    if total.errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// What one input gave.
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

/// One input's tally and its rendered output.
type Rendered = (Tally, Vec<u8>);

/// Parses `inputs` on `threads` threads; each input's output is rendered
/// into its own buffer, and the buffers come back in input order.
fn parse_in_parallel(inputs: &[Input], json: bool, threads: usize) -> Vec<Rendered> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Rendered>>> =
        Mutex::new((0..inputs.len()).map(|_| None).collect());
    std::thread::scope(|scope| {
        for _ in 0..threads.min(inputs.len()) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(input) = inputs.get(i) else { break };
                let mut buf = Vec::new();
                let tally = process(input, json, &mut buf);
                if let Ok(mut r) = results.lock() {
                    if let Some(slot) = r.get_mut(i) {
                        *slot = Some((tally, buf));
                    }
                }
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_default()
        .into_iter()
        .flatten()
        .collect()
}

/// Shows files, articles, MB/s and errors on stderr when it is a terminal.
fn progress(total: &Tally, files: usize, started: Instant) {
    if io::stderr().is_terminal() {
        let secs = started.elapsed().as_secs_f64().max(1e-9);
        eprint!(
            "\r{}/{} files, {} articles, {:.1} MB/s, {} errors",
            total.files,
            files,
            total.articles,
            total.bytes as f64 / 1e6 / secs,
            total.errors
        );
    }
}

/// Reads and parses one input, writing its summary or JSON lines to `out`.
fn process(input: &Input, json: bool, out: &mut impl Write) -> Tally {
    let name = input.name();
    let mut tally = Tally {
        files: 1,
        ..Tally::default()
    };
    let bytes = match input.read() {
        Ok(b) => b,
        Err(e) => {
            tally.errors += 1;
            report_io(out, json, &name, &e);
            return tally;
        }
    };
    tally.bytes = bytes.len();
    let text = match std::str::from_utf8(&bytes) {
        Ok(t) => t,
        Err(_) => {
            tally.errors += 1;
            if let Err(err) = vn_article::parse_bytes(&bytes) {
                report_error(out, json, &name, None, &err);
            }
            return tally;
        }
    };
    let mut articles = vn_article::parse_many(text).peekable();
    let Some(first) = articles.next() else {
        tally.errors += 1;
        if let Err(err) = vn_article::parse(text) {
            report_error(out, json, &name, None, &err);
        }
        return tally;
    };
    let many = articles.peek().is_some();
    for (i, r) in std::iter::once(first).chain(articles).enumerate() {
        let index = many.then_some(i);
        match r {
            Ok(a) => {
                tally.articles += 1;
                if json {
                    let line = ArticleLine {
                        file: &name,
                        index,
                        article: &a,
                    };
                    let _ = serde_json::to_writer(&mut *out, &line);
                    let _ = out.write_all(b"\n");
                } else {
                    summary(out, &name, index, &a);
                }
            }
            Err(e) => {
                tally.errors += 1;
                report_error(out, json, &name, index, &e);
            }
        }
    }
    tally
}

enum Input {
    Stdin,
    File(PathBuf),
}

impl Input {
    fn name(&self) -> String {
        match self {
            Input::Stdin => "-".to_string(),
            Input::File(p) => p.display().to_string(),
        }
    }

    fn read(&self) -> io::Result<Vec<u8>> {
        match self {
            Input::Stdin => {
                let mut buf = Vec::new();
                io::stdin().read_to_end(&mut buf)?;
                Ok(buf)
            }
            Input::File(p) => std::fs::read(p),
        }
    }
}

/// Files as given; folders walked for `.txt` files in name order.
fn collect(path: &Path, out: &mut Vec<Input>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(_) => {
                out.push(Input::File(path.to_path_buf()));
                return;
            }
        };
        entries.sort();
        for e in entries {
            if e.is_dir() || e.extension().is_some_and(|x| x == "txt") {
                collect(&e, out);
            }
        }
    } else {
        out.push(Input::File(path.to_path_buf()));
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
            m.outlet.as_deref().unwrap_or("unknown outlet")
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
        let k = m.kind();
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
            MentionValue::Quarter { quarter, year } => {
                format!(
                    "quarter {quarter}{}",
                    year.map(|y| format!(" of {y}")).unwrap_or_default()
                )
            }
            MentionValue::Time { time } => time.to_string(),
            MentionValue::Percent {
                value,
                value_to: Some(to),
            } => format!("{value}–{to} %"),
            MentionValue::Percent { value, .. } => format!("{value} %"),
            MentionValue::Ratio {
                numerator,
                denominator,
            } => format!("{numerator} of {denominator}"),
            MentionValue::Number { value, unit } => format!("{value} {}", unit.unwrap_or_default()),
            MentionValue::Money { value, currency } => format!("{value} {currency}"),
            _ => String::new(),
        };
        let _ = writeln!(out, "             {:<8} {:<24} {v}", m.kind(), m.text);
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
