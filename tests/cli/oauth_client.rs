//! OAuth machine-to-machine credentials on the client side: profiles and environment that
//! hold a client, its access tokens fetched, cached and renewed, against the emulator.

use crate::support;

use std::path::Path;

use predicates::prelude::*;
use qlik_emulator::{
    BackgroundServer, Config, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, ManualClock, OAuthClient,
};
use support::qlik;

/// A client whose secret and tokens are watched for in every output and file.
const SENTINEL_ID: &str = "sentinel-client-id";
const SENTINEL_SECRET: &str = "sentinel-client-secret-0123456789";

fn server(clock: Option<ManualClock>, ttl: u64) -> BackgroundServer {
    BackgroundServer::start(Config {
        items: 5,
        tier1_per_minute: 0,
        tier2_per_minute: 0,
        oauth_clients: vec![
            OAuthClient::fixture(),
            OAuthClient::new(SENTINEL_ID, SENTINEL_SECRET),
        ],
        token_ttl_secs: ttl,
        clock,
        ..Config::default()
    })
    .unwrap()
}

/// The environment of a CI job with the sentinel client, and the cache in `cache`.
fn ci_env<'a>(emu: &'a BackgroundServer, cache: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("QLIK_SERVER", emu.base_url()),
        ("QLIK_CLIENT_ID", SENTINEL_ID),
        ("QLIK_CLIENT_SECRET", SENTINEL_SECRET),
        ("QLIK_CACHE_DIR", cache),
    ]
}

fn add_client_profile(dir: &Path, cache: &str, emu: &BackgroundServer, name: &str) {
    qlik(dir, &[("QLIK_CACHE_DIR", cache)])
        .args(["profile", "add", name, "--server", emu.base_url()])
        .args(["--client-id", DEFAULT_CLIENT_ID, "--client-secret-stdin"])
        .write_stdin(DEFAULT_CLIENT_SECRET)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "OAuth client qlik-emulator-client",
        ));
}

fn item_count(out: &[u8]) -> usize {
    let v: serde_json::Value = serde_json::from_slice(out).unwrap();
    v.as_array().unwrap().len()
}

#[test]
fn a_profile_with_a_client_lists_items() {
    let emu = server(None, 3600);
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    let cache = cache.to_str().unwrap();
    add_client_profile(dir.path(), cache, &emu, "bot");
    let creds = std::fs::read_to_string(dir.path().join("credentials.toml")).unwrap();
    assert!(
        creds.contains("client_id = \"qlik-emulator-client\""),
        "{creds}"
    );
    assert!(creds.contains("client_secret = "), "{creds}");
    assert!(!creds.contains("api_key"), "{creds}");
    let out = qlik(dir.path(), &[("QLIK_CACHE_DIR", cache)])
        .args(["item", "ls", "--json"])
        .assert()
        .success();
    assert_eq!(item_count(&out.get_output().stdout), 5);

    // `profile show` names the kind and masks the secret.
    qlik(dir.path(), &[])
        .args(["profile", "show", "bot", "--json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"kind\": \"oauth-client\""))
        .stdout(predicate::str::contains(
            "\"client_id\": \"qlik-emulator-client\"",
        ))
        .stdout(predicate::str::contains("\"scope\": \"user_default\""))
        .stdout(predicate::str::contains(DEFAULT_CLIENT_SECRET).not());
}

#[test]
fn env_only_ci_lists_items_and_twenty_commands_take_one_token() {
    let emu = server(None, 3600);
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    let cache = cache.to_str().unwrap();
    for _ in 0..20 {
        let out = qlik(dir.path(), &ci_env(&emu, cache))
            .args(["item", "ls", "--limit", "2", "--json"])
            .assert()
            .success();
        assert_eq!(item_count(&out.get_output().stdout), 2);
    }
    assert_eq!(emu.token_requests(), 1);
    // No config directory was needed.
    assert!(!dir.path().join("config.toml").exists());
}

