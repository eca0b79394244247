//! Exit codes and the one error printer.
//!
//! | code | meaning |
//! |---|---|
//! | 0 | ok |
//! | 1 | other failure |
//! | 2 | usage or validation (nothing sent) |
//! | 3 | not found |
//! | 4 | authentication or permission (401/403, no credentials) |
//! | 5 | conflict (409) |
//! | 6 | partial failure of a multi-id command |
//! | 7 | rate limit or transient failure after retries |
//! | 130 | interrupted |

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use serde_json::{Value, json};

use crate::api::{ApiError, ErrorKind};
use crate::config::ConfigError;
use crate::text;

pub const OK: u8 = 0;
pub const FAILURE: u8 = 1;
pub const USAGE: u8 = 2;
pub const NOT_FOUND: u8 = 3;
pub const AUTH: u8 = 4;
pub const CONFLICT: u8 = 5;
pub const PARTIAL: u8 = 6;
pub const TRANSIENT: u8 = 7;
/// Ctrl-C: the process exits at once with this code (see `commands::runtime`).
pub const INTERRUPTED: u8 = 130;

/// Failures that are not the API's.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// Bad flags or values, found before anything was sent. Exit 2.
    #[error("{0}")]
    Usage(String),
    /// Some ids of a multi-id command failed (each already reported). Exit 6.
    #[error("{failed} of {total} failed")]
    Partial { failed: usize, total: usize },
}

/// A failure with its own exit code and hints, for a command whose failures are neither the
/// API's nor the configuration's to describe (e.g. the check of a new key).
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct Described {
    pub message: String,
    pub hints: Vec<String>,
    pub code: u8,
}

/// An API failure with hints only the command can give, after the error's own (where a
/// listing stopped and how to resume it, what an unknown id may be).
#[derive(Debug, thiserror::Error)]
#[error("{error}")]
pub struct Hinted {
    pub error: ApiError,
    pub hints: Vec<String>,
}

impl Hinted {
    /// `error` with `hints`; without any, the bare error.
    pub fn wrap(error: ApiError, hints: Vec<String>) -> anyhow::Error {
        if hints.is_empty() {
            error.into()
        } else {
            Hinted { error, hints }.into()
        }
    }
}

/// Shorthand for a usage error.
pub fn usage(msg: impl Into<String>) -> anyhow::Error {
    CliError::Usage(msg.into()).into()
}

/// The exit code for an error.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    if is_broken_pipe(err) {
        return OK;
    }
    for cause in err.chain() {
        if let Some(e) = cause.downcast_ref::<Described>() {
            return e.code;
        }
        if let Some(e) = cause.downcast_ref::<ApiError>() {
            return api_exit_code(e);
        }
        if let Some(h) = cause.downcast_ref::<Hinted>() {
            return api_exit_code(&h.error);
        }
        if let Some(e) = cause.downcast_ref::<CliError>() {
            return match e {
                CliError::Usage(_) => USAGE,
                CliError::Partial { .. } => PARTIAL,
            };
        }
        if let Some(e) = cause.downcast_ref::<ConfigError>() {
            return e.exit_code();
        }
    }
    FAILURE
}

pub fn api_exit_code(e: &ApiError) -> u8 {
    match e.kind {
        ErrorKind::NotFound => NOT_FOUND,
        ErrorKind::Auth => AUTH,
        ErrorKind::Conflict => CONFLICT,
        ErrorKind::Transient => TRANSIENT,
        ErrorKind::Invalid => USAGE,
        ErrorKind::Interrupted => INTERRUPTED,
        ErrorKind::BadRequest | ErrorKind::Tls | ErrorKind::Protocol | ErrorKind::Other => FAILURE,
    }
}

/// Whether the error is a closed stdout (`qlik item ls | head -1`): not a failure.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// Errors as JSON (`--json`, `-o json|jsonl`).
static JSON_ERRORS: AtomicBool = AtomicBool::new(false);

/// From now on, errors print as JSON objects, one a line (see [`json_error`]).
pub fn set_json_errors(on: bool) {
    JSON_ERRORS.store(on, Ordering::Relaxed);
}

