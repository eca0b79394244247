//! `qlik item update|rm|settings patch` end to end: the real binary, a cleared environment
//! and a temporary config directory, against the bundled emulator on an ephemeral port.

use crate::support;

use std::io::Write;

use qlik_emulator::{BackgroundServer, Config};
use serde_json::{Value, json};
use support::{Run, json, ok, qlik, run_on, run_stdin};

fn emulator(items: usize) -> BackgroundServer {
    support::emulator(items, qlik_emulator::Faults::default())
}

fn start(config: Config) -> BackgroundServer {
    BackgroundServer::start(config).unwrap()
}

/// `qlik ARGS` against the emulator with `key`, and `stdin` (never a terminal); `key` never
/// shows in the output.
fn run_with(server: &BackgroundServer, key: &str, args: &[&str], stdin: Option<&str>) -> Run {
    let vars = [("QLIK_SERVER", server.base_url()), ("QLIK_API_KEY", key)];
    let run = support::run_with(&vars, args, stdin.map(str::as_bytes));
    assert!(
        !run.out.contains(key) && !run.err.contains(key),
        "the key leaked:\n{}\n{}",
        run.out,
        run.err
    );
    run
}

fn methods(server: &BackgroundServer) -> Vec<String> {
    server
        .requests()
        .into_iter()
        .map(|r| format!("{} {}", r.method, r.path_and_query))
        .collect()
}

fn first_id(server: &BackgroundServer) -> String {
    server.item_ids()[0].clone()
}

// ---------------------------------------------------------------- update

#[test]
fn update_sets_each_field_and_prints_the_item() {
    let server = emulator(3);
    let id = first_id(&server);
    let t = server.item(&id).unwrap()["resourceType"]
        .as_str()
        .unwrap()
        .to_string();
    let cases: Vec<(&str, &str, &str, Value)> = vec![
        ("--name", "name", "Renamed", json!("Renamed")),
        (
            "--description",
            "description",
            "About it",
            json!("About it"),
        ),
        ("--spaceId", "spaceId", "space-42", json!("space-42")),
        ("--resource-id", "resourceId", "res-42", json!("res-42")),
        ("--resourceSubType", "resourceSubType", "qvd", json!("qvd")),
        ("--thumbnailId", "thumbnailId", "thumb-1", json!("thumb-1")),
        (
            "--resourceUpdatedAt",
            "resourceUpdatedAt",
            "2024-05-01T10:00:00Z",
            json!("2024-05-01T10:00:00Z"),
        ),
        (
            "--resourceAttributes",
            "resourceAttributes",
            r#"{"k":"v","n":1}"#,
            json!({"k":"v","n":1}),
        ),
        (
            "--resource-custom-attributes",
            "resourceCustomAttributes",
            r#"{"team":["a"]}"#,
            json!({"team":["a"]}),
        ),
        ("--resourceType", "resourceType", &t, json!(t)),
    ];
    for (flag, field, value, expected) in cases {
        let out = ok(&server, &["item", "update", &id, flag, value, "-o", "json"]);
        let printed = json(&out);
        let stored = server.item(&id).unwrap();
        let norm = |v: &Value| {
            if field == "resourceUpdatedAt" {
                // The service may add milliseconds.
                json!(v.as_str().unwrap().replace(".000", ""))
            } else {
                v.clone()
            }
        };
        assert_eq!(norm(&stored[field]), expected, "{flag}");
        assert_eq!(printed["id"], json!(id));
        assert_eq!(norm(&printed[field]), expected, "{flag} (printed)");
    }
    // resourceLink is set with the resourceId cleared in the same call.
    ok(
        &server,
        &[
            "item",
            "update",
            &id,
            "--resourceLink",
            "https://example.com/x",
            "--unset",
            "resourceId",
        ],
    );
    assert_eq!(
        server.item(&id).unwrap()["resourceLink"],
        json!("https://example.com/x")
    );
}

