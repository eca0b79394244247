//! The pacer never waits without end, and Ctrl-C always stops a paced command.
//!
//! The servers here announce a used-up budget, then stop answering, stop sending the
//! `Ratelimit-*` headers, or hold an answer back. Each serves a bounded number of requests
//! and then closes its port; each run of `qlik` is killed after a generous bound, failing
//! the test instead of hanging it.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// A generous bound for a run that should take a few seconds.
const BOUND: Duration = Duration::from_secs(40);

/// One scripted answer: status, extra headers, body, and a delay before it.
struct Answer {
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: String,
    delay: Duration,
}

impl Answer {
    fn new(status: u16, body: &str) -> Answer {
        Answer {
            status,
            headers: Vec::new(),
            body: body.to_string(),
            delay: Duration::ZERO,
        }
    }

    /// With `Ratelimit-Limit`, `-Remaining` and `-Reset` (seconds from now).
    fn budget(mut self, limit: u64, remaining: u64, reset: u64) -> Answer {
        self.headers.push(("Ratelimit-Limit", limit.to_string()));
        self.headers
            .push(("Ratelimit-Remaining", remaining.to_string()));
        self.headers.push(("Ratelimit-Reset", reset.to_string()));
        self
    }
}

/// A server on 127.0.0.1 that answers at most `max` requests (one per connection), then
/// closes its port: later connections are refused.
struct Server {
    url: String,
    seen: Arc<Mutex<Vec<String>>>,
}

impl Server {
    fn start(max: usize, script: impl Fn(usize, &str) -> Answer + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let seen2 = seen.clone();
        let script = Arc::new(script);
        thread::spawn(move || {
            for _ in 0..max {
                let Ok((stream, _)) = listener.accept() else {
                    return;
                };
                let (seen, script) = (seen2.clone(), script.clone());
                thread::spawn(move || answer(stream, &seen, &*script));
            }
            // The listener is dropped here: the port is closed.
        });
        Server { url, seen }
    }

    /// `METHOD path` of each request, in order.
    fn requests(&self) -> Vec<String> {
        self.seen.lock().unwrap().clone()
    }
}

fn answer(stream: TcpStream, seen: &Mutex<Vec<String>>, script: &dyn Fn(usize, &str) -> Answer) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut line = String::new();
    if reader.read_line(&mut line).unwrap_or(0) == 0 {
        return;
    }
    let mut length = 0usize;
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).unwrap_or(0) == 0 || h.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':')
            && k.trim().eq_ignore_ascii_case("content-length")
        {
            length = v.trim().parse().unwrap_or(0);
        }
    }
    let mut body = vec![0; length.min(1 << 20)];
    let _ = reader.read_exact(&mut body);
    let request = line
        .split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ");
    let n = {
        let mut s = seen.lock().unwrap();
        s.push(request.clone());
        s.len() - 1
    };
    let a = script(n, &request);
    thread::sleep(a.delay);
    let mut head = format!(
        "HTTP/1.1 {} X\r\nConnection: close\r\nContent-Type: application/json\r\n",
        a.status
    );
    for (k, v) in &a.headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str(&format!("Content-Length: {}\r\n\r\n", a.body.len()));
    let mut out = stream;
    let _ = out.write_all(head.as_bytes());
    let _ = out.write_all(a.body.as_bytes());
    let _ = out.flush();
}

/// `qlik` against `url`, stdin piped, stdout and stderr read by threads.
fn spawn(url: &str, vars: &[(&str, &str)], args: &[&str]) -> Running {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin!("qlik"));
    cmd.env_clear()
        .env("QLIK_CONFIG_DIR", dir.path())
        .env("QLIK_SERVER", url)
        .env("QLIK_API_KEY", "k")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in vars {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().unwrap();
    let (seen_tx, seen_rx) = mpsc::channel();
    let (out, out_reader) = collect(child.stdout.take().unwrap(), seen_tx.clone());
    let (err, err_reader) = collect(child.stderr.take().unwrap(), seen_tx);
    Running {
        child,
        out,
        err,
        seen_rx,
        readers: [out_reader, err_reader],
        _dir: dir,
    }
}

/// Reads `r` into a shared string as it comes, signalling `seen` after each read.
fn collect(
    mut r: impl Read + Send + 'static,
    seen: mpsc::Sender<()>,
) -> (Arc<Mutex<String>>, thread::JoinHandle<()>) {
    let text = Arc::new(Mutex::new(String::new()));
    let shared = text.clone();
    let reader = thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = r.read(&mut buf) {
            if n == 0 {
                break;
            }
            shared
                .lock()
                .unwrap()
                .push_str(&String::from_utf8_lossy(&buf[..n]));
            let _ = seen.send(());
        }
    });
    (text, reader)
}

struct Running {
    child: Child,
    out: Arc<Mutex<String>>,
    err: Arc<Mutex<String>>,
    seen_rx: mpsc::Receiver<()>,
    readers: [thread::JoinHandle<()>; 2],
    _dir: tempfile::TempDir,
}

