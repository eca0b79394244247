//! `-o csv` and `-o tsv`, read back by Python's `csv` module and by `awk`; `-o name`.

use std::io::Write;
use std::process::{Command, Stdio};

use qlik_emulator::Faults;
use serde_json::Value;

use super::have;
use crate::support::{emulator, json, ok};

const COLUMNS: [&str; 7] = [
    "id",
    "name",
    "resourceType",
    "resourceSubType",
    "spaceId",
    "ownerId",
    "updatedAt",
];

/// What a cell of `v`'s field should read: strings as they are, null and missing as empty.
fn cell(v: &Value, key: &str) -> String {
    match v.get(key) {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

fn expected_rows(items: &Value) -> Vec<Vec<String>> {
    let mut rows = vec![COLUMNS.iter().map(|c| c.to_string()).collect::<Vec<_>>()];
    for it in items.as_array().unwrap() {
        rows.push(COLUMNS.iter().map(|c| cell(it, c)).collect());
    }
    rows
}

fn pipe(program: &str, args: &[&str], input: &str) -> String {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{program} failed");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn csv_reads_back_with_pythons_csv_module() {
    if !have("python3") {
        return;
    }
    let server = emulator(250, Faults::default());
    let items = json(&ok(&server, &["item", "ls", "--all", "-o", "json"]));
    let csv = ok(&server, &["item", "ls", "--all", "-o", "csv"]);
    let read = pipe(
        "python3",
        &[
            "-c",
            "import csv, io, json, sys; print(json.dumps(list(csv.reader(io.TextIOWrapper(sys.stdin.buffer, encoding='utf-8', newline='')))))",
        ],
        &csv,
    );
    let rows: Vec<Vec<String>> = serde_json::from_str(&read).unwrap();
    assert_eq!(rows.len(), 251);
    assert_eq!(rows, expected_rows(&items));
}

#[test]
fn tsv_reads_back_with_awk() {
    if !have("awk") {
        return;
    }
    let server = emulator(250, Faults::default());
    let items = json(&ok(&server, &["item", "ls", "--all", "-o", "json"]));
    let tsv = ok(&server, &["item", "ls", "--all", "-o", "tsv"]);
    // awk splits on tabs alone: every line has the 7 columns, and the fields are the JSON's.
    let read = pipe(
        "awk",
        &[
            "-F\t",
            "{ if (NF != 7) { print \"bad line \" NR; exit 1 } print $1 \"|\" $2 \"|\" $7 }",
        ],
        &tsv,
    );
    let want: String = expected_rows(&items)
        .iter()
        .map(|r| format!("{}|{}|{}\n", r[0], r[1].replace('\\', "\\\\"), r[6]))
        .collect();
    assert_eq!(read, want);
}

#[test]
fn objects_print_one_row_and_nested_values_are_compact_json() {
    let server = emulator(3, Faults::default());
    let id = ok(&server, &["item", "ls", "-q"])
        .lines()
        .next()
        .unwrap()
        .to_string();
    let item = json(&ok(&server, &["item", "get", &id]));
    let out = ok(
        &server,
        &["item", "get", &id, "-o", "csv", "--fields", "id,meta.tags"],
    );
    let tags = serde_json::to_string(&item["meta"]["tags"]).unwrap();
    let quoted = if tags.contains(['"', ',']) {
        format!("\"{}\"", tags.replace('"', "\"\""))
    } else {
        tags
    };
    assert_eq!(out, format!("id,meta.tags\r\n{id},{quoted}\r\n"));
    let settings = ok(&server, &["item", "settings", "ls", "-o", "tsv"]);
    assert_eq!(settings.lines().count(), 2, "{settings}");
    assert!(settings.starts_with("usageMetricsEnabled"), "{settings}");
    let bare = ok(
        &server,
        &[
            "item",
            "get",
            &id,
            "-o",
            "tsv",
            "--no-headers",
            "--fields",
            "id",
        ],
    );
    assert_eq!(bare, format!("{id}\n"));
}

#[test]
fn name_prints_the_kind_and_id() {
    let server = emulator(4, Faults::default());
    let ids = ok(&server, &["item", "ls", "-q"]);
    let names = ok(&server, &["item", "ls", "-o", "name"]);
    let want: String = ids.lines().map(|i| format!("item/{i}\n")).collect();
    assert_eq!(names, want);
    let first = ids.lines().next().unwrap();
    let colls = json(&ok(&server, &["item", "collections", first, "-o", "json"]));
    let want: String = colls
        .as_array()
        .unwrap()
        .iter()
        .map(|c| format!("collection/{}\n", c["id"].as_str().unwrap()))
        .collect();
    assert_eq!(
        ok(&server, &["item", "collections", first, "-o", "name"]),
        want
    );
}

/// A listing of one item whose name would drive a terminal.
fn hostile_listing() -> crate::support::Mock {
    use crate::support::{Mock, Reply};
    Mock::start(|_, _| {
        Reply::json(
            200,
            &serde_json::json!({
                "data": [{"id": "a1", "name": "x\u{1b}[2J\u{9b}31m\u{7}y", "resourceType": "app"}],
                "links": {}
            }),
        )
    })
}

#[test]
fn on_a_terminal_server_text_cannot_drive_it() {
    use crate::support::pty::Terminal;
    let mock = hostile_listing();
    for format in ["csv", "tsv"] {
        let dir = tempfile::tempdir().unwrap();
        let Some(screen) = Terminal::new(dir.path(), &["item", "ls", "-o", format])
            .server(&mock.url, "k")
            .run()
        else {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "script is missing, and CI=true"
            );
            return;
        };
        assert_eq!(screen.code, 0, "{}", screen.text);
        let text = String::from_utf8_lossy(&screen.bytes);
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{9b}') && !text.contains('\u{7}'),
            "{format}: {text:?}"
        );
        assert!(text.contains("a1"), "{format}: {text:?}");
    }
}