#[test]
fn update_sends_only_the_fields_given_and_looks_up_the_type() {
    let server = emulator(3);
    let id = first_id(&server);
    let before = server.item(&id).unwrap();
    let n = server.requests().len();
    let out = ok(
        &server,
        &["item", "update", &id, "--name", "Only name", "--json"],
    );
    let after = server.item(&id).unwrap();
    assert_eq!(json(&out)["name"], json!("Only name"));
    for keep in [
        "description",
        "resourceId",
        "spaceId",
        "thumbnailId",
        "resourceType",
    ] {
        assert_eq!(before[keep], after[keep], "{keep} changed");
    }
    let seen = methods(&server)[n..].to_vec();
    assert_eq!(
        seen,
        vec![
            format!("GET /api/v1/items/{id}"),
            format!("PUT /api/v1/items/{id}")
        ]
    );
    // With --resourceType, no look-up.
    let t = after["resourceType"].as_str().unwrap().to_string();
    let n = server.requests().len();
    ok(
        &server,
        &["item", "update", &id, "--name", "B", "--resourceType", &t],
    );
    assert_eq!(methods(&server)[n..], [format!("PUT /api/v1/items/{id}")]);
}

#[test]
fn unset_sends_the_empty_value() {
    let server = emulator(3);
    let id = first_id(&server);
    ok(
        &server,
        &["item", "update", &id, "--description", "something"],
    );
    ok(
        &server,
        &[
            "item",
            "update",
            &id,
            "--unset",
            "description",
            "--unset",
            "resourceCustomAttributes",
        ],
    );
    let item = server.item(&id).unwrap();
    assert!(
        item.get("description").is_none_or(|d| d == ""),
        "{:?}",
        item.get("description")
    );
    assert_eq!(item["resourceCustomAttributes"], json!({}));
    // Not the type, not the name, not a field that is also set, not an unknown one.
    for args in [
        vec!["--unset", "resourceType"],
        vec!["--unset", "name"],
        vec!["--unset", "description", "--description", "x"],
        vec!["--unset", "owner"],
    ] {
        let n = server.requests().len();
        let mut all = vec!["item", "update", id.as_str()];
        all.extend(args.iter().copied());
        let r = run_on(&server, &all);
        assert_eq!(r.code, 2, "{args:?}: {}", r.err);
        assert!(r.err.starts_with("error: "), "{}", r.err);
        assert_eq!(server.requests().len(), n, "{args:?} sent something");
    }
}

