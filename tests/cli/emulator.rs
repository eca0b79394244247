//! `qlik emulator start|exec`, run as a user would: the real binary, a real server on an
//! ephemeral 127.0.0.1 port.
#![cfg(feature = "emulator")]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};

use crate::support;

const QLIK: &str = env!("CARGO_BIN_EXE_qlik");

/// `qlik` in an empty environment (but for `PATH`).
fn qlik() -> Command {
    support::qlik_process(&[])
}

/// A bash snippet that GETs `$1` from `$QLIK_SERVER` with `$QLIK_API_KEY` over plain TCP
/// and prints the whole HTTP answer.
const BASH_GET: &str = r#"
get() {
  hp=${QLIK_SERVER#http://}
  exec 3<>"/dev/tcp/${hp%:*}/${hp##*:}" || exit 90
  printf 'GET %s HTTP/1.0\r\nAuthorization: Bearer %s\r\n\r\n' "$1" "$QLIK_API_KEY" >&3
  cat <&3
  exec 3<&-
}
"#;

#[test]
fn exec_sets_env_reaches_the_server_and_propagates_the_exit_status() {
    let script = format!(
        r#"{BASH_GET}
case "$QLIK_SERVER" in http://127.0.0.1:*) ;; *) exit 91;; esac
test "$QLIK_API_KEY" = sentinel-key || exit 92
test "$(command -v qlik)" = "$EXPECTED_QLIK" || exit 93
out=$(get '/api/v1/items?limit=100')
case "$out" in "HTTP/1.0 200 OK"*) ;; *) echo "$out"; exit 94;; esac
echo "$out" | grep -o '"resourceType"' | wc -l
exit 7"#
    );
    let out = qlik()
        .args([
            "emulator",
            "exec",
            "--items",
            "13",
            "--api-key",
            "sentinel-key",
            "--",
        ])
        .args(["bash", "-c", &script])
        .env("EXPECTED_QLIK", QLIK)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(7),
        "stdout: {stdout}\nstderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(stdout.trim(), "13");
}

#[test]
fn exec_exit_zero_and_unauthenticated_calls_fail() {
    let script = format!(
        r#"{BASH_GET}
QLIK_API_KEY=wrong
get /api/v1/items | head -1"#
    );
    let out = qlik()
        .args(["emulator", "exec", "--", "bash", "-c", &script])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("HTTP/1.0 401"));
}

#[test]
fn exec_with_a_missing_command_and_a_bad_fixture_fail_clearly() {
    // As shells do: 127 for a command that is not there, 126 for one that cannot run.
    let dir = tempfile::tempdir().unwrap();
    let not_executable = dir.path().join("script");
    std::fs::write(&not_executable, "echo hi\n").unwrap();
    for (command, code, why) in [
        ("/nonexistent/command", 127, "command not found"),
        ("no-such-command-anywhere", 127, "command not found"),
        (not_executable.to_str().unwrap(), 126, "permission denied"),
    ] {
        let out = qlik()
            .args(["emulator", "exec", "--", command])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(code), "{command}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.lines()
                .any(|l| l == format!("error: cannot run `{command}`: {why}")),
            "{err}"
        );
        // The emulator was still stopped, and said so.
        assert!(
            err.lines()
                .last()
                .unwrap()
                .starts_with("emulator: stopped the emulator at http://127.0.0.1:"),
            "{err}"
        );
    }

    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"items\": [{\"name\": 1}]}").unwrap();
    let out = qlik()
        .args(["emulator", "exec", "--data"])
        .arg(&bad)
        .args(["--", "true"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("error: cannot start the emulator: bad fixture"),
        "{err}"
    );
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
}

