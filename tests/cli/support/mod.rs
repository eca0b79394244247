//! The one set of helpers of the command-line suite: the real binary in a cleared environment
//! ([`qlik`], [`run_at`], [`run_on`], [`ok`]), the emulator ([`emulator`]), a scripted HTTP
//! server for what the emulator cannot script ([`Mock`]), and a pseudo-terminal ([`pty`]).

#![allow(dead_code)]

use std::net::TcpListener;

use assert_cmd::Command;
use qlik_emulator::{BackgroundServer, Config, Faults};

mod mock;
pub mod pty;

pub use mock::{Mock, Reply, SeenRequest};

/// An emulator on an ephemeral loopback port with `items` seeded items, its rate limits off,
/// and `faults` injected.
pub fn emulator(items: usize, faults: Faults) -> BackgroundServer {
    BackgroundServer::start(Config {
        items,
        tier1_per_minute: 0,
        tier2_per_minute: 0,
        faults,
        ..Config::default()
    })
    .unwrap()
}

/// `qlik` with an empty environment, a temporary config directory, and `vars`.
pub fn qlik(config_dir: &std::path::Path, vars: &[(&str, &str)]) -> Command {
    let mut cmd = Command::cargo_bin("qlik").unwrap();
    cmd.env_clear()
        .env("QLIK_CONFIG_DIR", config_dir)
        .env("PATH", std::env::var_os("PATH").unwrap_or_default());
    for (k, v) in vars {
        cmd.env(k, v);
    }
    cmd
}

/// `qlik` as a std `Command`, for runs a test drives while they last (a server it starts, a
/// Ctrl-C, output read as it comes): an empty environment but for `PATH`, and `vars`.
pub fn qlik_process(vars: &[(&str, &str)]) -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_qlik"));
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default());
    for (k, v) in vars {
        cmd.env(k, v);
    }
    cmd
}

/// What a run printed and how it ended (`-1` when a signal ended it).
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub out: String,
    pub err: String,
}

impl Run {
    /// Takes the output of a finished run, decoding both streams lossily; a panic of the
    /// binary fails the test whatever the caller checks.
    pub fn of(out: std::process::Output) -> Run {
        let run = Run {
            code: out.status.code().unwrap_or(-1),
            out: String::from_utf8_lossy(&out.stdout).into_owned(),
            err: String::from_utf8_lossy(&out.stderr).into_owned(),
        };
        assert!(
            !run.err.contains("panicked"),
            "the binary panicked: {}",
            run.err
        );
        run
    }

    /// The run with its JSON error lines read as the text form's ([`as_text`]).
    pub fn text(mut self) -> Run {
        self.err = as_text(&self.err);
        self
    }
}

/// The longest a run of the binary may take: past it, it is killed and its `Run` has code -1.
pub const RUN_BOUND: std::time::Duration = std::time::Duration::from_secs(120);

/// `qlik ARGS` in the config directory `dir` with `vars`, and `stdin` when given (standard
/// input is never a terminal: without `stdin` it is empty).
pub fn run_in(
    dir: &std::path::Path,
    vars: &[(&str, &str)],
    args: &[&str],
    stdin: Option<&[u8]>,
) -> Run {
    let mut cmd = qlik(dir, vars);
    cmd.args(args).timeout(RUN_BOUND);
    if let Some(stdin) = stdin {
        cmd.write_stdin(stdin);
    }
    Run::of(cmd.output().unwrap())
}

/// [`run_in`] a fresh config directory.
pub fn run_with(vars: &[(&str, &str)], args: &[&str], stdin: Option<&[u8]>) -> Run {
    let dir = tempfile::tempdir().unwrap();
    run_in(dir.path(), vars, args, stdin)
}

/// `qlik ARGS` against `url` with `key` (`QLIK_SERVER`, `QLIK_API_KEY`), in a fresh config
/// directory.
pub fn run_at(url: &str, key: &str, args: &[&str]) -> Run {
    run_with(&[("QLIK_SERVER", url), ("QLIK_API_KEY", key)], args, None)
}

/// `qlik ARGS` against the emulator with its key, then `extra` variables (which win), and
/// `stdin` when given; the emulator's key never shows in the output.
pub fn run_emulated(
    server: &BackgroundServer,
    args: &[&str],
    extra: &[(&str, &str)],
    stdin: Option<&[u8]>,
) -> Run {
    let mut vars = vec![
        ("QLIK_SERVER", server.base_url()),
        ("QLIK_API_KEY", server.api_key()),
    ];
    vars.extend_from_slice(extra);
    let run = run_with(&vars, args, stdin);
    assert!(
        !run.out.contains(server.api_key()) && !run.err.contains(server.api_key()),
        "the key leaked:\n{}\n{}",
        run.out,
        run.err
    );
    run
}

