//! Hostile input and hostile servers: bad flags, awkward ids and misbehaving servers get a
//! clear one-line error and the right exit code, never a panic, a hang or a loop. (Most
//! validation rules are in item.rs; the ones it does not cover are here.)
//!
//! One test binary, one module per class:
//! - `pacer`: waits whose end is unknown, Ctrl-C during a wait;
//! - `paging`: next links that repeat, cycle, escape the listing or are unusable;
//! - `terminal`: server text that would drive a terminal or forge lines, hints safe to paste;
//! - `memory`: bombs, deep nesting, huge strings and inputs, caps;
//! - `config`: concurrent writers of the profile files, special files;
//! - `input`: exit codes of refused input, `--headers`, proxies and loopback.

use crate::support;

mod config;
mod input;
mod memory;
mod pacer;
mod paging;
mod terminal;

use qlik_emulator::{BackgroundServer, Faults};
use serde_json::{Value, json};
use support::{Mock, Reply, run_at};

fn emulator(faults: Faults) -> BackgroundServer {
    support::emulator(5, faults)
}

#[test]
fn remaining_validation_rules_exit_2_and_send_nothing() {
    let server = emulator(Faults::default());
    let cases: [(&[&str], &str); 7] = [
        (
            &["item", "ls", "--resourceType", "app[[qvd]]"],
            "error: --resourceType `app[[qvd]]` is malformed: brackets cannot be nested",
        ),
        (
            &["item", "ls", "--resourceType", "app, qvapp"],
            "error: --resourceType `app, qvapp` is malformed: type names have no spaces",
        ),
        (
            &["item", "ls", "--resourceType", "app[qvd]qvapp"],
            "error: --resourceType `app[qvd]qvapp` is malformed: expected `,` after `]`",
        ),
        (
            &["item", "ls", "--resourceType", "app[qvd"],
            "error: --resourceType `app[qvd` is malformed: a `[` is not closed",
        ),
        (
            &["item", "ls", "--next", ""],
            "error: --next needs a cursor",
        ),
        (
            &["item", "collections", "x", "--prev", ""],
            "error: --prev needs a cursor",
        ),
        (&["item", "get", "a", "  "], "error: `  ` is not an item id"),
    ];
    for (args, expected) in cases {
        let r = run_at(server.base_url(), server.api_key(), args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.err);
        assert_eq!(r.err.lines().next(), Some(expected), "{args:?}");
        assert_eq!(r.out, "");
    }
    // With --resourceId and --resourceLink together, and a subtype with the bracket syntax.
    for args in [
        &[
            "item",
            "ls",
            "--resourceType",
            "app",
            "--resourceId",
            "r",
            "--resourceLink",
            "https://l.invalid",
        ][..],
        &[
            "item",
            "ls",
            "--resourceType",
            "app[qvd]",
            "--resourceSubType",
            "qvd",
        ][..],
    ] {
        let r = run_at(server.base_url(), server.api_key(), args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.err);
        assert!(
            r.err.starts_with("error: ") && r.err.lines().count() <= 2,
            "{}",
            r.err
        );
    }
    assert!(server.requests().is_empty(), "nothing is sent");
}