#[test]
fn an_expired_token_is_renewed_once() {
    let clock = ManualClock::new(1_700_000_000_000);
    let emu = server(Some(clock.clone()), 3600);
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    let cache = cache.to_str().unwrap();
    qlik(dir.path(), &ci_env(&emu, cache))
        .args(["item", "ls", "--json"])
        .assert()
        .success();
    assert_eq!(emu.token_requests(), 1);
    // The emulator's clock moves past the token's life; the cache still holds it.
    clock.advance_ms(2 * 3600 * 1000);
    let out = qlik(dir.path(), &ci_env(&emu, cache))
        .args(["item", "ls", "--json"])
        .assert()
        .success();
    assert_eq!(item_count(&out.get_output().stdout), 5);
    assert_eq!(emu.token_requests(), 2);
    // The renewed token was cached: the next command needs none.
    qlik(dir.path(), &ci_env(&emu, cache))
        .args(["item", "ls", "--json"])
        .assert()
        .success();
    assert_eq!(emu.token_requests(), 2);
}

#[test]
fn a_wrong_secret_is_exit_4_with_the_reason() {
    let emu = server(None, 3600);
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    let cache = cache.to_str().unwrap();
    let wrong = "sentinel-wrong-secret-0123456789";
    let out = qlik(
        dir.path(),
        &[
            ("QLIK_SERVER", emu.base_url()),
            ("QLIK_CLIENT_ID", SENTINEL_ID),
            ("QLIK_CLIENT_SECRET", wrong),
            ("QLIK_CACHE_DIR", cache),
        ],
    )
    .args(["item", "ls"])
    .assert()
    .code(4);
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(err.starts_with("error: "), "{err}");
    assert!(err.contains("Unknown client_id"), "{err}");
    assert!(err.contains("hint: "), "{err}");
    assert!(!err.contains(wrong), "{err}");
    assert!(
        err.contains("error: the OAuth client was refused: "),
        "{err}"
    );
    // The profile add of a refused client saves nothing, and says "refused" once.
    let out = qlik(dir.path(), &[("QLIK_CACHE_DIR", cache)])
        .args(["profile", "add", "bot", "--server", emu.base_url()])
        .args(["--client-id", SENTINEL_ID, "--client-secret-stdin"])
        .write_stdin(wrong)
        .assert()
        .code(4);
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    let first = err.lines().next().unwrap_or_default();
    assert!(first.contains(" refused the OAuth client: "), "{err}");
    assert_eq!(first.matches("refused").count(), 1, "{err}");
    assert!(!dir.path().join("credentials.toml").exists());
}

#[test]
fn environment_conflicts_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let s = ("QLIK_SERVER", "http://127.0.0.1:9");
    for (vars, words) in [
        (
            vec![
                s,
                ("QLIK_API_KEY", "k"),
                ("QLIK_CLIENT_ID", "c"),
                ("QLIK_CLIENT_SECRET", "x"),
            ],
            "are both set",
        ),
        (
            vec![s, ("QLIK_CLIENT_ID", "c")],
            "QLIK_CLIENT_SECRET is not",
        ),
        (
            vec![s, ("QLIK_CLIENT_SECRET", "sentinel-x")],
            "QLIK_CLIENT_ID is not",
        ),
        (
            vec![s, ("QLIK_API_KEY", "k"), ("QLIK_OAUTH_SCOPE", "x")],
            "a scope is for",
        ),
    ] {
        let out = qlik(dir.path(), &vars)
            .args(["item", "ls"])
            .assert()
            .code(2);
        let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
        assert!(err.starts_with("error: ") && err.contains(words), "{err}");
        assert!(!err.contains("sentinel"), "{err}");
    }
}

