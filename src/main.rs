//! `qlik`: a command-line client for the Qlik Cloud Items API.
//! This file only parses, runs, and maps the outcome to an exit code.

use std::io::Write;
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};

mod api;
mod cli;
mod commands;
mod config;
#[cfg(test)]
mod docs;
mod error;
mod hints;
mod jsonscan;
mod limits;
mod output;
mod secret;
mod shell;
mod text;
mod token_cache;

fn main() -> ExitCode {
    // `qlik __complete WHAT`: the words the completion scripts offer (not a command).
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if args.get(1).is_some_and(|a| a == commands::completion::HOOK) {
        return ExitCode::from(commands::completion::words(&args[2..]));
    }
    let cli = match parse(args.clone()) {
        Ok(cli) => cli,
        Err(err) => {
            error::set_json_errors(json_errors_in(&args));
            return parse_error(&err);
        }
    };
    // `profile add|update --output FMT` sets the profile's default format (clap puts it in
    // the global option's place): it does not ask for this run's errors as JSON.
    let output = match &cli.command {
        cli::Command::Profile(cli::profile::ProfileCommand::Add(_))
        | cli::Command::Profile(cli::profile::ProfileCommand::Update(_)) => None,
        _ => cli.global.output.as_deref(),
    };
    error::set_json_errors(error::wants_json_errors(output, cli.global.json));
    match commands::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            error::report(&err);
            ExitCode::from(error::exit_code(&err))
        }
    }
}

/// Whether a command line that did not parse asks for errors as JSON: `--json`, or `-o`
/// (`--output`) json or jsonl in any of its spellings, before a `--`.
fn json_errors_in(args: &[std::ffi::OsString]) -> bool {
    let mut output = None;
    let mut json = false;
    let mut words = args.iter().skip(1).map(|a| a.to_str().unwrap_or(""));
    // `profile add|update --output FMT` sets a profile's default, not this run's format.
    let words_of: Vec<&str> = args.iter().skip(1).filter_map(|a| a.to_str()).collect();
    let profile_default = words_of.iter().any(|w| matches!(*w, "profile" | "context"))
        && words_of
            .iter()
            .any(|w| matches!(*w, "add" | "create" | "update"));
    while let Some(w) = words.next() {
        match w {
            "--" => break,
            "--json" => json = true,
            "-o" | "--output" => output = words.next(),
            _ => {
                if let Some(v) = w.strip_prefix("--output=").or_else(|| w.strip_prefix("-o")) {
                    output = Some(v.strip_prefix('=').unwrap_or(v));
                }
            }
        }
    }
    error::wants_json_errors(output.filter(|_| !profile_default), json)
}

/// Parses the command line with the full command tree ([`cli::tree::command`]).
fn parse(args: Vec<std::ffi::OsString>) -> Result<cli::Cli, clap::Error> {
    use clap::FromArgMatches;
    let mut cmd = cli::tree::command();
    let mut matches = cmd.try_get_matches_from_mut(args)?;
    cli::Cli::from_arg_matches_mut(&mut matches).map_err(|e| e.format(&mut cmd))
}

/// Prints a command-line parse error and gives its exit code (2 for usage errors, 0 for
/// `--help`/`--version`).
///
/// clap quotes what was typed; when that may be a secret (an API key given as an argument, or
/// to a flag that takes something else), it is not printed: the error names the flag or says
/// what was wrong instead, on one `error:` line with `hint:` lines.
fn parse_error(err: &clap::Error) -> ExitCode {
    let code = u8::try_from(err.exit_code()).unwrap_or(error::USAGE);
    if code != error::OK && error::json_errors() {
        // The same words as the text form, as one JSON object: the `error:` line, and the
        // `hint:` lines (clap's `tip:` lines) as the hint.
        let text = match redacted(err) {
            Some(lines) => lines.join("\n"),
            None => err.render().to_string(),
        };
        let mut message = String::new();
        let mut hints = Vec::new();
        // The indented lines right under the `error:` line belong to it (the arguments that
        // were not provided, the values a flag takes).
        let mut in_message = false;
        for raw_line in text.lines() {
            let line = raw_line.trim();
            if in_message && raw_line.starts_with([' ', '\t']) && !line.is_empty() {
                message.push(' ');
                message.push_str(line);
                continue;
            }
            in_message = false;
            if let Some(m) = line.strip_prefix("error:") {
                if message.is_empty() {
                    message = m.trim().to_string();
                    in_message = true;
                }
            } else if let Some(h) = line
                .strip_prefix("hint:")
                .or_else(|| line.strip_prefix("tip:"))
            {
                hints.push(h.trim().to_string());
            }
        }
        error::print_json_line(&error::json_error(&message, None, &hints, None, Some(code)));
        return ExitCode::from(code);
    }
    match redacted(err) {
        Some(lines) => {
            let mut stderr = std::io::stderr().lock();
            for line in lines {
                let _ = writeln!(stderr, "{line}");
            }
            ExitCode::from(code)
        }
        None => {
            let _ = err.print();
            ExitCode::from(code)
        }
    }
}

