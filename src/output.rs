//! The one output layer: commands return typed reports, this module renders them.
//!
//! Humans get tables/fields on stdout and prose on stderr; `--json` gets exactly one envelope on
//! stdout, `{"schema":"taoctl/v1","command":…,"data":…}`, or on failure
//! `{"schema":"taoctl/v1","command":…,"error":{"code","message","hint","chain_error"}}`.
//! A closed stdout pipe (`taoctl … | head`) ends the process quietly with success.

use std::io::{self, Write};

use comfy_table::{ContentArrangement, LineStyle, Table, TableStyle};
use serde::Serialize;

use crate::error::{CliError, ErrorKind, Result};

/// Version tag of the JSON envelope; bumped only on incompatible changes.
pub const SCHEMA: &str = "taoctl/v1";

/// How output is rendered.
#[derive(Debug, Clone, Copy)]
pub struct OutputMode {
    pub json: bool,
    pub quiet: bool,
    pub color: bool,
    /// Render nothing at all: set by `taoctl demo --json`, which reports its steps itself.
    pub silent: bool,
}

/// One piece of human output.
pub enum Block {
    /// A table on stdout (boxed: a comfy-table `Table` is much larger than the other variants).
    Table(Box<Table>),
    /// Aligned `name: value` lines on stdout.
    Fields(Vec<(String, String)>),
    /// Free text on stdout.
    Text(String),
}

/// What a report looks like to a person: data blocks on stdout, notes (prose) on stderr.
#[derive(Default)]
pub struct Human {
    pub blocks: Vec<Block>,
    pub notes: Vec<String>,
}

impl Human {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn table(mut self, t: Table) -> Self {
        self.blocks.push(Block::Table(Box::new(t)));
        self
    }
    pub fn fields<K: Into<String>, V: Into<String>>(
        mut self,
        f: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        self.blocks.push(Block::Fields(f.into_iter().map(|(k, v)| (k.into(), v.into())).collect()));
        self
    }
    pub fn text(mut self, t: impl Into<String>) -> Self {
        self.blocks.push(Block::Text(t.into()));
        self
    }
    pub fn note(mut self, n: impl Into<String>) -> Self {
        self.notes.push(n.into());
        self
    }
}

/// A command's result: serialisable for `--json`, renderable for people.
pub trait Report: Serialize {
    fn human(&self) -> Human;
}

/// taoctl's table look: a rule under the header, no other lines (dense, easy to scan and grep).
const STYLE: TableStyle =
    TableStyle::new().header_separator(LineStyle::none().fill('─').junction(' '));

/// A table with taoctl's look. Columns are headers; NO_COLOR/--no-color disable styling.
pub fn table<I, S>(headers: I) -> Table
where
    I: IntoIterator<Item = S>,
    S: Into<comfy_table::Cell>,
{
    let mut t = Table::new();
    t.load_style(STYLE).set_content_arrangement(ContentArrangement::Dynamic).set_header(headers);
    t
}

/// Writes to stdout; a closed pipe exits 0 at once because the reader has all it wanted.
fn write_stdout(s: &str) -> Result<()> {
    let mut out = io::stdout().lock();
    let res = out.write_all(s.as_bytes()).and_then(|()| out.flush());
    match res {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => std::process::exit(0),
        Err(e) => Err(CliError::internal(format!("cannot write to stdout: {e}"))),
    }
}

/// Prose for people, on stderr. Silenced by `--quiet`; never part of the data.
pub fn note(mode: OutputMode, msg: &str) {
    if !mode.quiet && !mode.silent {
        let _ = writeln!(io::stderr().lock(), "{msg}");
    }
}

/// Shows secrets (new keys' mnemonics) once, boxed on stderr under a warning. Not silenced by
/// `--quiet`: a key whose mnemonic was never seen cannot be recovered.
pub fn secret_box(entries: &[(String, &str)]) {
    let mut lines = zeroize::Zeroizing::new(vec![
        "WRITE THESE WORDS DOWN NOW and keep them offline. They are shown only this once;"
            .to_string(),
        "anyone who has them controls the key, and without them a lost key file is lost funds."
            .to_string(),
    ]);
    for (title, secret) in entries {
        lines.push(String::new());
        lines.push(format!("{title}:"));
        let words: Vec<&str> = secret.split_whitespace().collect();
        for chunk in words.chunks(12) {
            lines.push(format!("  {}", chunk.join(" ")));
        }
    }
    let w = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let mut out = zeroize::Zeroizing::new(format!("┌{}┐\n", "─".repeat(w + 2)));
    for l in lines.iter() {
        out.push_str(&format!("│ {l:<w$} │\n"));
    }
    out.push_str(&format!("└{}┘\n", "─".repeat(w + 2)));
    let _ = io::stderr().lock().write_all(out.as_bytes());
}

/// Renders a report in the chosen mode.
pub fn emit<R: Report>(mode: OutputMode, command: &str, report: &R) -> Result<()> {
    if mode.silent {
        return Ok(());
    }
    if mode.json {
        let env = serde_json::json!({ "schema": SCHEMA, "command": command, "data": report });
        let mut s = serde_json::to_string_pretty(&env)
            .map_err(|e| CliError::internal(format!("cannot encode JSON: {e}")))?;
        s.push('\n');
        return write_stdout(&s);
    }
    let human = report.human();
    for n in &human.notes {
        note(mode, n);
    }
    let mut s = String::new();
    for b in human.blocks {
        match b {
            Block::Table(mut t) => {
                if !mode.color {
                    t.force_no_tty();
                }
                s.push_str(&t.to_string());
                s.push('\n');
            }
            Block::Fields(f) => {
                let w = f.iter().map(|(k, _)| k.chars().count()).max().unwrap_or(0);
                for (k, v) in f {
                    s.push_str(&format!("{k:<w$}  {v}\n"));
                }
            }
            Block::Text(t) => {
                s.push_str(&t);
                if !t.ends_with('\n') {
                    s.push('\n');
                }
            }
        }
    }
    write_stdout(&s)
}

/// Prints an already-formed JSON document (the `dev` commands' raw contract).
pub fn emit_raw_json(value: &serde_json::Value) -> Result<()> {
    let mut s = serde_json::to_string(value)
        .map_err(|e| CliError::internal(format!("cannot encode JSON: {e}")))?;
    s.push('\n');
    write_stdout(&s)
}

/// Renders a failure: the JSON error envelope on stdout with `--json`, else text on stderr.
pub fn emit_error(json: bool, command: &str, err: &CliError) {
    if json {
        let env = serde_json::json!({
            "schema": SCHEMA,
            "command": command,
            "error": {
                "code": err.kind.code(),
                "message": err.message,
                "hint": err.hint,
                "chain_error": err.chain_error,
            }
        });
        let _ = write_stdout(&format!("{env:#}\n"));
        return;
    }
    let mut e = io::stderr().lock();
    let _ = writeln!(e, "error: {}", err.message);
    if let Some(h) = &err.hint {
        let _ = writeln!(e, "hint: {h}");
    }
    if err.kind == ErrorKind::Internal {
        let _ = writeln!(e, "note: this looks like a bug in taoctl; please report it.");
    }
}
