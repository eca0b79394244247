//! Input refused before anything is sent exits 2; `--headers` cannot break a request; loopback is never proxied.

use qlik_emulator::Faults;
use serde_json::{Value, json};

use super::support::{self, Mock, Reply, Run};

fn run(vars: &[(&str, &str)], args: &[&str], stdin: &[u8]) -> Run {
    support::run_with(vars, args, Some(stdin))
}

/// Refused: exit 2, one short `error:` line, nothing on stdout.
fn assert_refused(r: &Run, what: &str) {
    let err = &r.err[..r.err.len().min(500)];
    assert_eq!(r.code, 2, "{what}: {err}");
    assert!(r.err.starts_with("error: "), "{what}: {err}");
    assert_eq!(r.err.lines().count(), 1, "{what}: {err}");
    assert!(
        r.err.len() < 300,
        "{what}: the error is {} bytes",
        r.err.len()
    );
    assert_eq!(r.out, "", "{what}");
}

/// A mock that accepts at most `max` connections and answers each with `status` and `body`.
fn recorder(max: usize, status: u16, body: Value) -> Mock {
    Mock::bounded(max, move |_, _| Reply::body(status, body.to_string()))
}

#[test]
fn refused_ids_values_and_bounds_exit_2_and_send_nothing() {
    let server = support::emulator(3, Faults::default());
    let env = [
        ("QLIK_SERVER", server.base_url()),
        ("QLIK_API_KEY", server.api_key()),
    ];
    // 100 kB: a single argument may not exceed 128 kB on Linux.
    let big = "a".repeat(100_000);
    let big_server = format!("http://{big}");
    let big_digits = "9".repeat(100_000);
    let mut cases: Vec<Vec<&str>> = Vec::new();
    for id in [".", "..", "", " ", big.as_str()] {
        cases.push(vec!["item", "get", id]);
        cases.push(vec!["item", "get", "ok", id]);
        cases.push(vec!["item", "collections", id]);
        cases.push(vec!["item", "publisheditems", id]);
        cases.push(vec!["item", "update", id, "--name", "x"]);
        cases.push(vec!["item", "update", id, "--name", "x", "--dry-run"]);
        cases.push(vec!["item", "rm", "ok", id, "--yes"]);
    }
    for flag in [
        "--name",
        "--query",
        "--next",
        "--prev",
        "--spaceId",
        "--resourceType",
    ] {
        cases.push(vec!["item", "ls", flag, &big]);
    }
    for flag in ["--name", "--query", "--next"] {
        cases.push(vec!["item", "collections", "x", flag, &big]);
    }
    cases.push(vec!["item", "publisheditems", "x", "--prev", &big]);
    cases.push(vec!["item", "publisheditems", "x", "--resourceType", &big]);
    cases.push(vec!["item", "ls", "--server", &big_server]);
    cases.push(vec!["item", "ls", "--server", "http://127.0.0.1:1/\n"]);
    for (flag, values) in [
        (
            "--timeout",
            &["0", "1e-300", "NaN", "inf", "86401", &big_digits][..],
        ),
        ("--interval", &["0", "1e-300", "3601", "x"][..]),
        ("--retry", &["11", "4294967296", "1.5", &big_digits][..]),
        ("--concurrency", &["0", "65", &big_digits][..]),
        ("--tier1-per-minute", &["x", &big_digits][..]),
    ] {
        for v in values {
            cases.push(vec!["item", "get", "x", flag, v]);
        }
    }
    for v in ["ten", big_digits.as_str()] {
        cases.push(vec!["item", "ls", "--limit", v]);
        cases.push(vec!["item", "rm", "x", "--yes", "--tier2-per-minute", v]);
    }
    for args in &cases {
        let r = run(&env, args, b"");
        let what: Vec<String> = args.iter().map(|a| support_cut(a)).collect();
        assert_refused(&r, &format!("{what:?}"));
    }
    // Ids from standard input are checked before the first delete.
    for stdin in [
        "a\n..\nb\n".to_string(),
        format!("a\n{}\n", "b".repeat(1 << 20)),
    ] {
        let r = run(&env, &["item", "rm", "-", "--yes"], stdin.as_bytes());
        assert_refused(&r, "rm - with a bad id on stdin");
    }
    assert!(server.requests().is_empty(), "{:?}", server.requests());

    // The messages say what was wrong, the long value cut.
    let r = run(&env, &["item", "get", ".."], b"");
    assert_eq!(
        r.err,
        "error: `..` is not an item id (`.` and `..` cannot be sent as a path segment)\n"
    );
    let r = run(&env, &["item", "collections", ""], b"");
    assert_eq!(r.err, "error: `` is not an item id\n");
    let r = run(&env, &["item", "get", &big], b"");
    assert_eq!(
        r.err,
        format!(
            "error: item id `{}…` is 100000 bytes, longer than the 1024 an id may have\n",
            "a".repeat(40)
        )
    );
    let r = run(&env, &["item", "ls", "--name", &big], b"");
    assert!(
        r.err.starts_with("error: not sent: the URL would be ")
            && r.err.contains("the `name` value alone is 100000 bytes"),
        "{}",
        &r.err[..r.err.len().min(500)]
    );
    assert!(server.requests().is_empty(), "{:?}", server.requests());
}

