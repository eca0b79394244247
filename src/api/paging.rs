//! Cursor paging: follows `links.next.href` page after page in a background task, one page
//! ahead of the consumer, so page N+1 is on the wire while page N is being written.

use std::ops::Range;
use std::sync::{Arc, Mutex};

use serde::Deserialize;
use serde_json::Value;
use serde_json::value::RawValue;
use tokio::sync::mpsc;

use super::{ApiError, Client};

/// The largest page the service serves.
pub const MAX_PAGE: u64 = 100;

/// One page of a listing: the body as received, and where each item lies in it. The items
/// are neither copied nor allocated one by one; only the formats that read fields parse them.
#[derive(Debug)]
pub struct Page {
    body: String,
    items: Vec<Range<usize>>,
    /// Set on the last page sent when the service has more beyond it.
    pub more: Option<Next>,
}

impl Page {
    /// The items' JSON text, as the service wrote it (each one valid JSON).
    pub fn items(&self) -> impl Iterator<Item = &str> {
        self.items.iter().map(|r| &self.body[r.clone()])
    }
}

/// Where the listing would go on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Next {
    /// Path and query on the configured server.
    pub path: String,
    /// The `next` cursor in it, for `--next`.
    pub cursor: Option<String>,
}

/// Pages of a listing, as they arrive.
pub struct Pages {
    rx: mpsc::Receiver<Result<Page, ApiError>>,
    failed_at: Arc<Mutex<Option<String>>>,
}

impl Pages {
    /// The next page; `None` after the last one (or after an error).
    pub async fn next(&mut self) -> Option<Result<Page, ApiError>> {
        self.rx.recv().await
    }

    /// After an error: the `next` cursor of the page that failed (`None` when it was the
    /// first page or had no cursor), from which the listing can be resumed.
    pub fn resume_cursor(&self) -> Option<String> {
        self.failed_at
            .lock()
            .ok()?
            .as_deref()
            .and_then(|p| query_param(p, "next"))
    }
}

/// The `limit` for a request when `remaining` items are still wanted.
pub fn page_size(remaining: Option<u64>) -> u64 {
    remaining.map_or(MAX_PAGE, |r| r.clamp(1, MAX_PAGE))
}

/// Starts listing from `first` (a path and query whose `limit` the caller set with
/// [`page_size`]) and returns at most `total` items (`None`: all of them).
///
/// The request for the next page goes out as soon as a page's body has arrived, before the
/// body is parsed: its `next` link is found with a quick scan of the text, and the full parse
/// that follows must agree with it. When it does not (a body laid out unusually), the early
/// request is dropped and the link the parse found is fetched instead, so the walk is the
/// same either way.
pub fn list(client: &Client, first: String, total: Option<u64>) -> Pages {
    // One page in the channel, one being fetched: memory stays flat in the listing's size.
    let (tx, rx) = mpsc::channel(1);
    let client = client.clone();
    let failed_at = Arc::new(Mutex::new(None));
    let failed_at2 = failed_at.clone();
    tokio::spawn(async move {
        let mut path = first;
        let mut sent: u64 = 0;
        // The most recent page paths: a `next` link back to one of them would loop forever.
        // A fixed window keeps memory flat however long the listing.
        let mut seen = std::collections::VecDeque::with_capacity(SEEN_WINDOW);
        let mut ahead: Option<Ahead> = None;
        loop {
            if seen.len() == SEEN_WINDOW {
                seen.pop_front();
            }
            seen.push_back(path.clone());
            // An early request for another path is cancelled here, before this one is sent.
            let early = ahead.take().filter(|a| a.path == path);
            let resp = match early {
                Some(a) => a.answer().await,
                None => client.get(&path).await,
            };
            let page = match resp {
                Ok(resp) => {
                    ahead = guess_next(&client, &resp.body, &path, total, sent)
                        .filter(|guess| !seen.contains(guess))
                        .map(|guess| Ahead::start(&client, guess));
                    if ahead.is_some() {
                        // Let the request go out before the body is parsed (one thread).
                        tokio::task::yield_now().await;
                    }
                    parse(&client, resp)
                }
                Err(e) => Err(e),
            };
            let page = match page {
                Ok(p) => p,
                Err(e) => {
                    if let Ok(mut f) = failed_at2.lock() {
                        *f = Some(path.clone());
                    }
                    let _ = tx.send(Err(e)).await;
                    return;
                }
            };
            let Parsed {
                body,
                mut items,
                next,
            } = page;
            if let Some(t) = total {
                items.truncate(usize::try_from(t - sent).unwrap_or(usize::MAX));
            }
            sent += items.len() as u64;
            let remaining = total.map(|t| t - sent);
            let next = next.filter(|n| !seen.contains(&n.path));
            let done = remaining == Some(0) || next.is_none();
            if done {
                let _ = tx
                    .send(Ok(Page {
                        body,
                        items,
                        more: next,
                    }))
                    .await;
                return;
            }
            let page = Page {
                body,
                items,
                more: None,
            };
            if tx.send(Ok(page)).await.is_err() {
                return; // the consumer stopped
            }
            path = next
                .map(|n| set_limit(&n.path, page_size(remaining)))
                .unwrap_or_default();
        }
    });
    Pages { rx, failed_at }
}

