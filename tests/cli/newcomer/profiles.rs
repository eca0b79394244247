//! See the list in main.rs.
//!
//! Profiles that can be changed: the server URL rule (a trailing `/api/v1` dropped with a
//! note, any other path refused, wherever a URL comes in), `qlik profile update`, and the
//! check of a key against its server by `profile add` (and by `profile update` when the
//! server or the key changes).

use std::path::Path;

use qlik_emulator::{BackgroundServer, Config, Faults};
use serde_json::json;

use crate::support::{self, Mock, Reply, Run, emulator, qlik};

const FORM: &str = "https://TENANT.REGION.qlikcloud.com";

/// `qlik profile add NAME --server SERVER --api-key-stdin EXTRA…` with `key` on stdin.
fn add(dir: &Path, name: &str, server: &str, key: &str, extra: &[&str]) -> Run {
    let args = [
        "profile",
        "add",
        name,
        "--server",
        server,
        "--api-key-stdin",
    ];
    let args: Vec<&str> = args.iter().chain(extra).copied().collect();
    support::run_in(dir, &[], &args, Some(key.as_bytes()))
}

/// Profile `p` for `server`, with a key and without its check.
fn add_unchecked(dir: &Path, server: &str) {
    let r = add(dir, "p", server, "key-0123456789abcdef", &["--no-verify"]);
    assert_eq!(r.code, 0, "{}", r.err);
}

fn qlik_run(dir: &Path, vars: &[(&str, &str)], args: &[&str]) -> Run {
    support::run_in(dir, vars, args, None)
}

fn show(dir: &Path, name: &str) -> serde_json::Value {
    let r = qlik_run(dir, &[], &["profile", "show", name, "-o", "json"]);
    assert_eq!(r.code, 0, "{}", r.err);
    serde_json::from_str(&r.out).unwrap()
}

fn config_text(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("config.toml")).unwrap_or_default()
}

/// The error line is one line starting `error: `, followed only by `hint: ` lines.
fn assert_error_shape(err: &str) {
    let lines: Vec<&str> = err.lines().collect();
    assert!(
        lines.first().is_some_and(|l| l.starts_with("error: ")),
        "{err}"
    );
    assert!(lines[1..].iter().all(|l| l.starts_with("hint: ")), "{err}");
}

/// A mock that answers 200 `{}` to anything, and records what it was sent.
fn silent_mock() -> Mock {
    Mock::start(|_, _| Reply::json(200, &json!({})))
}

/// A loopback URL where nothing listens (a port just released).
fn dead_url() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    url
}

// ---- the server URL rule ----

