//! The OAuth options of `qlik emulator start|exec` (`--client-id`, `--client-secret`,
//! `--token-ttl-secs`), run as a user would: the real binary, a real server on an ephemeral
//! 127.0.0.1 port, its banner read from stdout and its token endpoint called over TCP.
#![cfg(feature = "emulator")]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

use serde_json::Value;

use crate::support;

/// `qlik` in an empty environment (but for `PATH`).
fn qlik() -> Command {
    support::qlik_process(&[])
}

/// A running `qlik emulator start`, stopped with SIGINT when dropped.
struct Started {
    child: Child,
    banner: String,
    stderr_path: std::path::PathBuf,
    _dir: tempfile::TempDir,
}

impl Started {
    /// Starts `qlik emulator start ARGS` and reads its banner (up to "Press Ctrl-C").
    fn new(args: &[&str]) -> Started {
        let dir = tempfile::tempdir().unwrap();
        let stderr_path = dir.path().join("stderr");
        let mut child = qlik()
            .args(["emulator", "start", "--items", "3"])
            .args(args)
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&stderr_path).unwrap())
            .spawn()
            .unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut banner = String::new();
        while !banner.contains("Press Ctrl-C") {
            if stdout.read_line(&mut banner).unwrap() == 0 {
                break;
            }
        }
        Started {
            child,
            banner,
            stderr_path,
            _dir: dir,
        }
    }

    /// `127.0.0.1:PORT`, from the `export QLIK_SERVER=` line.
    fn addr(&self) -> String {
        let line = self
            .banner
            .lines()
            .find_map(|l| l.strip_prefix("export QLIK_SERVER=http://"))
            .unwrap_or_else(|| panic!("no server in the banner:\n{}", self.banner));
        assert!(line.starts_with("127.0.0.1:"), "{line}");
        line.to_string()
    }

    /// Stops the emulator; returns what it wrote to stderr.
    fn stop(mut self) -> String {
        self.interrupt();
        std::fs::read_to_string(&self.stderr_path).unwrap()
    }

    fn interrupt(&mut self) {
        if let Ok(Some(_)) = self.child.try_wait() {
            return;
        }
        support::interrupt(self.child.id());
        let _ = self.child.wait();
    }
}

impl Drop for Started {
    fn drop(&mut self) {
        self.interrupt();
    }
}

/// One HTTP/1.1 request over plain TCP; the status and the body as JSON.
fn http(
    addr: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> (u16, Value) {
    let mut s = TcpStream::connect(addr).unwrap();
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    req.push_str(body);
    s.write_all(req.as_bytes()).unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    let status = out[9..12].parse().unwrap();
    let (_, body) = out.split_once("\r\n\r\n").unwrap();
    (status, serde_json::from_str(body).unwrap_or(Value::Null))
}

/// `POST /oauth/token` with a form body of the client-credentials grant.
fn token(addr: &str, id: &str, secret: &str) -> (u16, Value) {
    let body = format!(
        "grant_type=client_credentials&client_id={}&client_secret={}",
        form(id),
        form(secret)
    );
    http(
        addr,
        "POST",
        "/oauth/token",
        &[("Content-Type", "application/x-www-form-urlencoded")],
        &body,
    )
}

/// `s` encoded as a form value.
fn form(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// `GET /api/v1/users/me`, and the user resource its 301 names (as the Users contract has it).
fn me(addr: &str, bearer: &str) -> (u16, Value) {
    let auth = format!("Bearer {bearer}");
    let (status, location) = redirect(addr, "/api/v1/users/me", &auth);
    assert_eq!(status, 301);
    http(addr, "GET", &location, &[("Authorization", &auth)], "")
}

/// The status and `Location` of a GET answered with a redirect.
fn redirect(addr: &str, path: &str, auth: &str) -> (u16, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    let req = format!(
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nAuthorization: {auth}\r\n\r\n"
    );
    s.write_all(req.as_bytes()).unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    let status = out[9..12].parse().unwrap();
    let location = out
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case("location")
                .then(|| v.trim().to_string())
        })
        .unwrap_or_default();
    (status, location)
}

