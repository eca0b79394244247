//! `qlik item rm` on a real terminal: the confirmation prompt and the progress line. The binary
//! runs under `script` (util-linux), which gives it a pseudo-terminal for stdin, stdout and
//! stderr and passes our input through to it.

use crate::support;

use qlik_emulator::{BackgroundServer, Faults};
use support::pty::Terminal;
use support::{Mock, Reply, emulator};

struct Run {
    code: i32,
    /// Everything the terminal showed (stdout and stderr share it).
    screen: String,
    /// The same, as the bytes the terminal received.
    bytes: Vec<u8>,
}

/// Runs `qlik ARGS` on a pseudo-terminal, typing `input`.
fn on_terminal(server: &BackgroundServer, args: &[&str], input: &str) -> Option<Run> {
    on_terminal_at(server.base_url(), server.api_key(), args, input)
}

/// Runs `qlik ARGS` on a pseudo-terminal against the server at `url`, typing `input`.
fn on_terminal_at(url: &str, key: &str, args: &[&str], input: &str) -> Option<Run> {
    let dir = tempfile::tempdir().unwrap();
    let screen = Terminal::new(dir.path(), args)
        .server(url, key)
        .input(input)
        .run()?;
    Some(Run {
        code: screen.code,
        screen: screen.text,
        bytes: screen.bytes,
    })
}

#[test]
fn rm_asks_on_a_terminal_and_deletes_on_yes() {
    let server = emulator(5, Faults::default());
    let ids = server.item_ids();
    let Some(r) = on_terminal(&server, &["item", "rm", &ids[0], &ids[1]], "y\n") else {
        return;
    };
    assert_eq!(r.code, 0, "{}", r.screen);
    assert!(r.screen.contains("Delete 2 items"), "{}", r.screen);
    assert!(r.screen.contains("[y/N]"), "{}", r.screen);
    assert_eq!(server.item_ids(), ids[2..].to_vec());
}

#[test]
fn rm_on_a_terminal_deletes_nothing_on_no() {
    let server = emulator(5, Faults::default());
    let ids = server.item_ids();
    let Some(r) = on_terminal(&server, &["item", "rm", &ids[0]], "n\n") else {
        return;
    };
    assert_eq!(r.code, 2, "{}", r.screen);
    assert!(r.screen.contains("nothing deleted"), "{}", r.screen);
    assert_eq!(server.item_ids(), ids);
    assert!(
        server.requests().iter().all(|q| q.method == "GET"),
        "{:?}",
        server.requests()
    );
}

#[test]
fn rm_shows_a_progress_line_on_a_terminal() {
    // 5 ms a request, 4 at a time: 200 deletes last about a quarter of a second, over which
    // the progress line is drawn.
    let server = emulator(
        200,
        Faults {
            latency_ms: 5,
            ..Faults::default()
        },
    );
    let ids = server.item_ids();
    let mut args = vec!["item", "rm", "--yes", "--tier2-per-minute", "0"];
    args.extend(ids.iter().map(String::as_str));
    let Some(r) = on_terminal(&server, &args, "") else {
        return;
    };
    assert_eq!(r.code, 0, "{}", r.screen);
    assert!(r.screen.contains("/200 deleted"), "{}", r.screen);
    assert!(r.screen.contains("deleted 200 of 200"), "{}", r.screen);
    assert!(server.item_ids().is_empty());
}

/// An item whose id and name hold what would drive a terminal: a screen clear, an OSC 52
/// clipboard write, a C1 CSI, a bidi override, a bare CR and a forged line.
fn hostile_server(requests: usize) -> Mock {
    let name =
        "Q3\u{1b}[2J\u{1b}]52;c;cm0gLXJmIC8=\u{7}\u{9b}31m\u{202e}fdp.exe\rerror: x\nhint: y";
    let item = serde_json::json!({"id": "id\u{9b}\u{202e}1", "name": name, "resourceType": "app"});
    let page = serde_json::json!({"data": [item.clone()], "links": {}});
    Mock::bounded(requests, move |_, r| {
        if r.path.starts_with("/api/v1/items?") {
            Reply::body(200, page.to_string())
        } else {
            Reply::body(200, item.to_string())
        }
    })
}