/// `qlik ARGS` against the emulator with its key (see [`run_emulated`]).
pub fn run_on(server: &BackgroundServer, args: &[&str]) -> Run {
    run_emulated(server, args, &[], None)
}

/// The same with `extra` variables.
pub fn run_env(server: &BackgroundServer, args: &[&str], extra: &[(&str, &str)]) -> Run {
    run_emulated(server, args, extra, None)
}

/// The same with `stdin`.
pub fn run_stdin(server: &BackgroundServer, args: &[&str], stdin: &str) -> Run {
    run_emulated(server, args, &[], Some(stdin.as_bytes()))
}

/// `qlik profile add NAME --server SERVER --api-key-stdin --no-verify` in `dir`, with `key` on
/// standard input; it must succeed, and never show the key.
pub fn add_profile(dir: &std::path::Path, name: &str, server: &str, key: &str) {
    let args = [
        "profile",
        "add",
        name,
        "--server",
        server,
        "--api-key-stdin",
        "--no-verify",
    ];
    let r = run_in(dir, &[], &args, Some(key.as_bytes()));
    assert_eq!(r.code, 0, "profile add {name}: {}", r.err);
    assert!(
        !r.out.contains(key) && !r.err.contains(key),
        "the key leaked"
    );
}

/// The path and query of each request the emulator answered, in order.
pub fn paths(server: &BackgroundServer) -> Vec<String> {
    server
        .requests()
        .into_iter()
        .map(|r| r.path_and_query)
        .collect()
}

/// The standard output of a run against the emulator that must succeed.
pub fn ok(server: &BackgroundServer, args: &[&str]) -> String {
    let run = run_on(server, args);
    assert_eq!(run.code, 0, "{args:?}: {}", run.err);
    run.out
}

/// `text` parsed as JSON, or a failure that shows it.
pub fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"))
}

/// Sends SIGINT (what Ctrl-C sends) to process `pid`; whether it was delivered.
pub fn interrupt(pid: u32) -> bool {
    std::process::Command::new("kill")
        .args(["-INT", &pid.to_string()])
        .status()
        .is_ok_and(|s| s.success())
}

/// A loopback URL nobody listens on (the port was free a moment ago).
pub fn dead_url() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    format!("http://127.0.0.1:{port}")
}

/// The characters of `s` that must never reach a terminal from a server: controls other than
/// the newline ending each line (C0, DEL, C1), bidi controls, line separators, and the
/// invisible format characters `qlik` escapes.
pub fn raw_unsafe(s: &str) -> Vec<char> {
    s.chars()
        .filter(|&c| {
            (c.is_control() && c != '\n')
                || matches!(
                    c,
                    '\u{00AD}'
                        | '\u{061C}'
                        | '\u{200B}'
                        | '\u{200E}'
                        | '\u{200F}'
                        | '\u{2028}'..='\u{202E}'
                        | '\u{2060}'..='\u{2064}'
                        | '\u{2066}'..='\u{2069}'
                        | '\u{FEFF}'
                        | '\u{E0000}'..='\u{E007F}'
                )
        })
        .collect()
}

/// stderr with each JSON error line (printed with `--json` or `-o json|jsonl`) turned back
/// into the lines the text form prints: `error: MESSAGE`, then a `hint: …` line per hint. The
/// words are the same (`message` is the text form's line); a test of what an error says reads
/// either form. Panics on a line starting with `{` that is not such an object.
pub fn as_text(err: &str) -> String {
    let mut out = String::new();
    for line in err.lines() {
        if !line.starts_with('{') {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("a JSON error line that is not JSON ({e}): {line}"));
        if let Some(hints) = v.get("hints").and_then(|h| h.as_array()) {
            for h in hints {
                out.push_str(&format!("hint: {}\n", h.as_str().unwrap()));
            }
            continue;
        }
        let e = &v["error"];
        let message = e["message"]
            .as_str()
            .unwrap_or_else(|| panic!("no message: {line}"));
        out.push_str(&format!("error: {message}\n"));
        if let Some(hint) = e["hint"].as_str() {
            for h in hint.lines() {
                out.push_str(&format!("hint: {h}\n"));
            }
        }
    }
    out
}
