//! A hostile HTTP server on an ephemeral loopback port that answers at most a given number of
//! requests (one per connection, `Connection: close`) and then stops listening, so a client
//! that loops fails instead of hanging. Shared by `tests/hostile/terminal.rs` and
//! `tests/tty.rs`.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::thread;

/// An answer: status, extra headers, body.
pub struct Answer {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn json(status: u16, body: &serde_json::Value) -> Answer {
        Answer::bytes(status, body.to_string().into_bytes())
    }
    pub fn bytes(status: u16, body: Vec<u8>) -> Answer {
        Answer {
            status,
            headers: vec![("Content-Type".into(), "application/json".into())],
            body,
        }
    }
    pub fn header(mut self, k: &str, v: &str) -> Answer {
        self.headers.push((k.into(), v.into()));
        self
    }
}

/// The server: its base URL and the request lines (`GET /path`) it saw.
pub struct Bounded {
    pub url: String,
    seen: Arc<Mutex<Vec<String>>>,
}

impl Bounded {
    /// Serves `max` requests with `answer(method, path)`, then closes its socket.
    pub fn start(
        max: usize,
        answer: impl Fn(&str, &str) -> Answer + Send + Sync + 'static,
    ) -> Bounded {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let seen2 = seen.clone();
        thread::spawn(move || {
            for stream in listener.incoming().take(max) {
                let Ok(stream) = stream else { return };
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 {
                    continue;
                }
                // The head, up to the empty line (requests here have no body).
                loop {
                    let mut h = String::new();
                    if reader.read_line(&mut h).unwrap_or(0) == 0 || h.trim().is_empty() {
                        break;
                    }
                }
                let mut parts = line.split_whitespace();
                let method = parts.next().unwrap_or_default().to_string();
                let path = parts.next().unwrap_or_default().to_string();
                seen2.lock().unwrap().push(format!("{method} {path}"));
                let a = answer(&method, &path);
                let mut head = format!("HTTP/1.1 {} X\r\nConnection: close\r\n", a.status);
                for (k, v) in &a.headers {
                    head.push_str(&format!("{k}: {v}\r\n"));
                }
                head.push_str(&format!("Content-Length: {}\r\n\r\n", a.body.len()));
                let mut out = stream;
                let _ = out.write_all(head.as_bytes());
                let _ = out.write_all(&a.body);
                let _ = out.flush();
            }
        });
        Bounded { url, seen }
    }

    pub fn requests(&self) -> Vec<String> {
        self.seen.lock().unwrap().clone()
    }
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
