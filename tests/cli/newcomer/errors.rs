//! Errors that diagnose: a wrong scheme is named and not retried, a connection error says
//! which profile or variable gave the server, the service's words read cleanly, and an id or a
//! cursor that is refused gets the hint that helps.

use std::net::TcpListener;
use std::path::Path;

use qlik_emulator::{BackgroundServer, Config, Faults};
use serde_json::{Value, json};

use crate::support::{self, Mock, Reply, Run, emulator};

/// [`support::run_at`], with an error printed as JSON (`-o json|jsonl`) read as its text
/// lines: these tests are about what an error says, in any format.
fn run_at(url: &str, key: &str, args: &[&str]) -> Run {
    support::run_at(url, key, args).text()
}

/// What a run printed.
/// `qlik ARGS` in `dir` with `vars`.
fn run_in(dir: &Path, vars: &[(&str, &str)], args: &[&str]) -> Run {
    support::run_in(dir, vars, args, None)
}

fn tls_emulator() -> BackgroundServer {
    BackgroundServer::start(Config {
        items: 3,
        tier1_per_minute: 0,
        tier2_per_minute: 0,
        tls: true,
        ..Config::default()
    })
    .unwrap()
}

/// `127.0.0.1:PORT` of a server URL.
fn host_port(url: &str) -> &str {
    url.split_once("://").unwrap().1.trim_end_matches('/')
}

/// The `GET` lines of `-v`: one per attempt.
fn attempts(err: &str) -> usize {
    err.lines().filter(|l| l.starts_with("GET ")).count()
}

/// A loopback port nothing listens on: bound, then let go.
fn closed_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