/// The raw bytes that must never come from a server to a terminal: ESC, C1 controls (as
/// UTF-8, `C2 80`..`C2 9F`), bidi controls, and a CR not followed by the LF of a line end.
fn assert_no_raw_controls(r: &Run) {
    let b = &r.bytes;
    assert!(
        !b.contains(&0x1b),
        "ESC reached the terminal: {:?}",
        r.screen
    );
    assert!(
        !b.contains(&0x07),
        "BEL reached the terminal: {:?}",
        r.screen
    );
    for w in b.windows(2) {
        assert!(
            !(w[0] == 0xc2 && (0x80..=0x9f).contains(&w[1])),
            "a C1 control reached the terminal: {:?}",
            r.screen
        );
        assert!(w[0] != b'\r' || w[1] == b'\n', "a bare CR: {:?}", r.screen);
    }
    let bidi = [
        '\u{200e}', '\u{200f}', '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}',
        '\u{2066}', '\u{2069}', '\u{2028}', '\u{2029}',
    ];
    assert!(
        !r.screen.chars().any(|c| bidi.contains(&c)),
        "a bidi control reached the terminal: {:?}",
        r.screen
    );
}

#[test]
fn ids_tables_and_json_from_a_hostile_server_are_escaped_on_a_terminal() {
    let server = hostile_server(3);
    let Some(r) = on_terminal_at(&server.url, "k", &["item", "ls", "-q"], "") else {
        return;
    };
    assert_eq!(r.code, 0, "{}", r.screen);
    assert_no_raw_controls(&r);
    assert_eq!(r.screen.trim_end(), "id\\u{9b}\\u{202e}1", "{:?}", r.screen);

    let Some(r) = on_terminal_at(&server.url, "k", &["item", "ls"], "") else {
        return;
    };
    assert_eq!(r.code, 0, "{}", r.screen);
    assert_no_raw_controls(&r);
    assert!(r.screen.contains("id\\u{9b}\\u{202e}1"), "{:?}", r.screen);
    assert!(r.screen.contains("Q3\\u{1b}[2J"), "{:?}", r.screen);
    assert_eq!(r.screen.lines().count(), 2, "{:?}", r.screen);

    let Some(r) = on_terminal_at(&server.url, "k", &["item", "get", "x", "-o", "json"], "") else {
        return;
    };
    assert_eq!(r.code, 0, "{}", r.screen);
    assert_no_raw_controls(&r);
    assert!(r.screen.contains("\"id\\u009b\\u202e1\""), "{:?}", r.screen);
    assert_eq!(server.requests().len(), 3);
}

#[test]
fn the_rm_prompt_shows_a_hostile_name_escaped() {
    let server = hostile_server(1);
    let Some(r) = on_terminal_at(&server.url, "k", &["item", "rm", "x"], "n\n") else {
        return;
    };
    assert_eq!(r.code, 2, "{}", r.screen);
    assert_no_raw_controls(&r);
    assert!(
        r.screen
            .contains("Delete 1 item: Q3\\u{1b}[2J\\u{1b}]52;c;cm0gLXJmIC8=\\u{7}\\u{9b}31m\\u{202e}fdp.exe\\rerror: x\\nhint: y (x)? [y/N]"),
        "{:?}",
        r.screen
    );
    assert!(r.screen.contains("nothing deleted"), "{}", r.screen);
    assert_eq!(server.lines(), ["GET /api/v1/items/x"]);
}

#[test]
fn dry_run_bodies_are_escaped_on_a_terminal() {
    // --dry-run sends nothing: a server that answers no request.
    let server = Mock::bounded(0, |_, _| Reply::body(500, Vec::new()));
    let name = "a\u{9b}31m\u{202e}b\u{2028}c";
    let args = [
        "item",
        "update",
        "x",
        "--name",
        name,
        "--resourceType",
        "app",
        "--dry-run",
    ];
    let Some(r) = on_terminal_at(&server.url, "k", &args, "") else {
        return;
    };
    assert_eq!(r.code, 0, "{}", r.screen);
    assert_no_raw_controls(&r);
    assert!(
        r.screen
            .contains("\"name\": \"a\\u009b31m\\u202eb\\u2028c\""),
        "{:?}",
        r.screen
    );
    assert!(server.requests().is_empty());
}