struct Ended {
    code: Option<i32>,
    out: String,
    err: String,
    took: Duration,
}

impl Running {
    /// Waits until stderr contains `text` (bounded).
    fn wait_for_stderr(&self, text: &str) {
        self.wait_for(&self.err, "stderr", text);
    }

    /// Waits until stdout contains `text` (bounded).
    fn wait_for_stdout(&self, text: &str) {
        self.wait_for(&self.out, "stdout", text);
    }

    fn wait_for(&self, stream: &Mutex<String>, name: &str, text: &str) {
        let deadline = Instant::now() + BOUND;
        while !stream.lock().unwrap().contains(text) {
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(
                !left.is_zero(),
                "no {text:?} on {name}: {}",
                stream.lock().unwrap()
            );
            let _ = self
                .seen_rx
                .recv_timeout(left.min(Duration::from_millis(200)));
        }
    }

    fn interrupt(&self) {
        let status = Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// Waits for the end within `bound`; kills it and fails the test past that.
    fn end_within(mut self, bound: Duration) -> Ended {
        let started = Instant::now();
        let code = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status.code();
            }
            if started.elapsed() > bound {
                let _ = self.child.kill();
                let _ = self.child.wait();
                panic!(
                    "still running after {bound:?} (killed); stderr:\n{}",
                    self.err.lock().unwrap()
                );
            }
            thread::sleep(Duration::from_millis(10));
        };
        // The readers end with the pipes (the child is gone; no grandchild holds them).
        for reader in self.readers {
            reader.join().unwrap();
        }
        let out = self.out.lock().unwrap().clone();
        let err = self.err.lock().unwrap().clone();
        assert!(!err.contains("panicked"), "{err}");
        Ended {
            code,
            out,
            err,
            took: started.elapsed(),
        }
    }
}

