//! What a walk's pages carry for the formats: each item's members (when asked for) and
//! flags, the same whether the page's one-pass scan took the body or serde_json read it.

use serde_json::{Map, Value};

use super::server::{items_server, scripted};
use crate::api::paging::*;

/// Every item of the walk, parsed, and its members as noted, parsed.
async fn walk_members(client: &Client, first: &str, total: Option<u64>) -> Vec<(Value, Value)> {
    let follow = Follow {
        total,
        members: true,
        ..Follow::default()
    };
    let mut pages = walk(client, first.into(), follow);
    let mut out = Vec::new();
    while let Some(p) = pages.next().await {
        let p = p.unwrap();
        for item in p.scanned() {
            let whole: Value = serde_json::from_str(item.text).unwrap();
            let members: Map<String, Value> = item
                .members()
                .expect("members noted")
                .map(|(k, t)| (k.to_string(), serde_json::from_str(t).unwrap()))
                .collect();
            out.push((whole, Value::Object(members)));
        }
    }
    out
}

/// A page cut to the total keeps the members of the items it keeps, each item its own.
#[tokio::test]
async fn members_stay_with_their_items_when_a_page_is_cut() {
    let (server, client) = items_server(1000).await;
    let items = walk_members(&client, "/api/v1/items?limit=100", Some(150)).await;
    assert_eq!(items.len(), 150);
    for (whole, members) in &items {
        assert_eq!(whole, members);
    }
    server.shutdown().await;
}

/// A body the scan leaves to serde_json (a top-level key written with an escape, which
/// serde_json reads as `data`) gives the same items, members and flags.
#[tokio::test]
async fn a_body_serde_json_reads_gives_the_same_items() {
    let (client, _) = scripted(|_| {
        "{\"d\\u0061ta\":[{\"id\":\"a\",\"n\":[1]},\n{\"id\":\"b\"\r\n}],\"links\":{}}".to_string()
    })
    .await;
    let items = walk_members(&client, "/api/v1/items?limit=100", None).await;
    let ids: Vec<&Value> = items.iter().map(|(w, _)| &w["id"]).collect();
    assert_eq!(ids, ["a", "b"]);
    for (whole, members) in &items {
        assert_eq!(whole, members);
    }
    let mut pages = list(&client, "/api/v1/items?limit=100".into(), None);
    let page = pages.next().await.unwrap().unwrap();
    let flags: Vec<(bool, bool)> = page.scanned().map(|i| (i.multiline, i.deep)).collect();
    assert_eq!(flags, [(false, false), (true, false)]);
    // Not asked for, no members are noted.
    assert!(page.scanned().all(|i| i.members().is_none()));
}