#[test]
fn add_drops_a_trailing_api_v1_with_a_note_and_the_profile_then_works() {
    let server = emulator(3, Faults::default());
    let dir = tempfile::tempdir().unwrap();
    for (name, suffix) in [("a", "/api/v1"), ("b", "/api/v1/"), ("c", "/API/V1")] {
        let url = format!("{}{suffix}", server.base_url());
        let r = add(dir.path(), name, &url, server.api_key(), &[]);
        assert_eq!(r.code, 0, "{}", r.err);
        assert!(
            r.err.starts_with(&format!(
                "note: --server ends in /api/v1, which qlik adds itself; using {} (without it)\n",
                server.base_url()
            )),
            "{}",
            r.err
        );
        assert_eq!(show(dir.path(), name)["server"], server.base_url());
    }
    assert!(!config_text(dir.path()).contains("/api/v1"));
    let r = qlik_run(dir.path(), &[], &["item", "ls", "-q", "--profile", "a"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(r.out.lines().count(), 3, "{}", r.out);
    assert_eq!(r.err, "", "no note once saved without the path");
    // Not a single request went to /api/v1/api/v1.
    assert!(
        server
            .requests()
            .iter()
            .all(|q| !q.path_and_query.starts_with("/api/v1/api/v1")),
        "{:?}",
        server.requests()
    );
}

#[test]
fn api_v1_from_server_flag_env_or_config_file_is_dropped_with_a_note() {
    let server = emulator(2, Faults::default());
    let dir = tempfile::tempdir().unwrap();
    let with_path = format!("{}/api/v1/", server.base_url());
    // --server and QLIK_SERVER, with QLIK_API_KEY.
    for (vars, args, from) in [
        (
            vec![("QLIK_API_KEY", server.api_key())],
            vec!["item", "ls", "-q", "-s", with_path.as_str()],
            "--server",
        ),
        (
            vec![
                ("QLIK_API_KEY", server.api_key()),
                ("QLIK_SERVER", with_path.as_str()),
            ],
            vec!["item", "ls", "-q"],
            "QLIK_SERVER",
        ),
    ] {
        let r = qlik_run(dir.path(), &vars, &args);
        assert_eq!(r.code, 0, "{from}: {}", r.err);
        assert_eq!(r.out.lines().count(), 2, "{from}: {}", r.out);
        assert_eq!(
            r.err,
            format!(
                "note: {from} ends in /api/v1, which qlik adds itself; using {} (without it)\n",
                server.base_url()
            )
        );
    }
    // A profile whose server was written by hand with the path: the note says how to fix it.
    let r = add(dir.path(), "hand", server.base_url(), server.api_key(), &[]);
    assert_eq!(r.code, 0, "{}", r.err);
    let text = config_text(dir.path()).replace(server.base_url(), &with_path);
    std::fs::write(dir.path().join("config.toml"), text).unwrap();
    let r = qlik_run(dir.path(), &[], &["item", "ls", "-q"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(r.out.lines().count(), 2);
    assert!(
        r.err.starts_with(
            "note: the server of profile `hand` ends in /api/v1, which qlik adds itself; using "
        ),
        "{}",
        r.err
    );
    assert!(
        r.err.trim_end().ends_with(&format!(
            "fix the profile with `qlik profile update hand --server {}`",
            server.base_url()
        )),
        "{}",
        r.err
    );
    // Doing what the note says silences it.
    let r = qlik_run(
        dir.path(),
        &[],
        &["profile", "update", "hand", "--server", server.base_url()],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    let r = qlik_run(dir.path(), &[], &["item", "ls", "-q"]);
    assert_eq!((r.code, r.err.as_str()), (0, ""));
}

#[test]
fn any_other_path_a_query_or_a_fragment_is_refused_everywhere_before_sending() {
    let mock = silent_mock();
    let dir = tempfile::tempdir().unwrap();
    add_unchecked(dir.path(), &mock.url);
    let before = config_text(dir.path());
    let key = [("QLIK_API_KEY", "key-0123456789abcdef")];
    for bad in [
        format!("{}/hub", mock.url),
        format!("{}/api/v1/items", mock.url),
        format!("{}/api", mock.url),
        format!("{}/?tenant=x", mock.url),
        format!("{}#top", mock.url),
    ] {
        let runs = [
            (
                "profile add",
                add(
                    dir.path(),
                    "q",
                    &bad,
                    "key-0123456789abcdef",
                    &["--no-verify"],
                ),
            ),
            (
                "profile update",
                qlik_run(dir.path(), &[], &["profile", "update", "p", "-s", &bad]),
            ),
            (
                "--server",
                qlik_run(dir.path(), &key, &["item", "ls", "-s", &bad]),
            ),
            (
                "QLIK_SERVER",
                qlik_run(
                    dir.path(),
                    &[key[0], ("QLIK_SERVER", bad.as_str())],
                    &["item", "ls"],
                ),
            ),
        ];
        for (from, r) in runs {
            assert_eq!(r.code, 2, "{from} {bad}: {}", r.err);
            assert_error_shape(&r.err);
            assert!(r.err.starts_with("error: server `"), "{from}: {}", r.err);
            assert!(
                r.err.contains(&format!(
                    "hint: give the tenant's address alone, in the form {FORM}; here that is {}",
                    mock.url
                )),
                "{from} {bad}: {}",
                r.err
            );
        }
    }
    // The same from the config file.
    std::fs::write(
        dir.path().join("config.toml"),
        before.replace(&mock.url, &format!("{}/hub", mock.url)),
    )
    .unwrap();
    let r = qlik_run(dir.path(), &[], &["item", "ls"]);
    assert_eq!(r.code, 2, "{}", r.err);
    assert!(r.err.contains(FORM), "{}", r.err);
    assert!(mock.requests().is_empty(), "{:?}", mock.requests());
    assert!(!config_text(dir.path()).contains("[profiles.q]"));
}

// ---- the check of a key at `profile add` ----

#[test]
fn add_checks_the_key_and_says_whom_it_acts_as() {
    let server = emulator(1, Faults::default());
    let dir = tempfile::tempdir().unwrap();
    let r = add(dir.path(), "emu", server.base_url(), server.api_key(), &[]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(r.out, "");
    assert!(
        r.err.contains(
            "The key was checked: it acts as Emulator User <emulator@example.com> (user id "
        ),
        "{}",
        r.err
    );
    assert!(!r.err.contains(server.api_key()), "{}", r.err);
    let paths: Vec<String> = server
        .requests()
        .iter()
        .map(|q| q.path_and_query.clone())
        .collect();
    // users/me is a 301 to the user (the Users contract), followed once.
    assert_eq!(paths.len(), 2, "{paths:?}");
    assert_eq!(paths[0], "/api/v1/users/me");
    assert!(
        paths[1].starts_with("/api/v1/users/") && paths[1] != paths[0],
        "{paths:?}"
    );
}

#[test]
fn add_with_a_refused_key_exits_4_and_saves_nothing() {
    let server = emulator(1, Faults::default());
    let dir = tempfile::tempdir().unwrap();
    let r = add(
        dir.path(),
        "p",
        server.base_url(),
        "wrong-key-0123456789",
        &[],
    );
    assert_eq!(r.code, 4, "{}", r.err);
    assert_error_shape(&r.err);
    assert!(r.err.contains("refused the API key"), "{}", r.err);
    assert!(r.err.contains("hint: nothing was saved"), "{}", r.err);
    assert!(!r.err.contains("wrong-key-0123456789"), "{}", r.err);
    assert!(!dir.path().join("config.toml").exists());
    assert!(!dir.path().join("credentials.toml").exists());

    // 403 too.
    let mock = Mock::start(|_, _| {
        Reply::json(
            403,
            &json!({"errors": [{"code": "HTTP-403", "title": "Forbidden"}]}),
        )
    });
    let r = add(dir.path(), "p", &mock.url, "key-0123456789abcdef", &[]);
    assert_eq!(r.code, 4, "{}", r.err);
    assert!(!dir.path().join("config.toml").exists());
}

#[test]
fn add_to_a_server_that_cannot_be_reached_exits_7_and_hints_no_verify() {
    let dir = tempfile::tempdir().unwrap();
    let url = dead_url();
    let r = add(
        dir.path(),
        "p",
        &url,
        "key-0123456789abcdef",
        &["--retry", "0"],
    );
    assert_eq!(r.code, 7, "{}", r.err);
    assert_error_shape(&r.err);
    assert!(r.err.contains("cannot connect to"), "{}", r.err);
    assert!(
        r.err
            .contains("hint: nothing was saved; to save it anyway, add --no-verify"),
        "{}",
        r.err
    );
    assert!(!dir.path().join("config.toml").exists());
    // --no-verify saves it, and says nothing was checked... by sending nothing.
    let r = add(
        dir.path(),
        "p",
        &url,
        "key-0123456789abcdef",
        &["--no-verify"],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(!r.err.contains("checked"), "{}", r.err);
    assert_eq!(show(dir.path(), "p")["server"], url.as_str());
}

#[test]
fn add_falls_back_to_one_item_listing_when_users_me_is_404() {
    let mock = Mock::start(|_, req| {
        if req.path.starts_with("/api/v1/items") {
            Reply::json(200, &json!({"data": [], "links": {}}))
        } else {
            Reply::json(
                404,
                &json!({"errors": [{"code": "HTTP-404", "title": "Not found"}]}),
            )
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let r = add(dir.path(), "p", &mock.url, "key-0123456789abcdef", &[]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.err.contains("the server accepted it"), "{}", r.err);
    let paths: Vec<String> = mock.requests().iter().map(|q| q.path.clone()).collect();
    assert_eq!(paths, ["/api/v1/users/me", "/api/v1/items?limit=1"]);
    let auth = mock.requests()[1]
        .header("authorization")
        .map(str::to_string);
    assert_eq!(auth.as_deref(), Some("Bearer key-0123456789abcdef"));
}

#[test]
fn add_to_a_server_that_is_not_qlik_exits_1_and_saves_nothing() {
    let html = || Reply::typed(200, "text/html", b"<html>welcome</html>".to_vec());
    let servers = [
        // A web site answering a page to anything.
        Mock::start(move |_, _| html()),
        // Nothing at either path.
        Mock::start(|_, _| Reply::json(404, &json!({}))),
        // users/me missing, and the listing is not one.
        Mock::start(|_, req| {
            if req.path.starts_with("/api/v1/items") {
                Reply::json(200, &json!({"hello": "world"}))
            } else {
                Reply::json(404, &json!({}))
            }
        }),
    ];
    let dir = tempfile::tempdir().unwrap();
    for mock in &servers {
        let r = add(dir.path(), "p", &mock.url, "key-0123456789abcdef", &[]);
        assert_eq!(r.code, 1, "{}", r.err);
        assert_error_shape(&r.err);
        assert!(r.err.contains("does not look like Qlik Cloud"), "{}", r.err);
        assert!(r.err.contains("--no-verify"), "{}", r.err);
        assert!(mock.requests().len() <= 2, "{:?}", mock.requests());
    }
    assert!(!dir.path().join("config.toml").exists());
}

#[test]
fn the_user_the_server_names_is_escaped_and_cut() {
    let mock = Mock::start(|_, _| {
        Reply::json(
            200,
            &json!({
                "id": "u1\u{1b}[2J",
                "name": format!("Eve\u{1b}]0;pwned\u{7}\n{}", "x".repeat(5000)),
                "email": "eve@example.com\r\u{202e}",
            }),
        )
    });
    let dir = tempfile::tempdir().unwrap();
    let r = add(dir.path(), "p", &mock.url, "key-0123456789abcdef", &[]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(!r.err.contains('\u{1b}'), "{:?}", r.err);
    assert!(!r.err.contains('\r'), "{:?}", r.err);
    assert!(!r.err.contains('\u{202e}'), "{:?}", r.err);
    let line = r
        .err
        .lines()
        .find(|l| l.starts_with("The key was checked"))
        .unwrap();
    assert!(line.len() < 1000, "{}", line.len());
}

// ---- profile update ----

#[test]
fn update_changes_only_what_is_given_and_keeps_the_key() {
    let server = emulator(2, Faults::default());
    let dir = tempfile::tempdir().unwrap();
    let r = add(
        dir.path(),
        "p",
        server.base_url(),
        server.api_key(),
        &["-o", "json", "--tier1-per-minute", "500"],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    let key_before = show(dir.path(), "p")["api_key"].clone();
    let requests_before = server.requests().len();

    let r = qlik_run(
        dir.path(),
        &[],
        &[
            "profile",
            "update",
            "p",
            "--output",
            "yaml",
            "--tier2-per-minute",
            "50",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(r.out, "");
    assert_eq!(
        r.err,
        "Updated profile `p`: output yaml, tier2_per_minute 50.\n"
    );
    // Neither the server nor the key changed: nothing was checked.
    assert_eq!(server.requests().len(), requests_before);
    let shown = show(dir.path(), "p");
    assert_eq!(shown["output"], "yaml");
    assert_eq!(shown["tier1_per_minute"], 500);
    assert_eq!(shown["tier2_per_minute"], 50);
    assert_eq!(shown["api_key"], key_before);
    assert_eq!(shown["server"], server.base_url());
    // The kept key still works, and the new output is used.
    let r = qlik_run(dir.path(), &[], &["item", "settings", "ls"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(r.out.trim(), "usageMetricsEnabled: true");
    // The same again changes nothing, and says so.
    let r = qlik_run(dir.path(), &[], &["profile", "update", "p", "-o", "yaml"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.err.contains("nothing changed"), "{}", r.err);
}

#[test]
fn update_unsets_settings_and_turns_booleans_off() {
    let dir = tempfile::tempdir().unwrap();
    let ca = dir.path().join("ca.pem");
    std::fs::write(&ca, "not read here").unwrap();
    // A comment of the user's survives the changes.
    let r = add(
        dir.path(),
        "p",
        "https://p.example.com",
        "key-0123456789abcdef",
        &[
            "--no-verify",
            "-o",
            "jsonl",
            "--tier1-per-minute",
            "5",
            "--tier2-per-minute",
            "6",
            "--insecure",
            "--ca-cert",
            ca.to_str().unwrap(),
        ],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    let text = format!("# mine\n{}", config_text(dir.path()));
    std::fs::write(dir.path().join("config.toml"), text).unwrap();
    let r = qlik_run(
        dir.path(),
        &[],
        &[
            "profile",
            "update",
            "p",
            "--unset",
            "output",
            "--unset",
            "tier1_per_minute",
            "--unset",
            "tier2-per-minute",
            "--unset",
            "ca-cert",
            "--no-insecure",
            "--allow-http",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(
        r.err,
        "Updated profile `p`: output unset, tier1_per_minute unset, tier2_per_minute unset, \
         insecure false, ca_cert unset, allow_http true.\n"
    );
    let config = config_text(dir.path());
    assert_eq!(
        config,
        "# mine\ndefault_profile = \"p\"\n\n[profiles.p]\nserver = \"https://p.example.com\"\n\
         allow_http = true\n",
        "{config}"
    );
    let r = qlik_run(
        dir.path(),
        &[],
        &["profile", "update", "p", "--no-allow-http"],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(show(dir.path(), "p")["allow_http"], false);
    // --unset of a boolean is the same as its --no- form.
    let r = qlik_run(dir.path(), &[], &["profile", "update", "p", "--insecure"]);
    assert!(r.err.contains("warning: TLS certificates"), "{}", r.err);
    let r = qlik_run(
        dir.path(),
        &[],
        &["profile", "update", "p", "--unset", "insecure"],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(show(dir.path(), "p")["insecure"], false);
}

#[test]
fn update_refuses_bad_input_before_anything_is_sent_or_saved() {
    let mock = silent_mock();
    let dir = tempfile::tempdir().unwrap();
    add_unchecked(dir.path(), &mock.url);
    let before = config_text(dir.path());
    let cases: [(&[&str], i32, &str); 9] = [
        (
            &["profile", "update", "nope", "-o", "yaml"],
            3,
            "no profile named `nope`",
        ),
        (&["profile", "update", "p"], 2, "nothing to change"),
        (
            &["profile", "update", "p", "-o", "yaml", "--unset", "output"],
            2,
            "--unset output and a value",
        ),
        (
            &["profile", "update", "p", "--insecure", "--no-insecure"],
            2,
            "cannot be used with",
        ),
        (
            &["profile", "update", "p", "--unset", "server"],
            2,
            "invalid value",
        ),
        (&["profile", "update", "p", "-o", "xml"], 2, "invalid value"),
        (
            &["profile", "update", "p", "--tier1-per-minute", "x"],
            2,
            "--tier1-per-minute",
        ),
        (
            &["profile", "update", "p", "--server", "http://10.0.0.1"],
            2,
            "allow_http = true",
        ),
        // No terminal to ask on.
        (
            &["profile", "update", "p", "--ask-api-key"],
            2,
            "--api-key-stdin",
        ),
    ];
    for (args, code, needle) in cases {
        let r = qlik_run(dir.path(), &[], args);
        assert_eq!(r.code, code, "{args:?}: {}", r.err);
        assert!(r.err.contains(needle), "{args:?}: {}", r.err);
        assert!(r.err.starts_with("error: "), "{args:?}: {}", r.err);
    }
    assert_eq!(config_text(dir.path()), before);
    assert!(mock.requests().is_empty(), "{:?}", mock.requests());
}

#[test]
fn update_of_the_server_checks_the_kept_key_there() {
    let a = emulator(1, Faults::default());
    let b = BackgroundServer::start(Config {
        api_key: "another-key-0123456789".into(),
        tier1_per_minute: 0,
        tier2_per_minute: 0,
        ..Config::default()
    })
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let r = add(dir.path(), "p", a.base_url(), a.api_key(), &[]);
    assert_eq!(r.code, 0, "{}", r.err);
    let before = config_text(dir.path());
    // B does not take A's key: exit 4, nothing saved.
    let r = qlik_run(
        dir.path(),
        &[],
        &["profile", "update", "p", "-s", b.base_url()],
    );
    assert_eq!(r.code, 4, "{}", r.err);
    assert!(r.err.contains("refused the API key"), "{}", r.err);
    assert_eq!(config_text(dir.path()), before);
    // With B's key from stdin, the check passes and both are saved.
    let r = Run::of(
        qlik(dir.path(), &[])
            .args([
                "profile",
                "update",
                "p",
                "-s",
                b.base_url(),
                "--api-key-stdin",
            ])
            .write_stdin("another-key-0123456789\n")
            .output()
            .unwrap(),
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(
        r.err.starts_with(&format!(
            "Updated profile `p`: server {}, API key ****6789.\nThe key was checked: it acts as \
             Emulator User",
            b.base_url()
        )),
        "{}",
        r.err
    );
    let r = qlik_run(dir.path(), &[], &["item", "settings", "ls"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(
        b.requests()
            .iter()
            .any(|q| q.path_and_query == "/api/v1/items/settings")
    );
    // --no-verify moves it to a server that cannot be reached, sending nothing.
    let dead = dead_url();
    let r = qlik_run(
        dir.path(),
        &[],
        &["profile", "update", "p", "-s", &dead, "--no-verify"],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(show(dir.path(), "p")["server"], dead.as_str());
    // Without it, exit 7 and the hint (the same port by another name is another server).
    let dead = dead.replace("127.0.0.1", "localhost");
    let r = qlik_run(
        dir.path(),
        &[],
        &[
            "profile",
            "update",
            "p",
            "-s",
            &format!("{dead}/api/v1"),
            "--retry",
            "0",
            "-o",
            "yaml",
        ],
    );
    assert_eq!(r.code, 7, "{}", r.err);
    assert!(
        r.err.starts_with("note: --server ends in /api/v1"),
        "{}",
        r.err
    );
    assert!(r.err.contains("--no-verify"), "{}", r.err);
    assert_ne!(show(dir.path(), "p")["output"], "yaml");
}

#[test]
fn update_with_a_new_key_checks_it_first() {
    let server = emulator(1, Faults::default());
    let dir = tempfile::tempdir().unwrap();
    let r = add(
        dir.path(),
        "p",
        server.base_url(),
        "stale-key-0123456789",
        &["--no-verify"],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    // A refused new key is not saved.
    let r = Run::of(
        qlik(dir.path(), &[])
            .args(["profile", "update", "p", "--api-key-stdin"])
            .write_stdin("also-wrong-0123456789")
            .output()
            .unwrap(),
    );
    assert_eq!(r.code, 4, "{}", r.err);
    assert_eq!(show(dir.path(), "p")["api_key"], "****6789");
    let creds = std::fs::read_to_string(dir.path().join("credentials.toml")).unwrap();
    assert!(creds.contains("stale-key-0123456789"));
    // The right one is checked and saved.
    let r = Run::of(
        qlik(dir.path(), &[])
            .args(["profile", "update", "p", "--api-key-stdin"])
            .write_stdin(format!("{}\n", server.api_key()))
            .output()
            .unwrap(),
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.err.contains("The key was checked"), "{}", r.err);
    let r = qlik_run(dir.path(), &[], &["item", "ls", "-q"]);
    assert_eq!(r.code, 0, "{}", r.err);
}

#[test]
fn update_default_makes_the_profile_the_default() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["a", "b"] {
        let r = add(
            dir.path(),
            name,
            &format!("https://{name}.example.com"),
            "key-0123456789abcdef",
            &["--no-verify"],
        );
        assert_eq!(r.code, 0, "{}", r.err);
    }
    let r = qlik_run(dir.path(), &[], &["profile", "update", "b", "--default"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.err.contains("now the default profile"), "{}", r.err);
    let r = qlik_run(dir.path(), &[], &["profile", "current"]);
    assert_eq!(r.out, "b\n");
    // Every format profile add takes, update takes too.
    for format in ["wide", "table", "json", "yaml", "jsonl"] {
        let r = qlik_run(dir.path(), &[], &["profile", "update", "a", "-o", format]);
        assert_eq!(r.code, 0, "{format}: {}", r.err);
        assert_eq!(show(dir.path(), "a")["output"], format);
    }
}

#[test]
fn update_help_shows_every_setting_and_examples() {
    let dir = tempfile::tempdir().unwrap();
    let r = qlik_run(dir.path(), &[], &["profile", "update", "--help"]);
    assert_eq!(r.code, 0, "{}", r.err);
    for needle in [
        "Examples:",
        "qlik profile update prod --server https://tenant.eu.qlikcloud.com",
        "--unset <SETTING>",
        "--no-insecure",
        "--no-allow-http",
        "--api-key-stdin",
        "--ask-api-key",
        "--no-verify",
        "--tier1-per-minute",
        "--ca-cert",
        "exit code 3",
    ] {
        assert!(r.out.contains(needle), "{needle}: {}", r.out);
    }
    let r = qlik_run(dir.path(), &[], &["profile", "add", "--help"]);
    assert!(r.out.contains("--no-verify"), "{}", r.out);
    assert!(r.out.contains("/api/v1/users/me"), "{}", r.out);
}

#[test]
fn a_profile_without_a_key_points_at_profile_update() {
    let server = emulator(1, Faults::default());
    let dir = tempfile::tempdir().unwrap();
    let r = add(dir.path(), "p", server.base_url(), server.api_key(), &[]);
    assert_eq!(r.code, 0, "{}", r.err);
    std::fs::remove_file(dir.path().join("credentials.toml")).unwrap();
    let r = qlik_run(dir.path(), &[], &["item", "ls", "-q"]);
    assert_eq!(r.code, 4, "{}", r.err);
    assert!(
        r.err
            .contains("save one with `qlik profile update p --ask-api-key` (or --api-key-stdin)"),
        "{}",
        r.err
    );
    // Doing so (from stdin here) restores it, the other settings untouched.
    let r = Run::of(
        qlik(dir.path(), &[])
            .args(["profile", "update", "p", "--api-key-stdin"])
            .write_stdin(server.api_key().to_string())
            .output()
            .unwrap(),
    );
    assert_eq!(r.code, 0, "{}", r.err);
    let r = qlik_run(dir.path(), &[], &["item", "ls", "-q"]);
    assert_eq!(r.code, 0, "{}", r.err);
}