use cli::value::{NOT_SHOWN, is_plainly_not_secret};

/// The lines to print instead of clap's message, when that message would echo a token that
/// may be a secret; `None` when clap's message is safe to print.
fn redacted(err: &clap::Error) -> Option<Vec<String>> {
    let string = |kind| match err.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let usage = match err.get(ContextKind::Usage) {
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        _ => None,
    };
    let usage_line = usage.as_deref().and_then(|u| {
        let line = u.lines().find(|l| !l.trim().is_empty())?.trim();
        Some(
            line.strip_prefix("Usage:")
                .unwrap_or(line)
                .trim()
                .to_string(),
        )
    });
    let mut lines = Vec::new();
    match err.kind() {
        ErrorKind::UnknownArgument => {
            let token = string(ContextKind::InvalidArg).unwrap_or_default();
            if is_flag_shaped(&token) {
                return None;
            }
            lines.push(format!("error: unexpected argument {NOT_SHOWN}"));
            if let Some(cmd) = usage_line.as_deref().and_then(|u| {
                ["qlik profile add", "qlik profile update"]
                    .into_iter()
                    .find(|c| u.starts_with(c))
            }) {
                let asks = if cmd.ends_with("add") {
                    "asks for it without echo"
                } else {
                    "asks for a new one without echo with --ask-api-key"
                };
                lines.push(format!(
                    "hint: `{cmd}` {asks}, or reads it from standard input with \
                     --api-key-stdin (--api-key KEY works too, but shows the key to others)"
                ));
            }
        }
        ErrorKind::InvalidSubcommand => {
            let token = string(ContextKind::InvalidSubcommand).unwrap_or_default();
            // A short lowercase word is a mistyped command (`qlik item lst`), never a key.
            let plain_word = (1..=24).contains(&token.len())
                && token
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-' || c == '_');
            let shown = if plain_word {
                format!("'{token}'")
            } else {
                NOT_SHOWN.to_string()
            };
            lines.push(format!("error: unrecognized subcommand {shown}"));
            // qlik-cli's interactive set-up, `qlik context init`: name what does it here.
            if string(ContextKind::InvalidSubcommand).as_deref() == Some("init")
                && usage_line
                    .as_deref()
                    .is_some_and(|u| u.starts_with("qlik profile"))
            {
                lines.push(
                    "hint: qlik-cli's `context init` is `qlik context create NAME --server URL` \
                     here: it asks for the API key on a terminal"
                        .to_string(),
                );
            }
            if let Some(ContextValue::Strings(similar)) = err.get(ContextKind::SuggestedSubcommand)
                && !similar.is_empty()
            {
                lines.push(format!(
                    "hint: a similar subcommand exists: {}",
                    quoted_list(similar)
                ));
            }
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation | ErrorKind::TooManyValues => {
            let value = string(ContextKind::InvalidValue).unwrap_or_default();
            if is_plainly_not_secret(&value) {
                return None;
            }
            let what = if err.kind() == ErrorKind::TooManyValues {
                "unexpected value"
            } else {
                "invalid value"
            };
            match string(ContextKind::InvalidArg) {
                Some(arg) => lines.push(format!("error: {what} for '{arg}' {NOT_SHOWN}")),
                None => lines.push(format!("error: {what} {NOT_SHOWN}")),
            }
            if let Some(ContextValue::Strings(valid)) = err.get(ContextKind::ValidValue)
                && !valid.is_empty()
            {
                lines.push(format!("hint: possible values: {}", valid.join(", ")));
            }
        }
        _ => return None,
    }
    if let Some(ContextValue::String(flag)) = err.get(ContextKind::SuggestedArg) {
        lines.push(format!("hint: a similar argument exists: '{flag}'"));
    }
    if let Some(usage) = usage_line {
        lines.push(format!("hint: usage: {usage} (see --help)"));
    }
    Some(lines)
}

/// A flag as clap reports an unknown one (`--name` or `-x`, never its `=value`): safe to show.
fn is_flag_shaped(token: &str) -> bool {
    token.len() > 1
        && token.len() <= 40
        && token.starts_with('-')
        && !token.contains('=')
        && token
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn quoted_list(items: &[String]) -> String {
    items
        .iter()
        .map(|s| format!("'{s}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn parse(args: &[&str]) -> clap::Error {
        cli::Cli::try_parse_from(std::iter::once("qlik").chain(args.iter().copied())).unwrap_err()
    }

    const KEY: &str = "eyJhbGciOiJFUzM4NCJ9.sentinel-key.0123";

    #[test]
    fn a_stray_key_is_never_in_the_message() {
        let cases: [&[&str]; 9] = [
            &[
                "profile",
                "add",
                "p",
                "--server",
                "https://x.example.com",
                KEY,
            ],
            &[
                "profile",
                "add",
                "p",
                "--server",
                "https://x.example.com",
                "--",
                KEY,
            ],
            &["profile", "use", "p", KEY],
            &["item", "ls", KEY],
            &[KEY],
            &["profile", KEY],
            &["profile", "add", "p", "-s", "x", "--tier1-per-minute", KEY],
            &["profile", "add", "p", "-s", "x", "-o", KEY],
            &["item", "ls", "--retry", KEY],
        ];
        for args in cases {
            let err = parse(args);
            // Either the message is rebuilt, or the value parser's own one-line message
            // already leaves the value out.
            let lines = redacted(&err)
                .unwrap_or_else(|| err.to_string().lines().map(str::to_string).collect());
            let text = lines.join("\n");
            assert!(!text.contains("sentinel"), "{args:?}: {text}");
            assert!(lines[0].starts_with("error: "), "{args:?}: {text}");
            assert!(lines[1..].iter().all(|l| l.starts_with("hint: ")), "{text}");
            assert_eq!(err.exit_code(), 2);
        }
    }

    #[test]
    fn profile_update_says_where_keys_go() {
        let lines = redacted(&parse(&["profile", "update", "p", KEY])).unwrap();
        assert!(!lines.join("\n").contains("sentinel"), "{lines:?}");
        assert!(lines[1].contains("--api-key-stdin"), "{lines:?}");
        assert!(lines[1].contains("--ask-api-key"), "{lines:?}");
    }

    #[test]
    fn harmless_errors_keep_claps_message() {
        for args in [
            &["item", "ls", "--retry", "11"][..],
            &["item", "ls", "--no-such-flag"][..],
            &["profile", "add", "p"][..],
            &["item", "ls", "--json", "-o", "yaml"][..],
        ] {
            assert!(redacted(&parse(args)).is_none(), "{args:?}");
        }
    }

    #[test]
    fn profile_add_says_where_keys_go() {
        let lines = redacted(&parse(&["profile", "add", "p", "-s", "x", KEY])).unwrap();
        assert_eq!(
            lines[0],
            "error: unexpected argument (not shown: it may be a secret)"
        );
        assert!(lines[1].contains("--api-key-stdin"), "{lines:?}");
        assert!(
            lines
                .last()
                .unwrap()
                .starts_with("hint: usage: qlik profile add "),
            "{lines:?}"
        );
    }

    #[test]
    fn shapes() {
        assert!(is_flag_shaped("--api-key"));
        assert!(is_flag_shaped("-x"));
        assert!(!is_flag_shaped("-"));
        assert!(!is_flag_shaped(KEY));
        assert!(!is_flag_shaped("--a=b"));
        assert!(is_plainly_not_secret("11"));
        assert!(is_plainly_not_secret("-0.5"));
        assert!(is_plainly_not_secret(""));
        assert!(!is_plainly_not_secret("xml"));
        assert!(!is_plainly_not_secret(KEY));
    }
}
