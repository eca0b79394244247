//! The seams of the listing engine, pinned from outside: the paging flags become the query
//! of each page in one place (filters, then the cursor, then `limit`; later pages keep the
//! service's link and get their own `limit`), `--raw` beyond one page is refused before any
//! request, the "more exist" note follows only the default total, and a refused cursor is
//! blamed on the flag that gave it.

use qlik_emulator::{BackgroundServer, Faults};
use serde_json::{Value, json};

use crate::support::{Mock, Reply, emulator, paths, run_at, run_on};

/// The `next` cursor of the first page of one item.
fn first_cursor(server: &BackgroundServer) -> String {
    let r = run_on(server, &["item", "ls", "--limit", "1", "--raw"]);
    assert_eq!(r.code, 0, "{}", r.err);
    let body: Value = serde_json::from_str(&r.out).unwrap();
    let href = body["links"]["next"]["href"].as_str().unwrap().to_string();
    let query = href.split_once('?').unwrap().1;
    url::form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == "next")
        .map(|(_, v)| v.into_owned())
        .unwrap()
}

#[test]
fn the_first_request_has_the_filters_then_the_cursor_then_the_limit() {
    let mock = Mock::start(|_, _| Reply::json(200, &json!({"data": [], "links": {}})));
    for cursor_flag in ["--next", "--prev"] {
        let r = run_at(
            &mock.url,
            "k",
            &[
                "item",
                "ls",
                "--name",
                "Q 1+2",
                "--sort",
                "name",
                cursor_flag,
                "c/1=",
                "--limit",
                "7",
                "-q",
            ],
        );
        assert_eq!(r.code, 0, "{}", r.err);
        assert_eq!(r.out, "");
    }
    let paths: Vec<String> = mock.requests().into_iter().map(|r| r.path).collect();
    assert_eq!(
        paths,
        [
            "/api/v1/items?name=Q%201%2B2&sort=%2Bname&next=c%2F1%3D&limit=7",
            "/api/v1/items?name=Q%201%2B2&sort=%2Bname&prev=c%2F1%3D&limit=7",
        ]
    );
}

#[test]
fn a_limit_from_a_cursor_asks_each_page_for_what_is_left() {
    let server = emulator(300, Faults::default());
    let cursor = first_cursor(&server);
    let before = paths(&server).len();
    let r = run_on(
        &server,
        &["item", "ls", "--next", &cursor, "--limit", "150", "-q"],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(r.out.lines().count(), 150);
    // A total chosen with --limit ends without the note about more.
    assert_eq!(r.err, "");
    let sent = &paths(&server)[before..];
    assert_eq!(sent.len(), 2, "{sent:?}");
    let encoded: String = url::form_urlencoded::byte_serialize(cursor.as_bytes()).collect();
    assert_eq!(sent[0], format!("/api/v1/items?next={encoded}&limit=100"));
    assert!(sent[1].ends_with("&limit=50"), "{}", sent[1]);
    assert_eq!(sent[1].matches("limit=").count(), 1, "{}", sent[1]);
}

#[test]
fn the_note_about_more_follows_the_default_total_only() {
    let server = emulator(150, Faults::default());
    let r = run_on(&server, &["item", "ls", "-q"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(r.out.lines().count(), 100);
    assert!(
        r.err
            .starts_with("note: showing the first 100 items; more exist.")
            && r.err.contains("--next"),
        "{}",
        r.err
    );
    for chosen in [&["--limit", "100"][..], &["--all"][..]] {
        let r = run_on(&server, &[&["item", "ls", "-q"][..], chosen].concat());
        assert_eq!(r.code, 0, "{chosen:?}: {}", r.err);
        assert_eq!(r.err, "", "{chosen:?}");
    }
}

#[test]
fn raw_beyond_one_page_is_refused_before_any_request() {
    let server = emulator(150, Faults::default());
    for flags in [&["--limit", "101"][..], &["--all"][..]] {
        let r = run_on(&server, &[&["item", "ls", "--raw"][..], flags].concat());
        assert_eq!(r.code, 2, "{flags:?}");
        assert_eq!(r.out, "");
        assert!(
            r.err.starts_with("error: --raw prints one response"),
            "{}",
            r.err
        );
        assert_eq!(r.err.lines().count(), 1, "{}", r.err);
    }
    assert!(paths(&server).is_empty());
    let r = run_on(&server, &["item", "ls", "--raw", "--limit", "100"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(paths(&server), ["/api/v1/items?limit=100"]);
}

#[test]
fn a_refused_cursor_is_blamed_on_its_flag() {
    let server = emulator(5, Faults::default());
    for flag in ["--next", "--prev"] {
        let r = run_on(&server, &["item", "ls", flag, "bogus-cursor", "-q"]);
        assert_eq!(r.code, 1, "{flag}: {}", r.err);
        assert_eq!(r.out, "");
        assert!(
            r.err.contains(&format!(
                "hint: the service refused the cursor given with {flag}"
            )),
            "{}",
            r.err
        );
    }
}

#[test]
fn bad_paging_flags_are_refused_before_any_request() {
    let server = emulator(5, Faults::default());
    for (args, message) in [
        (
            &["--limit", "0"][..],
            "error: --limit must be at least 1, not 0",
        ),
        (
            &["--next", "a", "--prev", "b"][..],
            "error: --next and --prev cannot be used together",
        ),
        (&["--prev", " "][..], "error: --prev needs a cursor"),
    ] {
        for cmd in [
            &["item", "ls"][..],
            &["item", "collections", "1eddd5314073e9df18484de2"][..],
        ] {
            let r = run_on(&server, &[cmd, args].concat());
            assert_eq!(r.code, 2, "{cmd:?} {args:?}: {}", r.err);
            assert!(r.err.starts_with(message), "{cmd:?} {args:?}: {}", r.err);
        }
    }
    assert!(paths(&server).is_empty());
}
