//! `qlik item rm` on a real terminal: the confirmation prompt and the progress line. The binary
//! runs under `script` (util-linux), which gives it a pseudo-terminal for stdin, stdout and
//! stderr and passes our input through to it.

use std::io::Write;
use std::process::{Command, Stdio};

mod support;

use qlik_emulator::{BackgroundServer, Faults};
use support::emulator;

/// `script`, or `None` (the suite is skipped, except under CI, where it must run).
fn script() -> Option<&'static str> {
    let found = Command::new("script")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "`script` (util-linux) is needed for the terminal tests"
        );
        eprintln!("skipped: `script` (util-linux) is not installed");
        return None;
    }
    Some("script")
}

struct Run {
    code: i32,
    /// Everything the terminal showed (stdout and stderr share it).
    screen: String,
}

/// Runs `qlik ARGS` on a pseudo-terminal, typing `input`.
fn on_terminal(server: &BackgroundServer, args: &[&str], input: &str) -> Option<Run> {
    let script = script()?;
    let dir = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_qlik");
    let command = std::iter::once(bin)
        .chain(args.iter().copied())
        .map(shell_quote)
        .collect::<Vec<_>>()
        .join(" ");
    let mut child = Command::new(script)
        // -q: no banner; -e: the child's exit code; -c: the command; /dev/null: no typescript.
        .args(["-q", "-e", "-c", &command, "/dev/null"])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("TERM", "xterm")
        .env("QLIK_CONFIG_DIR", dir.path())
        .env("QLIK_SERVER", server.base_url())
        .env("QLIK_API_KEY", server.api_key())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    Some(Run {
        code: out.status.code().unwrap_or(-1),
        screen: String::from_utf8_lossy(&out.stdout).into_owned(),
    })
}

fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
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
