//! `qlik item …` end to end: the real binary, a cleared environment and a temporary config
//! directory, against the bundled emulator on an ephemeral port.

use crate::support;

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use qlik_emulator::{BackgroundServer, Config, Faults};
use serde_json::Value;
use support::{json, ok, paths, qlik, run_env, run_on};

fn emulator(items: usize) -> BackgroundServer {
    support::emulator(items, Faults::default())
}

fn ids_of(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_string())
        .collect()
}

fn lines(s: &str) -> Vec<String> {
    s.lines().map(str::to_string).collect()
}

// ---------------------------------------------------------------- ls and paging

#[test]
fn ls_all_over_1000_items_returns_exactly_the_emulators_ids() {
    let server = emulator(1000);
    let out = ok(&server, &["item", "ls", "--all", "-q"]);
    assert_eq!(lines(&out), server.item_ids());
    assert_eq!(server.requests().len(), 10);
    let out = ok(&server, &["item", "ls", "--all", "-o", "jsonl"]);
    let ids: Vec<String> = out
        .lines()
        .map(|l| json(l)["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, server.item_ids());
}

#[test]
fn ls_without_limit_shows_one_page_and_says_more_exist() {
    let server = emulator(250);
    let r = run_on(&server, &["item", "ls"]);
    assert_eq!(r.code, 0, "{}", r.err);
    let v = json(&r.out);
    assert_eq!(ids_of(&v), server.item_ids()[..100].to_vec());
    assert_eq!(paths(&server), ["/api/v1/items?limit=100"]);
    assert!(
        r.err
            .starts_with("note: showing the first 100 items; more exist."),
        "{}",
        r.err
    );
    assert!(
        r.err.contains("--all") && r.err.contains(", or --next "),
        "{}",
        r.err
    );
    assert_eq!(r.err.lines().count(), 1);

    // Fewer than a page: no note.
    let small = emulator(20);
    let r = run_on(&small, &["item", "ls", "-q"]);
    assert_eq!(r.code, 0);
    assert_eq!(lines(&r.out), small.item_ids());
    assert_eq!(r.err, "");
}

#[test]
fn ls_limit_is_a_total_fetched_in_pages_of_100() {
    let server = emulator(400);
    let out = ok(&server, &["item", "ls", "--limit", "150", "-q"]);
    assert_eq!(lines(&out), server.item_ids()[..150].to_vec());
    let p = paths(&server);
    assert_eq!(p.len(), 2);
    assert_eq!(p[0], "/api/v1/items?limit=100");
    assert!(p[1].contains("limit=50") && p[1].contains("next="), "{p:?}");

    let out = ok(&server, &["item", "ls", "--limit", "7", "-q"]);
    assert_eq!(lines(&out), server.item_ids()[..7].to_vec());
    assert_eq!(paths(&server)[2], "/api/v1/items?limit=7");
}

#[test]
fn ls_next_and_prev_start_from_a_cursor_and_raw_prints_the_body() {
    let server = emulator(30);
    let raw = ok(&server, &["item", "ls", "--limit", "10", "--raw"]);
    let body = json(&raw);
    assert_eq!(ids_of(&body["data"]), server.item_ids()[..10].to_vec());
    let next_href = body["links"]["next"]["href"].as_str().unwrap();
    let cursor = url_param(next_href, "next");

    let out = ok(
        &server,
        &["item", "ls", "--next", &cursor, "--limit", "10", "-q"],
    );
    assert_eq!(lines(&out), server.item_ids()[10..20].to_vec());

    let raw2 = ok(
        &server,
        &["item", "ls", "--next", &cursor, "--limit", "10", "--raw"],
    );
    let prev_href = json(&raw2)["links"]["prev"]["href"]
        .as_str()
        .unwrap()
        .to_string();
    let prev = url_param(&prev_href, "prev");
    let out = ok(
        &server,
        &["item", "ls", "--prev", &prev, "--limit", "10", "-q"],
    );
    assert_eq!(lines(&out), server.item_ids()[..10].to_vec());

    // --next with --all goes on to the end.
    let out = ok(&server, &["item", "ls", "--next", &cursor, "--all", "-q"]);
    assert_eq!(lines(&out), server.item_ids()[10..].to_vec());
}

fn url_param(href: &str, name: &str) -> String {
    let q = href.split_once('?').unwrap().1;
    url::form_urlencoded::parse(q.as_bytes())
        .find(|(k, _)| k == name)
        .unwrap()
        .1
        .into_owned()
}

#[test]
fn ls_sends_every_filter_flag_camel_and_kebab() {
    let server = emulator(5);
    let flags: &[(&str, &str, &str, &str)] = &[
        // (camelCase flag, kebab alias, value, expected query pair)
        ("--collectionId", "--collection-id", "c1", "collectionId=c1"),
        (
            "--createdByUserId",
            "--created-by-user-id",
            "u1",
            "createdByUserId=u1",
        ),
        ("--id", "--id", "i1", "id=i1"),
        ("--name", "--name", "sales q", "name=sales%20q"),
        (
            "--notCreatedByUserId",
            "--not-created-by-user-id",
            "u2",
            "notCreatedByUserId=u2",
        ),
        ("--notOwnerId", "--not-owner-id", "u3", "notOwnerId=u3"),
        ("--ownerId", "--owner-id", "u4", "ownerId=u4"),
        ("--query", "--query", "q", "query=q"),
        (
            "--resourceSubType",
            "--resource-sub-type",
            "qvd",
            "resourceSubType=qvd",
        ),
        (
            "--resourceType",
            "--resource-type",
            "app,qvapp",
            "resourceType=app%2Cqvapp",
        ),
        ("--sort", "--sort", "+name", "sort=%2Bname"),
        ("--spaceId", "--space-id", "personal", "spaceId=personal"),
        (
            "--spaceType",
            "--space-type",
            "shared,personal",
            "spaceType=shared%2Cpersonal",
        ),
    ];
    for (i, (camel, kebab, value, pair)) in flags.iter().enumerate() {
        for flag in [camel, kebab] {
            let args = ["item", "ls", "-q", flag, value];
            let r = run_on(&server, &args);
            assert_eq!(r.code, 0, "{args:?}: {}", r.err);
            let last = paths(&server).pop().unwrap();
            assert!(last.contains(pair), "{flag}: {last}");
        }
        let _ = i;
    }
    for (flags, pair) in [
        (vec!["--noActions"], "noActions=true"),
        (vec!["--no-actions"], "noActions=true"),
        (
            vec!["--resourceType", "app", "--resourceId", "r1"],
            "resourceId=r1",
        ),
        (
            vec!["--resource-type", "app", "--resource-ids", "r1,r2"],
            "resourceIds=r1%2Cr2",
        ),
        (
            vec![
                "--resourceType",
                "genericlink",
                "--resource-link",
                "https://x/y",
            ],
            "resourceLink=https%3A%2F%2Fx%2Fy",
        ),
        (vec!["--shared"], "shared=true"),
        (vec!["--shared", "false"], "shared=false"),
        (
            vec!["--resourceType", "app[qvd,]"],
            "resourceType=app%5Bqvd%2C%5D",
        ),
    ] {
        let mut args = vec!["item", "ls", "-q"];
        args.extend(flags.iter().copied());
        let r = run_on(&server, &args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.err);
        let last = paths(&server).pop().unwrap();
        assert!(last.contains(pair), "{args:?}: {last}");
    }
    // Filters do filter: the emulator answers only matching items.
    let app_ids: Vec<String> = server
        .item_ids()
        .into_iter()
        .filter(|id| server.item(id).unwrap()["resourceType"] == "app")
        .collect();
    let out = ok(&server, &["item", "ls", "--resourceType", "app", "-q"]);
    assert_eq!(lines(&out), app_ids);
}

#[test]
fn list_alias_and_hidden_shared() {
    let server = emulator(3);
    assert_eq!(
        lines(&ok(&server, &["item", "list", "-q"])),
        server.item_ids()
    );
    let help = ok(&server, &["item", "ls", "--help"]);
    assert!(!help.contains("--shared"), "deprecated --shared is hidden");
    assert!(help.contains("--resourceType") && help.contains("--resource-type"));
    assert!(help.contains("Examples:"));
}

#[test]
fn unknown_resource_type_warns_and_sends() {
    let server = emulator(5);
    let r = run_on(&server, &["item", "ls", "--resourceType", "hologram", "-q"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(
        r.err.contains("warning: `hologram` is not a resourceType"),
        "{}",
        r.err
    );
    assert_eq!(paths(&server).len(), 1);
    assert!(paths(&server)[0].contains("resourceType=hologram"));
}

// ---------------------------------------------------------------- validation

#[test]
fn validation_errors_exit_2_with_one_line_and_send_nothing() {
    let server = emulator(5);
    let many_ids = (0..101)
        .map(|i| format!("r{i}"))
        .collect::<Vec<_>>()
        .join(",");
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["item", "ls", "--limit", "0"],
            "--limit must be at least 1",
        ),
        (
            vec!["item", "ls", "--limit", "-3"],
            "--limit must be at least 1",
        ),
        (
            vec!["item", "ls", "--next", "a", "--prev", "b"],
            "--next and --prev",
        ),
        (
            vec!["item", "ls", "--resourceId", "r"],
            "--resourceId needs --resourceType",
        ),
        (
            vec!["item", "ls", "--resourceIds", "r"],
            "--resourceIds needs --resourceType",
        ),
        (
            vec!["item", "ls", "--resourceLink", "https://x"],
            "--resourceLink needs --resourceType",
        ),
        (
            vec![
                "item",
                "ls",
                "--resourceType",
                "app",
                "--resourceId",
                "r",
                "--resourceLink",
                "https://x",
            ],
            "--resourceId and --resourceLink cannot be used together",
        ),
        (
            vec![
                "item",
                "ls",
                "--resourceType",
                "app",
                "--resourceIds",
                &many_ids,
            ],
            "at most 100 ids, not 101",
        ),
        (
            vec![
                "item",
                "ls",
                "--resourceType",
                "app[qvd]",
                "--resourceSubType",
                "qvd",
            ],
            "--resourceSubType cannot be used with the bracket syntax",
        ),
        (
            vec!["item", "ls", "--resourceType", "app[qvd"],
            "is malformed",
        ),
        (vec!["item", "ls", "--resourceType", "app]"], "is malformed"),
        (vec!["item", "ls", "--resourceType", "app,"], "is malformed"),
        (
            vec!["item", "ls", "--resourceType", "[qvd]"],
            "is malformed",
        ),
        (
            vec!["item", "ls", "--sort", "size"],
            "--sort `size` is not one of",
        ),
        (
            vec!["item", "ls", "--sort", "+size"],
            "--sort `+size` is not one of",
        ),
        (
            vec!["item", "ls", "--spaceType", "team"],
            "--spaceType `team` is not one of",
        ),
        (
            vec!["item", "ls", "--spaceType", "shared,"],
            "has an empty entry",
        ),
        (
            vec!["item", "collections", "x", "--type", "secret"],
            "--type `secret` is not one of",
        ),
        (
            vec!["item", "collections", "x", "--sort", "+recentlyUsed"],
            "not one of",
        ),
        (
            vec!["item", "collections", "x", "--limit", "0"],
            "--limit must be at least 1",
        ),
        (
            vec!["item", "publisheditems", "x", "--sort", "-recentlyUsed"],
            "not one of",
        ),
        (
            vec!["item", "publisheditems", "x", "--resourceType", "app,qvapp"],
            "one type",
        ),
        (
            vec!["item", "publisheditems", "x", "--next", "a", "--prev", "b"],
            "--next and --prev",
        ),
        (vec!["item", "get", ""], "is not an item id"),
        (
            vec!["item", "ls", "--raw", "--all"],
            "--raw prints one response",
        ),
        (
            vec!["item", "ls", "--raw", "--limit", "101"],
            "--raw prints one response",
        ),
        (vec!["item", "ls", "--timeout", "0"], "--timeout must be"),
        (vec!["item", "ls", "--interval", "0"], "--interval must be"),
    ];
    for (args, message) in cases {
        let r = run_on(&server, &args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.err);
        assert_eq!(r.err.lines().count(), 1, "{args:?}: {}", r.err);
        assert!(r.err.starts_with("error: "), "{args:?}: {}", r.err);
        assert!(r.err.contains(message), "{args:?}: {}", r.err);
        assert_eq!(r.out, "");
    }
    // clap's own usage errors are exit 2 as well.
    for args in [
        vec!["item", "ls", "--limit", "5", "--all"],
        vec!["item", "ls", "--bogus"],
        vec!["item", "ls", "-o", "xml"],
        vec!["item", "ls", "--retry", "11"],
        vec!["item", "get"],
        vec!["item", "ls", "--quiet", "--raw"],
    ] {
        let r = run_on(&server, &args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.err);
    }
    assert!(server.requests().is_empty(), "{:?}", paths(&server));
}

// ---------------------------------------------------------------- get

#[test]
fn get_prints_the_item_whole() {
    let server = emulator(5);
    let id = server.item_ids()[2].clone();
    let out = ok(&server, &["item", "get", &id, "--json"]);
    assert_eq!(json(&out), server.item(&id).unwrap());
    // Field order is the service's.
    let keys: Vec<String> = json(&out).as_object().unwrap().keys().cloned().collect();
    let want: Vec<String> = server
        .item(&id)
        .unwrap()
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    assert_eq!(keys, want);
    assert_eq!(ok(&server, &["item", "get", &id, "-q"]), format!("{id}\n"));
    let raw = ok(&server, &["item", "get", &id, "--raw"]);
    assert_eq!(json(&raw), server.item(&id).unwrap());
}

#[test]
fn get_several_ids_keeps_their_order() {
    let server = emulator(6);
    let ids = server.item_ids();
    let want = [ids[4].clone(), ids[0].clone(), ids[2].clone()];
    let out = ok(
        &server,
        &["item", "get", &want[0], &want[1], &want[2], "--json"],
    );
    let v = json(&out);
    assert_eq!(ids_of(&v), want.to_vec());
    for (item, id) in v.as_array().unwrap().iter().zip(&want) {
        assert_eq!(item, &server.item(id).unwrap());
    }
    let out = ok(&server, &["item", "get", &want[0], &want[1], "-o", "jsonl"]);
    assert_eq!(out.lines().count(), 2);
}

#[test]
fn get_good_and_bad_is_a_partial_failure_exit_6() {
    let server = emulator(3);
    let good = server.item_ids()[0].clone();
    let r = run_on(&server, &["item", "get", &good, "no-such-item", "-q"]);
    assert_eq!(r.code, 6, "{}", r.err);
    assert_eq!(r.out, format!("{good}\n"));
    assert!(r.err.starts_with("error: no-such-item: "), "{}", r.err);
    assert!(r.err.contains("(HTTP 404, trace "), "{}", r.err);
}

#[test]
fn unknown_id_is_exit_3() {
    let server = emulator(3);
    let r = run_on(&server, &["item", "get", "no-such-item"]);
    assert_eq!(r.code, 3);
    assert_eq!(r.out, "");
    assert_eq!(r.err.lines().count(), 1, "{}", r.err);
    assert!(r.err.starts_with("error: "), "{}", r.err);
    assert!(r.err.contains("(HTTP 404, trace "), "{}", r.err);
    // Several ids, all missing: still "not found".
    let r = run_on(&server, &["item", "get", "nope-1", "nope-2"]);
    assert_eq!(r.code, 3, "{}", r.err);
    for cmd in ["collections", "publisheditems"] {
        let r = run_on(&server, &["item", cmd, "no-such-item"]);
        assert_eq!(r.code, 3, "{cmd}: {}", r.err);
    }
}

// ---------------------------------------------------------------- collections, publisheditems, settings

#[test]
fn collections_of_an_item() {
    let server = emulator(60);
    let (id, item) = server
        .item_ids()
        .into_iter()
        .map(|id| {
            let item = server.item(&id).unwrap();
            (id, item)
        })
        .find(|(_, item)| {
            item["collectionIds"]
                .as_array()
                .is_some_and(|c| !c.is_empty())
        })
        .expect("an item in a collection");
    let mut want: Vec<String> = item["collectionIds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_string())
        .collect();
    want.sort();
    let v = json(&ok(
        &server,
        &["item", "collections", &id, "--all", "--json"],
    ));
    let mut got = ids_of(&v);
    got.sort();
    assert_eq!(got, want);
    let table = ok(&server, &["item", "collections", &id, "-o", "table"]);
    assert!(table.starts_with("ID"), "{table}");
    assert!(table.lines().next().unwrap().contains("ITEMS"), "{table}");
    assert_eq!(table.lines().count(), want.len() + 1);
    let last = paths(&server).pop().unwrap();
    assert!(
        last.starts_with(&format!("/api/v1/items/{id}/collections?")),
        "{last}"
    );
    // Filters reach the wire.
    ok(
        &server,
        &[
            "item",
            "collections",
            &id,
            "--type",
            "public",
            "--sort",
            "-name",
            "--name",
            "n",
            "--query",
            "q",
            "--limit",
            "3",
        ],
    );
    let last = paths(&server).pop().unwrap();
    for pair in ["type=public", "sort=-name", "name=n", "query=q", "limit=3"] {
        assert!(last.contains(pair), "{pair}: {last}");
    }
}

#[test]
fn publisheditems_of_an_item() {
    let server = emulator(200);
    let id = server.item_ids()[0].clone();
    let r = run_on(&server, &["item", "publisheditems", &id, "--all", "--json"]);
    assert_eq!(r.code, 0, "{}", r.err);
    let v = json(&r.out);
    assert!(
        !v.as_array().unwrap().is_empty(),
        "the first item has published copies"
    );
    for entry in v.as_array().unwrap() {
        // Shown whole: every field of the item, plus whatever else the service sends.
        let pid = entry["id"].as_str().unwrap();
        for (k, want) in server.item(pid).unwrap().as_object().unwrap() {
            assert_eq!(&entry[k], want, "{pid}: {k}");
        }
    }
    ok(
        &server,
        &[
            "item",
            "publisheditems",
            &id,
            "--resourceType",
            "app",
            "--sort",
            "+updatedAt",
            "--limit",
            "5",
        ],
    );
    let last = paths(&server).pop().unwrap();
    assert!(
        last.starts_with(&format!("/api/v1/items/{id}/publisheditems?")),
        "{last}"
    );
    for pair in ["resourceType=app", "sort=%2BupdatedAt", "limit=5"] {
        assert!(last.contains(pair), "{pair}: {last}");
    }
}

#[test]
fn settings_ls_in_every_format() {
    let server = emulator(1);
    assert_eq!(
        json(&ok(&server, &["item", "settings", "ls"])),
        server.settings()
    );
    assert_eq!(
        json(&ok(&server, &["item", "settings", "ls", "--raw"])),
        server.settings()
    );
    assert_eq!(
        json(&ok(&server, &["item", "settings", "list", "-o", "jsonl"])),
        server.settings()
    );
    let yaml = ok(&server, &["item", "settings", "ls", "-o", "yaml"]);
    let back: Value = serde_saphyr::from_str(&yaml).unwrap();
    assert_eq!(back, server.settings());
    let table = ok(&server, &["item", "settings", "ls", "-o", "table"]);
    let enabled = server.settings()["usageMetricsEnabled"].to_string();
    assert_eq!(
        lines(&table),
        [
            "SETTING              VALUE".to_string(),
            format!("usageMetricsEnabled  {enabled}")
        ]
    );
    assert_eq!(paths(&server), vec!["/api/v1/items/settings"; 5]);
}

// ---------------------------------------------------------------- output formats

#[test]
fn json_is_the_default_when_piped_and_table_on_a_terminal() {
    let server = emulator(4);
    let piped = ok(&server, &["item", "ls"]);
    assert_eq!(ids_of(&json(&piped)), server.item_ids());
    let tty = run_env(
        &server,
        &["item", "ls"],
        &[("QLIK_FORCE_TTY", "1"), ("COLUMNS", "200")],
    );
    assert_eq!(tty.code, 0);
    assert!(tty.out.starts_with("ID "), "{}", tty.out);
    // QLIK_OUTPUT changes the default; flags beat it.
    let y = run_env(&server, &["item", "ls"], &[("QLIK_OUTPUT", "yaml")]);
    assert!(y.out.starts_with("- id: "), "{}", y.out);
    let j = run_env(
        &server,
        &["item", "ls", "--json"],
        &[("QLIK_OUTPUT", "yaml")],
    );
    assert_eq!(ids_of(&json(&j.out)), server.item_ids());
    let l = run_env(
        &server,
        &["item", "ls", "-o", "jsonl"],
        &[("QLIK_OUTPUT", "table")],
    );
    assert_eq!(l.out.lines().count(), 4);
    let bad = run_env(&server, &["item", "ls"], &[("QLIK_OUTPUT", "xml")]);
    assert_eq!(bad.code, 2, "{}", bad.err);
}

#[test]
fn json_jsonl_yaml_show_whole_objects() {
    let server = emulator(12);
    let all: Vec<Value> = server
        .item_ids()
        .iter()
        .map(|id| server.item(id).unwrap())
        .collect();
    let v = json(&ok(&server, &["item", "ls", "-o", "json"]));
    assert_eq!(v, Value::Array(all.clone()));
    let jl: Vec<Value> = ok(&server, &["item", "ls", "-o", "jsonl"])
        .lines()
        .map(json)
        .collect();
    assert_eq!(jl, all);
    let yaml = ok(&server, &["item", "ls", "-o", "yaml"]);
    let back: Value = serde_saphyr::from_str(&yaml).unwrap();
    assert_eq!(back, Value::Array(all));
    // Timestamps stay strings for YAML 1.1 readers.
    assert!(yaml.contains("createdAt: \"20"), "{yaml}");
    let empty = emulator(0);
    assert_eq!(ok(&empty, &["item", "ls", "-o", "json"]), "[]\n");
    assert_eq!(ok(&empty, &["item", "ls", "-o", "yaml"]), "[]\n");
    assert_eq!(ok(&empty, &["item", "ls", "-o", "jsonl"]), "");
}

#[test]
fn tables_fit_a_terminal_and_are_never_cut_when_piped() {
    let server = emulator(30);
    let piped = ok(&server, &["item", "ls", "-o", "table"]);
    let rows = lines(&piped);
    assert_eq!(rows.len(), 31);
    assert_eq!(
        rows[0].split_whitespace().collect::<Vec<_>>(),
        ["ID", "NAME", "TYPE", "SPACE", "OWNER", "UPDATED"]
    );
    for id in server.item_ids() {
        let item = server.item(&id).unwrap();
        let row = rows.iter().find(|r| r.starts_with(&id)).unwrap();
        assert!(row.contains(item["name"].as_str().unwrap()), "{row}");
        assert!(row.contains(item["updatedAt"].as_str().unwrap()), "{row}");
        let mut ty = item["resourceType"].as_str().unwrap().to_string();
        if let Some(sub) = item["resourceSubType"].as_str().filter(|s| !s.is_empty()) {
            ty = format!("{ty}/{sub}");
        }
        assert!(row.contains(&ty), "{row}");
    }
    assert!(!piped.contains('…'));

    let tty = run_env(
        &server,
        &["item", "ls"],
        &[("QLIK_FORCE_TTY", "1"), ("COLUMNS", "70")],
    );
    assert_eq!(tty.code, 0, "{}", tty.err);
    let rows = lines(&tty.out);
    assert_eq!(rows.len(), 31);
    for r in &rows {
        assert!(
            unicode_width::UnicodeWidthStr::width(r.as_str()) <= 70,
            "wider than 70: {r}"
        );
    }
    // Too narrow for every column: OWNER, SPACE and UPDATED are left out before names are
    // cut. Ids are never cut: they are for copying.
    assert_eq!(
        rows[0].split_whitespace().collect::<Vec<_>>(),
        ["ID", "NAME", "TYPE"]
    );
    for id in server.item_ids() {
        assert!(rows.iter().any(|r| r.starts_with(&format!("{id} "))));
    }
    // Wide enough: every column, times to the minute with their zone.
    let tty = run_env(
        &server,
        &["item", "ls"],
        &[("QLIK_FORCE_TTY", "1"), ("COLUMNS", "200")],
    );
    let rows = lines(&tty.out);
    for id in server.item_ids() {
        let row = rows
            .iter()
            .find(|r| r.starts_with(&format!("{id} ")))
            .unwrap();
        let updated = server.item(&id).unwrap()["updatedAt"]
            .as_str()
            .unwrap()
            .to_string();
        let short = format!("{} {} UTC", &updated[..10], &updated[11..16]);
        assert!(row.ends_with(&short), "{row}");
    }
}

// ---------------------------------------------------------------- exit codes

#[test]
fn wrong_key_is_exit_4_with_a_hint() {
    let server = emulator(3);
    let r = run_env(&server, &["item", "ls"], &[("QLIK_API_KEY", "wrong-key")]);
    assert_eq!(r.code, 4, "{}", r.err);
    let mut l = r.err.lines();
    let first = l.next().unwrap();
    assert!(
        first.starts_with("error: ") && first.contains("(HTTP 401, trace "),
        "{}",
        r.err
    );
    assert!(l.next().unwrap().starts_with("hint: "), "{}", r.err);
}

#[test]
fn no_credentials_is_exit_4_and_says_how_to_set_up() {
    let dir = tempfile::tempdir().unwrap();
    let out = qlik(dir.path(), &[]).args(["item", "ls"]).output().unwrap();
    assert_eq!(out.status.code(), Some(4));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("error: "), "{err}");
    assert!(
        err.contains("QLIK_API_KEY") && err.contains("qlik profile add"),
        "{err}"
    );
}

fn faulty(faults: Faults) -> BackgroundServer {
    support::emulator(5, faults)
}

#[test]
fn persistent_503_is_exit_7_after_the_retries() {
    for (retry, requests) in [("0", 1), ("1", 2)] {
        let server = faulty(Faults {
            error_503: 1.0,
            ..Faults::default()
        });
        let r = run_env(
            &server,
            &["item", "ls", "--retry", retry, "--interval", "0.001"],
            &[],
        );
        assert_eq!(r.code, 7, "{}", r.err);
        assert_eq!(server.requests().len(), requests);
        assert!(
            r.err.starts_with("error: ") && r.err.contains("HTTP 503"),
            "{}",
            r.err
        );
        let hint = if retry == "0" {
            "hint: this may be temporary".to_string()
        } else {
            format!("hint: gave up after {retry} retries")
        };
        assert!(r.err.contains(&hint), "{}", r.err);
    }
}

#[test]
fn dropped_connections_are_retried_and_500_is_exit_1() {
    let server = faulty(Faults {
        error_500: 1.0,
        ..Faults::default()
    });
    let r = run_on(&server, &["item", "ls"]);
    assert_eq!(r.code, 1, "{}", r.err);
    assert_eq!(server.requests().len(), 1, "500 is not retried");

    let server = faulty(Faults {
        drop: 1.0,
        ..Faults::default()
    });
    let r = run_env(
        &server,
        &["item", "ls", "--retry", "2", "--interval", "0.001"],
        &[],
    );
    assert_eq!(r.code, 7, "{}", r.err);
}

#[test]
fn broken_pipe_exits_0_silently() {
    let server = emulator(1000);
    let dir = tempfile::tempdir().unwrap();
    let mut child = support::qlik_process(&[
        ("QLIK_SERVER", server.base_url()),
        ("QLIK_API_KEY", server.api_key()),
    ])
    .env("QLIK_CONFIG_DIR", dir.path())
    .args(["item", "ls", "--all"])
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert_eq!(first, "[\n");
    // The reader is gone, as with `| head -1`.
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[cfg(unix)]
#[test]
fn ctrl_c_is_exit_130() {
    let server = BackgroundServer::start(Config {
        items: 1000,
        tier1_per_minute: 0,
        tier2_per_minute: 0,
        faults: Faults {
            latency_ms: 400,
            ..Faults::default()
        },
        ..Config::default()
    })
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut child = support::qlik_process(&[
        ("QLIK_SERVER", server.base_url()),
        ("QLIK_API_KEY", server.api_key()),
    ])
    .env("QLIK_CONFIG_DIR", dir.path())
    .args(["item", "ls", "--all", "-o", "jsonl"])
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    // Wait until the first page has been written: the listing is under way.
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    assert!(line.starts_with('{'));
    assert!(support::interrupt(child.id()));
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130));
    assert!(server.requests().len() < 10, "stopped before the end");
}

#[test]
fn tls_with_ca_cert_or_insecure() {
    let server = BackgroundServer::start(Config {
        items: 3,
        tier1_per_minute: 0,
        tier2_per_minute: 0,
        tls: true,
        ..Config::default()
    })
    .unwrap();
    assert!(server.base_url().starts_with("https://"));
    let cert = server
        .tls_cert_path()
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    let out = ok(&server, &["item", "ls", "-q", "--ca-cert", &cert]);
    assert_eq!(lines(&out), server.item_ids());

    let r = run_on(&server, &["item", "ls", "-q", "--insecure"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(
        r.err
            .starts_with("warning: TLS certificates are not checked"),
        "{}",
        r.err
    );

    let r = run_on(&server, &["item", "ls", "-q"]);
    assert_eq!(r.code, 1, "{}", r.err);
    assert!(r.err.contains("certificate"), "{}", r.err);
    assert!(
        r.err
            .contains("hint: trust the server's certificate with --ca-cert"),
        "{}",
        r.err
    );
}

#[test]
fn verbose_logs_requests_without_the_key() {
    let server = emulator(150);
    let r = run_on(&server, &["item", "ls", "--all", "-q", "-v"]);
    assert_eq!(r.code, 0);
    let log: Vec<&str> = r.err.lines().collect();
    assert_eq!(log.len(), 3, "{}", r.err);
    assert_eq!(
        log[0],
        format!("using {} (from QLIK_SERVER)", server.base_url())
    );
    let log = &log[1..];
    assert!(log[0].starts_with(&format!(
        "GET {}/api/v1/items?limit=100 200 ",
        server.base_url()
    )));
    assert!(log.iter().all(|l| l.contains("ms trace=")), "{}", r.err);
}

#[test]
fn version_and_help() {
    let dir = tempfile::tempdir().unwrap();
    let out = qlik(dir.path(), &[]).arg("--version").output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("qlik {}\n", env!("CARGO_PKG_VERSION"))
    );
    for cmd in [
        vec!["item", "--help"],
        vec!["item", "get", "--help"],
        vec!["item", "collections", "--help"],
        vec!["item", "publisheditems", "--help"],
        vec!["item", "settings", "ls", "--help"],
    ] {
        let out = qlik(dir.path(), &[]).args(&cmd).output().unwrap();
        assert_eq!(out.status.code(), Some(0));
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("Global options:"), "{cmd:?}");
        assert!(cmd[1] == "--help" || text.contains("Examples:"), "{cmd:?}");
    }
}

#[test]
fn connection_flags_profile_context_and_server() {
    let server = emulator(3);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("config.toml"),
        format!(
            "[profiles.emu]\nserver = \"{}\"\noutput = \"yaml\"\n",
            server.base_url()
        ),
    )
    .unwrap();
    let creds = dir.path().join("credentials.toml");
    std::fs::write(
        &creds,
        format!("[profiles.emu]\napi_key = \"{}\"\n", server.api_key()),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&creds, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    for flag in ["--profile", "--context"] {
        let out = qlik(dir.path(), &[])
            .args(["item", "ls", flag, "emu", "-q"])
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            lines(&String::from_utf8_lossy(&out.stdout)),
            server.item_ids()
        );
    }
    // The profile's `output` is the default format; global options also go first.
    let out = qlik(dir.path(), &[])
        .args(["--profile", "emu", "item", "settings", "ls"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("usageMetricsEnabled: "));
    // -s/--server with the key from the environment.
    let empty = tempfile::tempdir().unwrap();
    for flag in ["-s", "--server"] {
        let out = qlik(empty.path(), &[("QLIK_API_KEY", server.api_key())])
            .args([flag, server.base_url(), "item", "ls", "-q"])
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            lines(&String::from_utf8_lossy(&out.stdout)),
            server.item_ids()
        );
    }
    // An unknown profile is a usage error.
    let out = qlik(dir.path(), &[])
        .args(["item", "ls", "--profile", "nope"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(server.requests().len(), 5);
}

#[test]
fn rate_limits_are_waited_out_with_retry_after() {
    // One GET per one-second window: every page after the first meets a 429 first (without
    // the Ratelimit-* headers, which the client would follow to avoid the 429).
    let server = BackgroundServer::start(Config {
        items: 250,
        tier1_per_minute: 60,
        rate_window_secs: 1,
        rate_headers: false,
        ..Config::default()
    })
    .unwrap();
    let r = run_env(
        &server,
        &[
            "item",
            "ls",
            "--all",
            "-q",
            "--retry",
            "5",
            "--interval",
            "60.0",
        ],
        &[],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(lines(&r.out), server.item_ids());
    let statuses: Vec<u16> = server.requests().iter().map(|r| r.status).collect();
    assert!(statuses.contains(&429), "{statuses:?}");
    assert_eq!(statuses.iter().filter(|s| **s == 200).count(), 3);
}

#[test]
fn a_profile_rate_paces_requests() {
    let server = emulator(250);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("config.toml"),
        format!(
            "[profiles.slow]\nserver = \"{}\"\ntier1_per_minute = 200\n",
            server.base_url()
        ),
    )
    .unwrap();
    let creds = dir.path().join("credentials.toml");
    std::fs::write(
        &creds,
        format!("[profiles.slow]\napi_key = \"{}\"\n", server.api_key()),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&creds, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let started = std::time::Instant::now();
    let out = qlik(dir.path(), &[])
        .args(["item", "ls", "--all", "-q", "--profile", "slow"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        lines(&String::from_utf8_lossy(&out.stdout)),
        server.item_ids()
    );
    // 200 a minute is one every 300 ms: three pages take at least 600 ms.
    assert!(started.elapsed() >= std::time::Duration::from_millis(600));
}

/// A bare sort field means ascending, as the service's own default `+createdAt` reads: `--sort
/// name` sends `+name` and lists what `--sort +name` lists, for every listing command.
#[test]
fn a_bare_sort_field_means_ascending() {
    let server = emulator(30);
    let bare = ok(&server, &["item", "ls", "--sort", "name", "-q"]);
    let plus = ok(&server, &["item", "ls", "--sort", "+name", "-q"]);
    assert_eq!(bare, plus);
    assert_ne!(
        bare,
        ok(&server, &["item", "ls", "-q"]),
        "the order changed"
    );
    let first = server.item_ids()[0].clone();
    for args in [
        vec![
            "item",
            "collections",
            first.as_str(),
            "--sort",
            "updatedAt",
            "-q",
        ],
        vec![
            "item",
            "publisheditems",
            first.as_str(),
            "--sort",
            "updatedAt",
            "-q",
        ],
    ] {
        let r = run_on(&server, &args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.err);
    }
    let sorts: Vec<String> = paths(&server)
        .iter()
        .filter_map(|p| {
            p.split(['?', '&'])
                .find(|kv| kv.starts_with("sort="))
                .map(str::to_string)
        })
        .collect();
    assert_eq!(
        sorts,
        [
            "sort=%2Bname",
            "sort=%2Bname",
            "sort=%2BupdatedAt",
            "sort=%2BupdatedAt"
        ]
    );
    // A bare field the command does not know is refused, named as given.
    let r = run_on(&server, &["item", "ls", "--sort", "nme"]);
    assert_eq!(r.code, 2);
    assert!(
        r.err
            .starts_with("error: --sort `nme` is not one of: +createdAt"),
        "{}",
        r.err
    );
}