pub fn json_errors() -> bool {
    JSON_ERRORS.load(Ordering::Relaxed)
}

/// Whether the command line asks for errors as JSON: `--json` or `-o json|jsonl`. (A
/// default format from `QLIK_OUTPUT` or a profile does not: it is a default for data, and a
/// script reading `error:` lines keeps working.)
pub fn wants_json_errors(output: Option<&str>, json_flag: bool) -> bool {
    json_flag || matches!(output.map(str::trim), Some("json" | "jsonl"))
}

/// One failure as the JSON object printed on stderr with `--json`: `{"status", "title",
/// "error": {"title", "detail", "status", "code", "traceId", "hint", "message"}, "exitCode": N}`
/// (the top-level `status` and `title` are qlik-cli's shape).
/// `title` is the service's title for an API failure, else the message; `message` is the
/// line the text form prints after `error: `; `hint` the hints, one a line, or null.
/// `id` (a multi-id command's failure of one id) is added to `error`; `exit` is left out
/// when `None`.
pub fn json_error(
    message: &str,
    api: Option<&ApiError>,
    hints: &[String],
    id: Option<&str>,
    exit: Option<u8>,
) -> Value {
    let mut error = json!({
        "title": api.map_or(message, |e| e.title.as_str()),
        "detail": api.and_then(|e| e.detail.as_deref()),
        "status": api.and_then(|e| e.status),
        "code": api.and_then(|e| e.code.as_deref()),
        "traceId": api.and_then(|e| e.trace_id.as_deref()),
        "hint": (!hints.is_empty()).then(|| hints.join("\n")),
        "message": message,
    });
    if let Some(id) = id {
        error["id"] = json!(id);
    }
    // qlik-cli's own JSON error is the service's `status` and `title`: kept at the top level
    // for scripts that read them there.
    let mut out = json!({
        "status": error["status"].clone(),
        "title": error["title"].clone(),
        "error": error,
    });
    if let Some(code) = exit {
        out["exitCode"] = json!(code);
    }
    out
}

/// Writes one JSON value on its own line of stderr. Characters that could drive a terminal
/// are written as `\uXXXX` escapes, which mean the same to a JSON reader.
pub fn print_json_line(v: &Value) {
    let mut line = v.to_string();
    line.push('\n');
    let mut stderr = io::stderr().lock();
    let _ = text::JsonEscape::when(true, &mut stderr).write_all(line.as_bytes());
}

/// The API failure behind an error, if one is.
fn api_error(err: &anyhow::Error) -> Option<&ApiError> {
    err.chain().find_map(|c| {
        c.downcast_ref::<ApiError>()
            .or_else(|| c.downcast_ref::<Hinted>().map(|h| &h.error))
    })
}

/// Prints `error: …` and any `hint: …` lines to stderr (or, with JSON errors, one JSON
/// object: [`json_error`]). Silent for a broken pipe and, in text, for partial failures
/// (each id's failure is already reported). Each is one line: anything in the message that
/// could drive the terminal or start a line is escaped ([`text::escape`]).
pub fn report(err: &anyhow::Error) {
    if is_broken_pipe(err) {
        return;
    }
    if json_errors() {
        let message = format!("{err:#}");
        let v = json_error(
            &message,
            api_error(err),
            &hints(err),
            None,
            Some(exit_code(err)),
        );
        print_json_line(&v);
        return;
    }
    if let Some(e) = err.downcast_ref::<CliError>()
        && matches!(e, CliError::Partial { .. })
    {
        return;
    }
    let mut stderr = io::stderr().lock();
    let _ = writeln!(stderr, "error: {}", text::escape(&format!("{err:#}")));
    for hint in hints(err) {
        let _ = writeln!(stderr, "hint: {}", text::escape(&hint));
    }
}

