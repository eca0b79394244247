//! Errors as JSON: with `--json` or `-o json|jsonl` (any spelling) on the command line,
//! a failure prints on stderr as one JSON object a line, `{"error": {...}, "exitCode": N}`,
//! with the exit code the process exits with; otherwise the `error:`/`hint:` lines. Notes,
//! warnings and `rm`'s summary stay text lines, which never start with `{`.

use crate::support::{self, Mock, Reply, run_at, run_env, run_on};

use qlik_emulator::Faults;
use serde_json::{Value, json};

/// Each line of stderr that starts with `{`, read as JSON (it must be).
fn objects(err: &str) -> Vec<Value> {
    err.lines()
        .filter(|l| l.starts_with('{'))
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not a JSON line ({e}): {l:?}")))
        .collect()
}

/// The one object a failing run printed, checked against its exit code.
fn the_error(r: &support::Run) -> Value {
    let all = objects(&r.err);
    assert_eq!(all.len(), 1, "{}", r.err);
    let v = all.into_iter().next().unwrap();
    assert_eq!(v["exitCode"], json!(r.code), "{v}");
    for k in [
        "title", "detail", "status", "code", "traceId", "hint", "message",
    ] {
        assert!(v["error"].get(k).is_some(), "no {k} in {v}");
    }
    // qlik-cli's shape: the service's status and title at the top level.
    assert_eq!(v["status"], v["error"]["status"], "{v}");
    assert_eq!(v["title"], v["error"]["title"], "{v}");
    v
}

#[test]
fn an_api_failure_is_one_json_object_with_the_services_fields() {
    let server = support::emulator(3, Faults::default());
    let missing = "0123456789abcdef01234567";
    for flags in [
        &["--json"][..],
        &["-o", "json"],
        &["-o", "jsonl"],
        &["--output=json"],
        &["-ojsonl"],
    ] {
        let mut args = vec!["item", "get", missing];
        args.extend_from_slice(flags);
        let r = run_on(&server, &args);
        assert_eq!(r.code, 3, "{flags:?}: {}", r.err);
        assert_eq!(r.out, "");
        let v = the_error(&r);
        let e = &v["error"];
        assert_eq!(e["status"], 404, "{v}");
        assert!(e["title"].as_str().unwrap().starts_with("Not found"), "{v}");
        assert!(e["detail"].as_str().unwrap().contains(missing), "{v}");
        assert!(e["traceId"].as_str().is_some_and(|t| !t.is_empty()), "{v}");
        // The hint of the text form comes along.
        assert!(e["hint"].as_str().unwrap().contains("resource"), "{v}");
    }
    // An authentication failure: exit 4, its hint.
    let r = run_env(
        &server,
        &["item", "ls", "--json"],
        &[("QLIK_API_KEY", "wrong-key-0000")],
    );
    assert_eq!(r.code, 4, "{}", r.err);
    let v = the_error(&r);
    assert_eq!(v["error"]["status"], 401);
    assert!(v["error"]["hint"].is_string(), "{v}");
}

#[test]
fn only_the_command_line_asks_for_json_errors() {
    let server = support::emulator(1, Faults::default());
    let missing = "0123456789abcdef01234567";
    // A default format from the environment is for data: errors stay text.
    let r = run_env(
        &server,
        &["item", "get", missing],
        &[("QLIK_OUTPUT", "json")],
    );
    assert_eq!(r.code, 3);
    assert!(
        r.err.starts_with("error: ") && r.err.contains("\nhint: "),
        "{}",
        r.err
    );
    let r = run_on(&server, &["item", "get", missing, "-o", "yaml"]);
    assert!(r.err.starts_with("error: "), "{}", r.err);
    let r = run_on(&server, &["item", "get", missing, "-o", "jsonl"]);
    assert_eq!(r.code, 3);
    the_error(&r);
    // `profile add|update --output json` sets a profile's default, for data: errors stay text.
    for verb in ["update", "add"] {
        let r = run_on(&server, &["profile", verb, "no such", "--output", "json"]);
        assert_eq!(r.code, 2, "{verb}: {}", r.err);
        assert!(r.err.starts_with("error: "), "{verb}: {}", r.err);
    }
}

