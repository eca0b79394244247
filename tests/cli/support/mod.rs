//! The one set of helpers of the command-line suite: the real binary in a cleared environment
//! ([`qlik`], [`run_at`], [`run_on`], [`ok`]), the emulator ([`emulator`]), a scripted HTTP
//! server for what the emulator cannot script ([`Mock`]), and a pseudo-terminal ([`pty`]).

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::thread;

use assert_cmd::Command;
use qlik_emulator::{BackgroundServer, Config, Faults};

pub mod pty;

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
}

/// `qlik ARGS` against `url` with `key` (`QLIK_SERVER`, `QLIK_API_KEY`), in a fresh config
/// directory.
pub fn run_at(url: &str, key: &str, args: &[&str]) -> Run {
    let dir = tempfile::tempdir().unwrap();
    Run::of(
        qlik(dir.path(), &[("QLIK_SERVER", url), ("QLIK_API_KEY", key)])
            .args(args)
            .output()
            .unwrap(),
    )
}

/// `qlik ARGS` against the emulator with its key; the key never shows in the output.
pub fn run_on(server: &BackgroundServer, args: &[&str]) -> Run {
    let run = run_at(server.base_url(), server.api_key(), args);
    assert!(
        !run.out.contains(server.api_key()) && !run.err.contains(server.api_key()),
        "the key leaked"
    );
    run
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

/// A loopback URL nobody listens on (the port was free a moment ago).
pub fn dead_url() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    format!("http://127.0.0.1:{port}")
}

/// One request as the mock saw it.
#[derive(Debug, Clone)]
pub struct SeenRequest {
    pub method: String,
    pub path: String,
    /// Header names lower-cased.
    pub headers: Vec<(String, String)>,
}

impl SeenRequest {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A scripted answer.
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Wait this long before answering.
    pub delay: std::time::Duration,
}

impl Reply {
    pub fn json(status: u16, body: &serde_json::Value) -> Reply {
        Reply {
            status,
            headers: vec![
                ("Content-Type".into(), "application/json".into()),
                ("X-B3-Traceid".into(), "trace-0001".into()),
            ],
            body: body.to_string().into_bytes(),
            delay: std::time::Duration::ZERO,
        }
    }
    pub fn header(mut self, k: &str, v: &str) -> Reply {
        self.headers.push((k.into(), v.into()));
        self
    }
}

type Handler = dyn Fn(usize, &SeenRequest) -> Reply + Send + Sync;

/// A one-connection-at-a-time HTTP/1.1 server on 127.0.0.1 (answers `Connection: close`).
pub struct Mock {
    pub url: String,
    seen: Arc<Mutex<Vec<SeenRequest>>>,
}

impl Mock {
    pub fn start(handler: impl Fn(usize, &SeenRequest) -> Reply + Send + Sync + 'static) -> Mock {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let handler: Arc<Handler> = Arc::new(handler);
        let seen2 = seen.clone();
        thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { return };
                let seen = seen2.clone();
                let handler = handler.clone();
                thread::spawn(move || serve(stream, &seen, &*handler));
            }
        });
        Mock { url, seen }
    }

    pub fn requests(&self) -> Vec<SeenRequest> {
        self.seen.lock().unwrap().clone()
    }
}

fn serve(stream: TcpStream, seen: &Mutex<Vec<SeenRequest>>, handler: &Handler) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut line = String::new();
    if reader.read_line(&mut line).unwrap_or(0) == 0 {
        return;
    }
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or_default().to_string();
    let path = parts.next().unwrap_or_default().to_string();
    let mut headers = Vec::new();
    let mut length = 0usize;
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).unwrap_or(0) == 0 || h.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            let k = k.trim().to_ascii_lowercase();
            let v = v.trim().to_string();
            if k == "content-length" {
                length = v.parse().unwrap_or(0);
            }
            headers.push((k, v));
        }
    }
    let mut body = vec![0; length];
    let _ = reader.read_exact(&mut body);
    let req = SeenRequest {
        method,
        path,
        headers,
    };
    let n = {
        let mut s = seen.lock().unwrap();
        s.push(req.clone());
        s.len() - 1
    };
    let reply = handler(n, &req);
    thread::sleep(reply.delay);
    let mut out = stream;
    let mut head = format!("HTTP/1.1 {} X\r\nConnection: close\r\n", reply.status);
    for (k, v) in &reply.headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str(&format!("Content-Length: {}\r\n\r\n", reply.body.len()));
    let _ = out.write_all(head.as_bytes());
    let _ = out.write_all(&reply.body);
    let _ = out.flush();
}