#[test]
fn piped_csv_is_byte_exact() {
    use crate::support::run_at;
    let mock = hostile_listing();
    let run = run_at(
        &mock.url,
        "k",
        &["item", "ls", "-o", "csv", "--fields", "id,name"],
    );
    assert_eq!(run.code, 0, "{}", run.err);
    assert_eq!(run.out, "id,name\r\na1,x\u{1b}[2J\u{9b}31m\u{7}y\r\n");
}

#[test]
fn profiles_print_as_csv() {
    let dir = tempfile::tempdir().unwrap();
    crate::support::add_profile(
        dir.path(),
        "prod",
        "https://acme.eu.qlikcloud.com",
        "secret-key-1",
    );
    let run = crate::support::run_in(dir.path(), &[], &["profile", "ls", "-o", "csv"], None);
    assert_eq!(run.code, 0, "{}", run.err);
    assert_eq!(
        run.out,
        "name,server,default\r\nprod,https://acme.eu.qlikcloud.com,true\r\n"
    );
    let run = crate::support::run_in(dir.path(), &[], &["profile", "ls", "-o", "name"], None);
    assert_eq!(run.out, "profile/prod\n");
}

/// `rm -o csv|tsv|name` prints what happened to each id, in the result's own columns.
#[test]
fn rm_results_print_their_own_columns() {
    let server = emulator(3, Faults::default());
    let ids = ok(&server, &["item", "ls", "-q"]);
    let first = ids.lines().next().unwrap().to_string();
    let r = crate::support::run_env(
        &server,
        &["item", "rm", &first, "nope", "--yes", "-o", "csv"],
        &[],
    );
    assert_eq!(r.code, 6, "{}", r.err);
    let lines: Vec<&str> = r.out.lines().collect();
    assert_eq!(lines[0], "id,status,httpStatus,error", "{}", r.out);
    assert_eq!(lines[1], format!("{first},deleted,,"), "{}", r.out);
    assert!(
        lines[2].starts_with("nope,not found,404,\"Not found: "),
        "{}",
        r.out
    );
    assert_eq!(lines.len(), 3, "{}", r.out);
    let second = ids.lines().nth(1).unwrap().to_string();
    let r = crate::support::run_env(
        &server,
        &["item", "rm", &second, "--yes", "-o", "name"],
        &[],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(r.out, format!("item/{second}\n"));
}

/// `-o name` of an id that would drive a terminal: escaped on one, the bytes as sent piped.
#[test]
fn name_on_a_terminal_is_escaped_and_piped_is_exact() {
    use crate::support::pty::Terminal;
    use crate::support::{Mock, Reply, run_at};
    let mock = Mock::start(|_, _| {
        Reply::json(
            200,
            &serde_json::json!({"data": [{"id": "b\u{1b}]0;t\u{7}2", "name": "n"}], "links": {}}),
        )
    });
    let run = run_at(&mock.url, "k", &["item", "ls", "-o", "name"]);
    assert_eq!(run.code, 0, "{}", run.err);
    assert_eq!(run.out, "item/b\u{1b}]0;t\u{7}2\n");
    let dir = tempfile::tempdir().unwrap();
    let Some(screen) = Terminal::new(dir.path(), &["item", "ls", "-o", "name"])
        .server(&mock.url, "k")
        .run()
    else {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "script is missing, and CI=true"
        );
        return;
    };
    assert_eq!(screen.code, 0, "{}", screen.text);
    let text = String::from_utf8_lossy(&screen.bytes);
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{7}'),
        "{text:?}"
    );
    assert!(text.contains("item/b\\u{1b}]0;t\\u{7}2"), "{text:?}");
}

/// The separated formats and `name` are also defaults from `QLIK_OUTPUT`, which `-o` beats.
#[test]
fn qlik_output_may_name_csv_tsv_or_name() {
    let server = emulator(2, Faults::default());
    let first = ok(&server, &["item", "ls", "-q"])
        .lines()
        .next()
        .unwrap()
        .to_string();
    let env = |format: &str| {
        crate::support::run_env(&server, &["item", "ls"], &[("QLIK_OUTPUT", format)])
    };
    assert!(
        env("csv")
            .out
            .starts_with(&format!("{}\r\n", COLUMNS.join(",")))
    );
    assert!(
        env("tsv")
            .out
            .starts_with(&format!("{}\n", COLUMNS.join("\t")))
    );
    assert!(env("name").out.starts_with(&format!("item/{first}\n")));
    let beaten = crate::support::run_env(&server, &["item", "ls", "-q"], &[("QLIK_OUTPUT", "csv")]);
    assert!(
        beaten.out.starts_with(&format!("{first}\n")),
        "{}",
        beaten.out
    );
}