#[test]
fn usage_errors_are_json_too_and_help_is_not_an_error() {
    let server = support::emulator(1, Faults::default());
    let r = run_on(&server, &["item", "ls", "--no-such-flag", "--json"]);
    assert_eq!(r.code, 2);
    let v = the_error(&r);
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("--no-such-flag"),
        "{v}"
    );
    assert_eq!(v["error"]["status"], Value::Null);
    // A message whose detail clap puts on the lines under it keeps that detail.
    let r = run_on(&server, &["profile", "add", "x", "--json"]);
    assert_eq!(r.code, 2);
    let v = the_error(&r);
    assert_eq!(
        v["error"]["message"], "the following required arguments were not provided: --server <URL>",
        "{v}"
    );
    // A value checked before anything is sent.
    let r = run_on(&server, &["item", "ls", "--limit", "0", "-o", "json"]);
    assert_eq!(r.code, 2);
    the_error(&r);
    assert!(server.requests().is_empty());
    // After `--`, words are not flags.
    let r = run_on(&server, &["item", "ls", "--bogus", "--", "--json"]);
    assert_eq!(r.code, 2);
    assert!(r.err.starts_with("error: "), "{}", r.err);
    let r = run_on(&server, &["item", "ls", "--json", "--help"]);
    assert_eq!(r.code, 0);
    assert!(r.out.contains("Usage:"), "{}", r.out);
    assert_eq!(r.err, "");
}

#[test]
fn several_ids_print_a_line_per_failure_and_a_last_line_with_the_exit_code() {
    let server = support::emulator(2, Faults::default());
    let ids = server.item_ids();
    let (a, b) = ("0123456789abcdef01234567", "0123456789abcdef01234568");
    let r = run_on(&server, &["item", "get", &ids[0], a, b, "--json"]);
    assert_eq!(r.code, 6, "{}", r.err);
    let all = objects(&r.err);
    let failed: Vec<&str> = all
        .iter()
        .filter_map(|v| v["error"]["id"].as_str())
        .collect();
    assert_eq!(failed, [a, b]);
    let last = all.last().unwrap();
    assert_eq!(last["exitCode"], 6, "{last}");
    assert_eq!(last["error"]["title"], "2 of 3 failed");
    // stdout still holds the item that was found.
    assert_eq!(support::json(&r.out)[0]["id"], json!(ids[0]));
}

#[test]
fn the_services_text_is_escaped_and_still_the_same_json() {
    let title = "Bad \u{1b}[31mred\u{1b}[0m \u{9b}2J and \u{202e}reversed";
    let mock = Mock::start(move |_, _| {
        Reply::json(
            409,
            &json!({"errors": [{"title": title, "detail": "line1\nline2", "code": "X-1"}]}),
        )
    });
    let r = run_at(
        &mock.url,
        "key-0123456789",
        &["item", "rm", "0123456789abcdef01234567", "--json", "--yes"],
    );
    assert_eq!(r.code, 5, "{}", r.err);
    assert!(r.err.contains("\ndeleted 0 of 1 in "), "{}", r.err);
    for line in r.err.lines() {
        assert!(
            !line.chars().any(|c| c.is_control() || c == '\u{202e}'),
            "a character that drives the terminal: {line:?}"
        );
    }
    // The escapes are JSON's: the reader gets the service's text back.
    let v = objects(&r.err)
        .into_iter()
        .find(|v| v["error"]["code"] == "X-1")
        .unwrap_or_else(|| panic!("{}", r.err));
    assert_eq!(v["error"]["title"], title);
    assert_eq!(v["error"]["detail"], "line1\nline2");
}
