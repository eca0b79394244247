//! What the write commands share: reading a body from a file or stdin, and the
//! confirmation prompt. (`--dry-run` prints through the printer: `Printer::dry_run`.)

use std::io::{self, BufRead, IsTerminal, Read, Write};

use anyhow::Context as _;
use serde_json::Value;

use crate::commands::Ctx;
use crate::error::usage;

/// The bytes of FILE, or of standard input for `-`, at most [`MAX_INPUT_BYTES`]: a file that
/// cannot be read is exit 1 ("cannot read FILE"), one too large or not a regular file exit 2.
///
/// [`MAX_INPUT_BYTES`]: crate::limits::MAX_INPUT_BYTES
pub fn read_input(file: &str) -> anyhow::Result<Vec<u8>> {
    use crate::limits::{MAX_INPUT_BYTES, ReadError, read_capped, read_file};
    let source = if file == "-" { "standard input" } else { file };
    let read = if file == "-" {
        read_capped(io::stdin().lock(), MAX_INPUT_BYTES)
    } else {
        read_file(std::path::Path::new(file), MAX_INPUT_BYTES)
    };
    match read {
        Ok(bytes) => Ok(bytes),
        Err(ReadError::Io(e)) => {
            Err(anyhow::Error::new(e).context(format!("cannot read {source}")))
        }
        Err(e) => Err(usage(e.describe(source))),
    }
}

/// Reads a body from FILE, or from standard input for `-`: JSON, or YAML (as `-o yaml`
/// writes it). A `.json` file is JSON and a `.yaml`/`.yml` file is YAML; anything else (and
/// standard input) is read as JSON when it parses as JSON, else as YAML. What the value must
/// be is the caller's to check.
pub fn read_body(file: &str) -> anyhow::Result<Value> {
    let text = read_input(file)?;
    let source = if file == "-" { "standard input" } else { file };
    let format = body_format(file);
    parse_body(&text, format).map_err(|e| {
        let what = match format {
            BodyFormat::Json => "valid JSON",
            BodyFormat::Yaml => "valid YAML",
            BodyFormat::Either => "valid JSON or YAML",
        };
        usage(format!("{source} is not {what} ({e})"))
    })
}

/// How a body file is to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyFormat {
    Json,
    Yaml,
    /// JSON when it parses as JSON, else YAML.
    Either,
}

/// The format a file's extension names (case-insensitive).
pub fn body_format(file: &str) -> BodyFormat {
    let ext = std::path::Path::new(file)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("json") => BodyFormat::Json,
        Some("yaml" | "yml") => BodyFormat::Yaml,
        _ => BodyFormat::Either,
    }
}

/// Parses a body; the error is one short line. YAML is read within serde-saphyr's default
/// budget (nesting, aliases, nodes), so no input expands without bound.
pub fn parse_body(text: &[u8], format: BodyFormat) -> Result<Value, String> {
    let json = || serde_json::from_slice::<Value>(text).map_err(|e| e.to_string());
    let yaml = || {
        let s = std::str::from_utf8(text).map_err(|_| "not UTF-8 text".to_string())?;
        serde_saphyr::from_str::<Value>(s).map_err(|e| {
            let msg = e.to_string();
            let first = msg.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
            let first = first.trim().strip_prefix("error:").unwrap_or(first);
            format!("YAML: {}", crate::text::cut(first.trim(), 200))
        })
    };
    match format {
        BodyFormat::Json => json(),
        BodyFormat::Yaml => yaml(),
        BodyFormat::Either => json().or_else(|json_error| {
            let looks_like_json = text
                .iter()
                .find(|b| !b.is_ascii_whitespace())
                .is_some_and(|b| matches!(b, b'{' | b'['));
            yaml().map_err(|yaml_error| {
                if looks_like_json {
                    json_error
                } else {
                    yaml_error
                }
            })
        }),
    }
}

/// Where a confirmation is asked and answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prompt {
    /// On standard error, answered on standard input (both a terminal).
    Stdin,
    /// On the controlling terminal (`/dev/tty`): standard input is taken (`rm -` reads the
    /// ids from it) but the user is at a terminal, as standard error shows.
    Tty,
}

/// The path of the controlling terminal.
#[cfg(unix)]
const TTY: &str = "/dev/tty";

/// Where the user can be asked, if anywhere: standard input when it and standard error are a
/// terminal; else the controlling terminal when standard error is a terminal and one can be
/// opened (`qlik item ls -q | qlik item rm -` typed at a terminal); else nowhere (a script, a
/// cron job, CI: `--yes` is needed). `QLIK_FORCE_TTY=1|0` says yes (standard input) or no.
pub fn prompt_on(ctx: &Ctx) -> Option<Prompt> {
    match ctx.env("QLIK_FORCE_TTY").as_deref() {
        Some("1") | Some("true") => return Some(Prompt::Stdin),
        Some("0") | Some("false") => return None,
        _ => {}
    }
    if !io::stderr().is_terminal() {
        return None;
    }
    if io::stdin().is_terminal() {
        return Some(Prompt::Stdin);
    }
    #[cfg(unix)]
    if open_tty().is_ok() {
        return Some(Prompt::Tty);
    }
    None
}

#[cfg(unix)]
fn open_tty() -> io::Result<std::fs::File> {
    std::fs::OpenOptions::new().read(true).write(true).open(TTY)
}

/// The longest answer read; the rest of a longer line is not read.
const MAX_ANSWER_BYTES: u64 = 1024;

/// Asks a yes/no question where `on` says; the default, and the end of input, is no.
pub fn confirm(question: &str, on: Prompt) -> anyhow::Result<bool> {
    let mut line = Vec::new();
    let n = match on {
        Prompt::Stdin => {
            {
                let mut err = io::stderr().lock();
                write!(err, "{question} [y/N] ")?;
                err.flush()?;
            }
            io::stdin()
                .lock()
                .take(MAX_ANSWER_BYTES)
                .read_until(b'\n', &mut line)
                .context("cannot read the answer")?
        }
        #[cfg(unix)]
        Prompt::Tty => {
            let mut tty = open_tty().with_context(|| format!("cannot open {TTY} to ask"))?;
            write!(tty, "{question} [y/N] ")?;
            tty.flush()?;
            io::BufReader::new(tty)
                .take(MAX_ANSWER_BYTES)
                .read_until(b'\n', &mut line)
                .with_context(|| format!("cannot read the answer from {TTY}"))?
        }
        #[cfg(not(unix))]
        Prompt::Tty => 0,
    };
    if n == 0 {
        eprintln!();
    }
    let answer = String::from_utf8_lossy(&line);
    Ok(matches!(
        answer.trim().to_ascii_lowercase().as_str(),
        "y" | "yes"
    ))
}
