//! Scripted HTTP servers on loopback for the paging tests: a listing of n items, and
//! servers that answer what a test scripts.

use crate::api::ClientConfig;
use crate::api::paging::*;
use crate::secret::Secret;

/// A scripted listing service on loopback holding `items` items: `GET /api/v1/items` with
/// `limit` (at most [`MAX_PAGE`]) and `next` (the offset as a cursor) answers one page and a
/// `links.next` while items remain. Returns the server and a client for it.
pub(super) async fn items_server(items: usize) -> (Server, Client) {
    let server = listen(move |target| Some(items_page(items, target))).await;
    let client = Client::new(ClientConfig::new(
        server.base_url(),
        Secret::new(server.api_key()),
    ))
    .unwrap();
    (server, client)
}

/// The page of [`items_server`] that `target` asks for.
fn items_page(items: usize, target: &str) -> String {
    let number = |name| query_param(target, name).and_then(|v| v.parse::<usize>().ok());
    let limit = number("limit").unwrap_or(10).clamp(1, MAX_PAGE as usize);
    let start = number("next").unwrap_or(0).min(items);
    let end = (start + limit).min(items);
    let data: Vec<String> = (start..end)
        .map(|i| format!(r#"{{"id":"item-{i:04}","name":"Item {i}","resourceType":"app"}}"#))
        .collect();
    let next = if end < items {
        format!(r#","next":{{"href":"/api/v1/items?limit={limit}&next={end}"}}"#)
    } else {
        String::new()
    };
    format!(
        r#"{{"data":[{}],"links":{{"self":{{"href":"{target}"}}{next}}}}}"#,
        data.join(",")
    )
}

/// A keep-alive HTTP server on loopback answering every GET with the JSON body that
/// `answer` makes of its request target; returns a client for it and every target asked.
pub(super) async fn scripted(answer: fn(&str) -> String) -> (Client, Arc<Mutex<Vec<String>>>) {
    let (client, seen, _) = serve(move |t| Some(answer(t))).await;
    (client, seen)
}

/// The server behind [`scripted`]: `answer` gives `None` to hold the answer back until
/// the client closes the connection, which the returned receiver then reports.
pub(super) async fn serve(
    answer: impl Fn(&str) -> Option<String> + Send + Sync + 'static,
) -> (Client, Arc<Mutex<Vec<String>>>, mpsc::Receiver<()>) {
    let mut server = listen(answer).await;
    let client = Client::new(ClientConfig::new(server.base_url(), Secret::new("k"))).unwrap();
    let closed = server.closed.take().unwrap();
    (client, server.seen.clone(), closed)
}

/// A scripted server (see [`listen`]): every request target it was asked for, in order.
pub(super) struct Server {
    addr: std::net::SocketAddr,
    seen: Arc<Mutex<Vec<String>>>,
    closed: Option<mpsc::Receiver<()>>,
    accept: tokio::task::JoinHandle<()>,
}

impl Server {
    pub(super) fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub(super) fn api_key(&self) -> &'static str {
        "k"
    }

    /// The request targets (path and query) asked so far.
    pub(super) fn requests(&self) -> Vec<String> {
        self.seen.lock().unwrap().clone()
    }

    /// Stops accepting connections.
    pub(super) async fn shutdown(self) {
        self.accept.abort();
        let _ = self.accept.await;
    }
}

/// The largest request head the scripted server reads.
const MAX_HEAD: usize = 64 * 1024;

/// A keep-alive HTTP/1.1 server on an ephemeral loopback port, answering every request with
/// the JSON body that `answer` makes of its target, or, on `None`, holding the answer back
/// until the client closes the connection (reported on `closed`).
async fn listen(answer: impl Fn(&str) -> Option<String> + Send + Sync + 'static) -> Server {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let seen = Arc::new(Mutex::new(Vec::<String>::new()));
    let seen2 = seen.clone();
    let answer = Arc::new(answer);
    let (closed_tx, closed_rx) = mpsc::channel::<()>(1);
    let accept = tokio::spawn(async move {
        while let Ok((mut conn, _)) = listener.accept().await {
            let (seen, answer, closed_tx) = (seen2.clone(), answer.clone(), closed_tx.clone());
            tokio::spawn(async move {
                let mut buf = Vec::new();
                let mut chunk = [0u8; 4096];
                loop {
                    let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") else {
                        if buf.len() > MAX_HEAD {
                            return;
                        }
                        match conn.read(&mut chunk).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => buf.extend_from_slice(&chunk[..n]),
                        }
                        continue;
                    };
                    let head = String::from_utf8_lossy(&buf[..end]).to_string();
                    buf.drain(..end + 4);
                    let target = head.split(' ').nth(1).unwrap_or("").to_string();
                    let body = answer(&target);
                    seen.lock().unwrap().push(target);
                    let Some(body) = body else {
                        // Hold the answer until the client goes away.
                        let _ = conn.read(&mut chunk).await;
                        let _ = closed_tx.send(()).await;
                        return;
                    };
                    let resp = format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nx-b3-traceid: trace-7\r\ncontent-length: {}\r\n\r\n{body}",
                        body.len()
                    );
                    if conn.write_all(resp.as_bytes()).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    Server {
        addr,
        seen,
        closed: Some(closed_rx),
        accept,
    }
}