/// A profile `name` with `server` and `key`, written as `qlik profile add` writes them.
fn write_profile(dir: &Path, name: &str, server: &str, key: &str) {
    std::fs::write(
        dir.join("config.toml"),
        format!("default_profile = \"{name}\"\n\n[profiles.{name}]\nserver = \"{server}\"\n"),
    )
    .unwrap();
    let creds = dir.join("credentials.toml");
    std::fs::write(&creds, format!("[profiles.{name}]\napi_key = \"{key}\"\n")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&creds, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
}

// 1. A protocol mismatch is not transient.

/// `-s 127.0.0.1:PORT` means https; the emulator speaks plain HTTP. One attempt, exit 1, and
/// the hint names the URL that works.
#[test]
fn https_to_a_plain_http_server_is_named_and_not_retried() {
    let server = emulator(3, Faults::default());
    let hp = host_port(server.base_url()).to_string();
    let dir = tempfile::tempdir().unwrap();
    let r = run_in(
        dir.path(),
        &[("QLIK_API_KEY", server.api_key())],
        &["item", "ls", "-s", &hp, "--retry", "3", "-v"],
    );
    assert_eq!(r.code, 1, "{}", r.err);
    assert_eq!(attempts(&r.err), 1, "not retried: {}", r.err);
    let lines: Vec<&str> = r.err.lines().filter(|l| !l.starts_with("GET ")).collect();
    assert_eq!(
        lines,
        [
            format!("using https://{hp} (from --server)").as_str(),
            format!(
                "error: cannot connect to https://{hp} (from --server): the server does not speak TLS (https)"
            )
            .as_str(),
            format!("hint: the server at {hp} speaks plain HTTP; use http://{hp}").as_str(),
        ],
        "{}",
        r.err
    );
    assert!(!r.err.contains("try again"), "{}", r.err);
    assert!(!r.err.contains("InvalidContentType"), "{}", r.err);
    // The hint's URL works.
    let r = run_at(
        &format!("http://{hp}"),
        server.api_key(),
        &["item", "ls", "-q"],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(r.out.lines().count(), 3);
}

/// `http://` to a TLS server: one attempt, exit 1, the hint names https.
#[test]
fn http_to_a_tls_server_is_named_and_not_retried() {
    let server = tls_emulator();
    let hp = host_port(server.base_url()).to_string();
    let r = run_at(
        &format!("http://{hp}"),
        server.api_key(),
        &["item", "get", "x", "--retry", "3", "-v"],
    );
    assert_eq!(r.code, 1, "{}", r.err);
    assert_eq!(attempts(&r.err), 1, "not retried: {}", r.err);
    let error = r.err.lines().find(|l| l.starts_with("error: ")).unwrap();
    assert!(
        error.starts_with(&format!(
            "error: cannot connect to http://{hp} (from QLIK_SERVER): the answer is not plain HTTP"
        )),
        "{}",
        r.err
    );
    assert!(
        r.err.ends_with(&format!(
            "hint: the server at {hp} does not speak plain HTTP; if it serves HTTPS, use https://{hp}\n"
        )),
        "{}",
        r.err
    );
    // The hint's URL: its certificate is not trusted yet, and the error says whose server.
    let r = run_at(
        &format!("https://{hp}"),
        server.api_key(),
        &["item", "ls", "-v"],
    );
    assert_eq!(r.code, 1, "{}", r.err);
    assert_eq!(attempts(&r.err), 1, "not retried: {}", r.err);
    assert!(
        r.err.contains(&format!(
            "\nerror: cannot connect to https://{hp} (from QLIK_SERVER): its TLS certificate is \
             not trusted ("
        )),
        "{}",
        r.err
    );
    assert!(
        r.err.ends_with(
            "hint: trust the server's certificate with --ca-cert FILE (or, for a test server \
             only, --insecure)\n"
        ),
        "{}",
        r.err
    );
    // With the emulator's certificate trusted, it works.
    let cert = server
        .tls_cert_path()
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    let r = run_at(
        &format!("https://{hp}"),
        server.api_key(),
        &["item", "ls", "-q", "--ca-cert", &cert],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(r.out.lines().count(), 3);
}

/// A write is not retried either, and the same mismatch from a profile names the profile.
#[test]
fn a_profile_with_the_wrong_scheme_is_named() {
    let server = emulator(3, Faults::default());
    let hp = host_port(server.base_url()).to_string();
    let dir = tempfile::tempdir().unwrap();
    write_profile(
        dir.path(),
        "dev",
        &format!("https://{hp}"),
        server.api_key(),
    );
    let r = run_in(dir.path(), &[], &["item", "rm", "x", "--yes", "-v"]);
    assert_eq!(r.code, 1, "{}", r.err);
    assert_eq!(
        r.err.lines().filter(|l| l.starts_with("DELETE ")).count(),
        1,
        "{}",
        r.err
    );
    assert!(
        r.err.contains(&format!(
            "error: x: cannot connect to https://{hp} (profile \"dev\"): the server does not speak TLS (https)\n"
        )),
        "{}",
        r.err
    );
    assert!(
        r.err.ends_with(&format!(
            "hint: the server at {hp} speaks plain HTTP; use http://{hp}\n"
        )),
        "{}",
        r.err
    );
    assert!(server.requests().is_empty());
}

// 2. A connection error says which server, and where it came from.

#[test]
fn a_refused_connection_says_which_server_and_where_it_came_from() {
    let port = closed_port();
    let url = format!("http://127.0.0.1:{port}");
    let dir = tempfile::tempdir().unwrap();
    let refused =
        |origin: &str| format!("error: cannot connect to {url} ({origin}): connection refused\n");
    let args = ["item", "ls", "--retry", "0"];

    let r = run_in(
        dir.path(),
        &[("QLIK_API_KEY", "k")],
        &[&args[..], &["-s", &url]].concat(),
    );
    assert_eq!(r.code, 7, "{}", r.err);
    assert!(r.err.starts_with(&refused("from --server")), "{}", r.err);

    let r = run_in(
        dir.path(),
        &[("QLIK_SERVER", &url), ("QLIK_API_KEY", "k")],
        &args,
    );
    assert_eq!(r.code, 7, "{}", r.err);
    assert!(r.err.starts_with(&refused("from QLIK_SERVER")), "{}", r.err);

    write_profile(dir.path(), "prod", &url, "k");
    // The default profile, QLIK_PROFILE, and --profile.
    for (vars, extra) in [
        (&[][..], &[][..]),
        (&[("QLIK_PROFILE", "prod")][..], &[][..]),
        (&[][..], &["--profile", "prod"][..]),
        (&[][..], &["--context", "prod"][..]),
    ] {
        let r = run_in(dir.path(), vars, &[&args[..], extra].concat());
        assert_eq!(r.code, 7, "{vars:?} {extra:?}: {}", r.err);
        assert!(
            r.err.starts_with(&refused("profile \"prod\"")),
            "{vars:?} {extra:?}: {}",
            r.err
        );
        assert_eq!(r.err.lines().count(), 2, "error and hint: {}", r.err);
    }
    // A multi-id command says it on each id's line.
    let r = run_in(dir.path(), &[], &["item", "get", "a", "b", "--retry", "0"]);
    assert_eq!(r.code, 7, "{}", r.err);
    for id in ["a", "b"] {
        assert!(
            r.err.contains(&format!(
                "error: {id}: cannot connect to {url} (profile \"prod\"): connection refused\n"
            )),
            "{}",
            r.err
        );
    }
}

/// No answer within --timeout names the server too.
#[test]
fn a_timeout_says_which_server() {
    let mock = Mock::start(|_, _| {
        Reply::json(200, &json!({"data": []})).after(std::time::Duration::from_secs(5))
    });
    let r = run_at(
        &mock.url,
        "k",
        &["item", "get", "x", "--timeout", "0.3", "--retry", "0"],
    );
    assert_eq!(r.code, 7, "{}", r.err);
    assert!(
        r.err.starts_with(&format!(
            "error: no answer within 300ms from {} (from QLIK_SERVER) (raise --timeout)\n",
            mock.url
        )),
        "{}",
        r.err
    );
}

/// A key that is not accepted: the hint says which key, the profile's or QLIK_API_KEY.
#[test]
fn a_refused_key_is_named() {
    let server = emulator(3, Faults::default());
    let dir = tempfile::tempdir().unwrap();
    write_profile(dir.path(), "prod", server.base_url(), "wrong-key");
    let hint = format!(
        "hint: the API key of profile \"prod\" was not accepted by {}: check it with `qlik \
         profile show prod` (keys expire; a new one is made in the hub, Profile settings > API \
         keys)\n",
        server.base_url()
    );
    for args in [
        &["item", "ls"][..],
        &["item", "ls", "--profile", "prod"],
        &["item", "ls", "-s", server.base_url()],
    ] {
        let r = run_in(dir.path(), &[], args);
        assert_eq!(r.code, 4, "{args:?}: {}", r.err);
        assert!(r.err.ends_with(&hint), "{args:?}: {}", r.err);
    }
    // QLIK_API_KEY beats the profile whose server matches: the hint names it.
    let r = run_in(
        dir.path(),
        &[
            ("QLIK_SERVER", server.base_url()),
            ("QLIK_API_KEY", "also-wrong"),
        ],
        &["item", "ls"],
    );
    assert_eq!(r.code, 4, "{}", r.err);
    assert!(
        r.err
            .contains("hint: the API key in QLIK_API_KEY was not accepted"),
        "{}",
        r.err
    );
}

// 3. Wording.

#[test]
fn the_services_title_and_detail_read_as_one_sentence() {
    let server = emulator(3, Faults::default());
    let r = run_at(
        server.base_url(),
        server.api_key(),
        &["item", "get", "bogus"],
    );
    assert_eq!(r.code, 3, "{}", r.err);
    assert!(
        r.err
            .starts_with("error: Not found: No item with id `bogus`. (HTTP 404, trace "),
        "{}",
        r.err
    );
    assert!(!r.err.contains(".:"), "{}", r.err);
    assert_eq!(
        r.err.lines().count(),
        1,
        "no hint for a name-like id: {}",
        r.err
    );
}

#[test]
fn each_failed_id_is_one_line_that_does_not_repeat_itself() {
    let server = emulator(3, Faults::default());
    let good = server.item_ids()[0].clone();
    let trace_line = |err: &str, id: &str| -> bool {
        err.lines().any(|l| {
            l.strip_prefix(&format!("error: {id}: not found (HTTP 404, trace "))
                .is_some_and(|rest| rest.ends_with(')') && !rest.contains(' '))
        })
    };
    let r = run_at(
        server.base_url(),
        server.api_key(),
        &["item", "rm", "bogus", "--yes"],
    );
    assert_eq!(r.code, 3, "{}", r.err);
    assert!(trace_line(&r.err, "bogus"), "{}", r.err);
    assert!(!r.err.contains("Not found."), "{}", r.err);
    assert_eq!(
        r.err.lines().count(),
        2,
        "the line and the summary: {}",
        r.err
    );
    assert!(
        r.err
            .lines()
            .nth(1)
            .unwrap()
            .starts_with("deleted 0 of 1 in "),
        "{}",
        r.err
    );

    let r = run_at(
        server.base_url(),
        server.api_key(),
        &["item", "get", "bogus", &good, "nope", "-q"],
    );
    assert_eq!(r.code, 6, "{}", r.err);
    assert_eq!(r.out, format!("{good}\n"));
    assert!(
        trace_line(&r.err, "bogus") && trace_line(&r.err, "nope"),
        "{}",
        r.err
    );
    assert_eq!(r.err.lines().count(), 2, "{}", r.err);

    // The results on stdout keep the service's words, joined cleanly.
    let r = run_at(
        server.base_url(),
        server.api_key(),
        &["item", "rm", "bogus", "--yes", "-o", "json"],
    );
    let v: Value = serde_json::from_str(&r.out).unwrap();
    assert_eq!(v[0]["status"], json!("not found"));
    let e = v[0]["error"].as_str().unwrap();
    assert!(
        e.starts_with("Not found: No item with id `bogus`. (HTTP 404"),
        "{e}"
    );
}

/// The same hint for several ids is printed once, after the summary.
#[test]
fn a_hint_shared_by_several_ids_is_printed_once() {
    let server = emulator(3, Faults::default());
    let r = run_at(
        server.base_url(),
        "wrong-key",
        &["item", "rm", "a", "b", "c", "--yes"],
    );
    assert_eq!(r.code, 4, "{}", r.err);
    let lines: Vec<&str> = r.err.lines().collect();
    assert_eq!(lines.len(), 5, "{}", r.err);
    assert!(lines[3].starts_with("deleted 0 of 3"), "{}", r.err);
    assert_eq!(
        lines[4],
        format!(
            "hint: the API key in QLIK_API_KEY was not accepted by {}: check that it is this \
             tenant's and has not expired (a new one is made in the hub, Profile settings > \
             API keys)",
            server.base_url()
        ),
        "{}",
        r.err
    );
    let r = run_at(server.base_url(), "wrong-key", &["item", "get", "a", "b"]);
    assert_eq!(r.code, 4, "{}", r.err);
    assert_eq!(
        r.err.lines().filter(|l| l.starts_with("hint: ")).count(),
        1,
        "{}",
        r.err
    );
}

/// A cursor the user gave that the service refuses: said so, with no resume hint and no talk
/// of items above, in every format and for every listing.
#[test]
fn a_refused_cursor_given_by_the_user_is_not_offered_back() {
    let server = emulator(3, Faults::default());
    let item = server.item_ids()[0].clone();
    let listings: [&[&str]; 3] = [
        &["item", "ls"],
        &["item", "collections", &item],
        &["item", "publisheditems", &item],
    ];
    for listing in listings {
        for format in [
            &["-o", "table"][..],
            &["-o", "json"],
            &["-o", "yaml"],
            &["-o", "jsonl"],
            &["-q"],
            &["--raw"],
        ] {
            for (flag, paging) in [
                ("--next", &["--next", "garbage"][..]),
                ("--next", &["--next", "garbage", "--all"]),
                ("--prev", &["--prev", "garbage", "--limit", "150"]),
            ] {
                if format == ["--raw"] && paging.len() > 2 {
                    continue;
                }
                let args = [listing, format, paging].concat();
                let r = run_at(server.base_url(), server.api_key(), &args);
                assert_eq!(r.code, 1, "{args:?}: {}", r.err);
                assert_eq!(r.out, "", "{args:?}");
                let lines: Vec<&str> = r.err.lines().collect();
                assert_eq!(lines.len(), 2, "{args:?}: {}", r.err);
                assert!(
                    lines[0].starts_with("error: Bad request: Malformed `"),
                    "{args:?}: {}",
                    r.err
                );
                assert_eq!(
                    lines[1],
                    format!(
                        "hint: the service refused the cursor given with {flag} (cursors come \
                         from an earlier listing's note, and may expire): list again without \
                         {flag} to start over"
                    ),
                    "{args:?}"
                );
            }
        }
    }
}

/// Page 1 with a link to page 2, which answers `status`.
fn failing_second_page(status: u16, first_items: usize) -> Mock {
    Mock::start(move |_, req| {
        if !req.path.contains("next=") {
            let data: Vec<Value> = (0..first_items)
                .map(|i| json!({"id": format!("item-{i}"), "name": format!("n{i}"), "resourceType": "app"}))
                .collect();
            Reply::json(
                200,
                &json!({"data": data, "links": {"next": {"href": "/api/v1/items?next=c2&limit=100"}}}),
            )
        } else {
            Reply::json(
                status,
                &json!({"errors": [{"title": "Failed.", "detail": "Page two."}]}),
            )
        }
    })
}

/// A listing that fails on its second page says what reached stdout, in each format.
#[test]
fn a_listing_failing_halfway_says_what_was_printed() {
    for (format, printed, hint) in [
        (
            &["-o", "jsonl"][..],
            true,
            "hint: the items above are complete pages; resume with --next c2",
        ),
        (
            &["-q"],
            true,
            "hint: the items above are complete pages; resume with --next c2",
        ),
        (
            &["-o", "table"],
            true,
            "hint: the items above are complete pages; resume with --next c2",
        ),
        (
            &["-o", "json"],
            false,
            "hint: nothing was printed: a json listing is printed only once complete; resume \
             with --next c2 to list from the page that failed",
        ),
        (
            &["-o", "yaml"],
            false,
            "hint: nothing was printed: a yaml listing is printed only once complete; resume \
             with --next c2 to list from the page that failed",
        ),
    ] {
        let mock = failing_second_page(503, 2);
        let args = [&["item", "ls", "--all", "--retry", "0"][..], format].concat();
        let r = run_at(&mock.url, "k", &args);
        assert_eq!(r.code, 7, "{format:?}: {}", r.err);
        assert!(
            r.err.ends_with(&format!("{hint}\n")),
            "{format:?}: {}",
            r.err
        );
        assert!(
            r.err.starts_with("error: Failed: Page two. (HTTP 503"),
            "{}",
            r.err
        );
        assert_eq!(r.out.contains("item-1"), printed, "{format:?}: {}", r.out);
    }
    // Nothing listed before the failure: no talk of items above.
    let mock = failing_second_page(503, 0);
    let r = run_at(
        &mock.url,
        "k",
        &["item", "ls", "--all", "--retry", "0", "-q"],
    );
    assert_eq!(r.code, 7, "{}", r.err);
    assert!(
        r.err
            .ends_with("hint: no items were listed before the failure; resume with --next c2\n"),
        "{}",
        r.err
    );
    // The service refuses its own cursor: resuming from it would fail again.
    let mock = failing_second_page(400, 2);
    let r = run_at(&mock.url, "k", &["item", "ls", "--all", "-o", "jsonl"]);
    assert_eq!(r.code, 1, "{}", r.err);
    assert_eq!(r.out.lines().count(), 2);
    assert!(!r.err.contains("resume with"), "{}", r.err);
    assert!(
        r.err.ends_with(
            "hint: the items above are complete pages; the service refused the cursor it gave \
             for the next page, so resuming from it would fail too: list again from the start\n"
        ),
        "{}",
        r.err
    );
}

// 4. An id that may be a resource's, not an item's.

/// `qlik item get <an app's GUID>`: the hint's command finds the app's item.
#[test]
fn an_apps_id_given_for_an_item_id_gets_the_command_that_finds_the_item() {
    let server = emulator(200, Faults::default());
    let ids = server.item_ids();
    let (item, app) = ids
        .iter()
        .find_map(|id| {
            let v = server.item(id).unwrap();
            (v["resourceType"] == "app")
                .then(|| (id.clone(), v["resourceId"].as_str().unwrap().to_string()))
        })
        .expect("an app among 200 items");
    let command = format!("qlik item ls --resourceType app --resourceId {app}");
    let hint = format!(
        "hint: item ids differ from resource ids, and {app} looks like an app's id: find the \
         app's item with `{command}`\n"
    );
    for args in [
        &["item", "get", &app][..],
        &["item", "update", &app, "--name", "x"],
        &["item", "collections", &app],
        &["item", "publisheditems", &app, "-o", "json"],
        &["item", "publisheditems", &app, "--raw"],
    ] {
        let r = run_at(server.base_url(), server.api_key(), args);
        assert_eq!(r.code, 3, "{args:?}: {}", r.err);
        assert_eq!(r.err.lines().count(), 2, "{args:?}: {}", r.err);
        assert!(r.err.ends_with(&hint), "{args:?}: {}", r.err);
    }
    // Several ids, or rm: once, after the lines of the ids.
    let r = run_at(
        server.base_url(),
        server.api_key(),
        &["item", "get", &app, "bogus", &item, "-q"],
    );
    assert_eq!(r.code, 6, "{}", r.err);
    assert!(r.err.ends_with(&hint), "{}", r.err);
    assert_eq!(r.err.lines().count(), 3, "{}", r.err);
    let r = run_at(
        server.base_url(),
        server.api_key(),
        &["item", "rm", &app, "--yes"],
    );
    assert_eq!(r.code, 3, "{}", r.err);
    assert!(r.err.ends_with(&hint), "{}", r.err);
    assert!(server.item(&item).is_some());

    // Of several ids of that form, the first is hint enough.
    let other = "0c048b11-21ca-408f-c51d-bab4a8287a04";
    let r = run_at(
        server.base_url(),
        server.api_key(),
        &["item", "rm", &app, other, "--yes"],
    );
    assert_eq!(r.code, 3, "{}", r.err);
    assert!(r.err.ends_with(&hint), "{}", r.err);
    assert_eq!(r.err.matches("hint: ").count(), 1, "{}", r.err);

    // The command works as printed.
    let words: Vec<&str> = command.split(' ').skip(1).collect();
    let r = run_at(
        server.base_url(),
        server.api_key(),
        &[&words[..], &["-q"]].concat(),
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(r.out, format!("{item}\n"));
}

/// An id of an item's form may be another resource's: said with TYPE for a single id; a bulk
/// delete (where a missing item id is usually one already gone) and ids of any other form
/// get no hint.
#[test]
fn the_resource_hint_only_where_the_id_could_be_a_resource_id() {
    let server = emulator(3, Faults::default());
    let hexid = "0123456789abcdef01234567";
    let r = run_at(server.base_url(), server.api_key(), &["item", "get", hexid]);
    assert_eq!(r.code, 3, "{}", r.err);
    assert!(
        r.err.ends_with(&format!(
            "hint: item ids differ from resource ids: if {hexid} is the id of a resource rather \
             than of its item, find the item with `qlik item ls --resourceType TYPE --resourceId \
             {hexid}`\n"
        )),
        "{}",
        r.err
    );
    for args in [
        &["item", "rm", hexid, "--yes"][..],
        &["item", "get", "bogus"],
        &["item", "get", "0123456789abcdef0123456"],
        &["item", "collections", "not-a-guid-at-all-0000-000000000000"],
        &["item", "get", "fc72032f-164b-629b-16fb-f3a69b8c1f6"],
    ] {
        let r = run_at(server.base_url(), server.api_key(), args);
        assert_eq!(r.code, 3, "{args:?}: {}", r.err);
        assert!(!r.err.contains("hint:"), "{args:?}: {}", r.err);
    }
}

/// On a terminal, the table of the pages that arrived is shown above the error and the hint.
#[test]
fn on_a_terminal_the_rows_that_arrived_are_shown_above_the_hint() {
    let mock = failing_second_page(503, 2);
    let dir = tempfile::tempdir().unwrap();
    let Some(screen) =
        crate::support::pty::Terminal::new(dir.path(), &["item", "ls", "--all", "--retry", "0"])
            .server(&mock.url, "k")
            .size(100, 24)
            .run()
    else {
        return;
    };
    assert_eq!(screen.code, 7, "{}", screen.text);
    let table = screen.text.find("item-1").expect("the rows");
    let error = screen
        .text
        .find("error: Failed: Page two.")
        .expect("the error");
    assert!(table < error, "{}", screen.text);
    assert!(
        screen
            .text
            .ends_with("hint: the items above are complete pages; resume with --next c2\n"),
        "{:?}",
        screen.text
    );
}