#[test]
fn body_from_a_file_and_from_stdin_flags_win() {
    let server = emulator(3);
    let id = first_id(&server);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("body.json");
    std::fs::File::create(&file)
        .unwrap()
        .write_all(br#"{"name":"From file","description":"file desc"}"#)
        .unwrap();
    let path = file.to_str().unwrap();
    ok(
        &server,
        &["item", "update", &id, "-f", path, "--name", "Flag wins"],
    );
    let item = server.item(&id).unwrap();
    assert_eq!(item["name"], json!("Flag wins"));
    assert_eq!(item["description"], json!("file desc"));

    let r = run_stdin(
        &server,
        &["item", "update", &id, "--file", "-", "-o", "json"],
        r#"{"name":"From stdin","thumbnailId":"t9"}"#,
    );
    assert_eq!(r.code, 0, "{}", r.err);
    let item = server.item(&id).unwrap();
    assert_eq!(item["name"], json!("From stdin"));
    assert_eq!(item["thumbnailId"], json!("t9"));
}

#[test]
fn update_validates_before_sending() {
    let server = emulator(3);
    let id = first_id(&server);
    let before = server.item(&id).unwrap();
    let cases: Vec<(Vec<&str>, Option<&str>, &str)> = vec![
        (vec!["--resourceUpdatedAt", "yesterday"], None, "RFC 3339"),
        (
            vec!["--resourceUpdatedAt", "2023-02-29T10:00:00Z"],
            None,
            "RFC 3339",
        ),
        (vec!["--resourceAttributes", "[1,2]"], None, "JSON object"),
        (
            vec!["--resourceCustomAttributes", "{oops"],
            None,
            "not JSON",
        ),
        (
            vec!["--resourceId", "r", "--resourceLink", "https://x/y"],
            None,
            "resourceLink",
        ),
        (vec!["--resourceLink", "not a uri"], None, "URI"),
        (vec!["--name", ""], None, "empty"),
        (vec![], None, "nothing to update"),
        (vec!["--resourceType", "app,qvapp"], None, "one type"),
        (vec!["-f", "-"], Some("[1]"), "the body is one object"),
        (vec!["-f", "-"], Some("{not json"), "not valid JSON"),
        (vec!["-f", "-"], Some(r#"{"owner":"x"}"#), "unknown field"),
        (vec!["-f", "-"], Some(r#"{"name":5}"#), "must be a string"),
    ];
    for (args, stdin, msg) in cases {
        let n = server.requests().len();
        let mut all = vec!["item", "update", id.as_str()];
        all.extend(args.iter().copied());
        let r = run_stdin(&server, &all, stdin.unwrap_or(""));
        assert_eq!(r.code, 2, "{args:?}: {}", r.err);
        assert!(r.err.contains(msg), "{args:?}: {}", r.err);
        assert_eq!(r.err.lines().count(), 1, "{}", r.err);
        assert_eq!(server.requests().len(), n, "{args:?} sent something");
    }
    assert_eq!(server.item(&id).unwrap(), before);
}

#[test]
fn update_dry_run_sends_nothing() {
    let server = emulator(3);
    let id = first_id(&server);
    let before = server.item(&id).unwrap();
    let r = run_on(
        &server,
        &[
            "item",
            "update",
            &id,
            "--name",
            "Dry",
            "--resourceType",
            "app",
            "--dry-run",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(server.requests().is_empty(), "{:?}", methods(&server));
    assert_eq!(server.item(&id).unwrap(), before);
    let mut lines = r.out.lines();
    assert_eq!(
        lines.next().unwrap(),
        format!("PUT {}/api/v1/items/{id}", server.base_url())
    );
    let body: String = lines.collect::<Vec<_>>().join("\n");
    assert_eq!(json(&body), json!({"name": "Dry", "resourceType": "app"}));
    // Without a type: still nothing sent, and a note that it would be looked up.
    let r = run_on(
        &server,
        &["item", "update", &id, "--name", "Dry", "--dry-run"],
    );
    assert_eq!(r.code, 0);
    assert!(r.err.contains("looked up"), "{}", r.err);
    assert!(server.requests().is_empty());
}

#[test]
fn conflict_exits_5_and_read_only_key_exits_4() {
    let server = start(Config {
        items: 20,
        tier1_per_minute: 0,
        tier2_per_minute: 0,
        read_only_key: Some("read-only-sentinel".into()),
        ..Config::default()
    });
    let ids = server.item_ids();
    let (a, b) = ids
        .iter()
        .flat_map(|a| ids.iter().map(move |b| (a, b)))
        .find(|(a, b)| {
            let (ia, ib) = (server.item(a).unwrap(), server.item(b).unwrap());
            a != b
                && ia["resourceType"] == ib["resourceType"]
                && ib["resourceId"].as_str().is_some_and(|r| !r.is_empty())
        })
        .expect("two items of one type");
    let taken = server.item(b).unwrap()["resourceId"]
        .as_str()
        .unwrap()
        .to_string();
    let r = run_on(&server, &["item", "update", a, "--resourceId", &taken]);
    assert_eq!(r.code, 5, "{}", r.err);
    assert!(r.err.contains("HTTP 409"), "{}", r.err);

    let r = run_with(
        &server,
        "read-only-sentinel",
        &["item", "update", a, "--name", "x", "--resourceType", "app"],
        None,
    );
    assert_eq!(r.code, 4, "{}", r.err);
    assert!(r.err.contains("HTTP 403"), "{}", r.err);
    let r = run_with(
        &server,
        "read-only-sentinel",
        &["item", "rm", a, "--yes"],
        None,
    );
    assert_eq!(r.code, 4, "{}", r.err);
    assert!(server.item(a).is_some());
}

// ---------------------------------------------------------------- rm

#[test]
fn rm_refuses_without_a_terminal_and_sends_nothing() {
    let server = emulator(3);
    let ids = server.item_ids();
    let r = run_on(&server, &["item", "rm", &ids[0], &ids[1]]);
    assert_eq!(r.code, 2, "{}", r.err);
    assert!(r.err.contains("--yes"), "{}", r.err);
    assert!(r.err.contains("2 items"), "{}", r.err);
    assert!(server.requests().is_empty());
    assert_eq!(server.item_ids(), ids);
}

#[test]
fn rm_by_arguments_and_alias() {
    let server = emulator(5);
    let ids = server.item_ids();
    let r = run_on(
        &server,
        &[
            "item",
            "rm",
            &ids[0],
            &ids[1],
            "--yes",
            "--tier2-per-minute",
            "0",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.err.contains("deleted 2 of 2"), "{}", r.err);
    assert!(r.out.is_empty(), "{}", r.out);
    let r = run_on(&server, &["item", "delete", &ids[2], "-y"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(server.item_ids(), ids[3..].to_vec());
}

#[test]
fn rm_reads_ids_from_stdin_and_prints_results() {
    let server = emulator(6);
    let ids = server.item_ids();
    let input = format!("{}\n\n  {}  \n{}\n{}\n", ids[0], ids[1], ids[2], ids[0]);
    let r = run_stdin(
        &server,
        &[
            "item",
            "rm",
            "-",
            "--yes",
            "-o",
            "jsonl",
            "--tier2-per-minute",
            "0",
        ],
        &input,
    );
    assert_eq!(r.code, 0, "{}", r.err);
    let results: Vec<Value> = r.out.lines().map(json).collect();
    assert_eq!(
        results,
        ids[..3]
            .iter()
            .map(|id| json!({"id": id, "status": "deleted"}))
            .collect::<Vec<_>>()
    );
    assert_eq!(server.item_ids(), ids[3..].to_vec());
    // Empty input is a usage error.
    let r = run_stdin(&server, &["item", "rm", "-", "--yes"], "\n");
    assert_eq!(r.code, 2, "{}", r.err);
}

#[test]
fn rm_partial_failure_exits_6_with_a_summary() {
    let server = emulator(4);
    let ids = server.item_ids();
    let r = run_on(
        &server,
        &[
            "item",
            "rm",
            &ids[0],
            "no-such-item",
            &ids[1],
            "--yes",
            "--json",
            "--tier2-per-minute",
            "0",
        ],
    );
    assert_eq!(r.code, 6, "{}", r.err);
    assert!(r.err.contains("deleted 2 of 3"), "{}", r.err);
    assert!(r.err.contains("1 not found"), "{}", r.err);
    assert!(r.err.contains("no-such-item"), "{}", r.err);
    let results = json(&r.out);
    assert_eq!(results[1]["id"], json!("no-such-item"));
    assert_eq!(results[1]["status"], json!("not found"));
    assert_eq!(results[1]["httpStatus"], json!(404));
    assert_eq!(results[0]["status"], json!("deleted"));
    assert_eq!(server.item_ids(), ids[2..].to_vec());
}

#[test]
fn rm_of_only_unknown_ids_exits_3() {
    let server = emulator(2);
    let r = run_on(&server, &["item", "rm", "nope-1", "nope-2", "--yes"]);
    assert_eq!(r.code, 3, "{}", r.err);
    assert!(r.err.contains("2 not found"), "{}", r.err);
    assert_eq!(server.item_ids().len(), 2);
}

#[test]
fn rm_dry_run_lists_and_sends_nothing() {
    let server = emulator(3);
    let ids = server.item_ids();
    let r = run_stdin(&server, &["item", "rm", "-", "--dry-run"], &ids.join("\n"));
    assert_eq!(r.code, 0, "{}", r.err);
    let expected: Vec<String> = ids
        .iter()
        .map(|id| format!("DELETE {}/api/v1/items/{id}", server.base_url()))
        .collect();
    assert_eq!(r.out.lines().collect::<Vec<_>>(), expected);
    assert!(server.requests().is_empty());
    assert_eq!(server.item_ids(), ids);
}

// ---------------------------------------------------------------- settings patch

#[test]
fn settings_patch_in_three_forms() {
    let server = emulator(1);
    let out = ok(
        &server,
        &[
            "item",
            "settings",
            "patch",
            "--usageMetricsEnabled",
            "false",
            "--json",
        ],
    );
    assert_eq!(json(&out), json!({"usageMetricsEnabled": false}));
    assert_eq!(server.settings(), json!({"usageMetricsEnabled": false}));

    let out = ok(
        &server,
        &[
            "item",
            "settings",
            "patch",
            "--op",
            "replace",
            "--path",
            "/usageMetricsEnabled",
            "--value",
            "true",
            "-o",
            "json",
        ],
    );
    assert_eq!(json(&out), json!({"usageMetricsEnabled": true}));
    assert_eq!(server.settings(), json!({"usageMetricsEnabled": true}));

    let r = run_stdin(
        &server,
        &["item", "settings", "patch", "-f", "-", "-o", "json"],
        r#"[{"op":"replace","path":"/usageMetricsEnabled","value":false}]"#,
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(json(&r.out), json!({"usageMetricsEnabled": false}));
    assert_eq!(server.settings(), json!({"usageMetricsEnabled": false}));
    let patches = server
        .requests()
        .iter()
        .filter(|r| r.method == "PATCH")
        .count();
    assert_eq!(patches, 3);
}

#[test]
fn settings_patch_takes_qlik_clis_body_flag() {
    let server = emulator(1);
    let body = r#"[{"op":"replace","path":"/usageMetricsEnabled","value":false}]"#;
    let out = ok(
        &server,
        &["item", "settings", "patch", "--body", body, "--json"],
    );
    assert_eq!(json(&out), json!({"usageMetricsEnabled": false}));
    assert_eq!(server.settings(), json!({"usageMetricsEnabled": false}));
    // The settings object, as `settings ls` prints it, and qlik-cli's `--body=…` spelling.
    let out = ok(
        &server,
        &[
            "item",
            "settings",
            "patch",
            r#"--body={"usageMetricsEnabled": true}"#,
            "--json",
        ],
    );
    assert_eq!(json(&out), json!({"usageMetricsEnabled": true}));
    assert_eq!(server.settings(), json!({"usageMetricsEnabled": true}));
    let sent = server.requests().len();

    // Refused before sending: not JSON, a wrong operation, or with another form.
    for (args, phrase) in [
        (vec!["--body", "[{op: replace}"], "--body is not valid JSON"),
        (
            vec![
                "--body",
                r#"[{"op":"add","path":"/usageMetricsEnabled","value":true}]"#,
            ],
            "--body: operation 0 is not",
        ),
        (
            vec!["--body", "[]"],
            "--body: expected a non-empty JSON Patch array",
        ),
        (vec!["--body", body, "-f", "-"], "cannot be used with"),
        (
            vec!["--body", body, "--usageMetricsEnabled", "true"],
            "cannot be used with",
        ),
        (
            vec![
                "--body",
                body,
                "--op",
                "replace",
                "--path",
                "/usageMetricsEnabled",
                "--value",
                "true",
            ],
            "cannot be used with",
        ),
    ] {
        let mut all = vec!["item", "settings", "patch"];
        all.extend(args.iter().copied());
        let r = run_on(&server, &all);
        assert_eq!(r.code, 2, "{args:?}: {}", r.err);
        assert!(r.err.contains(phrase), "{args:?}: {}", r.err);
    }
    assert_eq!(server.requests().len(), sent);
    assert_eq!(server.settings(), json!({"usageMetricsEnabled": true}));
}

#[test]
fn settings_patch_validates_and_dry_runs() {
    let server = emulator(1);
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec![], ""),
        (
            vec![
                "--op",
                "add",
                "--path",
                "/usageMetricsEnabled",
                "--value",
                "true",
            ],
            "",
        ),
        (
            vec!["--op", "replace", "--path", "/other", "--value", "true"],
            "",
        ),
        (
            vec![
                "--op",
                "replace",
                "--path",
                "/usageMetricsEnabled",
                "--value",
                "yes",
            ],
            "",
        ),
        (vec!["-f", "-"], "{}"),
        (vec!["-f", "-"], "[]"),
        (
            vec!["-f", "-"],
            r#"[{"op":"replace","path":"/usageMetricsEnabled","value":"true"}]"#,
        ),
        (vec!["--usageMetricsEnabled", "maybe"], ""),
        (vec!["--usageMetricsEnabled", "true", "--op", "replace"], ""),
    ];
    for (args, stdin) in cases {
        let mut all = vec!["item", "settings", "patch"];
        all.extend(args.iter().copied());
        let r = run_stdin(&server, &all, stdin);
        assert_eq!(r.code, 2, "{args:?}: {}", r.err);
    }
    assert!(server.requests().is_empty());
    let r = run_on(
        &server,
        &[
            "item",
            "settings",
            "patch",
            "--usageMetricsEnabled",
            "false",
            "--dry-run",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    let (first, body) = r.out.split_once('\n').unwrap();
    assert_eq!(
        first,
        format!("PATCH {}/api/v1/items/settings", server.base_url())
    );
    assert_eq!(
        json(body),
        json!([{"op":"replace","path":"/usageMetricsEnabled","value":false}])
    );
    assert!(server.requests().is_empty());
    assert_eq!(server.settings(), json!({"usageMetricsEnabled": true}));
}

#[test]
fn rm_on_a_terminal_asks_first_default_no() {
    let server = emulator(5);
    let ids = server.item_ids();
    let name0 = server.item(&ids[0]).unwrap()["name"]
        .as_str()
        .unwrap()
        .to_string();
    let dir = tempfile::tempdir().unwrap();
    let ask = |answer: &str, args: &[&str]| {
        let out = qlik(
            dir.path(),
            &[
                ("QLIK_SERVER", server.base_url()),
                ("QLIK_API_KEY", server.api_key()),
                ("QLIK_FORCE_TTY", "1"),
            ],
        )
        .args(["item", "rm", "--tier2-per-minute", "0"])
        .args(args)
        .write_stdin(answer)
        .output()
        .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let all: Vec<&str> = ids.iter().map(String::as_str).collect();
    // End of input, an empty answer, and "n" all mean no: nothing is deleted.
    for answer in ["", "\n", "n\n", "whatever\n"] {
        let (code, err) = ask(answer, &all);
        assert_eq!(code, Some(2), "{answer:?}: {err}");
        assert!(err.contains("Delete 5 items:"), "{err}");
        assert!(err.contains(&name0), "{err}");
        assert!(err.contains("and 2 more"), "{err}");
        assert!(err.contains("[y/N]"), "{err}");
        assert_eq!(server.item_ids(), ids);
    }
    assert!(server.requests().iter().all(|r| r.method == "GET"));
    let (code, err) = ask("y\n", &all[..2]);
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("deleted 2 of 2"), "{err}");
    assert_eq!(server.item_ids(), ids[2..].to_vec());
}

// ---------------------------------------------------------------- -q and --raw

/// A body as a server may format it: spacing, field order and unknown fields a parser
/// would change.
const ODD_ITEM: &str =
    "{\"name\" : \"n\",\"id\":\"item-1\",  \"resourceType\":\"app\",\"x\":[1,2]}";

#[test]
fn update_quiet_prints_the_id_and_raw_the_body_as_received() {
    let server = emulator(2);
    let id = first_id(&server);
    let r = run_on(&server, &["item", "update", &id, "--name", "Quiet", "-q"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(r.out, format!("{id}\n"));
    assert_eq!(server.item(&id).unwrap()["name"], json!("Quiet"));
    let r = run_on(&server, &["item", "update", &id, "--name", "Q2", "--quiet"]);
    assert_eq!((r.code, r.out), (0, format!("{id}\n")), "{}", r.err);

    let mock = support::Mock::start(|_, _| support::Reply::body(200, ODD_ITEM));
    let r = support::run_at(
        &mock.url,
        "k",
        &[
            "item",
            "update",
            "item-1",
            "--name",
            "n",
            "--resourceType",
            "app",
            "--raw",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(r.out, format!("{ODD_ITEM}\n"));
    assert_eq!(mock.requests().len(), 1);
    // One or the other.
    let r = run_on(
        &server,
        &["item", "update", &id, "--name", "x", "-q", "--raw"],
    );
    assert_eq!(r.code, 2, "{}", r.err);
}

#[test]
fn rm_quiet_prints_the_ids_deleted_in_the_order_given() {
    let server = emulator(5);
    let ids = server.item_ids();
    let r = run_on(
        &server,
        &[
            "item",
            "rm",
            &ids[2],
            "no-such-item",
            &ids[0],
            "--yes",
            "-q",
            "-o",
            "json",
        ],
    );
    assert_eq!(r.code, 6, "{}", r.err);
    assert_eq!(r.out, format!("{}\n{}\n", ids[2], ids[0]));
    assert!(r.err.contains("deleted 2 of 3"), "{}", r.err);
    // --raw: a delete is answered with no body, so nothing is printed.
    let r = run_on(&server, &["item", "rm", &ids[1], "--yes", "--raw"]);
    assert_eq!((r.code, r.out.as_str()), (0, ""), "{}", r.err);
    // A server that answers a delete with a body: printed as received.
    let mock = support::Mock::start(|_, _| support::Reply::body(200, ODD_ITEM));
    let r = support::run_at(&mock.url, "k", &["item", "rm", "item-1", "--yes", "--raw"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(r.out, format!("{ODD_ITEM}\n"));
}

/// `settings ls -q` from a server: a line is always one setting (a name or value with a line
/// break in it is written as JSON, so it cannot add a forged `NAME=VALUE` line), and an
/// answer that is not an object is an error, not a silent exit 0.
#[test]
fn settings_quiet_lines_cannot_be_forged_and_a_non_object_is_an_error() {
    let mock = support::Mock::start(|_, _| {
        support::Reply::json(
            200,
            &json!({"note": "a\nusageMetricsEnabled=false", "x\ny": 1, "plain": "b"}),
        )
    });
    let r = support::run_at(&mock.url, "k", &["item", "settings", "ls", "-q"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(
        r.out,
        "note=\"a\\nusageMetricsEnabled=false\"\n\"x\\ny\"=1\nplain=b\n"
    );
    let mock = support::Mock::start(|_, _| support::Reply::json(200, &json!([1, 2])));
    let r = support::run_at(&mock.url, "k", &["item", "settings", "ls", "-q"]);
    assert_eq!(r.code, 1, "{}", r.err);
    assert!(
        r.err.contains("the settings answer is not an object"),
        "{}",
        r.err
    );
    assert_eq!(r.out, "");
}

#[test]
fn settings_quiet_prints_name_value_lines_and_raw_the_body() {
    let server = emulator(1);
    let r = run_on(&server, &["item", "settings", "ls", "-q"]);
    assert_eq!(
        (r.code, r.out.as_str()),
        (0, "usageMetricsEnabled=true\n"),
        "{}",
        r.err
    );
    let r = run_on(
        &server,
        &[
            "item",
            "settings",
            "patch",
            "--usageMetricsEnabled",
            "false",
            "-q",
        ],
    );
    assert_eq!(
        (r.code, r.out.as_str()),
        (0, "usageMetricsEnabled=false\n"),
        "{}",
        r.err
    );
    assert_eq!(server.settings()["usageMetricsEnabled"], json!(false));

    let body = "{ \"usageMetricsEnabled\" :true , \"later\": {\"a\":1} }";
    let mock = support::Mock::start(move |_, _| support::Reply::body(200, body));
    for args in [
        &["item", "settings", "ls", "--raw"][..],
        &[
            "item",
            "settings",
            "patch",
            "--usageMetricsEnabled",
            "true",
            "--raw",
        ][..],
    ] {
        let r = support::run_at(&mock.url, "k", args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.err);
        assert_eq!(r.out, format!("{body}\n"), "{args:?}");
    }
    let r = support::run_at(&mock.url, "k", &["item", "settings", "ls", "-q"]);
    assert_eq!(r.out, "usageMetricsEnabled=true\nlater={\"a\":1}\n");
    let r = support::run_at(&mock.url, "k", &["item", "settings", "ls", "-q", "--raw"]);
    assert_eq!(r.code, 2, "{}", r.err);
}
