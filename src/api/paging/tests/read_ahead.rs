//! The read-ahead: how far the fetcher runs before the consumer, and the early request
//! for the next page (its limit, its connection, its cancellation).

use super::server::{Server, items_server, scripted, serve};
use crate::api::ClientConfig;
use crate::api::paging::*;
use crate::secret::Secret;

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
        let follow = Follow {
            total,
            ..Follow::default()
        };
        guess_next(&client, body(href).as_bytes(), page, follow, sent, walk)
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
    assert_eq!(
        guess_next(&client, escaped, page, Follow::default(), 0, &walk),
        None
    );
}
