//! Paging always ends, never repeats, and never leaves the listing; the cursors it suggests are
//! safe to paste.
//!
//! Each test runs the real binary against a keep-alive scripted server on a loopback port
//! (read-ahead sends the next request on the connection the page came on). The server answers
//! at most [`CAP`] requests, then 404s, and every run is killed after [`BOUND`]: a regression
//! fails, it does not hang.

use std::time::Duration;

use super::support::{Mock, Reply, qlik};

/// The most requests a scripted server answers (the old walk went on for thousands).
const CAP: usize = 400;
/// The longest a run may take.
const BOUND: Duration = Duration::from_secs(60);
/// Empty pages in a row after which a listing stops (`paging::MAX_EMPTY_PAGES`).
const MAX_EMPTY_PAGES: usize = 10;

/// A keep-alive mock (read-ahead sends the next request on the connection the page came on)
/// answering each GET with the page `script` makes of its request target (the page's items'
/// ids and its `links` member as JSON text), and with 404 after [`CAP`] requests.
fn scripted(script: impl Fn(&str) -> (Vec<String>, String) + Send + Sync + 'static) -> Mock {
    Mock::keep_alive(move |n, req| {
        if n >= CAP {
            return Reply::body(404, r#"{"errors":[{"code":"HTTP-404","title":"enough"}]}"#);
        }
        let (ids, links) = script(&req.path);
        let data: Vec<String> = ids
            .iter()
            .map(|id| format!(r#"{{"id":"{id}","name":"n","resourceType":"app"}}"#))
            .collect();
        Reply::body(
            200,
            format!(r#"{{"data":[{}],"links":{links}}}"#, data.join(",")),
        )
    })
}

/// `links` with a `next` link.
fn next(href: &str) -> String {
    format!(r#"{{"self":{{"href":"/api/v1/items"}},"next":{{"href":"{href}"}}}}"#)
}

/// The value of the `next` parameter of a request target (decoded), if any.
fn cursor(target: &str) -> Option<String> {
    let (_, q) = target.split_once('?')?;
    url::form_urlencoded::parse(q.as_bytes())
        .find(|(k, _)| k == "next")
        .map(|(_, v)| v.into_owned())
}

struct Run {
    code: i32,
    out: String,
    err: String,
}

fn run(server: &Mock, args: &[&str]) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let out = qlik(
        dir.path(),
        &[("QLIK_SERVER", &server.url), ("QLIK_API_KEY", "k")],
    )
    .args(args)
    .timeout(BOUND)
    .output()
    .unwrap();
    let run = Run {
        code: out.status.code().unwrap_or(-1),
        out: String::from_utf8_lossy(&out.stdout).into_owned(),
        err: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(!run.err.contains("panicked"), "{args:?}: {}", run.err);
    run
}

/// The ids printed by `-q`, each asserted to appear once.
fn unique_ids(out: &str) -> Vec<String> {
    let ids: Vec<String> = out.lines().map(str::to_string).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), ids.len(), "an item was listed twice: {out}");
    ids
}

/// An error of exit 1 on one line (no hint: there is nothing to resume).
fn assert_stopped(r: &Run, expected: &str) {
    assert_eq!(r.code, 1, "{}", r.err);
    assert!(r.err.starts_with("error: "), "{}", r.err);
    assert!(r.err.contains(expected), "{}", r.err);
    assert_eq!(r.err.lines().count(), 1, "{}", r.err);
}

#[test]
fn a_repeated_cursor_ends_the_listing_with_an_error() {
    let server = scripted(|t| match cursor(t).as_deref() {
        None => (vec!["first".into()], next("/api/v1/items?next=a&limit=100")),
        _ => (vec!["a".into()], next("/api/v1/items?next=a&limit=100")),
    });
    let r = run(&server, &["item", "ls", "--all", "-q"]);
    assert_stopped(
        &r,
        "next link on page 2 leads back to a page already listed",
    );
    assert_eq!(unique_ids(&r.out), ["first", "a"]);
    assert_eq!(
        server.targets(),
        ["/api/v1/items?limit=100", "/api/v1/items?next=a&limit=100"]
    );
}

#[test]
fn a_cycle_a_b_a_ends_the_listing_with_an_error() {
    let server = scripted(|t| match cursor(t).as_deref() {
        None => (vec!["first".into()], next("/api/v1/items?next=a")),
        Some("a") => (vec!["a".into()], next("/api/v1/items?limit=100&next=b")),
        _ => (
            vec!["b".into()],
            next("http://127.0.0.1:1/api/v1/items?next=a&limit=7"),
        ),
    });
    for args in [&["item", "ls", "--all", "-q"][..], &["item", "ls", "-q"]] {
        let before = server.targets().len();
        let r = run(&server, args);
        assert_stopped(
            &r,
            "next link on page 3 leads back to a page already listed",
        );
        assert_eq!(unique_ids(&r.out), ["first", "a", "b"]);
        assert_eq!(server.targets().len() - before, 3, "{:?}", server.targets());
    }
}

/// 100 pages in a circle: more than any window of recent pages remembers.
#[test]
fn a_cycle_longer_than_any_window_ends_the_listing_with_an_error() {
    const LEN: usize = 100;
    let server = scripted(|t| {
        let n: usize = cursor(t).and_then(|c| c.parse().ok()).unwrap_or(0);
        let to = n % LEN + 1;
        (
            vec![format!("p{n}")],
            next(&format!("/api/v1/items?next={to}&limit=100")),
        )
    });
    let r = run(&server, &["item", "ls", "--all", "-q"]);
    assert_stopped(
        &r,
        &format!(
            "next link on page {} leads back to a page already listed",
            LEN + 1
        ),
    );
    let ids = unique_ids(&r.out);
    assert_eq!(ids.len(), LEN + 1);
    assert_eq!(server.targets().len(), LEN + 1);
}

#[test]
fn endless_empty_pages_with_fresh_cursors_end_with_an_error() {
    let server = scripted(|t| {
        let n: u64 = cursor(t).and_then(|c| c.parse().ok()).unwrap_or(0);
        (
            vec![],
            next(&format!("/api/v1/items?next={}&limit=100", n + 1)),
        )
    });
    for args in [&["item", "ls", "--all", "-q"][..], &["item", "ls", "-q"]] {
        let before = server.targets().len();
        let r = run(&server, args);
        assert_stopped(
            &r,
            &format!("{MAX_EMPTY_PAGES} empty pages in a row, each linking to another"),
        );
        assert_eq!(r.out, "");
        assert_eq!(server.targets().len() - before, MAX_EMPTY_PAGES);
    }
    // Fewer empty pages than that in a row, between pages with items, are listed through.
    let server = scripted(|t| {
        let n: usize = cursor(t).and_then(|c| c.parse().ok()).unwrap_or(0);
        let ids = if n.is_multiple_of(MAX_EMPTY_PAGES) {
            vec![format!("p{n}")]
        } else {
            vec![]
        };
        let links = if n < 3 * MAX_EMPTY_PAGES {
            next(&format!("/api/v1/items?next={}", n + 1))
        } else {
            "{}".to_string()
        };
        (ids, links)
    });
    let r = run(&server, &["item", "ls", "--all", "-q"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(unique_ids(&r.out), ["p0", "p10", "p20", "p30"]);
    assert_eq!(server.targets().len(), 3 * MAX_EMPTY_PAGES + 1);
}

#[test]
fn a_next_link_outside_the_listing_is_refused_and_never_sent() {
    for href in [
        "/api/v1/users?next=x",
        "/api/v1/items/../../admin/keys",
        "/api/v1/items/%2e%2e/users",
        "/api/v1/items/x",
        "/api/v1/items/",
        "http://127.0.0.1:1/api/v1/users?next=x",
        "users?next=x",
        "../admin?next=x",
        "/",
    ] {
        let links = next(href);
        let server = scripted(move |_| (vec!["first".into()], links.clone()));
        let r = run(&server, &["item", "ls", "--all", "-q"]);
        assert_stopped(&r, "next link on page 1 leads outside the listing");
        assert_eq!(r.out, "first\n", "{href}");
        assert_eq!(server.targets(), ["/api/v1/items?limit=100"], "{href}");
    }
    // The listings of an item's collections and published items keep to their own path.
    for (cmd, path) in [
        ("collections", "/api/v1/items/it%2F1/collections"),
        ("publisheditems", "/api/v1/items/it%2F1/publisheditems"),
    ] {
        for href in [
            "/api/v1/items?next=x",
            "/api/v1/items/other/collections?next=x",
            "../x",
        ] {
            let links = next(href);
            let server = scripted(move |_| (vec!["first".into()], links.clone()));
            let r = run(&server, &["item", cmd, "it/1", "--all", "-q"]);
            assert_stopped(&r, "leads outside the listing");
            assert_eq!(
                server.targets(),
                [format!("{path}?limit=100")],
                "{cmd} {href}"
            );
        }
    }
}

/// Relative links resolve against the page's URL: `?next=c2` keeps its path.
#[test]
fn relative_and_absolute_next_links_within_the_listing_are_followed() {
    for (cmd, path) in [
        ("ls", "/api/v1/items"),
        ("collections", "/api/v1/items/it%2F1/collections"),
    ] {
        let last = path.rsplit('/').next().unwrap();
        let hrefs = [
            "?next=1".to_string(),
            format!("{last}?next=2"),
            format!("./{last}?next=3&limit=100"),
            format!("{path}?next=4#frag"),
            format!("http://127.0.0.1:1{path}/../{last}?next=5"),
            format!("//other.invalid{path}?next=6"),
            format!("{path}?limit=100&next=7"),
        ];
        let n_hrefs = hrefs.len();
        let server = scripted(move |t| {
            let n: usize = cursor(t).and_then(|c| c.parse().ok()).unwrap_or(0);
            let links = hrefs.get(n).map(|h| next(h)).unwrap_or_else(|| "{}".into());
            (vec![format!("p{n}")], links)
        });
        let mut args = vec!["item", cmd];
        if cmd == "collections" {
            args.push("it/1");
        }
        args.extend(["--all", "-q"]);
        let r = run(&server, &args);
        assert_eq!(r.code, 0, "{cmd}: {}", r.err);
        assert_eq!(unique_ids(&r.out).len(), n_hrefs + 1, "{cmd}");
        let seen = server.targets();
        assert_eq!(seen.len(), n_hrefs + 1, "{cmd}: {seen:?}");
        for (i, target) in seen.iter().enumerate() {
            assert!(target.starts_with(&format!("{path}?")), "{cmd}: {target}");
            assert_eq!(cursor(target), (i > 0).then(|| i.to_string()), "{target}");
            assert!(target.ends_with("limit=100"), "{target}");
        }
    }
}

#[test]
fn an_unusable_next_link_is_an_error_not_a_last_page() {
    for links in [
        r#"{"next":"x"}"#,
        r#"{"next":{"href":42}}"#,
        r#"{"next":{"href":"http://[::1"}}"#,
        r#"{"next":{"href":"http://[::1/api/v1/items?next=x"}}"#,
        r#"{"next":{}}"#,
        r#"{"next":["/api/v1/items?next=x"]}"#,
        r#""x""#,
    ] {
        let server = scripted(move |_| (vec!["first".into()], links.to_string()));
        let r = run(&server, &["item", "ls", "--all", "-q"]);
        assert_stopped(&r, "next link on page 1 is unusable");
        assert_eq!(r.out, "first\n", "{links}");
        assert_eq!(server.targets(), ["/api/v1/items?limit=100"], "{links}");
    }
    // A `null` or missing next link is the last page.
    for links in [r#"{"next":null}"#, "{}", "null"] {
        let server = scripted(move |_| (vec!["first".into()], links.to_string()));
        let r = run(&server, &["item", "ls", "--all", "-q"]);
        assert_eq!(r.code, 0, "{links}: {}", r.err);
        assert_eq!(r.out, "first\n");
        assert_eq!(server.targets().len(), 1);
    }
}

/// `links.prev` is never followed, whatever it holds; a `--next` or `--prev` cursor given by
/// the user is a query value and cannot change the path.
#[test]
fn prev_links_and_given_cursors_cannot_leave_the_listing() {
    let server = scripted(|t| {
        let links = if t.contains("next=") || t.contains("prev=") {
            r#"{"prev":{"href":"/api/v1/users?x=1"}}"#.to_string()
        } else {
            r#"{"prev":"x","next":{"href":"?next=..%2F..%2Fadmin"}}"#.to_string()
        };
        (vec![format!("p{}", cursor(t).is_some())], links)
    });
    let r = run(&server, &["item", "ls", "--all", "-q"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(
        server.targets(),
        [
            "/api/v1/items?limit=100",
            "/api/v1/items?next=..%2F..%2Fadmin&limit=100"
        ]
    );
    for flag in ["--next", "--prev"] {
        let before = server.targets().len();
        let r = run(
            &server,
            &["item", "ls", flag, "../../admin/keys?x=1#y", "-q"],
        );
        assert_eq!(r.code, 0, "{}", r.err);
        let seen = server.targets();
        assert_eq!(seen.len() - before, 1, "{seen:?}");
        let name = flag.trim_start_matches('-');
        assert_eq!(
            seen[before],
            format!("/api/v1/items?{name}=..%2F..%2Fadmin%2Fkeys%3Fx%3D1%23y&limit=100")
        );
    }
}

/// What `sh` makes of `words`: the arguments, one each. Run in an empty directory, which it
/// must leave empty.
fn sh_words(words: &str) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new("sh")
        .current_dir(dir.path())
        .arg("-c")
        .arg(format!(r#"for a in {words}; do printf '%s\0' "$a"; done"#))
        .output()
        .unwrap();
    assert!(out.status.success(), "{words}");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "pasting `{words}` created a file"
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .split_terminator('\0')
        .map(str::to_string)
        .collect()
}

const HOSTILE: &[&str] = &[
    "x'; touch PWNED; echo '",
    "$(touch PWNED)",
    "`touch PWNED`",
    "a b;touch PWNED",
    "-x --all",
    "c2",
];

/// The "more items" note quotes the cursor: pasted, the words give `qlik` exactly the cursor,
/// and `qlik` sends it back as it came.
#[test]
fn the_more_items_note_quotes_the_cursor_for_the_shell() {
    for &hostile in HOSTILE {
        let href = format!(
            "/api/v1/items?next={}",
            url::form_urlencoded::byte_serialize(hostile.as_bytes()).collect::<String>()
        )
        .replace('"', "%22");
        let server = scripted(move |t| {
            let ids = (0..100).map(|i| format!("{}-{i}", t.len())).collect();
            // The page the cursor leads to is the last.
            let links = if cursor(t).is_some() {
                "{}".into()
            } else {
                next(&href)
            };
            (ids, links)
        });
        let r = run(&server, &["item", "ls", "-q"]);
        assert_eq!(r.code, 0, "{}", r.err);
        assert_eq!(unique_ids(&r.out).len(), 100);
        assert_eq!(r.err.lines().count(), 1, "{}", r.err);
        let words = r
            .err
            .split_once(", or ")
            .and_then(|(_, w)| w.strip_suffix(" for the next page.\n"))
            .unwrap_or_else(|| panic!("no cursor in: {}", r.err));
        let args = sh_words(words);
        let given: Vec<&str> = args.iter().map(String::as_str).collect();
        let r = run(&server, &[&["item", "ls", "-q"][..], &given].concat());
        assert_eq!(r.code, 0, "{hostile:?}: {}", r.err);
        let seen = server.targets();
        assert_eq!(seen.len(), 2, "{seen:?}");
        assert_eq!(cursor(&seen[1]).as_deref(), Some(hostile), "{words}");
    }
}

/// A listing that fails halfway: the resume hint quotes the cursor the same way.
#[test]
fn the_resume_hint_quotes_the_cursor_for_the_shell() {
    for &hostile in HOSTILE {
        let href = format!(
            "/api/v1/items?next={}",
            url::form_urlencoded::byte_serialize(hostile.as_bytes()).collect::<String>()
        );
        let server = scripted(move |t| {
            if cursor(t).is_some() {
                // A page the client cannot read: it fails there, after the first page.
                (vec!["broken\"".into()], "{}".into())
            } else {
                (vec!["first".into()], next(&href))
            }
        });
        let r = run(&server, &["item", "ls", "--all", "-q"]);
        assert_eq!(r.code, 1, "{}", r.err);
        assert_eq!(r.out, "first\n");
        let hint = r
            .err
            .lines()
            .find_map(|l| l.strip_prefix("hint: the items above are complete pages; resume with "))
            .unwrap_or_else(|| panic!("no resume hint in: {}", r.err));
        let args = sh_words(hint);
        assert_eq!(
            args.len(),
            if hostile.starts_with('-') { 1 } else { 2 },
            "{hint}"
        );
        let joined = args.join(" ");
        let value = joined
            .strip_prefix("--next=")
            .or_else(|| joined.strip_prefix("--next "))
            .unwrap();
        assert_eq!(value, hostile, "{hint}");
    }
}

/// A cursor with control or invisible characters never reaches the terminal: it is left out,
/// and the note and the hint say so.
#[test]
fn a_cursor_that_cannot_be_shown_is_left_out_with_a_note() {
    for hostile in [
        "a\u{1b}]0;owned\u{7}b",
        "a\nerror: forged",
        "a\u{202e}b",
        "a\u{7f}",
    ] {
        let encoded: String = url::form_urlencoded::byte_serialize(hostile.as_bytes()).collect();
        let href = format!("/api/v1/items?next={encoded}");
        let server = scripted(move |t| {
            let ids = (0..100).map(|i| format!("{}-{i}", t.len())).collect();
            (ids, next(&href))
        });
        let r = run(&server, &["item", "ls", "-q"]);
        assert_eq!(r.code, 0, "{}", r.err);
        assert_eq!(r.err.lines().count(), 1, "{:?}", r.err);
        assert!(
            r.err.contains("the next page's cursor is not shown"),
            "{:?}",
            r.err
        );
        assert!(
            !r.err.contains("owned") && !r.err.contains("forged"),
            "{:?}",
            r.err
        );
        assert!(
            r.err.chars().all(|c| c == '\n' || !c.is_control()),
            "{:?}",
            r.err
        );

        let href = format!("/api/v1/items?next={encoded}");
        let server = scripted(move |t| {
            if cursor(t).is_some() {
                (vec!["broken\"".into()], "{}".into())
            } else {
                (vec!["first".into()], next(&href))
            }
        });
        let r = run(&server, &["item", "ls", "--all", "-q"]);
        assert_eq!(r.code, 1, "{}", r.err);
        assert!(
            r.err.contains(
                "hint: the items above are complete pages; the cursor to resume from is not shown"
            ),
            "{:?}",
            r.err
        );
        assert!(
            !r.err.contains("owned") && !r.err.contains("forged"),
            "{:?}",
            r.err
        );
        assert!(
            r.err.chars().all(|c| c == '\n' || !c.is_control()),
            "{:?}",
            r.err
        );
    }
}

/// The other command line a hint suggests with a user-given value: the server URL in the
/// `qlik profile add` hint is quoted the same way.
#[test]
fn the_server_in_the_profile_hint_is_quoted_for_the_shell() {
    // In the host: a server URL has no path. Lower case, as hosts are normalised to it.
    let server = "https://h$(touch${ifs}pwned)'b.example.com";
    let dir = tempfile::tempdir().unwrap();
    let out = qlik(dir.path(), &[("QLIK_SERVER", server)])
        .args(["item", "ls"])
        .timeout(BOUND)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{err}");
    let words = err
        .split_once("save a profile with `")
        .and_then(|(_, rest)| rest.strip_suffix("`\n"))
        .unwrap_or_else(|| panic!("no command in: {err}"));
    assert_eq!(
        sh_words(words),
        ["qlik", "profile", "add", "NAME", "--server", server],
        "{words}"
    );
}
