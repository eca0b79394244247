//! `--jq EXPR`, `--jq-json`, `--slurp`, `--arg NAME VALUE`: the embedded jq, piped and on a
//! terminal, its errors, and its results next to the real `jq`'s on the same input.

use std::io::Write;
use std::process::{Command, Stdio};

use qlik_emulator::Faults;

use crate::support::pty::Terminal;
use crate::support::{self, Mock, Reply, ok, raw_unsafe, run_at, run_on, run_with};

/// Whether the real `jq` can be run; missing, the comparison is skipped (not under CI).
fn jq_found() -> bool {
    let found = Command::new("jq")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "`jq` is needed for the comparison with the real jq"
        );
        eprintln!("skipped: `jq` is not installed");
    }
    found
}

/// The real jq with `flags` and `expr` on `input`.
fn real_jq(flags: &[&str], expr: &str, input: &str) -> String {
    let mut child = Command::new("jq")
        .args(flags)
        .arg(expr)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(
        out.status.success(),
        "jq {flags:?} {expr}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// `ours` and `jq`'s output are the same; else the first line that differs.
fn same(ours: &str, jq: &str, label: &str) {
    if ours == jq {
        return;
    }
    let (a, b): (Vec<&str>, Vec<&str>) = (ours.lines().collect(), jq.lines().collect());
    let n = (0..a.len().max(b.len()))
        .find(|&i| a.get(i) != b.get(i))
        .unwrap_or(0);
    panic!(
        "{label}: line {} differs ({} lines against jq's {}):\n  ours: {:?}\n  jq:   {:?}",
        n + 1,
        a.len(),
        b.len(),
        a.get(n),
        b.get(n)
    );
}

/// An expression, and the `--arg` pairs it takes.
const PER_ITEM: &[(&str, &[&str])] = &[
    (r#"select(.resourceType == "app") | .name"#, &[]),
    ("{id, name, t: .resourceType}", &[]),
    (".name", &[]),
    (r#""\(.name) is a \(.resourceType)""#, &[]),
    ("[.id, .name, .resourceType, .description] | @csv", &[]),
    ("[.id, .name, .resourceType] | @tsv", &[]),
    ("keys", &[]),
    ("length", &[]),
    ("[.id, .name] | map(ascii_downcase)", &[]),
    ("select(.resourceType == $t) | .id", &["t", "app"]),
    (r#""\($greeting), \(.name)""#, &["greeting", "hello"]),
];

const SLURPED: &[&str] = &[
    "group_by(.resourceType) | map({t: .[0].resourceType, n: length})",
    "length",
    "map(.name) | sort | .[0:3]",
    "[.[] | select(.description == null or .description == \"\") | .id] | length",
];

#[test]
fn results_equal_the_real_jqs_on_the_same_items() {
    if !jq_found() {
        return;
    }
    let server = support::emulator(150, Faults::default());
    let jsonl = support::ok(&server, &["item", "ls", "--all", "-o", "jsonl"]);
    assert_eq!(jsonl.lines().count(), 150);
    for (expr, args) in PER_ITEM {
        let mut jq_flags: Vec<&str> = Vec::new();
        let mut qlik: Vec<&str> = vec!["item", "ls", "--all", "--jq", expr];
        for pair in args.chunks(2) {
            jq_flags.extend(["--arg", pair[0], pair[1]]);
            qlik.extend(["--arg", pair[0], pair[1]]);
        }
        let raw = [&["-r", "-c"][..], &jq_flags].concat();
        same(
            &support::ok(&server, &qlik),
            &real_jq(&raw, expr, &jsonl),
            expr,
        );
        let compact = [&["-c"][..], &jq_flags].concat();
        qlik.push("--jq-json");
        same(
            &support::ok(&server, &qlik),
            &real_jq(&compact, expr, &jsonl),
            &format!("{expr} --jq-json"),
        );
    }
    for expr in SLURPED {
        let ours = support::ok(&server, &["item", "ls", "--all", "--slurp", "--jq", expr]);
        same(
            &ours,
            &real_jq(&["-c", "-s"], expr, &jsonl),
            &format!("{expr} --slurp"),
        );
    }
}

#[test]
fn a_listing_is_filtered_item_by_item_across_pages() {
    let server = support::emulator(250, Faults::default());
    let ids = support::ok(&server, &["item", "ls", "--all", "--jq", ".id"]);
    let mut expected = support::ok(&server, &["item", "ls", "--all", "-q"]);
    assert_eq!(ids, expected);
    assert_eq!(ids.lines().count(), 250);
    // -o json or jsonl is what --jq replaces: accepted, the same lines.
    for format in ["json", "jsonl"] {
        let out = support::ok(
            &server,
            &["item", "ls", "--all", "-o", format, "--jq", ".id"],
        );
        assert_eq!(out, ids, "-o {format}");
    }
    // A filter that prints nothing for an item prints no line for it.
    let none = support::ok(&server, &["item", "ls", "--all", "--jq", "empty"]);
    assert_eq!(none, "");
    // Several results for one item: one line each.
    let two = support::ok(&server, &["item", "ls", "--limit", "2", "--jq", ".id, .id"]);
    expected = ids
        .lines()
        .take(2)
        .flat_map(|l| [l, l])
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(two, expected);
}

#[test]
fn slurp_runs_once_over_every_page() {
    let server = support::emulator(250, Faults::default());
    let out = support::ok(
        &server,
        &["item", "ls", "--all", "--slurp", "--jq", "length"],
    );
    assert_eq!(out, "250\n");
    let out = support::ok(
        &server,
        &["item", "ls", "--limit", "3", "--slurp", "--jq", "map(.id)"],
    );
    let ids: Vec<String> = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(ids.len(), 3);
    // Without --jq, --slurp (like --jq-json and --arg) is a usage error.
    for flags in [&["--slurp"][..], &["--jq-json"], &["--arg", "a", "b"]] {
        let args = [&["item", "ls"][..], flags].concat();
        let r = run_on(&server, &args);
        assert_eq!(r.code, 2, "{flags:?}: {}", r.err);
        assert!(r.err.contains("--jq"), "{flags:?}: {}", r.err);
    }
}

#[test]
fn args_are_strings_and_repeatable() {
    let server = support::emulator(1, Faults::default());
    let out = support::ok(
        &server,
        &[
            "item",
            "ls",
            "--jq",
            "[$a, $b, ($a | type)]",
            "--arg",
            "a",
            "5",
            "--arg",
            "b",
            "x y",
        ],
    );
    assert_eq!(out, "[\"5\",\"x y\",\"string\"]\n");
}

#[test]
fn one_object_and_the_raw_body_are_filtered_too() {
    let server = support::emulator(3, Faults::default());
    let id = server.item_ids()[0].clone();
    let name = support::ok(&server, &["item", "get", &id, "--jq", ".id"]);
    assert_eq!(name, format!("{id}\n"));
    let keys = support::ok(
        &server,
        &["item", "settings", "ls", "--jq", "keys | length > 0"],
    );
    assert_eq!(keys, "true\n");
    // --raw: the filter runs on the body as received, links and all.
    let page = support::ok(&server, &["item", "ls", "--raw", "--jq", ".data | length"]);
    assert_eq!(page, "3\n");
    let links = support::ok(
        &server,
        &["item", "ls", "--raw", "--jq", ".links | has(\"self\")"],
    );
    assert_eq!(links, "true\n");
}

#[test]
fn a_syntax_error_is_exit_2_with_its_column_before_any_request() {
    let server = support::emulator(3, Faults::default());
    let r = run_on(&server, &["item", "ls", "--jq", ".name | | .id"]);
    assert_eq!(r.code, 2, "{}", r.err);
    assert_eq!(
        r.err,
        "error: --jq: syntax error, unexpected `|`, expected term at column 9 of `.name | | .id`\n"
    );
    assert_eq!(r.out, "");
    // An undefined name, a variable not passed with --arg, a bad --arg name.
    for (args, says) in [
        (
            &["--jq", ".name | nosuchfilter"][..],
            "undefined filter `nosuchfilter` at column 9",
        ),
        (&["--jq", "$who"], "(pass it with --arg who VALUE)"),
        (
            &["--jq", ".", "--arg", "a-b", "1"],
            "--arg: `a-b` is not a variable name",
        ),
        (&["--jq", "  "], "--jq: the expression is empty"),
        (&["--jq", "\"unterminated"], "--jq: syntax error"),
    ] {
        let argv = [&["item", "get", "x"][..], args].concat();
        let r = run_on(&server, &argv);
        assert_eq!(r.code, 2, "{args:?}: {}", r.err);
        assert!(r.err.contains(says), "{args:?}: {}", r.err);
        assert_eq!(r.err.lines().count(), 1, "{args:?}: {}", r.err);
    }
    // A long expression is cut in the message.
    let long = format!("{} | | .id", ".name".repeat(100));
    let r = run_on(&server, &["item", "ls", "--jq", &long]);
    assert_eq!(r.code, 2);
    assert!(r.err.contains("column 504"), "{}", r.err);
    assert!(r.err.contains("more bytes)"), "{}", r.err);
    assert!(r.err.len() < 200, "{}", r.err);
    assert!(
        support::paths(&server).is_empty(),
        "{:?}",
        support::paths(&server)
    );
    // Checked before the credentials are looked for.
    let r = run_with(&[], &["item", "ls", "--jq", "..."], None);
    assert_eq!(r.code, 2, "{}", r.err);
    assert!(r.err.starts_with("error: --jq: syntax error"), "{}", r.err);
}

#[test]
fn jq_with_another_format_or_ids_is_a_usage_error() {
    let server = support::emulator(3, Faults::default());
    for args in [
        &["-o", "table"][..],
        &["-o", "wide"],
        &["-o", "yaml"],
        &["-o", "csv"],
        &["-o", "tsv"],
        &["-o", "name"],
        &["-q"],
    ] {
        let argv = [&["item", "ls", "--jq", ".id"][..], args].concat();
        let r = run_on(&server, &argv);
        assert_eq!(r.code, 2, "{args:?}: {}", r.err);
        assert!(r.err.starts_with("error: --jq "), "{args:?}: {}", r.err);
        assert_eq!(r.out, "");
    }
    // Refused before anything is sent.
    assert!(support::paths(&server).is_empty());
    // A default format from the environment gives way to --jq.
    let r = support::run_env(
        &server,
        &["item", "ls", "--jq", ".id"],
        &[("QLIK_OUTPUT", "yaml")],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(r.out.lines().count(), 3);
    assert!(support::paths(&server).len() <= 1);
}

#[test]
fn with_fields_the_filter_runs_on_the_object_of_those_fields() {
    let server = support::emulator(5, Faults::default());
    let ids = server.item_ids();
    // As gh's `--json FIELDS --jq EXPR`: the object has the paths as keys, in the order given.
    let out = ok(
        &server,
        &[
            "item",
            "ls",
            "--fields",
            "name,id,meta.tags",
            "--jq",
            "keys_unsorted",
        ],
    );
    assert_eq!(out.lines().count(), 5, "{out}");
    assert!(
        out.lines().all(|l| l == r#"["name","id","meta.tags"]"#),
        "{out}"
    );
    let out = ok(&server, &["item", "ls", "--fields", "id", "--jq", ".id"]);
    assert_eq!(out.lines().collect::<Vec<_>>(), ids);
    // A field left out is not there for the filter.
    let out = ok(&server, &["item", "ls", "--fields", "id", "--jq", ".name"]);
    assert!(out.lines().all(|l| l == "null"), "{out}");
    // One object, and --slurp.
    let out = ok(
        &server,
        &["item", "get", &ids[0], "--fields", "id", "--jq", "."],
    );
    assert_eq!(out.trim(), format!(r#"{{"id":"{}"}}"#, ids[0]));
    let out = ok(
        &server,
        &[
            "item",
            "ls",
            "--fields",
            "id",
            "--slurp",
            "--jq",
            "map(.id) == $x",
            "--arg",
            "x",
            "y",
        ],
    );
    assert_eq!(out.trim(), "false");
    let out = ok(
        &server,
        &[
            "item",
            "ls",
            "--fields",
            "id,name",
            "--slurp",
            "--jq",
            "map(keys | length) | add",
        ],
    );
    assert_eq!(out.trim(), "10");
}

#[test]
fn a_runtime_error_names_the_item_after_the_ones_before_it_printed() {
    let server = support::emulator(5, Faults::default());
    let ids = server.item_ids();
    let listed = support::ok(&server, &["item", "ls", "--jq", ".id"]);
    let third = listed.lines().nth(2).unwrap().to_string();
    let r = run_on(
        &server,
        &[
            "item",
            "ls",
            "--jq",
            r#"if .id == $bad then error("no good") else .id end"#,
            "--arg",
            "bad",
            &third,
        ],
    );
    assert_eq!(r.code, 1, "{}", r.err);
    let before: String = listed.lines().take(2).map(|l| format!("{l}\n")).collect();
    assert_eq!(r.out, before);
    assert_eq!(r.err, format!("error: --jq on item {third}: no good\n"));
    // One object (parsed, not streamed as text) names its id the same way.
    let r = run_on(
        &server,
        &["item", "get", &ids[0], "--jq", ".name | tonumber"],
    );
    assert_eq!(r.code, 1, "{}", r.err);
    assert!(
        r.err
            .starts_with(&format!("error: --jq on item {}: ", ids[0])),
        "{}",
        r.err
    );
    assert_eq!(r.err.lines().count(), 1, "{}", r.err);
}

/// A page whose one item's name and description could drive a terminal.
fn hostile() -> Mock {
    Mock::start(|_, _| {
        Reply::json(
            200,
            &serde_json::json!({
                "data": [{
                    "id": "i1",
                    "name": "a\u{1b}]0;owned\u{7}b\u{9b}2Jc",
                    "description": "tab\there\u{202e}",
                    "resourceType": "app",
                }],
                "links": {},
            }),
        )
    })
}

#[test]
fn piped_results_are_byte_exact() {
    let mock = hostile();
    let r = run_at(&mock.url, "k", &["item", "ls", "--jq", ".name"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(r.out, "a\u{1b}]0;owned\u{7}b\u{9b}2Jc\n");
    let r = run_at(
        &mock.url,
        "k",
        &["item", "ls", "--jq", "{name}", "--jq-json"],
    );
    assert_eq!(r.out, "{\"name\":\"a\\u001b]0;owned\\u0007b\u{9b}2Jc\"}\n");
}

#[test]
fn on_a_terminal_server_text_is_escaped() {
    let mock = hostile();
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["--jq", ".name"][..],
        &["--jq", ".description"],
        &["--jq", ".name", "--jq-json"],
        &["--jq", "{name, description}"],
        &["--jq", "[.name, .description] | @tsv"],
        &["--jq", "map(.name)", "--slurp"],
    ] {
        let argv = [&["item", "ls"][..], args].concat();
        let Some(screen) = Terminal::new(dir.path(), &argv)
            .server(&mock.url, "k")
            .run()
        else {
            return;
        };
        assert_eq!(screen.code, 0, "{args:?}: {}", screen.text);
        let shown: String = screen.text.replace(['\n', '\t'], "");
        assert!(raw_unsafe(&shown).is_empty(), "{args:?}: {:?}", screen.text);
        assert!(screen.text.contains("\\u"), "{args:?}: {:?}", screen.text);
    }
    // The same on a terminal, but stdout piped on: byte-exact.
    let screen = Terminal::new(dir.path(), &["item", "ls", "--jq", ".name"])
        .server(&mock.url, "k")
        .redirect(" | od -An -c")
        .run()
        .unwrap();
    assert_eq!(screen.code, 0, "{}", screen.text);
    assert!(screen.text.contains("033"), "{}", screen.text);
}
