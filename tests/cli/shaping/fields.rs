//! `--fields`: selection and order in each format; unknown paths are null; bad lists exit 2.

use qlik_emulator::Faults;
use serde_json::{Value, json};

use crate::support::{emulator, json, ok, paths, run_on};

#[test]
fn fields_select_and_order_in_json_jsonl_and_yaml() {
    let server = emulator(5, Faults::default());
    let full = json(&ok(&server, &["item", "ls", "-o", "json"]));
    let list = "name,id,meta.tags,resourceAttributes.usage,nope";
    let want: Vec<Value> = full
        .as_array()
        .unwrap()
        .iter()
        .map(|it| {
            json!({
                "name": it["name"],
                "id": it["id"],
                "meta.tags": it["meta"]["tags"],
                "resourceAttributes.usage": it["resourceAttributes"].get("usage").cloned().unwrap_or(Value::Null),
                "nope": null,
            })
        })
        .collect();
    let got = json(&ok(
        &server,
        &["item", "ls", "--fields", list, "-o", "json"],
    ));
    assert_eq!(got, Value::Array(want.clone()));
    let text = ok(&server, &["item", "ls", "--fields", list, "-o", "jsonl"]);
    let lines: Vec<Value> = text.lines().map(json).collect();
    assert_eq!(lines, want);
    // The keys keep the order given.
    assert!(text.lines().all(|l| l.starts_with("{\"name\":")), "{text}");
    let yaml = ok(
        &server,
        &["item", "ls", "--fields", "id,name", "-o", "yaml"],
    );
    assert!(yaml.starts_with("- id: "), "{yaml}");
    assert_eq!(yaml.lines().count(), 10, "{yaml}");
}

#[test]
fn fields_shape_one_object_too() {
    let server = emulator(2, Faults::default());
    let id = ok(&server, &["item", "ls", "-q"])
        .lines()
        .next()
        .unwrap()
        .to_string();
    let got = json(&ok(
        &server,
        &["item", "get", &id, "--fields", "id,meta.isFavorited,x.y"],
    ));
    assert_eq!(
        serde_json::to_string(&got).unwrap(),
        format!(r#"{{"id":"{id}","meta.isFavorited":false,"x.y":null}}"#)
    );
}

#[test]
fn the_table_shows_the_fields_headed_by_their_paths() {
    let server = emulator(3, Faults::default());
    let out = ok(
        &server,
        &["item", "ls", "--fields", "id,meta.tags,name", "-o", "table"],
    );
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    assert!(
        lines[0].starts_with("ID ")
            && lines[0].contains("  META.TAGS  ")
            && lines[0].ends_with("NAME"),
        "{out}"
    );
    let bare = ok(
        &server,
        &[
            "item",
            "ls",
            "--fields",
            "id,name",
            "-o",
            "table",
            "--no-headers",
        ],
    );
    assert_eq!(bare.lines().count(), 3, "{bare}");
    assert!(!bare.contains("NAME"), "{bare}");
    // --no-headers applies to the default table as well.
    let plain = ok(&server, &["item", "ls", "-o", "wide", "--no-headers"]);
    assert_eq!(plain.lines().count(), 3, "{plain}");
    assert!(!plain.contains("UPDATED"), "{plain}");
}

#[test]
fn bad_field_lists_are_refused_before_anything_is_sent() {
    let server = emulator(1, Faults::default());
    // The last two would drive a terminal, or span lines, if echoed as given.
    for bad in [
        "",
        "a,,b",
        ".x",
        "a..b",
        "name.",
        ",",
        "x\u{1b}[2J,,y",
        "a\nb..c",
    ] {
        let run = run_on(&server, &["item", "ls", "--fields", bad, "-o", "csv"]);
        assert_eq!(run.code, 2, "{bad:?}: {}", run.err);
        assert!(run.out.is_empty(), "{bad:?}: {}", run.out);
        assert!(
            run.err.starts_with("error: --fields"),
            "{bad:?}: {}",
            run.err
        );
        assert_eq!(run.err.lines().count(), 1, "{bad:?}: {}", run.err);
        assert!(!run.err.contains('\u{1b}'), "{bad:?}: {}", run.err);
    }
    let run = run_on(&server, &["profile", "ls", "--fields", "a..b"]);
    assert_eq!(run.code, 2, "{}", run.err);
    assert!(paths(&server).is_empty(), "{:?}", paths(&server));
}