#[test]
fn awkward_ids_are_one_percent_encoded_path_segment() {
    let server = emulator(Faults::default());
    let cases = [
        ("a/b", "a%2Fb"),
        ("a?b=c", "a%3Fb%3Dc"),
        ("a#frag", "a%23frag"),
        ("../settings", "..%2Fsettings"),
        ("with space", "with%20space"),
        ("ünï©ødé✓", "%C3%BCn%C3%AF%C2%A9%C3%B8d%C3%A9%E2%9C%93"),
        ("%2F", "%252F"),
    ];
    for (id, encoded) in cases {
        for (cmd, suffix) in [
            ("get", ""),
            ("collections", "/collections"),
            ("publisheditems", "/publisheditems"),
        ] {
            let before = server.requests().len();
            let r = run_at(server.base_url(), server.api_key(), &["item", cmd, id]);
            assert_eq!(r.code, 3, "{cmd} {id:?}: {}", r.err);
            assert!(r.err.starts_with("error: "), "{}", r.err);
            let seen = server.requests();
            assert_eq!(seen.len(), before + 1, "{cmd} {id:?}");
            let path = seen[before].path_and_query.clone();
            let expected = format!("/api/v1/items/{encoded}{suffix}");
            assert!(
                path == expected || path.starts_with(&format!("{expected}?")),
                "{cmd} {id:?}: sent {path}, expected {expected}"
            );
        }
    }
    // `.` and `..` cannot be one path segment (URL parsing reads `%2E%2E` as `..`): refused
    // as usage errors, never sent to another endpoint.
    for id in [".", ".."] {
        for cmd in ["get", "collections", "publisheditems"] {
            let before = server.requests().len();
            let r = run_at(server.base_url(), server.api_key(), &["item", cmd, id]);
            assert_eq!(r.code, 2, "{cmd} {id:?}: {}", r.err);
            assert!(
                r.err
                    .starts_with(&format!("error: `{id}` is not an item id")),
                "{}",
                r.err
            );
            assert_eq!(server.requests().len(), before, "{cmd} {id:?} was sent");
        }
    }
}

#[test]
fn a_server_answering_html_is_a_one_line_error() {
    let mock = Mock::start(|_, _| {
        Reply::typed(
            200,
            "text/html",
            b"<!doctype html><html><body>Log in</body></html>".to_vec(),
        )
    });
    for args in [
        &["item", "ls"][..],
        &["item", "get", "a"][..],
        &["item", "settings", "ls"][..],
    ] {
        let r = run_at(&mock.url, "k", args);
        assert_eq!(r.code, 1, "{args:?}: {}", r.err);
        assert!(
            r.err
                .starts_with("error: the service's answer is not valid JSON"),
            "{args:?}: {}",
            r.err
        );
        assert_eq!(r.out, "", "{args:?}");
    }
}

#[test]
fn a_list_that_is_not_utf8_is_a_one_line_error() {
    let mock = Mock::start(|_, _| {
        Reply::body(200, b"{\"data\":[{\"id\":\"\xff\"}],\"links\":{}}".to_vec())
    });
    for format in ["json", "jsonl"] {
        let r = run_at(&mock.url, "k", &["item", "ls", "-o", format]).text();
        assert_eq!(r.code, 1, "{format}: {}", r.err);
        assert!(
            r.err
                .starts_with("error: the service's answer is not valid JSON"),
            "{format}: {}",
            r.err
        );
        assert_eq!(r.out, "", "{format}");
    }
}