#[test]
fn start_prints_the_url_logs_requests_and_stops_on_sigint() {
    let mut child = qlik()
        .args(["emulator", "start", "--items", "4", "--log", "--seed", "3"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    let url = first.trim().rsplit(' ').next().unwrap().to_string();
    assert!(url.starts_with("http://127.0.0.1:"), "{first}");
    let mut rest = String::new();
    for _ in 0..4 {
        stdout.read_line(&mut rest).unwrap();
    }
    assert!(
        rest.contains(&format!("export QLIK_SERVER={url}")),
        "{rest}"
    );
    assert!(
        rest.contains("export QLIK_API_KEY=qlik-emulator-dev-key"),
        "{rest}"
    );

    let mut conn = TcpStream::connect(url.trim_start_matches("http://")).unwrap();
    conn.write_all(
        b"GET /api/v1/items?limit=2 HTTP/1.0\r\nAuthorization: Bearer qlik-emulator-dev-key\r\n\r\n",
    )
    .unwrap();
    let mut answer = String::new();
    conn.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.0 200 OK"), "{answer}");
    let lower = answer.to_lowercase();
    assert!(lower.contains("x-b3-traceid: "));
    assert!(lower.contains("server-timing: app;dur="));

    assert!(support::interrupt(child.id()));
    let exit = child.wait().unwrap();
    assert_eq!(exit.code(), Some(0));
    let mut log = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut log)
        .unwrap();
    let line = log.lines().next().unwrap_or_default();
    assert!(line.starts_with("GET /api/v1/items?limit=2 200 "), "{log}");
    assert!(line.ends_with("ms"), "{log}");
}

#[test]
fn exec_with_tls_points_at_https_and_the_certificate() {
    let dir = tempfile::tempdir().unwrap();
    let cert = dir.path().join("emulator.pem");
    let out = qlik()
        .args(["emulator", "exec", "--tls", "--tls-cert"])
        .arg(&cert)
        .args(["--", "sh", "-c"])
        .arg(
            r#"case "$QLIK_SERVER" in https://127.0.0.1:*) ;; *) exit 3;; esac
test "$SSL_CERT_FILE" = "$EXPECTED_CERT" || exit 4
grep -q "BEGIN CERTIFICATE" "$SSL_CERT_FILE" || exit 5"#,
        )
        .env("EXPECTED_CERT", &cert)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `exec` says on stderr what it started (URL, item count) and that it stopped it, and
/// leaves the command's own stdout alone.
#[test]
fn exec_says_what_it_started_and_stopped() {
    let out = qlik()
        .args(["emulator", "exec", "--items", "7", "--", "sh", "-c"])
        .arg(r#"echo "$QLIK_SERVER""#)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let url = String::from_utf8_lossy(&out.stdout).trim().to_string();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    let err = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines,
        [
            format!(
                "emulator: started a temporary emulator at {url} with 7 items (QLIK_SERVER and QLIK_API_KEY are set for the command)"
            ),
            format!("emulator: stopped the emulator at {url}"),
        ],
        "{err}"
    );
}

/// The default key is public: serving it on every interface is refused before anything
/// listens, with exit 2; with a key of one's own it starts, and the banner names the real
/// address.
#[test]
fn a_non_loopback_host_needs_a_key_of_ones_own() {
    for sub in [&["start"][..], &["exec", "--", "true"][..]] {
        let mut args = vec!["emulator", sub[0], "--host", "0.0.0.0"];
        args.extend(&sub[1..]);
        let out = qlik().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.starts_with("error: --host 0.0.0.0 serves the emulator beyond this machine"),
            "{err}"
        );
        assert!(err.contains("--api-key"), "{err}");
    }
    let mut child = qlik()
        .args([
            "emulator",
            "start",
            "--items",
            "1",
            "--host",
            "0.0.0.0",
            "--api-key",
            "own-key",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    support::interrupt(child.id());
    child.wait().unwrap();
    assert!(
        first.starts_with("Qlik Items API emulator listening on 0.0.0.0:"),
        "{first}"
    );
    assert!(
        first.contains("every interface; from this machine: http://127.0.0.1:"),
        "{first}"
    );
}

/// With `--tls` the banner's export lines include the certificate, so pasting them is enough
/// for qlik to trust the server.
#[test]
fn start_with_tls_exports_the_certificate() {
    let dir = tempfile::tempdir().unwrap();
    let cert = dir.path().join("emu.pem");
    let mut child = qlik()
        .args(["emulator", "start", "--items", "1", "--tls", "--tls-cert"])
        .arg(&cert)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut banner = String::new();
    while !banner.contains("Press Ctrl-C") {
        if stdout.read_line(&mut banner).unwrap() == 0 {
            break;
        }
    }
    let exports: String = banner
        .lines()
        .filter(|l| l.starts_with("export "))
        .map(|l| format!("{l}\n"))
        .collect();
    // The pasted lines, then qlik itself, in a shell.
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("{exports}\n\"$QLIK\" item ls -q"))
        .env("QLIK", QLIK)
        .env("QLIK_CONFIG_DIR", dir.path())
        .env_remove("SSL_CERT_FILE")
        .output()
        .unwrap();
    support::interrupt(child.id());
    child.wait().unwrap();
    assert!(
        exports.contains(&format!("export SSL_CERT_FILE={}", cert.display())),
        "{banner}"
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
}