fn support_cut(a: &str) -> String {
    a.chars().take(30).collect()
}

#[test]
fn a_long_url_is_refused_whichever_flags_make_it() {
    // Each value is short, together they are not: the URL cap, not a per-flag one, refuses it.
    let server = support::emulator(3, Faults::default());
    let env = [
        ("QLIK_SERVER", server.base_url()),
        ("QLIK_API_KEY", server.api_key()),
    ];
    let part = "é".repeat(1500); // 3000 bytes, 9000 once percent-encoded
    let r = run(
        &env,
        &[
            "item",
            "ls",
            "--name",
            &part,
            "--query",
            &part,
            "--spaceId",
            &part,
        ],
        b"",
    );
    assert_refused(&r, "three long filters");
    assert!(r.err.contains("more than the 16384 allowed"), "{}", r.err);
    assert!(server.requests().is_empty());
    // Just under the cap is sent.
    let r = run(&env, &["item", "ls", "--name", &part], b"");
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(server.requests().len(), 1);
}

#[test]
fn one_id_with_retry_0_is_one_request() {
    let body = json!({"errors": [{"title": "Service Unavailable"}]});
    for args in [
        &["item", "get", "one", "--retry", "0"][..],
        &["item", "rm", "one", "--yes", "--retry", "0"][..],
    ] {
        let server = recorder(8, 503, body.clone());
        let r = run(
            &[("QLIK_SERVER", &server.url), ("QLIK_API_KEY", "k")],
            args,
            b"",
        );
        assert_eq!(r.code, 7, "{args:?}: {}", r.err);
        assert_eq!(
            server.requests().len(),
            1,
            "{args:?}: {:?}",
            server.requests()
        );
    }
    // Several ids: each is tried once more after the retries (here none) fail.
    let server = recorder(8, 503, body);
    let r = run(
        &[("QLIK_SERVER", &server.url), ("QLIK_API_KEY", "k")],
        &[
            "item",
            "get",
            "a",
            "b",
            "--retry",
            "0",
            "--concurrency",
            "1",
        ],
        b"",
    );
    assert_eq!(r.code, 7, "{}", r.err);
    assert_eq!(server.requests().len(), 4, "{:?}", server.requests());
}

/// The headers `--headers` refuses, as the user might spell them.
const FORBIDDEN: &[&str] = &[
    "Host",
    "content-length",
    "Transfer-Encoding",
    "CONNECTION",
    "Authorization",
    "Keep-Alive",
    "Upgrade",
    "TE",
    "Trailer",
    "Proxy-Authorization",
    "Proxy-Connection",
    "Expect",
    "Content-Encoding",
    "Accept-Encoding",
];