#[test]
fn truncated_json_is_an_error_not_a_panic() {
    let server = emulator(Faults {
        truncate: 1.0,
        ..Faults::default()
    });
    for args in [&["item", "ls"][..], &["item", "get", "x"][..]] {
        let mut args = args.to_vec();
        args.extend(["--retry", "1", "--interval", "0.001"]);
        let r = run_at(server.base_url(), server.api_key(), &args);
        assert!(
            matches!(r.code, 1 | 3 | 7),
            "{args:?}: {} {}",
            r.code,
            r.err
        );
        assert!(r.err.starts_with("error: "), "{}", r.err);
        assert!(r.err.lines().count() <= 2, "{}", r.err);
    }
    // A body cut short on a scripted server: valid start, no end.
    let mock =
        Mock::start(|_, _| Reply::body(200, br#"{"data":[{"id":"a","name":"x"},{"id":"#.to_vec()));
    let r = run_at(&mock.url, "k", &["item", "ls", "-o", "json"]).text();
    assert_eq!(r.code, 1, "{}", r.err);
    assert!(
        r.err
            .starts_with("error: the service's answer is not valid JSON"),
        "{}",
        r.err
    );
    assert_eq!(r.out, "");
}

#[test]
fn a_10_mb_body_is_handled_and_never_dumped_into_an_error() {
    let big = "x".repeat(10 * 1024 * 1024);
    let item = json!({"id": "big", "name": big, "resourceType": "app"});
    let mock = Mock::start(move |_, _| Reply::json(200, &item));
    let r = run_at(&mock.url, "k", &["item", "get", "big", "-o", "json"]);
    assert_eq!(r.code, 0, "{}", r.err);
    let v: Value = serde_json::from_str(&r.out).unwrap();
    assert_eq!(v["name"].as_str().unwrap().len(), 10 * 1024 * 1024);

    // 10 MB that is not JSON, with an error status: the message stays short.
    let junk = vec![b'<'; 10 * 1024 * 1024];
    let mock = Mock::start(move |_, _| Reply::new(500, junk.clone()));
    let r = run_at(&mock.url, "k", &["item", "get", "big"]);
    assert_eq!(r.code, 1, "{}", &r.err[..r.err.len().min(300)]);
    assert!(r.err.starts_with("error: "));
    assert!(r.err.len() < 2000, "the error is {} bytes", r.err.len());
}

#[test]
fn deeply_nested_json_is_refused_cleanly() {
    let depth = 100_000;
    let body = format!(
        r#"{{"id":"deep","nested":{}{}}}"#,
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let mock = Mock::start(move |_, _| Reply::body(200, body.clone().into_bytes()));
    for args in [&["item", "get", "deep"][..], &["item", "ls"][..]] {
        let r = run_at(&mock.url, "k", args);
        assert_eq!(r.code, 1, "{args:?}: {}", r.err);
        assert!(r.err.starts_with("error: "), "{}", r.err);
        assert_eq!(r.out, "");
    }
}

#[test]
fn unknown_fields_and_enum_values_pass_through_untouched() {
    let item = json!({
        "id": "future",
        "name": "from 2030",
        "resourceType": "hologram",
        "resourceSubType": "volumetric",
        "spaceType": "orbital",
        "futureField": {"nested": [1, 2.5, null, true, "yes", "2026-01-01"]},
        "meta": {"actions": ["teleport"], "isFavorited": false},
        "links": {"self": {"href": "/api/v1/items/future"}, "hologram": {"href": "x"}}
    });
    let page = json!({"data": [item.clone()], "links": {"self": {"href": "/api/v1/items"}}});
    let (item2, page2) = (item.clone(), page.clone());
    let mock = Mock::start(move |_, r| {
        if r.path.starts_with("/api/v1/items?") {
            Reply::json(200, &page2)
        } else {
            Reply::json(200, &item2)
        }
    });
    let r = run_at(&mock.url, "k", &["item", "get", "future", "-o", "json"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(serde_json::from_str::<Value>(&r.out).unwrap(), item);
    // Key order is kept too.
    assert_eq!(
        serde_json::to_string(&serde_json::from_str::<Value>(&r.out).unwrap()).unwrap(),
        serde_json::to_string(&item).unwrap()
    );
    let r = run_at(&mock.url, "k", &["item", "ls", "-o", "json"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(
        serde_json::from_str::<Value>(&r.out).unwrap(),
        json!([item])
    );
    let r = run_at(&mock.url, "k", &["item", "ls", "-o", "jsonl"]);
    assert_eq!(serde_json::from_str::<Value>(r.out.trim()).unwrap(), item);
    let r = run_at(&mock.url, "k", &["item", "get", "future", "-o", "yaml"]);
    assert_eq!(r.code, 0, "{}", r.err);
    for needle in [
        "resourceType: hologram",
        "futureField:",
        "spaceType: orbital",
        "teleport",
        "\"yes\"",
        "\"2026-01-01\"",
    ] {
        assert!(r.out.contains(needle), "{needle} missing from:\n{}", r.out);
    }
    // The table shows the unknown type as it came.
    let r = run_at(&mock.url, "k", &["item", "ls", "-o", "table"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.out.contains("hologram"), "{}", r.out);
}
