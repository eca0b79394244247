use super::*;
use crate::api::ClientConfig;
use crate::secret::Secret;

/// A scripted listing service on loopback holding `items` items: `GET /api/v1/items` with
/// `limit` (at most [`MAX_PAGE`]) and `next` (the offset as a cursor) answers one page and a
/// `links.next` while items remain. Returns the server and a client for it.
async fn items_server(items: usize) -> (Server, Client) {
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
async fn scripted(answer: fn(&str) -> String) -> (Client, Arc<Mutex<Vec<String>>>) {
    let (client, seen, _) = serve(move |t| Some(answer(t))).await;
    (client, seen)
}

/// The server behind [`scripted`]: `answer` gives `None` to hold the answer back until
/// the client closes the connection, which the returned receiver then reports.
async fn serve(
    answer: impl Fn(&str) -> Option<String> + Send + Sync + 'static,
) -> (Client, Arc<Mutex<Vec<String>>>, mpsc::Receiver<()>) {
    let mut server = listen(answer).await;
    let client = Client::new(ClientConfig::new(server.base_url(), Secret::new("k"))).unwrap();
    let closed = server.closed.take().unwrap();
    (client, server.seen.clone(), closed)
}

/// A scripted server (see [`listen`]): every request target it was asked for, in order.
struct Server {
    addr: std::net::SocketAddr,
    seen: Arc<Mutex<Vec<String>>>,
    closed: Option<mpsc::Receiver<()>>,
    accept: tokio::task::JoinHandle<()>,
}

impl Server {
    fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    fn api_key(&self) -> &'static str {
        "k"
    }

    /// The request targets (path and query) asked so far.
    fn requests(&self) -> Vec<String> {
        self.seen.lock().unwrap().clone()
    }

    /// Stops accepting connections.
    async fn shutdown(self) {
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

/// The next pages are requested while the consumer still holds the current one: the
/// fetcher runs ahead by one page in the channel, one in hand and one request early for
/// the page after it, and no further.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fetches_ahead_of_the_consumer_by_a_bounded_amount() {
    let (server, client) = items_server(1000).await;
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

/// A service whose `next` links go round in a circle (a, b, a, ...): the listing ends,
/// with an error after the pages before.
#[tokio::test]
async fn a_circle_of_next_links_ends_the_listing_with_an_error() {
    let (client, seen) = scripted(|target| {
        let next = if target.contains("next=a") { "b" } else { "a" };
        format!(
            r#"{{"data":[{{"id":"x"}}],"links":{{"next":{{"href":"/api/v1/items?next={next}&limit=100"}}}}}}"#
        )
    })
    .await;
    let mut pages = list(&client, "/api/v1/items?limit=100".into(), None);
    let walk = async {
        let mut items = 0;
        let mut errors = Vec::new();
        while let Some(p) = pages.next().await {
            match p {
                Ok(p) => {
                    assert!(p.more.is_none());
                    items += p.items().count();
                }
                Err(e) => errors.push(e.title),
            }
        }
        (items, errors)
    };
    let (items, errors) = tokio::time::timeout(std::time::Duration::from_secs(20), walk)
        .await
        .expect("the listing went round the circle");
    // The first page, then a, then b; b's link back to a ends it.
    assert_eq!(items, 3);
    assert_eq!(
        errors,
        [
            "the service's next link on page 3 leads back to a page already listed; the listing stops here"
        ]
    );
    assert_eq!(seen.lock().unwrap().len(), 3);
    assert_eq!(pages.resume_cursor(), None, "nothing to resume");
}

/// A `--limit` walk reads ahead too: while the consumer holds page 1, pages 2 and 3 have
/// arrived and page 4 (the last 50 of 350) is on the wire.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_limited_walk_reads_ahead() {
    let (server, client) = items_server(1000).await;
    let mut pages = list(&client, "/api/v1/items?limit=100".into(), Some(350));
    let first = pages.next().await.unwrap().unwrap();
    assert_eq!(first.items().count(), 100);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while server.requests().len() < 4 {
        assert!(std::time::Instant::now() < deadline, "no read-ahead");
        tokio::task::yield_now().await;
    }
    let limits = |server: &Server| -> Vec<Option<String>> {
        server
            .requests()
            .iter()
            .map(|r| query_param(r, "limit"))
            .collect()
    };
    assert_eq!(
        limits(&server),
        [
            Some("100".into()),
            Some("100".into()),
            Some("100".into()),
            Some("50".into())
        ]
    );
    let mut total = first.items().count();
    while let Some(p) = pages.next().await {
        total += p.unwrap().items().count();
    }
    assert_eq!(total, 350);
    assert_eq!(server.requests().len(), 4);
    server.shutdown().await;
}

/// An early request the parse disagrees with is cancelled: its connection is closed by the
/// client while the server still holds the answer back, and the walk goes on without it.
#[tokio::test]
async fn a_wrong_early_request_is_cancelled() {
    let (client, _, mut closed_rx) = serve(|target| {
        if target.contains("page=decoy") {
            None
        } else if target.contains("page=2") {
            Some(r#"{"data":[{"id":"two"}],"links":{}}"#.into())
        } else {
            Some(r#"{"links":{"next":{"href":"/api/v1/items?page=2"}},"data":[{"id":"one","x":{"next":{"href":"/api/v1/items?page=decoy"}}}]}"#.into())
        }
    })
    .await;
    let mut pages = list(&client, "/api/v1/items?limit=100".into(), None);
    let walk = async {
        let mut items = 0;
        while let Some(p) = pages.next().await {
            items += p.unwrap().items().count();
        }
        items
    };
    let items = tokio::time::timeout(std::time::Duration::from_secs(20), walk)
        .await
        .expect("the walk waited for the early request");
    assert_eq!(items, 2);
    tokio::time::timeout(std::time::Duration::from_secs(20), closed_rx.recv())
        .await
        .expect("the early request was not cancelled");
}

/// Walks a listing to its end within a bound: the items' text and the errors, in order.
async fn walk(client: &Client, first: &str, total: Option<u64>) -> (Vec<String>, Vec<String>) {
    let mut pages = list(client, first.into(), total);
    let walk = async {
        let (mut items, mut errors) = (Vec::new(), Vec::new());
        while let Some(p) = pages.next().await {
            match p {
                Ok(p) => items.extend(p.items().map(str::to_string)),
                Err(e) => errors.push(e.title),
            }
        }
        (items, errors)
    };
    tokio::time::timeout(std::time::Duration::from_secs(20), walk)
        .await
        .expect("the walk did not end")
}

/// The `case` query parameter of a request target, as a number.
fn case(target: &str) -> usize {
    query_param(target, "case")
        .and_then(|c| c.parse().ok())
        .unwrap_or(0)
}

/// Next links that leave the listing or cannot be used: the page's items, then an error,
/// and no request for the link.
#[tokio::test]
async fn a_next_link_outside_the_listing_or_unusable_is_an_error() {
    const LINKS: [&str; 8] = [
        r#"{"next":{"href":"/api/v1/users?next=x"}}"#,
        r#"{"next":{"href":"/api/v1/items/../../admin/keys"}}"#,
        r#"{"next":{"href":"c2"}}"#,
        r#"{"next":"x"}"#,
        r#"{"next":{"href":42}}"#,
        r#"{"next":{"href":"http://[::1"}}"#,
        r#""x""#,
        r#"{"next":{"href":"?limit=5&case=7"}}"#,
    ];
    let (client, seen) =
        scripted(|t| format!(r#"{{"data":[{{"id":"x"}}],"links":{}}}"#, LINKS[case(t)])).await;
    for (i, expected) in [
        "leads outside the listing; it was not followed",
        "leads outside the listing; it was not followed",
        "leads outside the listing; it was not followed",
        "is unusable",
        "is unusable",
        "is unusable",
        "is unusable",
        "leads back to a page already listed",
    ]
    .into_iter()
    .enumerate()
    {
        let before = seen.lock().unwrap().len();
        let first = format!("/api/v1/items?case={i}&limit=100");
        let (items, errors) = walk(&client, &first, None).await;
        assert_eq!(items.len(), 1, "{i}");
        assert_eq!(errors.len(), 1, "{i}");
        assert!(
            errors[0].starts_with("the service's next link on page 1 "),
            "{errors:?}"
        );
        assert!(errors[0].contains(expected), "{i}: {errors:?}");
        assert_eq!(seen.lock().unwrap()[before..], [first], "{i}");
    }
}

/// A relative `?next=` link keeps the page's path; `links.prev` is never followed.
#[tokio::test]
async fn a_relative_next_link_keeps_the_page_path() {
    let (client, seen) = scripted(|t| {
        let links = if t.contains("next=") {
            r#"{"prev":{"href":"/api/v1/users"}}"#
        } else {
            r#"{"prev":"x","next":{"href":"?next=c2"}}"#
        };
        format!(r#"{{"data":[{{"id":"x"}}],"links":{links}}}"#)
    })
    .await;
    let first = "/api/v1/items/a%2Fb/collections?limit=100";
    let (items, errors) = walk(&client, first, None).await;
    assert_eq!((items.len(), errors.len()), (2, 0), "{errors:?}");
    assert_eq!(
        *seen.lock().unwrap(),
        [first, "/api/v1/items/a%2Fb/collections?next=c2&limit=100"]
    );
}

/// Empty pages that keep linking onward: the walk stops after [`MAX_EMPTY_PAGES`] of them,
/// without asking for one more; fewer in a row are walked through.
#[tokio::test]
async fn empty_pages_in_a_row_end_the_walk() {
    let (client, seen) = scripted(|t| {
        let n = case(t);
        // With `total` 1 the walk is told apart by the first page's items: none.
        let data = if n % 10 == 9 && !t.contains("empty") {
            r#"{"id":"x"}"#
        } else {
            ""
        };
        let next = if n < 25 {
            let kind = if t.contains("empty") { "empty" } else { "full" };
            format!(r#""next":{{"href":"?case={}&{kind}"}}"#, n + 1)
        } else {
            String::new()
        };
        format!(r#"{{"data":[{data}],"links":{{{next}}}}}"#)
    })
    .await;
    for total in [None, Some(1000)] {
        let before = seen.lock().unwrap().len();
        let (items, errors) = walk(&client, "/api/v1/items?case=0&empty&limit=100", total).await;
        assert!(items.is_empty());
        assert_eq!(
            errors,
            [
                "the service answered 10 empty pages in a row, each linking to another; the listing stops at page 10"
            ]
        );
        assert_eq!(
            seen.lock().unwrap().len() - before,
            MAX_EMPTY_PAGES as usize
        );
    }
    // Nine empty pages, one item, nine empty, one item, ...: walked to the end.
    let before = seen.lock().unwrap().len();
    let (items, errors) = walk(&client, "/api/v1/items?case=0&full&limit=100", None).await;
    assert_eq!((items.len(), errors.len()), (2, 0), "{errors:?}");
    assert_eq!(seen.lock().unwrap().len() - before, 26);
}

/// With a total, the early requests carry the limits the walk itself sets, so none is
/// wasted: 250 items are 100 + 100 + 50, in exactly three requests.
#[tokio::test]
async fn a_limited_walk_sends_no_request_it_does_not_use() {
    let (server, client) = items_server(1000).await;
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
        .map(|r| query_param(r, "limit"))
        .collect();
    assert_eq!(
        limits,
        [Some("100".into()), Some("100".into()), Some("50".into())]
    );
    server.shutdown().await;
}

/// The early request reuses the connection the page came on: a whole walk opens one
/// connection (counted by a forwarding proxy in front of the server).
#[tokio::test]
async fn a_walk_uses_one_connection() {
    let (server, _) = items_server(1000).await;
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

/// The read-ahead guess follows the walk's rules: the link the walk would take, with the
/// limit it would set, and nothing where the walk would refuse to go or would stop.
#[test]
fn the_guess_obeys_the_walk_rules() {
    let client = Client::new(ClientConfig::new("http://127.0.0.1:1", Secret::new("k"))).unwrap();
    let page = "/api/v1/items?next=a&limit=100";
    let body = |href: &str| format!(r#"{{"data":[],"links":{{"next":{{"href":"{href}"}}}}}}"#);
    let mut walk = Walk::new(page);
    walk.visit("/api/v1/items?limit=100");
    walk.visit(page);
    let guess = |href: &str, total: Option<u64>, sent: u64, walk: &Walk| {
        guess_next(&client, body(href).as_bytes(), page, total, sent, walk)
    };
    assert_eq!(
        guess("?next=b&limit=100", None, 0, &walk).as_deref(),
        Some("/api/v1/items?next=b&limit=100")
    );
    // With a total: the limit after a full page; nothing when a full page ends it.
    assert_eq!(
        guess("/api/v1/items?next=b", Some(250), 100, &walk).as_deref(),
        Some("/api/v1/items?next=b&limit=50")
    );
    assert_eq!(guess("/api/v1/items?next=b", Some(200), 100, &walk), None);
    assert_eq!(guess("/api/v1/items?next=b", Some(150), 100, &walk), None);
    // Where the walk would refuse to go: pages already asked for, other paths.
    for href in [
        "/api/v1/items?next=a&limit=7",
        "/api/v1/items",
        "",
        "/api/v1/users?next=b",
        "../users?next=b",
        "http://[::1",
    ] {
        assert_eq!(guess(href, None, 0, &walk), None, "{href}");
    }
    // One more empty page would end the walk: no guess.
    walk.empty = MAX_EMPTY_PAGES - 2;
    assert!(guess("?next=b", None, 0, &walk).is_some());
    walk.empty = MAX_EMPTY_PAGES - 1;
    assert_eq!(guess("?next=b", None, 0, &walk), None);
    // An escaped link is left to the parse.
    walk.empty = 0;
    let escaped = br#"{"data":[],"links":{"next":{"href":"/api/v1/items?next=\u0062"}}}"#;
    assert_eq!(guess_next(&client, escaped, page, None, 0, &walk), None);
}

/// A page that fails: the walk ends with the error, and the cursor of that page is where
/// the listing can be resumed (none when the first page fails without one).
#[tokio::test]
async fn a_failed_page_gives_its_cursor_to_resume_from() {
    let (client, _) = scripted(|t| {
        if t.contains("next=") {
            r#"{"data":[{"id":"#.to_string()
        } else {
            r#"{"data":[{"id":"x"}],"links":{"next":{"href":"?next=a%2Bb"}}}"#.to_string()
        }
    })
    .await;
    let mut pages = list(&client, "/api/v1/items?limit=100".into(), None);
    assert!(pages.next().await.unwrap().is_ok());
    assert!(pages.next().await.unwrap().is_err());
    assert!(pages.next().await.is_none());
    assert_eq!(pages.resume_cursor().as_deref(), Some("a+b"));
    let mut pages = list(&client, "/api/v1/items?next=c&limit=100".into(), None);
    assert!(pages.next().await.unwrap().is_err());
    assert_eq!(pages.resume_cursor().as_deref(), Some("c"));
}

/// Every item of a walk, or the error that ended it.
async fn walk_or_error(client: &Client, total: Option<u64>) -> Result<Vec<String>, ApiError> {
    let mut pages = list(client, "/api/v1/items?limit=100".into(), total);
    let mut ids = Vec::new();
    while let Some(p) = pages.next().await {
        ids.extend(p?.items().map(str::to_string));
    }
    Ok(ids)
}

/// A service that answers more items than `limit` asked for: the walk still lists no more
/// than the total, cutting the page that goes past it.
#[tokio::test]
async fn a_page_longer_than_asked_is_cut_to_the_total() {
    let (client, seen) = scripted(|target| {
        let page = if target.contains("next=p2") { 2 } else { 1 };
        let items: Vec<String> = (0..10)
            .map(|i| format!(r#"{{"id":"{page}-{i}"}}"#))
            .collect();
        format!(
            r#"{{"data":[{}],"links":{{"next":{{"href":"/api/v1/items?next=p{}&limit=100"}}}}}}"#,
            items.join(","),
            page + 1
        )
    })
    .await;
    let ids = walk_or_error(&client, Some(15)).await.unwrap();
    assert_eq!(ids.len(), 15, "{ids:?}");
    assert!(ids[14].contains(r#""2-4""#), "{ids:?}");
    assert_eq!(seen.lock().unwrap().len(), 2);
}

/// The errors that end a walk carry the trace id of the answer they are about, and a body
/// that is JSON of the wrong shape is told apart from one that is not JSON at all.
#[tokio::test]
async fn walk_errors_name_the_answer_and_its_shape() {
    type Answer = fn(&str) -> String;
    let cases: [(Answer, &str); 4] = [
        (
            |_| r#"{"data":[],"links":{"next":"x"}}"#.into(),
            "is unusable",
        ),
        (|_| r#"{"items":[]}"#.into(), "unexpected answer"),
        (|_| r#"{"data":5}"#.into(), "unexpected answer"),
        (|_| "<html>busy</html>".into(), "not valid JSON"),
    ];
    for (answer, title) in cases {
        let (client, _) = scripted(answer).await;
        let err = walk_or_error(&client, None).await.unwrap_err();
        assert!(err.title.contains(title), "{title}: {err:?}");
        assert_eq!(err.trace_id.as_deref(), Some("trace-7"), "{title}: {err:?}");
    }
}

#[test]
fn the_first_page_has_the_filters_then_the_cursor_then_its_limit() {
    let paging = |total, cursor| Paging {
        total,
        chosen: true,
        cursor,
    };
    let filters = [("name", "a b".to_string()), ("sort", "+name".to_string())];
    assert_eq!(
        paging(Some(7), Some(Cursor::Next("c/1=".into()))).first_page("/api/v1/items", &filters),
        "/api/v1/items?name=a%20b&sort=%2Bname&next=c%2F1%3D&limit=7"
    );
    assert_eq!(
        paging(None, Some(Cursor::Prev("p".into()))).first_page("/api/v1/items", &[]),
        "/api/v1/items?prev=p&limit=100"
    );
    assert_eq!(
        paging(Some(250), None).first_page("/api/v1/items", &[]),
        "/api/v1/items?limit=100"
    );
    assert!(paging(None, None).several_pages());
    assert!(paging(Some(101), None).several_pages());
    assert!(!paging(Some(100), None).several_pages());
    assert!(!paging(Some(1), None).several_pages());
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