#[test]
fn profile_update_switches_kinds() {
    let emu = server(None, 3600);
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    let cache = cache.to_str().unwrap();
    let env = [("QLIK_CACHE_DIR", cache)];
    qlik(dir.path(), &env)
        .args([
            "profile",
            "add",
            "p",
            "--server",
            emu.base_url(),
            "--api-key-stdin",
        ])
        .write_stdin(emu.api_key())
        .assert()
        .success();
    // A key's profile needs the client's secret to switch.
    qlik(dir.path(), &env)
        .args(["profile", "update", "p", "--client-id", SENTINEL_ID])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("needs the client's secret"));
    qlik(dir.path(), &env)
        .args(["profile", "update", "p", "--oauth-client-id", SENTINEL_ID])
        .args(["--client-secret-stdin"])
        .write_stdin(SENTINEL_SECRET)
        .assert()
        .success();
    let creds = std::fs::read_to_string(dir.path().join("credentials.toml")).unwrap();
    assert!(
        !creds.contains("api_key") && creds.contains(SENTINEL_ID),
        "{creds}"
    );
    qlik(dir.path(), &env)
        .args(["item", "ls", "--json"])
        .assert()
        .success();
    // Only the scope changes; the scope of a key's profile is an error.
    qlik(dir.path(), &env)
        .args([
            "profile",
            "update",
            "p",
            "--scope",
            "user_default",
            "--no-verify",
        ])
        .assert()
        .success();
    qlik(dir.path(), &env)
        .args(["profile", "update", "p", "--api-key-stdin"])
        .write_stdin(emu.api_key())
        .assert()
        .success();
    let creds = std::fs::read_to_string(dir.path().join("credentials.toml")).unwrap();
    assert!(
        creds.contains("api_key") && !creds.contains(SENTINEL_ID),
        "{creds}"
    );
    qlik(dir.path(), &env)
        .args(["profile", "show", "p", "--json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"kind\": \"api-key\""));
}

/// Every file under `dir` but `credentials.toml` and the token cache: none holds `needle`.
fn assert_in_no_other_file(dir: &Path, needle: &str, cache: &Path) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            if path != cache {
                assert_in_no_other_file(&path, needle, cache);
            }
            continue;
        }
        if path.file_name().is_some_and(|n| n == "credentials.toml") {
            continue;
        }
        let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).to_string();
        assert!(!text.contains(needle), "{} holds it", path.display());
    }
}

#[test]
fn secrets_and_tokens_appear_in_no_output_and_no_other_file() {
    let emu = server(None, 3600);
    let dir = tempfile::tempdir().unwrap();
    let cache_dir = dir.path().join("cache");
    let cache = cache_dir.to_str().unwrap();
    qlik(dir.path(), &[("QLIK_CACHE_DIR", cache)])
        .args(["profile", "add", "bot", "--server", emu.base_url()])
        .args(["--client-id", SENTINEL_ID, "--client-secret-stdin", "-v"])
        .write_stdin(SENTINEL_SECRET)
        .assert()
        .success();
    let mut outputs = Vec::new();
    for args in [
        vec!["item", "ls", "-v"],
        vec!["item", "ls", "-v", "--json"],
        vec!["item", "rm", "nope", "-v", "--dry-run"],
        vec!["item", "get", "nope", "-v"],
        vec!["profile", "show", "bot"],
        vec!["profile", "show", "bot", "-o", "yaml"],
    ] {
        let out = qlik(dir.path(), &[("QLIK_CACHE_DIR", cache)])
            .args(&args)
            .output()
            .unwrap();
        outputs.push(out.stdout);
        outputs.push(out.stderr);
    }
    // The token as the cache holds it.
    let token_file = std::fs::read_dir(cache_dir.join("tokens"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let cached: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&token_file).unwrap()).unwrap();
    let token = cached["access_token"].as_str().unwrap().to_string();
    assert!(!token.is_empty());
    let text = String::from_utf8_lossy(&std::fs::read(&token_file).unwrap()).to_string();
    assert!(!text.contains(SENTINEL_SECRET), "{text}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&token_file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    for out in &outputs {
        let out = String::from_utf8_lossy(out);
        assert!(!out.contains(SENTINEL_SECRET), "{out}");
        assert!(!out.contains(&token), "{out}");
    }
    assert_in_no_other_file(dir.path(), SENTINEL_SECRET, &cache_dir);
    assert_in_no_other_file(dir.path(), &token, &cache_dir);
}

/// A JWT-shaped key (`{"alg":"none"}.{"sub":"x","exp":1700000000}.sig`) that expired in 2023.
const EXPIRED_JWT: &str = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4IiwiZXhwIjoxNzAwMDAwMDAwfQ.c2ln";

fn status_json(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("{e}: {}", String::from_utf8_lossy(&out.stdout));
    })
}

