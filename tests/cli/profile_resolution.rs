//! Settings resolution as an item command sees it: the real binary, a cleared environment, a
//! temporary config directory, and the mock on 127.0.0.1, which tells which key reached it. Every output is checked for the sentinel keys.

use std::path::Path;

use assert_cmd::Command;

use crate::support::{Mock, Reply, add_profile};

const SENTINEL: &str = "sentinel-api-key-5f3a9c2e71b4";
const OTHER: &str = "sentinel-other-key-0d1e2f3a";

/// A mock answering every request with `{"usageMetricsEnabled":true}`.
fn recorder() -> Mock {
    Mock::start(|_, _| Reply::body(200, r#"{"usageMetricsEnabled":true}"#))
}

/// The Authorization header of each request `mock` got (empty where there was none).
fn keys(mock: &Mock) -> Vec<String> {
    mock.requests()
        .iter()
        .map(|r| r.header("authorization").unwrap_or_default().to_string())
        .collect()
}

fn qlik(dir: &Path) -> Command {
    crate::support::qlik(dir, &[])
}

fn run(cmd: &mut Command, code: i32) -> (String, String) {
    let out = cmd.output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        out.status.code(),
        Some(code),
        "exit status\n--- stdout\n{stdout}\n--- stderr\n{stderr}"
    );
    for key in [SENTINEL, OTHER] {
        assert!(!stdout.contains(key), "key on stdout: {stdout}");
        assert!(!stderr.contains(key), "key on stderr: {stderr}");
    }
    // An error printed as JSON (`-o json`) reads as its text lines.
    (stdout, crate::support::as_text(&stderr))
}

fn settings_ls(cmd: &mut Command) -> &mut Command {
    cmd.args(["item", "settings", "ls", "--json"])
}

#[test]
fn no_credentials_exit_4_with_both_ways_to_set_up() {
    let dir = tempfile::tempdir().unwrap();
    let (out, err) = run(settings_ls(&mut qlik(dir.path())), 4);
    assert_eq!(out, "");
    assert!(err.starts_with("error: no credentials\nhint: "), "{err}");
    assert!(err.contains("QLIK_SERVER and QLIK_API_KEY"), "{err}");
    assert!(err.contains("qlik profile add NAME --server"), "{err}");
    assert!(err.contains("--api-key-stdin"), "{err}");
}

#[test]
fn the_default_profiles_key_is_sent() {
    let server = recorder();
    let dir = tempfile::tempdir().unwrap();
    add_profile(dir.path(), "emu", &server.url, SENTINEL);
    let (out, _) = run(settings_ls(&mut qlik(dir.path())), 0);
    assert!(out.contains("usageMetricsEnabled"), "{out}");
    assert_eq!(keys(&server), [format!("Bearer {SENTINEL}")]);
}

#[test]
fn ci_env_pair_needs_no_files() {
    let server = recorder();
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("never-created");
    run(
        settings_ls(&mut qlik(&missing))
            .env("QLIK_SERVER", &server.url)
            .env("QLIK_API_KEY", OTHER),
        0,
    );
    assert_eq!(keys(&server), [format!("Bearer {OTHER}")]);
    assert!(!missing.exists(), "nothing is written");
}

#[test]
fn flags_beat_env_which_beats_the_default_profile() {
    let a = recorder();
    let b = recorder();
    let dir = tempfile::tempdir().unwrap();
    add_profile(dir.path(), "a", &a.url, SENTINEL);
    add_profile(dir.path(), "b", &b.url, OTHER);

    // QLIK_PROFILE beats the default (a).
    run(settings_ls(qlik(dir.path()).env("QLIK_PROFILE", "b")), 0);
    assert_eq!(keys(&b), [format!("Bearer {OTHER}")]);
    // --profile (and qlik-cli's --context) beat QLIK_PROFILE and the env pair.
    run(
        settings_ls(
            qlik(dir.path())
                .env("QLIK_PROFILE", "b")
                .env("QLIK_SERVER", &b.url)
                .env("QLIK_API_KEY", "env-key-123456"),
        )
        .args(["--profile", "a"]),
        0,
    );
    run(
        settings_ls(&mut qlik(dir.path())).args(["--context", "a"]),
        0,
    );
    assert_eq!(keys(&a), vec![format!("Bearer {SENTINEL}"); 2]);
    // --server naming b's server uses b's key, though a is the default.
    run(
        settings_ls(&mut qlik(dir.path())).args(["--server", &b.url]),
        0,
    );
    assert_eq!(keys(&b).last().unwrap(), &format!("Bearer {OTHER}"));
    // QLIK_SERVER + QLIK_API_KEY beat the default profile.
    run(
        settings_ls(
            qlik(dir.path())
                .env("QLIK_SERVER", &b.url)
                .env("QLIK_API_KEY", "env-key-123456"),
        ),
        0,
    );
    assert_eq!(keys(&b).last().unwrap(), "Bearer env-key-123456");
    assert_eq!(keys(&a).len(), 2);
}

#[test]
fn resolution_errors_send_nothing() {
    let server = recorder();
    let dir = tempfile::tempdir().unwrap();
    add_profile(dir.path(), "a", &server.url, SENTINEL);

    let (_, err) = run(
        settings_ls(&mut qlik(dir.path())).args(["--profile", "nope"]),
        2,
    );
    assert!(err.contains("unknown profile `nope`"), "{err}");
    let (_, err) = run(settings_ls(qlik(dir.path()).env("QLIK_API_KEY", OTHER)), 2);
    assert!(
        err.contains("QLIK_API_KEY is set but QLIK_SERVER is not"),
        "{err}"
    );
    let (_, err) = run(
        settings_ls(qlik(dir.path()).env("QLIK_API_KEY", OTHER)).args(["-s", "http://10.0.0.1"]),
        2,
    );
    assert!(err.contains("plain http://"), "{err}");
    std::fs::write(dir.path().join("config.toml"), "[profiles.a]\nserver = 1\n").unwrap();
    let (_, err) = run(settings_ls(&mut qlik(dir.path())), 1);
    assert!(err.contains("config.toml:2: "), "{err}");
    assert!(keys(&server).is_empty(), "sent: {:?}", keys(&server));
}

#[test]
fn qlik_output_beats_the_profiles_output() {
    let server = recorder();
    let dir = tempfile::tempdir().unwrap();
    run(
        qlik(dir.path())
            .args(["profile", "add", "a", "--server", &server.url, "-o", "yaml"])
            .args(["--api-key-stdin", "--no-verify"])
            .write_stdin(SENTINEL),
        0,
    );
    let (out, _) = run(qlik(dir.path()).args(["item", "settings", "ls"]), 0);
    assert_eq!(out.trim(), "usageMetricsEnabled: true");
    let (out, _) = run(
        qlik(dir.path())
            .env("QLIK_OUTPUT", "json")
            .args(["item", "settings", "ls"]),
        0,
    );
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(value["usageMetricsEnabled"], true);
}

fn emulator(tls: bool) -> qlik_emulator::BackgroundServer {
    qlik_emulator::BackgroundServer::start(qlik_emulator::Config {
        items: 130,
        api_key: SENTINEL.to_string(),
        tier1_per_minute: 0,
        tier2_per_minute: 0,
        tls,
        ..qlik_emulator::Config::default()
    })
    .unwrap()
}

#[test]
fn a_profile_reaches_the_emulator_and_lists_everything() {
    let server = emulator(false);
    let dir = tempfile::tempdir().unwrap();
    add_profile(dir.path(), "emu", server.base_url(), SENTINEL);
    let (out, _) = run(qlik(dir.path()).args(["item", "ls", "--all", "-q"]), 0);
    let ids: Vec<String> = out.lines().map(str::to_string).collect();
    assert_eq!(ids, server.item_ids());
    // A wrong key in another profile for the same server: 401 is exit 4.
    add_profile(dir.path(), "wrong", server.base_url(), OTHER);
    let (_, err) = run(
        qlik(dir.path()).args(["item", "ls", "-q", "--profile", "wrong"]),
        4,
    );
    assert!(err.starts_with("error: "), "{err}");
}

#[test]
fn a_profiles_ca_cert_and_insecure_reach_the_client() {
    let server = emulator(true);
    let cert = server.tls_cert_path().unwrap().to_path_buf();
    let dir = tempfile::tempdir().unwrap();
    let url = server.base_url().to_string();
    assert!(url.starts_with("https://"), "{url}");
    // Without trust the self-signed certificate is refused; nothing is retried forever.
    add_profile(dir.path(), "plain", &url, SENTINEL);
    let out = qlik(dir.path())
        .args(["item", "settings", "ls", "--retry", "0"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    // The profile's ca_cert makes it trusted.
    run(
        qlik(dir.path())
            .args([
                "profile",
                "add",
                "trusted",
                "--server",
                &url,
                "--api-key-stdin",
                "--no-verify",
            ])
            .arg("--ca-cert")
            .arg(&cert)
            .write_stdin(SENTINEL),
        0,
    );
    let (out, _) = run(
        settings_ls(&mut qlik(dir.path())).args(["--profile", "trusted"]),
        0,
    );
    assert!(out.contains("usageMetricsEnabled"), "{out}");
    // So does the profile's insecure, with a warning.
    run(
        qlik(dir.path())
            .args([
                "profile",
                "add",
                "lax",
                "--server",
                &url,
                "--api-key-stdin",
                "--no-verify",
                "--insecure",
            ])
            .write_stdin(SENTINEL),
        0,
    );
    let (_, err) = run(
        settings_ls(&mut qlik(dir.path())).args(["--profile", "lax"]),
        0,
    );
    assert!(
        err.contains("warning: TLS certificates are not checked"),
        "{err}"
    );
}
