//! Cursor paging: follows `links.next.href` page after page in a background task, one page
//! ahead of the consumer, so page N+1 is on the wire while page N is being written.

use std::sync::{Arc, Mutex};

use serde::Deserialize;
use serde_json::Value;
use serde_json::value::RawValue;
use tokio::sync::mpsc;

use super::{ApiError, Client};

/// The largest page the service serves.
pub const MAX_PAGE: u64 = 100;

/// One page of a listing.
#[derive(Debug)]
pub struct Page {
    /// The items as the service wrote them (parsed only by the formats that need to).
    pub items: Vec<Box<RawValue>>,
    /// Set on the last page sent when the service has more beyond it.
    pub more: Option<Next>,
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
        loop {
            if seen.len() == SEEN_WINDOW {
                seen.pop_front();
            }
            seen.push_back(path.clone());
            let page = match fetch(&client, &path).await {
                Ok(p) => p,
                Err(e) => {
                    if let Ok(mut f) = failed_at2.lock() {
                        *f = Some(path.clone());
                    }
                    let _ = tx.send(Err(e)).await;
                    return;
                }
            };
            let (mut items, next) = page;
            if let Some(t) = total {
                items.truncate(usize::try_from(t - sent).unwrap_or(usize::MAX));
            }
            sent += items.len() as u64;
            let remaining = total.map(|t| t - sent);
            let next = next.filter(|n| !seen.contains(&n.path));
            let done = remaining == Some(0) || next.is_none();
            if done {
                let _ = tx.send(Ok(Page { items, more: next })).await;
                return;
            }
            if tx.send(Ok(Page { items, more: None })).await.is_err() {
                return; // the consumer stopped
            }
            path = next
                .map(|n| set_limit(&n.path, page_size(remaining)))
                .unwrap_or_default();
        }
    });
    Pages { rx, failed_at }
}

/// How many recent page paths the listing remembers to stop a loop of `next` links.
const SEEN_WINDOW: usize = 64;

/// A list answer: only its `links` are read; the items stay text.
#[derive(Deserialize)]
struct ListBody<'a> {
    /// `None`: no `data` member at all, which is not a list answer; `Some(None)`: `null`.
    #[serde(default, deserialize_with = "present")]
    data: Option<Option<Vec<Box<RawValue>>>>,
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

/// Fetches one page: its items and the next link.
async fn fetch(
    client: &Client,
    path: &str,
) -> Result<(Vec<Box<RawValue>>, Option<Next>), ApiError> {
    let resp = client.get(path).await?;
    let body: ListBody = match serde_json::from_slice(&resp.body) {
        Ok(b) => b,
        Err(e) if e.is_data() => return Err(unexpected(&resp.trace_id)),
        // Not JSON at all: the same error as for any other answer.
        Err(_) => {
            resp.json()?;
            return Err(unexpected(&resp.trace_id));
        }
    };
    // A struct would also accept an array; the answer must be an object.
    if resp.body.trim_ascii_start().first() != Some(&b'{') {
        return Err(unexpected(&resp.trace_id));
    }
    // The contract requires `data` in every list answer; without it this is something else.
    let Some(items) = body.data else {
        return Err(unexpected(&resp.trace_id));
    };
    let items = items.unwrap_or_default();
    let links: Option<Value> = body.links.and_then(|l| serde_json::from_str(l.get()).ok());
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
    Ok((items, next))
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

    /// The next page is requested while the consumer still holds the current one: the
    /// fetcher runs ahead by one page in the channel and one in hand, and no further.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn fetches_ahead_of_the_consumer_by_a_bounded_amount() {
        let server = qlik_emulator::start(qlik_emulator::Config {
            items: 1000,
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
        let mut pages = list(&client, "/api/v1/items?limit=100".into(), None);
        let first = pages.next().await.unwrap().unwrap();
        assert_eq!(first.items.len(), 100);
        // Holding page 1, wait until the fetcher has asked for pages 2 and 3.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        while server.requests().len() < 3 {
            assert!(std::time::Instant::now() < deadline, "no read-ahead");
            tokio::task::yield_now().await;
        }
        // ...and it stops there: page 2 waits in the channel, page 3 in hand.
        for _ in 0..1000 {
            tokio::task::yield_now().await;
        }
        assert_eq!(server.requests().len(), 3);
        let mut total = first.items.len();
        while let Some(p) = pages.next().await {
            total += p.unwrap().items.len();
        }
        assert_eq!(total, 1000);
        assert_eq!(server.requests().len(), 10);
        server.shutdown().await;
    }

    /// A service whose `next` links go round in a circle (a, b, a, ...) ends the listing
    /// instead of looping forever.
    #[tokio::test]
    async fn a_circle_of_next_links_ends_the_listing() {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move {
            let (mut conn, _) = listener.accept().await.unwrap();
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
                let next = if head.contains("next=a") { "b" } else { "a" };
                let body = format!(
                    r#"{{"data":[{{"id":"x"}}],"links":{{"next":{{"href":"/api/v1/items?next={next}&limit=100"}}}}}}"#
                );
                let resp = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
                    body.len()
                );
                if conn.write_all(resp.as_bytes()).await.is_err() {
                    return;
                }
            }
        });
        let client = Client::new(ClientConfig::new(
            format!("http://{addr}"),
            Secret::new("k"),
        ))
        .unwrap();
        let mut pages = list(&client, "/api/v1/items?limit=100".into(), None);
        let walk = async {
            let mut items = 0;
            while let Some(p) = pages.next().await {
                let p = p.unwrap();
                assert!(p.more.is_none());
                items += p.items.len();
            }
            items
        };
        let items = tokio::time::timeout(std::time::Duration::from_secs(20), walk)
            .await
            .expect("the listing went round the circle");
        // The first page, then a, then b; b's link back to a ends it.
        assert_eq!(items, 3);
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