#[test]
fn auth_status_of_a_key_in_table_and_json() {
    let emu = server(None, 3600);
    let dir = tempfile::tempdir().unwrap();
    let env = [
        ("QLIK_SERVER", emu.base_url()),
        ("QLIK_API_KEY", emu.api_key()),
    ];
    let out = qlik(dir.path(), &env)
        .args(["auth", "status", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v = status_json(&out);
    assert_eq!(v["kind"], "api-key");
    assert_eq!(v["server_from"], "QLIK_SERVER");
    assert_eq!(v["credential_from"], "QLIK_API_KEY");
    assert_eq!(v["ok"], true);
    assert_eq!(v["user_name"], qlik_emulator::EMULATOR_USER_NAME);
    assert_eq!(v["user_email"], qlik_emulator::EMULATOR_USER_EMAIL);
    assert!(
        v["user_id"].is_string() && v["tenant_id"].is_string(),
        "{v}"
    );
    assert!(v.get("key_expires").is_none(), "not a JWT: {v}");
    // `whoami`, as a table on a terminal.
    qlik(dir.path(), &env)
        .env("QLIK_FORCE_TTY", "1")
        .arg("whoami")
        .assert()
        .success()
        .stdout(predicate::str::is_match("(?m)^kind +api-key$").unwrap())
        .stdout(predicate::str::is_match("(?m)^user_name +Emulator User$").unwrap())
        .stdout(predicate::str::contains(emu.api_key()).not());
}

#[test]
fn auth_status_of_a_client_profile() {
    let emu = server(None, 3600);
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    let cache = cache.to_str().unwrap();
    add_client_profile(dir.path(), cache, &emu, "bot");
    let out = qlik(dir.path(), &[("QLIK_CACHE_DIR", cache)])
        .args(["auth", "status", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v = status_json(&out);
    assert_eq!(v["kind"], "oauth-client");
    assert_eq!(v["profile"], "bot");
    assert_eq!(v["profile_from"], "default_profile");
    assert_eq!(v["credential_from"], "profile");
    assert_eq!(v["client_id"], DEFAULT_CLIENT_ID);
    assert_eq!(v["user_name"], DEFAULT_CLIENT_ID);
    assert!(
        v["token_expires"]
            .as_str()
            .is_some_and(|t| t.ends_with('Z')),
        "{v}"
    );
    qlik(
        dir.path(),
        &[("QLIK_CACHE_DIR", cache), ("QLIK_FORCE_TTY", "1")],
    )
    .args(["auth", "status", "--profile", "bot"])
    .assert()
    .success()
    .stdout(predicate::str::is_match("(?m)^kind +oauth-client$").unwrap())
    .stdout(predicate::str::is_match("(?m)^profile_from +--profile$").unwrap())
    .stdout(predicate::str::contains(DEFAULT_CLIENT_SECRET).not());
}

#[test]
fn auth_status_reads_the_expiry_of_a_jwt_key() {
    let emu = BackgroundServer::start(Config {
        items: 1,
        api_key: EXPIRED_JWT.into(),
        ..Config::default()
    })
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let env = [
        ("QLIK_SERVER", emu.base_url()),
        ("QLIK_API_KEY", EXPIRED_JWT),
    ];
    let out = qlik(dir.path(), &env)
        .args(["auth", "status", "--json"])
        .output()
        .unwrap();
    let v = status_json(&out);
    assert_eq!(v["key_expires"], "2023-11-14T22:13:20Z");
    assert_eq!(v["key_expired"], true);
    // A server that refuses it: exit 4, the expiry in the hint.
    let other = server(None, 3600);
    let env = [
        ("QLIK_SERVER", other.base_url()),
        ("QLIK_API_KEY", EXPIRED_JWT),
    ];
    let out = qlik(dir.path(), &env)
        .args(["auth", "status", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    let v = status_json(&out);
    assert_eq!(v["ok"], false);
    let err = support::as_text(&String::from_utf8_lossy(&out.stderr));
    assert!(
        err.starts_with("error: ") && err.contains("refused"),
        "{err}"
    );
    assert!(
        err.contains("hint: the API key expired at 2023-11-14T22:13:20Z"),
        "{err}"
    );
}

#[test]
fn auth_status_of_an_unreachable_server() {
    // A port that was free a moment ago: nothing listens there.
    let url = support::dead_url();
    let dir = tempfile::tempdir().unwrap();
    let env = [
        ("QLIK_SERVER", url.as_str()),
        ("QLIK_API_KEY", "sentinel-key-0123456789"),
    ];
    let out = qlik(dir.path(), &env)
        .args(["auth", "status", "--json", "--retry", "0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v = status_json(&out);
    assert_eq!(v["ok"], false);
    assert_eq!(v["server"], url.as_str());
    // With --json the error is a JSON line too.
    let err = support::as_text(&String::from_utf8_lossy(&out.stderr));
    assert!(err.starts_with("error: cannot reach"), "{err}");
    assert!(
        !err.contains("sentinel") && !String::from_utf8_lossy(&out.stdout).contains("sentinel")
    );
    // The same as a table.
    qlik(dir.path(), &env)
        .env("QLIK_FORCE_TTY", "1")
        .args(["auth", "status", "--retry", "0"])
        .assert()
        .code(1)
        .stdout(predicate::str::is_match("(?m)^ok +false$").unwrap());
}

#[test]
fn logout_and_profile_rm_delete_the_cached_token() {
    let emu = server(None, 3600);
    let dir = tempfile::tempdir().unwrap();
    let cache_dir = dir.path().join("cache");
    let cache = cache_dir.to_str().unwrap();
    add_client_profile(dir.path(), cache, &emu, "bot");
    let tokens = || std::fs::read_dir(cache_dir.join("tokens")).map_or(0, |d| d.count());
    assert_eq!(tokens(), 1, "profile add verified, and kept the token");
    qlik(dir.path(), &[("QLIK_CACHE_DIR", cache)])
        .args(["auth", "logout"])
        .assert()
        .success()
        .stderr(predicate::str::contains("revoked it"));
    assert_eq!(tokens(), 0);
    let before = emu.token_requests();
    qlik(dir.path(), &[("QLIK_CACHE_DIR", cache)])
        .args(["item", "ls", "--json"])
        .assert()
        .success();
    assert_eq!(emu.token_requests(), before + 1);
    assert_eq!(tokens(), 1);
    qlik(dir.path(), &[("QLIK_CACHE_DIR", cache)])
        .args(["auth", "logout"])
        .assert()
        .success();
    qlik(dir.path(), &[("QLIK_CACHE_DIR", cache)])
        .args(["auth", "logout"])
        .assert()
        .success()
        .stderr(predicate::str::contains("nothing to do"));
    qlik(dir.path(), &[("QLIK_CACHE_DIR", cache)])
        .args(["item", "ls", "--json"])
        .assert()
        .success();
    assert_eq!(tokens(), 1);
    qlik(dir.path(), &[("QLIK_CACHE_DIR", cache)])
        .args(["profile", "rm", "bot"])
        .assert()
        .success();
    assert_eq!(tokens(), 0);
}

/// The environment of a CI job against `url`, no cache directory.
fn mock_env(url: &str) -> Vec<(&str, &str)> {
    vec![
        ("QLIK_SERVER", url),
        ("QLIK_CLIENT_ID", SENTINEL_ID),
        ("QLIK_CLIENT_SECRET", SENTINEL_SECRET),
    ]
}

fn listing() -> serde_json::Value {
    serde_json::json!({"data": [], "links": {}})
}

#[test]
fn the_token_request_is_retried_and_carries_no_bearer() {
    let mock = support::Mock::start(|i, req| match (i, req.path.as_str()) {
        (0, "/oauth/token") => {
            support::Reply::json(503, &serde_json::json!({})).header("Retry-After", "0")
        }
        (_, "/oauth/token") => support::Reply::json(
            200,
            &serde_json::json!({"access_token": "sentinel-token-1", "token_type": "bearer", "expires_in": 3600}),
        ),
        _ => support::Reply::json(200, &listing()),
    });
    let dir = tempfile::tempdir().unwrap();
    qlik(dir.path(), &mock_env(&mock.url))
        .args(["item", "ls", "--json", "-v"])
        .assert()
        .success()
        .stderr(predicate::str::contains("POST").and(predicate::str::contains("/oauth/token 503")))
        .stderr(predicate::str::contains("sentinel").not());
    let seen = mock.requests();
    let paths: Vec<&str> = seen.iter().map(|r| r.path.as_str()).collect();
    assert_eq!(paths[..2], ["/oauth/token", "/oauth/token"], "{paths:?}");
    assert!(seen[0].header("authorization").is_none());
    let api = seen
        .iter()
        .find(|r| r.path.starts_with("/api/v1/items"))
        .unwrap();
    assert_eq!(api.header("authorization"), Some("Bearer sentinel-token-1"));
}

#[test]
fn a_token_refused_twice_is_exit_4_with_a_hint() {
    let mock = support::Mock::start(|_, req| match req.path.as_str() {
        "/oauth/token" => support::Reply::json(
            200,
            &serde_json::json!({"access_token": "sentinel-token-2", "expires_in": 3600}),
        ),
        _ => support::Reply::json(
            401,
            &serde_json::json!({"errors": [{"code": "AUTH-1", "title": "Unauthorized"}]}),
        ),
    });
    let dir = tempfile::tempdir().unwrap();
    let out = qlik(dir.path(), &mock_env(&mock.url))
        .args(["item", "ls"])
        .assert()
        .code(4);
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(err.starts_with("error: Unauthorized"), "{err}");
    assert!(
        err.contains("hint: a new access token of the OAuth client was refused"),
        "{err}"
    );
    assert!(!err.contains("sentinel"), "{err}");
    let tokens = mock
        .requests()
        .iter()
        .filter(|r| r.path == "/oauth/token")
        .count();
    assert_eq!(tokens, 2, "one token, renewed once");
}

#[test]
fn hostile_token_answers_are_clean_errors() {
    let huge = format!(r#"{{"access_token":"{}"}}"#, "k".repeat(100 * 1024));
    let answers: Vec<(u16, Vec<u8>, &str)> = vec![
        (200, b"<html>hostile</html>".to_vec(), "not valid JSON"),
        (200, br#"{"access_token":"hostile\u001b]0;pwned\u0007"}"#.to_vec(), "control characters"),
        (200, huge.into_bytes(), "larger than"),
        (
            401,
            br#"{"error":"invalid_client","error_description":"bad \u001b[31mclient\u001b[0m\nnext"}"#
                .to_vec(),
            "bad \\u{1b}[31mclient",
        ),
    ];
    for (status, body, words) in answers {
        let body = std::sync::Arc::new(body);
        let mock = support::Mock::start(move |_, _| support::Reply::body(status, body.to_vec()));
        let dir = tempfile::tempdir().unwrap();
        let out = qlik(dir.path(), &mock_env(&mock.url))
            .args(["item", "ls"])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr).to_string();
        let code = if status == 401 { 4 } else { 1 };
        assert_eq!(out.status.code(), Some(code), "{err}");
        assert!(
            err.starts_with("error: ") && err.contains(words),
            "{words}: {err}"
        );
        assert!(!err.contains('\u{1b}') && !err.contains("hostile"), "{err}");
        assert!(
            !err.contains(SENTINEL_SECRET) && !err.contains("kkkk"),
            "{err}"
        );
        assert!(err.lines().count() <= 3, "{err}");
    }
}

#[test]
fn profile_show_and_current_name_the_client() {
    let emu = server(None, 3600);
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    let cache = cache.to_str().unwrap();
    add_client_profile(dir.path(), cache, &emu, "bot");
    qlik(dir.path(), &[("QLIK_FORCE_TTY", "1")])
        .args(["profile", "show", "bot"])
        .assert()
        .success()
        .stdout(predicate::str::is_match("(?m)^kind +oauth-client$").unwrap())
        .stdout(predicate::str::is_match("(?m)^client_secret +\\*\\*\\*\\*cret$").unwrap())
        .stdout(predicate::str::is_match("(?m)^api_key").unwrap().not());
    let other = tempfile::tempdir().unwrap();
    qlik(other.path(), &ci_env(&emu, cache))
        .args(["profile", "current"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "commands use QLIK_SERVER and QLIK_CLIENT_ID and QLIK_CLIENT_SECRET",
        ));
}

#[test]
fn requests_of_one_command_in_parallel_share_one_token() {
    let emu = server(None, 3600);
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    let cache = cache.to_str().unwrap();
    let ids = emu.item_ids();
    assert_eq!(ids.len(), 5);
    qlik(dir.path(), &ci_env(&emu, cache))
        .args(["item", "get", "--json"])
        .args(&ids)
        .assert()
        .success();
    assert_eq!(emu.token_requests(), 1);
}

// ---- users/me: the contract's 301, followed once and only to a user of the same server ----

/// A user as the Users contract gives it.
fn user(id: &str) -> serde_json::Value {
    serde_json::json!({"id": id, "tenantId": "t1", "subject": "s", "name": "Ada",
        "email": "ada@example.com", "status": "active"})
}

/// `qlik auth status --json` against `url` with a key; its run.
fn status_at(url: &str) -> support::Run {
    support::run_at(
        url,
        "sentinel-key-0123456789",
        &["auth", "status", "--json", "--retry", "0"],
    )
}

#[test]
fn users_me_is_followed_to_the_user_on_the_same_server() {
    // Relative to the server, relative to users/me, and absolute (the mock's own origin).
    for location in ["/api/v1/users/u1", "u1", "ABSOLUTE"] {
        let mock = support::Mock::start(move |_, req| match req.path.as_str() {
            "/api/v1/users/me" => {
                let to = match location {
                    "ABSOLUTE" => format!(
                        "http://{}/api/v1/users/u1",
                        req.header("host").unwrap_or_default()
                    ),
                    other => other.to_string(),
                };
                support::Reply::typed(301, "text/html", "<a>moved</a>").header("Location", &to)
            }
            "/api/v1/users/u1" => support::Reply::json(200, &user("u1")),
            _ => support::Reply::json(404, &serde_json::json!({})),
        });
        let r = status_at(&mock.url);
        assert_eq!(r.code, 0, "{location}: {}", r.err);
        let v: serde_json::Value = serde_json::from_str(&r.out).unwrap();
        assert_eq!(v["user_id"], "u1");
        assert_eq!(v["user_email"], "ada@example.com");
        assert_eq!(
            mock.lines(),
            ["GET /api/v1/users/me", "GET /api/v1/users/u1"],
            "{location}"
        );
        // The credential went with both requests: the same server.
        assert!(
            mock.requests()
                .iter()
                .all(|q| q.header("authorization").is_some())
        );
    }
}

#[test]
fn a_service_answering_the_user_itself_needs_no_redirect() {
    let mock = support::Mock::start(|_, _| support::Reply::json(200, &user("u7")));
    let r = status_at(&mock.url);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(mock.lines(), ["GET /api/v1/users/me"]);
}

#[test]
fn a_redirect_elsewhere_is_refused_and_nothing_is_sent_there() {
    // Another origin (127.0.0.2), another scheme, another path, a second hop, no Location.
    let other = support::Mock::on("127.0.0.2", |_, _| support::Reply::json(200, &user("x")));
    let port = other.url.rsplit(':').next().unwrap().to_string();
    let cases: Vec<(String, &str)> = vec![
        (
            format!("{}/api/v1/users/x", other.url),
            "not a user of this server",
        ),
        (
            format!("https://127.0.0.1:{port}/api/v1/users/x"),
            "not a user of this server",
        ),
        ("/api/v1/items".to_string(), "not a user of this server"),
        (
            "/api/v1/users/x?next=1".to_string(),
            "not a user of this server",
        ),
        ("/api/v1/users/me".to_string(), "not a user of this server"),
        ("/api/v1/users/hop".to_string(), "HTTP 301"),
        (String::new(), "without a usable Location"),
    ];
    for (location, says) in cases {
        let loc = location.clone();
        let mock = support::Mock::start(move |_, req| {
            let moved = support::Reply::typed(301, "text/html", "");
            match req.path.as_str() {
                "/api/v1/users/me" if loc.is_empty() => moved,
                "/api/v1/users/me" => moved.header("Location", &loc),
                // The second hop is not followed.
                "/api/v1/users/hop" => moved.header("Location", "/api/v1/users/x"),
                _ => support::Reply::json(200, &user("x")),
            }
        });
        let r = status_at(&mock.url);
        assert_eq!(r.code, 1, "{location}: {}", r.err);
        assert_eq!(
            r.err.lines().next().map(|l| l.contains(says)),
            Some(true),
            "{location}: {}",
            r.err
        );
        assert!(!r.err.contains("sentinel"), "{}", r.err);
        let followed: Vec<String> = mock.lines();
        let expected = if location.ends_with("/hop") { 2 } else { 1 };
        assert_eq!(followed.len(), expected, "{location}: {followed:?}");
    }
    assert!(other.requests().is_empty(), "{:?}", other.lines());
}
