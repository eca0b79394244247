//! The API key stays secret: never printed, never written outside `credentials.toml`, never
//! sent to another origin or over plain http to a remote host; TLS trust works from
//! `--ca-cert` and `SSL_CERT_FILE`. (0600 credentials and the looser-mode warning are in
//! profile.rs; `--insecure`'s warning in item.rs.)

use crate::support;

use std::path::Path;

use qlik_emulator::{BackgroundServer, Config, Faults};
use serde_json::json;
use support::{Mock, Reply, SeenRequest, qlik};

const SENTINEL: &str = "qlik-SENTINEL-key-5e1f0a9c";

fn emulator(key: &str, faults: Faults) -> BackgroundServer {
    BackgroundServer::start(Config {
        items: 150,
        api_key: key.into(),
        tier1_per_minute: 0,
        tier2_per_minute: 0,
        faults,
        ..Config::default()
    })
    .unwrap()
}

/// Every file under `dir` other than credentials.toml must not hold the key.
fn assert_files_clean(dir: &Path) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            assert_files_clean(&path);
        } else if path.file_name().is_some_and(|n| n != "credentials.toml") {
            let bytes = std::fs::read(&path).unwrap();
            assert!(
                !String::from_utf8_lossy(&bytes).contains(SENTINEL),
                "the key is in {}",
                path.display()
            );
        }
    }
}

fn assert_clean(label: &str, out: &std::process::Output) {
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stdout.contains(SENTINEL), "{label}: the key is on stdout");
    assert!(!stderr.contains(SENTINEL), "{label}: the key is on stderr");
    assert!(!stderr.contains("panicked"), "{label}: {stderr}");
}

#[test]
fn the_key_never_appears_in_output_or_files_at_any_verbosity() {
    let good = emulator(SENTINEL, Faults::default());
    let wrong_key = emulator("another-key", Faults::default());
    let failing = emulator(
        SENTINEL,
        Faults {
            error_503: 0.5,
            error_500: 0.2,
            drop: 0.2,
            retry_after_secs: Some(0),
            ..Faults::default()
        },
    );
    let id = good.item_ids()[0].clone();
    let commands: Vec<Vec<&str>> = vec![
        vec!["item", "ls"],
        vec!["item", "ls", "--all", "-o", "yaml"],
        vec!["item", "ls", "--raw"],
        vec!["item", "ls", "-o", "table"],
        vec!["item", "get", &id],
        vec!["item", "get", &id, "missing-id"],
        vec!["item", "get", "missing-id"],
        vec!["item", "collections", &id],
        vec!["item", "publisheditems", &id],
        vec!["item", "settings", "ls"],
        vec!["item", "settings", "ls", "--raw"],
        vec!["item", "ls", "--limit", "0"],
        vec!["profile", "ls"],
        vec!["profile", "current"],
        vec!["item", "update", &id, "--name", "n", "--dry-run"],
        vec![
            "item",
            "update",
            &id,
            "--name",
            "renamed",
            "--resourceType",
            "app",
        ],
        vec!["item", "update", "missing-id", "--name", "n"],
        vec!["item", "rm", &id, "missing-id", "--dry-run"],
        vec!["item", "rm", "missing-id", "--yes"],
        vec!["item", "rm", "missing-id"],
        vec![
            "item",
            "settings",
            "patch",
            "--usageMetricsEnabled",
            "false",
            "--dry-run",
        ],
        vec!["item", "settings", "patch", "--usageMetricsEnabled", "true"],
    ];
    let dir = tempfile::tempdir().unwrap();
    // One thread per server.
    let runs = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for server in [&good, &wrong_key, &failing] {
            let (commands, dir, runs) = (&commands, &dir, &runs);
            scope.spawn(move || {
                for verbosity in [&[][..], &["-v"][..]] {
                    for cmd in commands {
                        let mut args = cmd.clone();
                        args.extend_from_slice(verbosity);
                        args.extend(["--retry", "1", "--interval", "0.001"]);
                        let out = qlik(
                            dir.path(),
                            &[
                                ("QLIK_SERVER", server.base_url()),
                                ("QLIK_API_KEY", SENTINEL),
                            ],
                        )
                        .args(&args)
                        .output()
                        .unwrap();
                        assert_clean(&format!("{args:?} on {}", server.base_url()), &out);
                        runs.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    }
                }
            });
        }
    });
    let mut runs = runs.into_inner();

    // Through a profile: add (key on stdin), show, ls, use, a listing, rm.
    let profile_steps: Vec<Vec<&str>> = vec![
        vec![
            "profile",
            "add",
            "p",
            "--server",
            good.base_url(),
            "--api-key-stdin",
        ],
        vec!["profile", "show", "p"],
        vec!["profile", "show", "p", "-o", "yaml"],
        vec!["profile", "ls", "-v"],
        vec!["profile", "use", "p"],
        vec!["item", "ls", "-v", "--profile", "p"],
        vec!["item", "get", "missing", "-v"],
        vec!["context", "get", "p"],
    ];
    for step in &profile_steps {
        let out = qlik(dir.path(), &[])
            .args(step)
            .write_stdin(SENTINEL)
            .output()
            .unwrap();
        assert_clean(&format!("{step:?}"), &out);
        runs += 1;
    }
    let creds = std::fs::read_to_string(dir.path().join("credentials.toml")).unwrap();
    assert!(creds.contains(SENTINEL), "the key was stored");
    assert_files_clean(dir.path());
    let out = qlik(dir.path(), &[])
        .args(["profile", "rm", "p"])
        .output()
        .unwrap();
    assert_clean("profile rm", &out);
    assert_files_clean(dir.path());
    assert!(runs > 120);
}