#[test]
fn headers_that_would_break_a_request_are_refused() {
    let server = support::emulator(3, Faults::default());
    let env = [
        ("QLIK_SERVER", server.base_url()),
        ("QLIK_API_KEY", server.api_key()),
    ];
    let id = server.item_ids()[0].clone();
    let big = format!("X-Big={}", "v".repeat(100_000));
    let mut values: Vec<String> = FORBIDDEN.iter().map(|h| format!("{h}=0")).collect();
    values.extend(
        [
            "X-A=a\r\nContent-Length: 0",
            "X-A=a\nb",
            "X-A=a\rb",
            "X A=b",
            "X-A",
            "=b",
        ]
        .map(String::from),
    );
    values.push(big);
    for v in &values {
        // A write (its body would be dropped by a forged Content-Length) and a read.
        for args in [
            &["item", "update", &id, "--name", "renamed", "--headers", v][..],
            &["item", "ls", "--header", v][..],
        ] {
            let r = run(&env, args, b"");
            assert_refused(&r, &support_cut(&format!("{v:?}")));
        }
    }
    assert!(server.requests().is_empty(), "{:?}", server.requests());
    let r = run(&env, &["item", "ls", "--headers", "Content-Length=0"], b"");
    assert_eq!(
        r.err,
        "error: --headers: `Content-Length` cannot be set: qlik sets it, as it frames the request or the connection\n"
    );

    // Other headers are sent as given.
    let rec = recorder(1, 200, json!({"usageMetricsEnabled": true}));
    let r = run(
        &[("QLIK_SERVER", &rec.url), ("QLIK_API_KEY", "k")],
        &[
            "item",
            "settings",
            "ls",
            "--headers",
            "X-Team=data",
            "--header",
            "Accept-Language: de",
        ],
        b"",
    );
    assert_eq!(r.code, 0, "{}", r.err);
    let heads = rec.requests();
    assert_eq!(heads[0].header("x-team"), Some("data"));
    assert_eq!(heads[0].header("accept-language"), Some("de"));
    assert_eq!(heads[0].header("authorization"), Some("Bearer k"));
}

#[test]
fn loopback_servers_are_never_proxied() {
    let server = support::emulator(3, Faults::default());
    let port = server.base_url().rsplit(':').next().unwrap().to_string();
    let localhost = format!("http://localhost:{port}");
    for base in [server.base_url(), localhost.as_str()] {
        for var in ["HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"] {
            // The "proxy" answers what the emulator would not: a pass through it shows.
            let proxy = recorder(4, 200, json!({"usageMetricsEnabled": false}));
            let before = server.requests().len();
            let r = run(
                &[
                    ("QLIK_SERVER", base),
                    ("QLIK_API_KEY", server.api_key()),
                    (var, &proxy.url),
                ],
                &["item", "settings", "ls", "--json"],
                b"",
            );
            assert_eq!(r.code, 0, "{base} {var}: {}", r.err);
            let v: Value = serde_json::from_str(&r.out).unwrap();
            assert_eq!(v, server.settings(), "{base} {var}");
            assert_eq!(
                proxy.connections(),
                0,
                "{base} {var} went through the proxy"
            );
            assert_eq!(server.requests().len(), before + 1, "{base} {var}");
        }
    }
}

#[test]
fn other_hosts_still_go_through_the_proxy() {
    // `qlik.invalid` never resolves: only the loopback proxy can answer, nothing leaves.
    for (var, no_proxy) in [
        ("HTTP_PROXY", None),
        ("http_proxy", None),
        ("ALL_PROXY", None),
        ("HTTP_PROXY", Some("other.invalid,127.0.0.1")),
    ] {
        let proxy = recorder(4, 200, json!({"usageMetricsEnabled": false}));
        let mut env = vec![
            ("QLIK_SERVER", "http://qlik.invalid"),
            ("QLIK_ALLOW_HTTP", "1"),
            ("QLIK_API_KEY", "k"),
            (var, proxy.url.as_str()),
        ];
        if let Some(n) = no_proxy {
            env.push(("NO_PROXY", n));
        }
        let r = run(&env, &["item", "settings", "ls", "--json"], b"");
        assert_eq!(r.code, 0, "{var} {no_proxy:?}: {}", r.err);
        assert_eq!(
            serde_json::from_str::<Value>(&r.out).unwrap(),
            json!({"usageMetricsEnabled": false})
        );
        let heads = proxy.requests();
        assert_eq!(heads.len(), 1, "{var}: {heads:?}");
        assert_eq!(
            format!("{} {}", heads[0].line(), heads[0].version),
            "GET http://qlik.invalid/api/v1/items/settings HTTP/1.1",
            "{var}"
        );
    }
}