/// A request sent ahead for the page a quick scan says comes next. Dropping it cancels it.
struct Ahead {
    path: String,
    task: tokio::task::JoinHandle<Result<super::Response, ApiError>>,
}

impl Ahead {
    fn start(client: &Client, path: String) -> Ahead {
        let client = client.clone();
        let p = path.clone();
        let task = tokio::spawn(async move { client.get(&p).await });
        Ahead { path, task }
    }

    async fn answer(mut self) -> Result<super::Response, ApiError> {
        (&mut self.task)
            .await
            .unwrap_or_else(|e| Err(ApiError::other(format!("the request failed ({e})"))))
    }
}

impl Drop for Ahead {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// The path the next page will most likely be fetched from, found without parsing the body:
/// the last `"next":{"href":"…"}` in it (the service writes `links` after `data`, and an
/// unescaped quote cannot occur inside a string), with the `limit` the walk would set if this
/// page is full. `None` when there is no such text or the walk would stop here.
fn guess_next(
    client: &Client,
    body: &[u8],
    path: &str,
    total: Option<u64>,
    sent: u64,
) -> Option<String> {
    const KEY: &[u8] = br#""next":{"href":""#;
    let at = memchr::memmem::rfind(body, KEY)? + KEY.len();
    let len = memchr::memchr2(b'"', b'\\', &body[at..])?;
    // An escaped link is left to the parser.
    if body[at + len] != b'"' {
        return None;
    }
    let href = std::str::from_utf8(&body[at..at + len]).ok()?;
    if href.is_empty() {
        return None;
    }
    let remaining = match total {
        Some(t) => {
            let asked: u64 = query_param(path, "limit")?.parse().ok()?;
            let left = t.checked_sub(sent + asked).filter(|&r| r > 0)?;
            Some(left)
        }
        None => None,
    };
    Some(set_limit(&client.link_path(href)?, page_size(remaining)))
}

/// How many recent page paths the listing remembers to stop a loop of `next` links.
const SEEN_WINDOW: usize = 64;

/// A list answer: only its `links` are read; the items stay text, borrowed from the body.
#[derive(Deserialize)]
struct ListBody<'a> {
    /// `None`: no `data` member at all, which is not a list answer; `Some(None)`: `null`.
    #[serde(default, borrow, deserialize_with = "present")]
    data: Option<Option<Vec<&'a RawValue>>>,
    #[serde(default, borrow)]
    links: Option<&'a RawValue>,
}

/// Tells a member that is present (even as `null`) from one that is missing.
fn present<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(d).map(Some)
}

/// A page as read: its body, where its items lie in it, and the next link.
struct Parsed {
    body: String,
    items: Vec<Range<usize>>,
    next: Option<Next>,
}