#[test]
fn plain_http_to_a_remote_host_is_refused_unless_allowed() {
    let dir = tempfile::tempdir().unwrap();
    let out = qlik(
        dir.path(),
        &[
            ("QLIK_SERVER", "http://tenant.invalid"),
            ("QLIK_API_KEY", SENTINEL),
        ],
    )
    .args(["item", "ls"])
    .output()
    .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.starts_with("error: "), "{err}");
    assert!(err.contains("QLIK_ALLOW_HTTP=1"), "{err}");
    assert_clean("http refused", &out);

    // Allowed: it goes on and fails on resolution (`.invalid` never resolves).
    let out = qlik(
        dir.path(),
        &[
            ("QLIK_SERVER", "http://tenant.invalid"),
            ("QLIK_API_KEY", SENTINEL),
            ("QLIK_ALLOW_HTTP", "1"),
        ],
    )
    .args(["item", "ls", "--retry", "0"])
    .output()
    .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(7), "{err}");
    assert!(
        err.contains("cannot connect to http://tenant.invalid"),
        "{err}"
    );
    assert_clean("http allowed", &out);
}

/// A mock on 127.0.0.2 (another origin) answering an empty listing.
fn other_origin() -> Mock {
    Mock::on("127.0.0.2", |_, _| {
        Reply::body(200, r#"{"data":[],"links":{}}"#)
    })
}

/// Whether a request carried credentials: an Authorization header, or the key anywhere.
fn has_credentials(r: &SeenRequest) -> bool {
    r.header("authorization").is_some()
        || r.path.contains(SENTINEL)
        || r.headers.iter().any(|(_, v)| v.contains(SENTINEL))
}

#[test]
fn a_redirect_to_another_host_drops_the_authorization_header() {
    let other = other_origin();
    let target = format!("{}/api/v1/items/settings", other.url);
    let mock = Mock::start(move |_, _| Reply::json(307, &json!({})).header("Location", &target));
    let dir = tempfile::tempdir().unwrap();
    let out = qlik(
        dir.path(),
        &[("QLIK_SERVER", &mock.url), ("QLIK_API_KEY", SENTINEL)],
    )
    .args(["item", "settings", "ls", "-v"])
    .output()
    .unwrap();
    assert_clean("redirect", &out);
    assert_eq!(mock.requests().len(), 1);
    assert_eq!(
        mock.requests()[0].header("authorization"),
        Some(format!("Bearer {SENTINEL}").as_str()),
        "the configured server gets the key"
    );
    for req in other.requests() {
        assert!(!has_credentials(&req), "{req:?}");
    }
}

#[test]
fn a_paging_link_to_another_origin_never_gets_the_key() {
    let other = other_origin();
    let next = format!("{}/api/v1/items?next=elsewhere&limit=100", other.url);
    let mock = Mock::start(move |_, req| {
        if req.path.contains("next=elsewhere") {
            Reply::json(200, &json!({"data": [{"id": "b"}], "links": {}}))
        } else {
            Reply::json(
                200,
                &json!({"data": [{"id": "a"}], "links": {"next": {"href": next}}}),
            )
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let out = qlik(
        dir.path(),
        &[("QLIK_SERVER", &mock.url), ("QLIK_API_KEY", SENTINEL)],
    )
    .args(["item", "ls", "--all", "-q"])
    .output()
    .unwrap();
    assert_clean("paging link", &out);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "a\nb\n");
    // Followed by its path and query on the configured server, with the key there only.
    let reqs = mock.requests();
    assert_eq!(reqs.len(), 2);
    assert_eq!(reqs[1].path, "/api/v1/items?next=elsewhere&limit=100");
    assert!(
        other.requests().iter().all(|r| !has_credentials(r)),
        "the other origin got the key"
    );
    assert!(other.requests().is_empty(), "the other origin was asked");
}

#[test]
fn ssl_cert_file_and_ca_cert_trust_the_emulators_tls() {
    let server = BackgroundServer::start(Config {
        items: 3,
        api_key: SENTINEL.into(),
        tier1_per_minute: 0,
        tier2_per_minute: 0,
        tls: true,
        ..Config::default()
    })
    .unwrap();
    let cert = server
        .tls_cert_path()
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    let dir = tempfile::tempdir().unwrap();
    let base = [
        ("QLIK_SERVER", server.base_url()),
        ("QLIK_API_KEY", SENTINEL),
    ];
    let mut with_file = base.to_vec();
    with_file.push(("SSL_CERT_FILE", &cert));
    for (label, vars, args) in [
        ("SSL_CERT_FILE", with_file, vec!["item", "ls", "-q"]),
        (
            "--ca-cert",
            base.to_vec(),
            vec!["item", "ls", "-q", "--ca-cert", &cert],
        ),
    ] {
        let out = qlik(dir.path(), &vars).args(&args).output().unwrap();
        assert_clean(label, &out);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{label}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 3);
    }
    // Neither: refused.
    let out = qlik(dir.path(), &base)
        .args(["item", "ls"])
        .output()
        .unwrap();
    assert_clean("untrusted", &out);
    assert_eq!(out.status.code(), Some(1));
}
