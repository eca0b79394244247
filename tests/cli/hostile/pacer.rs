//! The pacer never waits without end, and Ctrl-C always stops a paced command.
//!
//! The servers here announce a used-up budget, then stop answering, stop sending the
//! `Ratelimit-*` headers, or hold an answer back. Each serves a bounded number of requests
//! and then closes its port; each run of `qlik` is killed after a generous bound, failing
//! the test instead of hanging it.

use std::io::Read;
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use super::support::{self, Mock, Reply};

/// A generous bound for a run that should take a few seconds.
const BOUND: Duration = Duration::from_secs(40);

/// Adds `Ratelimit-Limit`, `-Remaining` and `-Reset` (seconds from now) to a reply.
trait Budget {
    fn budget(self, limit: u64, remaining: u64, reset: u64) -> Self;
}

impl Budget for Reply {
    fn budget(self, limit: u64, remaining: u64, reset: u64) -> Reply {
        self.header("Ratelimit-Limit", &limit.to_string())
            .header("Ratelimit-Remaining", &remaining.to_string())
            .header("Ratelimit-Reset", &reset.to_string())
    }
}

/// `qlik` against `url`, stdin piped, stdout and stderr read by threads.
fn spawn(url: &str, vars: &[(&str, &str)], args: &[&str]) -> Running {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = support::qlik_process(&[]);
    cmd.env("QLIK_CONFIG_DIR", dir.path())
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
        assert!(support::interrupt(self.child.id()));
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
    let server = Mock::bounded(1, |_, _| {
        Reply::body(200, page(&["i1"], Some("c2"))).budget(1, 0, 1)
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
    let server = Mock::bounded(8, |n, _| match n {
        0 => Reply::body(200, page(&["i1"], Some("c2"))).budget(2, 0, 1),
        _ => Reply::body(503, r#"{"errors":[{"title":"unavailable"}]}"#),
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
    assert_eq!(server.lines().len(), 5, "{:?}", server.lines());
}

#[test]
fn a_cancelled_read_ahead_does_not_hold_the_listing() {
    // The page's quick scan finds a `next` link in an item (B), the parse the real one (A):
    // the request sent ahead for B is cancelled while in flight. It must give its place
    // back, or the one request the window allows would be taken for ever.
    let first = r#"{"links":{"next":{"href":"/api/v1/items?next=A"}},"data":[{"id":"i1","x":{"next":{"href":"/api/v1/items?next=B"}}}]}"#;
    let server = Mock::bounded(4, move |n, req| {
        if n == 0 {
            Reply::body(200, first).budget(1, 1, 2)
        } else if req.path.contains("next=B") {
            Reply::body(200, page(&["never"], None)).after(Duration::from_secs(5))
        } else {
            Reply::body(200, page(&["i2"], None))
        }
    });
    let run = spawn(&server.url, &[], &["item", "ls", "--all", "-q"]);
    let r = run.end_within(BOUND);
    assert_eq!(r.code, Some(0), "{}", r.err);
    assert_eq!(r.out, "i1\ni2\n");
}

#[test]
fn rm_ends_with_exit_7_when_the_server_goes_away_in_a_used_up_window() {
    let server = Mock::bounded(1, |_, _| {
        Reply::body(503, r#"{"errors":[{"title":"unavailable"}]}"#).budget(1, 0, 1)
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
    let server = Mock::bounded(3, |_, _| Reply::body(204, "").budget(1, 0, 60));
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
    assert_eq!(server.lines(), ["DELETE /api/v1/items/a"]);
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
    let server = Mock::bounded(3, |_, _| {
        Reply::body(429, r#"{"errors":[{"title":"API rate limit reached."}]}"#)
            .header("Retry-After", "60")
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
    assert_eq!(server.lines(), ["DELETE /api/v1/items/a"]);
}

#[test]
fn ctrl_c_at_the_confirmation_quits_at_once() {
    let server = Mock::bounded(2, |_, _| {
        Reply::body(200, r#"{"id":"a","name":"Sales","resourceType":"app"}"#)
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
    assert_eq!(server.lines(), ["GET /api/v1/items/a"]);
}

#[test]
fn ctrl_c_stops_ls_held_by_the_pacer() {
    let server = Mock::bounded(1, |_, _| {
        Reply::body(200, page(&["i1"], Some("c2"))).budget(1, 0, 60)
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