fn page(ids: &[&str], next: Option<&str>) -> String {
    let data: Vec<String> = ids
        .iter()
        .map(|id| format!(r#"{{"id":"{id}","name":"n{id}","resourceType":"app"}}"#))
        .collect();
    let links = match next {
        Some(n) => format!(r#"{{"next":{{"href":"/api/v1/items?next={n}"}}}}"#),
        None => "{}".into(),
    };
    format!(r#"{{"data":[{}],"links":{links}}}"#, data.join(","))
}

#[test]
fn ls_ends_with_exit_7_when_the_server_goes_away_in_a_used_up_window() {
    // The first page uses up the window's budget (one request); then the server is gone.
    let server = Server::start(1, |_, _| {
        Answer::new(200, &page(&["i1"], Some("c2"))).budget(1, 0, 1)
    });
    let run = spawn(
        &server.url,
        &[],
        &[
            "item",
            "ls",
            "--all",
            "-q",
            "-v",
            "--retry",
            "2",
            "--interval",
            "0.05",
        ],
    );
    let r = run.end_within(BOUND);
    assert_eq!(r.code, Some(7), "{}", r.err);
    assert_eq!(r.out, "i1\n");
    assert!(r.err.contains("resume with --next c2"), "{}", r.err);
    // -v says why it waited.
    assert!(
        r.err
            .lines()
            .any(|l| l.starts_with("pacer: tier 1 budget used up, waiting ")
                && l.ends_with(" s for the window to reset")),
        "{}",
        r.err
    );
    assert!(r.took < Duration::from_secs(15), "{:?}", r.took);
}

#[test]
fn ls_ends_with_exit_7_when_the_headers_stop_coming() {
    // Two requests a window; the first answer uses them up, later ones (503s) carry no
    // Ratelimit-* headers, so the next window's end is never announced.
    let server = Server::start(8, |n, _| match n {
        0 => Answer::new(200, &page(&["i1"], Some("c2"))).budget(2, 0, 1),
        _ => Answer::new(503, r#"{"errors":[{"title":"unavailable"}]}"#),
    });
    let run = spawn(
        &server.url,
        &[],
        &[
            "item",
            "ls",
            "--all",
            "-q",
            "--retry",
            "3",
            "--interval",
            "0.05",
        ],
    );
    let r = run.end_within(BOUND);
    assert_eq!(r.code, Some(7), "{}", r.err);
    assert_eq!(r.out, "i1\n");
    assert!(r.err.contains("resume with --next c2"), "{}", r.err);
    // The first page, then four tries of the second.
    assert_eq!(server.requests().len(), 5, "{:?}", server.requests());
}

#[test]
fn a_cancelled_read_ahead_does_not_hold_the_listing() {
    // The page's quick scan finds a `next` link in an item (B), the parse the real one (A):
    // the request sent ahead for B is cancelled while in flight. It must give its place
    // back, or the one request the window allows would be taken for ever.
    let first = r#"{"links":{"next":{"href":"/api/v1/items?next=A"}},"data":[{"id":"i1","x":{"next":{"href":"/api/v1/items?next=B"}}}]}"#;
    let server = Server::start(4, move |n, req| {
        if n == 0 {
            Answer::new(200, first).budget(1, 1, 2)
        } else if req.contains("next=B") {
            Answer {
                delay: Duration::from_secs(5),
                ..Answer::new(200, &page(&["never"], None))
            }
        } else {
            Answer::new(200, &page(&["i2"], None))
        }
    });
    let run = spawn(&server.url, &[], &["item", "ls", "--all", "-q"]);
    let r = run.end_within(BOUND);
    assert_eq!(r.code, Some(0), "{}", r.err);
    assert_eq!(r.out, "i1\ni2\n");
}

#[test]
fn rm_ends_with_exit_7_when_the_server_goes_away_in_a_used_up_window() {
    let server = Server::start(1, |_, _| {
        Answer::new(503, r#"{"errors":[{"title":"unavailable"}]}"#).budget(1, 0, 1)
    });
    let run = spawn(
        &server.url,
        &[],
        &[
            "item",
            "rm",
            "a",
            "b",
            "--yes",
            "--retry",
            "1",
            "--interval",
            "0.05",
        ],
    );
    let r = run.end_within(BOUND);
    assert_eq!(r.code, Some(7), "{}", r.err);
    assert!(r.err.contains("deleted 0 of 2"), "{}", r.err);
    assert!(r.err.contains("2 failed"), "{}", r.err);
}

#[test]
fn ctrl_c_stops_rm_held_by_the_pacer_at_once_with_its_summary() {
    // One delete per minute: the second id is held for the window's end.
    let server = Server::start(3, |_, _| Answer::new(204, "").budget(1, 0, 60));
    let run = spawn(
        &server.url,
        &[],
        &[
            "item",
            "rm",
            "a",
            "b",
            "c",
            "--yes",
            "--concurrency",
            "1",
            "-v",
        ],
    );
    run.wait_for_stderr(" 204 ");
    run.interrupt();
    let r = run.end_within(Duration::from_secs(10));
    assert_eq!(r.code, Some(130), "{}", r.err);
    assert!(r.err.contains("deleted 1 of 3"), "{}", r.err);
    assert!(r.err.contains("2 not tried (interrupted)"), "{}", r.err);
    assert_eq!(server.requests(), ["DELETE /api/v1/items/a"]);
    assert!(
        r.err
            .contains("pacer: tier 2 budget used up, waiting 60.0 s for the window to reset"),
        "{}",
        r.err
    );
}

#[test]
fn ctrl_c_stops_rm_in_a_retry_pause_with_the_failure() {
    // A 429 asking for 60 s: the retry waits; Ctrl-C ends the wait and the run.
    let server = Server::start(3, |_, _| {
        let mut a = Answer::new(429, r#"{"errors":[{"title":"API rate limit reached."}]}"#);
        a.headers.push(("Retry-After", "60".into()));
        a
    });
    let run = spawn(
        &server.url,
        &[],
        &["item", "rm", "a", "b", "--yes", "--concurrency", "1", "-v"],
    );
    run.wait_for_stderr("retrying in 60.0s");
    run.interrupt();
    let r = run.end_within(Duration::from_secs(10));
    assert_eq!(r.code, Some(130), "{}", r.err);
    assert!(
        r.err.contains("error: a: API rate limit reached"),
        "{}",
        r.err
    );
    assert!(r.err.contains("1 not tried (interrupted)"), "{}", r.err);
    assert_eq!(server.requests(), ["DELETE /api/v1/items/a"]);
}

#[test]
fn ctrl_c_at_the_confirmation_quits_at_once() {
    let server = Server::start(2, |_, _| {
        Answer::new(200, r#"{"id":"a","name":"Sales","resourceType":"app"}"#)
    });
    let run = spawn(
        &server.url,
        &[("QLIK_FORCE_TTY", "1")],
        &["item", "rm", "a"],
    );
    run.wait_for_stderr("[y/N]");
    run.interrupt();
    let r = run.end_within(Duration::from_secs(10));
    assert_eq!(r.code, Some(130), "{}", r.err);
    assert_eq!(server.requests(), ["GET /api/v1/items/a"]);
}

#[test]
fn ctrl_c_stops_ls_held_by_the_pacer() {
    let server = Server::start(1, |_, _| {
        Answer::new(200, &page(&["i1"], Some("c2"))).budget(1, 0, 60)
    });
    let run = spawn(&server.url, &[], &["item", "ls", "--all", "-q", "-v"]);
    // The request for page 2 is held while page 1 is written: wait for both, in either order.
    run.wait_for_stderr("pacer: tier 1 budget used up");
    run.wait_for_stdout("i1\n");
    run.interrupt();
    let r = run.end_within(Duration::from_secs(10));
    assert_eq!(r.code, Some(130), "{}", r.err);
    assert_eq!(r.out, "i1\n");
}