/// Prints the failure of one id of a multi-id command, `error: ID: not found (HTTP 404, …)`,
/// escaped as [`report`] does (the id may be the service's text: `ls -q | rm -`). Its hint is
/// left for [`report_hints`], once for all ids.
pub fn report_id(id: &str, e: &ApiError) {
    if json_errors() {
        let message = format!("{id}: {}", e.for_id());
        print_json_line(&json_error(&message, Some(e), &[], Some(id), None));
        return;
    }
    let line = format!("{id}: {}", e.for_id());
    let _ = writeln!(io::stderr().lock(), "error: {}", text::escape(&line));
}

/// Prints `hint: …` lines, each once, in the order first given (at most [`MAX_HINTS`]).
pub fn report_hints(hints: impl IntoIterator<Item = String>) {
    let mut seen: Vec<String> = Vec::new();
    for h in hints {
        if seen.len() == MAX_HINTS {
            break;
        }
        if !seen.contains(&h) {
            seen.push(h);
        }
    }
    if json_errors() {
        if !seen.is_empty() {
            print_json_line(&json!({ "hints": seen }));
        }
        return;
    }
    let mut stderr = io::stderr().lock();
    for h in seen {
        let _ = writeln!(stderr, "hint: {}", text::escape(&h));
    }
}

/// The most distinct hints printed after a multi-id command.
pub const MAX_HINTS: usize = 5;

/// Prints a warning to stderr, on one line (escaped as [`report`] does).
pub fn warn(msg: impl std::fmt::Display) {
    let _ = writeln!(
        io::stderr().lock(),
        "warning: {}",
        text::escape(&msg.to_string())
    );
}

/// Prints `note: …` on stderr, escaped.
pub fn note(msg: impl std::fmt::Display) {
    let _ = writeln!(
        io::stderr().lock(),
        "note: {}",
        text::escape(&msg.to_string())
    );
}

fn hints(err: &anyhow::Error) -> Vec<String> {
    for cause in err.chain() {
        if let Some(e) = cause.downcast_ref::<Described>() {
            return e.hints.clone();
        }
        if let Some(e) = cause.downcast_ref::<ApiError>() {
            return crate::hints::api_hint(e).into_iter().collect();
        }
        if let Some(h) = cause.downcast_ref::<Hinted>() {
            let mut all: Vec<String> = crate::hints::api_hint(&h.error).into_iter().collect();
            all.extend(h.hints.iter().cloned());
            return all;
        }
        if let Some(e) = cause.downcast_ref::<ConfigError>() {
            return e.hint().into_iter().collect();
        }
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes() {
        let api = |status| {
            let mut e = ApiError {
                kind: ApiError::kind_of_status(status),
                status: Some(status),
                code: None,
                title: "t".into(),
                detail: None,
                trace_id: None,
                retries: 0,
                advice: None,
            };
            e.retries = 0;
            anyhow::Error::new(e)
        };
        assert_eq!(exit_code(&api(404)), NOT_FOUND);
        assert_eq!(exit_code(&api(401)), AUTH);
        assert_eq!(exit_code(&api(403)), AUTH);
        assert_eq!(exit_code(&api(409)), CONFLICT);
        assert_eq!(exit_code(&api(429)), TRANSIENT);
        assert_eq!(exit_code(&api(503)), TRANSIENT);
        assert_eq!(exit_code(&api(500)), FAILURE);
        assert_eq!(exit_code(&api(400)), FAILURE);
        assert_eq!(exit_code(&api(404).context("while getting")), NOT_FOUND);
        assert_eq!(exit_code(&usage("bad")), USAGE);
        assert_eq!(
            exit_code(
                &CliError::Partial {
                    failed: 1,
                    total: 2
                }
                .into()
            ),
            PARTIAL
        );
        assert_eq!(
            exit_code(&ConfigError::NoCredentials { hint: "x".into() }.into()),
            AUTH
        );
        assert_eq!(
            exit_code(&ConfigError::UnknownProfile("p".into()).into()),
            USAGE
        );
        let pipe = anyhow::Error::new(io::Error::from(io::ErrorKind::BrokenPipe));
        assert_eq!(exit_code(&pipe), OK);
        assert_eq!(exit_code(&anyhow::anyhow!("other")), FAILURE);
    }
}
