//! Walks over the service's links: circles, links that leave the listing, empty pages,
//! failures and where to resume, cut pages, the first request.

use super::server::scripted;
use crate::api::paging::*;

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

/// A walk of any API (`walk` with `as_linked`): each link is followed with its query as
/// written (no `limit` set), a bare URL is a link too, and a chain longer than `max_pages`
/// ends with an error after the pages before.
#[tokio::test]
async fn a_walk_as_linked_follows_links_as_written_up_to_its_cap() {
    let (client, seen) = scripted(|target| {
        let n: u32 = query_param(target, "next")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        let next = if n.is_multiple_of(2) {
            format!(r#"{{"href":"/api/v1/spaces?next={}"}}"#, n + 1)
        } else {
            format!(r#""/api/v1/spaces?next={}""#, n + 1)
        };
        format!(r#"{{"data":[{{"id":"s{n}"}}],"links":{{"next":{next}}}}}"#)
    })
    .await;
    let follow = Follow {
        total: None,
        max_pages: Some(4),
        as_linked: true,
        members: true,
    };
    let mut pages = super::super::walk(&client, "/api/v1/spaces".into(), follow);
    let run = async {
        let (mut items, mut errors) = (Vec::new(), Vec::new());
        while let Some(p) = pages.next().await {
            match p {
                Ok(p) => items.extend(p.items().map(str::to_string)),
                Err(e) => errors.push(e.title),
            }
        }
        (items, errors)
    };
    let (items, errors) = tokio::time::timeout(std::time::Duration::from_secs(20), run)
        .await
        .expect("the walk did not end");
    assert_eq!(items.len(), 4, "{items:?}");
    assert_eq!(
        errors,
        [
            "the service still links to a next page after 4 pages, the most followed; the listing stops here"
        ]
    );
    let seen = seen.lock().unwrap().clone();
    assert_eq!(
        seen,
        [
            "/api/v1/spaces",
            "/api/v1/spaces?next=1",
            "/api/v1/spaces?next=2",
            "/api/v1/spaces?next=3"
        ]
    );
}
