//! `qlik raw get|post|put|patch|delete PATH` (alias `qlik api`): each method against the
//! emulator, `--paginate` against `item ls --all`, the checks that send nothing, and the
//! hostile answers of a scripted server (links elsewhere or back, endless chains, huge
//! bodies, error bodies that would drive a terminal).

use qlik_emulator::{BackgroundServer, Faults};
use serde_json::{Value, json};

use crate::support::pty::Terminal;
use crate::support::{self, Mock, Reply, Run, json, ok, run_at, run_on, run_stdin};

fn emulator(items: usize) -> BackgroundServer {
    support::emulator(items, Faults::default())
}

fn methods(server: &BackgroundServer) -> Vec<String> {
    server
        .requests()
        .into_iter()
        .map(|r| format!("{} {}", r.method, r.path_and_query))
        .collect()
}

fn ids_of_lines(out: &str) -> Vec<String> {
    out.lines()
        .map(|l| json(l)["id"].as_str().unwrap().to_string())
        .collect()
}

/// A page of a generic listing: `ids` as objects, and `links` as given.
fn page(ids: &[&str], links: &str) -> Reply {
    let data: Vec<String> = ids
        .iter()
        .map(|id| format!(r#"{{"id":"{id}","name":"space {id}"}}"#))
        .collect();
    Reply::body(
        200,
        format!(r#"{{"data":[{}],"links":{links}}}"#, data.join(",")),
    )
}

fn run_mock(server: &Mock, args: &[&str]) -> Run {
    // An error printed as JSON (`-o jsonl`) reads as its text lines.
    run_at(&server.url, "k", args).text()
}

// ---------------------------------------------------------------- each method, emulated

#[test]
fn get_prints_an_item_as_the_service_sent_it() {
    let server = emulator(3);
    let id = server.item_ids()[0].clone();
    let path = format!("/api/v1/items/{id}");
    let out = ok(&server, &["raw", "get", &path]);
    assert_eq!(
        json(&out),
        json(&ok(&server, &["item", "get", &id, "--json"]))
    );
    // Pretty JSON, as received: one field a line.
    assert!(out.starts_with("{\n  \""), "{out}");
    // The alias, and qlik-cli's path relative to /api.
    let out = ok(
        &server,
        &["api", "get", &format!("v1/items/{id}"), "--fields", "id"],
    );
    assert_eq!(json(&out), json!({ "id": id }));
    assert!(methods(&server).contains(&format!("GET {path}")));
}

#[test]
fn put_updates_an_item_and_prints_the_answer() {
    let server = emulator(3);
    let id = server.item_ids()[0].clone();
    let t = server.item(&id).unwrap()["resourceType"]
        .as_str()
        .unwrap()
        .to_string();
    let body = json!({ "name": "Renamed by raw", "resourceType": t }).to_string();
    let path = format!("/api/v1/items/{id}");
    let out = ok(&server, &["raw", "put", &path, "--body", &body]);
    assert_eq!(json(&out)["name"], "Renamed by raw");
    assert_eq!(server.item(&id).unwrap()["name"], "Renamed by raw");
    // From standard input, with -f -.
    let body = json!({ "name": "From stdin", "resourceType": t }).to_string();
    let r = run_stdin(&server, &["raw", "put", &path, "-f", "-"], &body);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(server.item(&id).unwrap()["name"], "From stdin");
}

#[test]
fn patch_changes_the_items_settings() {
    let server = emulator(1);
    let ops = r#"[{"op":"replace","path":"/usageMetricsEnabled","value":false}]"#;
    let out = ok(
        &server,
        &["raw", "patch", "/api/v1/items/settings", "--body", ops],
    );
    assert_eq!(json(&out)["usageMetricsEnabled"], false);
    let out = ok(&server, &["item", "settings", "ls", "--json"]);
    assert_eq!(json(&out)["usageMetricsEnabled"], false);
}

#[test]
fn delete_removes_an_item_and_prints_nothing() {
    let server = emulator(3);
    let id = server.item_ids()[1].clone();
    let r = run_on(&server, &["raw", "delete", &format!("api/v1/items/{id}")]);
    assert_eq!((r.code, r.out.as_str()), (0, ""), "{}", r.err);
    assert!(server.item(&id).is_none());
    // Gone: 404, exit 3.
    let r = run_on(&server, &["raw", "delete", &format!("/api/v1/items/{id}")]);
    assert_eq!(r.code, 3, "{}", r.err);
}

#[test]
fn a_path_the_emulator_does_not_serve_is_not_found() {
    let server = emulator(1);
    let r = run_on(&server, &["raw", "get", "/api/v1/spaces"]);
    assert_eq!(r.code, 3, "{}", r.err);
    assert!(r.err.starts_with("error: "), "{}", r.err);
    assert!(r.err.contains("No such path: /api/v1/spaces"), "{}", r.err);
    assert_eq!(r.out, "");
    let r = run_on(
        &server,
        &["raw", "post", "/api/v1/spaces", "--body", r#"{"name":"x"}"#],
    );
    assert_eq!(r.code, 3, "{}", r.err);
    // -v logs the request, never the key.
    let r = run_on(&server, &["raw", "get", "api/v1/spaces", "-v"]);
    assert_eq!(r.code, 3, "{}", r.err);
    let logged = format!("GET {}/api/v1/spaces 404 ", server.base_url());
    assert!(r.err.contains(&logged), "{}", r.err);
    assert_eq!(
        methods(&server),
        [
            "GET /api/v1/spaces",
            "POST /api/v1/spaces",
            "GET /api/v1/spaces"
        ]
    );
}

// ---------------------------------------------------------------- paginate, jq, query

#[test]
fn paginate_lists_what_item_ls_all_lists() {
    let server = emulator(1000);
    let all = ok(&server, &["item", "ls", "--all", "-o", "jsonl"]);
    let raw = ok(
        &server,
        &[
            "raw",
            "get",
            "/api/v1/items?limit=100",
            "--paginate",
            "-o",
            "jsonl",
        ],
    );
    let ids = ids_of_lines(&raw);
    assert_eq!(ids.len(), 1000);
    assert_eq!(ids, ids_of_lines(&all));
    // One JSON array by default.
    let raw = ok(
        &server,
        &[
            "raw",
            "get",
            "/api/v1/items",
            "--paginate",
            "--query",
            "limit=100",
        ],
    );
    let v = json(&raw);
    assert_eq!(v.as_array().unwrap().len(), 1000);
    assert_eq!(v[999]["id"].as_str().unwrap(), ids[999]);
    // The links were followed as the service wrote them: 10 pages each time.
    let gets = methods(&server)
        .into_iter()
        .filter(|m| m.starts_with("GET /api/v1/items"))
        .count();
    assert_eq!(gets, 10 + 10 + 10, "{:?}", methods(&server));
}

#[test]
fn jq_runs_on_the_answer_and_on_each_paginated_item() {
    let server = emulator(5);
    let out = ok(
        &server,
        &[
            "raw",
            "get",
            "/api/v1/items",
            "--query",
            "limit=3",
            "--jq",
            ".data[].id",
        ],
    );
    assert_eq!(out.lines().count(), 3, "{out}");
    assert_eq!(out.lines().next().unwrap(), server.item_ids()[0]);
    let out = ok(
        &server,
        &[
            "raw",
            "get",
            "/api/v1/items?limit=2",
            "--paginate",
            "--jq",
            ".name",
        ],
    );
    assert_eq!(out.lines().count(), 5, "{out}");
}

#[test]
fn query_pairs_are_added_encoded_in_either_form() {
    let server = emulator(5);
    ok(
        &server,
        &[
            "raw",
            "get",
            "/api/v1/items?sort=-name",
            "--query",
            "resourceType=app",
            "--query",
            "name=a b,limit=2",
        ],
    );
    assert_eq!(
        methods(&server),
        ["GET /api/v1/items?sort=-name&resourceType=app&name=a%20b&limit=2"]
    );
    let r = run_on(&server, &["raw", "get", "/api/v1/items", "--query", "oops"]);
    assert_eq!(r.code, 2);
    assert!(
        r.err.contains("--query `oops` is not KEY=VALUE"),
        "{}",
        r.err
    );
}

#[test]
fn list_answers_print_rows_in_the_row_formats() {
    let server = emulator(3);
    let ids = server.item_ids();
    let out = ok(&server, &["raw", "get", "/api/v1/items", "-q"]);
    assert_eq!(out.lines().collect::<Vec<_>>(), ids);
    let out = ok(&server, &["raw", "get", "/api/v1/items", "-o", "csv"]);
    assert!(out.starts_with("id,name\r\n"), "{out}");
    assert_eq!(out.lines().count(), 4, "{out}");
    let out = ok(
        &server,
        &[
            "raw",
            "get",
            "/api/v1/items",
            "-o",
            "tsv",
            "--fields",
            "id,resourceType",
            "--no-headers",
        ],
    );
    assert!(out.starts_with(&format!("{}\t", ids[0])), "{out}");
    // A table: ID and NAME by default for a list, FIELD/VALUE lines for one object.
    let out = ok(&server, &["raw", "get", "/api/v1/items", "-o", "table"]);
    assert!(out.starts_with("ID "), "{out}");
    assert_eq!(out.lines().count(), 4, "{out}");
    let out = ok(
        &server,
        &["raw", "get", "/api/v1/items/settings", "-o", "table"],
    );
    assert!(out.starts_with("FIELD "), "{out}");
    assert!(out.contains("usageMetricsEnabled  true"), "{out}");
    // --raw: the bytes as received (the emulator writes compact JSON).
    let out = ok(&server, &["raw", "get", "/api/v1/items", "--raw"]);
    assert!(out.starts_with(r#"{"data":[{"#), "{out}");
}

// ---------------------------------------------------------------- nothing sent

#[test]
fn a_body_that_is_not_json_is_refused_before_sending() {
    let server = Mock::start(|_, _| Reply::json(200, &json!({})));
    for args in [
        vec![
            "raw",
            "post",
            "/api/v1/spaces",
            "--body",
            r#"{"name": "x",}"#,
        ],
        vec!["raw", "put", "/api/v1/spaces/s", "--body", ""],
        vec!["raw", "patch", "/api/v1/spaces/s", "--body", "[1, 2"],
    ] {
        let r = run_mock(&server, &args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.err);
        assert!(
            r.err.starts_with("error: --body is not valid JSON ("),
            "{}",
            r.err
        );
        assert!(r.err.contains("line 1 column"), "{}", r.err);
        assert_eq!(r.err.lines().count(), 1, "{}", r.err);
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("body.json");
    std::fs::write(&file, "{\n  \"a\": tru\n}").unwrap();
    let r = run_mock(
        &server,
        &["raw", "post", "/x", "-f", file.to_str().unwrap()],
    );
    assert_eq!(r.code, 2, "{}", r.err);
    assert!(r.err.contains(" at line 3 column "), "{}", r.err);
    assert_eq!(server.requests().len(), 0);
}

#[test]
fn a_url_of_another_origin_or_a_path_that_escapes_is_refused() {
    let server = Mock::start(|_, _| Reply::json(200, &json!({"id": "x"})));
    let other = server.url.replace("127.0.0.1", "127.0.0.2");
    let https = server.url.replace("http://", "https://");
    for (path, why) in [
        (
            "https://tenant.example.com/api/v1/items",
            "is not the configured server",
        ),
        (
            &*format!("{other}/api/v1/items"),
            "is not the configured server",
        ),
        (
            &*format!("{https}/api/v1/items"),
            "is not the configured server",
        ),
        ("//127.0.0.2/api/v1/items", "not a path on the server"),
        ("/api/v1/items/../../admin", "`..` segment"),
        ("/api/v1/items/%2e%2e/x", "`..` segment"),
        ("/api/v1/items\u{1b}]0;x\u{7}", "control characters"),
    ] {
        let r = run_mock(&server, &["raw", "delete", path]);
        assert_eq!(r.code, 2, "{path}: {}", r.err);
        assert!(r.err.starts_with("error: "), "{}", r.err);
        assert!(r.err.contains(why), "{path}: {}", r.err);
        assert!(!r.err.contains('\u{1b}'), "{}", r.err);
    }
    assert_eq!(server.requests().len(), 0);
    // The server's own origin is fine.
    let r = run_mock(
        &server,
        &["raw", "get", &format!("{}/api/v1/items/x", server.url)],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(server.targets(), ["/api/v1/items/x"]);
}

#[test]
fn dry_run_prints_the_request_and_sends_nothing() {
    let server = Mock::start(|_, _| Reply::json(200, &json!({})));
    let r = run_at(
        &server.url,
        "secret-key-123456",
        &[
            "raw",
            "post",
            "/api/v1/spaces",
            "--body",
            r#"{"name":"Finance","n":12345678901234567890}"#,
            "--dry-run",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(
        r.out,
        format!(
            "POST {}/api/v1/spaces\n{{\n  \"name\": \"Finance\",\n  \"n\": 12345678901234567890\n}}\n",
            server.url
        )
    );
    assert!(!r.out.contains("secret-key") && !r.err.contains("secret-key"));
    let r = run_mock(
        &server,
        &[
            "raw",
            "post",
            "/api/v1/spaces",
            "--body-values",
            "name=Sales,type=managed",
            "--body-values",
            "meta.on:bool=true",
            "--dry-run",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    let body: String = r.out.lines().skip(1).collect::<Vec<_>>().join("\n");
    assert_eq!(
        json(&body),
        json!({"name": "Sales", "type": "managed", "meta": {"on": true}})
    );
    let r = run_mock(&server, &["raw", "delete", "/api/v1/spaces/s", "--dry-run"]);
    assert_eq!(r.out, format!("DELETE {}/api/v1/spaces/s\n", server.url));
    assert_eq!(server.requests().len(), 0);
}

// ---------------------------------------------------------------- retries and errors

#[test]
fn reads_are_retried_and_posts_only_after_a_429() {
    let unavailable = Mock::start(|_, _| Reply::json(503, &json!({"errors": [{"title": "busy"}]})));
    let args = ["--retry", "2", "--interval", "0.001"];
    let mut get = vec!["raw", "get", "/api/v1/spaces"];
    get.extend(args);
    let r = run_mock(&unavailable, &get);
    assert_eq!(r.code, 7, "{}", r.err);
    assert_eq!(unavailable.requests().len(), 3);
    let mut post = vec!["raw", "post", "/api/v1/spaces", "--body", "{}"];
    post.extend(args);
    let r = run_mock(&unavailable, &post);
    assert_eq!(r.code, 7, "{}", r.err);
    assert_eq!(unavailable.requests().len(), 4, "a POST is sent once");
    let limited = Mock::start(|n, _| {
        if n == 0 {
            Reply::json(429, &json!({})).header("Retry-After", "0")
        } else {
            Reply::json(201, &json!({"id": "new"}))
        }
    });
    let r = run_mock(&limited, &post);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(json(&r.out)["id"], "new");
    assert_eq!(limited.requests().len(), 2);
}

#[test]
fn error_answers_map_to_exit_codes_and_print_escaped() {
    for (status, code) in [(401, 4), (403, 4), (404, 3), (409, 5), (400, 1)] {
        let server = Mock::start(move |_, _| {
            Reply::json(
                status,
                &json!({"errors": [{"title": "Nope\u{1b}[2J", "detail": "bad\u{9b}31m thing"}]}),
            )
        });
        let r = run_mock(&server, &["raw", "put", "/api/v1/spaces/s", "--body", "{}"]);
        assert_eq!(r.code, code, "{status}: {}", r.err);
        assert!(r.err.starts_with("error: "), "{}", r.err);
        assert!(r.err.contains("Nope"), "{status}: {}", r.err);
        assert!(
            support::raw_unsafe(&r.err).is_empty(),
            "{status}: {:?}",
            r.err
        );
    }
}

// ---------------------------------------------------------------- hostile paging

#[test]
fn a_next_link_to_another_origin_is_followed_on_the_server_only() {
    let elsewhere = Mock::on("127.0.0.2", |_, _| page(&["stolen"], "{}"));
    let href = format!("{}/api/v1/spaces?next=c2", elsewhere.url);
    let server = Mock::start(move |_, req| {
        if req.path.contains("next=c2") {
            page(&["b"], "{}")
        } else {
            page(&["a"], &format!(r#"{{"next":{{"href":"{href}"}}}}"#))
        }
    });
    let r = run_mock(
        &server,
        &["raw", "get", "/api/v1/spaces", "--paginate", "-o", "jsonl"],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(ids_of_lines(&r.out), ["a", "b"]);
    assert_eq!(
        elsewhere.requests().len(),
        0,
        "the key went to another origin"
    );
    assert_eq!(
        server.targets(),
        ["/api/v1/spaces", "/api/v1/spaces?next=c2"]
    );
    // The bare form of the link, and a link to another path.
    let server = Mock::start(|_, req| {
        if req.path.contains("next=") {
            page(&["b"], r#"{"next":"/api/v1/users?next=x"}"#)
        } else {
            page(&["a"], r#"{"next":"/api/v1/spaces?next=c2"}"#)
        }
    });
    let r = run_mock(
        &server,
        &["raw", "get", "/api/v1/spaces", "--paginate", "-o", "jsonl"],
    );
    assert_eq!(r.code, 1, "{}", r.err);
    assert_eq!(ids_of_lines(&r.out), ["a", "b"]);
    assert!(r.err.contains("leads outside the listing"), "{}", r.err);
    assert_eq!(server.requests().len(), 2);
}

#[test]
fn a_next_link_that_repeats_ends_the_listing_with_an_error() {
    let server = Mock::start(|_, req| {
        if req.path.contains("next=c2") {
            page(&["b"], r#"{"next":{"href":"/api/v1/spaces?next=c1"}}"#)
        } else {
            page(&["a"], r#"{"next":{"href":"/api/v1/spaces?next=c2"}}"#)
        }
    });
    let r = run_mock(
        &server,
        &[
            "raw",
            "get",
            "/api/v1/spaces?next=c1",
            "--paginate",
            "-o",
            "jsonl",
        ],
    );
    assert_eq!(r.code, 1, "{}", r.err);
    assert_eq!(ids_of_lines(&r.out), ["a", "b"]);
    assert!(
        r.err.contains("leads back to a page already listed"),
        "{}",
        r.err
    );
    assert_eq!(server.requests().len(), 2);
    // As one JSON array: nothing printed, and said so.
    let r = run_mock(
        &server,
        &["raw", "get", "/api/v1/spaces?next=c1", "--paginate"],
    );
    assert_eq!((r.code, r.out.as_str()), (1, ""), "{}", r.err);
    assert!(r.err.contains("hint: nothing was printed"), "{}", r.err);
}

#[test]
fn an_endless_chain_stops_at_the_page_cap_with_an_error() {
    let server = Mock::bounded(50, |n, _| {
        page(
            &[&format!("s{n}")],
            &format!(r#"{{"next":{{"href":"/api/v1/spaces?next=c{}"}}}}"#, n + 1),
        )
    });
    let r = run_mock(
        &server,
        &[
            "raw",
            "get",
            "/api/v1/spaces",
            "--paginate",
            "--max-pages",
            "5",
            "-o",
            "jsonl",
        ],
    );
    assert_eq!(r.code, 1, "{}", r.err);
    assert_eq!(ids_of_lines(&r.out), ["s0", "s1", "s2", "s3", "s4"]);
    assert!(
        r.err.contains("after 5 pages, the most followed"),
        "{}",
        r.err
    );
    assert!(
        r.err.contains("hint: --max-pages 5 was reached"),
        "{}",
        r.err
    );
    assert_eq!(server.requests().len(), 5);
    let r = run_mock(&server, &["raw", "get", "/x", "--max-pages", "5"]);
    assert_eq!(r.code, 2, "--max-pages needs --paginate: {}", r.err);
}

/// The `--max-pages` hint comes with the cap alone: a last allowed page whose link is refused
/// for another reason (it leaves the listing) ends with that reason, and no advice to raise
/// the cap, which would not help.
#[test]
fn the_page_cap_hint_is_given_only_when_the_cap_ended_the_walk() {
    let server = Mock::bounded(10, |n, _| {
        let next = if n == 0 {
            "/api/v1/spaces?next=c1"
        } else {
            "/api/v1/other?next=c2"
        };
        page(
            &[&format!("s{n}")],
            &format!(r#"{{"next":{{"href":"{next}"}}}}"#),
        )
    });
    let r = run_mock(
        &server,
        &[
            "raw",
            "get",
            "/api/v1/spaces",
            "--paginate",
            "--max-pages",
            "2",
            "-o",
            "jsonl",
        ],
    );
    assert_eq!(r.code, 1, "{}", r.err);
    assert_eq!(ids_of_lines(&r.out), ["s0", "s1"]);
    assert!(r.err.contains("leads outside the listing"), "{}", r.err);
    assert!(!r.err.contains("--max-pages"), "{}", r.err);
}

#[test]
fn a_huge_body_is_cut_at_the_cap() {
    let server = Mock::start(|_, _| Reply::endless());
    let dir = tempfile::tempdir().unwrap();
    for args in [
        vec!["raw", "get", "/api/v1/spaces"],
        vec!["raw", "get", "/api/v1/spaces", "--paginate"],
    ] {
        let r = Run::of(
            support::qlik(
                dir.path(),
                &[
                    ("QLIK_SERVER", &server.url),
                    ("QLIK_API_KEY", "k"),
                    ("QLIK_MAX_RESPONSE_BYTES", "100000"),
                ],
            )
            .args(&args)
            .timeout(support::RUN_BOUND)
            .output()
            .unwrap(),
        );
        assert_eq!(r.code, 1, "{args:?}: {}", r.err);
        assert!(r.err.contains("the answer is larger than"), "{}", r.err);
        assert_eq!(r.out, "");
    }
}

#[test]
fn a_body_that_is_not_json_prints_as_received() {
    let server = Mock::start(|_, _| Reply::typed(200, "text/csv", "id,name\na,b\n"));
    let r = run_mock(&server, &["raw", "get", "/api/v1/export"]);
    assert_eq!((r.code, r.out.as_str()), (0, "id,name\na,b\n"), "{}", r.err);
    let _: Option<Value> = None;
}

// ---------------------------------------------------------------- on a terminal

#[test]
fn on_a_terminal_an_answer_is_pretty_json_with_server_text_escaped() {
    // U+009B (CSI) is valid inside a JSON string, and drives a terminal.
    let body = format!(
        r#"{{"id":"x","name":"a{}2Jb","n":12345678901234567890}}"#,
        '\u{9b}'
    );
    let server = Mock::start(move |_, _| Reply::body(200, body.clone()));
    let dir = tempfile::tempdir().unwrap();
    let csi = "\u{9b}".as_bytes();
    let shows_csi = |bytes: &[u8]| bytes.windows(2).any(|w| w == csi);
    let args = ["raw", "get", "/api/v1/spaces/x"];
    let Some(screen) = Terminal::new(dir.path(), &args)
        .server(&server.url, "k")
        .run()
    else {
        return;
    };
    assert_eq!(screen.code, 0, "{}", screen.text);
    // JSON, not a table; numbers as the service wrote them; the CSI shown, not sent.
    assert!(
        screen.text.contains("{\n  \"id\": \"x\","),
        "{:?}",
        screen.text
    );
    assert!(screen.text.contains(r#""a\u009b2Jb""#), "{:?}", screen.text);
    assert!(
        screen.text.contains("12345678901234567890"),
        "{:?}",
        screen.text
    );
    assert!(!shows_csi(&screen.bytes), "{:?}", screen.text);
    // --raw too shows the text escaped on a terminal.
    let args = ["raw", "get", "/api/v1/spaces/x", "--raw"];
    let screen = Terminal::new(dir.path(), &args)
        .server(&server.url, "k")
        .run()
        .unwrap();
    assert_eq!(screen.code, 0, "{}", screen.text);
    assert!(!shows_csi(&screen.bytes), "{:?}", screen.text);
    assert!(
        screen.text.contains("12345678901234567890"),
        "{:?}",
        screen.text
    );
}

#[test]
fn raw_is_refused_with_the_shaping_flags() {
    let server = Mock::start(|_, _| Reply::json(200, &json!({})));
    for flag in [["--jq", ".id"], ["--fields", "id"], ["-o", "yaml"]] {
        let r = run_mock(
            &server,
            &["raw", "get", "/api/v1/spaces", "--raw", flag[0], flag[1]],
        );
        assert_eq!(r.code, 2, "{flag:?}: {}", r.err);
        assert!(
            r.err.contains("--raw prints the body as received"),
            "{}",
            r.err
        );
    }
    assert_eq!(server.requests().len(), 0);
}

#[test]
fn output_file_holds_the_body_as_received() {
    let server = emulator(2);
    let id = server.item_ids()[0].clone();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("item.json");
    let path = format!("/api/v1/items/{id}");
    let r = run_on(
        &server,
        &["raw", "get", &path, "--output-file", file.to_str().unwrap()],
    );
    assert_eq!((r.code, r.out.as_str()), (0, ""), "{}", r.err);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.starts_with(r#"{"#) && !text.contains('\n'), "{text}");
    assert_eq!(json(&text)["id"], id.as_str());
    let r = run_on(
        &server,
        &["raw", "get", &path, "--output-file", "x.json", "--paginate"],
    );
    assert_eq!(r.code, 2, "{}", r.err);
}

#[test]
fn a_read_of_an_unknown_path_is_paced_as_tier_2() {
    let server = Mock::start(|_, req| {
        if req.path.contains("next=c2") {
            page(&["b"], "{}")
        } else {
            page(&["a"], r#"{"next":{"href":"/api/v1/spaces?next=c2"}}"#)
        }
    });
    let r = run_mock(
        &server,
        &[
            "raw",
            "get",
            "/api/v1/spaces",
            "--paginate",
            "-o",
            "jsonl",
            "-v",
            "--tier1-per-minute",
            "0",
            "--tier2-per-minute",
            "30",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(ids_of_lines(&r.out), ["a", "b"]);
    assert!(
        r.err
            .contains("pacer: tier 2 paced at 30 requests a minute, waiting"),
        "{}",
        r.err
    );
}

/// `--jq` on an answer that is not an object reads it whole: a filter that would read a few
/// members of an object (`type`, `has`, `not`, `.name`) sees the array, string or null.
#[test]
fn jq_on_an_answer_that_is_not_an_object_sees_it_whole() {
    for (body, expr, out) in [
        (json!([1, 2]), "type", "array\n"),
        (json!("s"), "type", "string\n"),
        (json!(null), "not", "true\n"),
        (json!([1]), r#"has(0)"#, "true\n"),
    ] {
        let server = Mock::start(move |_, _| Reply::json(200, &body));
        let r = run_mock(&server, &["raw", "get", "/api/v1/x", "--jq", expr]);
        assert_eq!(r.code, 0, "{expr}: {}", r.err);
        assert_eq!(r.out, out, "{expr}");
    }
    // `.name` of a string is jq's error, not null.
    let server = Mock::start(|_, _| Reply::json(200, &json!("s")));
    let r = run_mock(&server, &["raw", "get", "/api/v1/x", "--jq", ".name"]);
    assert_ne!(r.code, 0, "{}", r.out);
}
