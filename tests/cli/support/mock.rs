//! The scripted HTTP/1.1 server of the suite, for what the emulator cannot script: exact
//! answers, misbehaving servers, request shapes. Std only, on an ephemeral loopback port.
//!
//! A handler maps each request (numbered from 0 in the order received) to a [`Reply`]; the mock
//! records every request. By default it answers one request per connection
//! (`Connection: close`) for as long as the test runs; [`Mock::bounded`] stops listening after
//! a number of connections, so a client that loops fails instead of hanging, and
//! [`Mock::keep_alive`] answers any number of requests on one connection.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

/// The longest request line or header line read; the most header lines read.
const MAX_LINE: u64 = 64 * 1024;
const MAX_HEADERS: usize = 200;
/// The largest request body read.
const MAX_BODY: usize = 16 << 20;
/// What an endless body sends at the most before giving up (1 GiB).
const ENDLESS_CHUNKS: usize = 1 << 14;
/// How long a connection may stay silent before the mock drops it.
const IDLE: Duration = Duration::from_secs(60);

/// One request as the mock saw it.
#[derive(Debug, Clone)]
pub struct SeenRequest {
    pub method: String,
    /// The request target: path and query, as sent (a whole URL when sent to a proxy).
    pub path: String,
    /// `HTTP/1.1`.
    pub version: String,
    /// Header names lower-cased, in the order received.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl SeenRequest {
    /// The value of header `name` (lower case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// `METHOD target`.
    pub fn line(&self) -> String {
        format!("{} {}", self.method, self.path)
    }
}

/// A scripted answer.
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Wait this long before answering.
    pub delay: Duration,
    /// Send no length and write spaces until the client hangs up (or 1 GiB is sent).
    pub endless: bool,
}

impl Reply {
    /// `body` with no header but its length.
    pub fn new(status: u16, body: impl Into<Vec<u8>>) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            body: body.into(),
            delay: Duration::ZERO,
            endless: false,
        }
    }

    /// `body` as `content_type`.
    pub fn typed(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Reply {
        Reply::new(status, body).header("Content-Type", content_type)
    }

    /// `body` (JSON text, or bytes that claim to be) as `application/json`, with no trace id.
    pub fn body(status: u16, body: impl Into<Vec<u8>>) -> Reply {
        Reply::typed(status, "application/json", body)
    }

    /// A JSON value, as the service answers: with a trace id (`trace-0001`).
    pub fn json(status: u16, body: &serde_json::Value) -> Reply {
        Reply::body(status, body.to_string()).header("X-B3-Traceid", "trace-0001")
    }

    /// A `200` whose body never ends: spaces, with no length, until the client hangs up.
    pub fn endless() -> Reply {
        Reply {
            endless: true,
            ..Reply::typed(200, "application/json", Vec::new())
        }
    }

    pub fn header(mut self, k: &str, v: &str) -> Reply {
        self.headers.push((k.into(), v.into()));
        self
    }

    /// Answers only after `delay`.
    pub fn after(mut self, delay: Duration) -> Reply {
        self.delay = delay;
        self
    }
}

type Handler = dyn Fn(usize, &SeenRequest) -> Reply + Send + Sync;

/// The server: its base URL (`http://127.0.0.1:PORT`) and the requests it saw.
pub struct Mock {
    pub url: String,
    seen: Arc<Mutex<Vec<SeenRequest>>>,
    connections: Arc<AtomicUsize>,
}

impl Mock {
    /// Answers every request, one per connection, until the test ends.
    pub fn start(handler: impl Fn(usize, &SeenRequest) -> Reply + Send + Sync + 'static) -> Mock {
        Mock::serve("127.0.0.1", None, false, Arc::new(handler))
    }

    /// Answers at most `max` connections (one request each), then closes its port: later
    /// connections are refused.
    pub fn bounded(
        max: usize,
        handler: impl Fn(usize, &SeenRequest) -> Reply + Send + Sync + 'static,
    ) -> Mock {
        Mock::serve("127.0.0.1", Some(max), false, Arc::new(handler))
    }

    /// Answers any number of requests on each connection (no `Connection: close`).
    pub fn keep_alive(
        handler: impl Fn(usize, &SeenRequest) -> Reply + Send + Sync + 'static,
    ) -> Mock {
        Mock::serve("127.0.0.1", None, true, Arc::new(handler))
    }

