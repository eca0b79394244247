use std::collections::HashSet;

use qlik_emulator::Config;
use reqwest::Method;
use serde_json::Value;

use crate::common::{Emu, emu, quiet};

fn thousand() -> Config {
    Config {
        items: 1000,
        seed: 5,
        ..quiet()
    }
}

/// Follows `links.prev` from `url` back to the first page; returns ids in forward order.
async fn back_to_start(e: &Emu, url: &str) -> Vec<String> {
    let mut pages: Vec<Vec<String>> = Vec::new();
    let mut url = url.to_string();
    loop {
        let a = e.get(&url).await;
        assert_eq!(a.status, 200, "{url}: {}", a.body);
        pages.push(a.ids());
        match a.body["links"]["prev"]["href"].as_str() {
            Some(prev) => url = prev.to_string(),
            None => break,
        }
    }
    pages.into_iter().rev().flatten().collect()
}

#[tokio::test]
async fn round_trip_over_1000_items_at_several_limits() {
    let e = emu(thousand()).await;
    let expected = e.server.item_ids();
    assert_eq!(expected.len(), 1000);
    for limit in [7, 33, 100] {
        let first = format!("/api/v1/items?limit={limit}");
        let (items, last) = e.walk(&first).await;
        let forward: Vec<String> = items
            .iter()
            .map(|i| i["id"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(forward, expected, "limit {limit}");
        let backward = back_to_start(&e, &last).await;
        assert_eq!(backward, expected, "limit {limit}, backwards");
    }
    // A full page of 1 item at a time over the first 50 items.
    let mut url = "/api/v1/items?limit=1".to_string();
    for want in &expected[..50] {
        let a = e.get(&url).await;
        assert_eq!(a.ids(), std::slice::from_ref(want));
        url = a.body["links"]["next"]["href"]
            .as_str()
            .unwrap()
            .to_string();
    }
}

fn key(item: &Value, sort: &str) -> Value {
    match &sort[1..] {
        "name" => Value::String(item["name"].as_str().unwrap().to_lowercase()),
        f => item[f].clone(),
    }
}

#[tokio::test]
async fn every_sort_is_ordered_and_complete() {
    let e = emu(thousand()).await;
    let all: HashSet<String> = e.server.item_ids().into_iter().collect();
    let mut recent = Vec::new();
    for sort in [
        "+createdAt",
        "-createdAt",
        "+name",
        "-name",
        "+updatedAt",
        "-updatedAt",
        "+recentlyUsed",
        "-recentlyUsed",
    ] {
        let enc = sort.replace('+', "%2B");
        let (items, _) = e
            .walk(&format!(
                "/api/v1/items?limit=100&sort={enc}&noActions=true"
            ))
            .await;
        let ids: Vec<String> = items
            .iter()
            .map(|i| i["id"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(ids.len(), 1000, "{sort}");
        assert_eq!(ids.iter().cloned().collect::<HashSet<_>>(), all, "{sort}");
        if sort.ends_with("recentlyUsed") {
            recent.push(ids);
            continue;
        }
        for w in items.windows(2) {
            let (a, b) = (key(&w[0], sort), key(&w[1], sort));
            let (a, b) = (a.as_str().unwrap(), b.as_str().unwrap());
            if sort.starts_with('+') {
                assert!(a <= b, "{sort}: {a} > {b}");
            } else {
                assert!(a >= b, "{sort}: {a} < {b}");
            }
        }
    }
    let mut reversed = recent[1].clone();
    reversed.reverse();
    assert_eq!(recent[0], reversed);
    assert_ne!(recent[0], e.server.item_ids());
}

#[tokio::test]
async fn deletes_during_paging_lose_and_repeat_nothing() {
    let e = emu(thousand()).await;
    let expected = e.server.item_ids();
    let mut deleted: HashSet<String> = HashSet::new();
    let mut seen: Vec<String> = Vec::new();
    let mut url = "/api/v1/items?limit=50&sort=%2Bname".to_string();
    let mut round = 0usize;
    loop {
        let a = e.get(&url).await;
        assert_eq!(a.status, 200);
        let page = a.ids();
        seen.extend(page.iter().cloned());
        // Delete the item the cursor continues from, one already seen and one ahead.
        let current = e.server.item_ids();
        let mut victims = vec![page.last().unwrap().clone()];
        if let Some(s) = seen.get(round * 3) {
            victims.push(s.clone());
        }
        if let Some(ahead) = current.iter().rev().nth(round * 7) {
            victims.push(ahead.clone());
        }
        for v in victims {
            if deleted.insert(v.clone()) {
                let r = e
                    .write(Method::DELETE, &format!("/api/v1/items/{v}"), None)
                    .await;
                assert_eq!(r.status, 204);
            }
        }
        round += 1;
        match a.body["links"]["next"]["href"].as_str() {
            Some(next) => url = next.to_string(),
            None => break,
        }
    }
    let unique: HashSet<&String> = seen.iter().collect();
    assert_eq!(unique.len(), seen.len(), "an item was repeated");
    for id in &expected {
        if !deleted.contains(id) {
            assert!(unique.contains(id), "{id} was lost");
        }
    }
    assert!(deleted.len() > 40);
    assert_eq!(e.server.item_ids().len(), 1000 - deleted.len());
}

#[tokio::test]
async fn cursors_are_opaque_and_links_absolute() {
    let e = emu(quiet()).await;
    let a = e
        .ok("/api/v1/items?limit=5&resourceType=app&sort=-updatedAt")
        .await;
    let next = a["links"]["next"]["href"].as_str().unwrap();
    assert!(next.starts_with(e.server.base_url()));
    assert!(next.contains("resourceType=app") && next.contains("sort=-updatedAt"));
    let b = e.ok(next).await;
    let prev = b["links"]["prev"]["href"].as_str().unwrap();
    assert!(!prev.contains("next="));
    assert_eq!(e.ok(prev).await["data"], a["data"]);
}

#[tokio::test]
async fn an_empty_page_still_links_back() {
    let e = emu(Config {
        items: 250,
        ..quiet()
    })
    .await;
    let ids = e.server.item_ids();
    let first = e.ok("/api/v1/items?limit=100").await;
    let second = e.ok(first["links"]["next"]["href"].as_str().unwrap()).await;
    let next = second["links"]["next"]["href"]
        .as_str()
        .unwrap()
        .to_string();
    // Everything after the second page goes away.
    for id in &ids[200..] {
        let r = e
            .write(Method::DELETE, &format!("/api/v1/items/{id}"), None)
            .await;
        assert_eq!(r.status, 204);
    }
    let empty = e.ok(&next).await;
    assert_eq!(empty["data"], serde_json::json!([]));
    assert!(empty["links"].get("next").is_none());
    let back = e.ok(empty["links"]["prev"]["href"].as_str().unwrap()).await;
    assert_eq!(
        back["data"], second["data"],
        "the page before is the second page again"
    );
    assert!(back["links"].get("next").is_none());
    // And an empty page reached backwards links forwards.
    let prev = back["links"]["prev"]["href"].as_str().unwrap().to_string();
    for id in &ids[..100] {
        let r = e
            .write(Method::DELETE, &format!("/api/v1/items/{id}"), None)
            .await;
        assert_eq!(r.status, 204);
    }
    let empty = e.ok(&prev).await;
    assert_eq!(empty["data"], serde_json::json!([]));
    assert!(empty["links"].get("prev").is_none());
    let again = e.ok(empty["links"]["next"]["href"].as_str().unwrap()).await;
    assert_eq!(again["data"], second["data"]);
}