/// Reads one page: its body, where its items lie in it, and the next link.
fn parse(client: &Client, resp: super::Response) -> Result<Parsed, ApiError> {
    let body = match String::from_utf8(resp.body) {
        Ok(b) => b,
        // Not UTF-8, so not JSON.
        Err(e) => {
            return Err(not_json(super::Response {
                body: e.into_bytes(),
                ..resp
            }));
        }
    };
    let trace_id = &resp.trace_id;
    let parsed: ListBody = match serde_json::from_str(&body) {
        Ok(b) => b,
        Err(e) if e.is_data() => return Err(unexpected(trace_id)),
        Err(_) => {
            return Err(not_json(super::Response {
                status: resp.status,
                body: body.into_bytes(),
                trace_id: trace_id.clone(),
            }));
        }
    };
    // A struct would also accept an array; the answer must be an object.
    if body.trim_ascii_start().as_bytes().first() != Some(&b'{') {
        return Err(unexpected(trace_id));
    }
    // The contract requires `data` in every list answer; without it this is something else.
    let Some(items) = parsed.data else {
        return Err(unexpected(trace_id));
    };
    // Each item borrows from `body`: its place is its offset from the start.
    let base = body.as_ptr() as usize;
    let items: Vec<Range<usize>> = items
        .unwrap_or_default()
        .iter()
        .map(|raw| {
            let start = raw.get().as_ptr() as usize - base;
            start..start + raw.get().len()
        })
        .collect();
    let links: Option<Value> = parsed
        .links
        .and_then(|l| serde_json::from_str(l.get()).ok());
    let next = links
        .as_ref()
        .and_then(|l| l.get("next"))
        .and_then(|n| n.get("href"))
        .and_then(Value::as_str)
        .filter(|h| !h.is_empty())
        .and_then(|href| client.link_path(href))
        .map(|path| Next {
            cursor: query_param(&path, "next"),
            path,
        });
    Ok(Parsed { body, items, next })
}

/// An answer that is not JSON at all: the same error as for any other such answer.
fn not_json(resp: super::Response) -> ApiError {
    resp.json()
        .err()
        .unwrap_or_else(|| unexpected(&resp.trace_id))
}

fn unexpected(trace_id: &Option<String>) -> ApiError {
    ApiError {
        trace_id: trace_id.clone(),
        ..ApiError::other("unexpected answer: a list without a `data` array")
    }
}