    /// Like [`Mock::start`], on another loopback address (`127.0.0.2`: another origin).
    pub fn on(
        host: &str,
        handler: impl Fn(usize, &SeenRequest) -> Reply + Send + Sync + 'static,
    ) -> Mock {
        Mock::serve(host, None, false, Arc::new(handler))
    }

    fn serve(host: &str, max: Option<usize>, keep_alive: bool, handler: Arc<Handler>) -> Mock {
        let listener = TcpListener::bind((host, 0)).unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let connections = Arc::new(AtomicUsize::new(0));
        let (seen2, connections2) = (seen.clone(), connections.clone());
        thread::spawn(move || {
            for _ in 0..max.unwrap_or(usize::MAX) {
                let Ok((stream, _)) = listener.accept() else {
                    return;
                };
                connections2.fetch_add(1, Ordering::SeqCst);
                let (seen, handler) = (seen2.clone(), handler.clone());
                thread::spawn(move || connection(stream, &seen, &*handler, keep_alive));
            }
            // The listener is dropped here: the port is closed.
        });
        Mock {
            url,
            seen,
            connections,
        }
    }

    /// How many connections it accepted, whether or not a request came on them.
    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }

    /// Every request, in the order received.
    pub fn requests(&self) -> Vec<SeenRequest> {
        self.seen.lock().unwrap().clone()
    }

    /// `METHOD target` of every request, in the order received.
    pub fn lines(&self) -> Vec<String> {
        self.requests().iter().map(SeenRequest::line).collect()
    }

    /// The target of every request, in the order received.
    pub fn targets(&self) -> Vec<String> {
        self.requests().into_iter().map(|r| r.path).collect()
    }
}

/// Serves one connection: one request, or with `keep_alive` every request until it closes.
fn connection(
    stream: TcpStream,
    seen: &Mutex<Vec<SeenRequest>>,
    handler: &Handler,
    keep_alive: bool,
) {
    let _ = stream.set_read_timeout(Some(IDLE));
    let Ok(read_half) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(read_half);
    let mut out = stream;
    loop {
        let Some(req) = read_request(&mut reader) else {
            return;
        };
        let n = {
            let mut s = seen.lock().unwrap();
            s.push(req.clone());
            s.len() - 1
        };
        let reply = handler(n, &req);
        thread::sleep(reply.delay);
        if write_reply(&mut out, &reply, keep_alive).is_err() || !keep_alive || reply.endless {
            return;
        }
    }
}

/// Reads one request, its lines and its body capped; `None` at the end of the connection.
fn read_request(reader: &mut BufReader<TcpStream>) -> Option<SeenRequest> {
    let line = read_line(reader)?;
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or_default().to_string();
    let path = parts.next().unwrap_or_default().to_string();
    let version = parts.next().unwrap_or_default().to_string();
    let mut headers = Vec::new();
    let mut length = 0usize;
    while headers.len() < MAX_HEADERS {
        let h = read_line(reader)?;
        if h.trim().is_empty() {
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
    let mut body = vec![0; length.min(MAX_BODY)];
    let _ = reader.read_exact(&mut body);
    Some(SeenRequest {
        method,
        path,
        version,
        headers,
        body,
    })
}

fn read_line(reader: &mut BufReader<TcpStream>) -> Option<String> {
    let mut line = String::new();
    match reader.by_ref().take(MAX_LINE).read_line(&mut line) {
        Ok(0) | Err(_) => None,
        Ok(_) => Some(line),
    }
}

fn write_reply(out: &mut TcpStream, reply: &Reply, keep_alive: bool) -> std::io::Result<()> {
    let mut head = format!("HTTP/1.1 {} X\r\n", reply.status);
    if !keep_alive || reply.endless {
        head.push_str("Connection: close\r\n");
    }
    for (k, v) in &reply.headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    if !reply.endless {
        head.push_str(&format!("Content-Length: {}\r\n", reply.body.len()));
    }
    head.push_str("\r\n");
    out.write_all(head.as_bytes())?;
    out.write_all(&reply.body)?;
    if reply.endless {
        let chunk = vec![b' '; 64 * 1024];
        for _ in 0..ENDLESS_CHUNKS {
            out.write_all(&chunk)?;
        }
    }
    out.flush()
}