/// Without options the banner names the built-in client with its (public) secret, how long
/// tokens last, and a curl line that gets a token; the line works, and the token acts as a
/// Tenant Admin bot.
#[test]
fn start_names_the_built_in_client_and_how_to_get_a_token() {
    let emu = Started::new(&[]);
    let addr = emu.addr();
    let b = emu.banner.clone();
    let lines: Vec<&str> = b.lines().collect();
    assert!(
        lines[0].starts_with("Qlik Items API emulator listening on http://127.0.0.1:"),
        "{b}"
    );
    assert_eq!(lines[1], "API key: qlik-emulator-dev-key", "{b}");
    // The export lines stay where scripts read them; the OAuth lines follow.
    assert_eq!(lines[3], format!("export QLIK_SERVER=http://{addr}"), "{b}");
    assert_eq!(lines[4], "export QLIK_API_KEY=qlik-emulator-dev-key", "{b}");
    assert_eq!(lines[5], "", "{b}");
    assert_eq!(
        lines[6],
        "OAuth client: qlik-emulator-client (secret: qlik-emulator-client-secret); tokens last 3600 s",
        "{b}"
    );
    let curl = lines[7].trim_start();
    assert_eq!(
        curl,
        format!(
            "token: curl -s http://{addr}/oauth/token -d grant_type=client_credentials \
             --data-urlencode client_id=qlik-emulator-client \
             --data-urlencode client_secret=qlik-emulator-client-secret"
        ),
        "{b}"
    );
    assert!(lines[8].contains("Authorization: Bearer TOKEN"), "{b}");
    assert_eq!(lines[9..], ["", "Press Ctrl-C to stop."], "{b}");

    let (status, answer) = token(&addr, "qlik-emulator-client", "qlik-emulator-client-secret");
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["expires_in"], 3600);
    let access = answer["access_token"].as_str().unwrap();
    let (status, user) = me(&addr, access);
    assert_eq!(status, 200, "{user}");
    assert_eq!(user["assignedRoles"][0]["name"], "TenantAdmin");

    // The printed command itself, where curl is installed.
    if Command::new("curl").arg("--version").output().is_ok() {
        let out = Command::new("sh")
            .arg("-c")
            .arg(curl.strip_prefix("token: ").unwrap())
            .output()
            .unwrap();
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(v["access_token"].is_string(), "{v}");
    }
    emu.stop();
}

/// Clients of one's own replace the built-in one; the banner names them but never prints a
/// secret given, and `--token-ttl-secs` sets the lifetime the token answer gives.
#[test]
fn start_with_clients_of_ones_own_never_prints_their_secrets() {
    let emu = Started::new(&[
        "--client-id",
        "ci-bot",
        "--client-secret",
        "s3cret-one",
        "--client-id",
        "reporting&co",
        "--client-secret",
        "s3cret two",
        "--token-ttl-secs",
        "60",
        "--log",
    ]);
    let addr = emu.addr();
    let b = emu.banner.clone();
    assert!(
        b.contains("OAuth clients: ci-bot, reporting&co (the secrets given); tokens last 60 s"),
        "{b}"
    );
    assert!(
        b.contains("--data-urlencode client_id=ci-bot --data-urlencode client_secret=\"$SECRET\""),
        "{b}"
    );
    let (status, answer) = token(&addr, "reporting&co", "s3cret two");
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["expires_in"], 60);
    let (status, user) = me(&addr, answer["access_token"].as_str().unwrap());
    assert_eq!(status, 200);
    assert_eq!(user["name"], "reporting&co");
    let (status, answer) = token(&addr, "ci-bot", "s3cret-one");
    assert_eq!(status, 200, "{answer}");
    let (status, answer) = token(&addr, "qlik-emulator-client", "qlik-emulator-client-secret");
    assert_eq!(status, 401, "{answer}");
    assert_eq!(answer["errors"][0]["code"], "invalid_client");
    let stderr = emu.stop();
    assert!(stderr.contains("POST /oauth/token 200"), "{stderr}");
    for secret in ["s3cret-one", "s3cret two", "s3cret+two", "s3cret%20two"] {
        assert!(!b.contains(secret), "{b}");
        assert!(!stderr.contains(secret), "{stderr}");
    }
}

