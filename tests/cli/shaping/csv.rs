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