/// The value of query parameter `name` in a path and query.
pub fn query_param(path: &str, name: &str) -> Option<String> {
    let (_, q) = path.split_once('?')?;
    url::form_urlencoded::parse(q.as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

/// Sets (or adds) the `limit` query parameter, leaving the rest as the service wrote it.
pub fn set_limit(path: &str, limit: u64) -> String {
    let (p, q) = match path.split_once('?') {
        Some((p, q)) => (p, q),
        None => (path, ""),
    };
    let mut parts: Vec<String> = q
        .split('&')
        .filter(|kv| !kv.is_empty() && kv.split('=').next() != Some("limit"))
        .map(str::to_string)
        .collect();
    parts.push(format!("limit={limit}"));
    format!("{p}?{}", parts.join("&"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::ClientConfig;
    use crate::secret::Secret;

    /// An emulator with `items` items and no rate limits, and a client for it.
    async fn emulator(items: usize) -> (qlik_emulator::Server, Client) {
        let server = qlik_emulator::start(qlik_emulator::Config {
            items,
            tier1_per_minute: 0,
            tier2_per_minute: 0,
            ..qlik_emulator::Config::default()
        })
        .await
        .unwrap();
        let client = Client::new(ClientConfig::new(
            server.base_url(),
            Secret::new(server.api_key()),
        ))
        .unwrap();
        (server, client)
    }

    /// A keep-alive HTTP server on loopback answering every GET with the JSON body that
    /// `answer` makes of its request target; returns a client for it and every target asked.
    async fn scripted(answer: fn(&str) -> String) -> (Client, Arc<Mutex<Vec<String>>>) {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let seen = Arc::new(Mutex::new(Vec::<String>::new()));
        let seen2 = seen.clone();
        tokio::spawn(async move {
            while let Ok((mut conn, _)) = listener.accept().await {
                let seen = seen2.clone();
                tokio::spawn(async move {
                    let mut buf = Vec::new();
                    let mut chunk = [0u8; 4096];
                    loop {
                        let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") else {
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
                        let resp = format!(
                            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
                            body.len()
                        );
                        if conn.write_all(resp.as_bytes()).await.is_err() {
                            return;
                        }
                    }
                });
            }
        });
        let client = Client::new(ClientConfig::new(
            format!("http://{addr}"),
            Secret::new("k"),
        ))
        .unwrap();
        (client, seen)
    }

    /// The next pages are requested while the consumer still holds the current one: the
    /// fetcher runs ahead by one page in the channel, one in hand and one request early for
    /// the page after it, and no further.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn fetches_ahead_of_the_consumer_by_a_bounded_amount() {
        let (server, client) = emulator(1000).await;
        let mut pages = list(&client, "/api/v1/items?limit=100".into(), None);
        let first = pages.next().await.unwrap().unwrap();
        assert_eq!(first.items().count(), 100);
        // Holding page 1, wait until the fetcher has asked for pages 2, 3 and 4.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        while server.requests().len() < 4 {
            assert!(std::time::Instant::now() < deadline, "no read-ahead");
            tokio::task::yield_now().await;
        }
        // ...and it stops there: page 2 waits in the channel, page 3 in hand, page 4 on the
        // wire.
        for _ in 0..1000 {
            tokio::task::yield_now().await;
        }
        assert_eq!(server.requests().len(), 4);
        let mut total = first.items().count();
        while let Some(p) = pages.next().await {
            total += p.unwrap().items().count();
        }
        assert_eq!(total, 1000);
        assert_eq!(server.requests().len(), 10);
        server.shutdown().await;
    }

    /// A service whose `next` links go round in a circle (a, b, a, ...) ends the listing
    /// instead of looping forever.
    #[tokio::test]
    async fn a_circle_of_next_links_ends_the_listing() {
        let (client, _) = scripted(|target| {
            let next = if target.contains("next=a") { "b" } else { "a" };
            format!(
                r#"{{"data":[{{"id":"x"}}],"links":{{"next":{{"href":"/api/v1/items?next={next}&limit=100"}}}}}}"#
            )
        })
        .await;
        let mut pages = list(&client, "/api/v1/items?limit=100".into(), None);
        let walk = async {
            let mut items = 0;
            while let Some(p) = pages.next().await {
                let p = p.unwrap();
                assert!(p.more.is_none());
                items += p.items().count();
            }
            items
        };
        let items = tokio::time::timeout(std::time::Duration::from_secs(20), walk)
            .await
            .expect("the listing went round the circle");
        // The first page, then a, then b; b's link back to a ends it.
        assert_eq!(items, 3);
    }

    /// With a total, the early requests carry the limits the walk itself sets, so none is
    /// wasted: 250 items are 100 + 100 + 50, in exactly three requests.
    #[tokio::test]
    async fn a_limited_walk_sends_no_request_it_does_not_use() {
        let (server, client) = emulator(1000).await;
        let mut pages = list(&client, "/api/v1/items?limit=100".into(), Some(250));
        let mut ids = Vec::new();
        while let Some(p) = pages.next().await {
            let p = p.unwrap();
            ids.extend(p.items().map(str::to_string));
        }
        assert_eq!(ids.len(), 250);
        let limits: Vec<Option<String>> = server
            .requests()
            .iter()
            .map(|r| query_param(&r.path_and_query, "limit"))
            .collect();
        assert_eq!(
            limits,
            [Some("100".into()), Some("100".into()), Some("50".into())]
        );
        server.shutdown().await;
    }

    /// The early request reuses the connection the page came on: a whole walk opens one
    /// connection (counted by a forwarding proxy in front of the emulator).
    #[tokio::test]
    async fn a_walk_uses_one_connection() {
        let (server, _) = emulator(1000).await;
        let upstream = server
            .base_url()
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_string();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let accepted = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let accepted2 = accepted.clone();
        tokio::spawn(async move {
            while let Ok((mut conn, _)) = listener.accept().await {
                accepted2.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let upstream = upstream.clone();
                tokio::spawn(async move {
                    if let Ok(mut up) = tokio::net::TcpStream::connect(upstream).await {
                        let _ = tokio::io::copy_bidirectional(&mut conn, &mut up).await;
                    }
                });
            }
        });
        let client = Client::new(ClientConfig::new(
            format!("http://{addr}"),
            Secret::new(server.api_key()),
        ))
        .unwrap();
        let mut pages = list(&client, "/api/v1/items?limit=100".into(), None);
        let mut total = 0;
        while let Some(p) = pages.next().await {
            total += p.unwrap().items().count();
        }
        assert_eq!(total, 1000);
        assert_eq!(server.requests().len(), 10);
        assert_eq!(accepted.load(std::sync::atomic::Ordering::SeqCst), 1);
    }

    /// A body whose last `"next":{"href":…}` is not its `links.next` (here, inside an item,
    /// with `links` written before `data`): the walk follows the real link all the same.
    #[tokio::test]
    async fn a_decoy_next_link_inside_an_item_does_not_change_the_walk() {
        let (client, seen) = scripted(|target| {
            let (id, next) = if target.contains("page=2") {
                ("two", "")
            } else {
                ("one", r#""next":{"href":"/api/v1/items?page=2&limit=100"}"#)
            };
            format!(
                r#"{{"links":{{{next}}},"data":[{{"id":"{id}","meta":{{"next":{{"href":"/api/v1/items?page=decoy"}}}}}}]}}"#
            )
        })
        .await;
        let mut pages = list(&client, "/api/v1/items?limit=100".into(), None);
        let mut items = Vec::new();
        while let Some(p) = pages.next().await {
            items.extend(p.unwrap().items().map(str::to_string));
        }
        assert_eq!(items.len(), 2);
        assert!(items[0].contains(r#""id":"one""#), "{items:?}");
        assert!(items[1].contains(r#""id":"two""#), "{items:?}");
        // The real pages were fetched once each; the decoy at most once, and never used.
        let seen = seen.lock().unwrap().clone();
        let real = |p: &str| seen.iter().filter(|s| s.contains(p)).count();
        assert_eq!(real("limit=100") - real("decoy"), 2, "{seen:?}");
        assert!(real("decoy") <= 2, "{seen:?}");
    }

    #[test]
    fn limits() {
        assert_eq!(page_size(None), 100);
        assert_eq!(page_size(Some(250)), 100);
        assert_eq!(page_size(Some(7)), 7);
        assert_eq!(
            set_limit("/api/v1/items?next=a%2Bb&limit=100&sort=%2Bname", 7),
            "/api/v1/items?next=a%2Bb&sort=%2Bname&limit=7"
        );
        assert_eq!(set_limit("/api/v1/items", 5), "/api/v1/items?limit=5");
        assert_eq!(
            query_param("/x?limit=1&next=a%2Bb", "next").as_deref(),
            Some("a+b")
        );
        assert_eq!(query_param("/x", "next"), None);
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn encode(s: &str) -> String {
        url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn set_limit_sets_one_limit_and_keeps_every_other_parameter(
            pairs in proptest::collection::vec(("[a-z]{1,6}", ".{0,8}"), 0..5),
            limit in 1u64..=100,
        ) {
            let query: Vec<String> = pairs
                .iter()
                .map(|(k, v)| format!("{k}={}", encode(v)))
                .collect();
            let path = format!("/api/v1/items?{}", query.join("&"));
            let out = set_limit(&path, limit);
            prop_assert_eq!(query_param(&out, "limit"), Some(limit.to_string()));
            prop_assert_eq!(out.split(['?', '&']).filter(|kv| kv.starts_with("limit=")).count(), 1);
            for (k, _) in &pairs {
                if k != "limit" {
                    prop_assert_eq!(query_param(&out, k), query_param(&path, k));
                }
            }
        }

        #[test]
        fn cursors_round_trip_through_a_link(cursor in ".{0,30}") {
            let path = format!("/api/v1/items?next={}&limit=100", encode(&cursor));
            prop_assert_eq!(query_param(&path, "next"), Some(cursor));
        }

        #[test]
        fn query_param_never_panics(path in ".{0,60}", name in ".{0,5}") {
            let _ = query_param(&path, &name);
            let _ = set_limit(&path, 5);
        }
    }
}