/// Beyond loopback the built-in client (whose secret is public) is not served, as the
/// default key is not; a client of one's own is.
#[test]
fn a_non_loopback_host_serves_no_built_in_client() {
    let emu = Started::new(&["--host", "0.0.0.0", "--api-key", "own-key"]);
    let addr = emu.addr();
    assert!(
        emu.banner.contains(
            "OAuth clients: none (the built-in client is served on loopback only; \
             give --client-id ID --client-secret SECRET)"
        ),
        "{}",
        emu.banner
    );
    assert!(
        !emu.banner.contains("qlik-emulator-client-secret"),
        "{}",
        emu.banner
    );
    let (status, answer) = token(&addr, "qlik-emulator-client", "qlik-emulator-client-secret");
    assert_eq!(status, 401, "{answer}");
    assert_eq!(answer["errors"][0]["code"], "invalid_client");
    emu.stop();

    let emu = Started::new(&[
        "--host",
        "0.0.0.0",
        "--api-key",
        "own-key",
        "--client-id",
        "mine",
        "--client-secret",
        "hidden",
    ]);
    let addr = emu.addr();
    assert!(
        emu.banner
            .contains("OAuth client: mine (the secrets given)"),
        "{}",
        emu.banner
    );
    let (status, answer) = token(&addr, "mine", "hidden");
    assert_eq!(status, 200, "{answer}");
    emu.stop();
}

/// Bad client options are one-line usage errors (exit 2) before anything listens or runs,
/// and never echo a secret.
#[test]
fn bad_client_options_are_usage_errors() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["--client-secret", "only-a-secret"],
            "error: --client-secret without a --client-id",
        ),
        (
            &[
                "--client-id",
                "a",
                "--client-secret",
                "one-secret",
                "--client-id",
                "b",
            ],
            "error: --client-id b has no --client-secret",
        ),
        (
            &[
                "--client-id",
                "a",
                "--client-secret",
                "one-secret",
                "--client-id",
                "a",
                "--client-secret",
                "two-secret",
            ],
            "error: --client-id/--client-secret: OAuth client `a` is given twice",
        ),
        (
            &["--client-id", "has space", "--client-secret", "one-secret"],
            "error: --client-id/--client-secret: an OAuth client id must be 1 to 256 visible ASCII characters",
        ),
        (
            &[
                "--client-id",
                "\x1b[31mred",
                "--client-secret",
                "one-secret",
            ],
            "error: --client-id/--client-secret: an OAuth client id must be",
        ),
        (
            &["--client-id", "a", "--client-secret", "bad\nsecret"],
            "error: --client-id/--client-secret: the secret of OAuth client `a` must be",
        ),
        (
            &["--token-ttl-secs", "0"],
            "error: invalid value '0' for '--token-ttl-secs",
        ),
    ];
    let dir = tempfile::tempdir().unwrap();
    let marker = dir.path().join("ran");
    for (args, says) in cases {
        for sub in ["start", "exec"] {
            let mut cmd = qlik();
            cmd.args(["emulator", sub]).args(*args);
            if sub == "exec" {
                cmd.args(["--", "touch"]).arg(&marker);
            }
            let out = cmd.output().unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
            assert!(err.starts_with(says), "{args:?}: {err}");
            assert!(out.stdout.is_empty(), "{args:?}");
            assert!(!err.contains('\x1b'), "{args:?}: {err}");
            for secret in ["only-a-secret", "one-secret", "two-secret", "bad\nsecret"] {
                assert!(!err.contains(secret), "{args:?}: {err}");
            }
            if !says.contains("invalid value") {
                assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
            }
        }
    }
    assert!(!marker.exists(), "a command ran despite a usage error");
}

/// `exec` serves the same clients: the command can get a token with them.
#[test]
fn exec_serves_the_clients_to_the_command() {
    let script = r#"
hp=${QLIK_SERVER#http://}
exec 3<>"/dev/tcp/${hp%:*}/${hp##*:}" || exit 90
body='grant_type=client_credentials&client_id=ci&client_secret=pw'
printf 'POST /oauth/token HTTP/1.0\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: %s\r\n\r\n%s' "${#body}" "$body" >&3
cat <&3"#;
    let out = qlik()
        .args([
            "emulator",
            "exec",
            "--client-id",
            "ci",
            "--client-secret",
            "pw",
            "--token-ttl-secs",
            "5",
            "--",
            "bash",
            "-c",
            script,
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.starts_with("HTTP/1.0 200"), "{stdout}");
    assert!(stdout.contains("\"expires_in\":5"), "{stdout}");
    assert!(!String::from_utf8_lossy(&out.stderr).contains("pw"));
}
